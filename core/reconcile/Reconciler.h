// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reconciliation of several Seed dumps of one network (issue 5): the same transaction is
// matched across devices by tx_id and content hash; entries held by one device only,
// conflicting duplicates (same tx_id, different content), altered copies (a signature
// that no longer verifies where another device holds the authentic copy), forks in a
// device's own hash chain, divergent checkpoints over the same entries and Lamport clock
// skew between devices are reported; the deterministic merged ledger the mesh converges
// to is replayed (ledger::applyBatch, canonical order), and each device's view is set
// against it: which device differs, and from which entry on. Codes:
// docs/findings/verify.md ("reconcile").

#include "dump/DumpImage.h"
#include "findings/Finding.h"
#include "dumpledger/DumpLedger.h"
#include "ledger/Proof.h"
#include "util/Result.h"

#include <QJsonObject>

namespace seedscope::reconcile {

struct ReconcileInput {
    QString name;   // evidence name (file name)
    QString path;
    dump::DumpImage image;
    ledger::DumpLedger ledger;
};

// Where a device's view first departs from the merged ledger, in canonical order.
struct Divergence {
    QString kind;            // "altered" (its copy differs from the authentic one), "missing", "extra"
    QByteArray txId;
    qint64 offset = -1;      // the device's record (altered/extra), -1 when missing
    uint64_t journalSeq = 0;
    int canonicalIndex = -1; // position in the merged ledger
    QString detail;
    FindingText detailText; // `detail`'s translatable form (the GUI shows it translated)
    FindingText translatableDetail() const { return detailText.isEmpty() ? FindingText(detail) : detailText; }
};

struct DeviceView {
    QString name;
    QString path;
    QByteArray deviceId;
    int entries = 0;         // decodable ENTRY records
    int transactions = 0;    // distinct tx_ids
    int onlyHere = 0;
    int missing = 0;         // merged transactions this device does not hold
    int altered = 0;         // copies that differ from the authentic one
    QByteArray viewStateRoot; // applyBatch over this device's own entries
    bool matchesMerged = false;
    std::optional<Divergence> divergence;
};

struct CopyInfo {
    int device = -1;
    qint64 offset = -1;
    uint64_t journalSeq = 0;
    uint64_t storedLamport = 0;
    QByteArray contentHash;
    QString signature;       // "valid", "invalid", "unknown_key"
    bool authentic = false;  // equal to the copy the merged ledger uses
};

struct Conflict {
    QByteArray txId;
    QList<CopyInfo> copies;
};

struct ClockPair {
    int a = -1, b = -1;
    int samples = 0;
    qint64 medianDelta = 0;  // stored-at Lamport on b minus on a, for the same transactions
    qint64 minDelta = 0, maxDelta = 0;
};

struct ReconcileReport {
    QList<DeviceView> devices;
    int transactions = 0;
    int onAllDevices = 0;
    QList<QPair<QByteArray, CopyInfo>> oneSide; // tx_id and its only copy (capped in JSON)
    int oneSideCount = 0;
    QList<Conflict> conflicts;
    int mergedEntries = 0, mergedValid = 0, mergedRejected = 0, mergedDuplicate = 0;
    QByteArray mergedStateRoot;
    uint64_t mergedLamport = 0;
    QList<ClockPair> clocks;
    Findings findings;
    bool allReadable = true;

    int exitCode() const;
    QJsonObject toJson() const;
    QString toText() const;
};

ReconcileReport reconcile(const QList<ReconcileInput> &inputs, const ledger::TrustStore &trust);

struct ReconcileOptions {
    QStringList dumpPaths;
    QStringList keyFiles;
    QString keysDir;
    QString trustStorePath; // required
};
// Errors: a dump, key file or the trust store cannot be read at all.
// Progress: each dump's reader stages, then "reconcile". A tripped token returns
// ErrorCode::Cancelled.
Result<ReconcileReport> reconcileFiles(const ReconcileOptions &options, const Progress &progress = {});

} // namespace seedscope::reconcile
