// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/JournalModel.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QLocale>

#include <algorithm>

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

QString shortId(QByteArrayView id) { return id.isEmpty() ? QString() : QString::fromLatin1(id.first(qMin<qsizetype>(4, id.size())).toByteArray().toHex()); }

const session::RecordSummary &JournalModel::summary(int storageIndex) const
{
    if (m_last.index != storageIndex)
        m_last = m_session->record(storageIndex);
    return m_last;
}

void JournalModel::setSession(SessionPtr session)
{
    beginResetModel();
    m_session = std::move(session);
    m_last = {};
    m_rows.reset();
    endResetModel();
}

void JournalModel::setRows(std::shared_ptr<const std::vector<int>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int JournalModel::recordCount() const { return m_session ? m_session->recordCount() : 0; }

int JournalModel::storageIndex(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_rows ? (*m_rows)[size_t(row)] : row;
}

int JournalModel::rowOfStorage(int storageIndex) const
{
    if (!m_rows)
        return storageIndex >= 0 && storageIndex < recordCount() ? storageIndex : -1;
    const auto it = std::find(m_rows->begin(), m_rows->end(), storageIndex);
    return it == m_rows->end() ? -1 : int(it - m_rows->begin());
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session)
        return 0;
    return m_rows ? int(m_rows->size()) : m_session->recordCount();
}

int JournalModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void JournalModel::sort(int column, Qt::SortOrder order) { Q_EMIT sortRequested(column, order); }

namespace {
QString signatureText(session::SignatureState s)
{
    switch (s) {
    case session::SignatureState::NotChecked: return QObject::tr("not checked");
    case session::SignatureState::Valid: return QObject::tr("valid");
    case session::SignatureState::UnknownKey: return QObject::tr("unknown key");
    case session::SignatureState::Invalid: return QObject::tr("INVALID");
    }
    return {};
}
QString trustText(session::TrustState t)
{
    switch (t) {
    case session::TrustState::NotChecked: return QObject::tr("not checked");
    case session::TrustState::Trusted: return QObject::tr("certified");
    case session::TrustState::Untrusted: return QObject::tr("not certified");
    }
    return {};
}
} // namespace

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !index.isValid() || index.row() >= rowCount())
        return {};
    const int storage = storageIndex(index.row());
    if (role == StorageIndexRole)
        return storage;
    const session::RecordSummary &r = summary(storage);
    const bool finding = r.has(session::HasFinding);
    if (role == HasFindingRole)
        return finding;
    if (role == AccountsRole)
        return QStringList{shortId(r.from), shortId(r.to)};
    const bool entry = r.has(session::IsEntry);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Row: return storage;
        case Seq: return sort ? QVariant(qulonglong(r.seq)) : QVariant(QString::number(r.seq));
        case Lamport: return sort ? QVariant(qulonglong(r.lamport)) : QVariant(QString::number(r.lamport));
        case Device:
            return r.deviceIndex >= 0 && r.deviceIndex < m_session->devices().size() ? shortId(m_session->devices()[r.deviceIndex]) : QString();
        case Type:
            if (r.entryType)
                return QString::fromLatin1(ledger::entryTypeName(*r.entryType));
            return r.recordType == uint8_t(dump::RecordType::Entry) ? tr("(undecodable)") : r.kind;
        case From: return shortId(r.from);
        case To: return shortId(r.to);
        case Amount:
            if (!entry)
                return {};
            return sort ? QVariant(qlonglong(r.amount)) : QVariant(formatAmount(r.amount));
        case Status: {
            if (!r.status)
                return entry ? tr("not replayed") : QString();
            QString s = QString::fromLatin1(ledger::entryStatusName(*r.status));
            if (!sort && *r.status != ledger::EntryStatus::Valid)
                if (const auto o = m_session->outcome(r.canonicalIndex); o && o->reason != ledger::RejectReason::None)
                    s += QStringLiteral(" (%1)").arg(QString::fromLatin1(ledger::rejectReasonName(o->reason)));
            return s;
        }
        case Signature: return entry ? signatureText(r.signature) : QString();
        case Trust: return entry ? trustText(r.trust) : QString();
        case Findings: return finding ? tr("yes") : QString();
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Amount || index.column() == Seq || index.column() == Lamport || index.column() == Row)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::FontRole) {
        if (index.column() == Device || index.column() == From || index.column() == To || index.column() == Amount)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Signature && r.signature == session::SignatureState::Invalid)
            return QBrush(QColor(200, 30, 30));
    } else if (role == Qt::BackgroundRole) {
        if (finding)
            return QBrush(QColor(230, 60, 60, 45));
    } else if (role == Qt::ToolTipRole) {
        if (const auto o = m_session->outcome(r.canonicalIndex); o && !o->detail().isEmpty())
            return o->detail();
        if (finding)
            return tr("Findings point into this record");
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
