// SPDX-License-Identifier: GPL-3.0-or-later
// Per-file rules and directory analysis, each with its exact code, JSON path and offset.

#include "MapTranslator.h"
#include "OmegaTestUtil.h"

#include "omega/OmegaCodes.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace seedscope;
using namespace seedscope::omega;
using namespace seedscope::testing;

namespace {
constexpr double kT0 = 1762692000.25;

// One file in a fresh folder; returns the findings about it.
Findings one(const QByteArray &bytes, const QString &name = nameFor(kT0), double now = 1762695600.0)
{
    CheckpointFile f;
    f.name = name;
    f.readable = true;
    f.size = bytes.size();
    f.nameSeconds = secondsFromName(name);
    Findings out;
    inspectCheckpoint(f, bytes, ValidationContext{QStringLiteral("run"), now}, out);
    return out;
}
} // namespace

class TestOmegaValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodFileHasNoFindings()
    {
        const Findings f = one(dumpCheckpoint(goodRecord(kT0, 0.5)));
        QVERIFY2(f.isEmpty(), f.isEmpty() ? "" : qPrintable(f[0].code + QLatin1Char(' ') + f[0].found));
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QByteArray>("valueText"); // the bytes the finding's offset/length cover
        QTest::addColumn<int>("severity");

        auto rec = [] { return goodRecord(kT0, 0.5); };
        CheckpointRecord r = rec();
        r.coherenceScore.value = 1.5;
        QTest::newRow("psi > 1") << dumpCheckpoint(r) << code::PsiOutOfRange << "$.coherence_score" << QByteArray("1.5") << 2;
        r = rec();
        r.coherenceScore.value = -0.25;
        QTest::newRow("psi < 0") << dumpCheckpoint(r) << code::PsiOutOfRange << "$.coherence_score" << QByteArray("-0.25") << 2;
        r = rec();
        r.modulator.value = -0.5;
        QTest::newRow("m_t <= 0") << dumpCheckpoint(r) << code::ModulatorNotPositive << "$.modulator" << QByteArray("-0.5") << 2;
        r = rec();
        r.modulator.value = std::exp(10.5);
        QTest::newRow("|ln m_t| > 10") << dumpCheckpoint(r) << code::ModulatorUnstable << "$.modulator" << pythonFloatRepr(std::exp(10.5)) << 2;
        r = rec();
        r.modulator.value = 1.5;
        QTest::newRow("norm mismatch") << dumpCheckpoint(r) << code::NormMismatch << "$.modulator" << QByteArray("1.5") << 1;
        QTest::newRow("modulator mismatch") << dumpCheckpoint(r) << code::ModulatorMismatch << "$.modulator" << QByteArray("1.5") << 1;
        r = rec();
        r.omegaVector[3].value = std::nan("");
        QTest::newRow("NaN in Omega") << dumpCheckpoint(r) << code::NonFinite << "$.Omega_t_L[3]" << QByteArray("NaN") << 2;
        r = rec();
        r.modulator.value = INFINITY;
        QTest::newRow("Infinity modulator") << dumpCheckpoint(r) << code::NonFinite << "$.modulator" << QByteArray("Infinity") << 2;
        r = rec();
        r.iVector[0].value = -INFINITY;
        QTest::newRow("-Infinity in I") << dumpCheckpoint(r) << code::NonFinite << "$.I_t_L[0]" << QByteArray("-Infinity") << 2;
        r = rec();
        r.coherenceScore = {1.0, true};
        QTest::newRow("int for float") << dumpCheckpoint(r) << code::IntForFloat << "$.coherence_score" << QByteArray("1") << 0;
        r = rec();
        r.iVector.clear();
        r.omegaVector.clear();
        QTest::newRow("empty vector") << dumpCheckpoint(r) << code::EmptyVector << "$.I_t_L" << QByteArray("[]") << 2;
        r = rec();
        r.omegaVector.removeLast();
        QTest::newRow("length mismatch") << dumpCheckpoint(r) << code::VectorLengthMismatch << "$.Omega_t_L" << QByteArray() << 2;
        QByteArray s = dumpCheckpoint(rec());
        s.replace("\"coherence_score\": 0.5", "\"coherence_score\": \"0.5\"");
        QTest::newRow("string score") << s << code::WrongType << "$.coherence_score" << QByteArray("\"0.5\"") << 2;
        s = dumpCheckpoint(rec());
        s.replace(",\n  \"network_id\": \"quantum-currency-uhes-001\"", "");
        QTest::newRow("missing key") << s << code::MissingField << "$.network_id" << QByteArray() << 2;
        s = dumpCheckpoint(rec());
        s.replace("\"modulator\"", "\"extra\": null,\n  \"modulator\"");
        QTest::newRow("unknown key") << s << code::UnknownField << "$.extra" << QByteArray("null") << 0;
        s = dumpCheckpoint(rec());
        s.replace("quantum", "q\\ud800uantum");
        QTest::newRow("lone surrogate") << s << code::LoneSurrogate << "$.network_id" << QByteArray() << 1;
        QTest::newRow("truncated") << dumpCheckpoint(rec()).left(200) << code::TruncatedJson << "$.Omega_t_L" << QByteArray() << 2;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << code::WrongType << "$" << QByteArray("[1, 2]") << 2;
        QTest::newRow("garbage") << QByteArray("{\"I_t_L\": [1,, 2]}") << code::MalformedJson << "$.I_t_L" << QByteArray() << 2;
    }
    void rules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, location);
        QFETCH(QByteArray, valueText);
        QFETCH(int, severity);
        const Findings all = one(bytes);
        const auto hits = withCode(all, code.toLatin1().constData());
        QVERIFY2(!hits.isEmpty(), qPrintable(QStringLiteral("no %1 among %2 finding(s)").arg(code).arg(all.size())));
        const Finding &f = hits[0];
        QCOMPARE(f.location, location);
        QCOMPARE(int(f.severity), severity);
        QCOMPARE(f.evidence, QStringLiteral("run/") + nameFor(kT0));
        QVERIFY(f.offset >= 0);
        if (!valueText.isEmpty()) {
            QCOMPARE(bytes.mid(f.offset, f.length), valueText);
        }
    }

    void timestampRules()
    {
        const QByteArray b = dumpCheckpoint(goodRecord(kT0, 0.5));
        // Examination time is a parameter: 61 s before the content is "future", 59 s is not.
        QCOMPARE(withCode(one(b, nameFor(kT0), kT0 - 61), code::TimestampFuture).size(), 1);
        QCOMPARE(withCode(one(b, nameFor(kT0), kT0 - 59), code::TimestampFuture).size(), 0);
        const auto mm = withCode(one(b, QStringLiteral("checkpoint_1762692001.json")), code::NameTimestampMismatch);
        QCOMPARE(mm.size(), 1);
        QCOMPARE(b.mid(mm[0].offset, mm[0].length), QByteArray("1762692000.25"));
        QVERIFY(withCode(one(b, QStringLiteral("checkpoint_latest.json")), code::NameTimestampMismatch).isEmpty());

        // Regression (fuzz_omega_checkpoint): a timestamp beyond qint64 was converted to
        // an integer for the message (undefined behaviour); it is printed as the exact integer value of the double now.
        QByteArray huge = b;
        huge.replace("1762692000.25", "17626920966953989072432");
        const auto big = withCode(one(huge, nameFor(kT0), 1.8e22), code::NameTimestampMismatch);
        QCOMPARE(big.size(), 1);
        QVERIFY2(big[0].found.contains(QStringLiteral("(int 17626920966953988259840)")), qPrintable(big[0].found));
    }

    void loaderPicksByStringSort()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_999999999.json")), dumpCheckpoint(goodRecord(999999999.5, 0.5))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_1000000004.json")), dumpCheckpoint(goodRecord(1000000004.5, 0.5))));
        const OmegaReport r = analyze(dir.path(), 1000003600.0);
        QCOMPARE(r.loader.picked, QStringLiteral("checkpoint_999999999.json"));
        QVERIFY(r.loader.returnsCheckpoint);
        QCOMPARE(*r.loader.returnedTimestamp, 999999999.5);
        QCOMPARE(r.numericallyLatest, QStringLiteral("checkpoint_1000000004.json"));
        QCOMPARE(r.newestValid, QStringLiteral("checkpoint_1000000004.json"));
        const auto stale = withCode(r.findings, code::LoaderPicksStale);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale[0].found, QStringLiteral("checkpoint_999999999.json"));
        QCOMPARE(stale[0].expected, QStringLiteral("checkpoint_1000000004.json"));
        QCOMPARE(withCode(r.findings, code::StringOrderDiffers).size(), 1);
        // Numeric order for everything else.
        QCOMPARE(r.files.first().name, QStringLiteral("checkpoint_999999999.json"));
    }

    // The GUI shows finding words in the interface language; JSON stays English.
    void findingWordsAreTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_999999999.json")), dumpCheckpoint(goodRecord(999999999.5, 0.5))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_1000000004.json")), dumpCheckpoint(goodRecord(1000000004.5, 0.5))));
        const OmegaReport r = analyze(dir.path(), 1000003600.0);
        const auto order = withCode(r.findings, code::StringOrderDiffers);
        QCOMPARE(order.size(), 1);
        const Finding &f = order[0];
        const QJsonObject json = f.toJson();
        QCOMPARE(f.found, QStringLiteral("checkpoint_1000000004.json sorts after checkpoint_999999999.json as text but is older"));
        testing::MapTranslator fr({{"%1 sorts after %2 as text but is older", QStringLiteral("%1 est trié après %2 comme texte mais est plus ancien")},
                                   {"text order = time order", QStringLiteral("ordre du texte = ordre du temps")}});
        QCOMPARE(f.translated(FindingField::Found),
                 QStringLiteral("checkpoint_1000000004.json est trié après checkpoint_999999999.json comme texte mais est plus ancien"));
        QCOMPARE(f.translated(FindingField::Expected), QStringLiteral("ordre du texte = ordre du temps"));
        QCOMPARE(f.translated(FindingField::Explanation), f.explanation); // not in this catalogue: English
        QCOMPARE(f.toJson(), json);
    }

    void strayLatestFile()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(dir.filePath(nameFor(kT0 + i)), dumpCheckpoint(goodRecord(kT0 + i, 0.5 + 0.0001 * i))));
        const QString latest = dir.filePath(QStringLiteral("checkpoint_latest.json"));
        QVERIFY(writeFile(latest, dumpCheckpoint(goodRecord(kT0 + 2, 0.5002))));
        OmegaReport r = analyze(dir.path());
        QCOMPARE(r.loader.picked, QStringLiteral("checkpoint_latest.json"));
        QVERIFY(r.loader.returnsCheckpoint);
        QVERIFY(r.loader.resultValid);
        QCOMPARE(withCode(r.findings, code::LoaderPicksStale).size(), 1);
        QCOMPARE(withCode(r.findings, code::DuplicateTimestamp).size(), 1);
        QCOMPARE(withCode(r.findings, code::NameNotTimestamp).size(), 1);
        // Corrupt: the original loader returns nothing although valid files exist.
        QVERIFY(writeFile(latest, dumpCheckpoint(goodRecord(kT0 + 2, 0.5002)).left(100)));
        r = analyze(dir.path());
        QCOMPARE(r.loader.picked, QStringLiteral("checkpoint_latest.json"));
        QVERIFY(!r.loader.returnsCheckpoint);
        QVERIFY(!r.loader.returnedTimestamp.has_value());
        const auto nothing = withCode(r.findings, code::LoaderReturnsNothing);
        QCOMPARE(nothing.size(), 1);
        QVERIFY(nothing[0].explanation.contains(nameFor(kT0 + 2)));
        QCOMPARE(r.newestValid, nameFor(kT0 + 2));
    }

    void directoryRules()
    {
        QTemporaryDir parent;
        QDir(parent.path()).mkdir(QStringLiteral("checkpoints"));
        const QString dir = parent.filePath(QStringLiteral("checkpoints"));
        // 11 files, 1 s apart, then a 10 s gap; Ψ steps of 0.0005 except one of 0.002.
        double psi = 0.5;
        for (int i = 0; i < 12; ++i) {
            const double ts = kT0 + (i < 11 ? i : 20);
            psi += (i == 5) ? 0.002 : 0.0005;
            CheckpointRecord rec = goodRecord(ts, psi);
            if (i == 7)
                rec.networkId = QStringLiteral("other-node");
            QVERIFY(writeFile(QDir(dir).filePath(nameFor(ts)), dumpCheckpoint(rec)));
        }
        const OmegaReport r = analyze(parent.path());
        QCOMPARE(r.displayName, QFileInfo(parent.path()).fileName()); // the folder opened, not "checkpoints"
        QCOMPARE(r.filesOnDisk, 12);
        QCOMPARE(withCode(r.findings, code::RetentionExceeded).size(), 1);
        const auto breaks = withCode(r.findings, code::ContinuityBreak);
        QCOMPARE(breaks.size(), 1);
        QCOMPARE(breaks[0].subject, nameFor(kT0 + 4) + QStringLiteral(" → ") + nameFor(kT0 + 5));
        QCOMPARE(breaks[0].location, QStringLiteral("$.coherence_score"));
        QCOMPARE(r.series.pointCount(), 12);
        QCOMPARE(r.series.violationCount(), 1);
        QVERIFY(r.series.violation[4]);
        const auto gaps = withCode(r.findings, code::Gap);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].subject, nameFor(kT0 + 10) + QStringLiteral(" → ") + nameFor(kT0 + 20));
        const auto mixed = withCode(r.findings, code::MixedNetworkIds);
        QCOMPARE(mixed.size(), 1);
        QCOMPARE(mixed[0].subject, nameFor(kT0 + 7));
        QCOMPARE(mixed[0].location, QStringLiteral("$.network_id"));
        QCOMPARE(withCode(r.findings, code::NotAuthenticated).size(), 1);
        QCOMPARE(r.auth, AuthState::None);
    }

    void tenFilesIsWithinRetention()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 10; ++i)
            QVERIFY(writeFile(dir.filePath(nameFor(kT0 + i)), dumpCheckpoint(goodRecord(kT0 + i, 0.5))));
        const OmegaReport r = analyze(dir.path());
        QCOMPARE(withCode(r.findings, code::RetentionExceeded).size(), 0);
        QCOMPARE(exitCodeFor(r.findings), exitcode::Findings); // only "not authenticated"
    }

    void unreadableFolderIsAnError()
    {
        AnalysisOptions o;
        QVERIFY(!analyzeOmegaDirectory(QStringLiteral("/nonexistent/omega"), o));
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("checkpoint_1.json")); // a directory named like a checkpoint
        const OmegaReport r = analyze(dir.path());
        QCOMPARE(r.loader.picked, QStringLiteral("checkpoint_1.json"));
        QVERIFY(!r.loader.returnsCheckpoint);
        QCOMPARE(withCode(r.findings, code::FileUnreadable).size(), 1);
    }

    // Hostile entries never hang or crash the loader and each is reported.
    void hostileFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_1.json")), QByteArray(100000, '[')));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_2.json")), QByteArray(int(kMaxJsonBytes) + 1, ' ')));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_3.json")), "\xef\xbb\xbf{}"));
        QByteArray infs = "{\"I_t_L\": [";
        for (int i = 0; i < 100; ++i)
            infs += "1e999, ";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkpoint_4.json")), infs + "0]}"));
#ifdef Q_OS_UNIX
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("checkpoint_5.json"))).constData(), 0600) == 0);
        QVERIFY(QFile::link(QStringLiteral("checkpoint_6.json"), dir.filePath(QStringLiteral("checkpoint_6.json"))));
#endif
        const OmegaReport r = analyze(dir.path());
        QCOMPARE(withCode(r.findings, code::LimitExceeded).size(), 2);
        QCOMPARE(withCode(r.findings, code::MalformedJson).size(), 1);
        QCOMPARE(withCode(r.findings, code::NonFinite).size(), kMaxNonFiniteFindings + 1);
#ifdef Q_OS_UNIX
        QCOMPARE(withCode(r.findings, code::FileUnreadable).size(), 2);
        QCOMPARE(r.loader.picked, QStringLiteral("checkpoint_6.json"));
        QVERIFY(!r.loader.returnsCheckpoint);
#endif
        QVERIFY(r.newestValid.isEmpty());
        QCOMPARE(withCode(r.findings, code::NoValidCheckpoint).size(), 1);
        QCOMPARE(exitCodeFor(r.findings), exitcode::ErrorsOrTamper);
    }
};

QTEST_GUILESS_MAIN(TestOmegaValidator)
#include "tst_omega_validator.moc"
