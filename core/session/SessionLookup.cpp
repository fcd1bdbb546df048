// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionLookup.h"

namespace seedscope::session {

int recordContaining(const EvidenceSession &session, qint64 offset)
{
    if (offset < 0)
        return -1;
    // Records are indexed by offset (storage order): the last one starting at or before it.
    int lo = 0, hi = session.recordCount() - 1, best = -1;
    while (lo <= hi) {
        const int mid = lo + (hi - lo) / 2;
        if (session.record(mid).offset <= offset) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (best < 0)
        return -1;
    const RecordSummary r = session.record(best);
    return offset < r.offset + std::max<qint64>(r.length, 1) ? best : -1;
}

int entryChanging(const EvidenceSession &session, uint64_t lamport, const QByteArray &subject)
{
    // Canonical order is by Lamport time first, so the entries at `lamport` are contiguous.
    int lo = 0, hi = session.entryCount() - 1, first = -1;
    while (lo <= hi) {
        const int mid = lo + (hi - lo) / 2;
        const auto o = session.outcome(mid);
        if (o && o->lamport >= lamport) {
            first = mid;
            hi = mid - 1;
        } else {
            lo = mid + 1;
        }
    }
    if (first < 0)
        return -1;
    for (int c = first; c < session.entryCount(); ++c) {
        const auto o = session.outcome(c);
        if (!o || o->lamport != lamport)
            break;
        for (const ledger::Event &e : o->events())
            if (e.subject == subject)
                return c;
    }
    const auto o = session.outcome(first);
    return o && o->lamport == lamport ? first : -1;
}

} // namespace seedscope::session
