// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "findings/Finding.h"
#include "util/Escape.h"
#include "util/JsonWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace seedscope::cli {

namespace {

// QCommandLineParser frames every command's help with these; Qt's own catalogue is not
// loaded (it would also translate the parser's error messages, which --json puts in
// English), so Seedscope's catalogue carries them for the help alone.
[[maybe_unused]] const char *const kParserHelpWords[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

// The payload with the envelope's keys added, and the writer options that put them first.
QJsonObject enveloped(const CliContext &ctx, int exitCode, const QJsonObject &payload, JsonWriteOptions &w)
{
    QJsonObject o = payload;
    o.insert(QStringLiteral("command"), ctx.command);
    o.insert(QStringLiteral("schema_version"), kSchemaVersion);
    o.insert(QStringLiteral("exit_code"), exitCode);
    w.leadingKeys = {QStringLiteral("command"), QStringLiteral("schema_version"), QStringLiteral("exit_code")};
    return o;
}

} // namespace

int printEnvelope(CliContext &ctx, int exitCode, const QJsonObject &payload)
{
    JsonWriteOptions w;
    ctx.out << QString::fromUtf8(writeJson(enveloped(ctx, exitCode, payload, w), w));
    ctx.out.flush();
    return exitCode;
}

int printEnvelopeStreaming(CliContext &ctx, int exitCode, const QJsonObject &payload, const QString &streamKey, qsizetype count,
                           const std::function<QJsonValue(qsizetype)> &element)
{
    JsonWriteOptions w;
    // Chunks end between array elements, so no UTF-8 sequence is split.
    writeJsonStreaming(enveloped(ctx, exitCode, payload, w), w, streamKey, count, element,
                       [&](const QByteArray &chunk) { ctx.out << QString::fromUtf8(chunk); });
    ctx.out.flush();
    return exitCode;
}

int fail(CliContext &ctx, int exitCode, const QString &code, const QString &message)
{
    ctx.err << "error: " << terminalSafe(message) << "\n";
    ctx.err.flush();
    if (ctx.json())
        printEnvelope(ctx, exitCode,
                      QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
    return exitCode;
}

int fail(CliContext &ctx, int exitCode, const Error &error)
{
    return fail(ctx, exitCode, QLatin1String(errorCodeName(error.code)), error.message);
}

int usageError(CliContext &ctx, const QString &message)
{
    const QString help
        = ctx.program + QStringLiteral(" help") + (ctx.command.isEmpty() ? QString() : QLatin1Char(' ') + ctx.command);
    ctx.err << ctx.program << ": " << terminalSafe(message) << "\n"
            << QCoreApplication::translate("cli", "Try '%1'.").arg(help) << "\n";
    ctx.err.flush();
    if (ctx.json())
        printEnvelope(ctx, exitcode::Usage,
                      QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("USAGE")},
                                                                       {QStringLiteral("message"), message}}}});
    return exitcode::Usage;
}

QString helpText(const CliContext &ctx, const QCommandLineParser &parser)
{
    // Qt names the binary's full path in the usage line; the user typed the command. The
    // line's words may be translated, so the path is found by itself.
    QString h = parser.helpText();
    const QString binary = QCoreApplication::arguments().value(0);
    const qsizetype eol = h.indexOf(QLatin1Char('\n'));
    const qsizetype at = binary.isEmpty() ? -1 : h.indexOf(binary);
    // `case` runs its actions with program "seedscope-cli case new" and command "case new".
    const QString typed
        = ctx.program.endsWith(ctx.command) ? ctx.program : ctx.program + QLatin1Char(' ') + ctx.command;
    if (at >= 0 && (eol < 0 || at < eol))
        h.replace(at, binary.size(), typed);
    return h;
}

std::optional<int> parseArguments(CliContext &ctx, QCommandLineParser &parser)
{
    parser.addOption(
        { { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("cli", "Show this help.") });
    if (!parser.parse(QStringList{ctx.program} + ctx.args))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << helpText(ctx, parser);
        return exitcode::Clean;
    }
    return std::nullopt;
}

QByteArray CliContext::nativeArg(const QString &value) const
{
    for (qsizetype i = 0; i < args.size() && i < rawArgs.size(); ++i)
        if (args[i] == value)
            return rawArgs[i];
    return QFile::encodeName(value);
}

Progress CliContext::progress()
{
    if (progressMode == QLatin1String("json")) {
        QTextStream *e = &err;
        return Progress([e](const ProgressUpdate &u) {
            const QJsonObject o{{QStringLiteral("stage"), u.stage}, {QStringLiteral("done"), jsonInt(u.done)}, {QStringLiteral("total"), jsonInt(u.total)}};
            JsonWriteOptions w;
            w.indented = false;
            w.leadingKeys = {QStringLiteral("stage"), QStringLiteral("done"), QStringLiteral("total")};
            *e << QString::fromUtf8(writeJson(o, w)) << "\n" << Qt::flush;
        });
    }
    if (progressMode == QLatin1String("bar")) {
        QTextStream *e = &err;
        return Progress([e](const ProgressUpdate &u) {
            constexpr int kWidth = 30;
            const int filled = u.total > 0 ? int(qMin<qint64>(kWidth, u.done * kWidth / u.total)) : 0;
            const QString bar = QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('.'));
            *e << "\r" << u.stage.leftJustified(8) << " [" << bar << "] ";
            if (u.total > 0)
                *e << QString::number(u.done * 100 / u.total).rightJustified(3) << "%";
            else
                *e << u.done;
            if (u.total > 0 && u.done >= u.total)
                *e << "\n";
            *e << Qt::flush;
        });
    }
    return {};
}

} // namespace seedscope::cli
