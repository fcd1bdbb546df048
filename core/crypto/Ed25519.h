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

// Every call reaches OpenSSL: a verification checks each signature once and hands its
// verdict on (ledger/Replay.h ReplayOptions::knownVerdicts), so nothing is memoised.
// Parsed public keys are kept (a journal has a handful of signers).
SignatureCheck ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
// While one lives, ed25519Verify on its thread keeps an initialised OpenSSL verification
// context per public key and copies it for each check (EVP_MD_CTX_copy_ex, supported in
// every OpenSSL 3 release, unlike calling EVP_DigestVerify twice on one context, which 3.2
// refuses). Without one, each call initialises a context: a provider fetch under
// OpenSSL's locks, which two threads checking signatures contend for. Made by code that
// checks many signatures in a row on one thread (signature workers, per batch); it frees
// its contexts when it ends, so no OpenSSL object outlives the batch. Scopes nest; a
// scope ends on the thread that made it.
class Ed25519VerifyScope {
public:
    Ed25519VerifyScope();
    ~Ed25519VerifyScope();
    Ed25519VerifyScope(const Ed25519VerifyScope &) = delete;
    Ed25519VerifyScope &operator=(const Ed25519VerifyScope &) = delete;

    struct Contexts;

private:
    std::unique_ptr<Contexts> d;
    Contexts *m_outerContexts = nullptr; // restored when this scope ends (scopes nest)
};

// Calls of ed25519Verify that reached OpenSSL in this process (well-formed key and
// signature): benchmarks report checks per entry with it.
quint64 ed25519VerificationCount();

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

// device_id and friends: first 16 bytes of SHA-256(public key) (docs/ledger-rules.md).
QByteArray keyId16(QByteArrayView publicKey);

} // namespace seedscope::crypto
