// SPDX-License-Identifier: GPL-3.0-or-later
// Signature and replay throughput (label bench). Ed25519 verification dominates the cost,
// so every rate is set against the limit measured in the same run on this machine:
// OpenSSL's own EVP verify rate on one core, times the cores for parallel work. Prints
// the numbers and ratios; asserts only correctness, never time.
//
//  1. 20,000 signed transfers among 8 devices: our check sequential and parallel (memo
//     cleared first), then a full replay with timeline and invariants.
//  2. The forensic verifier over a simulated clean dump (3 devices): entries per second
//     and how many signature checks per entry reached OpenSSL (the memo's effect).

#include "LedgerTestKit.h"

#include "crypto/Hash.h"
#include "ledger/Replay.h"
#include "sim/MeshSimulator.h"
#include "verify/Verifier.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <openssl/evp.h>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

// The limit: OpenSSL's EVP Ed25519 verification as any caller would use it (key object,
// digest context, one-shot verify), with nothing of ours around it.
double opensslVerifyRate(const QList<const Entry *> &entries, const KeyDirectory &keys, int count)
{
    QList<std::array<QByteArray, 3>> triples;
    for (int i = 0; i < count; ++i) {
        const Entry &e = *entries[i % entries.size()];
        triples.append({keys.keyFor(e.origin, e.lamport)->publicKey, entrySignedBytes(e), e.signature.toByteArray()});
    }
    int ok = 0;
    QElapsedTimer t;
    t.start();
    for (const auto &[pk, msg, sig] : triples) {
        EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(pk.data()), size_t(pk.size()));
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key);
        ok += EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.data()), size_t(sig.size()),
                               reinterpret_cast<const unsigned char *>(msg.data()), size_t(msg.size())) == 1;
        EVP_MD_CTX_free(ctx);
        EVP_PKEY_free(key);
    }
    const double s = t.nsecsElapsed() / 1e9;
    return ok == count ? count / s : 0;
}

} // namespace

class BenchLedgerReplay : public QObject {
    Q_OBJECT
    double m_limit = 0; // OpenSSL's one-core verify rate, measured in initTestCase
    int m_cores = QThread::idealThreadCount();

private Q_SLOTS:
    void initTestCase()
    {
        Net net;
        net.addDevice("d");
        QList<Entry> entries{net.issue("a", "d", 10'000'000), net.issue("b", "d", 0 + 1)};
        for (int i = 0; i < 200; ++i)
            entries.append(net.transfer("d", "a", "b", 1 + i));
        QList<const Entry *> ptrs;
        for (const Entry &e : entries)
            ptrs.append(&e);
        m_limit = opensslVerifyRate(ptrs, net.keys, 4000);
        QVERIFY2(m_limit > 0, "OpenSSL rejected a signature the test kit made");
        qInfo("limit: OpenSSL EVP Ed25519 verify %.0f/s on one core; %d cores", m_limit, m_cores);
    }

    void replayThroughput()
    {
        Net net;
        const char *devs[] = {"b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"};
        const char *accts[] = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"};
        QList<JournalItem> items;
        for (int i = 0; i < 8; ++i) {
            net.addDevice(devs[i]);
            items.append(JournalItem::fromEntry(net.issue(accts[i], devs[i], 10'000'000), uint64_t(items.size() + 1), -1));
        }
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            items.append(JournalItem::fromEntry(net.transfer(devs[i % 8], accts[i % 8], accts[(i + 3) % 8], 1 + i % 97),
                                                uint64_t(items.size() + 1), -1));
        QList<const JournalItem *> ptrs;
        for (const JournalItem &it : items)
            ptrs.append(&it);
        const double limit = m_limit;
        const int cores = m_cores;
        QElapsedTimer t;
        t.start();
        const auto seq = verifySignatures(ptrs, net.keys, false);
        const double seqRate = ptrs.size() / (t.nsecsElapsed() / 1e9);
        t.restart();
        const auto par = verifySignatures(ptrs, net.keys, true);
        const double parRate = ptrs.size() / (t.nsecsElapsed() / 1e9);
        QCOMPARE(seq.size(), par.size());
        for (int i = 0; i < seq.size(); ++i)
            QCOMPARE(int(seq[i].status), int(par[i].status));

        t.restart();
        const Timeline tl = Timeline::replay(LedgerState{}, items, net.keys, net.params);
        const double replayRate = items.size() / (t.nsecsElapsed() / 1e9);
        t.restart();
        const LedgerState mid = tl.stateAfter(n / 2 + 123);
        const double queryMs = t.nsecsElapsed() / 1e6;
        QCOMPARE(tl.summary().byStatus.value(QStringLiteral("VALID")), n + 8);
        QVERIFY(tl.findings().isEmpty());
        QCOMPARE(mid.journalPosition, uint64_t(n / 2 + 124)); // after canonical index i: i + 1 entries

        qInfo("signatures (%d): sequential %.0f/s = %.2f of the one-core limit; parallel %.0f/s = %.2f of %d x limit",
              int(ptrs.size()), seqRate, seqRate / limit, parRate, parRate / (limit * cores), cores);
        qInfo("full replay (signatures, timeline, invariants): %.0f entries/s = %.2f of %d x limit; "
              "state at an arbitrary position %.1f ms (%d snapshots)",
              replayRate, replayRate / (limit * cores), cores, queryMs, tl.snapshotCount());
    }

    void verifierThroughput()
    {
        sim::SimOptions o;
        o.devices = 3;
        o.entries = 6000;
        o.seed = 7;
        auto sim = sim::runSimulation(o);
        QVERIFY(sim.ok());
        auto trust = parseTrustStore(QJsonDocument(sim->trustStore).toJson());
        QVERIFY(trust.ok());
        const sim::SimDeviceOutput &d = sim->devices[0];
        const verify::EvidenceSummary ev{d.name, d.name, d.image.size(), crypto::sha256(d.image)};
        QElapsedTimer t;
        const quint64 checksBefore = crypto::ed25519VerificationCount();
        t.start();
        const auto r = verify::verifyImage(d.image, ev, crypto::SecureBytes(d.storageRootKey), *trust);
        const double s = t.nsecsElapsed() / 1e9;
        QCOMPARE(r.exitCode(), exitcode::Clean);
        const double checks = double(crypto::ed25519VerificationCount() - checksBefore);
        const double entries = double(r.recovery.lastValidSeq);
        QVERIFY(entries > 0);
        // Every check that reaches OpenSSL costs at least 1/limit core-seconds: the floor.
        const double floorS = checks / (m_limit * m_cores);
        qInfo("verifier: %.0f journal entries in %.2f s = %.0f entries/s = %.2f of %d x limit; %.2f Ed25519 checks per "
              "entry; time / signature floor = %.2f",
              entries, s, entries / s, entries / s / (m_limit * m_cores), m_cores, checks / entries, s / floorS);
    }
};

QTEST_GUILESS_MAIN(BenchLedgerReplay)
#include "bench_ledger_replay.moc"
