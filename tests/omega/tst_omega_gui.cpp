// SPDX-License-Identifier: GPL-3.0-or-later
// The Ω view opens the sample offscreen, names the evidence after the opened folder,
// plots data and marks continuity violations, and fills both tables.

#include "ScreenshotCheck.h"

#include "omega/OmegaView.h"
#include "shell/EvidenceListModel.h"
#include "shell/EvidenceViews.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace seedscope;
using namespace seedscope::testing;

class TestOmegaGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sampleOpensWithChartAndTables()
    {
        const QString sample = QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample");
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openPath(sample));
        auto *view = w.findChild<ui::OmegaView *>();
        QVERIFY(view);
        QCOMPARE(view->report().displayName, QStringLiteral("omega-sample"));
        auto *plot = view->findChild<QCustomPlot *>(QStringLiteral("omegaChart"));
        QVERIFY(plot);
        QVERIFY(plot->graphCount() >= 3);
        const int points = view->report().series.pointCount();
        QVERIFY(points >= 10);
        QCOMPARE(plot->graph(0)->dataCount(), points);                   // Ψ
        QCOMPARE(plot->graph(1)->dataCount(), points);                   // m_t
        QCOMPARE(plot->graph(2)->dataCount(), view->report().series.violationCount()); // marks
        QVERIFY(plot->graph(0)->keyAxis()->label().contains(QStringLiteral("seconds after")));
        QVERIFY(!plot->graph(0)->valueAxis()->label().isEmpty());
        auto *findings = view->findChild<QTableWidget *>(QStringLiteral("omegaFindings"));
        auto *files = view->findChild<QTableWidget *>(QStringLiteral("omegaFiles"));
        QVERIFY(findings && files);
        QCOMPARE(findings->rowCount(), int(view->report().findings.size()));
        QCOMPARE(files->rowCount(), view->report().filesOnDisk);
        QCOMPARE(findings->item(0, 1)->text(), QStringLiteral("OMEGA_NOT_AUTHENTICATED"));
        QTest::qWait(50);
        const QImage img = saveScreenshot(&w, QStringLiteral("omega-sample.png"));
        QVERIFY(img.width() >= 800);
        QVERIFY2(distinctColours(img) > 16, "the Ω view rendered blank");
        const QImage chart = saveScreenshot(plot, QStringLiteral("omega-chart.png"));
        QVERIFY2(distinctColours(chart) > 8, "the chart rendered blank");
        // The components chart: one Ω and one I graph per component, plus ‖Ω‖.
        auto *components = view->findChild<QCustomPlot *>(QStringLiteral("omegaComponentsChart"));
        QVERIFY(components);
        auto *chartTabs = qobject_cast<QTabWidget *>(components->parentWidget()->parentWidget());
        QVERIFY(chartTabs);
        chartTabs->setCurrentWidget(components);
        QTest::qWait(50);
        const int k = int(view->report().series.omegaComponents.size());
        QCOMPARE(k, 5);
        QCOMPARE(components->graphCount(), 2 * k + 1);
        QCOMPARE(components->graph(2 * k)->dataCount(), points);
        QVERIFY2(distinctColours(saveScreenshot(&w, QStringLiteral("omega-components.png"))) > 16, "components chart blank");
    }

    void evidenceRowNamesTheOpenedFolder()
    {
        const ui::OpenedEvidence e = ui::openEvidence(QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/defects"));
        QVERIFY(e.error.isEmpty());
        QCOMPARE(e.row.identity.displayName, QStringLiteral("defects"));
        QCOMPARE(e.row.identity.sha256.size(), 32);
        delete e.view;
    }

    // The GUI opens Ω folders through core's one path: a FIFO, a link to /dev/zero and a
    // dangling link neither hang it nor make it refuse the folder; the good file is shown.
    void hostileEntriesDoNotBlockTheFolder()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("checkpoint_1762692000.json"));
        QVERIFY(QFile::copy(QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/checkpoints/checkpoint_1762692000.json"), good));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("checkpoint_1762692001.json"))).constData(), 0600), 0);
        QCOMPARE(::symlink("/dev/zero", QFile::encodeName(dir.filePath(QStringLiteral("checkpoint_1762692002.json"))).constData()), 0);
        QCOMPARE(::symlink("missing.json", QFile::encodeName(dir.filePath(QStringLiteral("checkpoint_1762692003.json"))).constData()), 0);
        const ui::OpenedEvidence e = ui::openEvidence(dir.path());
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QVERIFY(e.view);
        QCOMPARE(e.row.fileCount, 4);
        QCOMPARE(e.row.identity.sha256.size(), 32);
        auto *view = qobject_cast<ui::OmegaView *>(e.view);
        QVERIFY(view);
        QCOMPARE(view->report().filesOnDisk, 4);
        QVERIFY(view->report().file(QStringLiteral("checkpoint_1762692000.json"))->readable);
        delete e.view;
    }
};

QTEST_MAIN(TestOmegaGui)
#include "tst_omega_gui.moc"
