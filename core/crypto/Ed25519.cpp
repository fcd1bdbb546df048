// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Ed25519.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <atomic>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <vector>

namespace seedscope::crypto {
namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *u8(QByteArrayView v) { return reinterpret_cast<const unsigned char *>(v.data()); }

// L = 2^252 + 27742317777372353535851937790883648493, little-endian.
constexpr unsigned char kL[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7,
                                  0xa2, 0xde, 0xf9, 0xde, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

bool scalarBelowL(const unsigned char *s)
{
    for (int i = 31; i >= 0; --i) {
        if (s[i] < kL[i])
            return true;
        if (s[i] > kL[i])
            return false;
    }
    return false; // equal to L
}

} // namespace

const char *signatureCheckName(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid: return "VALID";
    case SignatureCheck::Invalid: return "INVALID";
    case SignatureCheck::BadSignatureSize: return "BAD_SIGNATURE_SIZE";
    case SignatureCheck::NonCanonical: return "NON_CANONICAL";
    case SignatureCheck::BadPublicKey: return "BAD_PUBLIC_KEY";
    }
    return "INVALID";
}

namespace {

std::atomic<quint64> g_verifications{0};

SignatureCheck checkShape(QByteArrayView publicKey, QByteArrayView signature)
{
    if (publicKey.size() != kEd25519PublicKeySize)
        return SignatureCheck::BadPublicKey;
    if (signature.size() != kEd25519SignatureSize)
        return SignatureCheck::BadSignatureSize;
    if (!scalarBelowL(u8(signature) + 32))
        return SignatureCheck::NonCanonical;
    return SignatureCheck::Valid;
}

} // namespace

quint64 ed25519VerificationCount() { return g_verifications.load(std::memory_order_relaxed); }

namespace {

// Parsed public keys. Parsing decompresses the curve point, about a tenth of a
// verification, and a journal is signed by a handful of keys. Bounded (past kKeys a key
// is parsed per call, as before); a cached key is never freed, so a verification on
// another thread can hold it without a reference count. The cache is left to the
// operating system at exit: freeing OpenSSL keys after OPENSSL_cleanup() (from a thread
// that outlives it) would touch freed provider state.
struct KeyCache {
    static constexpr size_t kKeys = 64;
    std::shared_mutex mutex;
    std::vector<std::pair<std::array<unsigned char, kEd25519PublicKeySize>, EVP_PKEY *>> keys;
};

KeyCache &keyCache()
{
    static KeyCache *c = new KeyCache; // deliberately never deleted, see above
    return *c;
}

EVP_PKEY *cachedKey(QByteArrayView publicKey)
{
    KeyCache &c = keyCache();
    auto find = [&]() -> EVP_PKEY * {
        for (const auto &[raw, key] : c.keys)
            if (std::memcmp(raw.data(), publicKey.data(), kEd25519PublicKeySize) == 0)
                return key;
        return nullptr;
    };
    {
        std::shared_lock lock(c.mutex);
        if (EVP_PKEY *k = find())
            return k;
    }
    std::unique_lock lock(c.mutex);
    if (EVP_PKEY *k = find())
        return k;
    if (c.keys.size() >= KeyCache::kKeys)
        return nullptr;
    EVP_PKEY *parsed = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u8(publicKey), size_t(publicKey.size()));
    if (!parsed)
        return nullptr; // not remembered: a refused key is refused again below
    std::array<unsigned char, kEd25519PublicKeySize> raw;
    std::memcpy(raw.data(), publicKey.data(), raw.size());
    c.keys.emplace_back(raw, parsed);
    return parsed;
}

} // namespace

struct Ed25519VerifyScope::Contexts {
    // A handful of signers per journal: a linear search is the fastest lookup.
    static constexpr size_t kKeys = 8;
    std::vector<std::pair<EVP_PKEY *, MdCtxPtr>> initialised;
    MdCtxPtr work{EVP_MD_CTX_new()};

    // A context to verify with under `key` (a cached key, so the pointer names it), or
    // nullptr when none could be made.
    EVP_MD_CTX *contextFor(EVP_PKEY *key)
    {
        EVP_MD_CTX *initial = nullptr;
        for (const auto &[k, ctx] : initialised)
            if (k == key)
                initial = ctx.get();
        if (!initial) {
            if (initialised.size() >= kKeys)
                return nullptr;
            MdCtxPtr ctx(EVP_MD_CTX_new());
            if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) != 1)
                return nullptr;
            initial = ctx.get();
            initialised.emplace_back(key, std::move(ctx));
        }
        if (!work || EVP_MD_CTX_copy_ex(work.get(), initial) != 1)
            return nullptr;
        return work.get();
    }
};

namespace {
thread_local Ed25519VerifyScope::Contexts *t_contexts = nullptr;
} // namespace

Ed25519VerifyScope::Ed25519VerifyScope() : d(std::make_unique<Contexts>())
{
    m_outerContexts = t_contexts;
    t_contexts = d.get();
}

Ed25519VerifyScope::~Ed25519VerifyScope() { t_contexts = m_outerContexts; }

SignatureCheck ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (const SignatureCheck shape = checkShape(publicKey, signature); shape != SignatureCheck::Valid)
        return shape;
    EVP_PKEY *key = cachedKey(publicKey);
    PkeyPtr own; // a key the cache does not hold, parsed for this call
    if (!key) {
        own.reset(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u8(publicKey), size_t(publicKey.size())));
        key = own.get();
    }
    if (!key)
        return SignatureCheck::BadPublicKey;
    EVP_MD_CTX *ctx = !own && t_contexts ? t_contexts->contextFor(key) : nullptr;
    MdCtxPtr fresh; // outside a scope (or past its capacity): a context for this call
    if (!ctx) {
        fresh.reset(EVP_MD_CTX_new());
        if (!fresh || EVP_DigestVerifyInit(fresh.get(), nullptr, nullptr, nullptr, key) != 1)
            return SignatureCheck::BadPublicKey;
        ctx = fresh.get();
    }
    g_verifications.fetch_add(1, std::memory_order_relaxed);
    const int rc = EVP_DigestVerify(ctx, u8(signature), size_t(signature.size()), u8(message), size_t(message.size()));
    return rc == 1 ? SignatureCheck::Valid : SignatureCheck::Invalid;
}

Result<Ed25519Signer> Ed25519Signer::fromSeed(QByteArrayView seed32)
{
    if (seed32.size() != kEd25519SeedSize)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Ed25519 seed must be 32 bytes"));
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, u8(seed32), size_t(seed32.size())));
    if (!key)
        return makeError(ErrorCode::Crypto, QStringLiteral("OpenSSL refused the Ed25519 private key"));
    QByteArray pub(kEd25519PublicKeySize, Qt::Uninitialized);
    size_t len = size_t(pub.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pub.data()), &len) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("cannot derive the Ed25519 public key"));
    Ed25519Signer signer;
    signer.m_seed = SecureBytes(seed32.toByteArray());
    signer.m_publicKey = pub;
    signer.m_key = std::shared_ptr<EVP_PKEY>(key.release(), PkeyFree());
    return signer;
}

Result<Ed25519Signer> Ed25519Signer::generate()
{
    SecureBytes seed(randomBytes(kEd25519SeedSize));
    return fromSeed(seed.view());
}

Result<QByteArray> Ed25519Signer::sign(QByteArrayView message) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!m_key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("cannot initialise Ed25519 signing"));
    QByteArray sig(kEd25519SignatureSize, Qt::Uninitialized);
    size_t len = size_t(sig.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, u8(message),
                       size_t(message.size()))
            != 1
        || len != size_t(kEd25519SignatureSize))
        return makeError(ErrorCode::Crypto, QStringLiteral("Ed25519 signing failed"));
    return sig;
}

QByteArray keyId16(QByteArrayView publicKey) { return sha256(publicKey).left(16); }

} // namespace seedscope::crypto
