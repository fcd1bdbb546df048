// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One verdict per evidence from its findings, and the finding that voids a report whose
// evidence changed while it was read. Tampering needs a tampering verdict (evidence
// media damage cannot explain); damage needs damage verdicts and nothing unexplained;
// everything else above info is "unknown", with the findings that make it so.

#include "evidence/EvidenceFile.h"
#include "session/EvidenceSession.h"

namespace seedscope::session {

inline constexpr char kEvidenceChangedDuringRead[] = "EVIDENCE_CHANGED_DURING_READ";

Finding changedFinding(const EvidenceIdentity &identity, const QString &why);
VerdictSummary summarise(const Findings &findings, bool evidenceChanged, int exitCode);

} // namespace seedscope::session
