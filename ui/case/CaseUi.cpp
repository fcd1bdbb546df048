// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CaseUi.h"

#include "case/AnnotationDialog.h"
#include "case/CaseController.h"
#include "case/CaseDock.h"
#include "case/NewCaseDialog.h"
#include "dump/DumpTab.h"
#include "dump/DumpWorkbench.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"

#include "casedb/EvidenceHash.h"
#include "dump/DumpCrypto.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace seedscope::ui {

namespace {

// The File menu the main window built (found by its title, so the window needs no hook).
QMenu *fileMenu(QMainWindow *w)
{
    for (QAction *a : w->menuBar()->actions())
        if (a->menu() && a->text() == QMainWindow::tr("&File"))
            return a->menu();
    return w->menuBar()->addMenu(QMainWindow::tr("&File"));
}

QString evidencePathOf(QWidget *page)
{
    if (!page)
        return {};
    if (auto *tab = qobject_cast<DumpTab *>(page))
        return tab->inputs().path;
    const QString key = page->property("evidenceKey").toString();
    return key.contains(QLatin1Char(':')) && !QFileInfo::exists(key) ? QString() : key; // "reconcile:..." is not one piece
}

} // namespace

CaseUi::CaseUi(QMainWindow *window, QTabWidget *tabs)
    : QObject(window), m_window(window), m_tabs(tabs), m_controller(new CaseController(this)), m_dock(new CaseDock(m_controller, window))
{
    setObjectName(QStringLiteral("caseUi"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->resizeDocks({m_dock}, {440}, Qt::Horizontal);
    // Hidden until there is a case: an empty dock would take a third of a 1280-pixel
    // window from the evidence (a saved layout may still show it).
    m_dock->hide();
    // Shown when a case opens (not again on every refresh, so closing it stays closed).
    connect(m_controller, &CaseController::caseChanged, this, [this, wasOpen = false]() mutable {
        if (m_controller->isOpen() && !wasOpen)
            m_dock->show();
        wasOpen = m_controller->isOpen();
    });
    install(fileMenu(window));
}

void CaseUi::install(QMenu *file)
{
    // Case actions go above the menu's first separator (before "Close evidence tab").
    QAction *before = nullptr;
    for (QAction *a : file->actions())
        if (a->isSeparator()) {
            before = a;
            break;
        }
    auto *caseMenu = new QMenu(tr("&Case"), file);
    QList<QAction *> add;
    add << file->addSeparator();
    auto *newCase = new QAction(tr("&New case…"), file);
    connect(newCase, &QAction::triggered, this, &CaseUi::newCase);
    auto *openCase = new QAction(tr("Open &case…"), file);
    connect(openCase, &QAction::triggered, this, &CaseUi::openCase);
    add << newCase << openCase;
    const auto needsCase = [this](QAction *a) {
        a->setEnabled(false);
        connect(m_controller, &CaseController::caseChanged, a, [this, a] { a->setEnabled(m_controller->isOpen()); });
    };
    caseMenu->addAction(tr("&Add the open evidence to the case"), this, [this] { report(addOpenEvidence(), tr("Evidence added to the case.")); });
    caseMenu->addSeparator();
    caseMenu->addAction(tr("&Bookmark the selection…"), QKeySequence(Qt::CTRL | Qt::Key_B), this, [this] { annotateWithDialog(QStringLiteral("bookmark")); });
    caseMenu->addAction(tr("&Note on the selection…"), this, [this] { annotateWithDialog(QStringLiteral("note")); });
    caseMenu->addAction(tr("&Tag the selection…"), this, [this] { annotateWithDialog(QStringLiteral("tag")); });
    caseMenu->addSeparator();
    caseMenu->addAction(tr("&Export report…"), this, &CaseUi::exportReport);
    caseMenu->addAction(tr("C&lose case"), this, [this] { m_controller->closeCase(); });
    for (QAction *a : caseMenu->actions())
        if (!a->isSeparator())
            needsCase(a);
    caseMenu->addSeparator();
    m_dock->toggleViewAction()->setText(tr("Show the case &dock"));
    caseMenu->addAction(m_dock->toggleViewAction());
    add << caseMenu->menuAction();
    for (QAction *a : add) {
        file->removeAction(a);
        file->insertAction(before, a);
    }
}

void CaseUi::report(const Status &s, const QString &done)
{
    if (s) {
        m_window->statusBar()->showMessage(done, 8000);
        return;
    }
    QMessageBox::warning(m_window, tr("Case"), s.error().message);
}

void CaseUi::newCase()
{
    NewCaseDialog d(m_window);
    if (d.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("New case file"), {}, tr("Seedscope cases (*.seedcase)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".seedcase")))
        path += QLatin1String(".seedcase");
    report(m_controller->createCase(path, d.details()), tr("Case created: %1").arg(path));
}

void CaseUi::openCase()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open case"), {}, tr("Seedscope cases (*.seedcase);;All files (*)"));
    if (path.isEmpty())
        return;
    report(m_controller->openCase(path), tr("Case opened; verdicts shown are the stored results (nothing was verified again)."));
}

Result<QString> CaseUi::shaOf(const QString &path)
{
    if (const auto it = m_shaByPath.constFind(path); it != m_shaByPath.cend())
        return *it;
    auto h = casedb::hashEvidence(path);
    if (!h)
        return h.error();
    m_shaByPath.insert(path, h->sha256);
    return h->sha256;
}

Status CaseUi::addOpenEvidence()
{
    QWidget *page = m_tabs->currentWidget();
    const QString path = evidencePathOf(page);
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("open a dump or an Omega folder first"));
    casedb::ImportInputs inputs;
    if (auto *tab = qobject_cast<DumpTab *>(page)) {
        // The keys the tab was opened with, as files (never their bytes in the case).
        inputs.keyFiles = dump::storageKeyCandidates(tab->inputs().path, tab->inputs().keysDir, tab->inputs().keyFiles);
        inputs.trustStore = tab->inputs().trustStorePath;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto out = m_controller->addEvidence(path, inputs);
    QApplication::restoreOverrideCursor();
    if (!out)
        return out.error();
    m_shaByPath.insert(path, out->evidence.sha256);
    return {};
}

Result<casedb::Annotation> CaseUi::selectionTarget(Pick pick)
{
    auto *tab = qobject_cast<DumpTab *>(m_tabs->currentWidget());
    if (!tab || !tab->workbench())
        return makeError(ErrorCode::InvalidArgument, tr("select a journal entry or a finding in a dump tab first"));
    DumpWorkbench *wb = tab->workbench();
    auto sha = shaOf(tab->inputs().path);
    if (!sha)
        return sha.error();
    auto items = m_controller->caseFile()->evidence();
    bool registered = false;
    for (const casedb::EvidenceRecord &e : items ? *items : QList<casedb::EvidenceRecord>())
        registered = registered || e.sha256 == *sha;
    if (!registered)
        return makeError(ErrorCode::InvalidArgument, tr("%1 is not in the case yet: add it first").arg(QFileInfo(tab->inputs().path).fileName()));
    casedb::Annotation a;
    a.evidenceSha256 = *sha;
    QTableView *fv = wb->findings()->view();
    const QModelIndex fcur = fv->currentIndex();
    const bool findingFirst = pick == Pick::Finding || (pick == Pick::Auto && (fv->hasFocus() || wb->currentItem() < 0));
    if (pick == Pick::Finding && !fcur.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("select a finding first"));
    if (fcur.isValid() && findingFirst) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(fv->model());
        const int row = proxy ? proxy->mapToSource(fcur).row() : fcur.row();
        const Finding &f = wb->findings()->model()->finding(row);
        a.target = QStringLiteral("finding");
        a.targetRef = f.id;
        a.code = f.code;
        if (f.offset >= 0)
            a.offset = f.offset;
        if (a.targetRef.isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("this finding has no id to refer to"));
        return a;
    }
    const int item = wb->currentItem();
    if (item < 0)
        return makeError(ErrorCode::InvalidArgument, tr("select a journal entry or a finding first"));
    if (item >= wb->session().recordCount())
        return makeError(ErrorCode::InvalidArgument, tr("the selected entry is out of range"));
    // The journal table lists records in storage order; the annotation names the record's
    // journal sequence and evidence offset.
    const session::RecordSummary r = wb->session().record(item);
    a.target = QStringLiteral("entry");
    a.seq = qint64(r.seq);
    a.offset = r.offset;
    return a;
}

Result<QString> CaseUi::selectionSubject(Pick pick)
{
    if (!m_controller->isOpen())
        return makeError(ErrorCode::InvalidArgument, tr("no case is open"));
    auto a = selectionTarget(pick);
    if (!a)
        return a.error();
    if (a->target == QLatin1String("finding"))
        return tr("finding %1 (%2)").arg(a->targetRef, a->code);
    return tr("entry seq %1").arg(a->seq.value_or(0));
}

Result<qint64> CaseUi::annotateSelection(const QString &kind, const QString &label, const QString &text, Pick pick)
{
    if (!m_controller->isOpen())
        return makeError(ErrorCode::InvalidArgument, tr("no case is open"));
    auto a = selectionTarget(pick);
    if (!a)
        return a.error();
    a->kind = kind;
    a->label = label;
    a->body = text;
    return m_controller->annotate(*a);
}

void CaseUi::annotateWithDialog(const QString &kind)
{
    auto subject = selectionSubject();
    if (!subject) {
        report(subject.error(), {});
        return;
    }
    AnnotationDialog d(kind, *subject, m_window);
    if (d.exec() != QDialog::Accepted)
        return;
    auto id = annotateSelection(kind, d.label(), d.text());
    // One sentence per kind: the kind is an English name, and the sentence agrees with it.
    const QString added = kind == QLatin1String("note") ? tr("Note added on %1.")
        : kind == QLatin1String("tag")                  ? tr("Tag added on %1.")
                                                        : tr("Bookmark added on %1.");
    report(id ? Status() : Status(id.error()), added.arg(*subject));
}

void CaseUi::exportReport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export case report"), {},
                                                      tr("HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString format = QFileInfo(path).suffix().toLower();
    if (!QStringList{QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("json"), QStringLiteral("csv")}.contains(format))
        format = filter.section(QLatin1Char(' '), 0, 0).toLower();
    report(m_controller->exportReport(format, path), tr("Report written: %1").arg(path));
}

} // namespace seedscope::ui
