// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the examiner chose to open a dump with, and the session core opened from it.
// Paths only: key bytes are never kept.

#include "session/EvidenceSession.h"

#include <QStringList>

#include <memory>

namespace seedscope::ui {

struct DumpInputs {
    QString path;
    QStringList keyFiles;
    QString keysDir;
    QString trustStorePath;
};

// The views only read a session; the tab that opened it runs its stages.
using SessionPtr = std::shared_ptr<const session::EvidenceSession>;

// Opens, verifies and replays a dump through core's EvidenceSession. Progress stages are
// "<phase>/<core stage>" with phase open, verify or replay, so one bar can follow all
// three. Errors: not a Seed dump at all (refused), unreadable file, key file or trust
// store, or Cancelled.
Result<SessionPtr> openDumpSession(const DumpInputs &inputs, const ProgressSink &sink, const StopToken &stop);

} // namespace seedscope::ui
