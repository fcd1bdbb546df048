// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checkpoint state as records (docs/format/ledger-encoding.md "State records"): the
// FULL payload, the DELTA payload and the state_root Merkle tree all use the same
// records in the same order (kind, then key bytewise), so one balance can be proven
// with an inclusion proof and a delta names exactly the records it changes.

#include "ledger/LedgerState.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace seedscope::ledger {

enum class RecordKind : uint8_t { Meta = 1, Account = 2, Group = 3, Origin = 4, Tx = 5, Window = 6 };
const char *recordKindName(RecordKind k); // "META", "ACCOUNT", ...
int recordKeySize(RecordKind k);           // 0 for META, 16 otherwise

struct StateRecord {
    RecordKind kind = RecordKind::Meta;
    QByteArray key;   // 0 or 16 bytes
    QByteArray value; // kind-specific, see the format doc
    // kind (1 byte) || key || value: what the Merkle leaf hashes.
    QByteArray leafBytes() const;
    bool operator==(const StateRecord &) const = default;
};

// All records of a state, in canonical order (exactly one META first).
QList<StateRecord> stateRecords(const LedgerState &s);
Result<LedgerState> stateFromRecords(const QList<StateRecord> &records);
QList<QByteArray> stateLeafHashes(const QList<StateRecord> &records);
QByteArray stateRoot(const LedgerState &s);
// Index of (kind, key) in stateRecords(), -1 when absent.
qsizetype findRecord(const QList<StateRecord> &records, RecordKind kind, const QByteArray &key);
// Decodes one record's value into a readable JSON-able description (proofs, reports).
Result<StateRecord> parseLeaf(QByteArrayView leafBytes);

QByteArray encodeFullState(const LedgerState &s);
Result<LedgerState> decodeFullState(QByteArrayView bytes);

QByteArray encodeDelta(const LedgerState &base, const LedgerState &next);
// Checks the base root, every op's prior-value hash and the result root.
Result<LedgerState> applyDelta(const LedgerState &base, QByteArrayView delta);

// Records that differ between two states (the checkpoint cross-proof names them).
struct RecordDiff {
    RecordKind kind = RecordKind::Meta;
    QByteArray key;
    QByteArray expectedValue; // empty when absent
    QByteArray foundValue;    // empty when absent
    bool expectedPresent = false;
    bool foundPresent = false;
};
QList<RecordDiff> diffStates(const LedgerState &expected, const LedgerState &found);

} // namespace seedscope::ledger
