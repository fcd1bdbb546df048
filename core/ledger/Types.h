// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ledger domain types (docs/ledger-rules.md, docs/format/ledger-encoding.md). One Entry
// struct carries every entry type: the fields a type does not use stay at their defaults
// and are neither encoded nor compared. Amounts are int64 minor units, trust is integer
// tenths of a point: nothing in the ledger is ever a float.

#include "ledger/Id16.h"

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace seedscope::ledger {

inline constexpr int kIdSize = 16;
using DeviceId = Id16;  // first 16 bytes of SHA-256(device public key)
using AccountId = Id16;
using TxId = Id16;
using GroupId = Id16;

enum class EntryType : uint8_t {
    Transfer = 1,
    Issue = 2,
    GroupCreate = 3,
    GroupJoin = 4,
    GroupContribute = 5,
    GroupPayout = 6,
    GroupClose = 7,
    TrustEvent = 8,
    KeyRotation = 9,
};
const char *entryTypeName(EntryType t); // "TRANSFER", "ISSUE", ...
bool isKnownEntryType(uint8_t t);

// Reasons carried by TRUST_EVENT entries; each has one fixed delta (tenths).
enum class TrustReason : uint8_t {
    LoanRepaidOnTime = 1,  // +5.0
    LoanRepaidEarly = 2,   // +7.0
    LoanMissed = 3,        // -15.0
    LoanDelayed = 4,       // -8.0
    IntegrityCheck = 5,    // +3.0
    IntegrityFailed = 6,   // -25.0
    KeyReset = 7,          // -40.0
    RelayCredit = 8,       // +0.2
};
// The delta in tenths a TRUST_EVENT with this reason must carry; 0 with ok=false when unknown.
int32_t trustReasonDelta(uint8_t reason, bool *ok);
const char *trustReasonName(uint8_t reason);

inline constexpr int kMaxGroupMembers = 64;

struct Entry {
    // Common header (every type).
    TxId txId;                 // 16
    EntryType type = EntryType::Transfer;
    DeviceId origin;           // 16: the device whose key signs
    uint64_t lamport = 0;
    uint64_t sequence = 0;     // per-origin, strictly increasing
    TxId dependsOn;            // absent, or the tx_id this entry needs applied first

    // Type-specific body (see docs/format/ledger-encoding.md for which type uses what).
    AccountId from;            // TRANSFER sender; GROUP_CREATE/CLOSE founder; GROUP_JOIN/CONTRIBUTE member
    AccountId to;              // TRANSFER receiver; ISSUE account; GROUP_PAYOUT recipient; TRUST_EVENT subject
    DeviceId owner;            // ISSUE: the device that controls the credited account
    GroupId group;             // GROUP_*; TRUST_EVENT (16 zero bytes = from the network authority)
    int64_t amount = 0;        // TRANSFER, ISSUE, GROUP_CONTRIBUTE, GROUP_PAYOUT; GROUP_CREATE: contribution
    uint32_t cycle = 0;        // GROUP_CONTRIBUTE, GROUP_PAYOUT
    QList<AccountId> members;  // GROUP_CREATE: rotation order, 1..64
    uint8_t trustReason = 0;   // TRUST_EVENT
    int32_t trustDelta = 0;    // TRUST_EVENT, tenths
    PublicKey32 newPublicKey;  // KEY_ROTATION
    uint64_t validFromLamport = 0; // KEY_ROTATION

    Signature64 signature;     // over entrySignedBytes()

    bool operator==(const Entry &) const = default;
};

} // namespace seedscope::ledger
