// SPDX-License-Identifier: GPL-3.0-or-later
// The reconcile report as JSON (docs/cli.md "reconcile") and as text.
#include "reconcile/Reconciler.h"

#include "util/Escape.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QTextStream>

namespace seedscope::reconcile {

namespace {

QJsonObject copyJson(const ReconcileReport &r, const CopyInfo &c)
{
    return QJsonObject{{QStringLiteral("device"), r.devices.value(c.device).name},
                       {QStringLiteral("offset"), jsonExact(c.offset)},
                       {QStringLiteral("journal_seq"), jsonExact(c.journalSeq)},
                       {QStringLiteral("stored_lamport"), jsonExact(c.storedLamport)},
                       {QStringLiteral("content_hash"), toHex(c.contentHash)},
                       {QStringLiteral("signature"), c.signature},
                       {QStringLiteral("authentic"), c.authentic}};
}

} // namespace

int ReconcileReport::exitCode() const
{
    if (!allReadable)
        return exitcode::Unreadable;
    return exitCodeFor(findings);
}

QJsonObject ReconcileReport::toJson() const
{
    QJsonArray devs;
    for (const DeviceView &v : devices) {
        QJsonValue div;
        if (v.divergence)
            div = QJsonObject{{QStringLiteral("kind"), v.divergence->kind},
                              {QStringLiteral("tx_id"), v.divergence->txId.isEmpty() ? QJsonValue() : QJsonValue(toHex(v.divergence->txId))},
                              {QStringLiteral("offset"), jsonExact(v.divergence->offset)},
                              {QStringLiteral("journal_seq"), jsonExact(v.divergence->journalSeq)},
                              {QStringLiteral("canonical_index"), v.divergence->canonicalIndex},
                              {QStringLiteral("detail"), v.divergence->detail}};
        devs.append(QJsonObject{{QStringLiteral("name"), v.name},
                                {QStringLiteral("path"), v.path},
                                {QStringLiteral("device_id"), toHex(v.deviceId)},
                                {QStringLiteral("entries"), v.entries},
                                {QStringLiteral("transactions"), v.transactions},
                                {QStringLiteral("only_here"), v.onlyHere},
                                {QStringLiteral("missing"), v.missing},
                                {QStringLiteral("altered"), v.altered},
                                {QStringLiteral("view_state_root"), toHex(v.viewStateRoot)},
                                {QStringLiteral("matches_merged"), v.matchesMerged},
                                {QStringLiteral("divergence"), div}});
    }
    QJsonArray one;
    for (int k = 0; k < oneSide.size() && k < 200; ++k)
        one.append(QJsonObject{{QStringLiteral("tx_id"), toHex(oneSide[k].first)}, {QStringLiteral("copy"), copyJson(*this, oneSide[k].second)}});
    QJsonArray conf;
    for (const Conflict &c : conflicts) {
        QJsonArray copies;
        for (const CopyInfo &ci : c.copies)
            copies.append(copyJson(*this, ci));
        conf.append(QJsonObject{{QStringLiteral("tx_id"), toHex(c.txId)}, {QStringLiteral("copies"), copies}});
    }
    QJsonArray clk;
    for (const ClockPair &p : clocks)
        clk.append(QJsonObject{{QStringLiteral("a"), devices.value(p.a).name},
                               {QStringLiteral("b"), devices.value(p.b).name},
                               {QStringLiteral("samples"), p.samples},
                               {QStringLiteral("median_lamport_delta"), jsonExact(p.medianDelta)},
                               {QStringLiteral("min_lamport_delta"), jsonExact(p.minDelta)},
                               {QStringLiteral("max_lamport_delta"), jsonExact(p.maxDelta)}});
    QJsonArray fs;
    QJsonObject bySeverity{{QStringLiteral("info"), 0}, {QStringLiteral("warning"), 0}, {QStringLiteral("error"), 0}, {QStringLiteral("critical"), 0}};
    for (const Finding &f : findings) {
        fs.append(f.toJson());
        const QString s = QLatin1String(severityName(f.severity));
        bySeverity[s] = bySeverity.value(s).toInt() + 1;
    }
    return QJsonObject{
        {QStringLiteral("command"), QStringLiteral("reconcile")},
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("devices"), devs},
        {QStringLiteral("transactions"), QJsonObject{{QStringLiteral("total"), transactions},
                                                     {QStringLiteral("on_all_devices"), onAllDevices},
                                                     {QStringLiteral("one_side"), oneSideCount},
                                                     {QStringLiteral("conflicting"), int(conflicts.size())}}},
        {QStringLiteral("one_side"), one},
        {QStringLiteral("conflicts"), conf},
        {QStringLiteral("merged"), QJsonObject{{QStringLiteral("entries"), mergedEntries},
                                               {QStringLiteral("valid"), mergedValid},
                                               {QStringLiteral("rejected"), mergedRejected},
                                               {QStringLiteral("duplicate"), mergedDuplicate},
                                               {QStringLiteral("lamport"), jsonExact(mergedLamport)},
                                               {QStringLiteral("state_root"), toHex(mergedStateRoot)}}},
        {QStringLiteral("clock"), clk},
        {QStringLiteral("findings"), fs},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("findings"), int(findings.size())},
                                                {QStringLiteral("by_severity"), bySeverity},
                                                {QStringLiteral("exit_code"), exitCode()}}},
        {QStringLiteral("exit_code"), exitCode()}};
}

QString ReconcileReport::toText() const
{
    QString s;
    QTextStream t(&s);
    t << "merged ledger: " << transactions << " transactions (" << onAllDevices << " on every device, " << oneSideCount << " on one only, "
      << conflicts.size() << " conflicting), " << mergedValid << " valid, " << mergedRejected << " rejected, state_root "
      << toHex(mergedStateRoot) << "\n";
    for (const DeviceView &v : devices) {
        t << terminalSafe(v.name) << ": " << v.entries << " entries, " << v.onlyHere << " only here, " << v.missing << " missing, " << v.altered
          << " altered; " << (v.matchesMerged ? "matches the merged ledger" : "differs from the merged ledger");
        if (v.divergence) {
            t << " from canonical entry " << v.divergence->canonicalIndex << " (" << v.divergence->kind;
            if (!v.divergence->txId.isEmpty())
                t << " tx " << toHex(v.divergence->txId);
            if (v.divergence->offset >= 0)
                t << " at " << formatOffset(v.divergence->offset);
            t << ")";
        }
        t << "\n";
    }
    for (const ClockPair &p : clocks)
        t << "clock " << terminalSafe(devices.value(p.b).name) << " - " << terminalSafe(devices.value(p.a).name) << ": median " << p.medianDelta << " Lamport ticks over "
          << p.samples << " shared transactions (min " << p.minDelta << ", max " << p.maxDelta << ")\n";
    for (const Finding &f : findings) {
        // Names and subjects come from the evidence: no raw control characters on a terminal.
        t << f.id << "  " << terminalSafe(f.evidence) << "  " << (f.offset >= 0 ? formatOffset(f.offset) : QStringLiteral("-")) << "  " << severityName(f.severity) << "  "
          << f.code;
        if (f.verdict != Verdict::None)
            t << " [" << verdictName(f.verdict) << "]";
        t << "  " << terminalSafe(f.subject) << ": " << terminalSafe(f.explanation);
        if (!f.cause.isEmpty())
            t << " (consequence of " << f.cause << ")";
        t << "\n";
    }
    int roots = 0;
    for (const Finding &f : findings)
        roots += f.cause.isEmpty() && f.severity >= Severity::Error;
    t << "summary: " << findings.size() << " findings (" << roots << " root causes at error or above); exit " << exitCode() << "\n";
    return s;
}

} // namespace seedscope::reconcile
