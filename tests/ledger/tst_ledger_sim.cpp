// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4 "Done when", on the mesh simulator rather than a hand-built journal: a clean
// simulated mesh (3 devices, groups, thousands of entries synced out of storage order)
// replays in canonical order into every checkpoint's state_root (old DELTAs whose base
// slot was reused are info, not errors), every entry is VALID,
// every invariant holds, and the replay agrees with the simulator's manifest (journal
// entries, final Lamport value, final state_root of every device).
#include "dump/DumpReader.h"
#include "dumpledger/DumpLedger.h"
#include "ledger/Invariants.h"
#include "ledger/StateRecords.h"
#include "sim/MeshSimulator.h"
#include "util/Hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace seedscope;
using namespace seedscope::ledger;

class TstLedgerSim : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanMeshReplaysToTheManifest_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }
    void cleanMeshReplaysToTheManifest()
    {
        QFETCH(bool, encrypt);
        sim::SimOptions o;
        o.devices = 3;
        o.entries = 2000;
        o.seed = 21;
        o.groups = true;
        o.encrypt = encrypt;
        auto sim = sim::runSimulation(o);
        QVERIFY(sim.ok());
        auto trust = parseTrustStore(QJsonDocument(sim->trustStore).toJson());
        QVERIFY(trust.ok());
        const QJsonArray files = sim->manifest.value(QStringLiteral("files")).toArray();
        for (int i = 0; i < sim->devices.size(); ++i) {
            const sim::SimDeviceOutput &d = sim->devices[i];
            const QJsonObject m = files.at(i).toObject();
            dump::ReadOptions ro;
            ro.evidenceName = d.name;
            ro.storageRootKey = crypto::SecureBytes(d.storageRootKey);
            auto img = dump::readDump(d.image, ro);
            QVERIFY(img.ok());
            const DumpLedger l = loadDumpLedger(*img, *trust);
            QCOMPARE(double(l.items.size()), m.value(QStringLiteral("journal_entries")).toDouble());
            const DumpReplay r = replayDumpLedger(l);

            // Every consecutive pair of rebuildable checkpoints is proven in canonical order.
            QVERIFY(r.crossProofs.size() >= 2);
            for (const CrossProofResult &cp : r.crossProofs) {
                QVERIFY2(cp.reproduced && !cp.storageOrderOnly, qPrintable(cp.finding.code + QLatin1Char(' ') + cp.finding.explanation));
                QCOMPARE(cp.finding.code, QStringLiteral("LEDGER_CHECKPOINT_REPRODUCED"));
            }
            // Nothing above info. Slot rotation overwrites old DELTA bases (8 checkpoints in
            // 4 slots): said as LEDGER_CHECKPOINT_BASE_OVERWRITTEN, never as an error.
            int overwritten = 0;
            for (const Finding &f : r.findings) {
                QVERIFY2(f.severity == Severity::Info, qPrintable(f.code + QLatin1Char(' ') + f.explanation));
                overwritten += f.code == QLatin1String("LEDGER_CHECKPOINT_BASE_OVERWRITTEN");
            }
            QVERIFY(overwritten >= 1);

            // Every replayed entry is VALID: an honest mesh rejects nothing.
            const ReplaySummary sum = r.timeline.summary();
            QCOMPARE(sum.byStatus.value(QStringLiteral("VALID")), sum.entries);
            QVERIFY(sum.byReason.isEmpty());
            QCOMPARE(sum.unreadable, 0);

            // Where the device ended, by the manifest.
            const LedgerState &fin = r.timeline.finalState();
            QCOMPARE(toHex(stateRoot(fin)), m.value(QStringLiteral("final_state_root")).toString());
            // The state holds the highest accepted entry's Lamport value; the device clock
            // has also ticked for every receipt, so it can only be ahead.
            QVERIFY(fin.lamport > 0 && double(fin.lamport) <= m.value(QStringLiteral("final_lamport")).toDouble());
            QCOMPARE(double(fin.journalPosition), m.value(QStringLiteral("journal_head")).toObject().value(QStringLiteral("seq")).toDouble());
            const Findings inv = checkStateInvariants(fin, d.name, QStringLiteral("final state"));
            QVERIFY2(inv.isEmpty(), qPrintable(inv.isEmpty() ? QString() : inv.first().explanation));
            // Groups ran: money went through a pool and came back out.
            QVERIFY(!fin.groups.empty());
            for (const auto &[id, g] : fin.groups)
                QCOMPARE(g.pool, g.contributedTotal - g.paidTotal);
        }
    }
};

QTEST_GUILESS_MAIN(TstLedgerSim)
#include "tst_ledger_sim.moc"
