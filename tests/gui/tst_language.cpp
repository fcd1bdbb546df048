// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language: View > Language switches at run time (the window is rebuilt in
// the new language with the same evidence open), and every main view is saved per
// language under <build>/screenshots/<lang>/ for a person to look at (clipped text,
// English left over).

#include "ScreenshotCheck.h"
#include "WorkbenchFixture.h"

#include "dump/DumpWorkbench.h"
#include "keys/KeyDialog.h"
#include "ledger/JournalModel.h"
#include "omega/OmegaView.h"
#include "reconcile/ReconcileTab.h"
#include "shell/Language.h"
#include "shell/LanguageMenu.h"
#include "shell/LanguageSwitcher.h"
#include "shell/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>

using namespace seedscope;
using namespace seedscope::testing;

namespace {
constexpr int kVerifyTimeoutMs = 120000; // generous: the machine may be busy; nothing here is timed

QStringList menuTitles(ui::MainWindow *w)
{
    QStringList out;
    for (QAction *a : w->menuBar()->actions())
        out.append(a->text());
    return out;
}

QString shotDir(const QString &lang)
{
    const QString dir = screenshotDir() + QLatin1Char('/') + lang;
    QDir().mkpath(dir);
    return dir;
}
} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString why = prepareWorkbenchTest();
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
    }
    void cleanup() { ui::installLanguage(QStringLiteral("en")); }

    void everyTranslationIsEmbedded()
    {
        QCOMPARE(ui::availableLanguages(),
            (QStringList { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt"),
                QStringLiteral("sw") }));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("xx")), QStringLiteral("en"));
    }

    void switchingAtRunTimeChangesTheVisibleInterface()
    {
        ui::LanguageSwitcher shell;
        ui::MainWindow *w = shell.window();
        w->opener()->setAskForKeys(false);
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->openPath(devicesDir() + QStringLiteral("/dev-1.seeddump")));
        QTRY_VERIFY_WITH_TIMEOUT(allReady(*w), kVerifyTimeoutMs);
        const QStringList english = menuTitles(w);
        QCOMPARE(english.first(), QStringLiteral("&File"));

        QSignalSpy rebuilt(&shell, &ui::LanguageSwitcher::windowRebuilt);
        const QPointer<ui::MainWindow> old = w;
        auto *menu = w->findChild<ui::LanguageMenu *>();
        QVERIFY(menu);
        menu->choose(QStringLiteral("fr")); // what clicking View > Language > Français does
        QTRY_COMPARE(rebuilt.count(), 1);
        QTRY_VERIFY(old.isNull()); // the old window is gone
        w = shell.window();
        QVERIFY(w->isVisible());
        QCOMPARE(ui::savedLanguage(), QStringLiteral("fr"));
        QCOMPARE(menuTitles(w).first(), QStringLiteral("&Fichier"));
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(menuTitles(w).at(i) != english.at(i), qPrintable(english.at(i)));
        // The same evidence is open again, in the new language.
        QCOMPARE(w->tabs()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(allReady(*w), kVerifyTimeoutMs);
        QCOMPARE(QLocale().language(), QLocale::French); // numbers and dates follow
        // Amounts come from integer minor units and take the locale's separators.
        const QString amount = ui::formatAmount(-123456789);
        QVERIFY2(amount.startsWith(QLocale().negativeSign() + QStringLiteral("1"))
                && amount.endsWith(QStringLiteral(",89")) && amount.contains(QLocale().groupSeparator()),
            qPrintable(amount));

        // And back: "System default" follows the system locale (English here or not).
        w->findChild<ui::LanguageMenu *>()->choose(QString());
        QTRY_COMPARE(rebuilt.count(), 2);
        QCOMPARE(ui::savedLanguage(), QString());
        QCOMPARE(ui::currentLanguage(), ui::resolveLanguage({}));
    }

    void screenshotsOfTheMainViews_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &l : ui::availableLanguages())
            QTest::newRow(qPrintable(l)) << l;
    }
    void screenshotsOfTheMainViews()
    {
        QFETCH(QString, lang);
        QCOMPARE(ui::installLanguage(lang), lang);
        const QString dir = shotDir(lang);

        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(saveScreenshot(&w, lang + QStringLiteral("/welcome.png")).width() >= 1280);

        QVERIFY(w.openPath(sampleDir()));
        auto *dlg = w.findChild<ui::KeyDialog *>();
        QVERIFY(dlg);
        dlg->resize(760, dlg->sizeHint().height());
        saveScreenshot(dlg, lang + QStringLiteral("/key-dialog.png"));
        dlg->accept();
        QTRY_VERIFY_WITH_TIMEOUT(allReady(w), kVerifyTimeoutMs);
        auto *rec = w.findChild<ui::ReconcileTab *>();
        QVERIFY(rec);
        QTRY_VERIFY_WITH_TIMEOUT(rec->isDone(), kVerifyTimeoutMs);

        for (auto *tab : dumpTabs(w)) {
            w.tabs()->setCurrentWidget(tab);
            tab->workbench()->journalView()->selectRow(5); // fills the inspector and the state
            QTest::qWait(50);
            saveScreenshot(&w,
                lang + QStringLiteral("/dump-") + QFileInfo(tab->inputs().path).baseName() + QStringLiteral(".png"));
        }
        // The charts of the tampered device, in front of the findings.
        auto *chartsDock = dumpTabs(w).at(1)->workbench()->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        QVERIFY(chartsDock);
        w.tabs()->setCurrentWidget(dumpTabs(w).at(1));
        chartsDock->raise();
        QTest::qWait(100);
        saveScreenshot(&w, lang + QStringLiteral("/charts.png"));
        w.tabs()->setCurrentWidget(rec);
        saveScreenshot(&w, lang + QStringLiteral("/reconcile.png"));
        auto *omega = w.findChild<ui::OmegaView *>();
        QVERIFY(omega);
        w.tabs()->setCurrentWidget(omega);
        saveScreenshot(&w, lang + QStringLiteral("/omega.png"));

        ui::ShortcutsDialog shortcuts(w.menuBar(), &w);
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        saveScreenshot(&shortcuts, lang + QStringLiteral("/shortcuts.png"));

        if (lang != QLatin1String("en")) {
            // Nothing in the menus is left in English.
            ui::installLanguage(QStringLiteral("en"));
            ui::MainWindow english;
            ui::installLanguage(lang);
            QStringList left;
            const auto ours = w.menuBar()->findChildren<QAction *>();
            const auto theirs = english.menuBar()->findChildren<QAction *>();
            for (QAction *a : ours)
                for (QAction *b : theirs)
                    if (!a->text().isEmpty() && a->text() == b->text() && a->text().contains(QLatin1Char('&')))
                        left.append(a->text());
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
        }
        QVERIFY(QFileInfo(dir + QStringLiteral("/omega.png")).size() > 0);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
