// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small lookups over an open session for views that start from an offset or a chart
// point: which record holds a byte, which entry set a charted value. Each is a binary
// search over the session's index or timeline (a few dozen accessor calls).

#include "session/EvidenceSession.h"

namespace seedscope::session {

// Storage index of the journal record whose footprint holds `offset`, or -1.
int recordContaining(const EvidenceSession &session, qint64 offset);

// Canonical index of the entry at `lamport` whose events changed `subject` (an account
// or group), or the first entry at that Lamport time when none names it; -1 when the
// timeline has no entry there.
int entryChanging(const EvidenceSession &session, uint64_t lamport, const QByteArray &subject);

} // namespace seedscope::session
