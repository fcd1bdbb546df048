// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "findings/Finding.h"

#include <QFile>
#include <QJsonObject>

namespace seedscope::cli {

void printJson(QTextStream &out, const QJsonDocument &doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

int usageError(CliContext &ctx, const QString &message)
{
    ctx.err << ctx.program << ": " << message << "\n"
            << "Try '" << ctx.program << " help'.\n";
    ctx.err.flush();
    return exitcode::Usage;
}

std::optional<int> parseArguments(CliContext &ctx, QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
    if (!parser.parse(QStringList{ctx.program} + ctx.args))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
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
            const QJsonObject o{{QStringLiteral("stage"), u.stage}, {QStringLiteral("done"), double(u.done)}, {QStringLiteral("total"), double(u.total)}};
            *e << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n" << Qt::flush;
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
