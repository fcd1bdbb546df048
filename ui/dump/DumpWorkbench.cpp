// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpWorkbench.h"

#include "charts/LedgerChart.h"
#include "dump/DumpDocument.h"
#include "dump/VerdictBanner.h"
#include "evidence/EvidenceTree.h"
#include "findings/FindingsPanel.h"
#include "ledger/EntryInspector.h"
#include "ledger/JournalFilter.h"
#include "ledger/JournalModel.h"
#include "ledger/StateInspector.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace seedscope::ui {

DumpWorkbench::DumpWorkbench(std::shared_ptr<const DumpDocument> doc, QWidget *parent)
    : QMainWindow(parent), m_doc(std::move(doc))
{
    setObjectName(QStringLiteral("dumpWorkbench"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    setCentralWidget(buildCentre());
    addDocks();

    m_banner->setReport(m_doc->report, m_doc->keyDecryptsNothing);
    m_journal->setDocument(m_doc);
    m_findings->setFindings(m_doc->report.findings);
    m_inspector->setDocument(m_doc);
    m_state->setDocument(m_doc);
    m_tree->setDocument(m_doc);
    m_journalView->resizeColumnsToContents();

    connect(m_journalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        const int item = cur.isValid() ? m_filter->mapToSource(cur).row() : -1;
        if (item != m_inspector->currentItem())
            m_inspector->showItem(item);
        m_state->showItem(item);
        const int canonical = m_doc->canonicalByStorage.value(item, -1);
        const uint64_t lamport = canonical >= 0 ? m_doc->replay->timeline.outcome(canonical).entry.lamport : 0;
        m_trustChart->markEntry(canonical, lamport);
        m_poolChart->markEntry(canonical, lamport);
    });
    auto fromChart = [this](int canonical) {
        if (m_doc->replay && canonical >= 0 && canonical < m_doc->replay->timeline.size())
            selectItem(m_doc->replay->timeline.outcome(canonical).storageIndex);
    };
    connect(m_trustChart, &LedgerChart::entryClicked, this, fromChart);
    connect(m_poolChart, &LedgerChart::entryClicked, this, fromChart);
    connect(m_findings, &FindingsPanel::findingSelected, this, &DumpWorkbench::jumpToFinding);
    connect(m_banner, &VerdictBanner::rootCauseActivated, this, &DumpWorkbench::jumpToFinding);
    connect(m_inspector, &EntryInspector::entryRequested, this, &DumpWorkbench::selectItem);
    connect(m_tree, &EvidenceTree::bytesRequested, m_inspector, &EntryInspector::showBytes);

    // Time travel: step through the journal without leaving the inspector.
    auto addStep = [this](const QList<QKeySequence> &keys, int delta, const QString &name) {
        auto *a = new QAction(name, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, delta] { step(delta); });
        addAction(a);
    };
    addStep({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_BracketLeft)}, -1, tr("Previous entry"));
    addStep({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_BracketRight)}, +1, tr("Next entry"));
}

QWidget *DumpWorkbench::buildCentre()
{
    m_banner = new VerdictBanner;
    m_journal = new JournalModel(this);
    m_filter = new JournalFilter(this);
    m_filter->setSourceModel(m_journal);
    m_journalView = new QTableView;
    m_journalView->setObjectName(QStringLiteral("journalTable"));
    m_journalView->setModel(m_filter);
    m_journalView->setSortingEnabled(true);
    m_journalView->sortByColumn(JournalModel::Row, Qt::AscendingOrder);
    m_journalView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_journalView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_journalView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_journalView->verticalHeader()->hide();
    m_journalView->verticalHeader()->setDefaultSectionSize(m_journalView->fontMetrics().height() + 6);
    m_journalView->horizontalHeader()->setStretchLastSection(true);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search the journal…"));
    m_search->setClearButtonEnabled(true);
    m_account = new QLineEdit;
    m_account->setPlaceholderText(tr("Account (hex prefix)"));
    m_account->setMaximumWidth(160);
    // The filters can be narrow beside the docks: the tooltip keeps the hint readable.
    m_search->setToolTip(m_search->placeholderText());
    m_account->setToolTip(m_account->placeholderText());
    m_type = new QComboBox;
    m_type->addItem(tr("All types"), QString());
    for (int t = 1; t <= 9; ++t) {
        const QString name = QString::fromLatin1(ledger::entryTypeName(ledger::EntryType(t)));
        m_type->addItem(name, name);
    }
    m_withFindings = new QCheckBox(tr("Only entries with findings"));
    m_withFindings->setObjectName(QStringLiteral("withFindings"));
    connect(m_search, &QLineEdit::textChanged, this, &DumpWorkbench::applyFilter);
    connect(m_account, &QLineEdit::textChanged, this, &DumpWorkbench::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DumpWorkbench::applyFilter);
    connect(m_withFindings, &QCheckBox::toggled, this, &DumpWorkbench::applyFilter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Journal:")));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_account);
    bar->addWidget(m_type);
    bar->addWidget(m_withFindings);
    auto *w = new QWidget;
    auto *box = new QVBoxLayout(w);
    box->setContentsMargins(4, 4, 4, 4);
    box->addWidget(m_banner);
    box->addLayout(bar);
    box->addWidget(m_journalView, 1);
    // The journal is the workbench's spine: docks give way before it shrinks below this.
    w->setMinimumHeight(260);
    return w;
}

void DumpWorkbench::addDocks()
{
    auto dock = [this](QWidget *w, const QString &title, const char *name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(w);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, d);
        return d;
    };
    m_tree = new EvidenceTree;
    m_findings = new FindingsPanel;
    m_inspector = new EntryInspector;
    m_state = new StateInspector;
    QDockWidget *tree = dock(m_tree, tr("Evidence structure"), "structureDock", Qt::LeftDockWidgetArea);
    QDockWidget *findings = dock(m_findings, tr("Findings"), "findingsDock", Qt::BottomDockWidgetArea);
    m_trustChart = new LedgerChart(LedgerChart::Kind::Trust, m_doc->series);
    m_poolChart = new LedgerChart(LedgerChart::Kind::Pools, m_doc->series);
    auto *charts = new QTabWidget;
    charts->setObjectName(QStringLiteral("chartTabs"));
    charts->addTab(m_trustChart, tr("Trust scores"));
    charts->addTab(m_poolChart, tr("Group pools"));
    QDockWidget *chartDock = dock(charts, tr("Charts"), "chartsDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, chartDock);
    findings->raise();
    QDockWidget *insp = dock(m_inspector, tr("Entry inspector"), "inspectorDock", Qt::RightDockWidgetArea);
    QDockWidget *state = dock(m_state, tr("State (time travel: Alt+←/→)"), "stateDock", Qt::RightDockWidgetArea);
    splitDockWidget(insp, state, Qt::Vertical);
    // Sizes apply once the window is first shown at its real size (showEvent).
    m_initialSizes = [this, tree, insp, state, findings] {
        resizeDocks({tree, insp}, {230, 520}, Qt::Horizontal);
        resizeDocks({findings}, {height() / 4}, Qt::Vertical);
        resizeDocks({insp, state}, {330, 250}, Qt::Vertical);
    };
}

void DumpWorkbench::showEvent(QShowEvent *e)
{
    QMainWindow::showEvent(e);
    if (m_initialSizes)
        QTimer::singleShot(0, this, std::exchange(m_initialSizes, nullptr));
}

void DumpWorkbench::applyFilter()
{
    JournalCriteria c;
    c.search = m_search->text().trimmed();
    c.account = m_account->text().trimmed();
    c.type = m_type->currentData().toString();
    c.withFindingsOnly = m_withFindings->isChecked();
    m_filter->setCriteria(c);
}

int DumpWorkbench::currentItem() const
{
    const QModelIndex cur = m_journalView->currentIndex();
    return cur.isValid() ? m_filter->mapToSource(cur).row() : -1;
}

void DumpWorkbench::selectItem(int item)
{
    if (item < 0 || item >= m_journal->rowCount())
        return;
    QModelIndex proxy = m_filter->mapFromSource(m_journal->index(item, 0));
    if (!proxy.isValid()) { // hidden by a filter: clear filters so the jump lands
        m_search->clear();
        m_account->clear();
        m_type->setCurrentIndex(0);
        m_withFindings->setChecked(false);
        proxy = m_filter->mapFromSource(m_journal->index(item, 0));
    }
    m_journalView->setCurrentIndex(proxy);
    m_journalView->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
}

void DumpWorkbench::step(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex cur = m_journalView->currentIndex();
    const int row = qBound(0, (cur.isValid() ? cur.row() : (delta > 0 ? -1 : rows)) + delta, rows - 1);
    m_journalView->setCurrentIndex(m_filter->index(row, 0));
}

void DumpWorkbench::jumpToFinding(const Finding &f)
{
    const int item = m_doc->itemAtOffset(f.offset);
    if (item >= 0) {
        selectItem(item);
        m_inspector->showItem(item, f.offset, qMax<qint64>(f.length, 1));
    } else if (f.offset >= 0) {
        m_inspector->showBytes(tr("%1 (%2)").arg(f.code, f.location), f.offset, qMax<qint64>(f.length, 1));
    }
}

} // namespace seedscope::ui
