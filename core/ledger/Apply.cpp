// SPDX-License-Identifier: GPL-3.0-or-later
// The validation pipeline (docs/ledger-rules.md). Stages in order, the first failure
// decides: 1 structural, 2 duplicate, 3 signature + authorization, 4 replay protection,
// 4b dependency (PENDING), 5 economic and group rules, 6 policy caps.
#include "ledger/Apply.h"

#include "crypto/Ed25519.h"
#include "ledger/EntryCodec.h"

#include <algorithm>
#include <numeric>

namespace seedscope::ledger {

namespace {

// Trust deltas in tenths (docs/ledger-rules.md).
constexpr int32_t kTrustTransferSent = 10;
constexpr int32_t kTrustRejected = -30;
constexpr int32_t kTrustDoubleSpend = -100;
constexpr int32_t kTrustContribution = 20;
constexpr int32_t kTrustRoundCompleted = 100;
constexpr int32_t kTrustMissed = -60;
constexpr int32_t kTrustEarlyWithdraw = -120;

bool isId(const Id16 &b) { return b.isPresent(); }

// Spends at Lamport values above the floor count against the window cap.
uint64_t windowFloor(uint64_t lamport, const NetworkParams &p) { return lamport > p.windowTicks ? lamport - p.windowTicks : 0; }

class Applier {
public:
    Applier(LedgerState &s, const Entry &e, const KeyDirectory &k, const NetworkParams &p)
        : m_s(s), m_e(e), m_keys(k), m_p(p)
    {
    }

    ApplyResult run(const SignatureVerdict *pre);

private:
    ApplyResult reject(RejectReason r, QString detail)
    {
        m_r.status = EntryStatus::Rejected;
        m_r.reason = r;
        m_r.detail = std::move(detail);
        return m_r;
    }
    // A rejection attributable to the signer costs the signer's own account trust.
    ApplyResult rejectPenalised(RejectReason r, QString detail, int32_t delta, const char *why)
    {
        const AccountId acct = principalAccount();
        auto it = m_s.accounts.find(acct);
        if (!acct.isEmpty() && it != m_s.accounts.end() && it->second.owner == m_e.origin)
            adjustTrust(acct, delta, QString::fromLatin1(why));
        return reject(r, std::move(detail));
    }
    AccountId principalAccount() const
    {
        switch (m_e.type) {
        case EntryType::Transfer:
        case EntryType::GroupCreate:
        case EntryType::GroupJoin:
        case EntryType::GroupContribute:
        case EntryType::GroupClose: return m_e.from;
        case EntryType::GroupPayout: return m_e.to;
        default: return {};
        }
    }
    bool ownedByOrigin(const AccountId &a) const
    {
        auto it = m_s.accounts.find(a);
        return it != m_s.accounts.end() && it->second.owner == m_e.origin;
    }
    bool accountKnownNotOwned(const AccountId &a) const
    {
        auto it = m_s.accounts.find(a);
        return it != m_s.accounts.end() && it->second.owner != m_e.origin;
    }
    void adjustTrust(const AccountId &a, int32_t delta, const QString &why)
    {
        AccountState &acc = m_s.accounts[a];
        const int32_t before = acc.trust;
        acc.trust = std::clamp<int64_t>(int64_t(before) + delta, kTrustMin, kTrustMax);
        m_r.events.append(Event{EventKind::Trust, m_e.txId, a, before, acc.trust, why});
    }
    void moveBalance(const AccountId &a, int64_t delta, const char *why)
    {
        AccountState &acc = m_s.accounts[a];
        const int64_t before = acc.balance;
        acc.balance += delta;
        m_r.events.append(Event{EventKind::Balance, m_e.txId, a, before, acc.balance, QString::fromLatin1(why)});
    }
    void movePool(GroupState &g, int64_t delta, const char *why)
    {
        const int64_t before = g.pool;
        g.pool += delta;
        m_r.events.append(Event{EventKind::Pool, m_e.txId, m_e.group, before, g.pool, QString::fromLatin1(why)});
    }
    void setStatus(GroupState &g, int before, GroupStatus after, const char *why)
    {
        g.status = after;
        m_r.events.append(Event{EventKind::GroupStatus, m_e.txId, m_e.group, before, int(after), QString::fromLatin1(why)});
    }

    RejectReason authorize(QString *detail);
    ApplyResult economic();
    ApplyResult transfer();
    ApplyResult issue();
    ApplyResult groupCreate();
    ApplyResult groupJoin();
    ApplyResult groupContribute();
    ApplyResult groupPayout();
    ApplyResult groupClose();
    ApplyResult trustEvent();

    LedgerState &m_s;
    const Entry &m_e;
    const KeyDirectory &m_keys;
    const NetworkParams &m_p;
    ApplyResult m_r;
};

ApplyResult Applier::run(const SignatureVerdict *pre)
{
    // 1. Structural.
    QString detail;
    if (RejectReason r = structuralCheck(m_e, &detail); r != RejectReason::None)
        return reject(r, detail);

    const SignatureVerdict verdict = pre ? *pre : verifyEntrySignature(m_e, m_keys);

    // 2. Duplicate / conflicting duplicate (only entries that reached stage 5 are recorded).
    if (const uint8_t *recorded = m_s.txs.find(m_e.txId)) {
        if (Hash32::fromRaw(recorded) == Hash32(entryContentHash(m_e))) {
            m_r.status = EntryStatus::Duplicate;
            m_r.detail = QStringLiteral("same tx_id and content as an entry already applied");
            return m_r;
        }
        if (verdict.status == SignatureStatus::Valid)
            return rejectPenalised(RejectReason::ConflictingDuplicate,
                                   QStringLiteral("tx_id already used by an entry with different content"), kTrustRejected,
                                   "rejected_entry");
        return reject(RejectReason::ConflictingDuplicate, QStringLiteral("tx_id already used by an entry with different content"));
    }

    // 3. Signature (crypto) and authorization (does the signer control what it spends).
    if (verdict.status == SignatureStatus::UnknownKey)
        return reject(RejectReason::UnknownKey, QStringLiteral("no key known for the origin device at Lamport %1").arg(m_e.lamport));
    if (verdict.status == SignatureStatus::Invalid)
        return reject(RejectReason::SignatureInvalid, QStringLiteral("signature does not verify with the origin's key"));
    m_r.trusted = verdict.certified;
    if (RejectReason r = authorize(&detail); r != RejectReason::None)
        return reject(r, detail);

    // 4. Replay protection.
    auto seqIt = m_s.originSequence.find(m_e.origin);
    const uint64_t highestSeq = seqIt == m_s.originSequence.end() ? 0 : seqIt->second;
    if (m_e.sequence <= highestSeq)
        return rejectPenalised(RejectReason::Replayed,
                               QStringLiteral("sequence %1 not above the origin's highest %2").arg(m_e.sequence).arg(highestSeq),
                               kTrustRejected, "rejected_entry");
    if (m_e.lamport > m_s.lamport && m_e.lamport - m_s.lamport > m_p.driftBound)
        return rejectPenalised(RejectReason::ClockDrift,
                               QStringLiteral("Lamport %1 more than %2 above the highest seen %3")
                                   .arg(m_e.lamport).arg(m_p.driftBound).arg(m_s.lamport),
                               kTrustRejected, "rejected_entry");

    // 4b. Declared dependency.
    if (!m_e.dependsOn.isEmpty() && !m_s.txs.contains(m_e.dependsOn)) {
        m_r.status = EntryStatus::Pending;
        m_r.detail = QStringLiteral("depends on a transaction not yet in the ledger");
        return m_r;
    }

    // From here the entry is part of the ledger (valid or rejected with a reason).
    m_s.originSequence[m_e.origin] = m_e.sequence;
    m_s.lamport = std::max(m_s.lamport, m_e.lamport);
    m_s.txs.insert(m_e.txId, entryContentHash(m_e));

    // 5 + 6.
    return economic();
}

RejectReason Applier::authorize(QString *detail)
{
    auto notOwner = [&](const AccountId &a) {
        *detail = QStringLiteral("account %1 is not controlled by the origin device").arg(QString::fromLatin1(a.toHex()));
        return RejectReason::Unauthorized;
    };
    switch (m_e.type) {
    case EntryType::Issue:
        if (m_e.origin != m_keys.authorityDeviceId()) {
            *detail = QStringLiteral("ISSUE not signed by the network authority");
            return RejectReason::Unauthorized;
        }
        return RejectReason::None;
    case EntryType::Transfer:
    case EntryType::GroupCreate:
    case EntryType::GroupJoin:
    case EntryType::GroupContribute:
        return accountKnownNotOwned(m_e.from) ? notOwner(m_e.from) : RejectReason::None;
    case EntryType::GroupClose: {
        if (accountKnownNotOwned(m_e.from))
            return notOwner(m_e.from);
        auto g = m_s.groups.find(m_e.group);
        if (g != m_s.groups.end() && g->second.founder != m_e.from) {
            *detail = QStringLiteral("only the founder account may close the group");
            return RejectReason::Unauthorized;
        }
        return RejectReason::None;
    }
    case EntryType::GroupPayout: {
        auto g = m_s.groups.find(m_e.group);
        const bool byFounder = g != m_s.groups.end() && ownedByOrigin(g->second.founder);
        if (!byFounder && accountKnownNotOwned(m_e.to))
            return notOwner(m_e.to);
        return RejectReason::None;
    }
    case EntryType::TrustEvent: {
        if (m_e.group == GroupId::zero()) {
            if (m_e.origin != m_keys.authorityDeviceId()) {
                *detail = QStringLiteral("authority TRUST_EVENT not signed by the network authority");
                return RejectReason::Unauthorized;
            }
            return RejectReason::None;
        }
        auto g = m_s.groups.find(m_e.group);
        if (g == m_s.groups.end()) {
            *detail = QStringLiteral("TRUST_EVENT names an unknown group");
            return RejectReason::GroupUnknown;
        }
        if (!ownedByOrigin(g->second.founder)) {
            *detail = QStringLiteral("group TRUST_EVENT not signed by the group founder's device");
            return RejectReason::Unauthorized;
        }
        return RejectReason::None;
    }
    case EntryType::KeyRotation: return RejectReason::None;
    }
    return RejectReason::None;
}

ApplyResult Applier::economic()
{
    switch (m_e.type) {
    case EntryType::Transfer: return transfer();
    case EntryType::Issue: return issue();
    case EntryType::GroupCreate: return groupCreate();
    case EntryType::GroupJoin: return groupJoin();
    case EntryType::GroupContribute: return groupContribute();
    case EntryType::GroupPayout: return groupPayout();
    case EntryType::GroupClose: return groupClose();
    case EntryType::TrustEvent: return trustEvent();
    case EntryType::KeyRotation: return m_r; // its effect lives in the key directory
    }
    return m_r;
}

ApplyResult Applier::transfer()
{
    if (!m_s.accounts.count(m_e.from))
        return rejectPenalised(RejectReason::UnknownAccount, QStringLiteral("sender account does not exist"), kTrustRejected, "rejected_entry");
    if (!m_s.accounts.count(m_e.to))
        return rejectPenalised(RejectReason::UnknownAccount, QStringLiteral("receiver account does not exist"), kTrustRejected, "rejected_entry");
    const int64_t balance = m_s.accounts[m_e.from].balance;
    if (balance < m_e.amount) {
        m_r.doubleSpend = true;
        return rejectPenalised(RejectReason::InsufficientFunds,
                               QStringLiteral("balance %1 below amount %2").arg(balance).arg(m_e.amount), kTrustDoubleSpend,
                               "double_spend");
    }
    // 6. Policy.
    if (m_e.amount > m_p.perTxCap)
        return rejectPenalised(RejectReason::LimitExceeded,
                               QStringLiteral("amount %1 above the per-transaction cap %2").arg(m_e.amount).arg(m_p.perTxCap),
                               kTrustRejected, "rejected_entry");
    const uint64_t floor = windowFloor(m_e.lamport, m_p);
    const int64_t spent = windowSpent(m_s, m_e.from, m_e.lamport, m_p);
    if (spent + m_e.amount > m_p.windowCap)
        return rejectPenalised(RejectReason::LimitExceeded,
                               QStringLiteral("%1 already spent in the last %2 ticks; %3 more exceeds the window cap %4")
                                   .arg(spent).arg(m_p.windowTicks).arg(m_e.amount).arg(m_p.windowCap),
                               kTrustRejected, "rejected_entry");
    QList<SpendMark> &marks = m_s.windows[m_e.from];
    marks.erase(std::remove_if(marks.begin(), marks.end(), [&](const SpendMark &m) { return m.lamport <= floor; }), marks.end());
    marks.append(SpendMark{m_e.lamport, m_e.amount});

    moveBalance(m_e.from, -m_e.amount, "transfer_out");
    moveBalance(m_e.to, m_e.amount, "transfer_in");
    adjustTrust(m_e.from, kTrustTransferSent, QStringLiteral("transfer_sent"));
    return m_r;
}

ApplyResult Applier::issue()
{
    auto it = m_s.accounts.find(m_e.to);
    if (it != m_s.accounts.end() && it->second.owner != m_e.owner)
        return reject(RejectReason::OwnerMismatch, QStringLiteral("ISSUE names a different owner device than the account has"));
    if (m_e.amount > std::numeric_limits<int64_t>::max() - m_s.totalIssued)
        return reject(RejectReason::LimitExceeded, QStringLiteral("total issuance would overflow 64 bits"));
    if (it == m_s.accounts.end()) {
        AccountState fresh;
        fresh.owner = m_e.owner;
        m_s.accounts.emplace(m_e.to, fresh);
    }
    moveBalance(m_e.to, m_e.amount, "issue");
    const int64_t before = m_s.totalIssued;
    m_s.totalIssued += m_e.amount;
    m_r.events.append(Event{EventKind::Issuance, m_e.txId, {}, before, m_s.totalIssued, QStringLiteral("issue")});
    return m_r;
}

ApplyResult Applier::groupCreate()
{
    if (m_s.groups.count(m_e.group))
        return rejectPenalised(RejectReason::GroupExists, QStringLiteral("group id already exists"), kTrustRejected, "rejected_entry");
    for (const AccountId &m : m_e.members)
        if (!m_s.accounts.count(m))
            return rejectPenalised(RejectReason::UnknownAccount, QStringLiteral("member %1 does not exist").arg(QString::fromLatin1(m.toHex())),
                                   kTrustRejected, "rejected_entry");
    GroupState g;
    g.founder = m_e.from;
    g.contribution = m_e.amount;
    g.members = m_e.members;
    g.contributed = QList<bool>(m_e.members.size(), false);
    g.missed = QList<bool>(m_e.members.size(), false);
    setStatus(m_s.groups[m_e.group] = g, 0, GroupStatus::Open, "group_created");
    return m_r;
}

ApplyResult Applier::groupJoin()
{
    auto it = m_s.groups.find(m_e.group);
    if (it == m_s.groups.end())
        return rejectPenalised(RejectReason::GroupUnknown, QStringLiteral("no such group"), kTrustRejected, "rejected_entry");
    GroupState &g = it->second;
    if (g.status != GroupStatus::Open)
        return rejectPenalised(RejectReason::GroupNotOpen, QStringLiteral("group is %1").arg(QLatin1String(groupStatusName(g.status))),
                               kTrustRejected, "rejected_entry");
    if (g.members.contains(m_e.from))
        return rejectPenalised(RejectReason::GroupAlreadyMember, QStringLiteral("account is already a member"), kTrustRejected, "rejected_entry");
    if (g.started || g.members.size() >= kMaxGroupMembers)
        return rejectPenalised(RejectReason::GroupJoinClosed,
                               g.started ? QStringLiteral("joins close at the first contribution") : QStringLiteral("group is full"),
                               kTrustRejected, "rejected_entry");
    if (!m_s.accounts.count(m_e.from))
        return reject(RejectReason::UnknownAccount, QStringLiteral("joining account does not exist"));
    g.members.append(m_e.from);
    g.contributed.append(false);
    g.missed.append(false);
    return m_r;
}

ApplyResult Applier::groupContribute()
{
    auto it = m_s.groups.find(m_e.group);
    if (it == m_s.groups.end())
        return rejectPenalised(RejectReason::GroupUnknown, QStringLiteral("no such group"), kTrustRejected, "rejected_entry");
    GroupState &g = it->second;
    if (g.status != GroupStatus::Open)
        return rejectPenalised(RejectReason::GroupNotOpen, QStringLiteral("group is %1").arg(QLatin1String(groupStatusName(g.status))),
                               kTrustRejected, "rejected_entry");
    const qsizetype idx = g.members.indexOf(m_e.from);
    if (idx < 0)
        return rejectPenalised(RejectReason::GroupNotMember, QStringLiteral("account is not a member"), kTrustRejected, "rejected_entry");
    if (m_e.cycle != g.cycle)
        return rejectPenalised(RejectReason::GroupWrongCycle, QStringLiteral("cycle %1, the group is in cycle %2").arg(m_e.cycle).arg(g.cycle),
                               kTrustRejected, "rejected_entry");
    if (g.contributed[idx])
        return rejectPenalised(RejectReason::GroupAlreadyContributed, QStringLiteral("second contribution in cycle %1").arg(g.cycle),
                               kTrustRejected, "rejected_entry");
    if (m_e.amount != g.contribution)
        return rejectPenalised(RejectReason::GroupWrongAmount,
                               QStringLiteral("contribution %1, the group requires %2").arg(m_e.amount).arg(g.contribution),
                               kTrustRejected, "rejected_entry");
    if (!m_s.accounts.count(m_e.from))
        return reject(RejectReason::UnknownAccount, QStringLiteral("member account does not exist"));
    const int64_t balance = m_s.accounts[m_e.from].balance;
    if (balance < m_e.amount) {
        m_r.doubleSpend = true;
        return rejectPenalised(RejectReason::InsufficientFunds,
                               QStringLiteral("balance %1 below contribution %2").arg(balance).arg(m_e.amount), kTrustDoubleSpend,
                               "double_spend");
    }
    moveBalance(m_e.from, -m_e.amount, "contribution");
    movePool(g, m_e.amount, "contribution");
    g.contributedTotal += m_e.amount;
    g.contributed[idx] = true;
    g.started = true;
    adjustTrust(m_e.from, kTrustContribution, QStringLiteral("contribution_on_time"));
    return m_r;
}

ApplyResult Applier::groupPayout()
{
    auto it = m_s.groups.find(m_e.group);
    if (it == m_s.groups.end())
        return rejectPenalised(RejectReason::GroupUnknown, QStringLiteral("no such group"), kTrustRejected, "rejected_entry");
    GroupState &g = it->second;
    if (g.status != GroupStatus::Open)
        return rejectPenalised(RejectReason::GroupNotOpen, QStringLiteral("group is %1").arg(QLatin1String(groupStatusName(g.status))),
                               kTrustRejected, "rejected_entry");
    if (m_e.cycle < g.cycle)
        return rejectPenalised(RejectReason::GroupAlreadyPaid, QStringLiteral("cycle %1 was already paid").arg(m_e.cycle), kTrustRejected,
                               "rejected_entry");
    if (m_e.cycle > g.cycle)
        return rejectPenalised(RejectReason::GroupWrongCycle, QStringLiteral("cycle %1, the group is in cycle %2").arg(m_e.cycle).arg(g.cycle),
                               kTrustRejected, "rejected_entry");
    const qsizetype n = g.members.size();
    if (m_e.to != g.members[qsizetype(m_e.cycle % uint32_t(n))])
        return rejectPenalised(RejectReason::GroupWrongRecipient, QStringLiteral("cycle %1 pays rotation[%2]").arg(m_e.cycle).arg(m_e.cycle % n),
                               kTrustRejected, "rejected_entry");
    const int64_t pot = g.contribution * int64_t(n);
    if (m_e.amount != pot)
        return rejectPenalised(RejectReason::GroupWrongAmount, QStringLiteral("payout %1, the pot is %2").arg(m_e.amount).arg(pot),
                               kTrustRejected, "rejected_entry");
    const qsizetype paid = std::count(g.contributed.cbegin(), g.contributed.cend(), true);
    if (paid != n)
        return rejectPenalised(RejectReason::GroupIncompleteCycle,
                               QStringLiteral("%1 of %2 contributions of cycle %3 are in").arg(paid).arg(n).arg(m_e.cycle),
                               kTrustEarlyWithdraw, "early_withdraw");
    if (!m_s.accounts.count(m_e.to))
        return reject(RejectReason::UnknownAccount, QStringLiteral("recipient account does not exist"));
    movePool(g, -pot, "payout");
    moveBalance(m_e.to, pot, "payout");
    g.paidTotal += pot;
    for (const AccountId &m : g.members)
        adjustTrust(m, kTrustRoundCompleted, QStringLiteral("round_completed"));
    g.contributed.fill(false);
    g.cycle += 1;
    if (g.cycle >= uint32_t(n))
        setStatus(g, int(GroupStatus::Open), GroupStatus::Completed, "group_completed");
    return m_r;
}

ApplyResult Applier::groupClose()
{
    auto it = m_s.groups.find(m_e.group);
    if (it == m_s.groups.end())
        return rejectPenalised(RejectReason::GroupUnknown, QStringLiteral("no such group"), kTrustRejected, "rejected_entry");
    GroupState &g = it->second;
    if (g.status != GroupStatus::Open)
        return rejectPenalised(RejectReason::GroupNotOpen, QStringLiteral("group is %1").arg(QLatin1String(groupStatusName(g.status))),
                               kTrustRejected, "rejected_entry");
    for (qsizetype i = 0; i < g.members.size(); ++i) {
        if (g.contributed[i]) {
            // The unpaid cycle's contributions go back to whoever paid them.
            movePool(g, -g.contribution, "close_refund");
            moveBalance(g.members[i], g.contribution, "close_refund");
            g.paidTotal += g.contribution;
            g.contributed[i] = false;
        } else if (g.started) {
            g.missed[i] = true;
            adjustTrust(g.members[i], kTrustMissed, QStringLiteral("missed_contribution"));
        }
    }
    setStatus(g, int(GroupStatus::Open), GroupStatus::Closed, "group_closed");
    return m_r;
}

ApplyResult Applier::trustEvent()
{
    if (!m_s.accounts.count(m_e.to))
        return reject(RejectReason::UnknownAccount, QStringLiteral("subject account does not exist"));
    adjustTrust(m_e.to, m_e.trustDelta, QStringLiteral("trust_event:") + QLatin1String(trustReasonName(m_e.trustReason)));
    return m_r;
}

} // namespace

RejectReason structuralCheck(const Entry &e, QString *detail)
{
    auto bad = [&](const QString &why) {
        if (detail)
            *detail = why;
        return RejectReason::BadFormat;
    };
    if (!isKnownEntryType(uint8_t(e.type)))
        return bad(QStringLiteral("unknown entry type"));
    if (!isId(e.txId) || !isId(e.origin))
        return bad(QStringLiteral("tx_id and origin must be 16 bytes"));
    if (!e.dependsOn.isEmpty() && !isId(e.dependsOn))
        return bad(QStringLiteral("dependency must be a 16-byte tx_id"));
    if (e.signature.size() != crypto::kEd25519SignatureSize)
        return bad(QStringLiteral("signature must be 64 bytes"));
    switch (e.type) {
    case EntryType::Transfer:
        if (!isId(e.from) || !isId(e.to))
            return bad(QStringLiteral("account ids must be 16 bytes"));
        if (e.from == e.to)
            return bad(QStringLiteral("sender equals receiver"));
        if (e.amount <= 0)
            return bad(QStringLiteral("amount must be > 0"));
        break;
    case EntryType::Issue:
        if (!isId(e.to) || !isId(e.owner))
            return bad(QStringLiteral("account and owner must be 16 bytes"));
        if (e.amount <= 0)
            return bad(QStringLiteral("amount must be > 0"));
        break;
    case EntryType::GroupCreate: {
        if (!isId(e.group) || !isId(e.from))
            return bad(QStringLiteral("group and founder must be 16 bytes"));
        if (e.amount <= 0)
            return bad(QStringLiteral("contribution must be > 0"));
        if (e.members.isEmpty() || e.members.size() > kMaxGroupMembers)
            return bad(QStringLiteral("1..64 members"));
        if (e.amount > std::numeric_limits<int64_t>::max() / kMaxGroupMembers)
            return bad(QStringLiteral("contribution too large for a 64-member pot"));
        QList<AccountId> sorted = e.members;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
            return bad(QStringLiteral("a member is listed twice"));
        for (const AccountId &m : e.members)
            if (!isId(m))
                return bad(QStringLiteral("member ids must be 16 bytes"));
        if (!e.members.contains(e.from))
            return bad(QStringLiteral("the founder must be a member"));
        break;
    }
    case EntryType::GroupJoin:
    case EntryType::GroupClose:
        if (!isId(e.group) || !isId(e.from))
            return bad(QStringLiteral("group and account must be 16 bytes"));
        break;
    case EntryType::GroupContribute:
        if (!isId(e.group) || !isId(e.from))
            return bad(QStringLiteral("group and account must be 16 bytes"));
        if (e.amount <= 0)
            return bad(QStringLiteral("amount must be > 0"));
        break;
    case EntryType::GroupPayout:
        if (!isId(e.group) || !isId(e.to))
            return bad(QStringLiteral("group and recipient must be 16 bytes"));
        if (e.amount <= 0)
            return bad(QStringLiteral("amount must be > 0"));
        break;
    case EntryType::TrustEvent: {
        if (!isId(e.group) || !isId(e.to))
            return bad(QStringLiteral("group and subject must be 16 bytes"));
        bool known = false;
        const int32_t expected = trustReasonDelta(e.trustReason, &known);
        if (!known)
            return bad(QStringLiteral("unknown trust reason %1").arg(e.trustReason));
        if (e.trustDelta != expected)
            return bad(QStringLiteral("trust delta %1 does not match reason %2 (%3)").arg(e.trustDelta).arg(e.trustReason).arg(expected));
        break;
    }
    case EntryType::KeyRotation:
        if (e.newPublicKey.size() != crypto::kEd25519PublicKeySize)
            return bad(QStringLiteral("new key must be 32 bytes"));
        if (e.validFromLamport <= e.lamport)
            return bad(QStringLiteral("a rotation must take effect after its own Lamport value"));
        break;
    }
    return RejectReason::None;
}

SignatureVerdict verifyEntrySignature(const Entry &e, const KeyDirectory &keys)
{
    const KeyRecord *key = keys.keyFor(e.origin, e.lamport);
    if (!key)
        return {SignatureStatus::UnknownKey, false};
    const bool ok = crypto::ed25519Verify(key->publicKey, entrySignedBytes(e), e.signature) == crypto::SignatureCheck::Valid;
    return {ok ? SignatureStatus::Valid : SignatureStatus::Invalid, ok && key->certified};
}

ApplyResult applyEntry(LedgerState &state, const Entry &e, const KeyDirectory &keys, const NetworkParams &params,
                       const SignatureVerdict *verdict)
{
    return Applier(state, e, keys, params).run(verdict);
}

int64_t windowSpent(const LedgerState &state, const AccountId &account, uint64_t lamport, const NetworkParams &params)
{
    const auto it = state.windows.find(account);
    if (it == state.windows.end())
        return 0;
    const uint64_t floor = windowFloor(lamport, params);
    int64_t spent = 0;
    for (const SpendMark &m : it->second)
        if (m.lamport > floor)
            spent += m.amount;
    return spent;
}

int64_t spendableNow(const LedgerState &state, const AccountId &account, uint64_t lamport, const NetworkParams &params)
{
    const auto it = state.accounts.find(account);
    if (it == state.accounts.end())
        return 0;
    const int64_t windowLeft = params.windowCap - windowSpent(state, account, lamport, params);
    return std::max<int64_t>(0, std::min({it->second.balance, params.perTxCap, windowLeft}));
}

bool canonicalLess(const Entry &a, const Entry &b)
{
    if (a.lamport != b.lamport)
        return a.lamport < b.lamport;
    if (a.origin != b.origin)
        return a.origin < b.origin;
    return a.txId < b.txId;
}

QList<BatchItem> applyBatch(LedgerState &state, const QList<Entry> &entries, const KeyDirectory &keys, const NetworkParams &params)
{
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return canonicalLess(entries[a], entries[b]); });
    QList<BatchItem> out;
    out.reserve(entries.size());
    for (int i : order)
        out.append(BatchItem{i, applyEntry(state, entries[i], keys, params)});
    return out;
}

const char *entryStatusName(EntryStatus s)
{
    switch (s) {
    case EntryStatus::Valid: return "VALID";
    case EntryStatus::Rejected: return "REJECTED";
    case EntryStatus::Duplicate: return "DUPLICATE";
    case EntryStatus::Pending: return "PENDING";
    case EntryStatus::Orphaned: return "ORPHANED";
    }
    return "UNKNOWN";
}

const char *rejectReasonName(RejectReason r)
{
    switch (r) {
    case RejectReason::None: return "NONE";
    case RejectReason::BadFormat: return "BAD_FORMAT";
    case RejectReason::ConflictingDuplicate: return "CONFLICTING_DUPLICATE";
    case RejectReason::UnknownKey: return "UNKNOWN_KEY";
    case RejectReason::SignatureInvalid: return "SIGNATURE_INVALID";
    case RejectReason::Unauthorized: return "UNAUTHORIZED";
    case RejectReason::Replayed: return "REPLAYED";
    case RejectReason::ClockDrift: return "CLOCK_DRIFT";
    case RejectReason::InsufficientFunds: return "INSUFFICIENT_FUNDS";
    case RejectReason::UnknownAccount: return "UNKNOWN_ACCOUNT";
    case RejectReason::OwnerMismatch: return "OWNER_MISMATCH";
    case RejectReason::GroupUnknown: return "GROUP_UNKNOWN";
    case RejectReason::GroupExists: return "GROUP_EXISTS";
    case RejectReason::GroupNotOpen: return "GROUP_NOT_OPEN";
    case RejectReason::GroupNotMember: return "GROUP_NOT_MEMBER";
    case RejectReason::GroupAlreadyMember: return "GROUP_ALREADY_MEMBER";
    case RejectReason::GroupJoinClosed: return "GROUP_JOIN_CLOSED";
    case RejectReason::GroupWrongAmount: return "GROUP_WRONG_AMOUNT";
    case RejectReason::GroupWrongCycle: return "GROUP_WRONG_CYCLE";
    case RejectReason::GroupAlreadyContributed: return "GROUP_ALREADY_CONTRIBUTED";
    case RejectReason::GroupIncompleteCycle: return "GROUP_INCOMPLETE_CYCLE";
    case RejectReason::GroupWrongRecipient: return "GROUP_WRONG_RECIPIENT";
    case RejectReason::GroupAlreadyPaid: return "GROUP_ALREADY_PAID";
    case RejectReason::LimitExceeded: return "LIMIT_EXCEEDED";
    }
    return "UNKNOWN";
}

const char *eventKindName(EventKind k)
{
    switch (k) {
    case EventKind::Balance: return "balance";
    case EventKind::Pool: return "pool";
    case EventKind::GroupStatus: return "group_status";
    case EventKind::Trust: return "trust";
    case EventKind::Issuance: return "issuance";
    }
    return "unknown";
}

TrustBand trustBand(int32_t tenths)
{
    if (tenths < 1000)
        return TrustBand::HighRisk;
    if (tenths > 6000)
        return TrustBand::Excellent;
    if (tenths > 3000)
        return TrustBand::Reliable;
    return TrustBand::Standard;
}

const char *trustBandName(TrustBand b)
{
    switch (b) {
    case TrustBand::HighRisk: return "high_risk";
    case TrustBand::Standard: return "standard";
    case TrustBand::Reliable: return "reliable";
    case TrustBand::Excellent: return "excellent";
    }
    return "unknown";
}

const char *groupStatusName(GroupStatus s)
{
    switch (s) {
    case GroupStatus::Open: return "OPEN";
    case GroupStatus::Completed: return "COMPLETED";
    case GroupStatus::Closed: return "CLOSED";
    }
    return "UNKNOWN";
}

} // namespace seedscope::ledger
