// SPDX-License-Identifier: GPL-3.0-or-later
// `verify DUMP... [--key-file K]... [--keys DIR] [--trust-store T] [--json]`: the forensic
// verifier (core/verify) over each dump: findings with offsets and verdicts, damaged
// regions, the emulated boot-time recovery, and what could not be checked. JSON schema
// and exit codes: docs/cli.md. The exit code is the worst over all dumps.
#include "CommandList.h"

#include "findings/Finding.h"
#include "session/EvidenceSession.h"
#include "util/Escape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

int runVerify(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
        "Verify Seed device dumps: framing, hash chain, seals, checkpoints, signatures, ledger replay (with a trust "
        "store), "
        "damage verdicts and the device's boot-time recovery. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 "
        "unreadable, 64 usage."));
    p.addOption({ QStringLiteral("key-file"),
        QCoreApplication::translate("cli", "Storage root key file (hex); repeatable, matched to dumps by name first."),
        QStringLiteral("K") });
    p.addOption({ QStringLiteral("keys"),
        QCoreApplication::translate("cli", "Directory holding <dump-name>.key files."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("trust-store"),
        QCoreApplication::translate("cli", "Network trust store (authority key and device registry)."),
        QStringLiteral("T") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON (schema: docs/cli.md).") });
    p.addPositionalArgument(
        QStringLiteral("dump"), QCoreApplication::translate("cli", "Seed dump files."), QStringLiteral("DUMP..."));
    if (auto done = parseArguments(ctx, p))
        return *done;
    const QStringList dumps = p.positionalArguments();
    if (dumps.isEmpty())
        return usageError(ctx, QStringLiteral("verify: no dump given"));
    if (p.isSet(QStringLiteral("keys")) && !QFileInfo(p.value(QStringLiteral("keys"))).isDir())
        return usageError(ctx, QStringLiteral("verify: --keys %1 is not a directory").arg(p.value(QStringLiteral("keys"))));
    const bool json = p.isSet(QStringLiteral("json"));

    int rc = exitcode::Clean;
    QJsonArray reports;
    for (int i = 0; i < dumps.size(); ++i) {
        if (ctx.stderrIsTerminal)
            ctx.err << "verifying " << (i + 1) << "/" << dumps.size() << " " << terminalSafe(dumps[i]) << "\n" << Qt::flush;
        // Through the session: stat-first caps, raw file names, kind detection, and a
        // void report (exit 3) when the file changes while it is read.
        session::SessionOptions o;
        o.keyFiles = p.values(QStringLiteral("key-file"));
        o.keysDir = p.value(QStringLiteral("keys"));
        o.trustStorePath = p.value(QStringLiteral("trust-store"));
        const Progress progress = ctx.progress();
        auto s = session::EvidenceSession::open(session::EvidenceRef{dumps[i], ctx.nativeArg(dumps[i])}, o, progress);
        Status verified = s ? (*s)->verify(progress) : Status(s.error());
        if (!verified) {
            // The input itself could not be used: no report, exit 3.
            ctx.err << "error: " << terminalSafe(verified.error().message) << "\n";
            rc = combineExitCodes(rc, exitcode::Unreadable);
            reports.append(QJsonObject{{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("path"), dumps[i]}}},
                                       {QStringLiteral("readable"), false},
                                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QLatin1String(errorCodeName(verified.error().code))},
                                                                             {QStringLiteral("message"), verified.error().message}}},
                                       {QStringLiteral("summary"), QJsonObject{{QStringLiteral("exit_code"), exitcode::Unreadable}}}});
            continue;
        }
        const auto r = (*s)->verifyReport();
        const session::VerdictSummary verdict = (*s)->verdict();
        rc = combineExitCodes(rc, verdict.exitCode);
        if (json) {
            QJsonObject j = r->toJson();
            if (verdict.verdict == session::SessionVerdict::Void) {
                j.insert(QStringLiteral("void"), true);
                QJsonObject sum = j.value(QStringLiteral("summary")).toObject();
                sum.insert(QStringLiteral("exit_code"), verdict.exitCode);
                j.insert(QStringLiteral("summary"), sum);
            }
            reports.append(j);
        } else {
            ctx.out << r->toText() << (i + 1 < dumps.size() ? "\n" : "");
        }
    }
    if (json)
        printEnvelope(ctx, rc, QJsonObject{{QStringLiteral("dumps"), reports}});
    return rc;
}

} // namespace

const CliCommand kVerifyCommand { "verify",
    QT_TRANSLATE_NOOP("cli", "Verify Seed dumps: findings, damage verdicts, recovery emulation"), runVerify };

} // namespace seedscope::cli
