// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's surface: version, help, usage errors and exit codes.

#include "CliRunner.h"

#include "crypto/Hash.h"
#include "seedscope/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;
using namespace seedscope::testing;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!cliPath().isEmpty(), "SEEDSCOPE_CLI is not set; run through ctest"); }
    void versionPrintsTheProjectVersion()
    {
        const CliRun r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("seedscope-cli ") + kVersion + "\n");
    }
    void helpListsSubcommands()
    {
        const CliRun r = runCli({QStringLiteral("help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: seedscope-cli <command>"));
        QVERIFY(r.out.contains("\n  hash "));
        QVERIFY(r.out.contains("Exit codes: 0 clean"));
    }
    void unknownCommandIsAUsageError()
    {
        const CliRun r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains("unknown command 'frobnicate'"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(runCli({}).exitCode, 64);
    }
    void hashReportsIdentityAsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ev.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("evidence");
        f.close();
        const CliRun r = runCli({QStringLiteral("hash"), QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object().value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(crypto::sha256("evidence").toHex()));
        QCOMPARE(o.value(QStringLiteral("size")).toInt(), 8);
        QCOMPARE(runCli({QStringLiteral("hash"), dir.filePath(QStringLiteral("missing"))}).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
