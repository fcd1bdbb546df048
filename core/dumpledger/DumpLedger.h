// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ledger view of one device dump: its journal entries as replay input, its usable
// checkpoints with their decoded states (FULL, or DELTA on its base), the key directory
// (trust store registry + the dump's own identity), and a replay that starts at genesis
// or at the earliest checkpoint the journal continues from, cross-proving every
// consecutive pair of checkpoints. Consumed by `replay`, `prove` and the verifier.
//
// An adapter above both areas it joins: `dump` (the storage format, which decodes ledger
// entries) and `ledger` (the rules, which know nothing of dumps). Keeping it here is what
// lets `ledger` stay below `dump` (core/CMakeLists.txt declares the order).

#include "dump/DumpImage.h"
#include "ledger/CrossProof.h"
#include "ledger/Proof.h"

namespace seedscope::ledger {

struct DumpCheckpoint {
    int slotIndex = -1;
    qint64 offset = -1;
    uint64_t checkpointSeq = 0;
    uint64_t baseSeq = 0;
    uint64_t journalSeq = 0;
    uint64_t lamport = 0;
    bool full = true;
    QByteArray stateRoot;        // from the signed header
    std::optional<LedgerState> state; // decoded and root-checked; nullopt with `error` otherwise
    // The slots `state` was decoded from, base first (a FULL slot, then each DELTA applied):
    // the same chain loaded elsewhere (CheckpointLoads) is the same state, so it is taken
    // from here rather than decoded again.
    QList<uint32_t> chain;
    FindingText error;           // why not, in words a finding can carry translated
    bool baseMissing = false;    // a DELTA whose base checkpoint is not decoded
    ProofInputs proofInputs;     // header, payload hash, signature, key index + identity
};

struct DumpLedger {
    QString evidence;
    QList<JournalItem> items;          // ENTRY records in storage order
    QList<DumpCheckpoint> checkpoints; // usable slots, by checkpoint sequence
    KeyDirectory keys;
    NetworkParams params;
    RegisteredDevice identity;
    Findings findings;                 // LEDGER_CHECKPOINT_STATE_UNREADABLE, LEDGER_JOURNAL_LOCKED
    bool journalDamaged = false;       // the reader found journal damage or a cut image
    // What the items' bytes point into (JournalItem::bytes is a view): the image's own copy
    // and its decrypted payloads, shared with the DumpImage. When the image borrowed its
    // bytes (the mapped evidence, dump::ReadOptions::borrowImageBytes), whoever keeps this
    // ledger beyond the mapping's owner sets `backing` to something that holds the mapping.
    QByteArray imageBytes;
    QByteArray plaintexts;
    std::shared_ptr<const void> backing;
};

DumpLedger loadDumpLedger(const dump::DumpImage &img, const TrustStore &trust);
// Its two halves, for a caller that starts on the journal (the verifier's signature
// checks) while the checkpoint states decode: the items, keys and identity; then the
// checkpoints (which touches only `checkpoints` and appends to `findings`).
DumpLedger loadDumpLedgerJournal(const dump::DumpImage &img, const TrustStore &trust);
void loadDumpLedgerCheckpoints(const dump::DumpImage &img, DumpLedger &l);

// A DELTA's base among the decoded checkpoints: the checkpoint with the delta's base_seq
// and base_state_root (the rule of dumpledger/CheckpointChain.h, isDeltaBaseOf); an empty
// root matches any. nullptr when no such checkpoint decoded.
const DumpCheckpoint *decodedDeltaBase(const QList<DumpCheckpoint> &checkpoints, uint64_t baseSeq, const QByteArray &baseStateRoot);

struct DumpReplay {
    QString start;                 // "genesis" or "checkpoint N"
    int startCheckpoint = -1;      // index into DumpLedger::checkpoints, -1 = genesis
    Timeline timeline;
    QList<CrossProofResult> crossProofs; // one per checkpoint that could be cross-proven
    QList<int> crossProofCheckpoint;     // index into checkpoints for each cross-proof
    Findings findings;                   // loader + timeline + cross-proof findings
    ItemVerdicts verdicts;               // the timeline's signature verdicts by item (empty when the caller gave them)
};

// What the caller will read of the replay. A verification reads statuses, verdicts and
// findings, and asks for a state only at a damaged checkpoint: no snapshots, no events.
// A workbench or `replay` browses states and provenance: both.
struct DumpReplayOptions {
    bool keepSnapshots = true;
    bool keepEvents = true;
    // ReplayOptions::notableOutcomesOnly for the main replay; only with `verdicts` (without
    // them the replay's verdicts are read from its outcomes).
    bool notableOutcomesOnly = false;
    // Verdicts the caller already reached, indexed like ledger.items (the verifier checks
    // signatures while it runs its chain checks); entries with none are checked here.
    const ItemVerdicts *verdicts = nullptr;
    // When set, it fills *verdicts while the main replay runs (ReplayOptions::verdictFeed);
    // the cross-proofs start once it has filled them all.
    const VerdictFeed *verdictFeed = nullptr;
    // The caller's own ledger.checkpoints (that very list, read by no other thread while
    // the replay runs): each decoded checkpoint the main replay reproduces then holds the
    // replay's tx_id set instead of its decoded copy (PrefixProbe::sharesTxs). Equal
    // states, one set of records: a verification's peak held both.
    QList<DumpCheckpoint> *shareCheckpointTxs = nullptr;
};
// Progress as Timeline::replay; when cancelled, timeline.cancelled() is true and the
// result must be discarded.
DumpReplay replayDumpLedger(const DumpLedger &ledger, const Progress &progress = {}, const DumpReplayOptions &options = {});

// Opens a dump file read-only with its storage key (a key file named like the dump in
// keysDir, else the given key files, the one that decrypts), reads the trust store, and
// loads the ledger view. Errors: unreadable dump, trust store or key file.
struct DumpOpenOptions {
    QString dumpPath;
    QStringList keyFiles;
    QString keysDir;
    QString trustStorePath;
};
struct OpenedDump {
    dump::DumpImage image;
    TrustStore trust;
    DumpLedger ledger;
};
Result<OpenedDump> openDumpLedger(const DumpOpenOptions &options);

} // namespace seedscope::ledger
