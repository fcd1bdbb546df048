// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "case/CaseUi.h"
#include "shell/EvidenceListModel.h"
#include "shell/EvidenceOpener.h"
#include "shell/LanguageMenu.h"
#include "shell/RecentFiles.h"
#include "shell/ShortcutsDialog.h"
#include "shell/Theme.h"
#include "shell/WelcomePage.h"

#include "seedscope/version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace seedscope::ui {
namespace {
const char *kKeyProperty = "evidenceKey";
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Seedscope"));
    setAcceptDrops(true);
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("evidenceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::openFileDialog);
    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(m_welcome, &WelcomePage::openPathRequested, this, &MainWindow::openPath);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    // A tab whose page is deleted (a refused dump) disappears with it.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStack);

    m_evidence = new EvidenceListModel(this);
    m_evidenceView = new QTableView;
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->horizontalHeader()->setStretchLastSection(true);
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->resizeColumnsToContents(); // headers readable before any row (longer in translation)
    auto *dock = new QDockWidget(tr("Evidence (read-only)"), this);
    dock->setObjectName(QStringLiteral("evidenceDock"));
    dock->setWidget(m_evidenceView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {120}, Qt::Vertical);

    m_opener = new EvidenceOpener(this);
    connect(m_opener, &EvidenceOpener::viewReady, this, &MainWindow::addView);
    connect(m_opener, &EvidenceOpener::refused, this, &MainWindow::showError);
    connect(m_opener, &EvidenceOpener::attentionNeeded, this, [this](QWidget *view) { m_tabs->setCurrentWidget(view); });
    connect(m_opener, &EvidenceOpener::evidenceListed, this, [this](const EvidenceRow &row, const QString &verdict) {
        m_evidence->addRow(row, verdict);
        m_evidenceView->resizeColumnsToContents();
    });

    createActions();
    new CaseUi(this, m_tabs); // File > New case…, Open case…, Case submenu, case dock
    statusBar()->showMessage(tr("Ready. Evidence is opened read-only."));
    resize(1280, 800);
    const QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &device dump…"), QKeySequence::Open, this, &MainWindow::openFileDialog);
    file->addAction(tr("Open &folder (Ω directory or dumps)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::openFolderDialog);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &p : RecentFiles::list())
            recent->addAction(p, this, [this, p] { openPath(p); });
        recent->setEnabled(true);
    });
    file->addAction(tr("Open the bundled &sample"), this, [this] { openPath(bundledSamplePath()); });
    file->addAction(tr("Ask for &keys again"), this, [this] {
        m_opener->forgetKeyChoices();
        statusBar()->showMessage(tr("Key and trust store choices forgotten: the next dump opened asks again."));
    });
    file->addSeparator();
    file->addAction(tr("&Close evidence tab"), QKeySequence::Close, this, [this] { closeTab(m_tabs->currentIndex()); });
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Next tab"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                    [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % qMax(1, m_tabs->count())); });
    view->addAction(tr("&Previous tab"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % qMax(1, m_tabs->count()));
    });
    QAction *dark = view->addAction(tr("&Dark mode"));
    dark->setCheckable(true);
    dark->setChecked(savedThemeIsDark());
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dark, &QAction::toggled, this, [](bool on) {
        applyTheme(on);
        saveTheme(on);
    });
    view->addMenu(new LanguageMenu(this));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Seedscope"), this, &MainWindow::showAbout);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open device dump"), {},
                                                      tr("Seed device dumps (*.seeddump);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openFolderDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open an Ω checkpoint directory or a folder of dumps"));
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::openPath(const QString &path)
{
    const QString key = EvidenceOpener::keyFor(path);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(kKeyProperty).toString() == key) {
            m_tabs->setCurrentIndex(i);
            statusBar()->showMessage(tr("%1 is already open").arg(path));
            return true;
        }
    }
    if (!m_opener->open(path))
        return false;
    RecentFiles::add(key);
    statusBar()->showMessage(tr("Opened %1 read-only").arg(path));
    return true;
}

void MainWindow::addView(QWidget *view, const QString &key, const QString &title, const QString &toolTip)
{
    view->setProperty(kKeyProperty, key);
    const int tab = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(tab, toolTip);
    m_tabs->setCurrentIndex(tab);
    updateStack();
}

void MainWindow::closeTab(int index)
{
    if (QWidget *w = m_tabs->widget(index)) {
        m_tabs->removeTab(index);
        w->deleteLater();
    }
    updateStack();
}

void MainWindow::updateStack()
{
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
    if (m_tabs->count() == 0)
        m_welcome->refresh();
}

void MainWindow::showError(const QString &path, const QString &reason)
{
    RecentFiles::remove(EvidenceOpener::keyFor(path)); // refused evidence is not "recent"
    statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, reason));
    if (m_lastError)
        m_lastError->deleteLater();
    m_lastError = new QMessageBox(QMessageBox::Warning, tr("Cannot open evidence"),
                                  tr("<b>%1</b> was not opened.").arg(QFileInfo(path).fileName().toHtmlEscaped()),
                                  QMessageBox::Ok, this);
    m_lastError->setObjectName(QStringLiteral("openErrorDialog"));
    m_lastError->setInformativeText(reason);
    m_lastError->setDetailedText(path);
    m_lastError->setAttribute(Qt::WA_DeleteOnClose);
    m_lastError->open();
    QMetaObject::invokeMethod(this, &MainWindow::updateStack, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(e);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls())
        if (u.isLocalFile())
            openPath(u.toLocalFile());
    e->acceptProposedAction();
}

void MainWindow::showShortcuts()
{
    auto *d = new ShortcutsDialog(menuBar(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Seedscope"),
                       tr("<b>Seedscope %1</b><p>Audit and forensics for Seed device dumps and Ω checkpoint "
                          "directories.</p><p>GPL-3.0-or-later.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

} // namespace seedscope::ui
