// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one boot-time recovery rule (format section 12), computed over a parsed image
// without writing anything. The reference device (sim/DeviceRecovery.cpp) runs it on its
// own flash and then writes what it decided; the verifier (verify/RecoveryEmulation.cpp)
// runs it to check the device's BOOT and RECOVERY markers. Both call these functions, so
// the device and its auditor cannot drift apart.

#include "dump/DumpImage.h"
#include "dumpledger/CheckpointLoads.h"
#include "ledger/Apply.h"
#include "ledger/Network.h"
#include "ledger/Replay.h"

namespace seedscope::ledger {

// Step 2: the checkpoint the device loads (active, else fallback).
struct RecoveryCheckpoint {
    int slot = -1;                // slot index, -1 = none loaded
    uint64_t checkpointSeq = 0;
    uint64_t journalSeq = 0;      // the checkpoint's journal head
    QByteArray chainHash = QByteArray(32, '\0');
    uint64_t lamport = 0;
    bool usedFallback = false;
    bool noValidCheckpoint = false;
    std::shared_ptr<const LoadedCheckpoint> loaded; // state (when known) and its DELTA chain; null when none loads
    // The loaded state (empty when none loads or it is unknown).
    const LedgerState &state() const;
};
// `loads` remembers decoded chains across calls (one per BOOT marker); null: decode here.
RecoveryCheckpoint chooseRecoveryCheckpoint(const dump::DumpImage &img, const SlotFilter &inScope = {}, CheckpointLoads *loads = nullptr);

// The journal records the walk looks at, with what it needs from each (built once per
// image: a walk over them neither decodes nor allocates, so it can be repeated for every
// marker a verifier checks).
struct WalkRecord {
    const dump::RecordInfo *rec = nullptr; // one pointer a record: the list lives beside verify's peak
    // Encrypted, no key: readable framing, unknown content.
    bool locked() const { return rec->decrypt == dump::DecryptState::NoKey; }
};
QList<WalkRecord> walkRecords(const dump::DumpImage &img);

// Steps 3-5: the walk from genesis, the checkpoint-head jump, and the first damage after
// the last accepted record.
struct JournalWalkOptions {
    uint32_t beforeEpoch = 0;                  // only records (and damage) written before this epoch; 0 = all
    const KeyDirectory *keys = nullptr;        // with params: apply entries after the checkpoint
    const NetworkParams *params = nullptr;
    const LedgerState *start = nullptr;        // the checkpoint's state (applied to when keys are given)
    // Verdicts already reached for `items` (a record is found among them by its offset);
    // an entry with none is checked.
    const QList<JournalItem> *items = nullptr;
    const ItemVerdicts *verdicts = nullptr;
    std::function<void(const dump::RecordInfo &)> onAccepted; // each accepted record, in order
};
struct JournalWalk {
    uint64_t headSeq = 0;
    QByteArray headHash = QByteArray(32, '\0');
    bool jumped = false;          // jumped to (or ended at) the checkpoint head: log root unknown
    bool endedAtCheckpoint = false; // the journal does not reach the checkpoint head: the head is the checkpoint's
    uint64_t lamport = 0;         // highest Lamport of the accepted records
    qint64 lastAccepted = -1;     // offset of the last accepted record
    int kept = 0, replayed = 0, readable = 0;
    LedgerState state;            // when keys were given and every replayed entry was readable
    bool stateKnown = false;
    qint64 truncatedAt = -1;      // the damage finding's offset, -1 = none
    QString damageCode;
    qint64 bytesDropped = 0;      // programmed bytes from truncatedAt to the end of its block
    QByteArray droppedHash;       // their SHA-256
};
JournalWalk walkJournal(QByteArrayView image, const dump::DumpImage &img, const QList<WalkRecord> &records,
                        uint64_t checkpointSeq, const QByteArray &checkpointHash, const JournalWalkOptions &opt);

// The reader findings that are journal damage for recovery (step 5).
bool isRecoveryDamage(const Finding &f);

} // namespace seedscope::ledger
