// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseOpen.h"

#include "casedb/SqliteBackend.h"
#include "findings/Finding.h"

#include <QFileInfo>

#ifdef SEEDSCOPE_HAVE_POSTGRES
#include "casedb_pg/PgBackend.h"
#endif

namespace seedscope::cli {

QString caseLocator(const QCommandLineParser &p, QStringList &positional)
{
    if (p.isSet(QStringLiteral("db")))
        return p.value(QStringLiteral("db"));
    if (positional.isEmpty())
        return {};
    return positional.takeFirst();
}

QString onlyCaseLocator(const QCommandLineParser &p)
{
    QStringList pos = p.positionalArguments();
    const QString locator = caseLocator(p, pos);
    return pos.isEmpty() ? locator : QString();
}

Result<std::unique_ptr<casedb::CaseBackend>> openCaseBackend(const QString &locator, CaseAccess access)
{
    if (locator.startsWith(QLatin1String("postgresql://")) || locator.startsWith(QLatin1String("postgres://"))) {
#ifdef SEEDSCOPE_HAVE_POSTGRES
        auto b = casedb::PgBackend::connect(locator, access == CaseAccess::ReadOnly);
        if (!b)
            return b.error();
        return std::unique_ptr<casedb::CaseBackend>(std::move(*b));
#else
        return makeError(ErrorCode::Unsupported, QStringLiteral("this seedscope-cli was built without PostgreSQL support (libpq)"));
#endif
    }
    const auto mode = access == CaseAccess::ReadOnly   ? casedb::SqliteBackend::Mode::ReadOnly
                      : access == CaseAccess::Create ? casedb::SqliteBackend::Mode::Create
                                                     : casedb::SqliteBackend::Mode::ReadWrite;
    auto b = casedb::SqliteBackend::open(locator, mode);
    if (!b)
        return b.error();
    return std::unique_ptr<casedb::CaseBackend>(std::move(*b));
}

Result<std::unique_ptr<casedb::CaseFile>> openCase(const QString &locator, CaseAccess access)
{
    auto b = openCaseBackend(locator, access);
    if (!b)
        return b.error();
    return casedb::CaseFile::open(std::move(*b));
}

void printEnvelope(CliContext &ctx, const QString &command, int exitCode, const QJsonObject &payload)
{
    // The shared envelope (exact integers, stable key order) under this command's name.
    const QString own = ctx.command;
    ctx.command = command;
    cli::printEnvelope(ctx, exitCode, payload);
    ctx.command = own;
}

int caseError(CliContext &ctx, const Error &error)
{
    // "case note" -> "case": the envelope names the command, as for a successful run.
    const QString own = ctx.command;
    ctx.command = own.section(QLatin1Char(' '), 0, 0);
    const int rc = fail(ctx, exitcode::Unreadable, error);
    ctx.command = own;
    return rc;
}

void addCaseOptions(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("db"),
        QCoreApplication::translate(
            "cli", "Team case: a PostgreSQL connection string (postgresql://...) in place of CASE."),
        QStringLiteral("URL") });
    p.addOption({ QStringLiteral("examiner"),
        QCoreApplication::translate("cli", "Who performs this action (default: the case's examiner)."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON (docs/case-file.md).") });
}

QString caseExaminer(const QCommandLineParser &p, const casedb::CaseFile &c)
{
    return p.isSet(QStringLiteral("examiner")) ? p.value(QStringLiteral("examiner")) : c.details().examiner;
}

Result<std::unique_ptr<casedb::CaseFile>> openCaseForWrite(CliContext &ctx, const QString &locator, const QString &examinerOverride,
                                                           QJsonArray *changed)
{
    auto c = openCase(locator, CaseAccess::ReadWrite);
    if (!c)
        return c.error();
    const QString examiner = examinerOverride.isEmpty() ? (*c)->details().examiner : examinerOverride;
    auto checks = (*c)->checkAndLogEvidence(examiner);
    if (!checks)
        return checks.error();
    for (const casedb::EvidenceCheck &chk : *checks) {
        if (chk.intact)
            continue;
        ctx.err << "critical: CASE_EVIDENCE_CHANGED " << chk.evidence.name << ": " << chk.problem << "\n";
        if (changed)
            changed->append(QJsonObject{{QStringLiteral("code"), QStringLiteral("CASE_EVIDENCE_CHANGED")},
                                        {QStringLiteral("severity"), QStringLiteral("critical")},
                                        {QStringLiteral("evidence"), chk.evidence.name},
                                        {QStringLiteral("sha256"), chk.evidence.sha256},
                                        {QStringLiteral("explanation"), chk.problem}});
    }
    ctx.err.flush();
    return c;
}

Result<QString> resolveEvidence(casedb::CaseFile &c, const QString &given)
{
    auto items = c.evidence();
    if (!items)
        return items.error();
    const QString abs = QFileInfo(given).absoluteFilePath();
    QStringList hits;
    for (const casedb::EvidenceRecord &e : *items)
        if (e.sha256 == given.toLower() || e.name == given || e.path == abs || (given.size() >= 8 && e.sha256.startsWith(given.toLower())))
            if (!hits.contains(e.sha256))
                hits << e.sha256;
    if (hits.size() != 1)
        return makeError(ErrorCode::NotFound, hits.isEmpty() ? QStringLiteral("no evidence %1 in this case").arg(given)
                                                             : QStringLiteral("%1 names more than one piece of evidence").arg(given));
    return hits.constFirst();
}

} // namespace seedscope::cli
