// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chart data for a dump's ledger over Lamport time, computed in core from the replay's
// events (the UI only draws these): per-account trust, per-group pool, and group status
// / cycle transitions.

#include "ledger/Replay.h"
#include "session/EvidenceSession.h"

namespace seedscope::session {

struct ChartSeries {
    QList<TrustSeries> trust;      // accounts in first-change order
    QList<PoolSeries> pools;       // groups in first-change order
    QList<CycleTransition> cycles; // in canonical order
};

ChartSeries buildChartSeries(const ledger::Timeline &timeline);

} // namespace seedscope::session
