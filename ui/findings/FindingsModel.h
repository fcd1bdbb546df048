// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings of one evidence item as a table: severity (icon and word), code, verdict,
// where (offset and structural location), subject and the plain explanation. Sorting puts
// root causes first: tampering and critical findings before the damage they explain.

#include "findings/Finding.h"

#include <QAbstractTableModel>

namespace seedscope::ui {

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityCol, Code, VerdictCol, Where, Subject, Explanation, ColumnCount };
    enum Role { RankRole = Qt::UserRole + 1, SeverityRole, OffsetRole };

    explicit FindingsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setFindings(Findings findings);
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Root-cause rank: lower sorts first (tampering, then critical, error, ...).
    static int rank(const Finding &f);

private:
    Findings m_findings;
};

} // namespace seedscope::ui
