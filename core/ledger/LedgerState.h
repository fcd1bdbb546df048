// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ledger state a checkpoint holds and a replay produces (docs/ledger-rules.md). Ordered maps keyed by raw id bytes, so iteration order is the canonical
// record order of docs/format/ledger-encoding.md without a sort; the tx_id set, which
// grows with every entry, is a TxSet whose copies share their records.

#include "ledger/TxSet.h"
#include "ledger/Types.h"

#include <map>

namespace seedscope::ledger {

inline constexpr int32_t kTrustDefault = 5000; // 500.0
inline constexpr int32_t kTrustMin = 0;
inline constexpr int32_t kTrustMax = 10000;    // 1000.0

enum class TrustBand { HighRisk, Standard, Reliable, Excellent };
TrustBand trustBand(int32_t tenths); // <1000 high risk, >3000 reliable, >6000 excellent
const char *trustBandName(TrustBand b);

struct AccountState {
    int64_t balance = 0;
    int32_t trust = kTrustDefault; // tenths
    DeviceId owner;                // the device whose key signs spends (16 bytes)
    bool operator==(const AccountState &) const = default;
};

enum class GroupStatus : uint8_t { Open = 1, Completed = 2, Closed = 3 };
const char *groupStatusName(GroupStatus s);

struct GroupState {
    AccountId founder;
    int64_t contribution = 0;
    GroupStatus status = GroupStatus::Open;
    uint32_t cycle = 0;          // the lowest unpaid cycle; cycles below it are paid
    bool started = false;        // a contribution was accepted (joins close)
    int64_t pool = 0;
    int64_t contributedTotal = 0;
    int64_t paidTotal = 0;
    QList<AccountId> members;    // rotation order
    QList<bool> contributed;     // per member: paid into the current cycle
    QList<bool> missed;          // per member: recorded as missed at GROUP_CLOSE
    bool operator==(const GroupState &) const = default;
};

struct SpendMark {
    uint64_t lamport = 0;
    int64_t amount = 0;
    bool operator==(const SpendMark &) const = default;
};

struct LedgerState {
    uint64_t lamport = 0;          // highest Lamport of an accepted entry
    uint64_t journalPosition = 0;  // journal sequence this state covers (set by the caller)
    int64_t totalIssued = 0;       // sum of valid ISSUE amounts (conservation invariant)
    std::map<AccountId, AccountState> accounts;
    std::map<GroupId, GroupState> groups;
    std::map<DeviceId, uint64_t> originSequence; // highest accepted sequence per origin
    TxSet txs;                                   // recorded tx_id -> entryContentHash (shared by copies)
    std::map<AccountId, QList<SpendMark>> windows; // recent TRANSFER spends for the window cap

    bool operator==(const LedgerState &) const = default;
};

} // namespace seedscope::ledger
