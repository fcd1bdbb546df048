// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionSeries.h"

#include <QHash>

namespace seedscope::session {

ChartSeries buildChartSeries(const ledger::Timeline &timeline)
{
    ChartSeries out;
    QHash<ledger::Id16, int> trustAt, poolAt;
    for (int c = 0; c < timeline.size(); ++c) {
        const ledger::EntryOutcome &o = timeline.outcome(c);
        const uint64_t lamport = o.lamport;
        for (const ledger::Event &ev : o.events()) {
            switch (ev.kind) {
            case ledger::EventKind::Trust: {
                auto it = trustAt.find(ev.subject);
                if (it == trustAt.end()) {
                    it = trustAt.insert(ev.subject, int(out.trust.size()));
                    TrustSeries s;
                    s.account = ev.subject.toByteArray();
                    s.lamport.append(0); // the value before the first change
                    s.trust.append(int32_t(ev.before));
                    out.trust.append(s);
                }
                TrustSeries &s = out.trust[*it];
                s.lamport.append(lamport);
                s.trust.append(int32_t(ev.after));
                break;
            }
            case ledger::EventKind::Pool: {
                auto it = poolAt.find(ev.subject);
                if (it == poolAt.end()) {
                    it = poolAt.insert(ev.subject, int(out.pools.size()));
                    PoolSeries s;
                    s.group = ev.subject.toByteArray();
                    s.lamport.append(0);
                    s.pool.append(ev.before);
                    out.pools.append(s);
                }
                PoolSeries &s = out.pools[*it];
                s.lamport.append(lamport);
                s.pool.append(ev.after);
                break;
            }
            case ledger::EventKind::GroupStatus:
                out.cycles.append(CycleTransition{ev.subject.toByteArray(), lamport, c, ev.reason, ev.before, ev.after});
                break;
            default:
                break;
            }
        }
    }
    return out;
}

} // namespace seedscope::session
