// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingsModel.h"
#include "shell/CoreTerms.h"

#include <QApplication>
#include <QStyle>

namespace seedscope::ui {

void FindingsModel::setFindings(Findings findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_findings.size()); }
int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int FindingsModel::rank(const Finding &f)
{
    // Root causes (core names no cause for them) before their consequences, then by weight.
    const int consequence = f.cause.isEmpty() ? 0 : 100;
    if (f.verdict == Verdict::Tampering)
        return consequence;
    return consequence + 10 - 2 * int(f.severity) + (f.verdict == Verdict::None ? 1 : 0);
}

static QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Critical: return QObject::tr("Critical");
    case Severity::Error: return QObject::tr("Error");
    case Severity::Warning: return QObject::tr("Warning");
    case Severity::Info: return QObject::tr("Info");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityCol: return severityWord(f.severity);
        case Code: return f.code;
        case VerdictCol: return f.verdict == Verdict::None ? QString() : coreTerm(verdictName(f.verdict));
        case Where:
            return f.offset >= 0 ? QStringLiteral("0x%1 %2").arg(f.offset, 0, 16).arg(f.translated(FindingField::Location))
                                 : f.translated(FindingField::Location);
        case Subject: return f.translated(FindingField::Subject);
        case Explanation: return f.translated(FindingField::Explanation);
        }
    } else if (role == Qt::DecorationRole && index.column() == SeverityCol) {
        QStyle *st = QApplication::style();
        switch (f.severity) {
        case Severity::Critical:
        case Severity::Error: return st->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning: return st->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info: return st->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    } else if (role == Qt::ToolTipRole) {
        QString t = f.translated(FindingField::Explanation);
        if (!f.expected.isEmpty() || !f.found.isEmpty())
            t += QStringLiteral("\n")
                + tr("Expected: %1\nFound: %2").arg(f.translated(FindingField::Expected), f.translated(FindingField::Found));
        return t;
    } else if (role == RankRole) {
        return rank(f);
    } else if (role == SeverityRole) {
        return int(f.severity);
    } else if (role == OffsetRole) {
        return f.offset;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityCol: return tr("Severity");
    case Code: return tr("Code");
    case VerdictCol: return tr("Verdict");
    case Where: return tr("Where");
    case Subject: return tr("Subject");
    case Explanation: return tr("What it means");
    }
    return {};
}

} // namespace seedscope::ui
