// SPDX-License-Identifier: GPL-3.0-or-later
// `case new|add|verify|log|note|bookmark|tag`: a forensic case file (.seedcase, SQLite) or a
// team case on PostgreSQL (--db postgresql://...). Every action is recorded in the
// case's hash-chained custody log. Exit codes: 0 done (and, for verify, all intact),
// 1/2/4 as `verify` for imported evidence, 2 evidence changed or custody chain broken,
// 3 the case or an input cannot be used, 64 usage. JSON: docs/case-file.md.
#include "CaseOpen.h"
#include "CommandList.h"

#include "casedb/CaseFile.h"
#include "casework/CaseImport.h"
#include "findings/Finding.h"
#include "util/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace seedscope::cli {
namespace {

using casedb::CaseFile;

const QString kCommand = QStringLiteral("case");

QJsonObject evidenceJson(const casedb::EvidenceRecord &e)
{
    return QJsonObject{{QStringLiteral("name"), e.name},      {QStringLiteral("path"), e.path},
                       {QStringLiteral("kind"), e.kind},      {QStringLiteral("size"), jsonInt(e.size)},
                       {QStringLiteral("sha256"), e.sha256}, {QStringLiteral("added_at"), e.addedAt}};
}

int runNew(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Create a case file (or initialise a team case database)."));
    addCaseOptions(p);
    p.addOption({ QStringLiteral("title"), QCoreApplication::translate("cli", "Case title."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("number"), QCoreApplication::translate("cli", "Case number."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("agency"), QCoreApplication::translate("cli", "Agency."), QStringLiteral("A") });
    p.addPositionalArgument(
        QStringLiteral("case"), QCoreApplication::translate("cli", "The new .seedcase file."), QStringLiteral("CASE"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    const QString locator = onlyCaseLocator(p);
    if (locator.isEmpty())
        return usageError(ctx, QStringLiteral("case new: give one CASE file or --db"));
    casedb::CaseDetails d;
    d.examiner = p.value(QStringLiteral("examiner"));
    d.title = p.value(QStringLiteral("title"));
    d.number = p.value(QStringLiteral("number"));
    d.agency = p.value(QStringLiteral("agency"));
    if (d.examiner.isEmpty() || d.title.isEmpty())
        return usageError(ctx, QStringLiteral("case new: --examiner and --title are required"));
    auto b = openCaseBackend(locator, CaseAccess::Create);
    if (!b)
        return caseError(ctx, b.error());
    auto c = CaseFile::create(std::move(*b), d);
    if (!c)
        return caseError(ctx, c.error());
    if (p.isSet(QStringLiteral("json")))
        printEnvelope(ctx, kCommand, 0,
                      QJsonObject{{QStringLiteral("action"), QStringLiteral("new")},
                                  {QStringLiteral("case"), QJsonObject{{QStringLiteral("title"), d.title},
                                                                       {QStringLiteral("number"), d.number},
                                                                       {QStringLiteral("agency"), d.agency},
                                                                       {QStringLiteral("examiner"), d.examiner},
                                                                       {QStringLiteral("created_at"), (*c)->details().createdAt}}}});
    else
        ctx.out << "created case \"" << d.title << "\" in " << (*c)->backend().describe() << "\n";
    return 0;
}

int runAdd(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
        "Import evidence into a case: hash it, verify it (dumps) or examine it (Omega folders), "
        "and store the result. Evidence already verified by this Seedscope version with the same "
        "keys is not verified again."));
    addCaseOptions(p);
    p.addOption({ QStringLiteral("key-file"),
        QCoreApplication::translate("cli", "Storage root key file (hex); repeatable."), QStringLiteral("K") });
    p.addOption({ QStringLiteral("trust-store"), QCoreApplication::translate("cli", "Network trust store."),
        QStringLiteral("T") });
    p.addPositionalArgument(QStringLiteral("case"),
        QCoreApplication::translate("cli", "The .seedcase file (omit with --db)."), QStringLiteral("CASE"));
    p.addPositionalArgument(QStringLiteral("evidence"),
        QCoreApplication::translate("cli", "Dump files or Omega folders."), QStringLiteral("EVIDENCE..."));
    if (auto done = parseArguments(ctx, p))
        return *done;
    QStringList pos = p.positionalArguments();
    const QString locator = caseLocator(p, pos);
    if (locator.isEmpty() || pos.isEmpty())
        return usageError(ctx, QStringLiteral("case add: give CASE (or --db) and at least one EVIDENCE"));
    const QStringList keyFiles = p.values(QStringLiteral("key-file"));
    const QString trust = p.value(QStringLiteral("trust-store"));

    QJsonArray changed;
    auto c = openCaseForWrite(ctx, locator, p.value(QStringLiteral("examiner")), &changed);
    if (!c)
        return caseError(ctx, c.error());
    CaseFile &cf = **c;
    const QString examiner = caseExaminer(p, cf);

    // Keys and trust store by fingerprint (never their bytes), then each item.
    const casedb::ImportInputs inputs{keyFiles, trust};
    auto params = casedb::recordInputs(cf, inputs, examiner);
    if (!params)
        return caseError(ctx, params.error());
    int rc = changed.isEmpty() ? exitcode::Clean : exitcode::ErrorsOrTamper;
    QJsonArray items;
    for (const QString &path : pos) {
        auto item = casedb::importEvidence(cf, path, inputs, *params, examiner);
        if (!item)
            return caseError(ctx, item.error());
        rc = std::max(rc, item->exitCode);
        items.append(QJsonObject{{QStringLiteral("evidence"), evidenceJson(item->evidence)},
                                 {QStringLiteral("cached"), item->fromCache},
                                 {QStringLiteral("summary"), item->result.summary}});
        if (!p.isSet(QStringLiteral("json")))
            ctx.out << item->evidence.name << "  sha256 " << item->evidence.sha256 << "  " << (item->fromCache ? "(cached result) " : "")
                    << "exit " << item->exitCode << ", " << item->result.payload.value(QStringLiteral("findings")).toArray().size()
                    << " findings\n";
    }
    if (p.isSet(QStringLiteral("json")))
        printEnvelope(ctx, kCommand, rc,
                      QJsonObject{{QStringLiteral("action"), QStringLiteral("add")}, {QStringLiteral("evidence"), items},
                                  {QStringLiteral("evidence_changed"), changed}});
    return rc;
}

int runVerifyCase(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
        "Re-hash every piece of evidence and check the custody chain. Exit 2 names the changed "
        "evidence or the first custody record that fails."));
    addCaseOptions(p);
    p.addPositionalArgument(QStringLiteral("case"),
        QCoreApplication::translate("cli", "The .seedcase file (omit with --db)."), QStringLiteral("CASE"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    const QString locator = onlyCaseLocator(p);
    if (locator.isEmpty())
        return usageError(ctx, QStringLiteral("case verify: give one CASE or --db"));
    auto c = openCase(locator, CaseAccess::ReadWrite);
    if (!c)
        return caseError(ctx, c.error());
    CaseFile &cf = **c;
    auto log = cf.custodyLog();
    if (!log)
        return caseError(ctx, log.error());
    const auto brk = casedb::verifyChain(*log);
    auto items = cf.evidence();
    if (!items)
        return caseError(ctx, items.error());
    const QList<casedb::EvidenceCheck> checks = cf.checkEvidence(*items);
    QJsonArray ev, problems;
    for (const casedb::EvidenceCheck &chk : checks) {
        ev.append(QJsonObject{{QStringLiteral("name"), chk.evidence.name},
                              {QStringLiteral("sha256"), chk.evidence.sha256},
                              {QStringLiteral("current_sha256"), chk.currentSha256},
                              {QStringLiteral("intact"), chk.intact},
                              {QStringLiteral("problem"), chk.problem}});
        if (!chk.intact)
            problems.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("CASE_EVIDENCE_CHANGED")},
                                        {QStringLiteral("severity"), QStringLiteral("critical")},
                                        {QStringLiteral("evidence"), chk.evidence.name},
                                        {QStringLiteral("explanation"), QStringLiteral("%1 %2").arg(chk.evidence.name, chk.problem)}});
    }
    if (brk)
        problems.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("CASE_CUSTODY_BROKEN")},
                                    {QStringLiteral("severity"), QStringLiteral("critical")},
                                    {QStringLiteral("record"), jsonInt(brk->seq)},
                                    {QStringLiteral("explanation"), brk->reason}});
    const int rc = problems.isEmpty() ? exitcode::Clean : exitcode::ErrorsOrTamper;
    // Record the check itself; a break stays detectable (the new record chains to the
    // stored head, and the altered record still fails).
    const QString examiner = caseExaminer(p, cf);
    if (auto s = cf.appendCustody(examiner, QString::fromLatin1(casedb::action::Verify),
                                  QJsonObject{{QStringLiteral("scope"), QStringLiteral("case")},
                                              {QStringLiteral("chain_intact"), !brk.has_value()},
                                              {QStringLiteral("evidence_checked"), int(checks.size())},
                                              {QStringLiteral("evidence_changed"), int(problems.size() - (brk ? 1 : 0))}});
        !s)
        return caseError(ctx, s.error());
    if (p.isSet(QStringLiteral("json"))) {
        printEnvelope(ctx, kCommand, rc,
                      QJsonObject{{QStringLiteral("action"), QStringLiteral("verify")},
                                  {QStringLiteral("custody"), QJsonObject{{QStringLiteral("records"), int(log->size())},
                                                                          {QStringLiteral("chain_intact"), !brk.has_value()},
                                                                          {QStringLiteral("first_break"),
                                                                           brk ? QJsonValue(jsonInt(brk->seq)) : QJsonValue()}}},
                                  {QStringLiteral("evidence"), ev},
                                  {QStringLiteral("findings"), problems}});
    } else {
        ctx.out << "custody log: " << log->size() << " records, " << (brk ? "BROKEN" : "chain intact") << "\n";
        if (brk)
            ctx.out << "  record " << brk->seq << ": " << brk->reason << "\n";
        for (const casedb::EvidenceCheck &chk : checks)
            ctx.out << "evidence " << chk.evidence.name << ": " << (chk.intact ? QStringLiteral("intact") : QStringLiteral("CHANGED: ") + chk.problem)
                    << "\n";
    }
    return rc;
}

int runLog(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Print the custody log (read-only) and whether its hash chain verifies."));
    addCaseOptions(p);
    p.addPositionalArgument(QStringLiteral("case"),
        QCoreApplication::translate("cli", "The .seedcase file (omit with --db)."), QStringLiteral("CASE"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    const QString locator = onlyCaseLocator(p);
    if (locator.isEmpty())
        return usageError(ctx, QStringLiteral("case log: give one CASE or --db"));
    auto c = openCase(locator, CaseAccess::ReadOnly);
    if (!c)
        return caseError(ctx, c.error());
    auto log = (*c)->custodyLog();
    if (!log)
        return caseError(ctx, log.error());
    const auto brk = casedb::verifyChain(*log);
    const int rc = brk ? exitcode::ErrorsOrTamper : exitcode::Clean;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray recs;
        for (const casedb::CustodyRecord &r : *log)
            recs.append(QJsonObject{{QStringLiteral("seq"), jsonInt(r.seq)},
                                    {QStringLiteral("utc"), r.utc},
                                    {QStringLiteral("examiner"), r.examiner},
                                    {QStringLiteral("tool_version"), r.toolVersion},
                                    {QStringLiteral("action"), r.action},
                                    {QStringLiteral("details"), QJsonDocument::fromJson(r.details.toUtf8()).object()},
                                    {QStringLiteral("prev_hash"), r.prevHash},
                                    {QStringLiteral("hash"), r.hash}});
        printEnvelope(ctx, kCommand, rc,
                      QJsonObject{{QStringLiteral("action"), QStringLiteral("log")},
                                  {QStringLiteral("records"), recs},
                                  {QStringLiteral("chain_intact"), !brk.has_value()},
                                  {QStringLiteral("first_break"), brk ? QJsonValue(jsonInt(brk->seq)) : QJsonValue()}});
    } else {
        for (const casedb::CustodyRecord &r : *log)
            ctx.out << r.seq << "  " << r.utc << "  " << r.examiner << "  " << r.action << "  " << r.details << "\n";
        ctx.out << (brk ? QStringLiteral("chain BROKEN at record %1: %2").arg(brk->seq).arg(brk->reason) : QStringLiteral("chain intact"))
                << "\n";
    }
    return rc;
}

int runCase(CliContext &ctx)
{
    // English in a usage error (it is also the JSON error's message), translated as help.
    static const char *kUsage = QT_TRANSLATE_NOOP(
        "cli", "usage: case new|add|verify|log|note|bookmark|tag [options] (case <action> --help for each)");
    if (ctx.args.isEmpty())
        return usageError(ctx, QString::fromLatin1(kUsage));
    const QString sub = ctx.args.constFirst();
    CliContext sc{ctx.program + QStringLiteral(" case ") + sub, ctx.args.mid(1), ctx.out, ctx.err, ctx.stderrIsTerminal,
                  QStringLiteral("case ") + sub};
    if (sub == QLatin1String("new"))
        return runNew(sc);
    if (sub == QLatin1String("add"))
        return runAdd(sc);
    if (sub == QLatin1String("verify"))
        return runVerifyCase(sc);
    if (sub == QLatin1String("log"))
        return runLog(sc);
    if (sub == QLatin1String("note") || sub == QLatin1String("bookmark") || sub == QLatin1String("tag"))
        return runCaseAnnotation(sc, sub);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        ctx.out << QCoreApplication::translate("cli", kUsage) << "\n";
        return 0;
    }
    return usageError(ctx, QString::fromLatin1(kUsage));
}

} // namespace

const CliCommand kCaseCommand { "case",
    QT_TRANSLATE_NOOP("cli", "Case files: new, add evidence, verify, custody log, notes, bookmarks, tags"), runCase };

} // namespace seedscope::cli
