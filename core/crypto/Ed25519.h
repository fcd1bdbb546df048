// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ed25519 over OpenSSL 3's one-shot EVP_DigestSign/Verify (the digest must be NULL).
// Verification is strict: 32-byte key, 64-byte signature, S < L (RFC 8032 5.1.7; a
// signature with S + L is malleable and rejected), and only a return of 1 is valid.
// Callers prefix every signed message with a domain-separation string (dump format).

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

#include <memory>

struct evp_pkey_st;

namespace seedscope::crypto {

inline constexpr int kEd25519PublicKeySize = 32;
inline constexpr int kEd25519SeedSize = 32;
inline constexpr int kEd25519SignatureSize = 64;

enum class SignatureCheck {
    Valid,
    Invalid,          // well-formed but the maths does not hold
    BadSignatureSize, // not 64 bytes
    NonCanonical,     // S >= L
    BadPublicKey,     // not 32 bytes, or OpenSSL refused the point
};
const char *signatureCheckName(SignatureCheck check);

SignatureCheck ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// Results are memoised per (public key, signature, message): the verifier, the replay,
// recovery emulation and the checkpoint cross-proofs each check the same entries (about
// nine times each on a simulated mesh), and a hit costs one SHA-256 of the triple instead
// of an Ed25519 verification. Thread-safe; bounded (kSignatureCacheCapacity results, about
// 70 bytes each; when full, one result at a random place makes room, so a journal longer
// than the memo still keeps most of its results rather than losing all of them).
// Benchmarks clear it to measure the real verification rate.
inline constexpr int kSignatureCacheCapacity = 1 << 18;
inline constexpr qint64 kSignatureCacheMaxCapacity = qint64(1) << 23;
// A job that will check about `results` distinct signatures several times (a whole
// journal) raises the bound to that (at most kSignatureCacheMaxCapacity). It never
// shrinks until the process ends; clearSignatureCache() only empties it.
void reserveSignatureCache(qint64 results);
struct SignatureCacheStats {
    quint64 hits = 0;
    quint64 misses = 0;
};
void clearSignatureCache();
SignatureCacheStats signatureCacheStats();
// The uncached check (benchmarks measure OpenSSL's own rate with it).
SignatureCheck ed25519VerifyUncached(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// A signing key held as its 32-byte RFC 8032 seed (private key). Used by the reference
// device writer, the simulator and the Omega hardened-layout writer; the auditor's side
// only ever verifies.
class Ed25519Signer {
public:
    static Result<Ed25519Signer> fromSeed(QByteArrayView seed32);
    static Result<Ed25519Signer> generate(); // from the OS RNG

    const QByteArray &publicKey() const { return m_publicKey; }
    Result<QByteArray> sign(QByteArrayView message) const;

private:
    SecureBytes m_seed;
    QByteArray m_publicKey;
    // OpenSSL's parsed private key, made once: building it derives the public key (a
    // scalar multiplication), which cost as much as the signature itself when it was
    // redone for every sign(). Shared by copies; OpenSSL keys are safe to sign with from
    // several threads.
    std::shared_ptr<evp_pkey_st> m_key;
};

// device_id and friends: first 16 bytes of SHA-256(public key) (domain.md).
QByteArray keyId16(QByteArrayView publicKey);

} // namespace seedscope::crypto
