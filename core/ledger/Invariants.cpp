// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Invariants.h"

#include "util/Hex.h"

#include <QSet>

#include <limits>

namespace seedscope::ledger {

namespace {

Finding invariantFinding(const char *code, const QString &evidence, const FindingText &where, const FindingText &subject,
                         const FindingText &expected, const FindingText &found, const FindingText &explanation)
{
    return makeFinding(evidence, code, Severity::Critical, -1, 0, where, subject, explanation, expected, found);
}

void checkGroup(Findings &out, const GroupId &id, const GroupState &g, const QString &evidence, const FindingText &where)
{
    if (g.pool < 0)
        out.append(invariantFinding(findingcode::kNegativePool, evidence, where, ftr(QT_TRANSLATE_NOOP("Finding", "group %1"), toHex(id)),
                                    QStringLiteral(">= 0"), QString::number(g.pool), ftr(QT_TRANSLATE_NOOP("Finding", "A savings pool holds less than nothing."))));
    if (g.pool != g.contributedTotal - g.paidTotal)
        out.append(invariantFinding(findingcode::kPoolMismatch, evidence, where, ftr(QT_TRANSLATE_NOOP("Finding", "group %1"), toHex(id)),
                                    QString::number(g.contributedTotal - g.paidTotal), QString::number(g.pool),
                                    ftr(QT_TRANSLATE_NOOP("Finding", "The pool balance is not contributions minus payouts."))));
}

// Overflow-checked accumulation (portable: no __int128 on MSVC). Sticky overflow flag.
struct CheckedSum {
    int64_t value = 0;
    bool overflow = false;
    void add(int64_t v)
    {
        if ((v > 0 && value > std::numeric_limits<int64_t>::max() - v) || (v < 0 && value < std::numeric_limits<int64_t>::min() - v))
            overflow = true;
        else
            value += v;
    }
    FindingText text() const { return overflow ? ftr(QT_TRANSLATE_NOOP("Finding", "overflow")) : FindingText(QString::number(value)); }
};

} // namespace

Findings checkStateInvariants(const LedgerState &s, const QString &evidence, const FindingText &where)
{
    Findings out;
    CheckedSum sum;
    for (const auto &[id, a] : s.accounts) {
        sum.add(a.balance);
        if (a.balance < 0)
            out.append(invariantFinding(findingcode::kNegativeBalance, evidence, where, ftr(QT_TRANSLATE_NOOP("Finding", "account %1"), toHex(id)),
                                        QStringLiteral(">= 0"), QString::number(a.balance), ftr(QT_TRANSLATE_NOOP("Finding", "An account balance is negative."))));
        if (a.trust < kTrustMin || a.trust > kTrustMax)
            out.append(invariantFinding(findingcode::kTrustBounds, evidence, where, ftr(QT_TRANSLATE_NOOP("Finding", "account %1"), toHex(id)),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "0..10000 tenths")), QString::number(a.trust),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "A trust score is outside 0.0..1000.0."))));
    }
    for (const auto &[id, g] : s.groups) {
        sum.add(g.pool);
        checkGroup(out, id, g, evidence, where);
    }
    if (sum.overflow || sum.value != s.totalIssued)
        out.append(invariantFinding(findingcode::kConservation, evidence, where, ftr(QT_TRANSLATE_NOOP("Finding", "ledger")),
                                    QString::number(s.totalIssued), sum.text(),
                                    ftr(QT_TRANSLATE_NOOP("Finding", "Balances plus savings pools do not add up to the money issued."))));
    return out;
}

Findings checkEntryInvariants(const LedgerState &after, const ApplyResult &r, const QString &evidence, const FindingText &where,
                              const FindingText &subject)
{
    Findings out;
    CheckedSum moved, issued;
    QSet<GroupId> groups;
    for (const Event &e : r.events) {
        switch (e.kind) {
        case EventKind::Balance:
            moved.add(e.after - e.before);
            if (e.after < 0)
                out.append(invariantFinding(findingcode::kNegativeBalance, evidence, where, subject, QStringLiteral(">= 0"),
                                            QString::number(e.after), ftr(QT_TRANSLATE_NOOP("Finding", "The entry left an account negative."))));
            break;
        case EventKind::Pool:
            moved.add(e.after - e.before);
            groups.insert(e.subject);
            break;
        case EventKind::Issuance: issued.add(e.after - e.before); break;
        case EventKind::Trust:
            if (e.after < kTrustMin || e.after > kTrustMax)
                out.append(invariantFinding(findingcode::kTrustBounds, evidence, where, subject, ftr(QT_TRANSLATE_NOOP("Finding", "0..10000 tenths")),
                                            QString::number(e.after), ftr(QT_TRANSLATE_NOOP("Finding", "The entry pushed a trust score out of bounds."))));
            break;
        case EventKind::GroupStatus: break;
        }
    }
    if (moved.overflow || issued.overflow || moved.value != issued.value)
        out.append(invariantFinding(findingcode::kConservation, evidence, where, subject, issued.text(), moved.text(), ftr(QT_TRANSLATE_NOOP("Finding", "The entry created or destroyed money."))));
    for (const GroupId &g : groups) {
        auto it = after.groups.find(g);
        if (it != after.groups.end())
            checkGroup(out, g, it->second, evidence, where);
    }
    return out;
}

} // namespace seedscope::ledger
