// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Encryption at rest and signed-message construction for format v1 (docs/format/
// seed-dump-v1.md, "Encryption at rest"). Encrypt-then-sign: CRCs, the hash chain
// and every signature cover the bytes as stored, so authenticity is checkable without
// the storage root key. Every key is bound to device_id and the structure it protects
// through the HKDF info string; AAD is the header the ciphertext sits under, so moving
// ciphertext between records or devices fails authentication.

#include "crypto/SecureBytes.h"
#include "dump/Format.h"
#include "util/Result.h"

#include <QByteArray>

namespace seedscope::dump {

inline constexpr char kInfoJournalKey[] = "SEED1/journal-key";       // + NUL + device_id + u32 epoch
inline constexpr char kInfoCheckpointKey[] = "SEED1/checkpoint-key"; // + NUL + device_id + u8 kind + u64 seq
inline constexpr char kSignCheckpoint[] = "SEED1/checkpoint";        // + NUL + header(256) + SHA-256(payload)
inline constexpr char kSignSeal[] = "SEED1/seal";                    // + NUL + device_id + seal bytes 0..95

// Journal key for one epoch: HKDF-SHA256(ikm = root key, salt = the EPOCH record's salt,
// info = "SEED1/journal-key" 00 || device_id(16) || epoch u32 LE), 32 bytes.
Result<crypto::SecureBytes> journalKey(const crypto::SecureBytes &rootKey, QByteArrayView deviceId, uint32_t epoch,
                                       QByteArrayView epochSalt);
// Nonce = epoch u32 LE || journal seq u64 LE (12 bytes): unique per key because every
// boot opens a new epoch (new key) before any sequence can repeat.
QByteArray journalNonce(uint32_t epoch, uint64_t seq);
// AAD = record header bytes 0..11 and 16..67: everything but the payload CRC (which is
// computed over the ciphertext) and the header CRC (which covers the payload CRC).
QByteArray recordAad(QByteArrayView header72);

// Checkpoint key: HKDF-SHA256(root key, salt = slot kdf_salt (16 random bytes),
// info = "SEED1/checkpoint-key" 00 || device_id || kind u8 || checkpoint seq u64 LE).
Result<crypto::SecureBytes> checkpointKey(const crypto::SecureBytes &rootKey, QByteArrayView deviceId, uint8_t kind,
                                          uint64_t checkpointSeq, QByteArrayView kdfSalt);
// AAD = slot header bytes 0..235 and 240..251 (all but payload CRC and header CRC).
QByteArray slotAad(QByteArrayView header256);

// Seal / decrypt helpers used by both the reference writer and the reader.
Result<QByteArray> encryptJournalPayload(const crypto::SecureBytes &key, const RecordHeader &h, QByteArrayView plaintext);
Result<QByteArray> decryptJournalPayload(const crypto::SecureBytes &key, QByteArrayView header72, uint32_t epoch,
                                         uint64_t seq, QByteArrayView ciphertextAndTag);

QByteArray checkpointSignedBytes(QByteArrayView header256, QByteArrayView payloadSha256);
QByteArray sealSignedBytes(QByteArrayView deviceId, QByteArrayView sealPayload);

// The key file the simulator writes beside a dump (<name>.key): one line of 64 hex
// characters (the 32-byte storage root key), optional trailing newline.
Result<crypto::SecureBytes> readKeyFile(const QString &path);

// The key files worth trying for a dump, best first: given files named like the dump,
// then <name>.key in keysDir, then the other given files. The caller tries them in turn
// and keeps the first that decrypts everything.
QStringList storageKeyCandidates(const QString &dumpPath, const QString &keysDir, const QStringList &keyFiles);

} // namespace seedscope::dump
