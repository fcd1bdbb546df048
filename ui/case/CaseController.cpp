// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CaseController.h"

#include "PdfReport.h"
#include "casedb/SqliteBackend.h"
#include "crypto/Hash.h"
#include "report/CaseReport.h"
#include "report/ReportFormats.h"
#include "report/ReportCsv.h"
#include "report/ReportHtml.h"
#include "util/Hex.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace seedscope::ui {

CaseController::CaseController(QObject *parent) : QObject(parent) {}

CaseController::~CaseController() = default;

QString CaseController::examiner() const
{
    if (!m_examiner.isEmpty())
        return m_examiner;
    return m_case ? m_case->details().examiner : QString();
}

Status CaseController::createCase(const QString &path, const casedb::CaseDetails &details)
{
    auto b = casedb::SqliteBackend::open(path, casedb::SqliteBackend::Mode::Create);
    if (!b)
        return b.error();
    auto c = casedb::CaseFile::create(std::move(*b), details);
    if (!c)
        return c.error();
    return adopt(std::move(*c), path, false);
}

Status CaseController::openCase(const QString &path)
{
    auto b = casedb::SqliteBackend::open(path, casedb::SqliteBackend::Mode::ReadWrite);
    if (!b)
        return b.error();
    auto c = casedb::CaseFile::open(std::move(*b));
    if (!c)
        return c.error();
    return adopt(std::move(*c), path, true);
}

Status CaseController::adopt(std::unique_ptr<casedb::CaseFile> c, const QString &path, bool logOpen)
{
    m_case = std::move(c);
    m_path = path;
    m_examiner.clear();
    m_checks.clear();
    if (logOpen) {
        // Re-hash every item and log the open (a changed item gets its own record).
        auto checks = m_case->checkAndLogEvidence(examiner());
        if (!checks)
            return checks.error();
        for (const casedb::EvidenceCheck &chk : *checks)
            m_checks.insert(chk.evidence.sha256, chk);
    }
    refresh(!logOpen);
    return {};
}

void CaseController::closeCase()
{
    m_case.reset();
    m_path.clear();
    m_rows.clear();
    m_checks.clear();
    Q_EMIT caseChanged();
}

void CaseController::refresh(bool rehash)
{
    m_rows.clear();
    if (m_case) {
        auto items = m_case->evidence();
        QList<casedb::EvidenceRecord> unchecked;
        for (const casedb::EvidenceRecord &e : items ? *items : QList<casedb::EvidenceRecord>())
            if (rehash || !m_checks.contains(e.sha256))
                unchecked << e;
        for (const casedb::EvidenceCheck &chk : m_case->checkEvidence(unchecked))
            m_checks.insert(chk.evidence.sha256, chk);
        for (const casedb::EvidenceRecord &e : items ? *items : QList<casedb::EvidenceRecord>()) {
            CaseEvidenceRow row;
            row.evidence = e;
            const casedb::EvidenceCheck chk = m_checks.value(e.sha256);
            row.intact = chk.intact;
            row.problem = chk.problem;
            row.verdict = QStringLiteral("not verified");
            auto cached = m_case->cachedResult(e.sha256, casedb::CaseFile::toolVersion(), casedb::resultKindFor(e.kind));
            if (cached && cached->has_value()) {
                const QJsonArray findings = (**cached).payload.value(QStringLiteral("findings")).toArray();
                row.cached = true;
                row.findings = int(findings.size());
                row.verdict = report::overallVerdict(findings);
            }
            m_rows.append(row);
        }
    }
    Q_EMIT caseChanged();
}

Result<casedb::ImportOutcome> CaseController::addEvidence(const QString &path, const casedb::ImportInputs &inputs)
{
    if (!m_case)
        return makeError(ErrorCode::InvalidArgument, tr("no case is open"));
    auto params = casedb::recordInputs(*m_case, inputs, examiner());
    if (!params)
        return params.error();
    auto out = casedb::importEvidence(*m_case, path, inputs, *params, examiner());
    refresh(false);
    return out;
}

Result<qint64> CaseController::annotate(const casedb::Annotation &annotation)
{
    if (!m_case)
        return makeError(ErrorCode::InvalidArgument, tr("no case is open"));
    auto id = m_case->addAnnotation(annotation, examiner());
    refresh(false);
    return id;
}

Status CaseController::exportReport(const QString &format, const QString &outPath, const QString &generatedAtUtc)
{
    if (!m_case)
        return makeError(ErrorCode::InvalidArgument, tr("no case is open"));
    auto model = report::buildCaseReport(*m_case);
    if (!model)
        return model.error();
    const QString when = generatedAtUtc.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : generatedAtUtc;
    if (format == QLatin1String("pdf")) {
        if (auto s = reportpdf::writePdf(*model, when, outPath); !s)
            return s;
    } else {
        auto text = report::writeReport(*model, format, when);
        if (!text)
            return text.error();
        const QByteArray &bytes = *text;
        QSaveFile f(outPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(outPath, f.errorString()));
    }
    QFile written(outPath);
    const QByteArray outBytes = written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray();
    // The same record `report` writes from the command line.
    Status s = m_case->appendCustody(examiner(), QString::fromLatin1(casedb::action::Export),
                                     QJsonObject{{QStringLiteral("format"), format},
                                                 {QStringLiteral("file"), QFileInfo(outPath).fileName()},
                                                 {QStringLiteral("sha256"), toHex(crypto::sha256(outBytes))}});
    refresh(false);
    return s;
}

QList<casedb::CustodyRecord> CaseController::custodyLog() const
{
    if (!m_case)
        return {};
    auto log = m_case->custodyLog();
    return log ? *log : QList<casedb::CustodyRecord>();
}

QString CaseController::chainProblem() const
{
    if (!m_case)
        return {};
    auto log = m_case->custodyLog();
    if (!log)
        return log.error().message;
    const auto brk = casedb::verifyChain(*log);
    return brk ? tr("record %1: %2").arg(brk->seq).arg(brk->reason) : QString();
}

} // namespace seedscope::ui
