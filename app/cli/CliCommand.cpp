// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "findings/Finding.h"

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

} // namespace seedscope::cli
