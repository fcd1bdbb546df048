// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ed25519 over OpenSSL 3's one-shot EVP_DigestSign/Verify (the digest must be NULL).
// Verification is strict: 32-byte key, 64-byte signature, S < L (RFC 8032 5.1.7; a
// signature with S + L is malleable and rejected), and only a return of 1 is valid.
// Callers prefix every signed message with a domain-separation string (dump format).

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

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
// of an Ed25519 verification. Thread-safe; bounded (kSignatureCacheCapacity results,
// cleared when full). Benchmarks clear it to measure the real verification rate.
inline constexpr int kSignatureCacheCapacity = 1 << 18;
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
};

// device_id and friends: first 16 bytes of SHA-256(public key) (domain.md).
QByteArray keyId16(QByteArrayView publicKey);

} // namespace seedscope::crypto
