// SPDX-License-Identifier: GPL-3.0-or-later
// Savings groups (ROSCA) and trust score arithmetic, with exact numbers.

#include "LedgerTestKit.h"

#include "ledger/Invariants.h"

#include <QTest>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

// Three members a (d1, founder), b (d2), c (d3), contribution 1000, pot 3000.
struct Rosca {
    Net net;
    LedgerState state;
    GroupId group = Net::account("rosca");
    Rosca()
    {
        net.addDevice("d1");
        net.addDevice("d2");
        net.addDevice("d3");
        net.addDevice("d4");
        for (const Entry &e : {net.issue("a", "d1", 10000), net.issue("b", "d2", 10000), net.issue("c", "d3", 10000),
                               net.issue("d", "d4", 10000)})
            ok(e);
        Entry g = net.base(EntryType::GroupCreate, "d1");
        g.group = group;
        g.from = Net::account("a");
        g.amount = 1000;
        g.members = {Net::account("a"), Net::account("b"), Net::account("c")};
        ok(net.sign(g, "d1"));
    }
    ApplyResult apply(const Entry &e) { return applyEntry(state, e, net.keys, net.params); }
    void ok(const Entry &e)
    {
        const ApplyResult r = apply(e);
        if (r.status != EntryStatus::Valid)
            QFAIL(qPrintable(QStringLiteral("setup: %1 %2").arg(QLatin1String(rejectReasonName(r.reason)), r.detail)));
    }
    Entry contribute(const char *device, const char *member, uint32_t cycle, int64_t amount = 1000)
    {
        Entry e = net.base(EntryType::GroupContribute, device);
        e.group = group;
        e.from = Net::account(member);
        e.cycle = cycle;
        e.amount = amount;
        return net.sign(e, device);
    }
    Entry payout(const char *device, const char *recipient, uint32_t cycle, int64_t amount = 3000)
    {
        Entry e = net.base(EntryType::GroupPayout, device);
        e.group = group;
        e.to = Net::account(recipient);
        e.cycle = cycle;
        e.amount = amount;
        return net.sign(e, device);
    }
    Entry join(const char *device, const char *member)
    {
        Entry e = net.base(EntryType::GroupJoin, device);
        e.group = group;
        e.from = Net::account(member);
        return net.sign(e, device);
    }
    Entry close(const char *device, const char *founder)
    {
        Entry e = net.base(EntryType::GroupClose, device);
        e.group = group;
        e.from = Net::account(founder);
        return net.sign(e, device);
    }
    void cycleIn(uint32_t k)
    {
        ok(contribute("d1", "a", k));
        ok(contribute("d2", "b", k));
        ok(contribute("d3", "c", k));
    }
    const GroupState &g() const { return state.groups.at(group); }
    int64_t balance(const char *a) const { return state.accounts.at(Net::account(a)).balance; }
    int32_t trust(const char *a) const { return state.accounts.at(Net::account(a)).trust; }
    RejectReason reason(const Entry &e) { return apply(e).reason; }
};

} // namespace

class TestLedgerGroups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullRotationCompletes()
    {
        Rosca r;
        const char *rotation[] = {"a", "b", "c"};
        const char *devices[] = {"d1", "d2", "d3"};
        for (uint32_t k = 0; k < 3; ++k) {
            r.cycleIn(k);
            QCOMPARE(r.g().pool, 3000);
            r.ok(r.payout(devices[k], rotation[k], k));
            QCOMPARE(r.g().pool, 0);
            QCOMPARE(r.g().cycle, k + 1);
        }
        QCOMPARE(r.g().status, GroupStatus::Completed);
        QCOMPARE(r.g().contributedTotal, 9000);
        QCOMPARE(r.g().paidTotal, 9000);
        // Each paid 3000 and received 3000.
        QCOMPARE(r.balance("a"), 10000);
        QCOMPARE(r.balance("c"), 10000);
        // Trust: 3 on-time contributions (+2.0 each) and 3 completed rounds (+10.0 each) = 500.0 + 36.0.
        QCOMPARE(r.trust("a"), 5000 + 3 * 20 + 3 * 100);
        QCOMPARE(r.trust("d"), 5000);
        QVERIFY(checkStateInvariants(r.state, {}, {}).isEmpty());
        QCOMPARE(r.reason(r.payout("d1", "a", 3)), RejectReason::GroupNotOpen);
        QCOMPARE(r.reason(r.contribute("d1", "a", 3)), RejectReason::GroupNotOpen);
    }
    void joinOnlyBeforeFirstContribution()
    {
        Rosca r;
        QCOMPARE(r.reason(r.join("d1", "a")), RejectReason::GroupAlreadyMember);
        r.ok(r.join("d4", "d"));
        QCOMPARE(r.g().members.size(), 4);
        r.ok(r.contribute("d1", "a", 0));
        Rosca r2;
        r2.ok(r2.contribute("d1", "a", 0));
        QCOMPARE(r2.reason(r2.join("d4", "d")), RejectReason::GroupJoinClosed);
        QCOMPARE(r2.reason(r2.join("d1", "d")), RejectReason::Unauthorized); // d1 does not control d
    }
    void contributionRules()
    {
        Rosca r;
        QCOMPARE(r.reason(r.contribute("d1", "a", 0, 999)), RejectReason::GroupWrongAmount);
        QCOMPARE(r.reason(r.contribute("d4", "d", 0)), RejectReason::GroupNotMember);
        QCOMPARE(r.reason(r.contribute("d1", "a", 1)), RejectReason::GroupWrongCycle);
        r.ok(r.contribute("d1", "a", 0));
        QCOMPARE(r.reason(r.contribute("d1", "a", 0)), RejectReason::GroupAlreadyContributed);
        Entry unknown = r.contribute("d2", "b", 0);
        unknown.group = Net::account("no-such-group");
        QCOMPARE(r.reason(r.net.sign(unknown, "d2")), RejectReason::GroupUnknown);
    }
    void payoutRules()
    {
        Rosca r;
        r.ok(r.contribute("d1", "a", 0));
        r.ok(r.contribute("d2", "b", 0));
        // Early withdraw: c has not paid. Costs the recipient 12.0 (plus nothing else).
        const ApplyResult early = r.apply(r.payout("d1", "a", 0));
        QCOMPARE(early.reason, RejectReason::GroupIncompleteCycle);
        QCOMPARE(r.trust("a"), 5000 + 20 - 120);
        r.ok(r.contribute("d3", "c", 0));
        QCOMPARE(r.reason(r.payout("d2", "b", 0)), RejectReason::GroupWrongRecipient);
        QCOMPARE(r.reason(r.payout("d1", "a", 0, 2999)), RejectReason::GroupWrongAmount);
        QCOMPARE(r.reason(r.payout("d1", "a", 1)), RejectReason::GroupWrongCycle);
        // Rival payouts: the first valid one wins, the second finds the cycle paid.
        r.ok(r.payout("d1", "a", 0));
        QCOMPARE(r.reason(r.payout("d1", "a", 0)), RejectReason::GroupAlreadyPaid);
        QCOMPARE(r.g().pool, 0);
        // The founder's device may also submit the payout for another recipient.
        r.cycleIn(1);
        r.ok(r.payout("d1", "b", 1));
        QCOMPARE(r.balance("b"), 10000 - 2000 + 3000);
    }
    void closeRecordsMissedAndRefunds()
    {
        Rosca r;
        r.cycleIn(0);
        r.ok(r.payout("d1", "a", 0));
        r.ok(r.contribute("d1", "a", 1));
        QCOMPARE(r.reason(r.close("d2", "b")), RejectReason::Unauthorized);
        const int32_t bBefore = r.trust("b");
        const int64_t aBefore = r.balance("a");
        r.ok(r.close("d1", "a"));
        QCOMPARE(r.g().status, GroupStatus::Closed);
        QCOMPARE(r.g().pool, 0);
        QCOMPARE(r.balance("a"), aBefore + 1000); // the unpaid cycle's contribution comes back
        QCOMPARE(r.trust("b"), bBefore - 60);      // missed contribution, -6.0
        QCOMPARE(r.g().missed, (QList<bool>{false, true, true}));
        QVERIFY(checkStateInvariants(r.state, {}, {}).isEmpty());
        QCOMPARE(r.reason(r.contribute("d2", "b", 1)), RejectReason::GroupNotOpen);
    }
    void createRules()
    {
        Rosca r;
        Entry g = r.net.base(EntryType::GroupCreate, "d1");
        g.group = r.group;
        g.from = Net::account("a");
        g.amount = 10;
        g.members = {Net::account("a")};
        QCOMPARE(r.reason(r.net.sign(g, "d1")), RejectReason::GroupExists);
        g = r.net.base(EntryType::GroupCreate, "d1");
        g.group = Net::account("other");
        g.from = Net::account("a");
        g.amount = 10;
        g.members = {Net::account("a"), Net::account("stranger")};
        QCOMPARE(r.reason(r.net.sign(g, "d1")), RejectReason::UnknownAccount);
        g.members = {Net::account("b")};
        QCOMPARE(r.reason(r.net.sign(g, "d1")), RejectReason::BadFormat); // founder not a member
    }
    void trustArithmetic()
    {
        Rosca r;
        auto authorityEvent = [&](const char *account, uint8_t reason) {
            bool known = false;
            Entry e = r.net.base(EntryType::TrustEvent, "authority");
            e.group = QByteArray(16, '\0');
            e.to = Net::account(account);
            e.trustReason = reason;
            e.trustDelta = trustReasonDelta(reason, &known);
            return r.net.sign(e, "authority");
        };
        // Relay credit +0.2 exactly.
        r.ok(authorityEvent("d", 8));
        QCOMPARE(r.trust("d"), 5002);
        // Key reset -40.0 thirteen times: clamps at 0.0, never below.
        for (int i = 0; i < 13; ++i)
            r.ok(authorityEvent("d", 7));
        QCOMPARE(r.trust("d"), 0);
        QCOMPARE(trustBand(r.trust("d")), TrustBand::HighRisk);
        // Integrity check +3.0 many times: clamps at 1000.0.
        for (int i = 0; i < 170; ++i)
            r.ok(authorityEvent("c", 5));
        QCOMPARE(r.trust("c"), 10000);
        QCOMPARE(trustBand(r.trust("c")), TrustBand::Excellent);
        // A group founder may issue trust events for its group; another device may not.
        Entry e = authorityEvent("b", 1);
        e.group = r.group;
        QCOMPARE(r.reason(r.net.sign(e, "authority")), RejectReason::Unauthorized);
        Entry f = r.net.base(EntryType::TrustEvent, "d1");
        f.group = r.group;
        f.to = Net::account("b");
        f.trustReason = 1;
        f.trustDelta = 50;
        r.ok(r.net.sign(f, "d1"));
        QCOMPARE(r.trust("b"), 5050);
        // Valid transfer sent: +1.0 for the sender only.
        Entry t = r.net.transfer("d2", "b", "c", 10);
        r.ok(t);
        QCOMPARE(r.trust("b"), 5060);
        // A rejected entry (wrong amount for the group) costs its signer 3.0.
        QCOMPARE(r.reason(r.contribute("d2", "b", 0, 5)), RejectReason::GroupWrongAmount);
        QCOMPARE(r.trust("b"), 5030);
        // Bands at the edges (tenths): 999 high risk, 1000 standard, 3000 standard, 3001 reliable, 6001 excellent.
        QCOMPARE(trustBand(999), TrustBand::HighRisk);
        QCOMPARE(trustBand(1000), TrustBand::Standard);
        QCOMPARE(trustBand(3000), TrustBand::Standard);
        QCOMPARE(trustBand(3001), TrustBand::Reliable);
        QCOMPARE(trustBand(6000), TrustBand::Reliable);
        QCOMPARE(trustBand(6001), TrustBand::Excellent);
    }
};

QTEST_GUILESS_MAIN(TestLedgerGroups)
#include "tst_ledger_groups.moc"
