// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chartable series from a replay timeline: each account's trust score and each group's
// pool over Lamport time, and every group status or cycle transition. Read straight off
// the events the timeline recorded, so a chart shows exactly what replay computed.

#include "ledger/Replay.h"

#include <QMap>

namespace seedscope::ledger {

struct SeriesPoint {
    uint64_t lamport = 0;
    int canonicalIndex = -1;   // the entry that set the value; -1 = the start state
    int64_t value = 0;         // trust in tenths, or pool in minor units
};

struct GroupTransition {
    uint64_t lamport = 0;
    int canonicalIndex = -1;
    GroupId group;
    QString reason;            // the event's reason, e.g. "round_completed"
};

struct TimelineSeries {
    QMap<AccountId, QList<SeriesPoint>> trust; // every account that holds a trust score
    QMap<GroupId, QList<SeriesPoint>> pools;
    QList<GroupTransition> transitions;        // group status changes and cycle completions
};

TimelineSeries timelineSeries(const Timeline &timeline);

} // namespace seedscope::ledger
