// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingsFilter.h"

#include "findings/FindingsModel.h"

namespace seedscope::ui {

void FindingsFilter::setMinimumSeverity(int severity)
{
    m_minSeverity = severity;
    invalidateFilter();
}

void FindingsFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (first.data(FindingsModel::SeverityRole).toInt() < m_minSeverity)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < sourceModel()->columnCount(sourceParent); ++c)
        if (sourceModel()->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

bool FindingsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QModelIndex l0 = left.siblingAtColumn(0), r0 = right.siblingAtColumn(0);
    const int lr = l0.data(FindingsModel::RankRole).toInt(), rr = r0.data(FindingsModel::RankRole).toInt();
    if (lr != rr)
        return lr < rr;
    const QString lc = left.siblingAtColumn(FindingsModel::Code).data().toString();
    const QString rc = right.siblingAtColumn(FindingsModel::Code).data().toString();
    if (lc != rc)
        return lc < rc;
    return l0.data(FindingsModel::OffsetRole).toLongLong() < r0.data(FindingsModel::OffsetRole).toLongLong();
}

} // namespace seedscope::ui
