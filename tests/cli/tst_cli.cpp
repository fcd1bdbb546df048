// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's surface: version, help (and its language), usage errors and exit codes.

#include "CliRunner.h"

#include "crypto/Hash.h"
#include "seedscope/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The environment of a French-speaking examiner. Qt reads these variables itself, so
// this works where glibc has no French locale installed.
QProcessEnvironment frenchEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
    return env;
}
} // namespace

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
    void helpFollowsTheSystemLocale()
    {
        // ctest runs with LC_ALL=C.UTF-8: English, the source text.
        const CliRun en = runCli({ QStringLiteral("help"), QStringLiteral("verify") });
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains("Verify Seed device dumps: framing, hash chain"), en.out.constData());

        const CliRun fr = runCli({ QStringLiteral("help"), QStringLiteral("verify") }, 60000, frenchEnvironment());
        QCOMPARE(fr.exitCode, 0);
        // The description, an option's help and Qt's framing words are French; the
        // command, the option names and the value names stay as typed.
        QVERIFY2(fr.out.contains("Vérifie les vidages d'appareils Seed"), fr.out.constData());
        QVERIFY2(fr.out.contains("Afficher du JSON (schéma : docs/cli.md)."), fr.out.constData());
        QVERIFY2(
            fr.out.startsWith("Utilisation : seedscope-cli verify [options] DUMP..."), fr.out.left(200).constData());
        QVERIFY(fr.out.contains("--trust-store <T>"));
        QVERIFY(!fr.out.contains("Verify Seed device dumps"));

        const CliRun list = runCli({ QStringLiteral("help") }, 60000, frenchEnvironment());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("\n  verify        Vérifier des vidages Seed"), list.out.constData());
        QVERIFY2(list.out.contains("Codes de sortie"), list.out.constData());

        // A usage error: the pointer to help is translated, the message (also the JSON
        // error's) is not.
        const CliRun bad = runCli({ QStringLiteral("verify") }, 60000, frenchEnvironment());
        QCOMPARE(bad.exitCode, 64);
        QVERIFY2(bad.err.contains("verify: no dump given"), bad.err.constData());
        QVERIFY2(bad.err.contains("Essayez « seedscope-cli help verify »."), bad.err.constData());
    }
    void outputDoesNotFollowTheLocale()
    {
        // JSON, finding codes and the text report are the same bytes in every language.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRun sim = runCli({ QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("1"),
            QStringLiteral("--entries"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5"),
            QStringLiteral("--fault"), QStringLiteral("tamper-amount@0"), QStringLiteral("--out"), dir.path() });
        QVERIFY2(sim.exitCode == 0, sim.err.constData());
        const QString dump = dir.filePath(QStringLiteral("dev-0.seeddump"));
        const QStringList args[] = {
            { QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--keys"), dir.path(),
                QStringLiteral("--trust-store"), dir.filePath(QStringLiteral("trust-store.json")), dump },
            { QStringLiteral("verify"), QStringLiteral("--keys"), dir.path(), QStringLiteral("--trust-store"),
                dir.filePath(QStringLiteral("trust-store.json")), dump },
            { QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--no-such-option"), dump },
        };
        for (const QStringList &a : args) {
            const CliRun en = runCli(a);
            const CliRun fr = runCli(a, 600000, frenchEnvironment());
            QCOMPARE(fr.exitCode, en.exitCode);
            QCOMPARE(fr.out, en.out);
            QVERIFY2(!en.out.isEmpty(), qPrintable(a.join(u' ')));
        }
        QVERIFY(runCli(args[0]).out.contains("\"code\""));
    }
    void caseActionHelpNamesTheActionOnce()
    {
        const CliRun r = runCli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: seedscope-cli case new [options] CASE\n"), r.out.left(200).constData());
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
