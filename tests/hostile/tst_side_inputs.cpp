// SPDX-License-Identifier: GPL-3.0-or-later
// Side inputs (trust stores, key files, keys directories, proof files, Omega key files)
// that are not regular files: a FIFO would block open() or read() forever, /dev/zero reads
// without end. Every reader refuses them by name before reading, and every command that
// takes one ends promptly with a clear message. The CLI runs under a 10 s timeout, so a
// regression fails the test instead of hanging it.
#include "CliRunner.h"
#include "HostileFs.h"
#include "crypto/KeyFile.h"
#include "ledger/Proof.h"
#include "omega/OmegaHardened.h"
#include "util/SideInput.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;
using namespace seedscope::testing;

namespace {

constexpr int kCliTimeoutMs = 10000;
const QString kZero = QStringLiteral("/dev/zero");

// One run: finished in time, failed, and said why.
void expectRefused(const QStringList &args, const QByteArray &why)
{
    const CliRun r = runCli(args, kCliTimeoutMs);
    const QByteArray all = r.out + r.err;
    QVERIFY2(r.exitCode > 0, qPrintable(args.join(u' ') + QStringLiteral(" -> exit %1: ").arg(r.exitCode) + QString::fromUtf8(all)));
    QVERIFY2(all.contains(why), qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(all)));
}

} // namespace

class TstSideInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fifo;
    QString m_ev; // a simulated mesh: dumps, keys, trust store

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(QStringLiteral("pipe"));
        QVERIFY(makeFifo(m_fifo));
        m_ev = m_dir.filePath(QStringLiteral("mesh"));
        const CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"), QStringLiteral("--entries"),
                                   QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--encrypt"),
                                   QStringLiteral("--out"), m_ev});
        QVERIFY2(sim.exitCode == 0, sim.err.constData());
    }

    // The shared reader, straight: kind named, nothing read.
    void readerRefusesByKind()
    {
        auto fifo = readSideInput(m_fifo, u"trust store", 1 << 20);
        QVERIFY(!fifo.ok());
        QVERIFY2(fifo.error().message.contains(QStringLiteral("is a FIFO, not a regular file")), qPrintable(fifo.error().message));
        auto zero = readSideInput(kZero, u"trust store", 1 << 20);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().message.contains(QStringLiteral("is a character device, not a regular file")), qPrintable(zero.error().message));
        auto dir = readSideInput(m_dir.path(), u"trust store", 1 << 20);
        QVERIFY(!dir.ok());
        QVERIFY(dir.error().message.contains(QStringLiteral("is a directory")));

        // The cap is checked with fstat before reading; exactly at the cap is fine.
        const QString big = m_dir.filePath(QStringLiteral("big"));
        QVERIFY(writeBytes(big, QByteArray(101, 'x')));
        auto over = readSideInput(big, u"proof file", 100);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, ErrorCode::LimitExceeded);
        auto at = readSideInput(big, u"proof file", 101);
        QVERIFY(at.ok());
        QCOMPARE(at->size(), 101);

        // A link to a FIFO is resolved and refused for what it points at.
        const QString link = m_dir.filePath(QStringLiteral("link-to-pipe"));
        QVERIFY(makeLink(m_fifo, link));
        auto viaLink = readSideInput(link, u"key file", 4096);
        QVERIFY(!viaLink.ok());
        QVERIFY(viaLink.error().message.contains(QStringLiteral("is a FIFO")));
    }

    void coreReadersUseIt()
    {
        for (const QString &p : {m_fifo, kZero}) {
            auto t = ledger::readTrustStore(p);
            QVERIFY(!t.ok());
            QVERIFY2(t.error().message.contains(QStringLiteral("not a regular file")), qPrintable(t.error().message));
            auto k = crypto::readSecretHexFile(p, 32, u"storage root key");
            QVERIFY(!k.ok());
            QVERIFY2(k.error().message.contains(QStringLiteral("not a regular file")), qPrintable(k.error().message));
            QVERIFY(!omega::readNodeSecret(p).ok());
            QVERIFY(!omega::readPublicKey(p).ok());
        }
    }

    // Every command, every side input, a FIFO and /dev/zero.
    void commandsRefuseFifoAndDevice_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("why");
        const QString dump = m_ev + QStringLiteral("/dev-0.seeddump");
        const QString trust = m_ev + QStringLiteral("/trust-store.json");
        const QString key = m_ev + QStringLiteral("/dev-0.key");
        const QString omegaDir = m_dir.filePath(QStringLiteral("omega"));
        QDir().mkpath(omegaDir);
        for (const QString &bad : {m_fifo, kZero}) {
            const QByteArray why = bad == kZero ? "is a character device, not a regular file" : "is a FIFO, not a regular file";
            const QByteArray tag = bad == kZero ? "zero " : "fifo ";
            auto row = [&](const char *name, const QStringList &args) { QTest::newRow(tag + name) << args << why; };
            row("verify --trust-store", {QStringLiteral("verify"), QStringLiteral("--key-file"), key, QStringLiteral("--trust-store"), bad, dump});
            row("verify --key-file", {QStringLiteral("verify"), QStringLiteral("--key-file"), bad, QStringLiteral("--trust-store"), trust, dump});
            row("info --key-file", {QStringLiteral("info"), QStringLiteral("--key-file"), bad, dump});
            row("replay --trust-store", {QStringLiteral("replay"), QStringLiteral("--key-file"), key, QStringLiteral("--trust-store"), bad, dump});
            row("replay --key-file", {QStringLiteral("replay"), QStringLiteral("--key-file"), bad, QStringLiteral("--trust-store"), trust, dump});
            row("reconcile --trust-store", {QStringLiteral("reconcile"), QStringLiteral("--keys"), m_ev, QStringLiteral("--trust-store"), bad,
                                            dump, m_ev + QStringLiteral("/dev-1.seeddump")});
            row("prove --trust-store", {QStringLiteral("prove"), QStringLiteral("--keys"), m_ev, QStringLiteral("--trust-store"), bad,
                                        QStringLiteral("--account"), QStringLiteral("00000000000000000000000000000000"), dump});
            row("verify-proof --trust-store", {QStringLiteral("verify-proof"), QStringLiteral("--trust-store"), bad, key});
            row("verify-proof input", {QStringLiteral("verify-proof"), QStringLiteral("--trust-store"), trust, bad});
            row("omega --trust-key", {QStringLiteral("omega"), QStringLiteral("--trust-key"), bad, omegaDir});
            row("omega --key-file", {QStringLiteral("omega"), QStringLiteral("--key-file"), bad, omegaDir});
        }
    }
    void commandsRefuseFifoAndDevice()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, why);
        expectRefused(args, why);
    }

    // --keys DIR where DIR/<dump>.key is a FIFO (an evidence bundle can carry one).
    void keysDirectoryWithFifo()
    {
        QTemporaryDir keys;
        QVERIFY(makeFifo(keys.filePath(QStringLiteral("dev-0.key"))));
        const QString dump = m_ev + QStringLiteral("/dev-0.seeddump");
        const QString trust = m_ev + QStringLiteral("/trust-store.json");
        expectRefused({QStringLiteral("verify"), QStringLiteral("--keys"), keys.path(), QStringLiteral("--trust-store"), trust, dump},
                      "is a FIFO, not a regular file");
        expectRefused({QStringLiteral("replay"), QStringLiteral("--keys"), keys.path(), QStringLiteral("--trust-store"), trust, dump},
                      "is a FIFO, not a regular file");
    }
};

QTEST_GUILESS_MAIN(TstSideInputs)
#include "tst_side_inputs.moc"
