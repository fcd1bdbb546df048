// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sort and filter for the findings table: root causes first, then by code (so findings
// of one code sit together), a severity floor and a case-insensitive text search.

#include <QSortFilterProxyModel>

namespace seedscope::ui {

class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumSeverity(int severity);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_minSeverity = 0;
    QString m_search;
};

} // namespace seedscope::ui
