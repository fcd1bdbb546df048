// SPDX-License-Identifier: GPL-3.0-or-later
// End to end over a real dump image written by the reference device (core/sim): replay
// reproduces every checkpoint, invariants hold, a balance proof exported from the dump
// verifies standalone, and the CLI (replay, prove, verify-proof) agrees.

#include "LedgerTestKit.h"

#include "CliRunner.h"
#include "dump/DumpReader.h"
#include "dumpledger/CheckpointLoads.h"
#include "dumpledger/DumpLedger.h"
#include "sim/NorFlash.h"
#include "sim/SeedDevice.h"
#include "util/Hex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

struct Mesh {
    Net net;
    TrustStore trust;
    sim::DeviceConfig cfg1, cfg2;
    std::unique_ptr<sim::NorFlash> flash1, flash2;
    std::unique_ptr<sim::SeedDevice> dev1, dev2;

    sim::DeviceConfig config(const char *label, bool encrypt)
    {
        sim::DeviceConfig c;
        c.name = QString::fromLatin1(label);
        c.networkId = net.params.networkId;
        c.encrypt = encrypt;
        c.signingSeed = crypto::DeterministicRng(7, label).bytes(32); // = signerFor(label)
        c.storageRootKey = crypto::DeterministicRng(8, label).bytes(32);
        const crypto::Ed25519Signer s = signerFor(label);
        c.registrationSignature = *net.authority.sign(registrationSignedBytes(s.publicKey(), crypto::keyId16(s.publicKey()), c.networkId));
        c.rngSeed = 11;
        RegisteredDevice rd{crypto::keyId16(s.publicKey()), s.publicKey(), c.registrationSignature, {}};
        trust.devices.append(rd);
        return c;
    }

    explicit Mesh(bool encrypt)
    {
        net.addDevice("m1");
        net.addDevice("m2");
        trust.networkId = net.params.networkId;
        trust.authorityPublicKey = net.authority.publicKey();
        cfg1 = config("m1", encrypt);
        cfg2 = config("m2", encrypt);
        flash1 = std::make_unique<sim::NorFlash>(cfg1.blockSize, cfg1.totalBlocks());
        flash2 = std::make_unique<sim::NorFlash>(cfg2.blockSize, cfg2.totalBlocks());
        dev1 = sim::SeedDevice::format(*flash1, cfg1, net.keys, net.params).value();
        dev2 = sim::SeedDevice::format(*flash2, cfg2, net.keys, net.params).value();
    }
    // Both devices store every entry in the same (canonical) order.
    void both(const Entry &e)
    {
        QVERIFY(dev1->append(e).ok());
        QVERIFY(dev2->append(e).ok());
    }
    Entry local(sim::SeedDevice &d, const char *from, const char *to, int64_t amount)
    {
        Entry e;
        e.type = EntryType::Transfer;
        e.txId = bytesFor(QByteArray("mesh-tx").append(QByteArray::number(++net.txCounter)).constData());
        e.from = Net::account(from);
        e.to = Net::account(to);
        e.amount = amount;
        return *d.createLocal(e);
    }
    void run()
    {
        for (int round = 0; round < 4; ++round) {
            net.lamport = std::max(dev1->lamport(), dev2->lamport());
            both(net.issue("alice", "m1", 20000));
            net.lamport = std::max(dev1->lamport(), dev2->lamport());
            both(net.issue("bob", "m2", 20000));
            for (int k = 0; k < 5; ++k) {
                both(local(*dev1, "alice", "bob", 100 + k));
                both(local(*dev2, "bob", "alice", 50 + k));
            }
            // A spend the ledger must reject (alice cannot pay 999999).
            both(local(*dev1, "alice", "bob", 999999));
            QVERIFY(dev1->checkpoint().ok());
        }
    }
};

bool anyError(const Findings &fs, QString *what)
{
    for (const Finding &f : fs)
        if (f.severity >= Severity::Error || f.verdict == Verdict::Tampering) {
            *what = f.code + QStringLiteral(" ") + f.location + QStringLiteral(": ") + f.explanation;
            return true;
        }
    return false;
}

} // namespace

class TestLedgerDump : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The ledger view records the slots each decoded state came from, exactly the chain
    // the device's rule plans for that slot; loads reuse those states (a state marked here
    // comes back marked) and give what a fresh decode gives.
    void checkpointLoadsReuseTheLedgerViewsStates()
    {
        Mesh m(false);
        m.run();
        if (QTest::currentTestFailed())
            return;
        dump::ReadOptions ro;
        ro.evidenceName = QStringLiteral("m1.seeddump");
        auto img = dump::readDump(m.flash1->image(), ro);
        QVERIFY(img.ok());
        const DumpLedger l = loadDumpLedger(*img, m.trust);
        int deltas = 0;
        for (const DumpCheckpoint &c : l.checkpoints) {
            QVERIFY2(c.state, qPrintable(c.error.english()));
            const auto plan = planCheckpointChain(*img, c.slotIndex);
            QVERIFY(plan);
            QCOMPARE(c.chain, plan->chain);
            deltas += c.full ? 0 : 1;
        }
        QVERIFY(deltas > 0); // a chain longer than one slot is exercised
        const QList<int> candidates = checkpointCandidates(*img);
        QCOMPARE(candidates.size(), l.checkpoints.size());

        CheckpointLoads fresh(*img), reusing(*img);
        reusing.reuse(l.checkpoints);
        for (int c : candidates) {
            const auto a = fresh.load(c), b = reusing.load(c);
            QVERIFY(a && b);
            QCOMPARE(b->state, a->state);
            QCOMPARE(b->chain, a->chain);
        }
        QList<DumpCheckpoint> marked = l.checkpoints;
        for (DumpCheckpoint &c : marked)
            c.state->journalPosition += 1000;
        CheckpointLoads fromMarked(*img);
        fromMarked.reuse(marked);
        for (int c : candidates)
            QCOMPARE(fromMarked.load(c)->state.journalPosition, fresh.load(c)->state.journalPosition + 1000);
        // forget() drops those copies (the loads decode again), and reuse() takes them anew.
        fromMarked.forget(marked);
        for (int c : candidates)
            QCOMPARE(fromMarked.load(c)->state.journalPosition, fresh.load(c)->state.journalPosition);
        CheckpointLoads again(*img);
        again.reuse(marked);
        again.forget(marked);
        again.reuse(marked);
        for (int c : candidates)
            QCOMPARE(again.load(c)->state.journalPosition, fresh.load(c)->state.journalPosition + 1000);
    }
    void cleanDumpReplaysAndProves_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }
    void cleanDumpReplaysAndProves()
    {
        QFETCH(bool, encrypt);
        Mesh m(encrypt);
        m.run();
        if (QTest::currentTestFailed())
            return;
        dump::ReadOptions ro;
        ro.evidenceName = QStringLiteral("m1.seeddump");
        ro.storageRootKey = crypto::SecureBytes(m.cfg1.storageRootKey);
        auto img = dump::readDump(m.flash1->image(), ro);
        QVERIFY(img.ok());
        const DumpLedger l = loadDumpLedger(*img, m.trust);
        QCOMPARE(l.items.size(), 4 * 13);
        QVERIFY(!l.checkpoints.isEmpty());
        for (const DumpCheckpoint &c : l.checkpoints)
            QVERIFY2(c.state.has_value(), qPrintable(c.error.english()));
        const DumpReplay r = replayDumpLedger(l);
        QCOMPARE(r.start, QStringLiteral("genesis"));
        QCOMPARE(r.crossProofs.size(), l.checkpoints.size());
        for (const CrossProofResult &cp : r.crossProofs) {
            QVERIFY2(cp.reproduced, qPrintable(cp.finding.explanation));
            QCOMPARE(cp.finding.code, QStringLiteral("LEDGER_CHECKPOINT_REPRODUCED"));
        }
        QString what;
        QVERIFY2(!anyError(r.findings, &what), qPrintable(what));
        const ReplaySummary sum = r.timeline.summary();
        QCOMPARE(sum.byReason.value(QStringLiteral("INSUFFICIENT_FUNDS")), 4); // one per round
        QCOMPARE(sum.byStatus.value(QStringLiteral("VALID")), 48);
        QCOMPARE(r.timeline.finalState(), m.dev1->state());
        // A proof of alice's balance at the newest checkpoint verifies with only the trust store.
        const DumpCheckpoint &last = l.checkpoints.last();
        auto proof = buildProof(last.proofInputs, *last.state, RecordKind::Account, Net::account("alice").toByteArray());
        QVERIFY2(proof.ok(), qPrintable(proof.ok() ? QString() : proof.error().message));
        const ProofVerification v = verifyProof(QJsonDocument(*proof).toJson(), m.trust);
        QVERIFY2(v.ok, qPrintable(v.failure));
        QCOMPARE(int64_t(v.record.value(QStringLiteral("balance")).toDouble()),
                 last.state->accounts.at(Net::account("alice")).balance);
        // Without the storage key an encrypted journal is locked, and said so.
        if (encrypt) {
            auto locked = dump::readDump(m.flash1->image(), dump::ReadOptions{QStringLiteral("m1.seeddump"), std::nullopt, dump::kMaxDumpImageBytes, {}});
            QVERIFY(locked.ok());
            const DumpLedger ll = loadDumpLedger(*locked, m.trust);
            QVERIFY(ll.items.isEmpty());
            QVERIFY(std::any_of(ll.findings.cbegin(), ll.findings.cend(),
                                [](const Finding &f) { return f.code == QLatin1String("LEDGER_JOURNAL_LOCKED"); }));
        }
    }
    void cliReplayProveVerify()
    {
        if (testing::cliPath().isEmpty())
            QSKIP("SEEDSCOPE_CLI not set (run through ctest)");
        Mesh m(true);
        m.run();
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("m1.seeddump"), m.flash1->image());
        write(QStringLiteral("m1.key"), toHex(m.cfg1.storageRootKey).toLatin1() + "\n");
        QJsonArray devices;
        for (const RegisteredDevice &d : m.trust.devices)
            devices.append(QJsonObject{{QStringLiteral("device_id"), toHex(d.deviceId)},
                                       {QStringLiteral("public_key"), toHex(d.publicKey)},
                                       {QStringLiteral("registration_certificate"), toHex(d.registrationCertificate)}});
        write(QStringLiteral("trust-store.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("network_id"), m.trust.networkId},
                                        {QStringLiteral("authority_public_key"), toHex(m.trust.authorityPublicKey)},
                                        {QStringLiteral("devices"), devices}})
                  .toJson());
        const QString dump = dir.filePath(QStringLiteral("m1.seeddump"));
        const QString trust = dir.filePath(QStringLiteral("trust-store.json"));
        testing::CliRun r = testing::runCli({QStringLiteral("replay"), dump, QStringLiteral("--keys"), dir.path(),
                                             QStringLiteral("--trust-store"), trust, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("start")).toString(), QStringLiteral("genesis"));
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("entries")).toInt(), 52);
        for (const QJsonValue &c : o.value(QStringLiteral("checkpoints")).toArray())
            QVERIFY(c.toObject().value(QStringLiteral("reproduced")).toBool());
        QCOMPARE(o.value(QStringLiteral("state")).toObject().value(QStringLiteral("state_root")).toString(), toHex(m.dev1->stateRoot()));
        // One account's provenance at a journal position.
        r = testing::runCli({QStringLiteral("replay"), dump, QStringLiteral("--keys"), dir.path(), QStringLiteral("--trust-store"), trust,
                             QStringLiteral("--account"), toHex(Net::account("bob")), QStringLiteral("--at-seq"), QStringLiteral("13"),
                             QStringLiteral("--json")});
        const QJsonObject acct = r.json().object();
        QCOMPARE(acct.value(QStringLiteral("at")).toObject().value(QStringLiteral("journal_seq")).toInt(), 13);
        QVERIFY(acct.value(QStringLiteral("provenance")).toArray().size() >= 6);
        // CSV has a header and one line per event.
        r = testing::runCli({QStringLiteral("replay"), dump, QStringLiteral("--keys"), dir.path(), QStringLiteral("--trust-store"), trust,
                             QStringLiteral("--csv")});
        QVERIFY(r.out.startsWith("index,journal_seq,lamport,tx_id,type,status,reason,event,subject,before,after,event_reason\n"));
        // prove -> verify-proof, and a changed byte fails.
        const QString proofPath = dir.filePath(QStringLiteral("bob.proof.json"));
        r = testing::runCli({QStringLiteral("prove"), dump, QStringLiteral("--keys"), dir.path(), QStringLiteral("--trust-store"), trust,
                             QStringLiteral("--account"), toHex(Net::account("bob")), QStringLiteral("--out"), proofPath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = testing::runCli({QStringLiteral("verify-proof"), proofPath, QStringLiteral("--trust-store"), trust});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.contains("VERIFIED"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerDump)
#include "tst_ledger_dump.moc"
