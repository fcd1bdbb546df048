// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/EvidenceFile.h"

#include <QAbstractTableModel>
#include <QList>

namespace seedscope::ui {

// One row per opened evidence item: what it is and the hash it was opened with.
struct EvidenceRow {
    QString kind; // "Seed dump", "Omega directory", ...
    EvidenceIdentity identity;
    int fileCount = 1;
};

class EvidenceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, VerdictCol, Size, Sha256, Modified, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // verdict: the overall verdict word once verified (dumps), empty otherwise.
    void addRow(const EvidenceRow &row, const QString &verdict = {});
    const EvidenceRow &row(int i) const { return m_rows.at(i); }

private:
    QList<EvidenceRow> m_rows;
    QStringList m_verdicts;
};

} // namespace seedscope::ui
