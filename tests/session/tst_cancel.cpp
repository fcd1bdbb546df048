// SPDX-License-Identifier: GPL-3.0-or-later
// Every long operation stops when its stop token trips midway (tripped from the progress
// sink once a stage passes 30%), returns ErrorCode::Cancelled (or a result flagged as
// cancelled) and does no further work in that stage beyond one poll interval. Labelled
// core: runs under ASan+LSan in CI, which checks that nothing leaks on the way out.

#include "dump/DumpReader.h"
#include "omega/OmegaAnalysis.h"
#include "reconcile/Reconciler.h"
#include "session/EvidenceSession.h"
#include "sim/MeshSimulator.h"
#include "verify/Verifier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;

namespace {

// Trips the token the first time `stage` reaches 30% and remembers how far that stage
// got afterwards.
struct Tripwire {
    explicit Tripwire(QString s) : stage(std::move(s)) {}
    QString stage;
    StopToken token;
    qint64 trippedAt = -1;
    qint64 furthest = -1;
    qint64 total = 0;
    int reportsAfter = 0;

    Progress progress()
    {
        return Progress(
            [this](const ProgressUpdate &u) {
                if (u.stage != stage)
                    return;
                if (trippedAt >= 0) {
                    ++reportsAfter;
                    furthest = std::max(furthest, u.done);
                    return;
                }
                if (u.total > 0 && u.done * 10 >= u.total * 3) {
                    trippedAt = u.done;
                    total = u.total;
                    token.requestStop();
                }
            },
            token);
    }
    bool tripped() const { return trippedAt >= 0; }
    // Work after the trip stays within one poll interval (never to the end of the stage).
    bool stoppedPromptly(qint64 interval) const { return furthest < 0 || (furthest - trippedAt <= interval && furthest < total); }
};

} // namespace

class TstCancel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::SimOptions so;
        so.devices = 2;
        so.entries = 3000;
        so.seed = 9;
        so.groups = true;
        auto sim = sim::runSimulation(so);
        QVERIFY(sim.ok());
        QVERIFY(sim::writeSimulation(*sim, m_dir.path()).ok());
    }

    void simulate()
    {
        Tripwire w{QStringLiteral("simulate")};
        sim::SimOptions so;
        so.devices = 2;
        so.entries = 3000;
        auto r = sim::runSimulation(so, w.progress());
        QVERIFY(w.tripped());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(w.stoppedPromptly(so.entries / 256 + 8));
    }

    void readDump()
    {
        QFile f(path(QStringLiteral("dev-0.seeddump")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray image = f.readAll();
        Tripwire w{QStringLiteral("read")};
        auto r = dump::readDump(image, {}, w.progress());
        QVERIFY(w.tripped());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(w.stoppedPromptly(image.size() / 256 + 65536));
    }

    void sessionOpen()
    {
        Tripwire w{QStringLiteral("read")};
        auto s = session::EvidenceSession::open(session::EvidenceRef::fromPath(path(QStringLiteral("dev-0.seeddump"))), {}, w.progress());
        QVERIFY(w.tripped());
        QCOMPARE(s.error().code, ErrorCode::Cancelled);
    }

    void sessionTimeline()
    {
        session::SessionOptions o;
        o.keysDir = m_dir.path();
        o.trustStorePath = path(QStringLiteral("trust-store.json"));
        auto s = session::EvidenceSession::open(session::EvidenceRef::fromPath(path(QStringLiteral("dev-0.seeddump"))), o);
        QVERIFY(s.ok());
        Tripwire w{QStringLiteral("replay")};
        const Status st = (*s)->buildTimeline(w.progress());
        QVERIFY(w.tripped());
        QCOMPARE(st.error().code, ErrorCode::Cancelled);
        QVERIFY(!(*s)->hasTimeline());
        QVERIFY(w.stoppedPromptly(256));
        // A later run without the token completes as a whole.
        QVERIFY((*s)->buildTimeline().ok());
        QVERIFY((*s)->entryCount() > 3000);
    }

    void sessionVerify()
    {
        session::SessionOptions o;
        o.keysDir = m_dir.path();
        o.trustStorePath = path(QStringLiteral("trust-store.json"));
        auto s = session::EvidenceSession::open(session::EvidenceRef::fromPath(path(QStringLiteral("dev-0.seeddump"))), o);
        QVERIFY(s.ok());
        Tripwire w{QStringLiteral("replay")}; // the verifier's own ledger replay
        const Status st = (*s)->verify(w.progress());
        QVERIFY(w.tripped());
        QCOMPARE(st.error().code, ErrorCode::Cancelled);
        QVERIFY(!(*s)->hasVerify());
        QVERIFY(w.stoppedPromptly(256));
    }

    void verifyDump()
    {
        verify::VerifyOptions o;
        o.dumpPath = path(QStringLiteral("dev-1.seeddump"));
        o.trustStorePath = path(QStringLiteral("trust-store.json"));
        Tripwire w{QStringLiteral("verify")};
        auto r = verify::verifyDump(o, w.progress());
        QVERIFY(w.tripped());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(w.stoppedPromptly(1));
    }

    void reconcile()
    {
        reconcile::ReconcileOptions o;
        o.dumpPaths = {path(QStringLiteral("dev-0.seeddump")), path(QStringLiteral("dev-1.seeddump"))};
        o.trustStorePath = path(QStringLiteral("trust-store.json"));
        Tripwire w{QStringLiteral("reconcile")};
        auto r = reconcile::reconcileFiles(o, w.progress());
        QVERIFY(w.tripped());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(w.stoppedPromptly(0));
    }

    void omegaAnalysis()
    {
        const QString sample = QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/checkpoints");
        Tripwire w{QStringLiteral("omega")};
        auto r = omega::analyzeOmegaDirectory(sample, {}, w.progress());
        QVERIFY(w.tripped());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(w.stoppedPromptly(0));
    }
};

QTEST_GUILESS_MAIN(TstCancel)
#include "tst_cancel.moc"
