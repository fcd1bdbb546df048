// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by `case` and `report`: opens a case from a .seedcase path or, with --db, a
// PostgreSQL connection string (team cases), and the JSON envelope every case command
// prints.

#include "CliCommand.h"

#include "casedb/CaseFile.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace seedscope::cli {

enum class CaseAccess { ReadOnly, ReadWrite, Create };

// Where the case is: the --db value when set, else the first positional argument
// (which is then removed from `positional`). Empty when neither was given.
QString caseLocator(const QCommandLineParser &p, QStringList &positional);
// The case for commands that take nothing else: --db, or exactly one CASE argument; empty
// when the arguments are not that (the caller reports the usage error).
QString onlyCaseLocator(const QCommandLineParser &p);

Result<std::unique_ptr<casedb::CaseBackend>> openCaseBackend(const QString &locator, CaseAccess access);
Result<std::unique_ptr<casedb::CaseFile>> openCase(const QString &locator, CaseAccess access);

// {"command", "schema_version": 1, "exit_code", ...payload}
void printEnvelope(CliContext &ctx, const QString &command, int exitCode, const QJsonObject &payload);

// Prints "error: ..." (and with --json the error envelope under the top command's name)
// and returns exit code 3 (the case could not be used).
int caseError(CliContext &ctx, const Error &error);

// Options every `case` action takes: --db, --examiner, --json.
void addCaseOptions(QCommandLineParser &p);
// --examiner when given, else the case's examiner.
QString caseExaminer(const QCommandLineParser &p, const casedb::CaseFile &c);
// Opens for writing and re-checks the evidence, logging the open. Changed evidence is a
// critical finding printed on stderr (and in the custody log, and appended to `changed`
// when given); the action still runs.
Result<std::unique_ptr<casedb::CaseFile>> openCaseForWrite(CliContext &ctx, const QString &locator, const QString &examinerOverride,
                                                           QJsonArray *changed);
// EVIDENCE as given by the examiner: a SHA-256 (or a unique prefix of 8+), a name or a
// path; its SHA-256.
Result<QString> resolveEvidence(casedb::CaseFile &c, const QString &given);

// `case note|bookmark|tag` (case_annotate.cpp).
int runCaseAnnotation(CliContext &ctx, const QString &kind);

} // namespace seedscope::cli
