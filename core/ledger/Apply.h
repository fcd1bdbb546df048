// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The validation pipeline of docs/ledger-rules.md, applied to one entry at a time. The
// reference device calls applyEntry (or applyBatch) for the entries it stores, and the
// replay engine calls the same code, so device state == replay state by construction.

#include "ledger/LedgerState.h"
#include "ledger/Network.h"

#include <QString>

namespace seedscope::ledger {

enum class EntryStatus : uint8_t { Valid, Rejected, Duplicate, Pending, Orphaned };
const char *entryStatusName(EntryStatus s);

enum class RejectReason : uint8_t {
    None,
    BadFormat,
    ConflictingDuplicate,
    UnknownKey,
    SignatureInvalid,
    Unauthorized,
    Replayed,
    ClockDrift,
    InsufficientFunds,
    UnknownAccount,
    OwnerMismatch,
    GroupUnknown,
    GroupExists,
    GroupNotOpen,
    GroupNotMember,
    GroupAlreadyMember,
    GroupJoinClosed,
    GroupWrongAmount,
    GroupWrongCycle,
    GroupAlreadyContributed,
    GroupIncompleteCycle,
    GroupWrongRecipient,
    GroupAlreadyPaid,
    LimitExceeded,
};
const char *rejectReasonName(RejectReason r); // "BAD_FORMAT", ...

enum class EventKind { Balance, Pool, GroupStatus, Trust, Issuance };
const char *eventKindName(EventKind k);

// One state change an entry caused (charts, tables and reports consume these).
struct Event {
    EventKind kind = EventKind::Balance;
    TxId txId;          // the entry that caused it
    Id16 subject;       // account id (Balance, Trust), group id (Pool, GroupStatus), absent (Issuance)
    int64_t before = 0; // balance, pool, trust tenths, status code or total issued
    int64_t after = 0;
    QString reason;     // "transfer_sent", "double_spend", "round_completed", ...
    bool operator==(const Event &) const = default;
};

enum class SignatureStatus : uint8_t { Valid, UnknownKey, Invalid };

struct SignatureVerdict {
    SignatureStatus status = SignatureStatus::Invalid;
    bool certified = false; // the key that verified was certified by the network authority
};

// Stage 3's crypto half, pure and thread-safe (the replay runs it in parallel up front).
SignatureVerdict verifyEntrySignature(const Entry &e, const KeyDirectory &keys);

struct ApplyResult {
    EntryStatus status = EntryStatus::Valid;
    RejectReason reason = RejectReason::None;
    QString detail;        // one sentence: why
    bool trusted = false;  // signature by a certified key (meaningful once past stage 3)
    bool doubleSpend = false;
    QList<Event> events;
};

// Stage 1 alone (no state needed): BAD_FORMAT with a detail, or None.
RejectReason structuralCheck(const Entry &e, QString *detail = nullptr);

// Applies one entry. `verdict` may carry a precomputed signature check; when null it is
// computed here. Rejected, duplicate and pending entries change nothing but trust
// (rejections attributable to a signing account cost trust, docs/ledger-rules.md).
ApplyResult applyEntry(LedgerState &state, const Entry &e, const KeyDirectory &keys, const NetworkParams &params,
                       const SignatureVerdict *verdict = nullptr);

// The window-cap rule of stage 6 (docs/ledger-rules.md): what `account` spent in TRANSFERs
// accepted within the window that ends at `lamport`, and what it may still spend in one
// transfer there (balance, per-transaction cap and the rest of the window cap). The
// simulator's wallets ask the same question before they sign, so an honest device never
// creates an entry the ledger rejects.
int64_t windowSpent(const LedgerState &state, const AccountId &account, uint64_t lamport, const NetworkParams &params);
int64_t spendableNow(const LedgerState &state, const AccountId &account, uint64_t lamport, const NetworkParams &params);

// Canonical order: (lamport, origin bytewise, tx_id bytewise).
bool canonicalLess(const Entry &a, const Entry &b);
// Sorts canonically and applies; results are in canonical order with the index of each
// entry in the input list.
struct BatchItem {
    int inputIndex = -1;
    ApplyResult result;
};
QList<BatchItem> applyBatch(LedgerState &state, const QList<Entry> &entries, const KeyDirectory &keys,
                            const NetworkParams &params);

} // namespace seedscope::ledger
