// SPDX-License-Identifier: GPL-3.0-or-later
// `report CASE --format html|pdf|json|csv --out FILE [--fixed-time UTC]`: a case report
// from the case's stored results, annotations and custody log (docs/case-file.md). JSON
// and CSV are byte-identical for the same case and evidence; HTML and PDF carry a
// generation time that --fixed-time pins. PDF is drawn by the seedscope-pdf helper
// beside this program (it links Qt Gui; this program must not). The export is recorded
// in the custody log.
#include "CaseOpen.h"
#include "CommandList.h"

#include "casedb/CaseFile.h"
#include "crypto/Hash.h"
#include "findings/Finding.h"
#include "report/CaseReport.h"
#include "report/ReportFormats.h"
#include "report/ReportCsv.h"
#include "report/ReportHtml.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace seedscope::cli {
namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

// Report model -> PDF through the seedscope-pdf helper next to this executable.
Status renderPdf(const QJsonObject &model, const QString &generatedAt, const QString &out)
{
    const QString helper = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("seedscope-pdf"));
    if (!QFileInfo(helper).isExecutable())
        return makeError(ErrorCode::Unsupported, QStringLiteral("PDF needs %1, which this build does not have").arg(helper));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("no temporary folder for the PDF"));
    const QString modelPath = tmp.filePath(QStringLiteral("report.json"));
    if (auto s = writeFile(modelPath, report::writeJson(model)); !s)
        return s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(helper, {modelPath, generatedAt, out});
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Io, QStringLiteral("seedscope-pdf failed: %1").arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return {};
}

int runReport(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
        "Write a case report: case, examiner, tool version, evidence manifest with hashes, methods, "
        "verdicts and findings, proofs, charts, bookmarks, notes and the custody log."));
    p.addOption({ QStringLiteral("db"),
        QCoreApplication::translate("cli", "Team case: a PostgreSQL connection string in place of CASE."),
        QStringLiteral("URL") });
    p.addOption({ QStringLiteral("format"), QCoreApplication::translate("cli", "html, pdf, json or csv."),
        QStringLiteral("F") });
    p.addOption({ QStringLiteral("out"), QCoreApplication::translate("cli", "The report file to write."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("fixed-time"),
        QCoreApplication::translate(
            "cli", "Generation time to print in HTML/PDF (ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z)."),
        QStringLiteral("UTC") });
    p.addOption({ QStringLiteral("examiner"),
        QCoreApplication::translate("cli", "Who exports (default: the case's examiner)."), QStringLiteral("NAME") });
    p.addOption(
        { QStringLiteral("json"), QCoreApplication::translate("cli", "Print a JSON summary of what was written.") });
    p.addPositionalArgument(QStringLiteral("case"),
        QCoreApplication::translate("cli", "The .seedcase file (omit with --db)."), QStringLiteral("CASE"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    const QString locator = onlyCaseLocator(p);
    if (locator.isEmpty())
        return usageError(ctx, QStringLiteral("report: give one CASE or --db"));
    const QString format = p.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("json"), QStringLiteral("csv")}.contains(format))
        return usageError(ctx, QStringLiteral("report: --format must be html, pdf, json or csv"));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(ctx, QStringLiteral("report: --out FILE is required"));
    QString generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (p.isSet(QStringLiteral("fixed-time"))) {
        const QDateTime t = QDateTime::fromString(p.value(QStringLiteral("fixed-time")), Qt::ISODate);
        if (!t.isValid() || t.offsetFromUtc() != 0)
            return usageError(ctx, QStringLiteral("report: --fixed-time needs an ISO 8601 UTC time such as 2026-01-01T00:00:00Z"));
        generatedAt = t.toUTC().toString(Qt::ISODate);
    }

    auto c = openCase(locator, CaseAccess::ReadWrite);
    if (!c)
        return caseError(ctx, c.error());
    auto model = report::buildCaseReport(**c);
    if (!model)
        return caseError(ctx, model.error());
    Status written;
    if (format == QLatin1String("pdf")) {
        written = renderPdf(*model, generatedAt, out);
    } else {
        auto text = report::writeReport(*model, format, generatedAt); // the format was checked above
        written = text ? writeFile(out, *text) : Status(text.error());
    }
    if (!written)
        return caseError(ctx, written.error());

    QFile f(out);
    const QByteArray outBytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    const QString outSha = toHex(crypto::sha256(outBytes));
    const QString examiner = p.isSet(QStringLiteral("examiner")) ? p.value(QStringLiteral("examiner")) : (*c)->details().examiner;
    if (auto s = (*c)->appendCustody(examiner, QString::fromLatin1(casedb::action::Export),
                                     QJsonObject{{QStringLiteral("format"), format},
                                                 {QStringLiteral("file"), QFileInfo(out).fileName()},
                                                 {QStringLiteral("sha256"), outSha}});
        !s)
        return caseError(ctx, s.error());
    const bool chainOk = model->value(QStringLiteral("custody")).toObject().value(QStringLiteral("chain_intact")).toBool();
    int rc = chainOk ? exitcode::Clean : exitcode::ErrorsOrTamper;
    for (const auto &e : model->value(QStringLiteral("evidence")).toArray())
        if (e.toObject().value(QStringLiteral("integrity")).toString() != QLatin1String("intact"))
            rc = exitcode::ErrorsOrTamper;
    if (p.isSet(QStringLiteral("json")))
        printEnvelope(ctx, QStringLiteral("report"), rc,
                      QJsonObject{{QStringLiteral("format"), format},
                                  {QStringLiteral("out"), out},
                                  {QStringLiteral("bytes"), jsonInt(outBytes.size())},
                                  {QStringLiteral("sha256"), outSha}});
    else
        ctx.out << "wrote " << format << " report " << out << " (" << outBytes.size() << " bytes, sha256 " << outSha << ")\n";
    return rc;
}

} // namespace

const CliCommand kReportCommand { "report", QT_TRANSLATE_NOOP("cli", "Case report as HTML, PDF, JSON or CSV"),
    runReport };

} // namespace seedscope::cli
