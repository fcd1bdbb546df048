// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/EvidenceListModel.h"

#include "util/Hex.h"

#include <QFont>
#include <QLocale>

namespace seedscope::ui {

int EvidenceListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int EvidenceListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EvidenceRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return r.identity.displayName;
        case Kind: return r.kind;
        case VerdictCol: return m_verdicts.at(index.row());
        case Size:
            return r.fileCount > 1 ? tr("%n file(s), %1", nullptr, r.fileCount).arg(QLocale().formattedDataSize(r.identity.size))
                                   : QLocale().formattedDataSize(r.identity.size);
        case Sha256: return toHex(r.identity.sha256);
        case Modified: return r.identity.modified.toString(Qt::ISODate);
        }
    } else if (role == Qt::ToolTipRole) {
        return r.identity.path;
    } else if (role == Qt::FontRole && index.column() == Sha256) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
    }
    return {};
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Evidence");
    case Kind: return tr("Kind");
    case VerdictCol: return tr("Verdict");
    case Size: return tr("Size");
    case Sha256: return tr("SHA-256 at open");
    case Modified: return tr("Modified (UTC)");
    }
    return {};
}

void EvidenceListModel::addRow(const EvidenceRow &row, const QString &verdict)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    m_verdicts.append(verdict);
    endInsertRows();
}

} // namespace seedscope::ui
