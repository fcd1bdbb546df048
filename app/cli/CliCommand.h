// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A subcommand of seedscope-cli. Each lives in its own file under commands/ and exposes
// one CliCommand constant; main.cpp lists them. Output goes through the context's
// streams so tests can capture it; results are printed, never re-derived here.

#include "util/Progress.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace seedscope::cli {

struct CliContext {
    QString program;     // "seedscope-cli"
    QStringList args;    // arguments after the subcommand name
    QTextStream &out;
    QTextStream &err;
    bool stderrIsTerminal = false; // progress goes to stderr only when a person watches
    // The arguments as the operating system passed them (same positions as args): file
    // names that are not valid UTF-8 survive here and nowhere else.
    QList<QByteArray> rawArgs = {};
    // --progress[=bar|json|none] (any command, stripped before the command parses):
    // "bar" (the default on a terminal), "json" (one object per line), "none".
    QString progressMode = {};

    // The native bytes of a file-name argument (rawArgs at the same position), or the
    // locally encoded name when it is not an argument as given.
    QByteArray nativeArg(const QString &value) const;
    // Progress that draws on stderr as progressMode says; stages end with a newline.
    Progress progress();
};

struct CliCommand {
    const char *name;
    const char *summary; // one line for `help`
    int (*run)(CliContext &ctx);
};

// Shared by every command: prints a JSON document (indented, trailing newline).
void printJson(QTextStream &out, const QJsonDocument &doc);
// Prints "error: <message>" on stderr and returns the usage exit code.
int usageError(CliContext &ctx, const QString &message);
// Adds -h/--help and parses the command's arguments. Returns the exit code to stop with
// (a usage error, or 0 after printing the help), or nothing when the command should run.
std::optional<int> parseArguments(CliContext &ctx, QCommandLineParser &parser);

} // namespace seedscope::cli
