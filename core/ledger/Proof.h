// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inclusion proofs for one state record (a balance, a pool, a trust score) against a
// device-signed checkpoint, checkable with nothing but the proof file and an auditor's
// trust store (docs/format/proof-v1.md). The verifier is strict: every field is checked
// or recomputed, unknown fields are refused, so changing any byte of a proof fails it.

#include "ledger/Network.h"
#include "ledger/TrustStore.h"
#include "ledger/StateRecords.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace seedscope::ledger {

inline constexpr char kProofFormat[] = "seedscope-proof";
inline constexpr int kProofVersion = 1;
inline constexpr int kCheckpointHeaderSize = 256;
inline constexpr int kHeaderStateRootOffset = 80;  // seed-dump-v1 slot header
inline constexpr int kHeaderDeviceIdOffset = 184;

// "SEED1/checkpoint" NUL || slot header (256) || SHA-256(stored payload): what a device signs.
QByteArray checkpointSignedMessage(QByteArrayView header, QByteArrayView payloadSha256);

struct ProofInputs {
    QString networkId;
    QByteArray devicePublicKey;
    QByteArray deviceId;
    QByteArray registrationCertificate;
    QList<RotationLink> keyHistory;
    QByteArray checkpointHeader;   // 256 bytes as stored
    QByteArray payloadSha256;      // 32
    QByteArray checkpointSignature; // 64
    uint32_t keyIndex = 0;         // 0 = identity key, k = keyHistory[k-1]
};

// Human-readable fields of a record (balance, trust, pool, ...), recomputed from its bytes.
QJsonObject describeRecord(const StateRecord &r);

// Builds the proof for record (kind, key) of `state`; fails when the state's root is not
// the one the checkpoint header carries, or the record does not exist.
Result<QJsonObject> buildProof(const ProofInputs &in, const LedgerState &state, RecordKind kind, const QByteArray &key);

struct ProofVerification {
    bool ok = false;
    QString failure;     // the first check that failed
    QStringList passed;  // checks that held, in order
    QJsonObject record;  // recomputed description of the proven record (when it parsed)
    QByteArray stateRoot;
    uint64_t checkpointSeq = 0;
    uint64_t journalSeq = 0;
    uint64_t lamport = 0;
};
ProofVerification verifyProof(QByteArrayView proofJson, const TrustStore &trust);

} // namespace seedscope::ledger
