// SPDX-License-Identifier: GPL-3.0-or-later
// The mesh simulator: clean runs read back without a single reader finding, the same
// seed gives byte-identical output (in-process and through the CLI), and every fault
// kind produces exactly the reader-level findings its manifest entry promises, at the
// promised offsets.
#include "FindingText.h"
#include "CliRunner.h"
#include "dump/DumpReader.h"
#include "sim/MeshSimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;
using namespace seedscope::sim;

namespace {

QString codes(const dump::DumpImage &img) { return testing::findingText(img.findings); }

dump::DumpImage read(const SimDeviceOutput &d, bool withKey)
{
    dump::ReadOptions ro;
    ro.evidenceName = d.name;
    if (withKey)
        ro.storageRootKey = crypto::SecureBytes(d.storageRootKey);
    return *dump::readDump(d.image, ro);
}

} // namespace

class TstSimMesh : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanRunsAreClean_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::addColumn<bool>("groups");
        QTest::newRow("plain") << false << false;
        QTest::newRow("encrypted+groups") << true << true;
    }
    void cleanRunsAreClean()
    {
        QFETCH(bool, encrypt);
        QFETCH(bool, groups);
        SimOptions o;
        o.devices = 3;
        o.entries = 600;
        o.seed = 11;
        o.encrypt = encrypt;
        o.groups = groups;
        o.checkpointEvery = 60;
        auto r = runSimulation(o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->devices.size(), 3);
        for (const SimDeviceOutput &d : r->devices) {
            const dump::DumpImage img = read(d, true);
            QVERIFY(img.readable);
            QVERIFY2(img.findings.isEmpty(), qPrintable(d.name + QLatin1Char(' ') + codes(img)));
            QVERIFY(img.activeSlot >= 0);
        }
        QCOMPARE(r->manifest.value(QStringLiteral("faults")).toArray().size(), 0);
        QVERIFY(r->manifest.value(QStringLiteral("clean")).toBool());
        QCOMPARE(r->trustStore.value(QStringLiteral("authority_public_key")).toString().size(), 64);
    }

    void sameSeedSameBytes()
    {
        SimOptions o;
        o.devices = 3;
        o.entries = 10000;
        o.seed = 7;
        auto a = runSimulation(o);
        auto b = runSimulation(o);
        QVERIFY(a && b);
        for (int i = 0; i < 3; ++i)
            QVERIFY(a->devices[i].image == b->devices[i].image);
        QCOMPARE(a->manifest, b->manifest);
        QCOMPARE(a->trustStore, b->trustStore);
        o.seed = 8;
        o.entries = 200;
        auto c = runSimulation(o);
        QVERIFY(c->devices[0].image != a->devices[0].image);
    }

    // Clean reboots take the running device's state over (SeedDevice::restart) instead
    // of re-reading the whole image. The shortcut must write exactly what the device's
    // own recovery writes: same images, same manifest, with several reboots per device
    // and DELTA chains in play.
    void restartWritesWhatRecoveryWrites_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::addColumn<bool>("groups");
        QTest::newRow("plain") << false << false;
        QTest::newRow("encrypted+groups") << true << true;
    }
    void restartWritesWhatRecoveryWrites()
    {
        QFETCH(bool, encrypt);
        QFETCH(bool, groups);
        SimOptions o;
        o.devices = 3;
        o.entries = 6000;
        o.seed = 19;
        o.encrypt = encrypt;
        o.groups = groups;
        o.checkpointEvery = 150;
        auto fast = runSimulation(o);
        o.recoverFromImageOnEveryReboot = true;
        auto full = runSimulation(o);
        QVERIFY(fast && full);
        int restarts = 0;
        for (const QJsonValue &f : fast->manifest.value(QStringLiteral("files")).toArray())
            restarts += f.toObject().value(QStringLiteral("boots")).toInt() - 2; // format + first reboot
        QVERIFY2(restarts >= 3, qPrintable(QStringLiteral("only %1 shortcut reboots").arg(restarts)));
        for (int i = 0; i < o.devices; ++i)
            QVERIFY2(fast->devices[i].image == full->devices[i].image, qPrintable(fast->devices[i].name));
        QCOMPARE(fast->manifest, full->manifest);
    }

    void cliSameSeedSameFiles()
    {
        if (testing::cliPath().isEmpty())
            QSKIP("SEEDSCOPE_CLI is not set (run through ctest)");
        QTemporaryDir t1, t2;
        const QStringList args = {QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"), QStringLiteral("--entries"),
                                  QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--encrypt"),
                                  QStringLiteral("--fault"), QStringLiteral("bit-flip@1")};
        auto r1 = testing::runCli(args + QStringList{QStringLiteral("--out"), t1.path()});
        auto r2 = testing::runCli(args + QStringList{QStringLiteral("--out"), t2.path()});
        QCOMPARE(r1.exitCode, 0);
        QCOMPARE(r2.exitCode, 0);
        const QStringList names = QDir(t1.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names, (QStringList{QStringLiteral("dev-0.key"), QStringLiteral("dev-0.seeddump"), QStringLiteral("dev-1.key"),
                                     QStringLiteral("dev-1.seeddump"), QStringLiteral("manifest.json"), QStringLiteral("trust-store.json")}));
        for (const QString &n : names) {
            QFile a(t1.filePath(n)), b(t2.filePath(n));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(n));
        }
        auto info = testing::runCli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--key-file"), t1.filePath(QStringLiteral("dev-0.key")),
                                     t1.filePath(QStringLiteral("dev-0.seeddump"))});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject j = info.json().object();
        QVERIFY(j.value(QStringLiteral("readable")).toBool());
        QVERIFY(j.value(QStringLiteral("encrypted")).toBool());
        QVERIFY(j.value(QStringLiteral("journal")).toObject().value(QStringLiteral("decrypted")).toInt() > 100);
        auto bad = testing::runCli({QStringLiteral("simulate"), QStringLiteral("--out"), t1.path(), QStringLiteral("--fault"), QStringLiteral("nonsense")});
        QCOMPARE(bad.exitCode, 64);
        auto garbage = testing::runCli({QStringLiteral("info"), t1.filePath(QStringLiteral("manifest.json"))});
        QCOMPARE(garbage.exitCode, 3);
        QVERIFY(garbage.err.contains("not a Seed dump: JSON text"));
    }

    void faultsProduceTheirFindings_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("encrypt");
        for (const auto &k : faultKinds()) {
            const bool enc = k.first == QLatin1String("swap-ciphertext");
            QTest::newRow(qPrintable(k.first)) << k.first << enc;
        }
        QTest::newRow("bit-flip-encrypted") << QStringLiteral("bit-flip") << true;
        QTest::newRow("tamper-amount-encrypted") << QStringLiteral("tamper-amount") << true;
    }
    void faultsProduceTheirFindings()
    {
        QFETCH(QString, fault);
        QFETCH(bool, encrypt);
        SimOptions o;
        o.devices = 2;
        o.entries = 400;
        o.seed = 3;
        o.encrypt = encrypt;
        o.checkpointEvery = 50;
        auto spec = parseFaultSpec(fault + QStringLiteral("@1"));
        QVERIFY(spec);
        o.faults = {*spec};
        auto r = runSimulation(o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const QJsonArray faults = r->manifest.value(QStringLiteral("faults")).toArray();
        QCOMPARE(faults.size(), 1);
        const QJsonObject f = faults[0].toObject();
        QCOMPARE(f.value(QStringLiteral("kind")).toString(), fault);
        QCOMPARE(f.value(QStringLiteral("device")).toString(), QStringLiteral("dev-1"));
        QVERIFY(f.value(QStringLiteral("offset")).toDouble() >= 0);
        // The untouched device stays clean.
        QVERIFY2(read(r->devices[0], true).findings.isEmpty(), qPrintable(codes(read(r->devices[0], true))));
        const dump::DumpImage img = read(r->devices[1], true);
        QVERIFY(img.readable);
        const QJsonArray expected = f.value(QStringLiteral("expected_findings")).toArray();
        // Reader findings are exactly the expected ones, plus the device's own benign
        // recovery evidence for power cuts.
        for (const auto &v : expected) {
            const QJsonObject e = v.toObject();
            bool found = false;
            for (const Finding &x : img.findings)
                found |= x.code == e.value(QStringLiteral("code")).toString() && x.offset == qint64(e.value(QStringLiteral("offset")).toDouble());
            QVERIFY2(found, qPrintable(QStringLiteral("%1 missing %2@%3; got %4").arg(fault, e.value(QStringLiteral("code")).toString())
                                           .arg(qint64(e.value(QStringLiteral("offset")).toDouble())).arg(codes(img))));
        }
        QCOMPARE(img.findings.size(), expected.size());
        QVERIFY(!f.value(QStringLiteral("expected_verifier")).toArray().isEmpty() || !expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSimMesh)
#include "tst_sim_mesh.moc"
