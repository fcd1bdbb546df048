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
#include <unordered_map>

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

using CacheKey = std::array<unsigned char, 32>;
struct CacheKeyHash {
    size_t operator()(const CacheKey &k) const noexcept
    {
        size_t h;
        std::memcpy(&h, k.data(), sizeof h); // already a SHA-256: any 8 bytes are uniform
        return h;
    }
};

struct SignatureCache {
    std::shared_mutex mutex;
    std::unordered_map<CacheKey, SignatureCheck, CacheKeyHash> results;
    size_t capacity = size_t(kSignatureCacheCapacity);
    quint64 evictCursor = 0x9E3779B97F4A7C15ull;
    std::atomic<quint64> hits{0}, misses{0};
};

// When full, one result at a pseudo-random place makes room. Emptying the whole memo
// (as it once did) lost everything a journal longer than the capacity had put in, so
// every later pass over it missed: 4.5 checks per entry at 300,000 entries instead of
// about 1. Random replacement keeps most of such a pass and still follows a working set
// that moves on (a new case in the same session). Caller holds the write lock.
void evictOne(SignatureCache &c)
{
    const size_t buckets = c.results.bucket_count();
    c.evictCursor = c.evictCursor * 6364136223846793005ull + 1442695040888963407ull;
    size_t b = size_t(c.evictCursor >> 17) % buckets;
    for (size_t n = 0; n < buckets; ++n, b = (b + 1) % buckets)
        if (c.results.bucket_size(b) > 0) {
            c.results.erase(c.results.begin(b)->first);
            return;
        }
}

SignatureCache &cache()
{
    static SignatureCache c;
    return c;
}

// Public key and signature have fixed sizes (checked before), so the concatenation
// key || signature || message is unambiguous.
CacheKey cacheKey(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    Sha256 h;
    h.update(publicKey);
    h.update(signature);
    h.update(message);
    const QByteArray d = h.finish();
    CacheKey k;
    std::memcpy(k.data(), d.constData(), k.size());
    return k;
}

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

SignatureCheck ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (const SignatureCheck shape = checkShape(publicKey, signature); shape != SignatureCheck::Valid)
        return shape;
    SignatureCache &c = cache();
    const CacheKey key = cacheKey(publicKey, message, signature);
    {
        std::shared_lock lock(c.mutex);
        if (auto it = c.results.find(key); it != c.results.end()) {
            ++c.hits;
            return it->second;
        }
    }
    ++c.misses;
    const SignatureCheck result = ed25519VerifyUncached(publicKey, message, signature);
    std::unique_lock lock(c.mutex);
    if (c.results.size() >= c.capacity)
        evictOne(c);
    c.results.emplace(key, result);
    return result;
}

void reserveSignatureCache(qint64 results)
{
    SignatureCache &c = cache();
    std::unique_lock lock(c.mutex);
    const qint64 wanted = std::clamp<qint64>(results, kSignatureCacheCapacity, kSignatureCacheMaxCapacity);
    c.capacity = std::max(c.capacity, size_t(wanted));
}

void clearSignatureCache()
{
    SignatureCache &c = cache();
    std::unique_lock lock(c.mutex);
    c.results.clear();
    c.hits = 0;
    c.misses = 0;
}

SignatureCacheStats signatureCacheStats()
{
    SignatureCache &c = cache();
    return {c.hits.load(), c.misses.load()};
}

SignatureCheck ed25519VerifyUncached(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (const SignatureCheck shape = checkShape(publicKey, signature); shape != SignatureCheck::Valid)
        return shape;
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u8(publicKey), size_t(publicKey.size())));
    if (!key)
        return SignatureCheck::BadPublicKey;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return SignatureCheck::BadPublicKey;
    const int rc = EVP_DigestVerify(ctx.get(), u8(signature), size_t(signature.size()), u8(message),
                                    size_t(message.size()));
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
