// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpInputs.h"

namespace seedscope::ui {

Result<SessionPtr> openDumpSession(const DumpInputs &inputs, const Progress &progress)
{
    session::SessionOptions o;
    o.keyFiles = inputs.keyFiles;
    o.keysDir = inputs.keysDir;
    o.trustStorePath = inputs.trustStorePath;
    auto s = session::EvidenceSession::open(session::EvidenceRef::fromPath(inputs.path), o, progress);
    if (!s)
        return s.error();
    if (auto st = (*s)->verify(progress); !st)
        return st.error();
    if (auto st = (*s)->buildTimeline(progress); !st)
        return st.error();
    return SessionPtr(*s);
}

} // namespace seedscope::ui
