// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpInputs.h"

namespace seedscope::ui {

Result<SessionPtr> openDumpSession(const DumpInputs &inputs, const ProgressSink &sink, const StopToken &stop)
{
    auto phase = [&sink, &stop](const QString &name) {
        return Progress(sink ? ProgressSink([sink, name](const ProgressUpdate &u) { sink({name + QLatin1Char('/') + u.stage, u.done, u.total}); })
                             : ProgressSink(),
                        stop);
    };
    session::SessionOptions o;
    o.keyFiles = inputs.keyFiles;
    o.keysDir = inputs.keysDir;
    o.trustStorePath = inputs.trustStorePath;
    auto s = session::EvidenceSession::open(session::EvidenceRef::fromPath(inputs.path), o, phase(QStringLiteral("open")));
    if (!s)
        return s.error();
    if (auto st = (*s)->verify(phase(QStringLiteral("verify"))); !st)
        return st.error();
    if (auto st = (*s)->buildTimeline(phase(QStringLiteral("replay"))); !st)
        return st.error();
    return SessionPtr(*s);
}

} // namespace seedscope::ui
