// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal of one dump as a table over core's record index (EvidenceSession): one row
// per journal record. The rows shown are a list of storage indices that core's
// RecordFilter computed off the GUI thread (all records, in storage order, until a
// filter or sort says otherwise); data() formats a cell only when a view asks for it, so
// a long journal costs nothing until scrolled.

#include "dump/DumpInputs.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace seedscope::ui {

class JournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Row, Seq, Lamport, Device, Type, From, To, Amount, Status, Signature, Trust, Findings, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, AccountsRole, HasFindingRole, StorageIndexRole };

    explicit JournalModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setSession(SessionPtr session);
    const session::EvidenceSession *session() const { return m_session.get(); }
    SessionPtr sessionPtr() const { return m_session; }
    // Shows these storage indices in this order; null = every record in storage order.
    void setRows(std::shared_ptr<const std::vector<int>> rows);
    int recordCount() const; // rows before any filter

    int storageIndex(int row) const;   // -1 when out of range
    int rowOfStorage(int storageIndex) const; // -1 when the record is not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorting is core's (RecordFilter): the view's request is passed on, never done here.
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void sortRequested(int column, Qt::SortOrder order);

private:
    // A view asks for many roles and columns of one row in a row: the summary of the last
    // record asked for is kept, so each row costs one index lookup, not one per cell.
    const session::RecordSummary &summary(int storageIndex) const;

    SessionPtr m_session;
    std::shared_ptr<const std::vector<int>> m_rows;
    mutable session::RecordSummary m_last;
};

// Integer minor units as "-12.34" (two decimals), never through floating point.
QString formatAmount(qint64 minorUnits);
// The short form ids are shown in: the first 8 hex digits.
QString shortId(QByteArrayView id);

} // namespace seedscope::ui
