// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpWorkbench.h"

#include "charts/LedgerChart.h"
#include "dump/VerdictBanner.h"
#include "evidence/EvidenceTree.h"
#include "findings/FindingsPanel.h"
#include "hex/HexView.h"
#include "ledger/EntryInspector.h"
#include "ledger/JournalFilter.h"
#include "ledger/JournalModel.h"
#include "ledger/StateInspector.h"
#include "session/SessionLookup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace seedscope::ui {

DumpWorkbench::DumpWorkbench(SessionPtr session, DumpInputs inputs, QList<session::StructureNode> structure, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_inputs(std::move(inputs))
{
    setObjectName(QStringLiteral("dumpWorkbench"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    setCentralWidget(buildCentre());
    addDocks();

    if (const auto report = m_session->verifyReport()) {
        // Each root cause in a journal record names that entry: who paid whom how much.
        auto describe = [this](const Finding &f) -> QString {
            const int i = session::recordContaining(*m_session, f.offset);
            if (i < 0)
                return {};
            const session::RecordSummary r = m_session->record(i);
            if (!r.entryType)
                return tr("(record seq %1, %2)").arg(r.seq).arg(r.kind);
            QString text = tr("Entry seq %1: %2").arg(r.seq).arg(QString::fromLatin1(ledger::entryTypeName(*r.entryType)));
            if (!r.from.isEmpty() || !r.to.isEmpty())
                text += tr(" from %1 to %2").arg(shortId(r.from), shortId(r.to));
            text += tr(", amount %1").arg(formatAmount(r.amount));
            if (r.status)
                text += tr(", replay %1").arg(QString::fromLatin1(ledger::entryStatusName(*r.status)));
            return text + QLatin1Char('.');
        };
        m_banner->setReport(*report, m_session->image() && m_session->image()->keyMismatch, describe);
        m_findings->setFindings(report->findings);
    }
    m_journal->setSession(m_session);
    m_inspector->setSession(m_session);
    m_state->setSession(m_session);
    m_tree->setSession(m_session, m_inputs, std::move(structure));
    m_journalView->resizeColumnsToContents();
    onFiltered(m_journal->rowCount(), m_journal->recordCount());

    connect(m_journalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        const int item = cur.isValid() ? m_journal->storageIndex(cur.row()) : -1;
        if (item != m_inspector->currentItem())
            m_inspector->showItem(item);
        m_state->showItem(item);
        const int canonical = m_session->storageToCanonical(item);
        const auto o = m_session->outcome(canonical);
        const uint64_t lamport = o ? o->lamport : 0;
        m_trustChart->markEntry(o ? canonical : -1, lamport);
        m_poolChart->markEntry(o ? canonical : -1, lamport);
    });
    auto fromChart = [this](int canonical) { selectItem(m_session->canonicalToStorage(canonical)); };
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
    m_filter = new JournalFilter(m_journal, this);
    connect(m_filter, &JournalFilter::finished, this, &DumpWorkbench::onFiltered);
    connect(m_filter, &JournalFilter::started, this, [this] { m_count->setText(tr("filtering…")); });
    m_journalView = new QTableView;
    m_journalView->setObjectName(QStringLiteral("journalTable"));
    m_journalView->setModel(m_journal);
    // Header clicks ask core's filter to sort; the model never sorts on this thread.
    m_journalView->setSortingEnabled(true);
    m_journalView->horizontalHeader()->setSortIndicator(JournalModel::Row, Qt::AscendingOrder);
    m_journalView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_journalView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_journalView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_journalView->verticalHeader()->hide();
    m_journalView->verticalHeader()->setDefaultSectionSize(m_journalView->fontMetrics().height() + 6);
    m_journalView->horizontalHeader()->setStretchLastSection(true);
    // Column widths come from the first rows only: sizing never walks a long journal.
    m_journalView->horizontalHeader()->setResizeContentsPrecision(200);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search the journal…"));
    m_search->setToolTip(tr("Search the journal: sequence, Lamport, type, accounts or status"));
    m_search->setClearButtonEnabled(true);
    m_account = new QLineEdit;
    m_account->setObjectName(QStringLiteral("journalAccount"));
    m_account->setPlaceholderText(tr("Account"));
    m_account->setToolTip(tr("Account (hex prefix of the sender or receiver)"));
    m_account->setClearButtonEnabled(true);
    m_account->setMaximumWidth(170);
    m_account->setMinimumWidth(80);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("journalType"));
    m_type->addItem(tr("All types"), -1);
    for (int t = 1; t <= 9; ++t)
        m_type->addItem(QString::fromLatin1(ledger::entryTypeName(ledger::EntryType(t))), t);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->addItem(tr("Any status"), -1);
    for (ledger::EntryStatus st : {ledger::EntryStatus::Valid, ledger::EntryStatus::Rejected, ledger::EntryStatus::Duplicate,
                                   ledger::EntryStatus::Pending, ledger::EntryStatus::Orphaned})
        m_status->addItem(QString::fromLatin1(ledger::entryStatusName(st)), int(st));
    m_status->addItem(tr("not replayed"), session::RecordCriteria::kNotReplayed);
    auto *digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,20}")), this);
    m_lamportMin = new QLineEdit;
    m_lamportMin->setObjectName(QStringLiteral("lamportMin"));
    m_lamportMin->setPlaceholderText(tr("Lamport ≥"));
    m_lamportMin->setValidator(digits);
    m_lamportMin->setMinimumWidth(m_lamportMin->fontMetrics().horizontalAdvance(m_lamportMin->placeholderText()) + 24);
    m_lamportMin->setMaximumWidth(160);
    m_lamportMax = new QLineEdit;
    m_lamportMax->setObjectName(QStringLiteral("lamportMax"));
    m_lamportMax->setPlaceholderText(tr("Lamport ≤"));
    m_lamportMax->setValidator(digits);
    m_lamportMax->setMinimumWidth(m_lamportMax->fontMetrics().horizontalAdvance(m_lamportMax->placeholderText()) + 24);
    m_lamportMax->setMaximumWidth(160);
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("journalOrder"));
    m_order->addItem(tr("Storage order"), int(session::RecordCriteria::Order::Storage));
    m_order->addItem(tr("Canonical order"), int(session::RecordCriteria::Order::Canonical));
    m_withFindings = new QCheckBox(tr("With findings"));
    m_withFindings->setToolTip(tr("Only records that findings point into"));
    m_withFindings->setObjectName(QStringLiteral("withFindings"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("journalCount"));
    // Typing restarts the filter after a short pause instead of on every key.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filterDelay, &QTimer::timeout, this, &DumpWorkbench::applyFilter);
    for (QLineEdit *e : {m_search, m_account, m_lamportMin, m_lamportMax})
        connect(e, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    for (QComboBox *b : {m_type, m_status, m_order})
        connect(b, &QComboBox::currentIndexChanged, this, &DumpWorkbench::applyFilter);
    connect(m_withFindings, &QCheckBox::toggled, this, &DumpWorkbench::applyFilter);

    // The filter controls keep their whole words in every language: the journal's minimum
    // width comes from them, and the docks around it give way instead.
    for (QComboBox *b : {m_type, m_status, m_order})
        b->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_lamportMin);
    bar->addWidget(new QLabel(QStringLiteral("–")));
    bar->addWidget(m_lamportMax);
    bar->addWidget(m_count);
    auto *bar2 = new QHBoxLayout;
    bar2->addWidget(m_account, 1);
    bar2->addWidget(m_type);
    bar2->addWidget(m_status);
    bar2->addWidget(m_order);
    bar2->addWidget(m_withFindings);
    auto *w = new QWidget;
    auto *box = new QVBoxLayout(w);
    box->setContentsMargins(4, 4, 4, 4);
    box->addWidget(m_banner);
    box->addLayout(bar);
    box->addLayout(bar2);
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
    // Device, slot and block names must stay readable whatever the other docks take; the
    // width they need depends on the language, so it is read off the filled tree at show.
    m_tree->setMinimumWidth(m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_findings = new FindingsPanel;
    m_inspector = new EntryInspector;
    m_state = new StateInspector;
    QDockWidget *tree = dock(m_tree, tr("Evidence structure"), "structureDock", Qt::LeftDockWidgetArea);
    QDockWidget *findings = dock(m_findings, tr("Findings"), "findingsDock", Qt::BottomDockWidgetArea);
    m_trustChart = new LedgerChart(LedgerChart::Kind::Trust, m_session);
    m_poolChart = new LedgerChart(LedgerChart::Kind::Pools, m_session);
    auto *charts = new QTabWidget;
    charts->setObjectName(QStringLiteral("chartTabs"));
    charts->addTab(m_trustChart, tr("Trust scores"));
    charts->addTab(m_poolChart, tr("Group pools"));
    QDockWidget *chartDock = dock(charts, tr("Charts"), "chartsDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, chartDock);
    findings->raise();
    // Charts need height to be read (the trust bands are 100 apart on a 0–1000 scale): the
    // bottom area grows while they are in front and gives the room back to the journal after.
    connect(chartDock, &QDockWidget::visibilityChanged, this, [this, chartDock, findings](bool visible) {
        if (isVisible() && !m_initialSizes)
            resizeDocks({visible ? chartDock : findings}, {visible ? qMax(320, height() * 48 / 100) : height() / 4}, Qt::Vertical);
    });
    QDockWidget *insp = dock(m_inspector, tr("Entry inspector"), "inspectorDock", Qt::RightDockWidgetArea);
    QDockWidget *state = dock(m_state, tr("State (time travel: Alt+←/→)"), "stateDock", Qt::RightDockWidgetArea);
    splitDockWidget(insp, state, Qt::Vertical);
    // Sizes apply once the window is first shown at its real size (showEvent).
    m_initialSizes = [this, tree, insp, state, findings] {
        // The structure tree as wide as its expanded names (at most a fifth of the window),
        // the journal at least as wide as its filter bar, the inspector as its contents ask
        // (16 hex bytes a line when it gets the room, 8 otherwise). resizeDocks() alone does
        // not move the split while the journal is at its minimum width, so the tree's width
        // is pinned for one layout pass and then left to the user.
        const int treeWidth = qBound(160, m_tree->contentWidth(), width() / 5);
        const int treeMin = m_tree->minimumWidth();
        m_tree->setMinimumWidth(treeWidth);
        resizeDocks({tree}, {treeWidth}, Qt::Horizontal);
        layout()->activate();
        m_tree->setMinimumWidth(treeMin);
        resizeDocks({findings}, {height() / 4}, Qt::Vertical);
        resizeDocks({insp, state}, {330, 250}, Qt::Vertical);
    };
}

void DumpWorkbench::showEvent(QShowEvent *e)
{
    QMainWindow::showEvent(e);
    if (m_initialSizes) {
        QTimer::singleShot(0, this, std::exchange(m_initialSizes, nullptr));
        // Opened on what matters: the first root cause's entry, bytes and state.
        if (!m_banner->rootCauses().isEmpty() && m_banner->verdict() != OverallVerdict::Clean)
            QTimer::singleShot(0, this, [this] {
                if (currentItem() < 0)
                    jumpToFinding(m_banner->rootCauses().first());
            });
    }
}

void DumpWorkbench::applyFilter()
{
    m_filterDelay->stop();
    session::RecordCriteria c = m_filter->criteria();
    c.search = m_search->text().trimmed();
    c.account = m_account->text().trimmed();
    c.entryType = m_type->currentData().toInt();
    c.status = m_status->currentData().toInt();
    c.withFindingsOnly = m_withFindings->isChecked();
    bool ok = false;
    const qulonglong lo = m_lamportMin->text().toULongLong(&ok);
    c.lamportMin = ok ? lo : 0;
    const qulonglong hi = m_lamportMax->text().toULongLong(&ok);
    c.lamportMax = ok ? hi : UINT64_MAX;
    const auto order = session::RecordCriteria::Order(m_order->currentData().toInt());
    // The order box picks storage or canonical order; a header click may pick another column.
    if (order == session::RecordCriteria::Order::Canonical || c.order == session::RecordCriteria::Order::Canonical) {
        c.order = order;
        c.descending = false;
        m_journalView->horizontalHeader()->setSortIndicator(JournalModel::Row, Qt::AscendingOrder);
    }
    m_filter->setCriteria(c);
}

void DumpWorkbench::clearFilters()
{
    const QSignalBlocker b1(m_search), b2(m_account), b3(m_type), b4(m_status), b5(m_withFindings), b6(m_lamportMin), b7(m_lamportMax);
    m_search->clear();
    m_account->clear();
    m_type->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_withFindings->setChecked(false);
    m_lamportMin->clear();
    m_lamportMax->clear();
    applyFilter();
}

void DumpWorkbench::onFiltered(int shown, int total)
{
    m_count->setText(shown == total ? tr("%n record(s)", nullptr, total) : tr("%1 of %n record(s)", nullptr, total).arg(shown));
    if (m_pendingSelect >= 0 && !m_filter->isRunning()) {
        const int item = std::exchange(m_pendingSelect, -1);
        selectItem(item);
    }
}

int DumpWorkbench::currentItem() const
{
    const QModelIndex cur = m_journalView->currentIndex();
    return cur.isValid() ? m_journal->storageIndex(cur.row()) : -1;
}

void DumpWorkbench::selectItem(int item)
{
    if (item < 0 || item >= m_journal->recordCount())
        return;
    const int row = m_journal->rowOfStorage(item);
    if (row < 0 || m_filter->isRunning()) {
        // Hidden by a filter, or a pass is running: clear the filters; the jump lands when
        // the new rows arrive (onFiltered).
        m_pendingSelect = item;
        if (row < 0)
            clearFilters();
        return;
    }
    const QModelIndex idx = m_journal->index(row, 0);
    m_journalView->setCurrentIndex(idx);
    m_journalView->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

void DumpWorkbench::step(int delta)
{
    const int rows = m_journal->rowCount();
    if (rows == 0)
        return;
    const QModelIndex cur = m_journalView->currentIndex();
    const int row = qBound(0, (cur.isValid() ? cur.row() : (delta > 0 ? -1 : rows)) + delta, rows - 1);
    m_journalView->setCurrentIndex(m_journal->index(row, 0));
}

void DumpWorkbench::jumpToFinding(const Finding &f)
{
    const int item = session::recordContaining(*m_session, f.offset);
    if (item >= 0) {
        selectItem(item);
        m_inspector->showItem(item, f.offset, qMax<qint64>(f.length, 1));
    } else if (f.offset >= 0) {
        m_inspector->showBytes(tr("%1 (%2)").arg(f.code, f.location), f.offset, qMax<qint64>(f.length, 1));
    }
}

} // namespace seedscope::ui
