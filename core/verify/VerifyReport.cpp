// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/VerifyReport.h"

#include "verify/RootCauses.h"

#include "util/Escape.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QTextStream>

namespace seedscope::verify {

QJsonObject RecoveryEmulation::toJson() const
{
    QJsonObject o{{QStringLiteral("ran"), ran},
                  {QStringLiteral("slot"), slot},
                  {QStringLiteral("checkpoint_seq"), jsonExact(checkpointSeq)},
                  {QStringLiteral("used_fallback"), usedFallback},
                  {QStringLiteral("no_valid_checkpoint"), noValidCheckpoint},
                  {QStringLiteral("truncated_at"), jsonExact(truncatedAt)},
                  {QStringLiteral("bytes_dropped"), jsonExact(bytesDropped)},
                  {QStringLiteral("last_valid_seq"), jsonExact(lastValidSeq)},
                  {QStringLiteral("entries_kept"), entriesKept},
                  {QStringLiteral("entries_replayed"), entriesReplayed},
                  {QStringLiteral("entries_dropped"), entriesDropped},
                  {QStringLiteral("final_lamport"), jsonExact(finalLamport)},
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
                              {QStringLiteral("offset"), jsonExact(d.offset)},
                              {QStringLiteral("length"), jsonExact(d.length)},
                              {QStringLiteral("verdict"), QLatin1String(verdictName(d.verdict))},
                              {QStringLiteral("code"), d.code}});
    return QJsonObject{
        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("path"), evidence.path},
                                                 {QStringLiteral("name"), evidence.name},
                                                 {QStringLiteral("size"), jsonExact(evidence.size)},
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
                                                {QStringLiteral("root_causes"), int(rootCauses().size())},
                                                {QStringLiteral("by_severity"), bySeverity},
                                                {QStringLiteral("by_verdict"), byVerdict},
                                                {QStringLiteral("worst"), QLatin1String(severityName(worstSeverity(findings)))},
                                                {QStringLiteral("exit_code"), exitCode()}}},
        {QStringLiteral("root_causes"), rootCausesJson()},
        {QStringLiteral("findings"), fs}};
}

QList<const Finding *> VerifyReport::rootCauses() const
{
    QList<const Finding *> out;
    for (const Finding &f : findings)
        if (isRootCause(f) && f.severity >= Severity::Warning)
            out.append(&f);
    return out;
}

QJsonArray VerifyReport::rootCausesJson() const
{
    QJsonArray out;
    for (const Finding *f : rootCauses())
        out.append(QJsonObject{{QStringLiteral("id"), f->id},
                               {QStringLiteral("code"), f->code},
                               {QStringLiteral("severity"), QLatin1String(severityName(f->severity))},
                               {QStringLiteral("verdict"), f->verdict == Verdict::None ? QJsonValue() : QJsonValue(QLatin1String(verdictName(f->verdict)))},
                               {QStringLiteral("offset"), f->offset >= 0 ? jsonInt(f->offset) : QJsonValue()},
                               {QStringLiteral("location"), f->location.isEmpty() ? QJsonValue() : QJsonValue(f->location)},
                               {QStringLiteral("subject"), f->subject.isEmpty() ? QJsonValue() : QJsonValue(f->subject)},
                               {QStringLiteral("consequences"), consequenceCount(findings, f->id)}});
    return out;
}

QString VerifyReport::toText() const
{
    QString s;
    QTextStream t(&s);
    // Strings below come from the evidence (names, subjects, values quoted in
    // explanations): terminalSafe keeps control sequences in them from reaching the
    // terminal. Root causes lead, each with how many findings it explains.
    const auto T = [](const QString &x) { return terminalSafe(x); };
    for (const Finding *f : rootCauses()) {
        t << "root cause: " << f->code;
        if (f->verdict != Verdict::None)
            t << " [" << verdictName(f->verdict) << "]";
        t << " in " << T(evidence.name);
        if (f->offset >= 0)
            t << " at offset " << formatOffset(f->offset);
        if (!f->location.isEmpty())
            t << ", " << T(f->location);
        if (!f->subject.isEmpty())
            t << " (" << T(f->subject) << ")";
        const int c = consequenceCount(findings, f->id);
        t << ": " << T(f->explanation) << " [" << f->id << "; " << c << (c == 1 ? " consequence" : " consequences") << "]\n";
    }
    t << T(evidence.name) << "  " << evidence.size << " bytes  sha256 " << toHex(evidence.sha256) << "\n";
    for (const Finding &f : findings) {
        t << f.id << "  " << (f.offset >= 0 ? formatOffset(f.offset) : QStringLiteral("-")) << "  " << severityName(f.severity) << "  "
          << T(f.code);
        if (f.verdict != Verdict::None)
            t << " [" << verdictName(f.verdict) << "]";
        if (!f.subject.isEmpty())
            t << "  " << T(f.subject);
        t << ": " << T(f.explanation);
        if (!f.expected.isEmpty() || !f.found.isEmpty())
            t << " (expected " << T(f.expected) << ", found " << T(f.found) << ")";
        if (!f.cause.isEmpty())
            t << " <- consequence of " << f.cause;
        t << "\n";
    }
    for (const QString &n : notChecked)
        t << "not checked: " << T(n) << "\n";
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
    t << "summary: " << rootCauses().size() << " root causes; " << findings.size() << " findings (" << counts[3] << " critical, "
      << counts[2] << " error, " << counts[1] << " warning, " << counts[0] << " info); exit " << exitCode() << "\n";
    return s;
}

} // namespace seedscope::verify
