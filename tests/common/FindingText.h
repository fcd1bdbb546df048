// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One line naming every finding as CODE@offset(severity,verdict), for test failure
// messages: what a failed expectation was up against, in the order the layer reported it.

#include "findings/Finding.h"

#include <QStringList>

namespace seedscope::testing {

inline QString findingText(const Findings &findings)
{
    QStringList s;
    for (const Finding &f : findings)
        s << QStringLiteral("%1@%2(%3,%4)").arg(f.code).arg(f.offset).arg(QLatin1String(severityName(f.severity)),
                                                                          QLatin1String(verdictName(f.verdict)));
    return s.join(QLatin1Char(' '));
}

} // namespace seedscope::testing
