// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Hash.h"

#include <openssl/evp.h>

namespace seedscope::crypto {
namespace {

// Fetched once. Passing EVP_sha256() makes OpenSSL 3 look the algorithm up in its provider
// store at every initialisation, which costs more than hashing a journal entry (callgrind
// on `verify`: 14% of all instructions in EVP_MD_fetch). An EVP_MD is immutable and safe
// to share between threads.
const EVP_MD *sha256Md()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

void Sha256::Deleter::operator()(evp_md_ctx_st *ctx) const { EVP_MD_CTX_free(ctx); }

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx.get(), sha256Md(), nullptr);
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
    EVP_DigestInit_ex(m_ctx.get(), sha256Md(), nullptr);
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len, sha256Md(), nullptr);
    return out;
}

} // namespace seedscope::crypto
