// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One annotation as JSON, the same in the CLI's answer and in reports: id, kind, target,
// and the fields the annotation has (ref, evidence_sha256, seq, offset, code, label,
// text), 64-bit values exact. Reports add their own context (subject, examiner, time).

#include "casedb/CaseFile.h"

#include <QJsonObject>

namespace seedscope::casedb {

QJsonObject annotationJson(const Annotation &a);

} // namespace seedscope::casedb
