// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Hash.h"

#include <openssl/evp.h>

namespace seedscope::crypto {

void Sha256::Deleter::operator()(evp_md_ctx_st *ctx) const { EVP_MD_CTX_free(ctx); }

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::update(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Sha256::finish()
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len);
    EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr);
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha256(),
               nullptr);
    return out;
}

} // namespace seedscope::crypto
