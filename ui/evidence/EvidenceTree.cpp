// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceTree.h"
#include "shell/CoreTerms.h"

#include "dump/DumpDocument.h"

#include <QHeaderView>

namespace seedscope::ui {
namespace {
enum { OffsetRole = Qt::UserRole + 1, LengthRole };
}

EvidenceTree::EvidenceTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("evidenceTree"));
    setHeaderLabels({tr("Structure"), tr("Status")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *cur) {
        if (cur && cur->data(0, LengthRole).toLongLong() > 0)
            Q_EMIT bytesRequested(cur->text(0), cur->data(0, OffsetRole).toLongLong(), cur->data(0, LengthRole).toLongLong());
    });
}

QTreeWidgetItem *EvidenceTree::add(QTreeWidgetItem *parent, const QString &name, const QString &status, qint64 offset,
                                   qint64 length)
{
    auto *it = parent ? new QTreeWidgetItem(parent, {name, status}) : new QTreeWidgetItem(this, {name, status});
    it->setData(0, OffsetRole, offset);
    it->setData(0, LengthRole, length);
    if (length > 0)
        it->setToolTip(0, tr("0x%1, %n byte(s)", nullptr, int(qMin<qint64>(length, INT_MAX))).arg(offset, 0, 16));
    return it;
}

void EvidenceTree::setDocument(std::shared_ptr<const DumpDocument> doc)
{
    clear();
    if (!doc)
        return;
    const dump::DumpImage &img = doc->image();
    auto *root = add(nullptr, doc->file->identity().displayName, tr("read-only, SHA-256 %1…").arg(QString::fromLatin1(doc->file->identity().sha256.toHex().left(16))), 0, 0);
    const auto &id = img.identity;
    const QString registered = doc->inputs.trustStorePath.isEmpty() ? tr("registration not checked (no trust store)")
                                                                    : tr("trust store: %1").arg(doc->inputs.trustStorePath.section(QLatin1Char('/'), -1));
    auto *dev = add(root, tr("Device %1").arg(QString::fromLatin1(id.header.deviceId.toHex())),
                    id.valid ? tr("identity ok, network %1; %2").arg(id.header.networkId, registered) : tr("identity header DAMAGED"),
                    id.offset, id.raw.size());
    for (int k = 0; k < id.keyHistory.size(); ++k)
        add(dev, tr("Key rotation %1").arg(k + 1), QString(), id.keyHistory[k].offset, id.keyHistory[k].raw.size());
    auto *sbs = add(root, tr("Superblocks"), tr("active copy %1").arg(img.activeSuperblock), 0, 0);
    for (const auto &sb : img.superblocks)
        add(sbs, tr("Superblock %1").arg(sb.index), !sb.present ? tr("erased") : sb.valid ? tr("valid") : tr("DAMAGED"), sb.offset, sb.raw.size());
    auto *slotItems = add(root, tr("Checkpoint slots"), QString(), 0, 0);
    for (int i = 0; i < img.checkpointSlots.size(); ++i) {
        const dump::SlotInfo &s = img.checkpointSlots[i];
        QString role = i == img.activeSlot ? tr("ACTIVE") : i == img.fallbackSlot ? tr("fallback") : QString();
        if (s.state == dump::SlotState::Uncommitted)
            role = tr("interrupted write");
        add(slotItems, tr("Slot %1").arg(s.index), QStringLiteral("%1 %2").arg(QString::fromLatin1(dump::slotStateName(s.state)), role).trimmed(), s.offset, s.size);
    }
    slotItems->setExpanded(true);
    auto *journal = add(root, tr("Journal"), tr("%n entries", nullptr, int(doc->opened.ledger.items.size())), 0, 0);
    const qint64 bs = img.superblock.blockSize;
    for (const dump::BlockInfo &b : img.journalBlocks) {
        const char *st = b.state == dump::BlockInfo::State::Valid ? "valid" : b.state == dump::BlockInfo::State::Erased ? "erased" : "INVALID";
        add(journal, tr("Block %1").arg(b.block), tr("%1, %2 bytes used").arg(QString::fromLatin1(st)).arg(b.usedBytes), b.offset, bs);
    }
    auto *damage = add(root, tr("Damaged regions"), tr("%n region(s)", nullptr, int(doc->report.regions.size())), 0, 0);
    for (const verify::DamageRegion &r : doc->report.regions)
        add(damage, tr("%1 at 0x%2").arg(r.region).arg(r.offset, 0, 16), QStringLiteral("%1 (%2)").arg(coreTerm(verdictName(r.verdict)), r.code), r.offset, r.length);
    damage->setExpanded(true);
    auto *markers = add(root, tr("Recovery markers"), tr("%n marker(s)", nullptr, int(img.markers.size())), 0, 0);
    for (const dump::RecordInfo &m : img.markers)
        add(markers, tr("%1 seq %2").arg(QString::fromLatin1(dump::recordTypeName(m.header.type))).arg(m.header.seq), m.payloadCrcOk ? tr("ok") : tr("CRC MISMATCH"), m.offset, m.footprint());
    root->setExpanded(true);
}

} // namespace seedscope::ui
