// SPDX-License-Identifier: GPL-3.0-or-later
// Replay timeline: state at every position equals step-by-step application, queries by
// Lamport and journal sequence, events, provenance, findings, invariants, and the
// checkpoint cross-proof naming the first divergent entry.

#include "LedgerTestKit.h"
#include "MapTranslator.h"

#include "ledger/CrossProof.h"
#include "ledger/Invariants.h"
#include "ledger/RejectionText.h"
#include "ledger/Replay.h"
#include "ledger/StateRecords.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <tuple>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

struct Journal {
    Net net;
    QList<Entry> entries = threeDeviceJournal(net, 37);
    QList<JournalItem> items() const { return storedItems(entries); }
};

bool hasCode(const Findings &fs, const char *code)
{
    return std::any_of(fs.cbegin(), fs.cend(), [&](const Finding &f) { return f.code == QLatin1String(code); });
}
int countCode(const Findings &fs, const char *code)
{
    return int(std::count_if(fs.cbegin(), fs.cend(), [&](const Finding &f) { return f.code == QLatin1String(code); }));
}

// The item with its entry's amount raised: content changed after signing.
JournalItem withAmountRaised(const JournalItem &i, int64_t by)
{
    Entry e = i.entry();
    e.amount += by;
    return JournalItem::fromEntry(e, i.journalSeq, i.offset);
}

} // namespace

// Checkpoint N covers seq 1..10, N+1 covers 11..30: the states the full replay reaches there.
static std::pair<LedgerState, LedgerState> twoCheckpoints(const Journal &j, const QList<JournalItem> &all)
{
    const Timeline full = Timeline::replay(LedgerState{}, all, j.net.keys, j.net.params);
    LedgerState n = full.stateAfter(9);
    n.journalPosition = 10;
    LedgerState n1 = full.stateAfter(29);
    n1.journalPosition = 30;
    return {n, n1};
}

// The journal as given, with entry `tamperAt`'s amount raised, in reverse storage order,
// and (when asked) without entry 16: what the replay variants below are compared over.
static QList<QList<JournalItem>> journalVariants(const QList<JournalItem> &all, int tamperAt, bool withDeleted)
{
    QList<JournalItem> tampered = all;
    tampered[tamperAt] = withAmountRaised(tampered[tamperAt], 1000);
    QList<JournalItem> shuffled = all;
    std::reverse(shuffled.begin(), shuffled.end());
    QList<QList<JournalItem>> out{all, tampered, shuffled};
    if (withDeleted)
        out.append(all.mid(0, 16) + all.mid(17));
    return out;
}

class TestLedgerReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Whatever snapshots a memory budget leaves (41 entries: every 4th; thinned to every
    // 16th when the accounts, origins and windows held across the snapshots may not pass
    // 40; none), every position's state equals the stepwise one.
    void stateAtEveryPositionMatchesStepwise_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<int>("maxSnapshots");
        QTest::addColumn<int>("snapshots");
        QTest::newRow("every 4th") << qint64(2'000'000) << 64 << 10;
        QTest::newRow("budget 40 records") << qint64(40) << 64 << 2;
        QTest::newRow("none") << qint64(2'000'000) << 0 << 0;
    }
    void stateAtEveryPositionMatchesStepwise()
    {
        QFETCH(qint64, budget);
        QFETCH(int, maxSnapshots);
        QFETCH(int, snapshots);
        Journal j;
        ReplayOptions opt;
        opt.snapshotInterval = 4;
        opt.snapshotBudgetRecords = budget;
        opt.maxSnapshots = maxSnapshots;
        const Timeline t = Timeline::replay(LedgerState{}, j.items(), j.net.keys, j.net.params, opt);
        QCOMPARE(t.size(), 41);
        QCOMPARE(t.snapshotCount(), snapshots);
        LedgerState s;
        QCOMPARE(t.stateAfter(-1), s);
        for (int i = 0; i < t.size(); ++i) {
            (void)applyEntry(s, j.entries[i], j.net.keys, j.net.params);
            s.journalPosition = uint64_t(i + 1);
            QVERIFY2(t.stateAfter(i) == s, qPrintable(QStringLiteral("position %1").arg(i)));
        }
        QCOMPARE(t.finalState(), s);
        // Lamport queries: entry i has lamport i+1.
        QCOMPARE(t.indexAtLamport(0), -1);
        QCOMPARE(t.indexAtLamport(10), 9);
        QCOMPARE(t.stateAtLamport(10), t.stateAfter(9));
        QCOMPARE(t.indexAtLamport(1000000), 40);
        QCOMPARE(t.indexAtJournalSeq(5), 4);
        QCOMPARE(t.stateAtJournalSeq(5), t.stateAfter(4));
    }
    void summaryEventsAndFindings()
    {
        Journal j;
        const Timeline t = Timeline::replay(LedgerState{}, j.items(), j.net.keys, j.net.params);
        const ReplaySummary sum = t.summary();
        QCOMPARE(sum.entries, 41);
        QCOMPARE(sum.byStatus.value(QStringLiteral("VALID")), 40);
        QCOMPARE(sum.byReason.value(QStringLiteral("INSUFFICIENT_FUNDS")), 1);
        QCOMPARE(sum.doubleSpends, 1);
        QCOMPARE(sum.untrusted, 12); // carol's device d3 is uncertified: its 12 valid transfers
        QCOMPARE(sum.outOfStorageOrder, 0);
        QCOMPARE(countCode(t.findings(), findingcode::kDoubleSpend), 1);
        QCOMPARE(countCode(t.findings(), findingcode::kUntrustedKey), 12);
        QVERIFY(!hasCode(t.findings(), findingcode::kConservation));
        // Events of the double spend: only the trust penalty.
        const EntryOutcome &last = t.outcome(40);
        QCOMPARE(last.reason, RejectReason::InsufficientFunds);
        QCOMPARE(last.events().size(), 1);
        QCOMPARE(last.events()[0].reason, QStringLiteral("double_spend"));
        // A transfer's events: sender balance, receiver balance, sender trust.
        const EntryOutcome &first = t.outcome(3);
        QCOMPARE(first.events().size(), 3);
        QCOMPARE(first.events()[0].before - first.events()[0].after, 100);
        QCOMPARE(first.events()[2].kind, EventKind::Trust);
        QCOMPARE(first.events()[2].after - first.events()[2].before, 10);
    }
    void canonicalOrderAndStorageOrder()
    {
        Journal j;
        QList<JournalItem> shuffled = j.items();
        std::reverse(shuffled.begin(), shuffled.end());
        const Timeline t = Timeline::replay(LedgerState{}, shuffled, j.net.keys, j.net.params);
        const Timeline ref = Timeline::replay(LedgerState{}, j.items(), j.net.keys, j.net.params);
        QCOMPARE(t.finalState(), ref.finalState()); // replay order is canonical, not storage order
        QCOMPARE(t.summary().outOfStorageOrder, 40);
        QVERIFY(hasCode(t.findings(), findingcode::kStorageOrder));
        QVERIFY(!hasCode(ref.findings(), findingcode::kStorageOrder));
    }
    // Canonical order is sorted by a short key (Lamport, the origin's first bytes) and
    // entries that tie on it are ordered by the whole key: entries of one device sharing a
    // Lamport value (a hostile journal), some stored twice, come out by tx_id and then by
    // storage position, as a sort by the whole key puts them.
    void entriesThatTieOnTheShortKeyOrderByTheWholeKey()
    {
        Net net;
        net.addDevice("d1");
        net.addDevice("d2");
        QList<Entry> entries;
        entries << net.issue("alice", "d1", 40000) << net.issue("bob", "d2", 30000);
        for (int i = 0; i < 12; ++i) {
            Entry e = net.base(EntryType::Transfer, i % 3 == 0 ? "d2" : "d1");
            e.from = Net::account(i % 3 == 0 ? "bob" : "alice");
            e.to = Net::account(i % 3 == 0 ? "alice" : "bob");
            e.amount = 10 + i;
            e.lamport = 50; // one Lamport value for all of them
            entries << net.sign(e, i % 3 == 0 ? "d2" : "d1");
        }
        entries << entries[5] << entries[9] << entries[5]; // stored again
        std::mt19937 rng(3);
        std::shuffle(entries.begin() + 2, entries.end(), rng);
        const QList<JournalItem> items = storedItems(entries);
        QList<int> expected(items.size());
        std::iota(expected.begin(), expected.end(), 0);
        std::sort(expected.begin(), expected.end(), [&](int a, int b) {
            const Entry &x = entries[a], &y = entries[b];
            return std::tie(x.lamport, x.origin, x.txId, a) < std::tie(y.lamport, y.origin, y.txId, b);
        });
        const Timeline t = Timeline::replay(LedgerState{}, items, net.keys, net.params);
        QList<int> order;
        for (const EntryOutcome &o : t.outcomes())
            order.append(o.storageIndex);
        QCOMPARE(order, expected);
    }
    void parallelEqualsSequential()
    {
        Journal j;
        QList<const Entry *> ptrs;
        for (const Entry &e : j.entries)
            ptrs.append(&e);
        Entry forged = j.entries[5];
        forged.amount += 1;
        ptrs.append(&forged);
        const QList<SignatureVerdict> a = verifySignatures(ptrs, j.net.keys, true);
        const QList<SignatureVerdict> b = verifySignatures(ptrs, j.net.keys, false);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].status, b[i].status);
            QCOMPARE(a[i].certified, b[i].certified);
        }
        QCOMPARE(a.last().status, SignatureStatus::Invalid);
    }
    void itemsKeepBytesAndDecodeOnDemand()
    {
        Journal j;
        const Entry e = j.entries[5];
        const QByteArray stored = encodeEntry(e);
        // A dump's item is a view of the bytes it was given, not a copy.
        const JournalItem viewed = JournalItem::fromStored(stored, true, 6, 5000);
        QVERIFY(viewed.decodes());
        QCOMPARE(viewed.bytes().constData(), stored.constData());
        QCOMPARE(viewed.entry(), e);
        JournalItem copy;
        {
            const JournalItem owning = JournalItem::fromEntry(e, 6, 5000);
            QCOMPARE(owning.bytes(), stored);
            copy = owning;
        }
        // The copy keeps the buffer it reads alive (ASan would see a read of freed memory).
        QCOMPARE(copy.bytes(), stored);
        QCOMPARE(copy.entry(), e);
        // Bytes the reader could not decode: unreadable, with the decoder's reason and the span.
        const QByteArray cut = stored.left(40);
        const JournalItem bad = JournalItem::fromStored(cut, false, 7, 6000);
        QVERIFY(!bad.decodes());
        QVERIFY(!bad.decoded());
        QCOMPARE(bad.rawLength(), 40);
        QVERIFY2(bad.decodeError().contains(QLatin1String("truncated")), qPrintable(bad.decodeError()));
        // An entry whose encoding does not decode (a GROUP_CREATE with no members) is
        // unreadable as a device would have stored it, not an empty entry.
        Entry noMembers = j.net.base(EntryType::GroupCreate, "d1");
        noMembers.group = bytesFor("group");
        noMembers.from = Net::account("alice");
        const JournalItem empty = JournalItem::fromEntry(noMembers, 8, 7000);
        QVERIFY(!empty.decodes());
        QVERIFY2(empty.decodeError().contains(QLatin1String("member count 0")), qPrintable(empty.decodeError()));
        // Outcomes keep each entry's Lamport value: the one the decoded entry carries.
        const Timeline t = Timeline::replay(LedgerState{}, j.items(), j.net.keys, j.net.params);
        for (int c = 0; c < t.size(); ++c)
            QCOMPARE(t.outcome(c).lamport, t.outcome(c).entry().lamport);
    }
    void orphanedAndUnreadable()
    {
        Journal j;
        QList<JournalItem> items = j.items();
        Entry e = j.net.base(EntryType::Transfer, "d1");
        e.from = Net::account("alice");
        e.to = Net::account("bob");
        e.amount = 5;
        e.dependsOn = bytesFor("missing");
        items.append(JournalItem::fromEntry(j.net.sign(e, "d1"), 100, 99999));
        items.append(JournalItem::unreadable(101, 123456, QByteArray("\x01\x63", 2).size(), QStringLiteral("unknown entry type 99")));
        const Timeline t = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params);
        QCOMPARE(t.outcome(t.size() - 1).status, EntryStatus::Orphaned);
        QCOMPARE(t.unreadable().size(), 1);
        QCOMPARE(countCode(t.findings(), findingcode::kOrphaned), 1);
        const auto unreadable = std::find_if(t.findings().cbegin(), t.findings().cend(),
                                             [](const Finding &f) { return f.code == QLatin1String(findingcode::kUnreadable); });
        QVERIFY(unreadable != t.findings().cend());
        QCOMPARE(unreadable->offset, 123456);
        QCOMPARE(unreadable->length, 2);

        // Their words in the interface language; JSON stays English.
        const auto orphaned = std::find_if(t.findings().cbegin(), t.findings().cend(),
                                           [](const Finding &f) { return f.code == QLatin1String(findingcode::kOrphaned); });
        QVERIFY(orphaned != t.findings().cend());
        const QJsonObject json = orphaned->toJson();
        QCOMPARE(orphaned->location, QStringLiteral("journal seq 100"));
        testing::MapTranslator fr({{"journal seq %1", QStringLiteral("journal seq %1 (fr)")},
                                   {"The entry depends on a transaction that never appeared, so it was never applied.",
                                    QStringLiteral("L'écriture dépend d'une transaction jamais apparue ; elle n'a jamais été appliquée.")}});
        QCOMPARE(orphaned->translated(FindingField::Location), QStringLiteral("journal seq 100 (fr)"));
        QCOMPARE(orphaned->translated(FindingField::Explanation),
                 QStringLiteral("L'écriture dépend d'une transaction jamais apparue ; elle n'a jamais été appliquée."));
        QCOMPARE(unreadable->translated(FindingField::Location), QStringLiteral("journal seq 101 (fr)"));
        QCOMPARE(unreadable->translated(FindingField::Found), QStringLiteral("unknown entry type 99")); // the reader's words, as given
        QCOMPARE(orphaned->toJson(), json);
    }

    // A rejection's reason is kept per entry as English only; the finding recovers the
    // sentence's template, so the words translate and the values stay exact.
    void rejectionReasonsTranslate()
    {
        const FindingText t = rejectionText(QStringLiteral("balance 5 below amount 90"));
        QCOMPARE(t.source, QStringLiteral("balance %1 below amount %2"));
        QCOMPARE(t.english(), QStringLiteral("balance 5 below amount 90"));
        testing::MapTranslator fr({{"balance %1 below amount %2", QStringLiteral("solde %1 inférieur au montant %2")}});
        QCOMPARE(t.translated(), QStringLiteral("solde 5 inférieur au montant 90"));
        const FindingText spent = rejectionText(QStringLiteral("7 already spent in the last 10 ticks; 3 more exceeds the window cap 9"));
        QCOMPARE(spent.args.size(), size_t(4));
        QCOMPARE(spent.english(), QStringLiteral("7 already spent in the last 10 ticks; 3 more exceeds the window cap 9"));
        QCOMPARE(rejectionText(QStringLiteral("no such group")).source, QStringLiteral("no such group"));
        // Anything else stays as it is, in every language.
        const FindingText other = rejectionText(QStringLiteral("balance five below"));
        QVERIFY(!other.translatable());
        QCOMPARE(other.translated(), QStringLiteral("balance five below"));

        // A real rejection: the finding's explanation is the template.
        Journal j;
        QList<JournalItem> items = j.items();
        Entry e = j.net.base(EntryType::Transfer, "d1");
        e.from = Net::account("alice");
        e.to = Net::account("nobody-at-all");
        e.amount = 5;
        items.append(JournalItem::fromEntry(j.net.sign(e, "d1"), 100, 99999));
        const Timeline tl = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params);
        const EntryOutcome &o = tl.outcome(tl.size() - 1);
        QCOMPARE(o.status, EntryStatus::Rejected);
        const auto rejected = std::find_if(tl.findings().cbegin(), tl.findings().cend(), [&](const Finding &f) { return f.offset == 99999; });
        QVERIFY(rejected != tl.findings().cend());
        QCOMPARE(rejected->explanation, o.detail());
        QVERIFY2(rejected->texts.get() && rejected->texts.get()->explanation.translatable(), qPrintable(o.detail()));
    }
    void crossProofStorageOrderFallback()
    {
        Net net;
        net.addDevice("d1");
        net.addDevice("d2");
        LedgerState base;
        for (const Entry &e : {net.issue("alice", "d1", 1000), net.issue("bob", "d2", 9000)})
            (void)applyEntry(base, e, net.keys, net.params);
        // Canonically bob pays alice first, then alice can pay 3000. Stored the other way round.
        const Entry pay = net.transfer("d2", "bob", "alice", 5000);
        const Entry spend = net.transfer("d1", "alice", "bob", 3000);
        const QList<JournalItem> stored{JournalItem::fromEntry(spend, 3, 300), JournalItem::fromEntry(pay, 4, 400)};
        LedgerState arrival = base;
        QCOMPARE(applyEntry(arrival, spend, net.keys, net.params).reason, RejectReason::InsufficientFunds);
        QCOMPARE(applyEntry(arrival, pay, net.keys, net.params).status, EntryStatus::Valid);
        arrival.journalPosition = 4;
        CrossProofResult r = crossProve(base, stored, stateRoot(arrival), &arrival, 4, net.keys, net.params, {}, {});
        QVERIFY(r.reproduced);
        QVERIFY(r.storageOrderOnly);
        QCOMPARE(r.finding.code, QStringLiteral("LEDGER_CHECKPOINT_STORAGE_ORDER"));
        QCOMPARE(r.finding.severity, Severity::Warning);
        // The canonical batch (what applyBatch computes) reproduces cleanly.
        LedgerState canonical = base;
        const QList<BatchItem> applied = applyBatch(canonical, {spend, pay}, net.keys, net.params);
        QCOMPARE(applied[0].inputIndex, 1);
        QCOMPARE(applied[1].result.status, EntryStatus::Valid);
        canonical.journalPosition = 4;
        CrossProofResult c = crossProve(base, stored, stateRoot(canonical), &canonical, 4, net.keys, net.params, {}, {});
        QVERIFY(c.reproduced);
        QVERIFY(!c.storageOrderOnly);
        QCOMPARE(c.finding.code, QStringLiteral("LEDGER_CHECKPOINT_REPRODUCED"));
    }
    void keyRotationAgainstHistory()
    {
        Journal j;
        QList<JournalItem> items = j.items();
        Entry rot = j.net.base(EntryType::KeyRotation, "d1");
        rot.newPublicKey = signerFor("d1-next").publicKey();
        rot.validFromLamport = rot.lamport + 10;
        items.append(JournalItem::fromEntry(j.net.sign(rot, "d1"), 200, -1));
        const Timeline unlisted = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params);
        QCOMPARE(unlisted.outcome(unlisted.size() - 1).status, EntryStatus::Valid);
        QCOMPARE(countCode(unlisted.findings(), "LEDGER_KEY_ROTATION_UNLISTED"), 1);
        KeyDirectory withHistory = j.net.keys;
        withHistory.addKey(j.net.devices.value("d1"), KeyRecord{rot.newPublicKey.toByteArray(), rot.validFromLamport, true});
        const Timeline listed = Timeline::replay(LedgerState{}, items, withHistory, j.net.params);
        QCOMPARE(countCode(listed.findings(), "LEDGER_KEY_ROTATION_UNLISTED"), 0);
    }
    void provenanceOfAnAccount()
    {
        Journal j;
        const Timeline t = Timeline::replay(LedgerState{}, j.items(), j.net.keys, j.net.params);
        const AccountId alice = Net::account("alice");
        const QList<ProvenanceItem> p = t.provenance(alice, 6);
        // issue (0), alice->bob (3), carol->alice (5), alice->bob (6)
        QCOMPARE(p.size(), 4);
        QCOMPARE(p[0].index, 0);
        QCOMPARE(p[0].events[0].reason, QStringLiteral("issue"));
        QCOMPARE(p[1].index, 3);
        QCOMPARE(p[2].index, 5);
        QCOMPARE(p[3].index, 6);
        // The last balance event equals the state's balance at that point.
        int64_t last = 0;
        for (const ProvenanceItem &item : p)
            for (const Event &e : item.events)
                if (e.kind == EventKind::Balance)
                    last = e.after;
        QCOMPARE(last, t.stateAfter(6).accounts.at(alice).balance);
        // From a checkpoint: the opening value comes first.
        const Timeline fromCkpt = Timeline::replay(t.stateAfter(6), j.items().mid(7), j.net.keys, j.net.params);
        const QList<ProvenanceItem> q = fromCkpt.provenance(alice, fromCkpt.size());
        QCOMPARE(q[0].index, -1);
        QCOMPARE(q[0].events[0].after, last);
    }
    void invariantsFlagBrokenStates()
    {
        Journal j;
        LedgerState s = Timeline::replay(LedgerState{}, j.items(), j.net.keys, j.net.params).finalState();
        QVERIFY(checkStateInvariants(s, QStringLiteral("ev"), QStringLiteral("end")).isEmpty());
        LedgerState minted = s;
        minted.accounts[Net::account("bob")].balance += 1;
        Findings f = checkStateInvariants(minted, QStringLiteral("ev"), QStringLiteral("checkpoint 2"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].code, QStringLiteral("LEDGER_CONSERVATION_BROKEN"));
        QCOMPARE(f[0].expected, QStringLiteral("90000"));
        QCOMPARE(f[0].found, QStringLiteral("90001"));
        QCOMPARE(f[0].severity, Severity::Critical);
        LedgerState negative = s;
        negative.accounts[Net::account("bob")].balance = -5;
        negative.accounts[Net::account("alice")].balance += s.accounts[Net::account("bob")].balance + 5;
        f = checkStateInvariants(negative, {}, {});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].code, QStringLiteral("LEDGER_NEGATIVE_BALANCE"));
        LedgerState pool = s;
        GroupState g;
        g.founder = Net::account("alice");
        g.members = {g.founder};
        g.contributed = {false};
        g.missed = {false};
        g.pool = 0;
        g.contributedTotal = 100;
        pool.groups[Net::account("grp")] = g;
        f = checkStateInvariants(pool, {}, {});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].code, QStringLiteral("LEDGER_POOL_MISMATCH"));
        LedgerState trust = s;
        trust.accounts[Net::account("bob")].trust = 10001;
        f = checkStateInvariants(trust, {}, {});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].code, QStringLiteral("LEDGER_TRUST_OUT_OF_BOUNDS"));
        // A start state that breaks conservation is reported by the replay itself.
        const Timeline t = Timeline::replay(minted, {}, j.net.keys, j.net.params);
        QVERIFY(hasCode(t.findings(), findingcode::kConservation));
    }
    void crossProofReproducesAndNamesDivergence()
    {
        Journal j;
        const QList<JournalItem> all = j.items();
        const auto [n, n1] = twoCheckpoints(j, all);
        const QList<JournalItem> between = all.mid(10, 20);
        CrossProofResult ok = crossProve(n, between, stateRoot(n1), &n1, 30, j.net.keys, j.net.params, QStringLiteral("dev.seeddump"),
                                         QStringLiteral("checkpoint 2"));
        QVERIFY(ok.reproduced);
        QCOMPARE(ok.finding.code, QStringLiteral("LEDGER_CHECKPOINT_REPRODUCED"));
        // Tamper with seq 17 (canonical index 6 of the batch): amount edited, CRC "fixed", signature now fails.
        QList<JournalItem> tampered = between;
        tampered[6] = withAmountRaised(tampered[6], 1000);
        CrossProofResult bad = crossProve(n, tampered, stateRoot(n1), &n1, 30, j.net.keys, j.net.params, QStringLiteral("dev.seeddump"),
                                          QStringLiteral("checkpoint 2"));
        QVERIFY(!bad.reproduced);
        QCOMPARE(bad.firstDivergentIndex, 6);
        QCOMPARE(bad.timeline.outcome(6).journalSeq, uint64_t(17));
        QCOMPARE(bad.timeline.outcome(6).reason, RejectReason::SignatureInvalid);
        QCOMPARE(bad.finding.code, QStringLiteral("LEDGER_CHECKPOINT_DIVERGES"));
        QCOMPARE(bad.finding.offset, qint64(4096 + 200 * 16));
        QVERIFY(bad.finding.subject.contains(QStringLiteral("journal seq 17")));
        // The differing records include the tampered entry's TX record and both accounts it moved.
        QVERIFY(std::any_of(bad.differing.cbegin(), bad.differing.cend(), [&](const RecordDiff &d) {
            return d.kind == RecordKind::Tx && d.key == j.entries[16].txId && d.expectedPresent && !d.foundPresent;
        }));
        QVERIFY(std::any_of(bad.differing.cbegin(), bad.differing.cend(),
                            [&](const RecordDiff &d) { return d.kind == RecordKind::Account && d.key == j.entries[16].from; }));
        // Deleting an entry: the divergence is named at the first later entry touching the same records.
        QList<JournalItem> deleted = between;
        deleted.removeAt(6);
        CrossProofResult del = crossProve(n, deleted, stateRoot(n1), &n1, 30, j.net.keys, j.net.params, {}, {});
        QVERIFY(!del.reproduced);
        QVERIFY(del.firstDivergentIndex >= 0 && del.firstDivergentIndex <= 6);
        QCOMPARE(del.missingFromJournal, QList<TxId>{j.entries[16].txId});
        QVERIFY(del.finding.explanation.contains(QStringLiteral("missing from the journal")));
        // Only a root, no state: mismatch found, nothing named.
        CrossProofResult rootOnly = crossProve(n, tampered, stateRoot(n1), nullptr, 30, j.net.keys, j.net.params, {}, {});
        QVERIFY(!rootOnly.reproduced);
        QCOMPARE(rootOnly.firstDivergentIndex, -1);
    }
    // A replay that keeps no outcomes (what a cross-proof's first replay is) reaches the
    // same final state and probe answers as one that keeps them, in canonical and storage
    // order, over tampered, shuffled and partial journals; it holds no outcome.
    void replayWithoutOutcomesReachesTheSameState()
    {
        Journal j;
        const QList<JournalItem> all = j.items();
        const auto [n, n1] = twoCheckpoints(j, all);
        for (const QList<JournalItem> &items : journalVariants(all, 16, true)) {
            for (const bool storageOrder : {false, true}) {
                ReplayOptions with;
                with.storageOrder = storageOrder;
                with.probes = {{10, &n}, {30, &n1}};
                ReplayOptions without = with;
                without.keepOutcomes = false;
                without.keepEvents = false;
                const Timeline a = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, with);
                const Timeline b = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, without);
                QCOMPARE(b.finalState(), a.finalState());
                QCOMPARE(stateRoot(b.finalState()), stateRoot(a.finalState()));
                QCOMPARE(b.probeResults(), a.probeResults());
                QCOMPARE(a.size(), items.size());
                QCOMPARE(b.size(), 0);
            }
        }
        // The cross-proofs built on it: same roots and verdicts as a full replay gives.
        const QList<JournalItem> between = all.mid(10, 20);
        QList<JournalItem> bad = between;
        bad[6] = withAmountRaised(bad[6], 1000);
        for (const QList<JournalItem> &items : {between, bad}) {
            const CrossProofResult r = crossProve(n, items, stateRoot(n1), &n1, 30, j.net.keys, j.net.params, {}, {});
            LedgerState replayed = Timeline::replay(n, items, j.net.keys, j.net.params).finalState();
            replayed.journalPosition = 30;
            QCOMPARE(r.replayedRoot, stateRoot(replayed));
            QCOMPARE(r.reproduced, replayed == n1);
        }
    }
    // A probe that shares its tx_id set into the probed state: where it finds the state
    // equal, the state stays equal (same records, same root) and the replay's answers are
    // those of a probe that shares nothing; where it differs, the state is left alone.
    void aProbeSharesItsSetOnlyWhereEqual()
    {
        Journal j;
        const QList<JournalItem> all = j.items();
        const auto [n, n1] = twoCheckpoints(j, all);
        QList<JournalItem> tampered = all;
        tampered[16] = withAmountRaised(tampered[16], 1000);
        for (const QList<JournalItem> &items : {all, tampered}) {
            LedgerState c = n, c1 = n1;
            ReplayOptions plain;
            plain.probes = {{10, &n}, {30, &n1}};
            ReplayOptions sharing;
            sharing.probes = {{10, &c, &c}, {30, &c1, &c1}};
            const Timeline a = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, plain);
            const Timeline b = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, sharing);
            QCOMPARE(b.probeResults(), a.probeResults());
            QCOMPARE(b.finalState(), a.finalState());
            QCOMPARE(c, n);
            QCOMPARE(c1, n1);
            QCOMPARE(stateRoot(c1), stateRoot(n1));
        }
        LedgerState c = n, c1 = n1;
        ReplayOptions sharing;
        sharing.probes = {{10, &c, &c}, {30, &c1, &c1}};
        const Timeline t = Timeline::replay(LedgerState{}, tampered, j.net.keys, j.net.params, sharing);
        QCOMPARE(t.probeResults(), (QList<ProbeResult>{ProbeResult::Equal, ProbeResult::Differs}));
    }
    // Rebases at fork points: the states keep their records (and roots), whether the
    // journal matches them or not, in canonical and storage order; the replay's own
    // results are those of a replay without rebases.
    void rebasedStatesKeepTheirRecords()
    {
        Journal j;
        const QList<JournalItem> all = j.items();
        const auto [n, n1] = twoCheckpoints(j, all);
        for (const QList<JournalItem> &items : journalVariants(all, 4, false)) {
            for (const bool storageOrder : {false, true}) {
                LedgerState c = n, c1 = n1;
                ReplayOptions plain;
                plain.storageOrder = storageOrder;
                plain.forks = {10, 30};
                ReplayOptions rebasing = plain;
                rebasing.rebases = {{0, &c}, {0, &c1}, {1, &c1}};
                const Timeline a = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, plain);
                const Timeline b = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, rebasing);
                QCOMPARE(b.finalState(), a.finalState());
                QCOMPARE(b.size(), a.size());
                QCOMPARE(b.forks().size(), a.forks().size());
                for (qsizetype f = 0; f < a.forks().size(); ++f)
                    QCOMPARE(b.forks()[f].state, a.forks()[f].state);
                QCOMPARE(c, n);
                QCOMPARE(c1, n1);
                QCOMPARE(stateRoot(c), stateRoot(n));
                QCOMPARE(stateRoot(c1), stateRoot(n1));
            }
        }
    }
    // A rebase takes effect where its fork is taken: on a journal long enough for the
    // replay's set to have a base (1,300 entries), a checkpoint state from another replay
    // ends up reading the records from this replay's storage, still equal to itself; a
    // state given no rebase keeps its own.
    void aRebaseMovesAStateOntoTheReplaysRecords()
    {
        Net net;
        const QList<JournalItem> items = storedItems(threeDeviceJournal(net, 1300));
        const Timeline other = Timeline::replay(LedgerState{}, items, net.keys, net.params);
        LedgerState c = other.stateAfter(1199);
        c.journalPosition = 1200;
        const LedgerState expected = c;
        LedgerState untouched = c;
        ReplayOptions opt;
        opt.maxSnapshots = 0; // as a verification: snapshots would fold the final set anew
        opt.forks = {1200};
        opt.rebases = {{0, &c}};
        const Timeline t = Timeline::replay(LedgerState{}, items, net.keys, net.params, opt);
        QCOMPARE(t.forks().size(), 1);
        QVERIFY(!expected.txs.sharesBaseWith(t.finalState().txs));
        QVERIFY(c.txs.sharesBaseWith(t.finalState().txs));
        QCOMPARE(c, expected);
        QCOMPARE(stateRoot(c), stateRoot(expected));
        QVERIFY(!untouched.txs.sharesBaseWith(t.finalState().txs));
    }
    // The proofs of a batch run on every core: each result is the one crossProve gives on
    // its own, in task order; a tripped stop token hands back nothing.
    void crossProofsOfABatchMatchOneByOne()
    {
        Journal j;
        const QList<JournalItem> all = j.items();
        const auto [n, n1] = twoCheckpoints(j, all);
        const LedgerState genesis;
        QList<int> first(10), second(20);
        std::iota(first.begin(), first.end(), 0);
        std::iota(second.begin(), second.end(), 10);
        QList<CrossProofTask> tasks;
        for (int round = 0; round < 4; ++round) {
            tasks.append({&genesis, first, stateRoot(n), &n, 10, QStringLiteral("checkpoint 1")});
            tasks.append({&n, second, stateRoot(n1), &n1, 30, QStringLiteral("checkpoint 2")});
            tasks.append({&n, second, stateRoot(n), &n, 30, QStringLiteral("checkpoint 2 (wrong root)")});
            tasks.append({&genesis, second, stateRoot(n1), nullptr, 30, QStringLiteral("checkpoint 2 from genesis")});
        }
        const auto batch = crossProveAll(tasks, all, j.net.keys, j.net.params, QStringLiteral("dev.seeddump"), nullptr, Progress());
        QVERIFY(batch.has_value());
        QCOMPARE(batch->size(), tasks.size());
        for (qsizetype k = 0; k < tasks.size(); ++k) {
            const CrossProofTask &t = tasks[k];
            const CrossProofResult one = crossProve(*t.base, all, t.range, t.expectedRoot, t.expectedState, t.journalPosition, j.net.keys,
                                                    j.net.params, QStringLiteral("dev.seeddump"), t.checkpointName);
            const CrossProofResult &b = (*batch)[k];
            QCOMPARE(b.reproduced, one.reproduced);
            QCOMPARE(b.reproduced, k % 4 < 2);
            QCOMPARE(b.replayedRoot, one.replayedRoot);
            QCOMPARE(b.firstDivergentIndex, one.firstDivergentIndex);
            QCOMPARE(b.differing.size(), one.differing.size());
            QCOMPARE(b.finding.code, one.finding.code);
            QCOMPARE(b.finding.explanation, one.finding.explanation);
        }
        StopToken stop;
        stop.requestStop();
        QVERIFY(!crossProveAll(tasks, all, j.net.keys, j.net.params, {}, nullptr, Progress({}, stop)).has_value());
    }
    // A replay that keeps only the outcomes making findings (what verify runs) gives the
    // same findings, in the same order, and the same final state as one that keeps them
    // all, over journals with untrusted keys, a double spend, a forged amount, a replayed
    // copy and entries stored out of order; what it keeps is exactly the dense outcomes
    // that carry something, in canonical order.
    void notableOutcomesGiveTheSameFindings()
    {
        Journal j;
        const QList<JournalItem> all = j.items();
        QList<JournalItem> tampered = all;
        tampered[16] = withAmountRaised(tampered[16], 1000);
        QList<JournalItem> shuffled = all;
        std::swap(shuffled[5], shuffled[20]);
        shuffled.append(all[12]); // a replayed copy: DUPLICATE
        for (const QList<JournalItem> &items : {all, tampered, shuffled}) {
            ReplayOptions dense;
            dense.keepEvents = false;
            dense.maxSnapshots = 0;
            ReplayOptions notable = dense;
            notable.notableOutcomesOnly = true;
            const Timeline a = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, dense);
            const Timeline b = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, notable);
            QCOMPARE(b.finalState(), a.finalState());
            QCOMPARE(b.findings().size(), a.findings().size());
            for (qsizetype f = 0; f < a.findings().size(); ++f) {
                QCOMPARE(b.findings()[f].code, a.findings()[f].code);
                QCOMPARE(b.findings()[f].offset, a.findings()[f].offset);
                QCOMPARE(b.findings()[f].explanation, a.findings()[f].explanation);
            }
            QList<uint64_t> expected;
            int maxStorage = -1;
            bool seenOutOfOrder = false;
            for (const EntryOutcome &o : a.outcomes()) {
                const bool firstOutOfOrder = o.storageIndex < maxStorage && !seenOutOfOrder;
                seenOutOfOrder |= o.storageIndex < maxStorage;
                maxStorage = std::max(maxStorage, o.storageIndex);
                if (o.status != EntryStatus::Valid || !o.trusted || o.doubleSpend || o.verdict.status != SignatureStatus::Valid || !o.verdict.certified
                    || firstOutOfOrder)
                    expected.append(o.journalSeq);
            }
            QList<uint64_t> kept;
            for (const EntryOutcome &o : b.outcomes())
                kept.append(o.journalSeq);
            QCOMPARE(kept, expected);
            QVERIFY(!kept.isEmpty());
            QVERIFY(kept.size() < a.size());
        }
    }

    // Where a range's replay parts from the whole journal's (ReplayFork): entries stored
    // out of canonical order around the fork's sequence (as a mesh delivers them), a
    // tampered entry among them, and forks before, inside and past the journal. The fork's
    // state plus its rest reaches exactly the state the range's own replay reaches, and a
    // cross-proof from the fork reproduces the root a full one does, or hands the proof
    // back to crossProve.
    void forksPartWhereTheRangeReplayDoes()
    {
        Journal j;
        // Storage order: canonical, except that entries 9, 12 and 19 arrive late (after
        // 24, 29 and 33); journal sequences follow storage order.
        QList<Entry> stored = j.entries;
        const Entry e9 = stored[9], e12 = stored[12], e19 = stored[19];
        stored.removeAt(19);
        stored.removeAt(12);
        stored.removeAt(9);
        stored.insert(24 - 2, e9);
        stored.insert(29 - 1, e12);
        stored.insert(33, e19);
        QCOMPARE(stored.size(), j.entries.size());
        QList<JournalItem> honest = storedItems(stored);
        QList<JournalItem> tampered = honest;
        const qsizetype late12 = std::find_if(stored.cbegin(), stored.cend(), [&](const Entry &e) { return e.txId == e12.txId; }) - stored.cbegin();
        tampered[late12] = withAmountRaised(tampered[late12], 1000); // part of a fork's rest
        const QList<uint64_t> seqs{0, 10, 25, 30, 35, uint64_t(stored.size()), 1000};
        bool someRest = false;
        for (const QList<JournalItem> &items : {honest, tampered}) {
            ReplayOptions opt;
            opt.forks = seqs;
            opt.keepOutcomes = false;
            const Timeline whole = Timeline::replay(LedgerState{}, items, j.net.keys, j.net.params, opt);
            QCOMPARE(whole.forks().size(), seqs.size());
            for (qsizetype f = 0; f < seqs.size(); ++f) {
                const ReplayFork &fork = whole.forks()[f];
                QCOMPARE(fork.upToSeq, seqs[f]);
                QList<int> range;
                for (int i = 0; i < items.size(); ++i)
                    if (items[i].journalSeq <= seqs[f])
                        range.append(i);
                QCOMPARE(fork.applied + fork.rest.size(), range.size());
                someRest |= !fork.rest.isEmpty();
                LedgerState own = Timeline::replay(LedgerState{}, items, range, j.net.keys, j.net.params).finalState();
                LedgerState forked = Timeline::replay(fork.state, items, fork.rest, j.net.keys, j.net.params).finalState();
                own.journalPosition = forked.journalPosition = seqs[f];
                QCOMPARE(forked, own);
                QCOMPARE(stateRoot(forked), stateRoot(own));

                const LedgerState genesis;
                const QByteArray root = stateRoot(own);
                const CrossProofResult full = crossProve(genesis, items, range, root, &own, seqs[f], j.net.keys, j.net.params,
                                                         QStringLiteral("dev.seeddump"), QStringLiteral("checkpoint 1"));
                const auto quick = crossProveFromFork(fork, items, range.size(), root, &own, seqs[f], j.net.keys, j.net.params,
                                                      QStringLiteral("dev.seeddump"), QStringLiteral("checkpoint 1"), nullptr);
                QVERIFY(quick.has_value());
                QVERIFY(full.reproduced);
                QCOMPARE(quick->replayedRoot, full.replayedRoot);
                QCOMPARE(quick->finding.code, full.finding.code);
                QCOMPARE(quick->finding.explanation, full.finding.explanation);
                // Only a root: the same answer.
                QVERIFY(crossProveFromFork(fork, items, range.size(), root, nullptr, seqs[f], j.net.keys, j.net.params, {}, {}, nullptr));
                // A root the range does not reproduce: no answer from the fork.
                QVERIFY(!crossProveFromFork(fork, items, range.size(), QByteArray(32, 'x'), nullptr, seqs[f], j.net.keys, j.net.params,
                                            {}, {}, nullptr));
                // In a batch, a fork that does not reproduce hands the proof to crossProve,
                // over the range as listed or as bounds listed only then.
                const std::pair<uint64_t, uint64_t> bounds{0, seqs[f]};
                const QList<CrossProofTask> tasks{{&genesis, range, QByteArray(32, 'x'), nullptr, seqs[f], QStringLiteral("x"), &fork},
                                                  {&genesis, range, root, &own, seqs[f], QStringLiteral("checkpoint 1"), &fork},
                                                  {&genesis, {}, QByteArray(32, 'x'), nullptr, seqs[f], QStringLiteral("x"), &fork, bounds, range.size()},
                                                  {&genesis, {}, root, &own, seqs[f], QStringLiteral("checkpoint 1"), nullptr, bounds, range.size()}};
                const auto batch = crossProveAll(tasks, items, j.net.keys, j.net.params, QStringLiteral("dev.seeddump"), nullptr, Progress());
                QVERIFY(batch.has_value());
                QVERIFY(!(*batch)[0].reproduced);
                QCOMPARE((*batch)[0].replayedRoot, root);
                QCOMPARE((*batch)[1].finding.explanation, full.finding.explanation);
                QVERIFY(!(*batch)[2].reproduced);
                QCOMPARE((*batch)[2].replayedRoot, root); // the whole range replayed
                QCOMPARE((*batch)[3].finding.explanation, full.finding.explanation);
                QCOMPARE(journalItemsBetween(items, 0, seqs[f]), range);
                QCOMPARE(journalItemsCountBetween(items, 0, seqs[f]), range.size());
            }
        }
        QVERIFY(someRest); // the late entries made forks with a rest to replay
    }
};

QTEST_GUILESS_MAIN(TestLedgerReplay)
#include "tst_ledger_replay.moc"
