// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/EntryInspector.h"
#include "shell/CoreTerms.h"

#include "dump/DumpDocument.h"
#include "hex/HexView.h"
#include "ledger/JournalModel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seedscope::ui {
namespace {
enum { OffsetRole = Qt::UserRole + 1, LengthRole, ItemRole };

QString hexId(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }
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

void EntryInspector::setDocument(std::shared_ptr<const DumpDocument> doc)
{
    m_doc = std::move(doc);
    m_fields->clear();
    m_item = -1;
    if (!m_doc)
        return;
    m_hex->setData(m_doc->file->bytes(), 0);
    QList<QPair<qint64, qint64>> damaged;
    for (const auto &r : m_doc->report.regions)
        if (r.length > 0)
            damaged.append({r.offset, r.length});
    m_hex->setDamaged(damaged);
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
    if (length > 0)
        m_hex->setHighlight(offset, length);
}

void EntryInspector::showItem(int item, qint64 offset, qint64 length)
{
    m_fields->clear();
    m_item = item;
    if (!m_doc || item < 0 || item >= m_doc->opened.ledger.items.size())
        return;
    const ledger::JournalItem &ji = m_doc->opened.ledger.items[item];
    const auto range = m_doc->itemRange(item);
    auto *rec = addField(nullptr, tr("Journal record"), tr("seq %1").arg(ji.journalSeq), range.first, range.second);
    const auto recIt = m_doc->recordByOffset.constFind(ji.offset);
    if (recIt != m_doc->recordByOffset.cend()) {
        const dump::RecordInfo &r = m_doc->image().journal[*recIt];
        auto *hdr = addField(rec, tr("Record header"), tr("%1, %2 payload bytes").arg(QString::fromLatin1(dump::recordTypeName(r.header.type))).arg(r.header.payloadLength), r.offset, dump::kRecordHeaderSize);
        addField(hdr, tr("Stored-at Lamport"), QString::number(r.header.lamport));
        addField(hdr, tr("Epoch"), QString::number(r.header.epoch));
        addField(hdr, tr("Previous record hash"), hexId(r.header.prevHash));
        addField(hdr, tr("Header CRC"), r.header.crcOk() ? tr("ok") : tr("MISMATCH (stored %1, computed %2)").arg(r.header.storedCrc, 8, 16, QLatin1Char('0')).arg(r.header.computedCrc, 8, 16, QLatin1Char('0')));
        addField(rec, tr("Payload"), tr("%1; CRC %2").arg(r.header.encrypted() ? tr("encrypted") : tr("plain"), r.payloadCrcOk ? tr("ok") : tr("MISMATCH")),
                 r.offset + dump::kRecordHeaderSize, r.header.payloadLength);
        addField(rec, tr("Decryption"), coreTerm(dump::decryptStateName(r.decrypt)));
    }
    rec->setExpanded(true);

    if (ji.entry) {
        const ledger::Entry &e = *ji.entry;
        auto *ent = addField(nullptr, tr("Entry"), QString::fromLatin1(ledger::entryTypeName(e.type)));
        addField(ent, tr("tx_id"), hexId(e.txId));
        addField(ent, tr("Origin device"), hexId(e.origin));
        addField(ent, tr("Lamport"), QString::number(e.lamport));
        addField(ent, tr("Origin sequence"), QString::number(e.sequence));
        if (!e.dependsOn.isEmpty())
            addField(ent, tr("Depends on"), hexId(e.dependsOn));
        if (!e.from.isEmpty())
            addField(ent, tr("From"), hexId(e.from));
        if (!e.to.isEmpty())
            addField(ent, tr("To"), hexId(e.to));
        if (!e.group.isEmpty())
            addField(ent, tr("Group"), hexId(e.group));
        addField(ent, tr("Amount"), formatAmount(e.amount));
        if (e.type == ledger::EntryType::TrustEvent)
            addField(ent, tr("Trust"), tr("%1 (%2 tenths)").arg(QString::fromLatin1(ledger::trustReasonName(e.trustReason))).arg(e.trustDelta));
        addField(ent, tr("Signature"), hexId(e.signature));
        ent->setExpanded(true);
    } else {
        addField(nullptr, tr("Entry"), tr("does not decode: %1").arg(ji.decodeError));
    }

    if (const ledger::EntryOutcome *o = m_doc->outcomeForItem(item)) {
        auto *st = addField(nullptr, tr("Checks"), QString::fromLatin1(ledger::entryStatusName(o->status)));
        const char *sig = o->verdict.status == ledger::SignatureStatus::Valid        ? "valid"
                          : o->verdict.status == ledger::SignatureStatus::UnknownKey ? "made by a key not in the trust store"
                                                                                      : "INVALID: the bytes do not match the signature";
        addField(st, tr("Signature (cryptography)"), tr(sig));
        addField(st, tr("Signer trust"), o->verdict.certified ? tr("key certified by the network authority") : tr("key not certified"));
        if (o->reason != ledger::RejectReason::None)
            addField(st, tr("Rejected because"), QString::fromLatin1(ledger::rejectReasonName(o->reason)));
        if (!o->detail.isEmpty())
            addField(st, tr("Detail"), o->detail);
        if (o->doubleSpend)
            addField(st, tr("Double spend"), tr("yes"));
        st->setExpanded(true);
        if (!o->events.isEmpty()) {
            auto *ev = addField(nullptr, tr("Changes"), tr("%n change(s)", nullptr, int(o->events.size())));
            for (const ledger::Event &x : o->events)
                addField(ev, QString::fromLatin1(ledger::eventKindName(x.kind)) + QLatin1Char(' ') + shortId(x.subject),
                         tr("%1 → %2 (%3)").arg(x.before).arg(x.after).arg(x.reason));
            ev->setExpanded(true);
        }
        // Provenance: the earlier entries the sender's balance rests on.
        const int canonical = m_doc->canonicalByStorage.value(item, -1);
        if (ji.entry && !ji.entry->from.isEmpty() && canonical > 0) {
            const auto prov = m_doc->replay->timeline.provenance(ji.entry->from, canonical - 1);
            auto *pv = addField(nullptr, tr("Provenance of %1").arg(shortId(ji.entry->from)), tr("%n earlier change(s); activate one to jump", nullptr, int(prov.size())));
            const int first = int(qMax<qsizetype>(0, prov.size() - 20));
            for (int i = first; i < prov.size(); ++i) {
                const ledger::ProvenanceItem &p = prov[i];
                auto *line = addField(pv, p.index < 0 ? tr("start state") : tr("entry seq %1").arg(p.journalSeq),
                                      tr("%1 at Lamport %2").arg(QString::fromLatin1(ledger::entryTypeName(p.type))).arg(p.lamport));
                if (p.index >= 0)
                    line->setData(0, ItemRole, m_doc->replay->timeline.outcome(p.index).storageIndex);
            }
        }
    }
    for (const Finding &f : m_doc->report.findings)
        if (m_doc->itemAtOffset(f.offset) == item)
            addField(nullptr, tr("Finding %1").arg(f.code), f.explanation, f.offset, f.length);

    m_fields->resizeColumnToContents(0);
    if (length > 0 && offset >= 0)
        m_hex->setHighlight(offset, length);
    else
        m_hex->setHighlight(range.first, range.second);
}

} // namespace seedscope::ui
