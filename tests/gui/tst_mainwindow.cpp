// SPDX-License-Identifier: GPL-3.0-or-later
// GUI smoke test: the main window opens offscreen, opens evidence and renders something.

#include "ScreenshotCheck.h"

#include "shell/EvidenceListModel.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace seedscope;
using namespace seedscope::testing;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void welcomeScreenRenders()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QImage img = saveScreenshot(&w, QStringLiteral("welcome.png"));
        QVERIFY(img.width() >= 800);
        QVERIFY2(distinctColours(img) > 8, "the welcome screen rendered blank");
    }
    void opensAFolderAndListsItAsEvidence()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i) {
            QFile f(dir.filePath(QStringLiteral("checkpoint_%1.json").arg(1000 + i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openPath(dir.path()));
        auto *table = w.findChild<QDockWidget *>(QStringLiteral("evidenceDock"))->findChild<QTableView *>();
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ui::EvidenceListModel::Sha256).data().toString().size(), 64);
        QVERIFY(!w.openPath(dir.filePath(QStringLiteral("does-not-exist.seeddump"))));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no such file")));
        QCOMPARE(table->model()->rowCount(), 1);
        const QImage img = saveScreenshot(&w, QStringLiteral("folder-open.png"));
        QVERIFY(distinctColours(img) > 8);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
