// SPDX-License-Identifier: GPL-3.0-or-later
// State records: full and delta round trips, strict decoding, state_root, basic apply.

#include "LedgerTestKit.h"

#include "ledger/Merkle.h"
#include "ledger/StateRecords.h"
#include "ledger/TxSet.h"
#include "util/ByteIo.h"
#include "util/Hex.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

// A state touching every record kind.
LedgerState richState()
{
    Net net;
    net.addDevice("d1");
    net.addDevice("d2");
    LedgerState s;
    QList<Entry> es;
    es << net.issue("alice", "d1", 100000) << net.issue("bob", "d2", 50000) << net.transfer("d1", "alice", "bob", 1234);
    Entry g = net.base(EntryType::GroupCreate, "d1");
    g.group = Net::account("group1");
    g.from = Net::account("alice");
    g.amount = 1000;
    g.members = {Net::account("alice"), Net::account("bob")};
    es << net.sign(g, "d1");
    Entry c = net.base(EntryType::GroupContribute, "d2");
    c.group = g.group;
    c.from = Net::account("bob");
    c.cycle = 0;
    c.amount = 1000;
    es << net.sign(c, "d2");
    for (const Entry &e : es) {
        auto r = applyEntry(s, e, net.keys, net.params);
        if (r.status != EntryStatus::Valid)
            qWarning() << rejectReasonName(r.reason) << r.detail;
    }
    s.journalPosition = 5;
    return s;
}

} // namespace

class TestLedgerState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // TxSet against an ordered map, through what the replay does to it: inserts past the
    // point where the tail folds into the base (in place into a base of its own, into a new
    // base for one shared with a copy), replaced hashes, erases, copies that share the base
    // and then diverge past a fold, a set filled in key order (a decoded state) that then
    // takes random keys, and prefix views of a frozen set. Every check compares lookups,
    // size, key order and equality with a set built from the model alone.
    void txSetBehavesLikeAnOrderedMap()
    {
        std::mt19937 rng(20261201);
        constexpr int kKeys = 6000; // several folds: a tail folds from 1,024 records on
        auto id = [&](int k) { QByteArray b(16, 0); b[15] = char(k); b[14] = char(k >> 8); b[0] = char(k * 37); return TxId(b); };
        auto hash = [&](int v) { QByteArray b(32, char(v)); b[0] = char(v >> 8); return Hash32(b); };
        using Model = std::map<TxId, Hash32>;
        auto build = [](const Model &m) {
            TxSet t;
            for (const auto &[k, h] : m)
                t.insert(k, h);
            return t;
        };
        auto same = [&](const TxSet &t, const Model &m) {
            QCOMPARE(t.size(), m.size());
            auto it = m.cbegin();
            t.forEach([&](const uint8_t *k, const uint8_t *h) {
                QVERIFY(it != m.cend());
                QVERIFY(std::memcmp(k, it->first.data(), 16) == 0);
                QVERIFY(std::memcmp(h, it->second.data(), 32) == 0);
                ++it;
            });
            QVERIFY(it == m.cend());
            for (int k = 0; k < kKeys; k += 7) {
                const uint8_t *found = t.find(id(k));
                const auto want = m.find(id(k));
                QCOMPARE(found != nullptr, want != m.end());
                if (found)
                    QVERIFY(std::memcmp(found, want->second.data(), 32) == 0);
            }
            QVERIFY(t == build(m));
        };
        TxSet a;
        Model ma;
        std::vector<std::pair<TxId, Hash32>> order; // insertions in order, for prefix views
        for (int step = 0; step < 5000; ++step) {
            const int k = int(rng() % kKeys);
            a.insert(id(k), hash(step));
            if (!ma.count(id(k)))
                order.emplace_back(id(k), hash(step));
            ma[id(k)] = hash(step);
            if (step % 397 == 0)
                same(a, ma);
        }
        same(a, ma);
        // A copy shares the base; changing either leaves the other as it was.
        TxSet b = a;
        Model mb = ma;
        for (int step = 0; step < 3000; ++step) {
            const int k = int(rng() % kKeys);
            if (step % 10 == 0) {
                QCOMPARE(b.erase(id(k)), mb.erase(id(k)) == 1);
            } else {
                b.insert(id(k), hash(1000 + step));
                mb[id(k)] = hash(1000 + step);
            }
        }
        same(a, ma);
        same(b, mb);
        // Filled in key order, then random keys: folds into a base that was filled so.
        TxSet c = build(ma);
        Model mc = ma;
        for (int step = 0; step < 2500; ++step) {
            const int k = kKeys + int(rng() % kKeys);
            c.insert(id(k), hash(2000 + step));
            mc[id(k)] = hash(2000 + step);
        }
        same(c, mc);
        same(a, ma);
        // Prefix views of a frozen set hold the first n distinct ids inserted (with their
        // latest hashes), whatever was inserted after them.
        a.freeze();
        same(a, ma);
        for (size_t n : {size_t(0), size_t(1), order.size() / 3, order.size() - 1, order.size(), order.size() + 5}) {
            Model mp;
            for (size_t i = 0; i < std::min(n, order.size()); ++i)
                mp[order[i].first] = ma.at(order[i].first);
            same(a.prefix(n), mp);
        }
    }
    // share(): a copy holding the same records once. A plain copy of a set with a tail
    // holds that tail twice; a shared one holds nothing of its own, keeps the insertion
    // order prefix views read, and each side changes afterwards without the other.
    void aSharedCopyHoldsTheRecordsOnce()
    {
        auto id = [](int k) { QByteArray b(16, 0); b[0] = char(k * 131); b[14] = char(k >> 8); b[15] = char(k); return TxId(b); };
        auto hash = [](int v) { QByteArray b(32, char(v)); b[1] = char(v >> 8); return Hash32(b); };
        TxSet a, plain;
        std::map<TxId, Hash32> model;
        constexpr int kRecords = 7500; // a base of 6,400 and a tail of 1,100 (folds from 1,024)
        for (int k = 0; k < kRecords; ++k) {
            a.insert(id(k), hash(k));
            plain.insert(id(k), hash(k));
            model[id(k)] = hash(k);
        }
        QVERIFY(!TxSet(plain).sharesRecordsWith(plain)); // a copy holds the tail again
        const TxSet shared = a.share();
        QVERIFY(shared.sharesRecordsWith(a));
        QCOMPARE(shared, plain);
        QCOMPARE(a, plain);
        const TxSet view = a.prefix(5000); // stamps are still the insertion order
        QCOMPARE(view.size(), size_t(5000));
        QVERIFY(view.contains(id(4999)));
        QVERIFY(!view.contains(id(5000)));
        // A second share of a base that is no longer this set's alone rewrites nothing.
        for (int k = kRecords; k < kRecords + 1200; ++k)
            a.insert(id(k), hash(k));
        const TxSet again = a.share();
        QVERIFY(!again.sharesRecordsWith(shared));
        QCOMPARE(again, a);
        QVERIFY(a.erase(id(3)));
        QCOMPARE(shared, plain); // the other side is unchanged
        QVERIFY(shared.contains(id(3)));
        QVERIFY(!a.contains(id(3)));
        QCOMPARE(shared.size(), model.size());
    }
    // rebaseOnto: a set holding every record of a part (same hashes) becomes the part's
    // storage plus the rest of its own, unchanged as a set; one that lacks a record of the
    // part, or holds it with another hash, is left as it was.
    void aSetRebasesOntoAPartItHolds()
    {
        auto id = [](int k) { QByteArray b(16, 0); b[0] = char(k * 71); b[14] = char(k >> 8); b[15] = char(k); return TxId(b); };
        auto hash = [](int v) { QByteArray b(32, char(v)); b[2] = char(v >> 8); return Hash32(b); };
        TxSet replay; // what a replay holds at a checkpoint: most of its records
        constexpr int kRecords = 7700; // the replay's 7,546: a base of 6,400, a tail of 1,146
        for (int k = 0; k < kRecords; ++k)
            if (k % 50 != 7) // the checkpoint's records the replay applies later
                replay.insert(id(k), hash(k));
        const TxSet part = replay.share();
        TxSet decoded; // the checkpoint's state, decoded in key order
        {
            std::map<TxId, Hash32> m;
            for (int k = 0; k < kRecords; ++k)
                m[id(k)] = hash(k);
            decoded.reserve(qint64(m.size()));
            for (const auto &[k, h] : m)
                decoded.insert(k, h);
        }
        const TxSet before = decoded;
        TxSet moved = decoded;
        QVERIFY(moved.rebaseOnto(part));
        QCOMPARE(moved, before);
        QCOMPARE(moved.size(), before.size());
        QVERIFY(moved.contains(id(7)) && moved.contains(id(kRecords - 1)));
        QVERIFY(part.sharesRecordsWith(replay)); // share() folded the replay's tail
        QVERIFY(!moved.sharesRecordsWith(part)); // its own 154 records are a tail
        TxSet same = part;
        QVERIFY(!same.rebaseOnto(part)); // already on its storage: nothing to gain
        QVERIFY(same.sharesRecordsWith(part));
        // Not a part: a record the set lacks, or one with another hash.
        TxSet extra = part;
        extra.insert(id(9000), hash(1));
        TxSet lacking = decoded;
        QVERIFY(!lacking.rebaseOnto(extra));
        QCOMPARE(lacking, before);
        TxSet altered = part;
        altered.insert(id(8), hash(4242));
        TxSet other = decoded;
        QVERIFY(!other.rebaseOnto(altered));
        QCOMPARE(other, before);
        TxSet small;
        small.insert(id(1), hash(1));
        QVERIFY(!small.rebaseOnto(part));
        // Changing the rebased set leaves the part (and the replay) as they were.
        QVERIFY(moved.erase(id(8)));
        moved.insert(id(9500), hash(3));
        QVERIFY(part.contains(id(8)) && !part.contains(id(9500)));
        QVERIFY(replay.contains(id(8)));
    }
    // TxSet::Revealing: a replay's set started on a decoded state's records, all hidden.
    // Inserting one of them with the same hash makes it visible where it lies, so the set
    // and the decoded state keep sharing one storage; the set, its prefix views (insertion
    // order) and copies taken on the way stay what an ordered map says, and the decoded
    // state does not change. A record with another hash, or one the state lacks, goes to
    // the tail, and from then on nothing more is revealed.
    void aReplayRevealsADecodedStatesRecordsInPlace()
    {
        auto id = [](int k) { QByteArray b(16, 0); b[0] = char(k * 37); b[14] = char(k >> 8); b[15] = char(k); return TxId(b); };
        auto hash = [](int v) { QByteArray b(32, char(v)); b[3] = char(v >> 8); return Hash32(b); };
        constexpr int kRecords = 3000;
        auto decode = [&] {
            std::map<TxId, Hash32> m;
            for (int k = 0; k < kRecords; ++k)
                m[id(k)] = hash(k);
            TxSet d;
            d.reserve(qint64(m.size()));
            for (const auto &[k, h] : m)
                d.insert(k, h);
            return d;
        };
        const TxSet decoded = decode(), before = decode();
        QVERIFY(!decoded.sharesBaseWith(before));

        // The replay's order: the checkpoint's records shuffled, then one with another
        // hash, then the rest of them, then records past the checkpoint.
        std::vector<int> order(kRecords);
        for (int k = 0; k < kRecords; ++k)
            order[size_t(k)] = k;
        std::mt19937 rng(11);
        std::shuffle(order.begin(), order.end(), rng);
        constexpr int kRevealed = 2500;
        TxSet replay;
        std::map<TxId, Hash32> model;
        std::vector<std::pair<TxId, Hash32>> inserted;
        auto apply = [&](TxSet &set, int k, int h) {
            set.insert(id(k), hash(h));
            model[id(k)] = hash(h);
            inserted.push_back({id(k), hash(h)});
        };
        auto same = [](const TxSet &set, const std::map<TxId, Hash32> &m) {
            QCOMPARE(set.size(), m.size());
            auto it = m.cbegin();
            bool ordered = true;
            set.forEach([&](const uint8_t *k, const uint8_t *h) {
                ordered = ordered && it != m.cend() && TxId::fromRaw(k) == it->first && Hash32::fromRaw(h) == it->second;
                ++it;
            });
            QVERIFY(ordered);
        };
        auto prefixModel = [&](size_t n) {
            std::map<TxId, Hash32> m;
            for (size_t i = 0; i < n; ++i)
                m[inserted[i].first] = inserted[i].second;
            return m;
        };
        TxSet copy, snapshot;
        std::map<TxId, Hash32> copyModel;
        {
            TxSet::Revealing revealing(replay, decoded);
            QVERIFY(revealing.active());
            QVERIFY(replay.empty());
            TxSet::Revealing second(copy, decoded); // one set reveals at a time
            QVERIFY(!second.active());
            for (int i = 0; i < kRevealed; ++i) {
                apply(replay, order[size_t(i)], order[size_t(i)]);
                if (i == 1200) {
                    snapshot = replay.prefix(1000);
                    copy = replay;
                    copyModel = model;
                }
            }
            QVERIFY(replay.sharesRecordsWith(decoded) || replay.sharesBaseWith(decoded));
            QCOMPARE(replay.size(), size_t(kRevealed));
            same(replay, model);
            // The copy reveals nothing: its record goes to a tail of its own, and the
            // replay's reveals since did not change what it holds.
            copy.insert(id(order[kRevealed]), hash(order[kRevealed]));
            copyModel[id(order[kRevealed])] = hash(order[kRevealed]);
            same(copy, copyModel);
            same(snapshot, prefixModel(1000));
            same(replay.prefix(1700), prefixModel(1700));
            // Another hash: a tail record; then the rest, and records past the checkpoint.
            apply(replay, order[kRevealed + 1], 60000); // no record of the state has it
            for (int i = kRevealed + 2; i < kRecords; ++i)
                apply(replay, order[size_t(i)], order[size_t(i)]);
            for (int k = kRecords; k < kRecords + 300; ++k)
                apply(replay, k, k);
            same(replay, model);
            for (size_t n : {size_t(0), size_t(1), size_t(kRevealed), size_t(kRevealed + 1), size_t(kRecords + 100)})
                same(replay.prefix(n), prefixModel(n));
            QVERIFY(replay.sharesBaseWith(decoded)); // still one copy of the records
        }
        QCOMPARE(decoded, before);
        same(snapshot, prefixModel(1000));
        same(copy, copyModel);
        // Over: a new set may reveal again, and a set holding records may not start.
        TxSet again;
        TxSet::Revealing next(again, decoded);
        QVERIFY(next.active());
        TxSet holding;
        holding.insert(id(1), hash(1));
        TxSet::Revealing refused(holding, before);
        QVERIFY(!refused.active());
        // A decoded state already reading the replay's storage is not rebased again.
        TxSet onIt = decoded;
        QVERIFY(!onIt.rebaseOnto(again));
        QVERIFY(onIt.sharesRecordsWith(decoded));
    }
    void richStateIsWhatWeThink()
    {
        const LedgerState s = richState();
        QCOMPARE(s.accounts.size(), size_t(2));
        QCOMPARE(s.accounts.at(Net::account("alice")).balance, 100000 - 1234);
        QCOMPARE(s.accounts.at(Net::account("bob")).balance, 50000 + 1234 - 1000);
        QCOMPARE(s.groups.at(Net::account("group1")).pool, 1000);
        QCOMPARE(s.txs.size(), size_t(5));
        QCOMPARE(s.windows.size(), size_t(1));
        QCOMPARE(s.totalIssued, 150000);
    }
    void fullRoundTrip()
    {
        const LedgerState s = richState();
        const QByteArray bytes = encodeFullState(s);
        auto back = decodeFullState(bytes);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(*back == s);
        QCOMPARE(encodeFullState(*back), bytes);
        QCOMPARE(stateRoot(*back), stateRoot(s));
        for (int n = 0; n < bytes.size(); n += 7)
            QVERIFY(!decodeFullState(bytes.left(n)).ok());
        QVERIFY(!decodeFullState(bytes + "x").ok());
    }
    void emptyStateHasOnlyMeta()
    {
        LedgerState s;
        const QList<StateRecord> recs = stateRecords(s);
        QCOMPARE(recs.size(), 1);
        QCOMPARE(toHex(recs[0].leafBytes()), QStringLiteral("01") + QStringLiteral("01") + QString(48, QLatin1Char('0')));
        QCOMPARE(stateRoot(s), merkle::leafHash(recs[0].leafBytes()));
    }
    void goldenOneAccountState()
    {
        // docs/format/ledger-encoding.md "Worked example: a state with one account".
        LedgerState s;
        s.lamport = 1;
        s.journalPosition = 1;
        s.totalIssued = 100000;
        AccountState a;
        a.balance = 100000;
        a.owner = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        s.accounts.emplace(QByteArray(16, '\x11'), a);
        QCOMPARE(toHex(encodeFullState(s)),
                 QStringLiteral("5353543102000000" "01" "19000000" "01" "0100000000000000" "0100000000000000" "a086010000000000"
                                "02" "11111111111111111111111111111111" "1c000000" "a086010000000000" "88130000"
                                "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"));
        QCOMPARE(toHex(stateRoot(s)), QStringLiteral("2285c37de479c57b80073f824e328f81370dd7bfa72e8e752a0e9ea138479df5"));
        QCOMPARE(toHex(stateRoot(LedgerState{})), QStringLiteral("beddab6edec66c6e5427ffc6b8d7644e6751973aedf0fe99c293c6bc9cfe94b1"));
    }
    void decodeRejectsDisorderAndBadValues()
    {
        const LedgerState s = richState();
        QList<StateRecord> recs = stateRecords(s);
        QList<StateRecord> swapped = recs;
        swapped.swapItemsAt(1, 2);
        QVERIFY(!stateFromRecords(swapped).ok());
        QList<StateRecord> dup = recs;
        dup.insert(2, recs[1]);
        QVERIFY(!stateFromRecords(dup).ok());
        QList<StateRecord> noMeta = recs.mid(1);
        QVERIFY(!stateFromRecords(noMeta).ok());
        QList<StateRecord> badTrust = recs;
        badTrust[1].value[8] = char(0xff); // trust low byte -> 5000 becomes a different, still valid value
        badTrust[1].value[11] = char(0x7f); // trust > 10000
        QVERIFY(!stateFromRecords(badTrust).ok());
    }
    void randomMutationsNeverCrash()
    {
        const LedgerState s = richState();
        const QByteArray full = encodeFullState(s);
        LedgerState next = s;
        next.accounts[Net::account("alice")].balance -= 1;
        next.accounts[Net::account("bob")].balance += 1;
        const QByteArray delta = encodeDelta(s, next);
        crypto::DeterministicRng rng(5, "state-fuzz");
        int accepted = 0;
        for (int i = 0; i < 4000; ++i) {
            QByteArray b = (i % 2) ? full : delta;
            b[int(rng.below(uint64_t(b.size())))] = char(rng.below(256));
            if (rng.chance(0.2))
                b = b.left(int(rng.below(uint64_t(b.size()) + 1)));
            if (i % 2) {
                auto d = decodeFullState(b);
                if (d) {
                    ++accepted;
                    QCOMPARE(encodeFullState(*d), b); // anything accepted is canonical
                }
            } else {
                QVERIFY(!applyDelta(s, b).ok() || b == delta);
            }
        }
        Q_UNUSED(accepted);
    }
    void deltaRoundTrip()
    {
        const LedgerState base = richState();
        LedgerState next = base;
        next.accounts[Net::account("alice")].balance -= 5;
        next.accounts[Net::account("bob")].balance += 5;
        next.txs.erase(next.txs.front().first);
        next.lamport += 3;
        const QByteArray delta = encodeDelta(base, next);
        auto applied = applyDelta(base, delta);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        QVERIFY(*applied == next);
        // 3 changed records (META, 2 accounts) + 1 delete.
        QCOMPARE(int(getU32(reinterpret_cast<const unsigned char *>(delta.constData()) + 68)), 4);
        // Wrong base: refused.
        QVERIFY(!applyDelta(next, delta).ok());
        // Every single byte flipped in the delta is caught (root, prior hash, value or framing).
        for (int i = 0; i < delta.size(); ++i) {
            QByteArray bad = delta;
            bad[i] = char(bad[i] ^ 0x40);
            QVERIFY2(!applyDelta(base, bad).ok(), qPrintable(QStringLiteral("flip at %1 accepted").arg(i)));
        }
        // Identical states: an empty delta.
        QCOMPARE(encodeDelta(base, base).size(), 4 + 32 + 32 + 4);
    }
    void diffNamesRecords()
    {
        const LedgerState a = richState();
        LedgerState b = a;
        b.accounts[Net::account("bob")].trust = 4000;
        const QList<RecordDiff> d = diffStates(a, b);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].kind, RecordKind::Account);
        QCOMPARE(d[0].key, Net::account("bob"));
    }
    void proofOfOneBalance()
    {
        const LedgerState s = richState();
        const QList<StateRecord> recs = stateRecords(s);
        const qsizetype idx = findRecord(recs, RecordKind::Account, Net::account("alice").toByteArray());
        QVERIFY(idx > 0);
        const QList<QByteArray> leaves = stateLeafHashes(recs);
        const QList<QByteArray> proof = merkle::inclusionProof(leaves, uint64_t(idx));
        QVERIFY(merkle::verifyInclusion(uint64_t(idx), uint64_t(recs.size()), leaves[idx], proof, stateRoot(s)));
        auto parsed = parseLeaf(recs[idx].leafBytes());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->value, recs[idx].value);
    }
};

QTEST_GUILESS_MAIN(TestLedgerState)
#include "tst_ledger_state.moc"
