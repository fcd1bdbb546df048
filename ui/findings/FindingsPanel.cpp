// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingsPanel.h"

#include "findings/FindingsFilter.h"
#include "findings/FindingsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace seedscope::ui {

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new FindingsModel(this);
    m_filter = new FindingsFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("findingsTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    m_severity = new QComboBox;
    m_severity->addItem(tr("All severities"), 0);
    m_severity->addItem(tr("Warnings and worse"), 1);
    m_severity->addItem(tr("Errors and worse"), 2);
    m_severity->addItem(tr("Critical only"), 3);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search findings (code, offset, subject, text)…"));
    m_search->setClearButtonEnabled(true);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumSeverity(m_severity->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilter::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        if (cur.isValid())
            Q_EMIT findingSelected(m_model->finding(m_filter->mapToSource(cur).row()));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_severity);
    bar->addWidget(m_search, 1);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(2, 2, 2, 2);
    box->addLayout(bar);
    box->addWidget(m_view);
}

void FindingsPanel::setFindings(const Findings &findings)
{
    m_model->setFindings(findings);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < FindingsModel::Explanation; ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 260));
}

void FindingsPanel::selectRow(int visibleRow)
{
    if (visibleRow >= 0 && visibleRow < m_filter->rowCount())
        m_view->setCurrentIndex(m_filter->index(visibleRow, 0));
}

} // namespace seedscope::ui
