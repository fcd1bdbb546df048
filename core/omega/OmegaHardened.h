// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hardened layout the guide promises and the real writer never wrote
// (docs/format/omega-hardened.md): a manifest.json listing every checkpoint file with its
// size and SHA-256, signed with Ed25519 by the node key under a domain-separation prefix,
// and optionally AES-256-GCM encrypted checkpoint files (checkpoint_<int>.json.enc) under
// per-file keys derived with HKDF-SHA256. Written by the simulator, verified by the
// analysis; every single-byte change to a listed file or to the manifest is reported.

#include "crypto/Ed25519.h"
#include "crypto/SecureBytes.h"
#include "findings/Finding.h"
#include "omega/CheckpointFile.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace seedscope::omega {

inline constexpr char kManifestFileName[] = "manifest.json";
inline constexpr char kManifestFormat[] = "seedscope-omega-manifest";
inline constexpr int kManifestVersion = 1;
// Signed message = kManifestSigningDomain || 0x00 || exact bytes of the "body" value.
inline constexpr char kManifestSigningDomain[] = "seedscope/omega-manifest/v1";
// Envelope of an encrypted checkpoint: magic || nonce(12) || ciphertext || tag(16).
inline constexpr char kEnvelopeMagic[] = "SSOMEGA1";
inline constexpr int kEnvelopeMagicSize = 8;
inline constexpr int kNodeSecretSize = 32;
inline constexpr int kManifestSaltSize = 32;
inline constexpr int kMaxManifestEntries = 100'000;

struct ManifestEntry {
    QString name;
    qint64 size = 0;
    QByteArray sha256; // of the bytes on disk
    bool encrypted = false;
};

struct Manifest {
    QString networkId;
    QByteArray publicKey; // 32 bytes
    qint64 created = 0;   // unix seconds
    QByteArray salt;      // 32 bytes when files are encrypted, empty otherwise
    QList<ManifestEntry> files;
};

struct ManifestCheck {
    bool wellFormed = false;
    crypto::SignatureCheck signature = crypto::SignatureCheck::Invalid;
    bool trusted = false; // signer key equals the examiner's trusted key
    bool ambiguous = false; // a key repeats in the manifest JSON: not authenticated
    Manifest manifest;
};

// Parses and verifies manifest.json; appends findings about the manifest itself.
ManifestCheck checkManifest(QByteArrayView bytes, const ValidationContext &ctx,
                            const std::optional<QByteArray> &trustedKey, Findings &out);

// Key schedule from the node secret (the 32 bytes of --key-file).
Result<crypto::Ed25519Signer> signerFromSecret(const crypto::SecureBytes &secret);
Result<crypto::SecureBytes> fileKey(const crypto::SecureBytes &secret, QByteArrayView salt, const QString &fileName);

// Encrypts one checkpoint's plaintext into its envelope; nonce is 12 bytes.
Result<QByteArray> sealCheckpoint(const crypto::SecureBytes &secret, QByteArrayView salt, const QString &fileName,
                                  QByteArrayView nonce, QByteArrayView plaintext);
// Opens an envelope; AuthFailed when any byte (magic, nonce, ciphertext, tag, name) changed.
Result<QByteArray> openCheckpoint(const crypto::SecureBytes &secret, QByteArrayView salt, const QString &fileName,
                                  QByteArrayView envelope);

// The exact bytes of manifest.json for `m`, signed by `signer`.
Result<QByteArray> buildManifest(const Manifest &m, const crypto::Ed25519Signer &signer);

// Reads a key file: 64 hex characters (surrounding whitespace ignored). The bytes never
// leave SecureBytes; errors never quote the file's content.
Result<crypto::SecureBytes> readNodeSecret(const QString &path);
// Reads a public key file: 64 hex characters.
Result<QByteArray> readPublicKey(const QString &path);

} // namespace seedscope::omega
