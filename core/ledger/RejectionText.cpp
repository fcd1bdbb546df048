// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/RejectionText.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace seedscope::ledger {
namespace {

// Every sentence Apply.cpp composes as a detail, in its words (keep in step with it; a
// sentence missing here stays English, nothing worse).
const char *const kTemplates[] = {
    QT_TRANSLATE_NOOP("Finding", "same tx_id and content as an entry already applied"),
    QT_TRANSLATE_NOOP("Finding", "tx_id already used by an entry with different content"),
    QT_TRANSLATE_NOOP("Finding", "no key known for the origin device at Lamport %1"),
    QT_TRANSLATE_NOOP("Finding", "signature does not verify with the origin's key"),
    QT_TRANSLATE_NOOP("Finding", "sequence %1 not above the origin's highest %2"),
    QT_TRANSLATE_NOOP("Finding", "Lamport %1 more than %2 above the highest seen %3"),
    QT_TRANSLATE_NOOP("Finding", "depends on a transaction not yet in the ledger"),
    QT_TRANSLATE_NOOP("Finding", "account %1 is not controlled by the origin device"),
    QT_TRANSLATE_NOOP("Finding", "ISSUE not signed by the network authority"),
    QT_TRANSLATE_NOOP("Finding", "only the founder account may close the group"),
    QT_TRANSLATE_NOOP("Finding", "authority TRUST_EVENT not signed by the network authority"),
    QT_TRANSLATE_NOOP("Finding", "TRUST_EVENT names an unknown group"),
    QT_TRANSLATE_NOOP("Finding", "group TRUST_EVENT not signed by the group founder's device"),
    QT_TRANSLATE_NOOP("Finding", "sender account does not exist"),
    QT_TRANSLATE_NOOP("Finding", "receiver account does not exist"),
    QT_TRANSLATE_NOOP("Finding", "balance %1 below amount %2"),
    QT_TRANSLATE_NOOP("Finding", "amount %1 above the per-transaction cap %2"),
    QT_TRANSLATE_NOOP("Finding", "%1 already spent in the last %2 ticks; %3 more exceeds the window cap %4"),
    QT_TRANSLATE_NOOP("Finding", "ISSUE names a different owner device than the account has"),
    QT_TRANSLATE_NOOP("Finding", "total issuance would overflow 64 bits"),
    QT_TRANSLATE_NOOP("Finding", "group id already exists"),
    QT_TRANSLATE_NOOP("Finding", "member %1 does not exist"),
    QT_TRANSLATE_NOOP("Finding", "no such group"),
    QT_TRANSLATE_NOOP("Finding", "group is %1"),
    QT_TRANSLATE_NOOP("Finding", "account is already a member"),
    QT_TRANSLATE_NOOP("Finding", "joins close at the first contribution"),
    QT_TRANSLATE_NOOP("Finding", "group is full"),
    QT_TRANSLATE_NOOP("Finding", "joining account does not exist"),
    QT_TRANSLATE_NOOP("Finding", "account is not a member"),
    QT_TRANSLATE_NOOP("Finding", "cycle %1, the group is in cycle %2"),
    QT_TRANSLATE_NOOP("Finding", "second contribution in cycle %1"),
    QT_TRANSLATE_NOOP("Finding", "contribution %1, the group requires %2"),
    QT_TRANSLATE_NOOP("Finding", "member account does not exist"),
    QT_TRANSLATE_NOOP("Finding", "balance %1 below contribution %2"),
    QT_TRANSLATE_NOOP("Finding", "cycle %1 was already paid"),
    QT_TRANSLATE_NOOP("Finding", "cycle %1 pays rotation[%2]"),
    QT_TRANSLATE_NOOP("Finding", "payout %1, the pot is %2"),
    QT_TRANSLATE_NOOP("Finding", "%1 of %2 contributions of cycle %3 are in"),
    QT_TRANSLATE_NOOP("Finding", "recipient account does not exist"),
    QT_TRANSLATE_NOOP("Finding", "subject account does not exist"),
    QT_TRANSLATE_NOOP("Finding", "unknown entry type"),
    QT_TRANSLATE_NOOP("Finding", "tx_id and origin must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "dependency must be a 16-byte tx_id"),
    QT_TRANSLATE_NOOP("Finding", "signature must be 64 bytes"),
    QT_TRANSLATE_NOOP("Finding", "account ids must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "sender equals receiver"),
    QT_TRANSLATE_NOOP("Finding", "amount must be > 0"),
    QT_TRANSLATE_NOOP("Finding", "account and owner must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "group and founder must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "contribution must be > 0"),
    QT_TRANSLATE_NOOP("Finding", "1..64 members"),
    QT_TRANSLATE_NOOP("Finding", "contribution too large for a 64-member pot"),
    QT_TRANSLATE_NOOP("Finding", "a member is listed twice"),
    QT_TRANSLATE_NOOP("Finding", "member ids must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "the founder must be a member"),
    QT_TRANSLATE_NOOP("Finding", "group and account must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "group and recipient must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "group and subject must be 16 bytes"),
    QT_TRANSLATE_NOOP("Finding", "unknown trust reason %1"),
    QT_TRANSLATE_NOOP("Finding", "trust delta %1 does not match reason %2 (%3)"),
    QT_TRANSLATE_NOOP("Finding", "new key must be 32 bytes"),
    QT_TRANSLATE_NOOP("Finding", "a rotation must take effect after its own Lamport value"),
};

struct Pattern {
    const char *source;
    QRegularExpression re;
    std::vector<int> placeholders; // capture group i fills %placeholders[i]
};

const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> out;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        for (const char *t : kTemplates) {
            const QString source = QString::fromUtf8(t);
            Pattern p{t, {}, {}};
            QString re;
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(source); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                re += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*?)");
                p.placeholders.push_back(m.captured(1).toInt());
                at = m.capturedEnd();
            }
            re += QRegularExpression::escape(source.mid(at));
            p.re = QRegularExpression(QRegularExpression::anchoredPattern(re), QRegularExpression::DotMatchesEverythingOption);
            out.push_back(std::move(p));
        }
        return out;
    }();
    return all;
}

} // namespace

FindingText rejectionText(const QString &detail)
{
    if (detail.isEmpty())
        return detail;
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.re.match(detail);
        if (!m.hasMatch())
            continue;
        FindingText t;
        t.source = QString::fromUtf8(p.source);
        int count = 0;
        for (int n : p.placeholders)
            count = std::max(count, n);
        t.args.resize(size_t(count));
        for (size_t i = 0; i < p.placeholders.size(); ++i)
            t.args[size_t(p.placeholders[i] - 1)] = FindingText(m.captured(int(i) + 1));
        if (t.english() == detail)
            return t;
    }
    return detail;
}

} // namespace seedscope::ledger
