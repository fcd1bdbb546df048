// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal table's filter and sort, run in core over a session's record index so no
// view ever scans a journal on its own thread. One pass over recordCount() records
// (each read through EvidenceSession::record(), which touches no record bytes beyond the
// entry's accounts and amount), then one sort; the stop token is polled every few
// thousand records, so a cancel or a newer request takes effect at once.

#include "session/EvidenceSession.h"

#include <vector>

namespace seedscope::session {

// What the examiner narrowed the journal to. Default: every record, in storage order.
struct RecordCriteria {
    enum class Order { Storage, Canonical, Seq, Lamport, Device, Type, Amount, Status, Signature, Trust, Findings };
    QString account;              // hex prefix of the from or to account (case-insensitive)
    int recordType = -1;          // dump::RecordType value, -1 = any
    int entryType = -1;           // ledger::EntryType value, -1 = any
    int status = -1;              // ledger::EntryStatus value, -1 = any; kNotReplayed = records without a replay status
    bool withFindingsOnly = false;
    uint64_t lamportMin = 0;
    uint64_t lamportMax = UINT64_MAX;
    QString search;               // in seq, Lamport, kind or type, accounts (hex) or status name
    Order order = Order::Storage;
    bool descending = false;

    static constexpr int kNotReplayed = -2;
    bool filters() const;         // true when any criterion narrows the rows
};

class RecordFilter {
public:
    // Storage indices of the records that meet `c`, in the requested order (ties in
    // storage order). ErrorCode::Cancelled when the token trips.
    static Result<std::vector<int>> run(const EvidenceSession &session, const RecordCriteria &c,
                                        const Progress &progress = {});
    // True when one record meets the criteria (the order is ignored).
    static bool matches(const RecordSummary &r, const RecordCriteria &c);
};

} // namespace seedscope::session
