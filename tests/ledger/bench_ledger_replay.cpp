// SPDX-License-Identifier: GPL-3.0-or-later
// Replay throughput (label bench, not part of the default suite): 20,000 signed
// transfers among 8 devices, signatures verified sequentially vs in parallel, then a
// full replay with timeline and invariants. Prints numbers; asserts only correctness.

#include "LedgerTestKit.h"

#include "ledger/Replay.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

class BenchLedgerReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replayThroughput()
    {
        Net net;
        const char *devs[] = {"b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"};
        const char *accts[] = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"};
        QList<JournalItem> items;
        for (int i = 0; i < 8; ++i) {
            net.addDevice(devs[i]);
            items.append(JournalItem{net.issue(accts[i], devs[i], 10'000'000), {}, uint64_t(items.size() + 1), -1, {}});
        }
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            items.append(JournalItem{net.transfer(devs[i % 8], accts[i % 8], accts[(i + 3) % 8], 1 + i % 97), {},
                                     uint64_t(items.size() + 1), -1, {}});
        QList<const Entry *> ptrs;
        for (const JournalItem &it : items)
            ptrs.append(&*it.entry);
        QElapsedTimer t;
        t.start();
        const auto seq = verifySignatures(ptrs, net.keys, false);
        const double seqS = t.nsecsElapsed() / 1e9;
        t.restart();
        const auto par = verifySignatures(ptrs, net.keys, true);
        const double parS = t.nsecsElapsed() / 1e9;
        QCOMPARE(seq.size(), par.size());
        t.restart();
        const Timeline tl = Timeline::replay(LedgerState{}, items, net.keys, net.params);
        const double replayS = t.nsecsElapsed() / 1e9;
        t.restart();
        const LedgerState mid = tl.stateAfter(n / 2 + 123);
        const double queryMs = t.nsecsElapsed() / 1e6;
        QCOMPARE(tl.summary().byStatus.value(QStringLiteral("VALID")), n + 8);
        QVERIFY(tl.findings().isEmpty());
        qInfo("%d signatures: sequential %.0f/s, parallel %.0f/s on %d threads; full replay %.2f s (%.0f entries/s); "
              "state at an arbitrary position %.1f ms (%d snapshots)",
              int(ptrs.size()), ptrs.size() / seqS, ptrs.size() / parS, QThreadPool::globalInstance()->maxThreadCount(), replayS,
              items.size() / replayS, queryMs, tl.snapshotCount());
        Q_UNUSED(mid);
    }
};

QTEST_GUILESS_MAIN(BenchLedgerReplay)
#include "bench_ledger_replay.moc"
