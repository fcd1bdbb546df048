// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RecordDecoder.h"

#include "util/Hex.h"

namespace seedscope::session {
namespace {

QString hexId(const QByteArray &b) { return toHex(b); }

class FieldWriter {
public:
    FieldWriter(DecodedRecord &out, qint64 base) : m_out(out), m_pos(base) {}
    // base < 0: fields inside ciphertext, no evidence offset.
    void add(const QString &name, qint64 length, const QString &value)
    {
        m_out.fields.append(FieldSpan{name, m_pos < 0 ? -1 : m_pos, length, value});
        if (m_pos >= 0)
            m_pos += length;
    }
    void skip(qint64 length)
    {
        if (m_pos >= 0)
            m_pos += length;
    }

private:
    DecodedRecord &m_out;
    qint64 m_pos;
};

void entryFields(FieldWriter &w, const ledger::Entry &e, qsizetype entryBytes)
{
    using ledger::EntryType;
    w.add(QStringLiteral("entry.version"), 1, QStringLiteral("1"));
    w.add(QStringLiteral("entry.type"), 1, QString::fromLatin1(ledger::entryTypeName(e.type)));
    w.add(QStringLiteral("entry.tx_id"), 16, hexId(e.txId));
    w.add(QStringLiteral("entry.origin"), 16, hexId(e.origin));
    w.add(QStringLiteral("entry.lamport"), 8, QString::number(e.lamport));
    w.add(QStringLiteral("entry.sequence"), 8, QString::number(e.sequence));
    if (e.dependsOn.isEmpty()) {
        w.add(QStringLiteral("entry.depends_on"), 1, QStringLiteral("none"));
    } else {
        w.add(QStringLiteral("entry.depends_on_flag"), 1, QStringLiteral("1"));
        w.add(QStringLiteral("entry.depends_on"), 16, hexId(e.dependsOn));
    }
    const qsizetype headerLen = 1 + 1 + 16 + 16 + 8 + 8 + (e.dependsOn.isEmpty() ? 1 : 17);
    const qsizetype bodyLen = entryBytes - headerLen - 64;
    switch (e.type) {
    case EntryType::Transfer:
        w.add(QStringLiteral("entry.from"), 16, hexId(e.from));
        w.add(QStringLiteral("entry.to"), 16, hexId(e.to));
        w.add(QStringLiteral("entry.amount"), 8, QString::number(e.amount));
        break;
    case EntryType::Issue:
        w.add(QStringLiteral("entry.to"), 16, hexId(e.to));
        w.add(QStringLiteral("entry.owner"), 16, hexId(e.owner));
        w.add(QStringLiteral("entry.amount"), 8, QString::number(e.amount));
        break;
    default: {
        // Other bodies are shown decoded as one span (their layouts vary by type).
        QStringList parts;
        if (!e.group.isEmpty())
            parts << QStringLiteral("group ") + hexId(e.group);
        if (!e.from.isEmpty())
            parts << QStringLiteral("from ") + hexId(e.from);
        if (!e.to.isEmpty())
            parts << QStringLiteral("to ") + hexId(e.to);
        if (e.amount)
            parts << QStringLiteral("amount %1").arg(e.amount);
        if (e.cycle)
            parts << QStringLiteral("cycle %1").arg(e.cycle);
        if (!e.members.isEmpty())
            parts << QStringLiteral("%1 members").arg(e.members.size());
        if (e.trustDelta)
            parts << QStringLiteral("trust delta %1 (reason %2)").arg(e.trustDelta).arg(e.trustReason);
        if (!e.newPublicKey.isEmpty())
            parts << QStringLiteral("new key %1 from Lamport %2").arg(hexId(e.newPublicKey)).arg(e.validFromLamport);
        w.add(QStringLiteral("entry.body"), std::max<qsizetype>(bodyLen, 0), parts.join(QStringLiteral(", ")));
        break;
    }
    }
    w.add(QStringLiteral("entry.signature"), 64, hexId(e.signature));
}

} // namespace

DecodedRecord decodeRecord(const dump::DumpImage &img, int journalPosition, int storageIndex)
{
    DecodedRecord out;
    out.index = storageIndex;
    if (journalPosition < 0 || journalPosition >= img.journal.size())
        return out;
    const dump::RecordInfo &r = img.journal[journalPosition];
    const dump::RecordHeader &h = r.header;
    out.offset = r.offset;
    out.length = r.footprint();
    FieldWriter w(out, r.offset);
    w.add(QStringLiteral("header.magic"), 2, QStringLiteral("0x%1").arg(h.magic, 4, 16, QLatin1Char('0')));
    w.add(QStringLiteral("header.type"), 1, QString::fromLatin1(dump::recordTypeName(h.type)));
    w.add(QStringLiteral("header.flags"), 1, QStringLiteral("0x%1%2").arg(h.flags, 2, 16, QLatin1Char('0')).arg(h.encrypted() ? QStringLiteral(" (encrypted)") : QString()));
    w.add(QStringLiteral("header.payload_length"), 4, QString::number(h.payloadLength));
    w.add(QStringLiteral("header.epoch"), 4, QString::number(h.epoch));
    w.add(QStringLiteral("header.payload_crc"), 4, QStringLiteral("0x%1 (%2)").arg(h.payloadCrc, 8, 16, QLatin1Char('0')).arg(r.payloadCrcOk ? QStringLiteral("ok") : QStringLiteral("mismatch")));
    w.add(QStringLiteral("header.seq"), 8, QString::number(h.seq));
    w.add(QStringLiteral("header.lamport"), 8, QString::number(h.lamport));
    w.add(QStringLiteral("header.prev_hash"), 32, toHex(h.prevHash));
    w.add(QStringLiteral("header.reserved"), 4, QString::number(h.reserved));
    w.add(QStringLiteral("header.crc"), 4, QStringLiteral("0x%1 (%2)").arg(h.storedCrc, 8, 16, QLatin1Char('0')).arg(h.crcOk() ? QStringLiteral("ok") : QStringLiteral("mismatch")));

    const qint64 payloadOffset = r.offset + dump::kRecordHeaderSize;
    if (r.decrypt == dump::DecryptState::NoKey) {
        out.fields.append(FieldSpan{QStringLiteral("payload.ciphertext"), payloadOffset, r.payload.size(), QStringLiteral("encrypted, no storage key")});
        out.note = QStringLiteral("payload encrypted and no storage key was given");
        return out;
    }
    if (r.decrypt == dump::DecryptState::Failed) {
        out.fields.append(FieldSpan{QStringLiteral("payload.ciphertext"), payloadOffset, r.payload.size(), QStringLiteral("does not decrypt with the given key")});
        out.note = QStringLiteral("payload does not decrypt with the given key");
        return out;
    }
    // Decrypted plaintext has no evidence offsets: its fields carry offset -1.
    FieldWriter pw(out, r.decrypt == dump::DecryptState::Decrypted ? -1 : payloadOffset);
    if (r.decrypt == dump::DecryptState::Decrypted)
        out.note = QStringLiteral("payload decrypted: field offsets refer to plaintext, not to the evidence");
    if (r.entryHeader) {
        pw.add(QStringLiteral("entry_header.seq"), 8, QString::number(r.entryHeader->seq));
        pw.add(QStringLiteral("entry_header.lamport"), 8, QString::number(r.entryHeader->lamport));
        pw.add(QStringLiteral("entry_header.prev_hash"), 32, toHex(r.entryHeader->prevHash));
        if (const std::optional<ledger::Entry> entry = r.decodedEntry()) {
            entryFields(pw, *entry, r.entryBytes.size());
        } else {
            pw.add(QStringLiteral("entry.bytes"), r.entryBytes.size(), toHex(r.entryBytes.left(64)));
            out.note = QStringLiteral("the entry bytes do not decode");
        }
    } else {
        pw.add(QStringLiteral("payload"), r.plaintext.size(), toHex(r.plaintext.left(64)) + (r.plaintext.size() > 64 ? QStringLiteral("…") : QString()));
    }
    return out;
}

QList<StructureNode> describeStructure(const dump::DumpImage &img)
{
    QList<StructureNode> out;
    for (const dump::SuperblockCopy &c : img.superblocks)
        out.append({-1, QStringLiteral("superblock %1").arg(c.index), QStringLiteral("superblock"), c.offset, dump::kSuperblockSize,
                    c.valid ? (c.index == img.activeSuperblock ? QStringLiteral("valid (active)") : QStringLiteral("valid"))
                            : (c.present ? QStringLiteral("damaged") : QStringLiteral("erased"))});
    if (!img.readable)
        return out;
    const dump::Superblock &sb = img.superblock;
    auto regionLength = [&](const dump::Region &r) { return qint64(r.blockCount) * sb.blockSize; };
    const int identity = int(out.size());
    out.append({-1, QStringLiteral("identity"), QStringLiteral("identity"), img.identity.offset, regionLength(sb.identity),
                img.identity.valid ? QStringLiteral("valid") : QStringLiteral("damaged")});
    for (int k = 0; k < img.identity.keyHistory.size(); ++k)
        out.append({identity, QStringLiteral("key rotation %1").arg(k + 1), QStringLiteral("key-record"), img.identity.keyHistory[k].offset,
                    img.identity.keyHistory[k].raw.size(), img.identity.keyHistory[k].record.crcOk() ? QStringLiteral("valid") : QStringLiteral("damaged")});
    const int slotsNode = int(out.size());
    out.append({-1, QStringLiteral("checkpoint slots"), QStringLiteral("slots"), img.blockOffset(sb.checkpoints.firstBlock),
                regionLength(sb.checkpoints), QString()});
    for (const dump::SlotInfo &s : img.checkpointSlots) {
        QString state = QString::fromLatin1(dump::slotStateName(s.state));
        if (s.index == img.activeSlot)
            state += QStringLiteral(" (loaded)");
        else if (s.index == img.fallbackSlot)
            state += QStringLiteral(" (fallback)");
        out.append({slotsNode, s.headerValid ? QStringLiteral("checkpoint slot %1: checkpoint %2").arg(s.index).arg(s.header.checkpointSeq)
                                         : QStringLiteral("checkpoint slot %1").arg(s.index),
                    QStringLiteral("slot"), s.offset, s.size, state});
    }
    auto blocks = [&](const QString &label, const QString &kind, const dump::Region &region, const QList<dump::BlockInfo> &list,
                      const QList<dump::RecordInfo> *records) {
        const int parent = int(out.size());
        out.append({-1, label, kind, img.blockOffset(region.firstBlock), regionLength(region), QString()});
        for (const dump::BlockInfo &b : list) {
            const char *st = b.state == dump::BlockInfo::State::Erased ? "erased" : b.state == dump::BlockInfo::State::Valid ? "valid" : "damaged";
            out.append({parent, QStringLiteral("block %1").arg(b.block), kind + QStringLiteral("-block"), b.offset, sb.blockSize,
                        QString::fromLatin1(st)});
        }
        if (records)
            for (const dump::RecordInfo &m : *records)
                out.append({parent, QStringLiteral("%1 seq %2").arg(QString::fromLatin1(dump::recordTypeName(m.header.type))).arg(m.header.seq),
                            QStringLiteral("marker"), m.offset, m.footprint(),
                            m.header.crcOk() && m.payloadCrcOk ? QStringLiteral("valid") : QStringLiteral("damaged")});
    };
    blocks(QStringLiteral("journal"), QStringLiteral("journal"), sb.journal, img.journalBlocks, nullptr);
    blocks(QStringLiteral("markers"), QStringLiteral("markers"), sb.markers, img.markerBlocks, &img.markers);
    return out;
}

} // namespace seedscope::session
