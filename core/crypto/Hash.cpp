// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Hash.h"

#include <openssl/evp.h>

#include <vector>

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

// Contexts this thread has finished with. Making one (EVP_MD_CTX_new and the provider's
// own state at its first initialisation) and freeing it cost more than hashing a Merkle
// node, and a state root hashes hundreds of thousands of those; a context given back is
// initialised again in place. A few per thread: hashers nest only shallowly. Freed when
// the thread ends; freeing one needs nothing OpenSSL's exit-time cleanup removes (the
// digest is ours and never freed, its functions are static code).
struct IdleContexts {
    static constexpr size_t kMax = 4;
    std::vector<EVP_MD_CTX *> contexts;
    ~IdleContexts()
    {
        for (EVP_MD_CTX *c : contexts)
            EVP_MD_CTX_free(c);
    }
};
thread_local IdleContexts t_idle;

// An initialised SHA-256 context, from this thread's idle ones when it has any.
EVP_MD_CTX *takeContext()
{
    EVP_MD_CTX *ctx = nullptr;
    if (!t_idle.contexts.empty()) {
        ctx = t_idle.contexts.back();
        t_idle.contexts.pop_back();
    } else {
        ctx = EVP_MD_CTX_new();
    }
    if (ctx)
        EVP_DigestInit_ex(ctx, sha256Md(), nullptr);
    return ctx;
}

void giveBack(EVP_MD_CTX *ctx)
{
    if (ctx && t_idle.contexts.size() < IdleContexts::kMax)
        t_idle.contexts.push_back(ctx);
    else
        EVP_MD_CTX_free(ctx);
}

} // namespace

void Sha256::Deleter::operator()(evp_md_ctx_st *ctx) const { giveBack(ctx); }

Sha256::Sha256() : m_ctx(takeContext()) {}

Sha256::~Sha256() = default;

void Sha256::update(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Sha256::finish()
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    finishInto(reinterpret_cast<uint8_t *>(out.data()));
    return out;
}

void Sha256::finishInto(uint8_t *out)
{
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx.get(), out, &len);
    EVP_DigestInit_ex(m_ctx.get(), sha256Md(), nullptr);
}

QByteArray sha256(QByteArrayView data)
{
    Sha256 h; // a pooled context: EVP_Digest would make and free one per call
    h.update(data);
    return h.finish();
}

} // namespace seedscope::crypto
