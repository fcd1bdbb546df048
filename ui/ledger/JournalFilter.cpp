// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/JournalFilter.h"

#include "ledger/JournalModel.h"

namespace seedscope::ui {

JournalFilter::JournalFilter(QObject *parent) : QSortFilterProxyModel(parent) { setSortRole(JournalModel::SortRole); }

void JournalFilter::setCriteria(const JournalCriteria &c)
{
    m_c = c;
    invalidateFilter();
}

bool JournalFilter::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    auto cell = [&](int col, int role = Qt::DisplayRole) { return m->index(sourceRow, col, parent).data(role); };
    if (m_c.withFindingsOnly && !cell(0, JournalModel::HasFindingRole).toBool())
        return false;
    if (!m_c.type.isEmpty() && cell(JournalModel::Type).toString() != m_c.type)
        return false;
    if (!m_c.status.isEmpty() && !cell(JournalModel::Status).toString().startsWith(m_c.status, Qt::CaseInsensitive))
        return false;
    if (!m_c.account.isEmpty()) {
        const QString a = m_c.account.toLower();
        if (!cell(JournalModel::From).toString().startsWith(a) && !cell(JournalModel::To).toString().startsWith(a))
            return false;
    }
    if (m_c.lamportMin > 0 || m_c.lamportMax != ~qulonglong(0)) {
        const qulonglong l = cell(JournalModel::Lamport, JournalModel::SortRole).toULongLong();
        if (l < m_c.lamportMin || l > m_c.lamportMax)
            return false;
    }
    if (!m_c.search.isEmpty()) {
        for (int c = 0; c < JournalModel::ColumnCount; ++c)
            if (cell(c).toString().contains(m_c.search, Qt::CaseInsensitive))
                return true;
        return false;
    }
    return true;
}

} // namespace seedscope::ui
