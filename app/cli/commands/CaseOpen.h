// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by `case` and `report`: opens a case from a .seedcase path or, with --db, a
// PostgreSQL connection string (team cases), and the JSON envelope every case command
// prints.

#include "CliCommand.h"

#include "casedb/CaseFile.h"
#include "util/Result.h"

#include <QCommandLineParser>
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

// Prints "error: ..." and returns exit code 3 (the case could not be used).
int caseError(CliContext &ctx, const Error &error);

} // namespace seedscope::cli
