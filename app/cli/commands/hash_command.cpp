// SPDX-License-Identifier: GPL-3.0-or-later
// `hash FILE...`: open evidence read-only and print its identity (size, SHA-256, mtime).
// The first step of any acquisition record; also what the custody log stores.
#include "CommandList.h"

#include "evidence/EvidenceFile.h"
#include "findings/Finding.h"
#include "util/Escape.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

int runHash(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Print size, SHA-256 and modification time of evidence files (read-only)."));
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.") });
    p.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("cli", "Evidence files."), QStringLiteral("FILE..."));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("hash: no file given"));

    int rc = exitcode::Clean;
    QJsonArray items, errors;
    for (const QString &path : p.positionalArguments()) {
        auto ev = EvidenceFile::open(path);
        if (!ev) {
            ctx.err << "error: " << terminalSafe(ev.error().message) << "\n";
            errors.append(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("code"), QLatin1String(errorCodeName(ev.error().code))},
                                      {QStringLiteral("message"), ev.error().message}});
            rc = exitcode::Unreadable;
            continue;
        }
        const EvidenceIdentity &id = (*ev)->identity();
        if (p.isSet(QStringLiteral("json"))) {
            items.append(QJsonObject{{QStringLiteral("path"), id.path},
                                     {QStringLiteral("size"), jsonInt(id.size)},
                                     {QStringLiteral("sha256"), toHex(id.sha256)},
                                     {QStringLiteral("modified"), id.modified.toString(Qt::ISODateWithMs)}});
        } else {
            ctx.out << toHex(id.sha256) << "  " << id.size << "  " << terminalSafe(id.path) << "\n";
        }
    }
    if (p.isSet(QStringLiteral("json")))
        printEnvelope(ctx, rc, QJsonObject{{QStringLiteral("files"), items}, {QStringLiteral("errors"), errors}});
    return rc;
}

} // namespace

const CliCommand kHashCommand { "hash",
    QT_TRANSLATE_NOOP("cli", "Hash evidence files read-only (size, SHA-256, mtime)"), runHash };

} // namespace seedscope::cli
