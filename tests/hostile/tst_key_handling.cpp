// SPDX-License-Identifier: GPL-3.0-or-later
// Keys: key files are parsed strictly and never echoed; no command prints or stores a
// key, only its fingerprint.
#include "CliRunner.h"
#include "crypto/KeyFile.h"
#include "crypto/SecureBytes.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;
using namespace seedscope::testing;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

bool cliHas(const QString &command) { return runCli({QStringLiteral("help")}).out.contains("\n  " + command.toLatin1() + ' '); }

} // namespace

class TstKeyHandling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFileParsing()
    {
        QTemporaryDir dir;
        const QByteArray hex = QByteArray("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF");
        auto ok = crypto::readSecretHexFile(write(dir, QStringLiteral("ok.key"), "  " + hex + "\r\n"), 32, u"storage root key");
        QVERIFY(ok.ok());
        QCOMPARE(ok->view().toByteArray(), QByteArray::fromHex(hex));

        // Each refusal names the file and the rule, never the content.
        const QByteArray secretish = hex.left(62);
        for (const QByteArray &bad : {secretish, hex + "00", QByteArray(hex).replace(10, 1, "g"), QByteArray(), hex + " " + hex}) {
            auto r = crypto::readSecretHexFile(write(dir, QStringLiteral("bad.key"), bad), 32, u"storage root key");
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QStringLiteral("64 hex characters")), qPrintable(r.error().message));
            QVERIFY(!r.error().message.contains(QString::fromLatin1(secretish.left(16)), Qt::CaseInsensitive));
        }
        // Size is checked before reading: a huge "key file" is refused, not loaded.
        auto big = crypto::readSecretHexFile(write(dir, QStringLiteral("big.key"), QByteArray(crypto::kMaxKeyFileBytes + 1, 'a')), 32,
                                             u"storage root key");
        QVERIFY(!big.ok());
        QVERIFY(big.error().message.contains(QStringLiteral("at most 4096")));
        QVERIFY(!crypto::readSecretHexFile(dir.filePath(QStringLiteral("missing.key")), 32, u"storage root key").ok());
        auto pub = crypto::readPublicHexFile(write(dir, QStringLiteral("pub.hex"), hex + "\n"), 32, u"public key");
        QCOMPARE(*pub, QByteArray::fromHex(hex));
    }

    void fingerprintsOnly()
    {
        crypto::SecureBytes k(QByteArray(32, '\x11'));
        QCOMPARE(k.fingerprint().size(), 16);
        QVERIFY(!k.fingerprint().contains(QStringLiteral("1111111111")));
        crypto::SecureBytes moved(std::move(k));
        QVERIFY(k.isEmpty());
        QCOMPARE(moved.size(), 32);
    }

    // Every command that takes a key: its output (both streams) holds no key, in hex of
    // either case or raw; info reports the fingerprint so the examiner can say which key.
    void commandsNeverPrintKeys()
    {
        QTemporaryDir dir;
        const QString ev = dir.filePath(QStringLiteral("mesh"));
        const CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"), QStringLiteral("--entries"),
                                   QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--encrypt"),
                                   QStringLiteral("--out"), ev});
        QVERIFY2(sim.exitCode == 0, sim.err.constData());
        const QString keyPath = ev + QStringLiteral("/dev-0.key");
        auto key = crypto::readSecretHexFile(keyPath, 32, u"storage root key");
        QVERIFY(key.ok());
        const QByteArray raw = key->view().toByteArray();
        const QString dump = ev + QStringLiteral("/dev-0.seeddump");
        const QString trust = ev + QStringLiteral("/trust-store.json");

        QList<QStringList> commands = {
            {QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--key-file"), keyPath, dump},
            {QStringLiteral("info"), QStringLiteral("--key-file"), keyPath, dump},
            {QStringLiteral("replay"), QStringLiteral("--json"), QStringLiteral("--key-file"), keyPath, QStringLiteral("--trust-store"), trust, dump},
            {QStringLiteral("replay"), QStringLiteral("--csv"), QStringLiteral("--keys"), ev, QStringLiteral("--trust-store"), trust, dump},
            // A wrong key: the error must not quote it either.
            {QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--key-file"), ev + QStringLiteral("/dev-1.key"), dump},
        };
        if (cliHas(QStringLiteral("verify")))
            commands.append({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--key-file"), keyPath,
                             QStringLiteral("--trust-store"), trust, dump});
        for (const QStringList &args : commands) {
            const CliRun r = runCli(args);
            const QByteArray all = r.out + r.err;
            QVERIFY2(!all.isEmpty(), qPrintable(args.join(u' ')));
            QVERIFY2(!all.toLower().contains(raw.toHex()), qPrintable(args.join(u' ')));
            QVERIFY2(!all.contains(raw), qPrintable(args.join(u' ')));
        }
        const CliRun info = runCli(commands.first());
        QCOMPARE(info.json().object().value(QStringLiteral("storage_key_fingerprint")).toString(), key->fingerprint());
    }
};

QTEST_GUILESS_MAIN(TstKeyHandling)
#include "tst_key_handling.moc"
