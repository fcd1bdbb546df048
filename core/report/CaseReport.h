// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report model of a case: one JSON object that every writer (JSON, CSV, HTML here in
// core; PDF in app/pdf) renders, so all formats say the same thing. It is built from the
// case's stored data only (cached results, annotations, custody log) plus a fresh re-hash
// of the evidence, and holds no wall-clock time of its own: the same case and evidence
// give the same model, byte for byte (docs/case-file.md "Reports").

#include "casedb/CaseFile.h"

#include <QJsonObject>

namespace seedscope::report {

// 2: exact 64-bit integers; annotations name their target ("tags" replaces "annotations").
inline constexpr int kReportVersion = 2;

Result<QJsonObject> buildCaseReport(casedb::CaseFile &caseFile);

// Findings, root causes first: when findings carry a "cause" key, those whose cause is
// null lead; then by severity (critical first), offset, code.
QJsonArray orderFindings(const QJsonArray &findings);

// "tampering", "corruption", "unknown", "torn_tail" (worst damage verdict among the
// findings), else "errors", "warnings" or "clean" by worst severity.
QString overallVerdict(const QJsonArray &findings);

QByteArray writeJson(const QJsonObject &report);

} // namespace seedscope::report
