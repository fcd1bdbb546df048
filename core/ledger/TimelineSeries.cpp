// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/TimelineSeries.h"

namespace seedscope::ledger {

TimelineSeries timelineSeries(const Timeline &timeline)
{
    TimelineSeries s;
    const LedgerState &start = timeline.startState();
    for (const auto &[id, a] : start.accounts)
        s.trust[id].append({start.lamport, -1, a.trust});
    for (const auto &[id, g] : start.groups)
        s.pools[id].append({start.lamport, -1, g.pool});
    for (int i = 0; i < timeline.size(); ++i) {
        const EntryOutcome &o = timeline.outcome(i);
        const uint64_t l = o.lamport;
        for (const Event &e : o.events()) {
            switch (e.kind) {
            case EventKind::Trust: {
                QList<SeriesPoint> &pts = s.trust[e.subject];
                if (pts.isEmpty()) // first seen here: its value before this entry
                    pts.append({l, -1, e.before});
                pts.append({l, i, e.after});
                break;
            }
            case EventKind::Balance:
                if (!s.trust.contains(e.subject)) // accounts appear with the default score
                    s.trust[e.subject].append({l, i, kTrustDefault});
                break;
            case EventKind::Pool: {
                QList<SeriesPoint> &pts = s.pools[e.subject];
                if (pts.isEmpty())
                    pts.append({l, -1, e.before});
                pts.append({l, i, e.after});
                if (e.reason.contains(QStringLiteral("payout")) || e.reason.contains(QStringLiteral("round")))
                    s.transitions.append({l, i, e.subject, e.reason});
                break;
            }
            case EventKind::GroupStatus: s.transitions.append({l, i, e.subject, e.reason}); break;
            case EventKind::Issuance: break;
            }
        }
    }
    return s;
}

} // namespace seedscope::ledger
