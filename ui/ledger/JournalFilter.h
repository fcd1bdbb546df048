// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sort and filter for the journal table: account, type, status, "has a finding", a
// Lamport range and free-text search. Rows are tested one at a time from the model's
// lazily formatted cells; for the journals Seed devices hold (a few thousand entries)
// this stays well under a frame.

#include <QSortFilterProxyModel>

namespace seedscope::ui {

struct JournalCriteria {
    QString account;    // hex prefix of from or to
    QString type;       // entry type name, empty = any
    QString status;     // status prefix, empty = any
    bool withFindingsOnly = false;
    qulonglong lamportMin = 0;
    qulonglong lamportMax = ~qulonglong(0);
    QString search;     // any cell contains it
};

class JournalFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit JournalFilter(QObject *parent = nullptr);
    void setCriteria(const JournalCriteria &c);
    const JournalCriteria &criteria() const { return m_c; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    JournalCriteria m_c;
};

} // namespace seedscope::ui
