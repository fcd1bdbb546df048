// SPDX-License-Identifier: GPL-3.0-or-later
// Case actions in the GUI, offscreen, on the bundled mesh sample's tampered device:
// create a case, add the open dump, bookmark a journal entry, note a finding, export
// the report in all four formats; then the case file itself is read back with core and
// must hold exactly that (evidence, cached result, annotations with their targets, the
// custody records). Reopening the case shows the stored verdict and verifies nothing
// again (no new "verify" record). Screenshot: <build>/screenshots/case.png.
#include "ScreenshotCheck.h"
#include "WorkbenchFixture.h"

#include "case/CaseController.h"
#include "case/CaseDock.h"
#include "case/CaseUi.h"
#include "casedb/CaseFile.h"
#include "casedb/SqliteBackend.h"
#include "dump/DumpWorkbench.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace seedscope;
using namespace seedscope::testing;

namespace {

constexpr int kVerifyTimeoutMs = 120000; // generous: the machine may be busy; nothing here is timed

QString tamperedDevice()
{
    const auto faults = injectedFaults();
    for (auto it = faults.cbegin(); it != faults.cend(); ++it)
        for (const QString &k : it.value())
            if (k.startsWith(QStringLiteral("tamper")))
                return it.key();
    return {};
}

QStringList actionsOf(const QList<casedb::CustodyRecord> &log)
{
    QStringList out;
    for (const casedb::CustodyRecord &r : log)
        out << r.action;
    return out;
}

std::unique_ptr<casedb::CaseFile> readCase(const QString &path)
{
    auto b = casedb::SqliteBackend::open(path, casedb::SqliteBackend::Mode::ReadOnly);
    if (!b)
        return nullptr;
    auto c = casedb::CaseFile::open(std::move(*b));
    return c ? std::move(*c) : nullptr;
}

} // namespace

class TestCaseGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = prepareWorkbenchTest(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void createAddBookmarkExport()
    {
        const QString tampered = tamperedDevice();
        QVERIFY2(!tampered.isEmpty(), "the sample has no tampered device");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString casePath = dir.filePath(QStringLiteral("mesh.seedcase"));

        ui::MainWindow w;
        w.resize(1600, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *cu = w.findChild<ui::CaseUi *>();
        QVERIFY(cu);
        // The actions are in the File menu.
        QStringList fileActions;
        for (QAction *a : w.menuBar()->actions().constFirst()->menu()->actions())
            fileActions << a->text();
        QVERIFY2(fileActions.contains(QStringLiteral("&New case…")) && fileActions.contains(QStringLiteral("Open &case…")),
                 qPrintable(fileActions.join(QLatin1Char('|'))));

        w.opener()->setAskForKeys(false);
        QVERIFY(w.openPath(devicesDir() + QLatin1Char('/') + tampered));
        QTRY_VERIFY_WITH_TIMEOUT(allReady(w), kVerifyTimeoutMs);
        ui::DumpTab *tab = tabFor(w, tampered);
        QVERIFY(tab);
        ui::DumpWorkbench *wb = tab->workbench();

        casedb::CaseDetails d;
        d.examiner = QStringLiteral("Dana Examiner");
        d.title = QStringLiteral("Mesh sample");
        d.number = QStringLiteral("2026-42");
        ui::CaseController *cc = cu->controller();
        QVERIFY(cc->createCase(casePath, d));
        // Annotating before the evidence is in the case is refused with a reason.
        wb->selectItem(3);
        auto early = cu->annotateSelection(QStringLiteral("bookmark"), QStringLiteral("x"), {}, ui::CaseUi::Pick::Entry);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("add it first")));

        const Status added = cu->addOpenEvidence();
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(cc->evidenceRows().size(), 1);
        QCOMPARE(cc->evidenceRows().at(0).verdict, QStringLiteral("tampering"));
        QVERIFY(cc->evidenceRows().at(0).intact);

        // Bookmark a journal entry, then note the finding listed first (a root cause).
        wb->selectItem(5);
        const session::RecordSummary item = wb->session().record(5);
        auto bm = cu->annotateSelection(QStringLiteral("bookmark"), QStringLiteral("check this transfer"), {}, ui::CaseUi::Pick::Entry);
        QVERIFY2(bm, bm ? "" : qPrintable(bm.error().message));
        QTableView *fv = wb->findings()->view();
        QVERIFY(fv->model()->rowCount() > 0);
        fv->setCurrentIndex(fv->model()->index(0, 0));
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(fv->model());
        const Finding first = wb->findings()->model()->finding(proxy ? proxy->mapToSource(fv->currentIndex()).row() : 0);
        auto subject = cu->selectionSubject(ui::CaseUi::Pick::Finding);
        QVERIFY(subject);
        QCOMPARE(*subject, QStringLiteral("finding %1 (%2)").arg(first.id, first.code));
        auto note = cu->annotateSelection(QStringLiteral("note"), {}, QStringLiteral("the root cause"), ui::CaseUi::Pick::Finding);
        QVERIFY2(note, note ? "" : qPrintable(note.error().message));

        for (const char *fmt : {"html", "pdf", "json", "csv"}) {
            const QString out = dir.filePath(QStringLiteral("report.") + QLatin1String(fmt));
            const Status s = cc->exportReport(QLatin1String(fmt), out, QStringLiteral("2026-01-01T00:00:00Z"));
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            QVERIFY(QFileInfo(out).size() > 0);
        }
        QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QFile html(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("check this transfer"));
        QVERIFY(page.contains("the root cause"));

        // The dock shows the case, its stored verdict and an intact chain.
        ui::CaseDock *dock = cu->dock();
        QVERIFY(dock->isVisible());
        QVERIFY(dock->chainStatus()->text().contains(QStringLiteral("intact")));
        QCOMPARE(dock->evidenceTable()->item(0, 1)->text(), QStringLiteral("tampering"));
        QVERIFY(dock->custodyTable()->rowCount() >= 10);
        const QImage shot = saveScreenshot(&w, QStringLiteral("case.png"));
        QVERIFY(distinctColours(shot) > 20);

        // What the case file holds, read back with core.
        auto c = readCase(casePath);
        QVERIFY(c);
        auto ev = c->evidence();
        QCOMPARE(ev->size(), 1);
        QCOMPARE(ev->at(0).name, tampered);
        auto cached = c->cachedResult(ev->at(0).sha256, casedb::CaseFile::toolVersion(), QStringLiteral("verify"));
        QVERIFY(cached && cached->has_value());
        QCOMPARE((**cached).summary.value(QStringLiteral("exit_code")).toInt(), 2);
        QVERIFY(!c->keys()->isEmpty()); // the keys the tab used, by fingerprint
        auto ann = c->annotations();
        QCOMPARE(ann->size(), 2);
        QCOMPARE(ann->at(0).kind, QStringLiteral("bookmark"));
        QCOMPARE(ann->at(0).target, QStringLiteral("entry"));
        QCOMPARE(*ann->at(0).seq, qint64(item.seq));
        QCOMPARE(*ann->at(0).offset, item.offset);
        QCOMPARE(ann->at(0).label, QStringLiteral("check this transfer"));
        QCOMPARE(ann->at(0).examiner, QStringLiteral("Dana Examiner"));
        QCOMPARE(ann->at(1).kind, QStringLiteral("note"));
        QCOMPARE(ann->at(1).target, QStringLiteral("finding"));
        QCOMPARE(ann->at(1).targetRef, first.id);
        QCOMPARE(ann->at(1).code, first.code);
        auto log = c->custodyLog();
        QVERIFY(!casedb::verifyChain(*log).has_value());
        const QStringList actions = actionsOf(*log);
        QCOMPARE(actions.first(), QStringLiteral("create"));
        for (const char *a : {"import", "verify", "bookmark", "note"})
            QCOMPARE(actions.count(QLatin1String(a)), 1);
        QVERIFY(actions.contains(QStringLiteral("key used")));
        QCOMPARE(actions.count(QStringLiteral("export")), 4);
        c.reset();

        // Reopening shows the stored verdict without verifying again.
        ui::CaseController again;
        QVERIFY(again.openCase(casePath));
        QCOMPARE(again.evidenceRows().size(), 1);
        QCOMPARE(again.evidenceRows().at(0).verdict, QStringLiteral("tampering"));
        QVERIFY(again.evidenceRows().at(0).cached);
        const QStringList after = actionsOf(again.custodyLog());
        QCOMPARE(after.count(QStringLiteral("verify")), 1);
        QCOMPARE(after.last(), QStringLiteral("open"));
    }
};

QTEST_MAIN(TestCaseGui)
#include "tst_case_gui.moc"
