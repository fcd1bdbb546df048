// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/EntryInspector.h"
#include "shell/CoreTerms.h"

#include "hex/HexView.h"
#include "ledger/JournalModel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seedscope::ui {
namespace {
enum { OffsetRole = Qt::UserRole + 1, LengthRole, ItemRole };

} // namespace

EntryInspector::EntryInspector(QWidget *parent) : QWidget(parent)
{
    m_fields = new QTreeWidget;
    m_fields->setObjectName(QStringLiteral("entryFields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_hex = new HexView;
    m_hex->setObjectName(QStringLiteral("hexView"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_fields);
    split->addWidget(m_hex);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(split);

    connect(m_fields, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *cur) {
        if (!cur)
            return;
        const qint64 off = cur->data(0, OffsetRole).toLongLong();
        const qint64 len = cur->data(0, LengthRole).toLongLong();
        if (len > 0)
            m_hex->setHighlight(off, len);
    });
    connect(m_fields, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it) {
        const QVariant target = it->data(0, ItemRole);
        if (target.isValid())
            Q_EMIT entryRequested(target.toInt());
    });
}

void EntryInspector::setSession(SessionPtr session)
{
    m_session = std::move(session);
    m_fields->clear();
    m_item = -1;
    m_window.clear();
    m_windowBase = -1;
    m_hex->setData(QByteArrayView(), 0);
    if (!m_session)
        return;
    QList<QPair<qint64, qint64>> damaged;
    if (const auto report = m_session->verifyReport())
        for (const auto &r : report->regions)
            if (r.length > 0)
                damaged.append({r.offset, r.length});
    m_hex->setDamaged(damaged);
}

void EntryInspector::showWindow(qint64 offset, qint64 length)
{
    if (!m_session || offset < 0)
        return;
    constexpr qint64 kWindow = 256 * 1024; // bytes either side of what is shown
    const qint64 end = offset + qMax<qint64>(length, 1);
    if (m_windowBase >= 0 && offset >= m_windowBase && end <= m_windowBase + m_window.size())
        return;
    const qint64 base = qMax<qint64>(0, offset - kWindow) & ~qint64(15); // whole hex lines
    m_window = m_session->bytes(base, end - base + kWindow);
    m_windowBase = base;
    m_hex->setData(m_window, base);
}

QTreeWidgetItem *EntryInspector::addField(QTreeWidgetItem *parent, const QString &name, const QString &value, qint64 offset,
                                          qint64 length)
{
    auto *it = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_fields);
    it->setText(0, name);
    it->setText(1, value);
    it->setToolTip(1, value);
    if (length > 0) {
        it->setData(0, OffsetRole, offset);
        it->setData(0, LengthRole, length);
        it->setText(0, name + QStringLiteral("  @0x%1").arg(offset, 0, 16));
    }
    return it;
}

void EntryInspector::showBytes(const QString &title, qint64 offset, qint64 length)
{
    m_fields->clear();
    m_item = -1;
    addField(nullptr, title, tr("%n byte(s)", nullptr, int(qMin<qint64>(length, INT_MAX))), offset, length);
    if (length > 0) {
        showWindow(offset, qMin<qint64>(length, 64 * 1024));
        m_hex->setHighlight(offset, length);
    }
}

namespace {
// Decoded field groups as the inspector shows them, by the prefix of core's field names.
QString groupTitle(const QString &prefix)
{
    if (prefix == QLatin1String("header"))
        return EntryInspector::tr("Record header");
    if (prefix == QLatin1String("payload"))
        return EntryInspector::tr("Payload");
    if (prefix == QLatin1String("entry_header"))
        return EntryInspector::tr("Entry header");
    if (prefix == QLatin1String("entry"))
        return EntryInspector::tr("Entry");
    return prefix;
}
} // namespace

void EntryInspector::showItem(int item, qint64 offset, qint64 length)
{
    m_fields->clear();
    m_item = item;
    if (!m_session || item < 0 || item >= m_session->recordCount())
        return;
    const session::RecordSummary r = m_session->record(item);
    auto decoded = m_session->decode(item);
    showWindow(r.offset, r.length);
    const QString what = r.entryType ? QString::fromLatin1(ledger::entryTypeName(*r.entryType)) : r.kind;
    auto *rec = addField(nullptr, tr("Journal record"), tr("seq %1, %2").arg(r.seq).arg(what), r.offset, r.length);
    if (decoded) {
        // One node per field group; its span covers the group's fields that have evidence
        // offsets (fields decrypted from ciphertext have none: the group then spans the payload).
        QTreeWidgetItem *group = nullptr;
        QString groupName;
        qint64 gFirst = -1, gEnd = -1;
        auto closeGroup = [&] {
            if (group && gFirst >= 0) {
                group->setData(0, OffsetRole, gFirst);
                group->setData(0, LengthRole, gEnd - gFirst);
                group->setText(0, groupTitle(groupName) + QStringLiteral("  @0x%1").arg(gFirst, 0, 16));
            }
        };
        for (const session::FieldSpan &f : decoded->fields) {
            const QString prefix = f.name.section(QLatin1Char('.'), 0, 0);
            if (!group || prefix != groupName) {
                closeGroup();
                groupName = prefix;
                group = addField(rec, groupTitle(prefix), QString());
                group->setExpanded(prefix != QLatin1String("header"));
                gFirst = gEnd = -1;
            }
            const QString name = f.name.contains(QLatin1Char('.')) ? f.name.section(QLatin1Char('.'), 1) : f.name;
            addField(group, name, f.valueText.isEmpty() ? f.value : f.valueText.translated(), f.offset, f.offset >= 0 ? f.length : 0);
            if (f.offset >= 0 && f.length > 0) {
                gFirst = gFirst < 0 ? f.offset : qMin(gFirst, f.offset);
                gEnd = qMax(gEnd, f.offset + f.length);
            }
        }
        closeGroup();
        if (!decoded->note.isEmpty())
            addField(rec, tr("Note"), decoded->noteText.isEmpty() ? decoded->note : decoded->noteText.translated());
    } else {
        addField(rec, tr("Decoding"), decoded.error().message);
    }
    addField(rec, tr("Decryption"), QString::fromLatin1(dump::decryptStateName(r.decrypt)));
    addField(rec, tr("Chain"), r.has(session::ChainOk) ? tr("links to the previous record") : tr("BROKEN: the previous-record hash does not match"));
    rec->setExpanded(true);

    const int canonical = r.canonicalIndex;
    if (const auto o = m_session->outcome(canonical)) {
        auto *st = addField(nullptr, tr("Checks"), QString::fromLatin1(ledger::entryStatusName(o->status)));
        const char *sig = o->verdict.status == ledger::SignatureStatus::Valid        ? QT_TR_NOOP("valid")
                          : o->verdict.status == ledger::SignatureStatus::UnknownKey ? QT_TR_NOOP("made by a key not in the trust store")
                                                                                      : QT_TR_NOOP("INVALID: the bytes do not match the signature");
        addField(st, tr("Signature (cryptography)"), tr(sig));
        addField(st, tr("Signer trust"), o->verdict.certified ? tr("key certified by the network authority") : tr("key not certified"));
        if (o->reason != ledger::RejectReason::None)
            addField(st, tr("Rejected because"), QString::fromLatin1(ledger::rejectReasonName(o->reason)));
        if (!o->detail().isEmpty())
            addField(st, tr("Detail"), o->detail());
        if (o->doubleSpend)
            addField(st, tr("Double spend"), tr("yes"));
        st->setExpanded(true);
        if (!o->events().isEmpty()) {
            auto *ev = addField(nullptr, tr("Changes"), tr("%n change(s)", nullptr, int(o->events().size())));
            for (const ledger::Event &x : o->events())
                addField(ev, QString::fromLatin1(ledger::eventKindName(x.kind)) + QLatin1Char(' ') + shortId(x.subject),
                         tr("%1 → %2 (%3)").arg(x.before).arg(x.after).arg(x.reason));
            ev->setExpanded(true);
        }
        // Provenance: the earlier entries the sender's balance rests on.
        if (const ledger::AccountId from = o->entry().from; !from.isEmpty() && canonical > 0) {
            const auto prov = m_session->provenance(from.toByteArray(), canonical - 1);
            auto *pv = addField(nullptr, tr("Provenance of %1").arg(shortId(from)), tr("%n earlier change(s); activate one to jump", nullptr, int(prov.size())));
            const int first = int(qMax<qsizetype>(0, prov.size() - 20));
            for (int i = first; i < prov.size(); ++i) {
                const ledger::ProvenanceItem &p = prov[i];
                auto *line = addField(pv, p.index < 0 ? tr("start state") : tr("entry seq %1").arg(p.journalSeq),
                                      tr("%1 at Lamport %2").arg(QString::fromLatin1(ledger::entryTypeName(p.type))).arg(p.lamport));
                if (p.index >= 0)
                    line->setData(0, ItemRole, m_session->canonicalToStorage(p.index));
            }
        }
    }
    for (const Finding &f : m_session->findings())
        if (f.offset >= r.offset && f.offset < r.offset + qMax<qint64>(r.length, 1))
            addField(nullptr, tr("Finding %1").arg(f.code), f.translated(FindingField::Explanation), f.offset, f.length);

    m_fields->resizeColumnToContents(0);
    if (length > 0 && offset >= 0)
        m_hex->setHighlight(offset, length);
    else
        m_hex->setHighlight(r.offset, r.length);
}

} // namespace seedscope::ui
