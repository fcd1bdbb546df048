// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench end to end, offscreen, on the bundled mesh sample: opening and refusing,
// the key dialog, verification with progress and cancel, the verdict banner, findings
// jumping to entry, bytes and state, the journal table and its filters. Every model is
// run under QAbstractItemModelTester. Screenshots of each view go to <build>/screenshots.

#include "ScreenshotCheck.h"
#include "WorkbenchFixture.h"

#include "dump/DumpWorkbench.h"
#include "dump/VerdictBanner.h"
#include "evidence/EvidenceTree.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "hex/HexView.h"
#include "keys/KeyDialog.h"
#include "ledger/EntryInspector.h"
#include "ledger/JournalFilter.h"
#include "ledger/JournalModel.h"
#include "ledger/StateInspector.h"
#include "charts/ChartStyle.h"
#include "charts/LedgerChart.h"
#include "omega/OmegaView.h"
#include "session/SessionLookup.h"
#include "reconcile/ReconcileTab.h"
#include "shell/EvidenceListModel.h"
#include "shell/Theme.h"
#include "shell/WelcomePage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTreeWidget>
#include <qcustomplot.h>

using namespace seedscope;
using namespace seedscope::testing;

namespace {
constexpr int kVerifyTimeoutMs = 120000; // generous: the machine may be busy; nothing here is timed

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString findByFault(const QString &kindPrefix)
{
    const auto faults = injectedFaults();
    for (auto it = faults.cbegin(); it != faults.cend(); ++it)
        for (const QString &k : it.value())
            if (k.startsWith(kindPrefix))
                return it.key();
    return {};
}
} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = prepareWorkbenchTest(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void refusesWhatIsNotEvidence()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("photo.png"));
        writeFile(png, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4000, '\x11'));
        const QString random = dir.filePath(QStringLiteral("random.seeddump"));
        QByteArray noise(64 * 1024, 0);
        quint32 x = 12345;
        for (char &c : noise) {
            x = x * 1664525u + 1013904223u;
            c = char(x >> 24);
        }
        writeFile(random, noise);
        const QString empty = dir.filePath(QStringLiteral("empty.seeddump"));
        writeFile(empty, {});
        const QString emptyFolder = dir.filePath(QStringLiteral("nothing-here"));
        QVERIFY(QDir().mkpath(emptyFolder));

        ui::MainWindow w;
        w.show();
        // Synchronous refusals: empty file, empty folder, missing path.
        QVERIFY(!w.openPath(empty));
        QVERIFY(w.lastError());
        QVERIFY(w.lastError()->informativeText().contains(QStringLiteral("empty")));
        QVERIFY(!w.openPath(emptyFolder));
        QVERIFY(w.lastError()->informativeText().contains(QStringLiteral("no Seed device dumps")));
        QVERIFY(!w.openPath(dir.filePath(QStringLiteral("missing.seeddump"))));
        // Read, then refused: a PNG and random bytes are no Seed dumps.
        for (const QString &p : {png, random}) {
            QVERIFY(w.openPath(p));
            QTRY_VERIFY_WITH_TIMEOUT(w.lastError() && w.lastError()->text().contains(QFileInfo(p).fileName()), kVerifyTimeoutMs);
            QVERIFY2(w.lastError()->informativeText().contains(QStringLiteral("not a Seed device dump")),
                     qPrintable(w.lastError()->informativeText()));
            QTRY_COMPARE(w.tabs()->count(), 0);
        }
        saveScreenshot(w.lastError(), QStringLiteral("bad-file-error.png"));
    }

    void opensTheSampleAndShowsWhoWasTamperedWith()
    {
        const QString tampered = findByFault(QStringLiteral("tamper"));
        QVERIFY2(!tampered.isEmpty(), "the sample has no tampered device");
        const QString powerCut = findByFault(QStringLiteral("power"));

        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        saveScreenshot(&w, QStringLiteral("welcome.png"));
        QVERIFY(w.openPath(sampleDir()));
        // The keys beside the dumps are offered once for the folder.
        auto *dlg = w.findChild<ui::KeyDialog *>();
        QVERIFY(dlg);
        QVERIFY(dlg->trustCombo()->currentText().contains(QStringLiteral("trust-store.json")));
        QVERIFY(dlg->keyCombo()->currentText().contains(QStringLiteral(".key")));
        dlg->resize(760, dlg->sizeHint().height());
        saveScreenshot(dlg, QStringLiteral("key-dialog.png"));
        QVERIFY(!dumpTabs(w).isEmpty() == false); // nothing runs before the examiner answers
        dlg->accept();
        QVERIFY(!dumpTabs(w).isEmpty());
        saveScreenshot(&w, QStringLiteral("verify-progress.png"));
        QTRY_VERIFY_WITH_TIMEOUT(allReady(w), kVerifyTimeoutMs);

        // Opening again focuses the tab instead of a second copy.
        const int tabs = w.tabs()->count();
        QVERIFY(w.openPath(devicesDir() + QLatin1Char('/') + tampered));
        QCOMPARE(w.tabs()->count(), tabs);
        auto *tab = tabFor(w, tampered);
        QVERIFY(tab);
        QCOMPARE(w.tabs()->currentWidget(), tab);

        ui::DumpWorkbench *wb = tab->workbench();
        QCOMPARE(wb->banner()->verdict(), ui::OverallVerdict::Tampered);
        QVERIFY(wb->banner()->text().contains(QStringLiteral("TAMPERED")));
        if (!powerCut.isEmpty()) {
            auto *pc = tabFor(w, powerCut);
            QVERIFY(pc);
            QVERIFY2(pc->workbench()->banner()->verdict() != ui::OverallVerdict::Tampered, "a power cut is not tampering");
        }
        auto *list = w.findChild<QDockWidget *>(QStringLiteral("evidenceDock"))->findChild<QTableView *>();
        QAbstractItemModelTester listTester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(list->model()->rowCount() >= 4); // the Ω folder and the dumps
        // A tampered dump opens on its first root cause: entry, bytes and state in view.
        QTRY_VERIFY(wb->currentItem() >= 0);
        QCOMPARE(wb->currentItem(), session::recordContaining(wb->session(), wb->banner()->rootCauses().first().offset));
        QVERIFY(wb->banner()->text().contains(QStringLiteral("Entry seq")));
        saveScreenshot(&w, QStringLiteral("dump-overview.png"));

        // Models under the tester.
        QAbstractItemModelTester journalTester(wb->journalModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester findingsTester(wb->findings()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester findingsViewTester(wb->findings()->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::JournalModel *jm = wb->journalModel();
        const int entries = jm->rowCount();
        QCOMPARE(entries, wb->session().recordCount());
        QVERIFY(entries > 10);

        // Journal: the amount column is integer minor units formatted, filters narrow.
        QCOMPARE(ui::formatAmount(-12345), QStringLiteral("-123.45"));
        QCOMPARE(ui::formatAmount(7), QStringLiteral("0.07"));
        wb->journalView()->setCurrentIndex(jm->index(0, 0));
        saveScreenshot(&w, QStringLiteral("journal.png"));
        // Filters run in core off the GUI thread; the model shows the rows when they land.
        auto filterTo = [&](const session::RecordCriteria &c) {
            wb->journalFilter()->setCriteria(c);
            QTRY_VERIFY_WITH_TIMEOUT(!wb->journalFilter()->isRunning(), kVerifyTimeoutMs);
        };
        session::RecordCriteria c;
        c.withFindingsOnly = true;
        filterTo(c);
        const int flagged = jm->rowCount();
        QVERIFY(flagged > 0 && flagged < entries);
        for (int r = 0; r < flagged; ++r)
            QVERIFY(jm->index(r, 0).data(ui::JournalModel::HasFindingRole).toBool());
        c = {};
        c.entryType = int(ledger::EntryType::Transfer);
        filterTo(c);
        QVERIFY(jm->rowCount() > 0 && jm->rowCount() < entries);
        for (int r = 0; r < jm->rowCount(); ++r)
            QCOMPARE(jm->index(r, ui::JournalModel::Type).data().toString(), QStringLiteral("TRANSFER"));
        // The Lamport range and status controls reach core's filter.
        auto *lamportMin = wb->findChild<QLineEdit *>(QStringLiteral("lamportMin"));
        auto *lamportMax = wb->findChild<QLineEdit *>(QStringLiteral("lamportMax"));
        auto *status = wb->findChild<QComboBox *>(QStringLiteral("journalStatus"));
        QVERIFY(lamportMin && lamportMax && status);
        wb->journalFilter()->setCriteria({});
        lamportMin->setText(QStringLiteral("100"));
        lamportMax->setText(QStringLiteral("120"));
        status->setCurrentIndex(status->findText(QStringLiteral("VALID")));
        QTRY_COMPARE_WITH_TIMEOUT(wb->journalFilter()->criteria().lamportMax, uint64_t(120), kVerifyTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!wb->journalFilter()->isRunning(), kVerifyTimeoutMs);
        QVERIFY(jm->rowCount() > 0 && jm->rowCount() < entries);
        for (int r = 0; r < jm->rowCount(); ++r) {
            const qulonglong l = jm->index(r, ui::JournalModel::Lamport).data(ui::JournalModel::SortRole).toULongLong();
            QVERIFY(l >= 100 && l <= 120);
            QVERIFY(jm->index(r, ui::JournalModel::Status).data().toString().startsWith(QStringLiteral("VALID")));
        }
        lamportMin->clear();
        lamportMax->clear();
        status->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(wb->journalFilter()->criteria().lamportMax, UINT64_MAX, kVerifyTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!wb->journalFilter()->isRunning(), kVerifyTimeoutMs);
        QCOMPARE(jm->rowCount(), entries);

        // Findings: root causes first; one click reaches the entry, its bytes and its state.
        ui::FindingsPanel *fp = wb->findings();
        QVERIFY(fp->view()->model()->rowCount() > 0);
        const QModelIndex top = fp->view()->model()->index(0, 0);
        QCOMPARE(top.data(ui::FindingsModel::RankRole).toInt(), 0); // a tampering verdict leads
        int jumpRow = -1;
        for (int r = 0; r < fp->view()->model()->rowCount() && jumpRow < 0; ++r) {
            const qint64 off = fp->view()->model()->index(r, 0).data(ui::FindingsModel::OffsetRole).toLongLong();
            if (session::recordContaining(wb->session(), off) >= 0)
                jumpRow = r;
        }
        QVERIFY2(jumpRow >= 0, "no finding points into a journal entry");
        fp->selectRow(jumpRow);
        const qint64 off = fp->view()->model()->index(jumpRow, 0).data(ui::FindingsModel::OffsetRole).toLongLong();
        const int item = session::recordContaining(wb->session(), off);
        QCOMPARE(wb->currentItem(), item);
        QCOMPARE(wb->inspector()->currentItem(), item);
        ui::HexView *hex = wb->inspector()->hex();
        QCOMPARE(hex->highlightOffset(), off);
        QVERIFY(hex->highlightLength() >= 1);
        QVERIFY(hex->firstVisibleOffset() <= off);
        QVERIFY(wb->inspector()->fields()->topLevelItemCount() >= 3);
        QVERIFY(wb->state()->caption()->text().contains(QStringLiteral("State after entry")));
        saveScreenshot(&w, QStringLiteral("findings.png"));
        saveScreenshot(&w, QStringLiteral("inspector.png"));

        // Selecting a field highlights exactly its bytes.
        QTreeWidgetItem *record = wb->inspector()->fields()->topLevelItem(0);
        QTreeWidgetItem *header = record->child(0);
        wb->inspector()->fields()->setCurrentItem(header);
        QCOMPARE(hex->highlightOffset(), wb->session().record(item).offset);
        QCOMPARE(hex->highlightLength(), qint64(72));

        // Time travel: step forward and back with the keyboard.
        // (offscreen windows are never active, so the bound actions are triggered directly)
        QAction *next = nullptr, *prev = nullptr;
        for (QAction *a : wb->actions()) {
            if (a->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)))
                next = a;
            if (a->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)))
                prev = a;
        }
        QVERIFY(next && prev);
        const int before = wb->journalView()->currentIndex().row();
        const int beforeItem = wb->currentItem();
        next->trigger();
        QCOMPARE(wb->journalView()->currentIndex().row(), before + 1);
        QVERIFY(wb->state()->caption()->text().contains(QStringLiteral("State after entry")));
        QVERIFY(wb->inspector()->currentItem() != beforeItem);
        prev->trigger();
        QCOMPARE(wb->currentItem(), beforeItem);
        saveScreenshot(&w, QStringLiteral("state.png"));

        // Charts: trust with its bands and pools, the selected entry marked on both.
        auto *chartsDock = wb->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        QVERIFY(chartsDock);
        chartsDock->raise();
        auto *chartTabs = chartsDock->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        QVERIFY(wb->trustChart()->graphCount() > 0);
        QVERIFY(wb->poolChart()->graphCount() > 0);
        const int canonical = wb->session().storageToCanonical(wb->currentItem());
        QVERIFY(canonical >= 0);
        QCOMPARE(wb->trustChart()->markedLamport(), double(wb->session().outcome(canonical)->entry().lamport));
        chartTabs->setCurrentIndex(0);
        QCoreApplication::processEvents();
        // The chart gets room while it is in front (the trust bands must be readable).
        QVERIFY2(wb->trustChart()->plot()->height() >= 160, qPrintable(QString::number(wb->trustChart()->plot()->height())));
        saveScreenshot(&w, QStringLiteral("chart-trust.png"));
        // SVG export: a vector file with the chart's axis label and one path per series.
        QTemporaryDir svgDir;
        const QString svgPath = svgDir.filePath(QStringLiteral("trust.svg"));
        QVERIFY(ui::saveChartSvg(wb->trustChart()->plot(), svgPath, 800, 400));
        QFile svgFile(svgPath);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svg = svgFile.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Lamport time"));
        QVERIFY(svg.contains("reliable above 300"));
        QVERIFY(svg.count("<polyline") >= wb->trustChart()->graphCount()); // one line per series at least
        chartTabs->setCurrentIndex(1);
        saveScreenshot(&w, QStringLiteral("chart-pools.png"));
        wb->findChild<QDockWidget *>(QStringLiteral("findingsDock"))->raise();

        // Dark mode: the palette reaches every view and chart, and light mode comes back.
        ui::applyTheme(true);
        QTRY_COMPARE(wb->trustChart()->palette().color(QPalette::Base), QColor(30, 30, 32));
        saveScreenshot(&w, QStringLiteral("dark.png"));
        ui::applyTheme(false);
        QTRY_VERIFY(wb->trustChart()->palette().color(QPalette::Base).lightness() > 200);
        QVERIFY(w.palette().color(QPalette::Window).lightness() > 200);

        // Reconciliation: the devices side by side against the merged ledger.
        auto *rec = w.findChild<ui::ReconcileTab *>();
        QVERIFY(rec);
        QTRY_VERIFY_WITH_TIMEOUT(rec->isDone(), kVerifyTimeoutMs);
        QCOMPARE(rec->devices()->rowCount(), 3);
        w.tabs()->setCurrentWidget(rec);
        saveScreenshot(&w, QStringLiteral("reconcile.png"));

        // The Ω folder opened beside the dumps.
        auto *omega = w.findChild<ui::OmegaView *>();
        QVERIFY(omega);
        w.tabs()->setCurrentWidget(omega);
        // Its files are in its evidence tree; activating a finding selects the file it names.
        QTreeWidgetItem *folder = omega->tree()->topLevelItem(0);
        QVERIFY(folder);
        QCOMPARE(folder->childCount(), int(omega->report().files.size()));
        int named = -1;
        for (int r = 0; r < omega->report().findings.size() && named < 0; ++r)
            for (const auto &file : omega->report().files)
                if (omega->report().findings[r].evidence.endsWith(QLatin1Char('/') + file.name) &&
                    omega->report().findings[r].location.startsWith(QStringLiteral("$.")))
                    named = r;
        QVERIFY2(named >= 0, "no Ω finding names a file and a field");
        {
            const Finding &f = omega->report().findings[named];
            QVERIFY(omega->jumpToFinding(named));
            QTreeWidgetItem *cur = omega->tree()->currentItem();
            QVERIFY(cur);
            // Lands on the field (its path is a prefix of the finding's) or on the file itself.
            QTreeWidgetItem *fileNode = cur->parent() == folder ? cur : cur->parent();
            QVERIFY2(f.evidence.endsWith(QLatin1Char('/') + fileNode->text(0)), qPrintable(f.evidence + QStringLiteral(" vs ") + fileNode->text(0)));
        }
        saveScreenshot(&w, QStringLiteral("chart-omega.png"));
        w.tabs()->setCurrentWidget(tab);

        // The same views at 1920×1080, under screenshots/1920x1080/.
        w.resize(1920, 1080);
        QCoreApplication::processEvents();
        const QString big = QStringLiteral("1920x1080/");
        QDir().mkpath(screenshotDir() + QLatin1Char('/') + big);
        auto *findingsDock = wb->findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        findingsDock->raise();
        wb->jumpToFinding(wb->banner()->rootCauses().first());
        QCoreApplication::processEvents();
        saveScreenshot(&w, big + QStringLiteral("dump-overview.png"));
        saveScreenshot(&w, big + QStringLiteral("findings.png"));
        wb->journalView()->setFocus();
        saveScreenshot(&w, big + QStringLiteral("journal.png"));
        wb->inspector()->fields()->setCurrentItem(wb->inspector()->fields()->topLevelItem(0)->child(0));
        saveScreenshot(&w, big + QStringLiteral("inspector.png"));
        saveScreenshot(&w, big + QStringLiteral("state.png"));
        chartsDock->raise();
        chartTabs->setCurrentIndex(0);
        QCoreApplication::processEvents();
        saveScreenshot(&w, big + QStringLiteral("chart-trust.png"));
        chartTabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        saveScreenshot(&w, big + QStringLiteral("chart-pools.png"));
        findingsDock->raise();
        ui::applyTheme(true);
        QCoreApplication::processEvents();
        saveScreenshot(&w, big + QStringLiteral("dark.png"));
        ui::applyTheme(false);
        QCoreApplication::processEvents();
        w.tabs()->setCurrentWidget(rec);
        saveScreenshot(&w, big + QStringLiteral("reconcile.png"));
        w.tabs()->setCurrentWidget(omega);
        saveScreenshot(&w, big + QStringLiteral("chart-omega.png"));
        w.tabs()->setCurrentWidget(tab);
        {
            ui::MainWindow fresh;
            fresh.resize(1920, 1080);
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            saveScreenshot(&fresh, big + QStringLiteral("welcome.png"));
        }

        // File > Close evidence tab (Ctrl+W) closes the current tab.
        const int open = w.tabs()->count();
        QAction *close = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Close))
                close = a;
        QVERIFY(close);
        close->trigger();
        QTRY_COMPARE(w.tabs()->count(), open - 1);
    }

    void hexViewReflowsWhenNarrow()
    {
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i);
        ui::HexView hex;
        hex.setData(bytes, 0x1000);
        hex.resize(hex.sizeHint().width(), 200);
        hex.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hex));
        QCOMPARE(hex.bytesPerLine(), 16);
        hex.setHighlight(0x1000 + 1600, 4); // scrolls line 100 into view
        const qint64 top = hex.firstVisibleOffset();
        QVERIFY(top > 0x1000 && top <= 0x1000 + 1600);
        // Narrower than 16 bytes need, as a long translation leaves the inspector: 8 a line,
        // the same bytes still at the top, nothing wider than the view.
        hex.resize(hex.minimumWidth(), 200);
        QTRY_COMPARE(hex.bytesPerLine(), 8);
        QCOMPARE(hex.firstVisibleOffset(), top);
        QVERIFY(hex.minimumWidth() < hex.sizeHint().width() * 2 / 3);
        hex.resize(hex.sizeHint().width(), 200);
        QTRY_COMPARE(hex.bytesPerLine(), 16);
        QCOMPARE(hex.firstVisibleOffset(), top);
    }

    void cancelStopsVerificationAndShowsNothingPartial()
    {
        const auto faults = injectedFaults();
        QVERIFY(!faults.isEmpty());
        ui::DumpTab tab({devicesDir() + QLatin1Char('/') + faults.cbegin().key(), {}, devicesDir(), devicesDir() + QStringLiteral("/trust-store.json")});
        tab.resize(1280, 800);
        tab.show();
        tab.start();
        QCOMPARE(tab.state(), ui::DumpTab::State::Loading);
        QVERIFY(tab.cancelButton()->isVisible());
        tab.cancelButton()->click();
        QCOMPARE(tab.state(), ui::DumpTab::State::Cancelled);
        QVERIFY(!tab.progressBar()->isVisible());
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("loadStatus"))->text().contains(QStringLiteral("cancelled")));
        QTest::qWait(50);
        QVERIFY(!tab.workbench());
    }

    void keyThatDoesNotFitIsAnInputProblem()
    {
        // The trust store and key of a clean device, but another device's key file.
        const auto faults = injectedFaults();
        QDir d(devicesDir());
        const QStringList dumps = d.entryList({QStringLiteral("*.seeddump")}, QDir::Files, QDir::Name);
        QString clean;
        for (const QString &n : dumps)
            if (!faults.contains(n))
                clean = n;
        if (clean.isEmpty())
            QSKIP("no clean device in the sample");
        QString otherKey;
        for (const QString &n : dumps)
            if (n != clean)
                otherKey = d.filePath(QFileInfo(n).completeBaseName() + QStringLiteral(".key"));
        ui::DumpTab tab({d.filePath(clean), {otherKey}, {}, d.filePath(QStringLiteral("trust-store.json"))});
        tab.start();
        QTRY_VERIFY_WITH_TIMEOUT(tab.state() != ui::DumpTab::State::Loading, kVerifyTimeoutMs);
        if (tab.state() != ui::DumpTab::State::Ready)
            QSKIP("the sample is not encrypted: a wrong key cannot be shown");
        QCOMPARE(tab.workbench()->banner()->verdict(), ui::OverallVerdict::KeyMismatch);
        QVERIFY(tab.workbench()->banner()->text().contains(QStringLiteral("not a finding about the device")));
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
