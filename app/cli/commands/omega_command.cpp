// SPDX-License-Identifier: GPL-3.0-or-later
// `omega DIR`: examine an Omega checkpoint directory read-only and print findings and a
// summary (text, or --json). Exit codes as `verify`: 0 clean, 1 warnings, 2 errors or
// tampering, 3 the folder cannot be read, 64 usage.
#include "CommandList.h"

#include "findings/Finding.h"
#include "omega/OmegaAnalysis.h"
#include "omega/OmegaHardened.h"
#include "omega/PythonJson.h"
#include "util/Escape.h"
#include "util/Hex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace seedscope::cli {
namespace {

// The JSON schema in brief: field names stay as they are in every language.
const char *kJsonHelp = QT_TRANSLATE_NOOP("cli",
    "\n"
    "JSON output (--json), one object (docs/cli.md):\n"
    "  command \"omega\", schema_version 1, exit_code, folder (opened folder name),\n"
    "  examined_at (unix seconds, --now),\n"
    "  summary: files_on_disk, parsed, valid, truncated[], malformed[], non_finite[],\n"
    "    out_of_range[] (file names), original_loader {picks, returns \"checkpoint\"|\"nothing\",\n"
    "    returned_timestamp, result_valid, reason}, numerically_latest, newest_by_content,\n"
    "    newest_valid, retention {guide_limit, on_disk}, continuity {limit, pairs, violations},\n"
    "    authentication \"none\"|\"verified\"|\"untrusted_key\"|\"failed\", signer_key_id,\n"
    "    worst_severity, exit_code,\n"
    "  files[]: name, status (valid|invalid|truncated|malformed|unreadable|encrypted|\n"
    "    encrypted_unread), size, sha256, name_seconds, timestamp, coherence_score, modulator,\n"
    "    network_id, vector_length, encrypted, errors, warnings (numeric order),\n"
    "  findings[]: id, cause, code, severity, evidence, offset, length, location (JSON path),\n"
    "    subject, expected, found, explanation, verdict.\n"
    "Non-finite numbers appear as the strings \"NaN\", \"Infinity\", \"-Infinity\".\n"
    "Codes and examples: docs/findings/omega.md.\n");

QString show(double v) { return QString::fromLatin1(omega::pythonFloatRepr(v)); }

void printText(CliContext &ctx, const omega::OmegaReport &r)
{
    int counts[4] = {0, 0, 0, 0};
    int valid = 0, parsed = 0;
    for (const Finding &f : r.findings)
        ++counts[int(f.severity)];
    for (const omega::CheckpointFile &f : r.files) {
        valid += f.valid ? 1 : 0;
        parsed += f.parsed() ? 1 : 0;
    }
    QTextStream &o = ctx.out;
    // Every string below may come from the evidence (file names, network_id, values):
    // terminalSafe keeps a control sequence in it from driving the examiner's terminal.
    const auto T = [](const QString &s) { return terminalSafe(s); };
    o << "Omega folder: " << T(r.displayName) << " (" << T(r.checkpointDir) << ")\n";
    o << "files on disk: " << r.filesOnDisk << " (parsed " << parsed << ", valid " << valid << ")\n";
    const auto &L = r.loader;
    o << "original loader picks: " << (L.picked.isEmpty() ? QStringLiteral("nothing") : T(L.picked)) << " -> ";
    if (L.returnsCheckpoint)
        o << "returns a checkpoint (timestamp " << (L.returnedTimestamp ? show(*L.returnedTimestamp) : QStringLiteral("not a number"))
          << "; its own validator says " << (L.resultValid ? "valid" : "invalid") << ")\n";
    else if (L.unknown)
        o << "returns " << L.reason << "\n";
    else
        o << "returns None (" << T(L.reason) << ")\n";
    o << "numerically latest: " << (r.numericallyLatest.isEmpty() ? QStringLiteral("-") : T(r.numericallyLatest))
      << "; newest valid: " << (r.newestValid.isEmpty() ? QStringLiteral("none") : T(r.newestValid)) << "\n";
    o << "authentication: " << omega::authStateName(r.auth);
    if (!r.signerKeyId.isEmpty())
        o << " (signer key " << T(r.signerKeyId) << ")";
    o << "\ncontinuity: " << r.series.violation.size() << " consecutive pairs, " << r.series.violationCount()
      << " above the " << show(r.series.limit) << " bound\n";
    o << "findings: " << r.findings.size() << " (critical " << counts[3] << ", error " << counts[2] << ", warning "
      << counts[1] << ", info " << counts[0] << ")\n";
    for (const Finding &f : r.findings) {
        o << "  [" << severityName(f.severity) << "] " << T(f.code) << "  " << T(f.evidence);
        if (!f.location.isEmpty())
            o << " " << T(f.location);
        if (f.offset >= 0)
            o << " @" << f.offset;
        o << "\n      expected " << T(f.expected) << "; found " << T(f.found) << "\n      " << T(f.explanation) << "\n";
    }
    o.flush();
}

int runOmega(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
                                    "Examine an Omega checkpoint directory (checkpoint_*.json, or a folder holding "
                                    "checkpoints/) read-only: per-file validation, what the original loader picks, "
                                    "continuity, authentication.")
        + QCoreApplication::translate("cli", kJsonHelp));
    p.addOption(
        { QStringLiteral("json"), QCoreApplication::translate("cli", "Print the report as JSON (schema below).") });
    p.addOption({ QStringLiteral("now"),
        QCoreApplication::translate("cli", "Examination time as unix seconds (default: the current time)."),
        QStringLiteral("UNIX") });
    p.addOption({ QStringLiteral("trust-key"),
        QCoreApplication::translate("cli", "File with the node's Ed25519 public key (64 hex characters)."),
        QStringLiteral("HEXFILE") });
    p.addOption({ QStringLiteral("key-file"),
        QCoreApplication::translate("cli", "File with the node secret (64 hex) to decrypt .json.enc checkpoints."),
        QStringLiteral("F") });
    p.addPositionalArgument(
        QStringLiteral("dir"), QCoreApplication::translate("cli", "The checkpoint folder."), QStringLiteral("DIR"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("omega: give exactly one directory"));

    omega::AnalysisOptions opt;
    opt.now = double(QDateTime::currentSecsSinceEpoch());
    if (p.isSet(QStringLiteral("now"))) {
        bool ok = false;
        opt.now = p.value(QStringLiteral("now")).toDouble(&ok);
        if (!ok || !std::isfinite(opt.now))
            return usageError(ctx, QStringLiteral("omega: --now needs unix seconds"));
    }
    if (p.isSet(QStringLiteral("trust-key"))) {
        auto k = omega::readPublicKey(p.value(QStringLiteral("trust-key")));
        if (!k) // an unreadable key file is an unreadable input (3), not a usage error
            return fail(ctx, exitcode::Unreadable, k.error());
        opt.trustedPublicKey = *k;
    }
    if (p.isSet(QStringLiteral("key-file"))) {
        auto k = omega::readNodeSecret(p.value(QStringLiteral("key-file")));
        if (!k)
            return fail(ctx, exitcode::Unreadable, k.error());
        opt.nodeSecret = std::move(*k);
    }
    auto report = omega::analyzeOmegaDirectory(p.positionalArguments().constFirst(), opt, ctx.progress());
    if (!report)
        return fail(ctx, exitcode::Unreadable, report.error());
    numberFindings(report->findings);
    const int rc = exitCodeFor(report->findings);
    if (p.isSet(QStringLiteral("json"))) {
        // The report's own format/version name a file format; on the CLI the envelope does.
        QJsonObject o = omega::reportToJson(*report);
        o.remove(QStringLiteral("format"));
        o.remove(QStringLiteral("version"));
        printEnvelope(ctx, rc, o);
    } else {
        printText(ctx, *report);
    }
    return rc;
}

} // namespace

const CliCommand kOmegaCommand { "omega",
    QT_TRANSLATE_NOOP("cli", "Examine an Omega checkpoint directory read-only (findings, loader pick, continuity)"),
    runOmega };

} // namespace seedscope::cli
