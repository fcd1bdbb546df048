// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "shell/EvidenceListModel.h"
#include "shell/EvidenceViews.h"
#include "shell/WelcomePage.h"

#include "seedscope/version.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace seedscope::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Seedscope"));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(false);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::openFileDialog);
    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);

    m_evidence = new EvidenceListModel(this);
    m_evidenceView = new QTableView;
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->horizontalHeader()->setStretchLastSection(true);
    m_evidenceView->verticalHeader()->hide();
    auto *dock = new QDockWidget(tr("Evidence (read-only)"), this);
    dock->setObjectName(QStringLiteral("evidenceDock"));
    dock->setWidget(m_evidenceView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    createActions();
    statusBar()->showMessage(tr("Ready. Evidence is opened read-only."));
    resize(1280, 800);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &device dump…"), QKeySequence::Open, this, &MainWindow::openFileDialog);
    file->addAction(tr("Open Ω &directory…"), this, &MainWindow::openFolderDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Ω checkpoint directory"));
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::openPath(const QString &path)
{
    OpenedEvidence opened = openEvidence(path);
    if (!opened.error.isEmpty()) {
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, opened.error));
        return false;
    }
    m_evidence->addRow(opened.row);
    m_evidenceView->resizeColumnsToContents();
    const int tab = m_tabs->addTab(opened.view, opened.row.identity.displayName);
    m_tabs->setTabToolTip(tab, opened.row.identity.path);
    m_tabs->setCurrentIndex(tab);
    m_stack->setCurrentWidget(m_tabs);
    statusBar()->showMessage(tr("Opened %1 read-only").arg(opened.row.identity.path));
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Seedscope"),
                       tr("<b>Seedscope %1</b><p>Audit and forensics for Seed device dumps and Ω checkpoint "
                          "directories.</p><p>GPL-3.0-or-later.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

} // namespace seedscope::ui
