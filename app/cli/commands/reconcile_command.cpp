// SPDX-License-Identifier: GPL-3.0-or-later
// `reconcile DUMP DUMP... --trust-store T [--keys DIR | --key-file K...] [--json]`: several
// dumps of one network side by side (core/reconcile): matched transactions, one-side-only
// entries, conflicting duplicates and altered copies, chain forks, divergent checkpoints,
// clock skew, and the merged ledger with the first entry where each device's view departs
// from it. JSON schema and exit codes: docs/cli.md.
#include "CommandList.h"

#include "findings/Finding.h"
#include "reconcile/Reconciler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

int runReconcile(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
        "Reconcile the dumps of several Seed devices of one network: matched transactions, entries on one side only, "
        "conflicting "
        "duplicates, altered copies, chain forks, divergent checkpoints, clock skew, and the merged ledger each device "
        "is compared to. "
        "Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage."));
    p.addOption({ QStringLiteral("trust-store"), QCoreApplication::translate("cli", "Network trust store (required)."),
        QStringLiteral("T") });
    p.addOption({ QStringLiteral("key-file"),
        QCoreApplication::translate("cli", "Storage root key file (hex); repeatable, matched to dumps by name first."),
        QStringLiteral("K") });
    p.addOption({ QStringLiteral("keys"),
        QCoreApplication::translate("cli", "Directory holding <dump-name>.key files."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON (schema: docs/cli.md).") });
    p.addPositionalArgument(QStringLiteral("dump"), QCoreApplication::translate("cli", "Two or more Seed dump files."),
        QStringLiteral("DUMP DUMP..."));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().size() < 2)
        return usageError(ctx, QStringLiteral("reconcile: give at least two dumps"));
    if (!p.isSet(QStringLiteral("trust-store")))
        return usageError(ctx, QStringLiteral("reconcile: --trust-store T is required (the device keys come from it)"));
    if (p.isSet(QStringLiteral("keys")) && !QFileInfo(p.value(QStringLiteral("keys"))).isDir())
        return usageError(ctx, QStringLiteral("reconcile: --keys %1 is not a directory").arg(p.value(QStringLiteral("keys"))));
    if (ctx.stderrIsTerminal)
        ctx.err << "reconciling " << p.positionalArguments().size() << " dumps\n" << Qt::flush;
    reconcile::ReconcileOptions o;
    o.dumpPaths = p.positionalArguments();
    o.keyFiles = p.values(QStringLiteral("key-file"));
    o.keysDir = p.value(QStringLiteral("keys"));
    o.trustStorePath = p.value(QStringLiteral("trust-store"));
    auto r = reconcile::reconcileFiles(o, ctx.progress());
    if (!r)
        return fail(ctx, exitcode::Unreadable, r.error());
    numberFindings(r->findings);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = r->toJson();
        for (const char *k : {"command", "schema_version", "exit_code"}) // the envelope carries these
            o.remove(QLatin1String(k));
        printEnvelope(ctx, r->exitCode(), o);
    } else {
        ctx.out << r->toText();
    }
    return r->exitCode();
}

} // namespace

const CliCommand kReconcileCommand { "reconcile",
    QT_TRANSLATE_NOOP("cli", "Reconcile several Seed dumps: matches, conflicts, forks, merged ledger"), runReconcile };

} // namespace seedscope::cli
