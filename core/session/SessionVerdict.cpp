// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionVerdict.h"

#include "util/Hex.h"

#include <algorithm>

namespace seedscope::session {

const char *sessionVerdictName(SessionVerdict v)
{
    switch (v) {
    case SessionVerdict::Clean: return "clean";
    case SessionVerdict::Damaged: return "damaged";
    case SessionVerdict::Tampered: return "tampered";
    case SessionVerdict::Unknown: return "unknown";
    case SessionVerdict::Void: return "void";
    }
    return "unknown";
}

Finding changedFinding(const EvidenceIdentity &identity, const QString &why)
{
    return makeFinding(identity.displayName, kEvidenceChangedDuringRead, Severity::Critical, -1, 0, QString(), identity.displayName,
                       why.isEmpty() ? ftr(QT_TRANSLATE_NOOP("Finding", "The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy."))
                                     : ftr(QT_TRANSLATE_NOOP("Finding", "The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy. (%1)"), why),
                       ftr(QT_TRANSLATE_NOOP("Finding", "SHA-256 %1, %2 bytes"), toHex(identity.sha256), identity.size),
                       ftr(QT_TRANSLATE_NOOP("Finding", "changed during the analysis")));
}

VerdictSummary summarise(const Findings &findings, bool evidenceChanged, int exitCode)
{
    VerdictSummary s;
    s.exitCode = exitCode;
    if (evidenceChanged) {
        s.verdict = SessionVerdict::Void;
        s.exitCode = exitcode::Unreadable;
        s.sentence = QStringLiteral("The evidence changed while it was read: the report is void.");
        for (const Finding &f : findings)
            if (f.code == QLatin1String(kEvidenceChangedDuringRead))
                s.rootCauses.append(f);
        return s;
    }
    Findings tamper, damage, unexplained;
    for (const Finding &f : findings) {
        s.tornTail |= f.verdict == Verdict::TornTail;
        s.corruption |= f.verdict == Verdict::Corruption;
        if (f.verdict == Verdict::Tampering)
            tamper.append(f);
        else if (f.verdict == Verdict::TornTail || f.verdict == Verdict::Corruption)
            damage.append(f);
        else if (f.verdict == Verdict::Unknown || (f.verdict == Verdict::None && f.severity >= Severity::Error))
            unexplained.append(f);
    }
    auto worstFirst = [](Findings list) {
        std::stable_sort(list.begin(), list.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
        return list;
    };
    if (!tamper.isEmpty()) {
        s.verdict = SessionVerdict::Tampered;
        s.rootCauses = worstFirst(tamper);
        s.sentence = QStringLiteral("Tampering: %1 finding(s) that media damage cannot explain.").arg(tamper.size());
    } else if (!unexplained.isEmpty()) {
        s.verdict = SessionVerdict::Unknown;
        s.rootCauses = worstFirst(unexplained);
        s.sentence = QStringLiteral("Unknown: %1 problem(s) that media damage does not explain but that do not prove tampering.").arg(unexplained.size());
    } else if (!damage.isEmpty()) {
        s.verdict = SessionVerdict::Damaged;
        s.rootCauses = worstFirst(damage);
        s.sentence = s.tornTail && !s.corruption ? QStringLiteral("Damaged: a torn tail (an interrupted write), nothing else.")
                                                 : QStringLiteral("Damaged: media damage explains every problem found.");
    } else if (worstSeverity(findings) <= Severity::Info) {
        s.verdict = SessionVerdict::Clean;
        s.sentence = QStringLiteral("Clean: nothing above information.");
    } else {
        // Warnings only, none of them a damage verdict.
        Findings warn;
        for (const Finding &f : findings)
            if (f.severity >= Severity::Warning)
                warn.append(f);
        s.verdict = SessionVerdict::Unknown;
        s.rootCauses = warn;
        s.sentence = QStringLiteral("Unknown: %1 warning(s) without a damage verdict.").arg(warn.size());
    }
    return s;
}

} // namespace seedscope::session
