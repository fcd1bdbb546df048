// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verifier's one result object for one dump (docs/cli.md "verify"): evidence
// identity, what was and was not checked, damaged regions with their verdicts, the
// emulated boot-time recovery set against the device's own markers, and every finding
// (reader, ledger and verifier layers, de-duplicated). The CLI, GUI and reports print
// it; none of them re-derives anything.

#include "findings/Finding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace seedscope::verify {

struct EvidenceSummary {
    QString path;
    QString name;
    qint64 size = 0;
    QByteArray sha256; // 32
};

// One damaged or unexplained stretch of the journal or marker log.
struct DamageRegion {
    QString region;    // "journal" or "markers"
    qint64 offset = -1;
    qint64 length = 0;
    Verdict verdict = Verdict::Unknown;
    QString code;      // the finding that classified it
};

// What the seed's boot-time recovery would do on this image (docs/format/seed-dump-v1.md).
struct RecoveryEmulation {
    bool ran = false;
    QString note;                 // why parts could not be emulated (no key, no trust store)
    int slot = -1;                // slot index loaded, -1 = none
    uint64_t checkpointSeq = 0;
    bool usedFallback = false;
    bool noValidCheckpoint = false;
    qint64 truncatedAt = -1;      // absolute offset of the first journal damage after the last kept record
    qint64 bytesDropped = 0;      // programmed bytes from truncatedAt to the end of its block
    QByteArray droppedHash;       // SHA-256 of those bytes (what the RECOVERY marker must carry)
    uint64_t lastValidSeq = 0;
    QByteArray lastValidHash;     // chain hash of that entry: the journal head (format section 12, step 4)
    int entriesKept = 0;          // ENTRY records on the recovered chain
    int entriesReplayed = 0;      // of those, after the checkpoint
    int entriesDropped = 0;       // readable ENTRY records not on the recovered chain
    uint64_t finalLamport = 0;
    bool stateKnown = false;
    QByteArray stateRoot;         // of the recovered state (when stateKnown)
    QJsonObject toJson() const;
};

struct VerifyReport {
    EvidenceSummary evidence;
    bool readable = false;         // a usable superblock was found
    bool encrypted = false;
    bool keyProvided = false;      // a storage key was given (and tried)
    QString keyFile;               // the key file that decrypted, empty when none
    bool trustStoreProvided = false;
    QStringList checked;           // stable check names, see docs/cli.md
    QStringList notChecked;        // "<check>: <why>"
    // The <why> of each notChecked entry as a translatable sentence (the GUI's words); empty
    // for a report read back from JSON, which keeps only the English.
    std::vector<FindingText> notCheckedWhy;
    int journalRecords = 0;
    int journalEntries = 0;
    int markers = 0;
    QList<DamageRegion> regions;
    RecoveryEmulation recovery;
    Findings findings;

    int exitCode() const;          // exitcode:: for this report alone
    // Findings at warning or above that no other finding explains (RootCauses.h), in order.
    QList<const Finding *> rootCauses() const;
    QJsonArray rootCausesJson() const;
    QJsonObject toJson() const;
    QString toText() const;        // one line per finding (hex offset), then a summary
};

} // namespace seedscope::verify
