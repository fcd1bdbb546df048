// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ledger invariants (docs/ledger-rules.md "Invariants"), checked on whole states (a
// checkpoint, the end of a replay) and per entry from the events it caused. Each broken
// invariant is a Finding with a LEDGER_* code documented in docs/findings/ledger.md.

#include "findings/Finding.h"
#include "ledger/Apply.h"

namespace seedscope::ledger {

namespace findingcode {
inline constexpr char kConservation[] = "LEDGER_CONSERVATION_BROKEN";
inline constexpr char kNegativeBalance[] = "LEDGER_NEGATIVE_BALANCE";
inline constexpr char kNegativePool[] = "LEDGER_NEGATIVE_POOL";
inline constexpr char kPoolMismatch[] = "LEDGER_POOL_MISMATCH";
inline constexpr char kTrustBounds[] = "LEDGER_TRUST_OUT_OF_BOUNDS";
// Entry outcomes (replay).
inline constexpr char kUnreadable[] = "LEDGER_ENTRY_UNREADABLE";
inline constexpr char kBadFormat[] = "LEDGER_BAD_FORMAT";
inline constexpr char kConflictingDuplicate[] = "LEDGER_CONFLICTING_DUPLICATE";
inline constexpr char kDuplicate[] = "LEDGER_DUPLICATE";
inline constexpr char kUnknownKey[] = "LEDGER_UNKNOWN_KEY";
inline constexpr char kSignatureInvalid[] = "LEDGER_SIGNATURE_INVALID";
inline constexpr char kUntrustedKey[] = "LEDGER_UNTRUSTED_KEY";
inline constexpr char kUnauthorized[] = "LEDGER_UNAUTHORIZED";
inline constexpr char kReplayed[] = "LEDGER_REPLAYED";
inline constexpr char kClockDrift[] = "LEDGER_CLOCK_DRIFT";
inline constexpr char kDoubleSpend[] = "LEDGER_DOUBLE_SPEND";
inline constexpr char kRejected[] = "LEDGER_ENTRY_REJECTED";
inline constexpr char kOrphaned[] = "LEDGER_ORPHANED";
inline constexpr char kStorageOrder[] = "LEDGER_STORAGE_ORDER";
inline constexpr char kRotationUnlisted[] = "LEDGER_KEY_ROTATION_UNLISTED";
// Checkpoint cross-proof.
inline constexpr char kCheckpointReproduced[] = "LEDGER_CHECKPOINT_REPRODUCED";
inline constexpr char kCheckpointDiverges[] = "LEDGER_CHECKPOINT_DIVERGES";
inline constexpr char kCheckpointStorageOrder[] = "LEDGER_CHECKPOINT_STORAGE_ORDER";
} // namespace findingcode

// Whole-state check. `where` names the state ("checkpoint 4", "after entry 17").
Findings checkStateInvariants(const LedgerState &s, const QString &evidence, const FindingText &where);

// Per-entry check from the entry's events and the state after it: conservation of the
// deltas, no negative balance or pool, pool = contributions - payouts for touched groups,
// trust within bounds.
Findings checkEntryInvariants(const LedgerState &after, const ApplyResult &r, const QString &evidence, const FindingText &where,
                              const FindingText &subject);

} // namespace seedscope::ledger
