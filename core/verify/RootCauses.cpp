// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/RootCauses.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace seedscope::verify {

namespace {

// How basic a finding is among those at one record: the lower, the closer to the cause.
int rank(const Finding &f)
{
    static const QHash<QString, int> r {
        { QStringLiteral("JOURNAL_TORN_TAIL"), 0 },
        { QStringLiteral("JOURNAL_UNKNOWN_RANGE"), 0 },
        { QStringLiteral("JOURNAL_CRC_MISMATCH"), 0 },
        { QStringLiteral("JOURNAL_LENGTH_INVALID"), 0 },
        { QStringLiteral("JOURNAL_BLOCK_HEADER_INVALID"), 0 },
        { QStringLiteral("JOURNAL_TRUNCATED"), 0 },
        { QStringLiteral("JOURNAL_DECRYPT_FAILED"), 1 },
        { QStringLiteral("JOURNAL_ENTRY_UNDECODABLE"), 1 },
        { QStringLiteral("JOURNAL_ENTRY_TOO_SHORT"), 1 },
        { QStringLiteral("JOURNAL_ENTRY_HEADER_MISMATCH"), 1 },
        { QStringLiteral("SIG_INVALID"), 2 },
        { QStringLiteral("SEQ_GAP"), 3 },
        { QStringLiteral("SEQ_DUPLICATE"), 3 },
        { QStringLiteral("ENTRY_DUPLICATE"), 3 },
        { QStringLiteral("CHAIN_BREAK"), 4 },
        { QStringLiteral("CHECKPOINT_ROOT_MISMATCH"), 8 },
    };
    if (auto it = r.find(f.code); it != r.end())
        return *it;
    return f.code.startsWith(QLatin1String("LEDGER_")) ? 7 : 5;
}

// Entry-level anomalies whose effect reaches every later seal and checkpoint.
bool altersJournal(const Finding &f)
{
    return rank(f) <= 4 && f.severity >= Severity::Error;
}

bool isDownstream(const Finding &f)
{
    static const QStringList codes { QStringLiteral("SEAL_LOG_ROOT_MISMATCH"), QStringLiteral("SEAL_CHAIN_MISMATCH"),
        QStringLiteral("CHECKPOINT_CHAIN_MISMATCH"), QStringLiteral("CHECKPOINT_ROOT_MISMATCH"),
        QStringLiteral("LEDGER_CHECKPOINT_DIVERGES") };
    return codes.contains(f.code);
}

// The journal sequence a finding is about: "journal seq N", "journal block B, seq N" (a
// journal record) or "seal of journal seq N" (what a seal covers). Marker sequence
// numbers ("marker block B, seq M") are another counter and are not read.
std::optional<uint64_t> journalSeq(const Finding &f)
{
    static const QRegularExpression loc(QStringLiteral("^journal (?:block \\d+, )?seq (\\d+)$"));
    static const QRegularExpression sealed(QStringLiteral("journal seq (\\d+)$"));
    if (const auto m = loc.match(f.location); m.hasMatch())
        return m.captured(1).toULongLong();
    if (const auto m = sealed.match(f.subject); m.hasMatch())
        return m.captured(1).toULongLong();
    return std::nullopt;
}

} // namespace

void linkRootCauses(Findings &findings, const QList<DamageRegion> &regions)
{
    numberFindings(findings);
    const qsizetype n = findings.size();
    auto rootOf = [&](qsizetype i) {
        // Causes always name roots, so one step is enough.
        if (findings[i].cause.isEmpty())
            return findings[i].id;
        return findings[i].cause;
    };
    auto link = [&](qsizetype consequence, qsizetype cause) {
        if (consequence == cause || !findings[consequence].cause.isEmpty())
            return;
        const QString root = rootOf(cause);
        if (root == findings[consequence].id)
            return;
        findings[consequence].cause = root;
        for (Finding &f : findings) // whatever it explained is now explained by its root
            if (f.cause == findings[consequence].id)
                f.cause = root;
    };

    // 1. Damaged regions: everything inside is a consequence of the region's finding.
    for (const DamageRegion &d : regions) {
        qsizetype owner = -1;
        for (qsizetype i = 0; i < n && owner < 0; ++i)
            if (findings[i].code == d.code && findings[i].offset == d.offset)
                owner = i;
        if (owner < 0 || d.length <= 0)
            continue;
        for (qsizetype i = 0; i < n; ++i)
            if (i != owner && findings[i].offset >= d.offset && findings[i].offset < d.offset + d.length)
                link(i, owner);
    }

    // 1b. No valid checkpoint: the checkpoint area as a whole is the problem; each slot's
    // own damage is its detail. A tampering verdict is never folded into it.
    for (qsizetype owner = 0; owner < n; ++owner) {
        const Finding &a = findings[owner];
        if (a.code != QLatin1String("NO_VALID_CHECKPOINT") || a.offset < 0 || !a.cause.isEmpty())
            continue;
        for (qsizetype i = 0; i < n; ++i)
            if (i != owner && findings[i].verdict != Verdict::Tampering && findings[i].offset >= a.offset
                && findings[i].offset < a.offset + a.length)
                link(i, owner);
    }

    // 2. One record, several findings: the most basic one explains the others.
    QHash<qint64, qsizetype> primary;
    for (qsizetype i = 0; i < n; ++i) {
        const Finding &f = findings[i];
        if (f.offset < 0)
            continue;
        auto it = primary.find(f.offset);
        if (it == primary.end()) {
            primary.insert(f.offset, i);
            continue;
        }
        const Finding &p = findings[*it];
        if (rank(f) < rank(p) || (rank(f) == rank(p) && f.severity > p.severity))
            *it = i;
    }
    for (qsizetype i = 0; i < n; ++i)
        if (findings[i].offset >= 0 && primary.value(findings[i].offset) != i)
            link(i, primary.value(findings[i].offset));

    // Altered entries by journal seq (their most basic finding), earliest first.
    QMap<uint64_t, qsizetype> altered;
    for (qsizetype i = 0; i < n; ++i) {
        const Finding &f = findings[i];
        if (!altersJournal(f) || !f.cause.isEmpty() || isDownstream(f))
            continue;
        if (const auto s = journalSeq(f); s && !altered.contains(*s))
            altered.insert(*s, i);
    }

    // 3. A broken link right after an altered entry: the alteration broke it.
    for (qsizetype i = 0; i < n; ++i) {
        const Finding &f = findings[i];
        if (f.code != QLatin1String("CHAIN_BREAK") || !f.cause.isEmpty())
            continue;
        const auto s = journalSeq(f);
        if (!s || *s == 0)
            continue;
        if (auto it = altered.find(*s - 1); it != altered.end()) {
            link(i, *it);
            altered.remove(*s); // the break is no longer an independent alteration
        }
    }

    // 4. Seals and checkpoints that sign over an altered entry.
    for (qsizetype i = 0; i < n; ++i) {
        const Finding &f = findings[i];
        if (!isDownstream(f) || !f.cause.isEmpty() || altered.isEmpty())
            continue;
        const auto s = journalSeq(f);
        if (s) {
            if (altered.firstKey() <= *s)
                link(i, altered.first());
        } else {
            // What it covers is not in the finding (a checkpoint without a divergent
            // entry): the earliest altered entry is the only candidate.
            link(i, altered.first());
        }
    }
}

int consequenceCount(const Findings &findings, const QString &id)
{
    int c = 0;
    for (const Finding &f : findings)
        c += f.cause == id ? 1 : 0;
    return c;
}

} // namespace seedscope::verify
