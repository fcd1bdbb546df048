// SPDX-License-Identifier: GPL-3.0-or-later
// A replay fed its signature verdicts while it runs (ReplayOptions::verdictFeed) gives
// the outcomes, findings and final state of one that checks every signature itself, reads
// each verdict only after the feed handed it over, and stops as cancelled when the feed
// reports a stop.

#include "LedgerTestKit.h"

#include "ledger/Replay.h"
#include "ledger/StateRecords.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

struct Journal {
    Net net;
    QList<JournalItem> items;
    Journal()
    {
        QList<Entry> entries = threeDeviceJournal(net, 45);
        entries[17].amount += 1000; // its signature no longer holds
        items = storedItems(entries);
        std::swap(items[30], items[33]); // storage order is not canonical order
        items.append(JournalItem::unreadable(uint64_t(items.size() + 1), 99999, 2, QStringLiteral("unknown entry type 99")));
    }
};

// Checks the signatures on a thread of its own, in storage order, publishing each verdict
// with release; the reader acquires it. Counts the reads of items not yet published.
class ThreadFeed final : public VerdictFeed {
public:
    ThreadFeed(const QList<JournalItem> &items, const KeyDirectory &keys, qsizetype stopAt = -1)
        : m_verdicts(items.size()), m_set(std::make_unique<std::atomic_bool[]>(size_t(items.size()))), m_stopAt(stopAt)
    {
        for (qsizetype k = 0; k < items.size(); ++k)
            m_set[k].store(false);
        m_worker = std::thread([this, &items, &keys] {
            for (qsizetype k = 0; k < items.size(); ++k) {
                if (k == m_stopAt)
                    break; // never sets the rest: a reader waiting for them must be told to stop
                if (items[k].decodes())
                    m_verdicts.set(k, verifyEntrySignature(items[k].entry(), keys));
                m_set[k].store(true, std::memory_order_release);
            }
        });
    }
    ~ThreadFeed() override { m_worker.join(); }
    bool await(qsizetype item) const override
    {
        ++m_awaited;
        if (m_stopAt >= 0 && item >= m_stopAt)
            return false;
        while (!m_set[item].load(std::memory_order_acquire))
            std::this_thread::yield();
        return true;
    }
    bool awaitAll() const override
    {
        for (qsizetype k = 0; k < m_verdicts.size(); ++k)
            if (!await(k))
                return false;
        return true;
    }
    const ItemVerdicts &verdicts() const { return m_verdicts; }
    int awaited() const { return m_awaited; }

private:
    ItemVerdicts m_verdicts;
    std::unique_ptr<std::atomic_bool[]> m_set;
    qsizetype m_stopAt;
    mutable int m_awaited = 0;
    std::thread m_worker;
};

QStringList codes(const Findings &fs)
{
    QStringList out;
    for (const Finding &f : fs)
        out << f.code + QLatin1Char('@') + QString::number(f.offset);
    return out;
}

} // namespace

class TestVerdictFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fedReplayMatchesCheckedReplay()
    {
        const Journal j;
        for (const bool keepOutcomes : {true, false}) {
            ReplayOptions plain;
            plain.keepOutcomes = keepOutcomes;
            const Timeline ref = Timeline::replay(LedgerState{}, j.items, j.net.keys, j.net.params, plain);
            const ThreadFeed feed(j.items, j.net.keys);
            ReplayOptions fed = plain;
            fed.knownVerdicts = &feed.verdicts();
            fed.verdictFeed = &feed;
            const Timeline t = Timeline::replay(LedgerState{}, j.items, j.net.keys, j.net.params, fed);
            QVERIFY(!t.cancelled());
            QCOMPARE(feed.awaited(), j.items.size() - 1); // each decoded entry once, as it is applied
            QCOMPARE(t.size(), ref.size());
            for (int c = 0; c < t.size(); ++c) {
                QCOMPARE(t.outcome(c).storageIndex, ref.outcome(c).storageIndex);
                QCOMPARE(t.outcome(c).verdict.status, ref.outcome(c).verdict.status);
                QCOMPARE(t.outcome(c).verdict.certified, ref.outcome(c).verdict.certified);
                QCOMPARE(t.outcome(c).status, ref.outcome(c).status);
                QCOMPARE(t.outcome(c).reason, ref.outcome(c).reason);
                QCOMPARE(t.outcome(c).trusted, ref.outcome(c).trusted);
            }
            QCOMPARE(codes(t.findings()), codes(ref.findings()));
            QCOMPARE(stateRoot(t.finalState()), stateRoot(ref.finalState()));
            QCOMPARE(t.finalState(), ref.finalState());
        }
        // The fixture has what it claims: an invalid signature and an uncertified key.
        const Timeline ref = Timeline::replay(LedgerState{}, j.items, j.net.keys, j.net.params);
        QCOMPARE(ref.summary().byReason.value(QStringLiteral("SIGNATURE_INVALID")), 1);
        QVERIFY(ref.summary().untrusted > 0);
    }

    // A selection of the journal, as the verifier replays from a checkpoint: the feed
    // is indexed like the journal, not like the selection.
    void fedSelectionMatchesCheckedSelection()
    {
        const Journal j;
        QList<int> selection;
        for (int k = 12; k < j.items.size(); ++k)
            selection.append(k);
        const Timeline ref = Timeline::replay(LedgerState{}, j.items, selection, j.net.keys, j.net.params);
        const ThreadFeed feed(j.items, j.net.keys);
        ReplayOptions fed;
        fed.knownVerdicts = &feed.verdicts();
        fed.verdictFeed = &feed;
        const Timeline t = Timeline::replay(LedgerState{}, j.items, selection, j.net.keys, j.net.params, fed);
        QCOMPARE(feed.awaited(), selection.size() - 1);
        QCOMPARE(t.size(), ref.size());
        for (int c = 0; c < t.size(); ++c) {
            QCOMPARE(t.outcome(c).verdict.status, ref.outcome(c).verdict.status);
            QCOMPARE(t.outcome(c).status, ref.outcome(c).status);
        }
        QCOMPARE(codes(t.findings()), codes(ref.findings()));
        QCOMPARE(t.finalState(), ref.finalState());
    }

    // A feed that reports a stop (the verifier's, on a stop request) cancels the replay
    // at the entry it was waiting for.
    void feedStopCancelsTheReplay()
    {
        const Journal j;
        const ThreadFeed feed(j.items, j.net.keys, 20);
        ReplayOptions fed;
        fed.knownVerdicts = &feed.verdicts();
        fed.verdictFeed = &feed;
        const Timeline t = Timeline::replay(LedgerState{}, j.items, j.net.keys, j.net.params, fed);
        QVERIFY(t.cancelled());
        QVERIFY(feed.awaited() >= 20);
        QVERIFY(feed.awaited() < j.items.size() - 1);
    }
};

QTEST_GUILESS_MAIN(TestVerdictFeed)
#include "tst_verdict_feed.moc"
