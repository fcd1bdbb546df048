// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checkpoint cross-proof (docs/ledger-rules.md "Checkpoint cross-proof"): replaying the
// journal entries after checkpoint N from N's state must reproduce checkpoint N+1's
// state_root. When it does not, name the records that differ (when N+1's full state is
// known) and the first entry, in canonical order, that explains one of them: an entry
// whose TX record differs (tampered, forged, inserted) first; otherwise the first entry
// touching a differing account, group or origin record.

#include "ledger/Replay.h"
#include "ledger/StateRecords.h"
#include "util/Progress.h"

#include <optional>

namespace seedscope::ledger {

struct CrossProofResult {
    bool reproduced = false;
    bool storageOrderOnly = false;  // reproduced only when applied in storage order (not canonical)
    QByteArray expectedRoot;
    QByteArray replayedRoot;
    int firstDivergentIndex = -1;   // canonical index into timeline outcomes; -1 = none named
    QList<RecordDiff> differing;    // empty when only the root was given
    QList<TxId> missingFromJournal; // applied by the checkpoint, absent from the replayed entries
    Timeline timeline;              // the range's replay; empty when reproduced (nothing reads it then)
    Finding finding;                // LEDGER_CHECKPOINT_REPRODUCED, _STORAGE_ORDER or _DIVERGES
};

// base: checkpoint N's state. items: the journal entries after N's journal position up
// to N+1's (storage order). journalPosition: N+1's covered journal sequence (goes into
// META). expectedState: N+1's decoded state when available (FULL, or base + DELTA), whose
// root is expectedRoot (a replayed state equal to it is taken to have that root).
// knownVerdicts: signature verdicts already reached, indexed like the journal list
// (ReplayOptions::knownVerdicts; for the list overload, like `items`).
// The same over a range of a journal: indices into it, storage order.
CrossProofResult crossProve(const LedgerState &base, const QList<JournalItem> &journal, const QList<int> &range, const QByteArray &expectedRoot,
                            const LedgerState *expectedState, uint64_t journalPosition, const KeyDirectory &keys,
                            const NetworkParams &params, const QString &evidence, const FindingText &checkpointName,
                            const ItemVerdicts *knownVerdicts = nullptr);
CrossProofResult crossProve(const LedgerState &base, const QList<JournalItem> &items, const QByteArray &expectedRoot,
                            const LedgerState *expectedState, uint64_t journalPosition, const KeyDirectory &keys,
                            const NetworkParams &params, const QString &evidence, const FindingText &checkpointName,
                            const ItemVerdicts *knownVerdicts = nullptr);

// The result crossProve gives for a range whose canonical replay from `base` yields
// exactly the expected decoded state (root `expectedRoot`), for a caller that knows that
// already (a stretch of the main replay, ReplayOptions::probes). `entries`: the range's
// item count.
CrossProofResult reproducedCrossProof(const QByteArray &expectedRoot, const QString &evidence, const FindingText &checkpointName,
                                      qsizetype entries);

// The same proof from where the replay of its range parts from a longer replay from the
// same base (ReplayFork): only the fork's rest is replayed. Returns the reproduced result
// crossProve gives when the root is reproduced, and nullopt otherwise; a range that does
// not reproduce is proven by crossProve, which names what differs. `rangeSize`: the range's
// item count.
std::optional<CrossProofResult> crossProveFromFork(const ReplayFork &fork, const QList<JournalItem> &journal, qsizetype rangeSize,
                                                   const QByteArray &expectedRoot, const LedgerState *expectedState,
                                                   uint64_t journalPosition, const KeyDirectory &keys, const NetworkParams &params,
                                                   const QString &evidence, const FindingText &checkpointName,
                                                   const ItemVerdicts *knownVerdicts);

// One cross-proof of a batch: crossProve's arguments that differ between checkpoints.
struct CrossProofTask {
    const LedgerState *base = nullptr;
    QList<int> range;
    QByteArray expectedRoot;
    const LedgerState *expectedState = nullptr;
    uint64_t journalPosition = 0;
    FindingText checkpointName;
    // Where the main replay, from a state equal to *base, parted from this range's replay
    // (nullptr: none): tried first (crossProveFromFork).
    const ReplayFork *fork = nullptr;
    // Instead of `range`: the entries with a journal sequence in (first, second], of which
    // there are rangeSize. They are listed (journalItemsBetween) only when the fork does
    // not reproduce the checkpoint, the one case that replays them all.
    std::optional<std::pair<uint64_t, uint64_t>> rangeBounds = std::nullopt;
    qsizetype rangeSize = 0;
};

// crossProve for each task, over one journal, on every core: the proofs of different
// checkpoints share nothing but the read-only inputs. Results in task order. Reports
// stage "cross-proof" (tasks done) from the calling thread and stops between tasks when
// the token trips (then returns nullopt; nothing partial is handed back).
std::optional<QList<CrossProofResult>> crossProveAll(const QList<CrossProofTask> &tasks, const QList<JournalItem> &journal,
                                                     const KeyDirectory &keys, const NetworkParams &params, const QString &evidence,
                                                     const ItemVerdicts *knownVerdicts, const Progress &progress);

} // namespace seedscope::ledger
