// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A subcommand of seedscope-cli. Each lives in its own file under commands/ and exposes
// one CliCommand constant; main.cpp lists them. Output goes through the context's
// streams so tests can capture it; results are printed, never re-derived here.
// Every `--json` output is one object opening with the same envelope (docs/cli.md):
// "command", "schema_version", "exit_code", then the command's payload; errors included.

#include "util/Result.h"

#include "util/Progress.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace seedscope::cli {

inline constexpr int kSchemaVersion = 1;

struct CliContext {
    QString program;     // "seedscope-cli"
    QStringList args;    // arguments after the subcommand name
    QTextStream &out;
    QTextStream &err;
    bool stderrIsTerminal = false; // progress goes to stderr only when a person watches
    QString command = {}; // the subcommand's name, for the envelope and usage lines
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

    bool json() const { return args.contains(QStringLiteral("--json")); }
};

struct CliCommand {
    const char *name;
    const char *summary; // one line for `help`
    int (*run)(CliContext &ctx);
};

// Prints the payload inside the envelope (exact integers, stable key order: the envelope
// first, then the payload's keys sorted) and returns exitCode.
int printEnvelope(CliContext &ctx, int exitCode, const QJsonObject &payload);
// The same envelope with one top-level array written element by element as it is
// generated (a replay's entries), byte-identical to printEnvelope of the whole object.
int printEnvelopeStreaming(CliContext &ctx, int exitCode, const QJsonObject &payload, const QString &streamKey, qsizetype count,
                           const std::function<QJsonValue(qsizetype)> &element);
// An error that stops the command: "error: <message>" on stderr and, with --json, the
// envelope with "error": {"code", "message"} on stdout. Returns exitCode.
int fail(CliContext &ctx, int exitCode, const QString &code, const QString &message);
// The same for an error value from core (its ErrorCode name is the JSON code).
int fail(CliContext &ctx, int exitCode, const Error &error);
// A usage error: the message and a pointer to `seedscope-cli help <command>` on stderr
// (and the JSON error object with --json); returns the usage exit code.
int usageError(CliContext &ctx, const QString &message);
// Adds -h/--help and parses the command's arguments. Returns the exit code to stop with
// (a usage error, or 0 after printing the help), or nothing when the command should run.
std::optional<int> parseArguments(CliContext &ctx, QCommandLineParser &parser);
// The parser's help with its usage line naming `seedscope-cli <command>`, not the binary.
QString helpText(const CliContext &ctx, const QCommandLineParser &parser);

} // namespace seedscope::cli
