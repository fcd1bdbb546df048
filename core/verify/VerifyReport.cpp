// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/VerifyReport.h"

#include "util/Hex.h"

#include <QJsonArray>
#include <QTextStream>

namespace seedscope::verify {

QJsonObject RecoveryEmulation::toJson() const
{
    QJsonObject o{{QStringLiteral("ran"), ran},
                  {QStringLiteral("slot"), slot},
                  {QStringLiteral("checkpoint_seq"), double(checkpointSeq)},
                  {QStringLiteral("used_fallback"), usedFallback},
                  {QStringLiteral("no_valid_checkpoint"), noValidCheckpoint},
                  {QStringLiteral("truncated_at"), double(truncatedAt)},
                  {QStringLiteral("bytes_dropped"), double(bytesDropped)},
                  {QStringLiteral("last_valid_seq"), double(lastValidSeq)},
                  {QStringLiteral("entries_kept"), entriesKept},
                  {QStringLiteral("entries_replayed"), entriesReplayed},
                  {QStringLiteral("entries_dropped"), entriesDropped},
                  {QStringLiteral("final_lamport"), double(finalLamport)},
                  {QStringLiteral("state_known"), stateKnown},
                  {QStringLiteral("state_root"), stateKnown ? QJsonValue(toHex(stateRoot)) : QJsonValue()}};
    if (truncatedAt >= 0)
        o.insert(QStringLiteral("dropped_sha256"), toHex(droppedHash));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

int VerifyReport::exitCode() const
{
    if (!readable)
        return exitcode::Unreadable;
    return exitCodeFor(findings);
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray fs, rs;
    QJsonObject bySeverity{{QStringLiteral("info"), 0}, {QStringLiteral("warning"), 0}, {QStringLiteral("error"), 0}, {QStringLiteral("critical"), 0}};
    QJsonObject byVerdict;
    for (const Finding &f : findings) {
        fs.append(f.toJson());
        const QString s = QLatin1String(severityName(f.severity));
        bySeverity[s] = bySeverity.value(s).toInt() + 1;
        if (f.verdict != Verdict::None) {
            const QString v = QLatin1String(verdictName(f.verdict));
            byVerdict[v] = byVerdict.value(v).toInt() + 1;
        }
    }
    for (const DamageRegion &d : regions)
        rs.append(QJsonObject{{QStringLiteral("region"), d.region},
                              {QStringLiteral("offset"), double(d.offset)},
                              {QStringLiteral("length"), double(d.length)},
                              {QStringLiteral("verdict"), QLatin1String(verdictName(d.verdict))},
                              {QStringLiteral("code"), d.code}});
    return QJsonObject{
        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("path"), evidence.path},
                                                 {QStringLiteral("name"), evidence.name},
                                                 {QStringLiteral("size"), double(evidence.size)},
                                                 {QStringLiteral("sha256"), toHex(evidence.sha256)}}},
        {QStringLiteral("readable"), readable},
        {QStringLiteral("encrypted"), encrypted},
        {QStringLiteral("key_provided"), keyProvided},
        {QStringLiteral("key_file"), keyFile.isEmpty() ? QJsonValue() : QJsonValue(keyFile)},
        {QStringLiteral("trust_store_provided"), trustStoreProvided},
        {QStringLiteral("checked"), QJsonArray::fromStringList(checked)},
        {QStringLiteral("not_checked"), QJsonArray::fromStringList(notChecked)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("journal_records"), journalRecords},
                                               {QStringLiteral("journal_entries"), journalEntries},
                                               {QStringLiteral("markers"), markers}}},
        {QStringLiteral("regions"), rs},
        {QStringLiteral("recovery"), recovery.toJson()},
        // The journal head the recovery rule reaches: (seq, chain hash) of the last entry
        // on the recovered chain (format section 12, step 4).
        {QStringLiteral("journal_head"), recovery.ran ? QJsonValue(QJsonObject{{QStringLiteral("seq"), double(recovery.lastValidSeq)},
                                                                              {QStringLiteral("hash"), toHex(recovery.lastValidHash)}})
                                                      : QJsonValue()},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("findings"), int(findings.size())},
                                                {QStringLiteral("by_severity"), bySeverity},
                                                {QStringLiteral("by_verdict"), byVerdict},
                                                {QStringLiteral("worst"), QLatin1String(severityName(worstSeverity(findings)))},
                                                {QStringLiteral("exit_code"), exitCode()}}},
        {QStringLiteral("findings"), fs}};
}

QString VerifyReport::toText() const
{
    QString s;
    QTextStream t(&s);
    t << evidence.name << "  " << evidence.size << " bytes  sha256 " << toHex(evidence.sha256) << "\n";
    for (const Finding &f : findings) {
        t << (f.offset >= 0 ? formatOffset(f.offset) : QStringLiteral("-")) << "  " << severityName(f.severity) << "  " << f.code;
        if (f.verdict != Verdict::None)
            t << " [" << verdictName(f.verdict) << "]";
        if (!f.subject.isEmpty())
            t << "  " << f.subject;
        t << ": " << f.explanation;
        if (!f.expected.isEmpty() || !f.found.isEmpty())
            t << " (expected " << f.expected << ", found " << f.found << ")";
        t << "\n";
    }
    for (const QString &n : notChecked)
        t << "not checked: " << n << "\n";
    if (recovery.ran) {
        t << "recovery: slot " << (recovery.slot < 0 ? QStringLiteral("none") : QString::number(recovery.slot))
          << (recovery.usedFallback ? " (fallback)" : "") << ", entries kept " << recovery.entriesKept << ", dropped "
          << recovery.entriesDropped << ", last seq " << recovery.lastValidSeq << ", lamport " << recovery.finalLamport;
        if (recovery.truncatedAt >= 0)
            t << ", truncated at " << formatOffset(recovery.truncatedAt) << " (" << recovery.bytesDropped << " bytes)";
        if (recovery.stateKnown)
            t << ", state_root " << toHex(recovery.stateRoot);
        t << "\n";
    }
    int counts[4] = {0, 0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    t << "summary: " << findings.size() << " findings (" << counts[3] << " critical, " << counts[2] << " error, " << counts[1]
      << " warning, " << counts[0] << " info); exit " << exitCode() << "\n";
    return s;
}

} // namespace seedscope::verify
