// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseOpen.h"

#include "casedb/SqliteBackend.h"
#include "findings/Finding.h"

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
    ctx.err << "error: " << error.message << "\n";
    ctx.err.flush();
    return exitcode::Unreadable;
}

} // namespace seedscope::cli
