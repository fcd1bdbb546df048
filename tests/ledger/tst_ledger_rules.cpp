// SPDX-License-Identifier: GPL-3.0-or-later
// One row per validation rule: a scenario whose last entry breaks exactly that rule and
// the exact status and reason code it must get (docs/ledger-rules.md).

#include "LedgerTestKit.h"

#include <QTest>

#include <functional>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

// d1 owns alice (60000), d2 owns bob (50000); d3 is a registered but uncertified device
// owning carol (1000). Every row starts from this.
struct World {
    Net net;
    LedgerState state;
    World()
    {
        net.addDevice("d1");
        net.addDevice("d2");
        net.addDevice("d3", false);
        for (const Entry &e : {net.issue("alice", "d1", 60000), net.issue("bob", "d2", 50000), net.issue("carol", "d3", 1000)})
            apply(e);
    }
    ApplyResult apply(const Entry &e) { return applyEntry(state, e, net.keys, net.params); }
};

struct Row {
    const char *name;
    std::function<QList<Entry>(World &)> build; // entries to apply; the last one is checked
    EntryStatus status;
    RejectReason reason;
};

Entry resigned(Net &net, Entry e, const char *device) { return net.sign(e, device); }

QList<Row> rows()
{
    QList<Row> r;
    // 1. Structural.
    r.append({"amount zero", [](World &w) { return QList<Entry>{w.net.transfer("d1", "alice", "bob", 0)}; }, EntryStatus::Rejected, RejectReason::BadFormat});
    r.append({"negative amount", [](World &w) { return QList<Entry>{w.net.transfer("d1", "alice", "bob", -5)}; }, EntryStatus::Rejected, RejectReason::BadFormat});
    r.append({"sender equals receiver", [](World &w) { return QList<Entry>{w.net.transfer("d1", "alice", "alice", 5)}; }, EntryStatus::Rejected, RejectReason::BadFormat});
    r.append({"short signature", [](World &w) {
                  Entry e = w.net.transfer("d1", "alice", "bob", 5);
                  e.signature = e.signature.toByteArray().chopped(1); // 63 bytes: held as no signature
                  return QList<Entry>{e};
              }, EntryStatus::Rejected, RejectReason::BadFormat});
    r.append({"trust delta not the reason's", [](World &w) {
                  Entry e = w.net.base(EntryType::TrustEvent, "authority");
                  e.group = QByteArray(16, '\0');
                  e.to = Net::account("alice");
                  e.trustReason = 5;
                  e.trustDelta = 31;
                  return QList<Entry>{w.net.sign(e, "authority")};
              }, EntryStatus::Rejected, RejectReason::BadFormat});
    r.append({"member listed twice", [](World &w) {
                  Entry e = w.net.base(EntryType::GroupCreate, "d1");
                  e.group = Net::account("g");
                  e.from = Net::account("alice");
                  e.amount = 100;
                  e.members = {Net::account("alice"), Net::account("alice")};
                  return QList<Entry>{w.net.sign(e, "d1")};
              }, EntryStatus::Rejected, RejectReason::BadFormat});
    r.append({"rotation not in the future", [](World &w) {
                  Entry e = w.net.base(EntryType::KeyRotation, "d1");
                  e.newPublicKey = signerFor("d1-new").publicKey();
                  e.validFromLamport = e.lamport;
                  return QList<Entry>{w.net.sign(e, "d1")};
              }, EntryStatus::Rejected, RejectReason::BadFormat});
    // 2. Duplicates.
    r.append({"identical duplicate", [](World &w) {
                  Entry e = w.net.transfer("d1", "alice", "bob", 5);
                  return QList<Entry>{e, e};
              }, EntryStatus::Duplicate, RejectReason::None});
    r.append({"conflicting duplicate", [](World &w) {
                  Entry e = w.net.transfer("d1", "alice", "bob", 5);
                  Entry f = e;
                  f.amount = 6;
                  f.sequence += 1;
                  return QList<Entry>{e, resigned(w.net, f, "d1")};
              }, EntryStatus::Rejected, RejectReason::ConflictingDuplicate});
    // 3. Signature and authorization.
    r.append({"unknown device", [](World &w) {
                  w.net.signers.insert("ghost", signerFor("ghost"));
                  w.net.devices.insert("ghost", crypto::keyId16(signerFor("ghost").publicKey()));
                  return QList<Entry>{w.net.transfer("ghost", "alice", "bob", 5)};
              }, EntryStatus::Rejected, RejectReason::UnknownKey});
    r.append({"key not yet valid at this Lamport", [](World &w) {
                  auto s = signerFor("late");
                  const DeviceId id = crypto::keyId16(s.publicKey());
                  w.net.keys.addKey(id, KeyRecord{s.publicKey(), 1000, true});
                  w.net.signers.insert("late", s);
                  w.net.devices.insert("late", id);
                  return QList<Entry>{w.net.transfer("late", "alice", "bob", 5)};
              }, EntryStatus::Rejected, RejectReason::UnknownKey});
    r.append({"amount edited after signing", [](World &w) {
                  Entry e = w.net.transfer("d1", "alice", "bob", 5);
                  e.amount = 500;
                  return QList<Entry>{e};
              }, EntryStatus::Rejected, RejectReason::SignatureInvalid});
    r.append({"signed with the retired key after a rotation", [](World &w) {
                  const DeviceId d1 = w.net.devices.value("d1");
                  w.net.keys.addKey(d1, KeyRecord{signerFor("d1-new").publicKey(), 10, true});
                  w.net.lamport = 20;
                  return QList<Entry>{w.net.transfer("d1", "alice", "bob", 5)};
              }, EntryStatus::Rejected, RejectReason::SignatureInvalid});
    r.append({"spend from an account of another device", [](World &w) { return QList<Entry>{w.net.transfer("d2", "alice", "bob", 5)}; },
              EntryStatus::Rejected, RejectReason::Unauthorized});
    r.append({"ISSUE not by the authority", [](World &w) {
                  Entry e = w.net.base(EntryType::Issue, "d1");
                  e.to = Net::account("alice");
                  e.owner = w.net.devices.value("d1");
                  e.amount = 1000;
                  return QList<Entry>{w.net.sign(e, "d1")};
              }, EntryStatus::Rejected, RejectReason::Unauthorized});
    // 4. Replay protection.
    r.append({"sequence reused", [](World &w) {
                  Entry a = w.net.transfer("d1", "alice", "bob", 5);
                  Entry b = w.net.transfer("d1", "alice", "bob", 6);
                  b.sequence = a.sequence;
                  return QList<Entry>{a, resigned(w.net, b, "d1")};
              }, EntryStatus::Rejected, RejectReason::Replayed});
    r.append({"Lamport 100001 above the highest", [](World &w) {
                  w.net.lamport = w.state.lamport + 100000; // base() adds 1
                  return QList<Entry>{w.net.transfer("d1", "alice", "bob", 5)};
              }, EntryStatus::Rejected, RejectReason::ClockDrift});
    r.append({"Lamport exactly 100000 above is fine", [](World &w) {
                  w.net.lamport = w.state.lamport + 99999;
                  return QList<Entry>{w.net.transfer("d1", "alice", "bob", 5)};
              }, EntryStatus::Valid, RejectReason::None});
    r.append({"missing dependency", [](World &w) {
                  Entry e = w.net.base(EntryType::Transfer, "d1");
                  e.from = Net::account("alice");
                  e.to = Net::account("bob");
                  e.amount = 5;
                  e.dependsOn = bytesFor("never-seen");
                  return QList<Entry>{w.net.sign(e, "d1")};
              }, EntryStatus::Pending, RejectReason::None});
    r.append({"dependency present", [](World &w) {
                  Entry a = w.net.transfer("d2", "bob", "alice", 5);
                  Entry e = w.net.base(EntryType::Transfer, "d1");
                  e.from = Net::account("alice");
                  e.to = Net::account("bob");
                  e.amount = 5;
                  e.dependsOn = a.txId;
                  return QList<Entry>{a, w.net.sign(e, "d1")};
              }, EntryStatus::Valid, RejectReason::None});
    // 5. Economic.
    r.append({"more than the balance", [](World &w) { return QList<Entry>{w.net.transfer("d3", "carol", "bob", 1001)}; },
              EntryStatus::Rejected, RejectReason::InsufficientFunds});
    r.append({"double spend: the second of two spends", [](World &w) {
                  return QList<Entry>{w.net.transfer("d1", "alice", "bob", 40000), w.net.transfer("d1", "alice", "carol", 40000)};
              }, EntryStatus::Rejected, RejectReason::InsufficientFunds});
    r.append({"receiver never opened", [](World &w) { return QList<Entry>{w.net.transfer("d1", "alice", "nobody", 5)}; },
              EntryStatus::Rejected, RejectReason::UnknownAccount});
    r.append({"ISSUE names another owner", [](World &w) { return QList<Entry>{w.net.issue("alice", "d2", 5)}; },
              EntryStatus::Rejected, RejectReason::OwnerMismatch});
    // 6. Policy.
    r.append({"above the per-transaction cap", [](World &w) { return QList<Entry>{w.net.transfer("d1", "alice", "bob", 50001)}; },
              EntryStatus::Rejected, RejectReason::LimitExceeded});
    r.append({"exactly the per-transaction cap", [](World &w) { return QList<Entry>{w.net.transfer("d1", "alice", "bob", 50000)}; },
              EntryStatus::Valid, RejectReason::None});
    r.append({"window cap exceeded within 1000 ticks", [](World &w) {
                  return QList<Entry>{w.net.issue("alice", "d1", 100000), w.net.transfer("d1", "alice", "bob", 50000),
                                      w.net.transfer("d1", "alice", "bob", 50000), w.net.transfer("d1", "alice", "bob", 1)};
              }, EntryStatus::Rejected, RejectReason::LimitExceeded});
    r.append({"window reopens 1000 ticks later", [](World &w) {
                  QList<Entry> out{w.net.issue("alice", "d1", 100000), w.net.transfer("d1", "alice", "bob", 50000),
                                   w.net.transfer("d1", "alice", "bob", 50000)};
                  w.net.lamport = out[1].lamport + 999; // next = first spend + 1000: the first falls out
                  out.append(w.net.transfer("d1", "alice", "bob", 1));
                  return out;
              }, EntryStatus::Valid, RejectReason::None});
    r.append({"uncertified key: valid, not trusted", [](World &w) { return QList<Entry>{w.net.transfer("d3", "carol", "bob", 5)}; },
              EntryStatus::Valid, RejectReason::None});
    return r;
}

} // namespace

class TestLedgerRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRule_data()
    {
        QTest::addColumn<int>("row");
        const QList<Row> all = rows();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }
    void everyRule()
    {
        QFETCH(int, row);
        const Row r = rows()[row];
        World w;
        const QList<Entry> entries = r.build(w);
        ApplyResult last;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            last = w.apply(entries[i]);
            if (i + 1 < entries.size())
                QVERIFY2(last.status == EntryStatus::Valid, qPrintable(QStringLiteral("setup entry %1: %2 %3").arg(i).arg(
                                                                QLatin1String(rejectReasonName(last.reason)), last.detail)));
        }
        QVERIFY2(last.status == r.status, qPrintable(QStringLiteral("status %1 (%2: %3)").arg(QLatin1String(entryStatusName(last.status)),
                                                                                             QLatin1String(rejectReasonName(last.reason)), last.detail)));
        QCOMPARE(QLatin1String(rejectReasonName(last.reason)), QLatin1String(rejectReasonName(r.reason)));
        if (r.status != EntryStatus::Valid)
            QVERIFY(last.events.isEmpty() || std::all_of(last.events.cbegin(), last.events.cend(), [](const Event &e) { return e.kind == EventKind::Trust; }));
    }
    void trustedFlagFollowsCertification()
    {
        World w;
        QVERIFY(w.apply(w.net.transfer("d1", "alice", "bob", 5)).trusted);
        const ApplyResult r = w.apply(w.net.transfer("d3", "carol", "bob", 5));
        QCOMPARE(r.status, EntryStatus::Valid);
        QVERIFY(!r.trusted);
    }
    void rejectedEntriesNeverMoveMoney()
    {
        World w;
        const LedgerState before = w.state;
        // Over the balance and over the cap: funds are checked first (stage 5 before 6).
        const ApplyResult r = w.apply(w.net.transfer("d1", "alice", "bob", 70000));
        QCOMPARE(r.reason, RejectReason::InsufficientFunds);
        QVERIFY(r.doubleSpend);
        QCOMPARE(w.state.accounts.at(Net::account("alice")).balance, before.accounts.at(Net::account("alice")).balance);
        QCOMPARE(w.state.accounts.at(Net::account("bob")).balance, before.accounts.at(Net::account("bob")).balance);
        // Only trust moved: the double-spend penalty, -10.0.
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].kind, EventKind::Trust);
        QCOMPARE(r.events[0].after - r.events[0].before, -100);
    }
    void firstFailureDecides()
    {
        World w;
        // Unauthorized (d2 signs for alice) and over the balance: stage 3 decides.
        QCOMPARE(w.apply(w.net.transfer("d2", "alice", "bob", 999999)).reason, RejectReason::Unauthorized);
        // Amount 0 and a broken signature: stage 1 decides.
        Entry e = w.net.transfer("d1", "alice", "bob", 0);
        QByteArray sig = e.signature.toByteArray();
        sig[0] = char(sig[0] ^ 1);
        e.signature = sig;
        QCOMPARE(w.apply(e).reason, RejectReason::BadFormat);
        // Replayed sequence and over the balance: stage 4 decides.
        Entry a = w.net.transfer("d1", "alice", "bob", 5);
        QCOMPARE(w.apply(a).status, EntryStatus::Valid);
        Entry b = w.net.transfer("d1", "alice", "bob", 999999);
        b.sequence = a.sequence;
        QCOMPARE(w.apply(w.net.sign(b, "d1")).reason, RejectReason::Replayed);
    }
};

QTEST_GUILESS_MAIN(TestLedgerRules)
#include "tst_ledger_rules.moc"
