// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal of one dump as a table, one row per ENTRY record in storage order. Rows
// come from the document core built; data() formats a cell only when a view asks for it,
// so a long journal costs nothing until scrolled.

#include <QAbstractTableModel>

#include <memory>

namespace seedscope::ui {

struct DumpDocument;

class JournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Row, Seq, Lamport, Device, Type, From, To, Amount, Status, Signature, Trust, Findings, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, AccountsRole, HasFindingRole };

    explicit JournalModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setDocument(std::shared_ptr<const DumpDocument> doc);
    const DumpDocument *document() const { return m_doc.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const DumpDocument> m_doc;
};

// Integer minor units as "-12.34" (two decimals), never through floating point.
QString formatAmount(qint64 minorUnits);
// The short form ids are shown in: the first 8 hex digits.
QString shortId(const QByteArray &id);

} // namespace seedscope::ui
