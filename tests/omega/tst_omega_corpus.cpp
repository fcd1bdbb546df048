// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement with the real writer: for every run in ../shared/corpus/omega-real, the
// analysis must match the driver's ground_truth.json: the file the original loader picks,
// what it returns and whether its validator accepts it, the numerically latest file, the
// files on disk, and for every file the defect its last create_checkpoint call planted
// (truncated writes, non-finite values, out-of-range values) and nothing else.

#include "OmegaTestUtil.h"

#include "omega/OmegaCodes.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace seedscope;
using namespace seedscope::omega;
using namespace seedscope::testing;

namespace {
QString corpusDir() { return QStringLiteral(SEEDSCOPE_SHARED_DIR "/corpus/omega-real"); }

double gtNumber(const QJsonValue &v)
{
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}
} // namespace

class TestOmegaCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithGroundTruth_data()
    {
        QTest::addColumn<QString>("run");
        if (!QFileInfo::exists(corpusDir())) {
            QTest::newRow("corpus-absent") << QString(); // runs once, to QSKIP with a message
            return;
        }
        const QStringList runs = QDir(corpusDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &run : runs)
            if (QFileInfo::exists(QDir(corpusDir()).filePath(run + QStringLiteral("/ground_truth.json"))))
                QTest::newRow(qPrintable(run)) << run;
    }
    void agreesWithGroundTruth()
    {
        if (!QFileInfo::exists(corpusDir()))
            QSKIP("../shared/corpus/omega-real is absent: the real-writer agreement test needs it");
        QFETCH(QString, run);
        const QString runDir = QDir(corpusDir()).filePath(run);
        QFile gtFile(runDir + QStringLiteral("/ground_truth.json"));
        QVERIFY(gtFile.open(QIODevice::ReadOnly));
        const QJsonObject gt = QJsonDocument::fromJson(gtFile.readAll()).object();
        QVERIFY(!gt.isEmpty());

        // Examine one hour after the simulated clock started: deterministic.
        const double now = gt.value(QStringLiteral("sim_clock_start")).toDouble() + 3600.0;
        const OmegaReport r = analyze(runDir, now);
        QCOMPARE(r.displayName, run);
        QCOMPARE(r.filesOnDisk, gt.value(QStringLiteral("files_on_disk")).toInt());
        QCOMPARE(r.loader.picked, gt.value(QStringLiteral("loader_picked")).toString());
        QCOMPARE(r.numericallyLatest, gt.value(QStringLiteral("numerically_latest")).toString());
        const QJsonValue returned = gt.value(QStringLiteral("loader_returned"));
        QCOMPARE(r.loader.returnsCheckpoint, !returned.isNull());
        if (!returned.isNull())
            QCOMPARE(*r.loader.returnedTimestamp, returned.toDouble());
        QCOMPARE(r.loader.resultValid, gt.value(QStringLiteral("loader_result_valid")).toBool());
        const int maxKept = gt.value(QStringLiteral("max_checkpoints")).toInt();
        QCOMPARE(withCode(r.findings, code::RetentionExceeded).size(), r.filesOnDisk > maxKept ? 1 : 0);

        // The last call that targeted each file decides what the file holds.
        QHash<QString, QJsonObject> last;
        for (const QJsonValue &c : gt.value(QStringLiteral("calls")).toArray())
            last[c.toObject().value(QStringLiteral("file")).toString()] = c.toObject();
        QCOMPARE(int(last.size()), r.filesOnDisk);

        QStringList expectTruncated, expectNonFinite, expectOutOfRange;
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            const QJsonObject call = it.value();
            const QString tag = call.value(QStringLiteral("tag")).toString();
            const CheckpointFile *f = r.file(it.key());
            QVERIFY2(f, qPrintable(it.key()));
            if (tag.contains(QStringLiteral("partial_write"))) {
                expectTruncated << it.key();
                QCOMPARE(f->parseError, JsonError::Truncated);
                QVERIFY(!f->valid);
                continue;
            }
            QVERIFY2(f->parsed(), qPrintable(it.key()));
            // Content is exactly what the writer was called with.
            QCOMPARE(f->timestamp.value, call.value(QStringLiteral("timestamp")).toDouble());
            QCOMPARE(f->coherence.value, gtNumber(call.value(QStringLiteral("coherence_score"))));
            QCOMPARE(f->modulator.value, gtNumber(call.value(QStringLiteral("modulator"))));
            if (tag.contains(QStringLiteral("nan")))
                expectNonFinite << it.key();
            const double psi = f->coherence.value, m = f->modulator.value;
            if (!(psi >= 0 && psi <= 1) || !(m > 0) || std::fabs(std::log(m)) > 10)
                expectOutOfRange << it.key();
            if (tag == QStringLiteral("main")) {
                QVERIFY2(f->valid, qPrintable(it.key()));
                // The coded maths holds on every untouched file.
                QCOMPARE(f->warningFindings, 0);
            }
        }
        auto sorted = [](QStringList l) { l.sort(); return l; };
        QCOMPARE(sorted(r.namesWith(code::TruncatedJson)), sorted(expectTruncated));
        QCOMPARE(sorted(r.namesWith(code::NonFinite)), sorted(expectNonFinite));
        QStringList outOfRange = r.namesWith(code::PsiOutOfRange) + r.namesWith(code::ModulatorNotPositive) +
                                 r.namesWith(code::ModulatorUnstable);
        outOfRange.removeDuplicates();
        QCOMPARE(sorted(outOfRange), sorted(expectOutOfRange));

        // What the original loader got, and what a careful one would have used instead.
        const CheckpointFile *picked = r.file(r.loader.picked);
        QVERIFY(picked);
        QCOMPARE(withCode(r.findings, code::LoaderPicksInvalid).size(), picked->valid ? 0 : 1);
        QVERIFY(!r.newestValid.isEmpty());
        QVERIFY(r.file(r.newestValid)->valid);
        for (const CheckpointFile &f : r.files)
            if (f.valid)
                QVERIFY(f.timestamp.value <= r.file(r.newestValid)->timestamp.value);
        QCOMPARE(withCode(r.findings, code::NotAuthenticated).size(), 1);
    }

    // Our Python-JSON writer reproduces every complete real file byte for byte, which is
    // what lets the simulator's plain output stand in for the real writer's.
    void pythonJsonWriterMatchesRealFiles()
    {
        if (!QFileInfo::exists(corpusDir()))
            QSKIP("../shared/corpus/omega-real is absent");
        int compared = 0;
        QDirIterator it(corpusDir(), {QStringLiteral("checkpoint_*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const JsonDocument d = parseJson(bytes);
            if (!d.ok())
                continue; // torn writes
            const auto num = [&](int n) { return PyNumber{d.node(n).number, d.node(n).numberKind == NumberKind::Int}; };
            const auto vec = [&](const char16_t *key) {
                QList<PyNumber> v;
                const int list = d.member(d.root(), QStringView(key));
                for (int c = d.node(list).firstChild; c >= 0; c = d.node(c).nextSibling)
                    v.append(num(c));
                return v;
            };
            CheckpointRecord r;
            r.iVector = vec(u"I_t_L");
            r.omegaVector = vec(u"Omega_t_L");
            r.timestamp = num(d.member(d.root(), u"timestamp"));
            r.coherenceScore = num(d.member(d.root(), u"coherence_score"));
            r.modulator = num(d.member(d.root(), u"modulator"));
            r.networkId = d.node(d.member(d.root(), u"network_id")).text;
            QCOMPARE(dumpCheckpoint(r), bytes);
            ++compared;
        }
        QVERIFY(compared >= 50);
    }
};

QTEST_GUILESS_MAIN(TestOmegaCorpus)
#include "tst_omega_corpus.moc"
