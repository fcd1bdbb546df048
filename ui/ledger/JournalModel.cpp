// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/JournalModel.h"

#include "dump/DumpDocument.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QLocale>

namespace seedscope::ui {

QString formatAmount(qint64 minorUnits)
{
    const bool negative = minorUnits < 0;
    // Magnitude as unsigned so INT64_MIN does not overflow. Integers only (never a
    // float); digit grouping, decimal separator and sign follow the interface locale.
    const quint64 mag = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    const QLocale l;
    return QStringLiteral("%1%2%3%4")
        .arg(negative ? l.negativeSign() : QString(), l.toString(qulonglong(mag / 100)), l.decimalPoint())
        .arg(mag % 100, 2, 10, QLatin1Char('0'));
}

QString shortId(const QByteArray &id) { return id.isEmpty() ? QString() : QString::fromLatin1(id.left(4).toHex()); }

void JournalModel::setDocument(std::shared_ptr<const DumpDocument> doc)
{
    beginResetModel();
    m_doc = std::move(doc);
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_doc ? 0 : int(m_doc->opened.ledger.items.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

static QString signatureText(const ledger::EntryOutcome *o)
{
    if (!o)
        return QObject::tr("not checked");
    switch (o->verdict.status) {
    case ledger::SignatureStatus::Valid: return QObject::tr("valid");
    case ledger::SignatureStatus::UnknownKey: return QObject::tr("unknown key");
    case ledger::SignatureStatus::Invalid: return QObject::tr("INVALID");
    }
    return {};
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!m_doc || !index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const ledger::JournalItem &item = m_doc->opened.ledger.items.at(row);
    const ledger::EntryOutcome *o = m_doc->outcomeForItem(row);
    const int findings = m_doc->findingsByItem.value(row);
    if (role == HasFindingRole)
        return findings > 0;
    if (role == AccountsRole)
        return item.entry ? QStringList{shortId(item.entry->from), shortId(item.entry->to)} : QStringList{};
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        if (!item.entry) {
            switch (index.column()) {
            case Row: return row;
            case Seq: return sort ? QVariant(qulonglong(item.journalSeq)) : QVariant(QString::number(item.journalSeq));
            case Type: return tr("(undecodable)");
            case Status: return item.decodeError;
            case Findings: return findings;
            default: return {};
            }
        }
        const ledger::Entry &e = *item.entry;
        switch (index.column()) {
        case Row: return row;
        case Seq: return sort ? QVariant(qulonglong(item.journalSeq)) : QVariant(QString::number(item.journalSeq));
        case Lamport: return sort ? QVariant(qulonglong(e.lamport)) : QVariant(QString::number(e.lamport));
        case Device: return shortId(e.origin);
        case Type: return QString::fromLatin1(ledger::entryTypeName(e.type));
        case From: return shortId(e.from);
        case To: return shortId(e.to);
        case Amount: return sort ? QVariant(qlonglong(e.amount)) : QVariant(formatAmount(e.amount));
        case Status:
            return o ? QString::fromLatin1(ledger::entryStatusName(o->status)) +
                           (o->reason != ledger::RejectReason::None
                                ? QStringLiteral(" (%1)").arg(QString::fromLatin1(ledger::rejectReasonName(o->reason)))
                                : QString())
                     : tr("not replayed");
        case Signature: return signatureText(o);
        case Trust: return !o ? tr("not checked") : (o->verdict.certified ? tr("certified") : tr("not certified"));
        case Findings: return findings;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Amount || index.column() == Seq || index.column() == Lamport || index.column() == Row)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::FontRole) {
        if (index.column() == Device || index.column() == From || index.column() == To || index.column() == Amount)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Signature && o && o->verdict.status == ledger::SignatureStatus::Invalid)
            return QBrush(QColor(200, 30, 30));
    } else if (role == Qt::BackgroundRole) {
        if (findings > 0)
            return QBrush(QColor(230, 60, 60, 45));
    } else if (role == Qt::ToolTipRole) {
        if (o && !o->detail.isEmpty())
            return o->detail;
        if (findings > 0)
            return tr("%n finding(s) point into this record", nullptr, findings);
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {QT_TR_NOOP("#"), QT_TR_NOOP("Seq"), QT_TR_NOOP("Lamport"), QT_TR_NOOP("Device"),
                                  QT_TR_NOOP("Type"), QT_TR_NOOP("From"), QT_TR_NOOP("To"), QT_TR_NOOP("Amount"),
                                  QT_TR_NOOP("Status"), QT_TR_NOOP("Signature"), QT_TR_NOOP("Trust"), QT_TR_NOOP("Findings")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace seedscope::ui
