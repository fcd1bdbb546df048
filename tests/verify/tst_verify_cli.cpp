// SPDX-License-Identifier: GPL-3.0-or-later
// `seedscope-cli verify` end to end: a mesh written by `simulate` (encrypted, keys and
// trust store beside the dumps), verified through the CLI. Asserts the JSON contract
// (docs/cli.md): codes, verdicts, offsets from the manifest, not_checked, exit codes
// 0/1/2/3/64, and that nothing but JSON goes to stdout.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;

namespace {

QJsonObject findingAt(const QJsonObject &report, const QString &code, qint64 offset)
{
    for (const auto &v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("code")).toString() == code
            && (offset < 0 || qint64(f.value(QStringLiteral("offset")).toDouble()) == offset))
            return f;
    }
    return {};
}

QStringList codes(const QJsonObject &report)
{
    QStringList c;
    for (const auto &v : report.value(QStringLiteral("findings")).toArray())
        c << v.toObject().value(QStringLiteral("code")).toString() + QLatin1Char('@')
                + QString::number(qint64(v.toObject().value(QStringLiteral("offset")).toDouble()));
    return c;
}

} // namespace

class TstVerifyCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QJsonObject m_manifest;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        if (testing::cliPath().isEmpty())
            QSKIP("SEEDSCOPE_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        auto sim = testing::runCli({QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"), QStringLiteral("--entries"),
                                    QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--encrypt"),
                                    QStringLiteral("--fault"), QStringLiteral("tamper-amount@1"), QStringLiteral("--out"), m_dir.path(),
                                    QStringLiteral("--json")});
        QCOMPARE(sim.exitCode, 0);
        m_manifest = sim.json().object();
        QCOMPARE(m_manifest.value(QStringLiteral("faults")).toArray().size(), 1);
    }

    void tamperedDumpExitsTwoWithOffsets()
    {
        const QJsonObject fault = m_manifest.value(QStringLiteral("faults")).toArray().at(0).toObject();
        const qint64 at = qint64(fault.value(QStringLiteral("offset")).toDouble());
        auto r = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-1.seeddump")), QStringLiteral("--keys"), m_dir.path(),
                                  QStringLiteral("--trust-store"), path(QStringLiteral("trust-store.json")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // stderr is not a terminal: no progress
        const QJsonObject doc = r.json().object();
        QCOMPARE(doc.value(QStringLiteral("command")).toString(), QStringLiteral("verify"));
        QCOMPARE(doc.value(QStringLiteral("schema_version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("exit_code")).toInt(), 2);
        const QJsonObject rep = doc.value(QStringLiteral("dumps")).toArray().at(0).toObject();
        QCOMPARE(rep.value(QStringLiteral("key_file")).toString(), path(QStringLiteral("dev-1.key")));
        QCOMPARE(rep.value(QStringLiteral("not_checked")).toArray().size(), 0);
        const QJsonObject sig = findingAt(rep, QStringLiteral("SIG_INVALID"), at);
        QVERIFY2(!sig.isEmpty(), qPrintable(codes(rep).join(QLatin1Char(' '))));
        QCOMPARE(sig.value(QStringLiteral("verdict")).toString(), QStringLiteral("tampering"));
        QCOMPARE(sig.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        for (const auto &v : fault.value(QStringLiteral("expected_verifier")).toArray()) {
            const QString c = v.toObject().value(QStringLiteral("code")).toString();
            QVERIFY2(!findingAt(rep, c, qint64(v.toObject().value(QStringLiteral("offset")).toDouble())).isEmpty(), qPrintable(c));
        }
        const QJsonObject summary = rep.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("exit_code")).toInt(), 2);
        QVERIFY(summary.value(QStringLiteral("by_verdict")).toObject().value(QStringLiteral("tampering")).toInt() >= 2);
    }

    void cleanDumpsExitZeroAndWorstWins()
    {
        auto clean = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-0.seeddump")), QStringLiteral("--key-file"),
                                      path(QStringLiteral("dev-0.key")), QStringLiteral("--trust-store"), path(QStringLiteral("trust-store.json")),
                                      QStringLiteral("--json")});
        QVERIFY2(clean.exitCode == 0 || clean.exitCode == 1, clean.out.left(4000).constData());
        // Both dumps: the worst exit wins; the key files are matched to the dumps by name.
        auto both = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-0.seeddump")), path(QStringLiteral("dev-1.seeddump")),
                                     QStringLiteral("--key-file"), path(QStringLiteral("dev-1.key")), QStringLiteral("--key-file"),
                                     path(QStringLiteral("dev-0.key")), QStringLiteral("--trust-store"), path(QStringLiteral("trust-store.json")),
                                     QStringLiteral("--json")});
        QCOMPARE(both.exitCode, 2);
        const QJsonArray dumps = both.json().object().value(QStringLiteral("dumps")).toArray();
        QCOMPARE(dumps.size(), 2);
        QCOMPARE(dumps.at(0).toObject().value(QStringLiteral("key_file")).toString(), path(QStringLiteral("dev-0.key")));
        QCOMPARE(dumps.at(0).toObject().value(QStringLiteral("summary")).toObject().value(QStringLiteral("exit_code")).toInt(), clean.exitCode);
    }

    void withoutKeySaysWhatItCouldNotCheck()
    {
        auto r = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-1.seeddump")), QStringLiteral("--json")});
        const QJsonObject rep = r.json().object().value(QStringLiteral("dumps")).toArray().at(0).toObject();
        QCOMPARE(rep.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(rep.value(QStringLiteral("key_provided")).toBool(), false);
        QStringList notChecked;
        for (const auto &v : rep.value(QStringLiteral("not_checked")).toArray())
            notChecked << v.toString().section(QLatin1Char(':'), 0, 0);
        QCOMPARE(notChecked, (QStringList{QStringLiteral("entry_contents"), QStringLiteral("checkpoint_state"),
                                          QStringLiteral("key_certification"), QStringLiteral("ledger_replay")}));
        const QJsonObject nc = findingAt(rep, QStringLiteral("VERIFY_NOT_CHECKED"), -1);
        QCOMPARE(nc.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        // The amount edit re-encrypted the payload with the right key: without the key the
        // CRCs and the chain still hold (the chain covers ciphertext), so the break shows.
        const QJsonObject fault = m_manifest.value(QStringLiteral("faults")).toArray().at(0).toObject();
        const qint64 next = qint64(fault.value(QStringLiteral("expected_verifier")).toArray().at(1).toObject().value(QStringLiteral("offset")).toDouble());
        QVERIFY2(!findingAt(rep, QStringLiteral("CHAIN_BREAK"), next).isEmpty(), qPrintable(codes(rep).join(QLatin1Char(' '))));
        QCOMPARE(r.exitCode, 2);
        // Text output: one line per finding with a hex offset, and the not-checked list.
        auto text = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-1.seeddump"))});
        QCOMPARE(text.exitCode, 2);
        QVERIFY(text.out.contains("not checked: entry_contents: "));
        QVERIFY(text.out.contains("CHAIN_BREAK [tampering]"));
    }

    // Another device's key, or none, is the examiner's input problem: one KEY_MISMATCH
    // (no verdict), nothing called tampering, exit 4; replay says plainly that nothing
    // could be replayed instead of reporting divergences.
    void wrongOrMissingKeyIsTheExaminersInput()
    {
        auto v = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-0.seeddump")), QStringLiteral("--key-file"),
                                  path(QStringLiteral("dev-1.key")), QStringLiteral("--trust-store"), path(QStringLiteral("trust-store.json")),
                                  QStringLiteral("--json")});
        QCOMPARE(v.exitCode, 4);
        const QJsonObject rep = v.json().object().value(QStringLiteral("dumps")).toArray().at(0).toObject();
        int mismatches = 0;
        for (const auto &x : rep.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = x.toObject();
            const QString code = f.value(QStringLiteral("code")).toString();
            QVERIFY2(code != QLatin1String("JOURNAL_DECRYPT_FAILED") && code != QLatin1String("SLOT_DECRYPT_FAILED"), qPrintable(codes(rep).join(QLatin1Char(' '))));
            QVERIFY2(f.value(QStringLiteral("verdict")).toString() != QLatin1String("tampering"), qPrintable(codes(rep).join(QLatin1Char(' '))));
            if (code == QLatin1String("KEY_MISMATCH")) {
                ++mismatches;
                QVERIFY(f.value(QStringLiteral("subject")).toString().startsWith(QLatin1String("key ")));
            }
        }
        QCOMPARE(mismatches, 1);
        QVERIFY(!findingAt(rep, QStringLiteral("VERIFY_NOT_CHECKED"), -1).isEmpty());
        auto noKey = testing::runCli({QStringLiteral("replay"), path(QStringLiteral("dev-0.seeddump")), QStringLiteral("--trust-store"),
                                      path(QStringLiteral("trust-store.json"))});
        QCOMPARE(noKey.exitCode, 4);
        QVERIFY(noKey.err.contains("nothing could be replayed"));
        QVERIFY(!noKey.out.contains("DIVERGES"));
        auto wrongKey = testing::runCli({QStringLiteral("replay"), path(QStringLiteral("dev-0.seeddump")), QStringLiteral("--key-file"),
                                         path(QStringLiteral("dev-1.key")), QStringLiteral("--trust-store"), path(QStringLiteral("trust-store.json"))});
        QCOMPARE(wrongKey.exitCode, 4);
        QVERIFY(wrongKey.out.contains("KEY_MISMATCH"));
    }

    void unreadableAndUsage()
    {
        auto missing = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("nope.seeddump")), QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(!missing.err.isEmpty());
        QCOMPARE(missing.json().object().value(QStringLiteral("dumps")).toArray().at(0).toObject().value(QStringLiteral("readable")).toBool(true), false);
        // Not a dump at all: readable input, no superblock -> 3.
        auto garbage = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("manifest.json"))});
        QCOMPARE(garbage.exitCode, 3);
        auto badTrust = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-0.seeddump")), QStringLiteral("--trust-store"),
                                         path(QStringLiteral("dev-0.key"))});
        QCOMPARE(badTrust.exitCode, 3);
        QCOMPARE(testing::runCli({QStringLiteral("verify")}).exitCode, 64);
        QCOMPARE(testing::runCli({QStringLiteral("verify"), QStringLiteral("--bogus"), path(QStringLiteral("dev-0.seeddump"))}).exitCode, 64);
        QCOMPARE(testing::runCli({QStringLiteral("verify"), path(QStringLiteral("dev-0.seeddump")), QStringLiteral("--keys"),
                                  path(QStringLiteral("dev-0.key"))}).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TstVerifyCli)
#include "tst_verify_cli.moc"
