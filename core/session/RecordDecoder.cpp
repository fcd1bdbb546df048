// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RecordDecoder.h"

#include "util/Hex.h"

#include <algorithm>

namespace seedscope::session {
namespace {

QString hexId(QByteArrayView b) { return toHex(b); }

// Phrases joined by ", " (a pattern with no words of its own).
FindingText joined(const std::vector<FindingText> &parts)
{
    FindingText t;
    for (size_t i = 0; i < parts.size(); ++i)
        t.source += (i ? QStringLiteral(", %") : QStringLiteral("%")) + QString::number(i + 1);
    t.args = parts;
    return t;
}

// The words of the format's state names, marked for translation.
FindingText stateWord(const char *name)
{
    static const char *const kWords[] = {QT_TRANSLATE_NOOP("Finding", "empty"), QT_TRANSLATE_NOOP("Finding", "committed"),
                                         QT_TRANSLATE_NOOP("Finding", "uncommitted"), QT_TRANSLATE_NOOP("Finding", "damaged"),
                                         QT_TRANSLATE_NOOP("Finding", "erased"), QT_TRANSLATE_NOOP("Finding", "valid")};
    for (const char *w : kWords)
        if (qstrcmp(w, name) == 0)
            return ftr(w);
    return QString::fromLatin1(name);
}

void addNode(QList<StructureNode> &out, int parent, const FindingText &label, const QString &kind, qint64 offset, qint64 length,
             const FindingText &state)
{
    out.append(StructureNode{parent, label.english(), kind, offset, length, state.english(), label, state});
}

class FieldWriter {
public:
    FieldWriter(DecodedRecord &out, qint64 base) : m_out(out), m_pos(base) {}
    // base < 0: fields inside ciphertext, no evidence offset.
    void add(const QString &name, qint64 length, const FindingText &value)
    {
        m_out.fields.append(FieldSpan{name, m_pos < 0 ? -1 : m_pos, length, value.english(), value});
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
        w.add(QStringLiteral("entry.depends_on"), 1, ftr(QT_TRANSLATE_NOOP("Finding", "none")));
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
        std::vector<FindingText> parts;
        if (!e.group.isEmpty())
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "group %1"), hexId(e.group)));
        if (!e.from.isEmpty())
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "from %1"), hexId(e.from)));
        if (!e.to.isEmpty())
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "to %1"), hexId(e.to)));
        if (e.amount)
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "amount %1"), e.amount));
        if (e.cycle)
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "cycle %1"), e.cycle));
        if (!e.members.isEmpty())
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "%1 members"), e.members.size()));
        if (e.trustDelta)
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "trust delta %1 (reason %2)"), e.trustDelta, e.trustReason));
        if (!e.newPublicKey.isEmpty())
            parts.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "new key %1 from Lamport %2"), hexId(e.newPublicKey), e.validFromLamport));
        w.add(QStringLiteral("entry.body"), std::max<qsizetype>(bodyLen, 0), joined(parts));
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
    const dump::RecordHeader h = r.decodedHeader(); // the inspector shows every field, CRCs included
    out.offset = r.offset;
    out.length = r.footprint();
    FieldWriter w(out, r.offset);
    w.add(QStringLiteral("header.magic"), 2, QStringLiteral("0x%1").arg(h.magic, 4, 16, QLatin1Char('0')));
    w.add(QStringLiteral("header.type"), 1, QString::fromLatin1(dump::recordTypeName(h.type)));
    w.add(QStringLiteral("header.flags"), 1, h.encrypted() ? ftr(QT_TRANSLATE_NOOP("Finding", "%1 (encrypted)"), QStringLiteral("0x%1").arg(h.flags, 2, 16, QLatin1Char('0')))
                                                 : FindingText(QStringLiteral("0x%1").arg(h.flags, 2, 16, QLatin1Char('0'))));
    w.add(QStringLiteral("header.payload_length"), 4, QString::number(h.payloadLength));
    w.add(QStringLiteral("header.epoch"), 4, QString::number(h.epoch));
    w.add(QStringLiteral("header.payload_crc"), 4, r.payloadCrcOk ? ftr(QT_TRANSLATE_NOOP("Finding", "%1 (ok)"), QStringLiteral("0x%1").arg(h.payloadCrc, 8, 16, QLatin1Char('0')))
                                                       : ftr(QT_TRANSLATE_NOOP("Finding", "%1 (mismatch)"), QStringLiteral("0x%1").arg(h.payloadCrc, 8, 16, QLatin1Char('0'))));
    w.add(QStringLiteral("header.seq"), 8, QString::number(h.seq));
    w.add(QStringLiteral("header.lamport"), 8, QString::number(h.lamport));
    w.add(QStringLiteral("header.prev_hash"), 32, toHex(h.prevHash));
    w.add(QStringLiteral("header.reserved"), 4, QString::number(h.reserved));
    w.add(QStringLiteral("header.crc"), 4, h.crcOk() ? ftr(QT_TRANSLATE_NOOP("Finding", "%1 (ok)"), QStringLiteral("0x%1").arg(h.storedCrc, 8, 16, QLatin1Char('0')))
                                           : ftr(QT_TRANSLATE_NOOP("Finding", "%1 (mismatch)"), QStringLiteral("0x%1").arg(h.storedCrc, 8, 16, QLatin1Char('0'))));

    const qint64 payloadOffset = r.offset + dump::kRecordHeaderSize;
    if (r.decrypt == dump::DecryptState::NoKey) {
        const FindingText value = ftr(QT_TRANSLATE_NOOP("Finding", "encrypted, no storage key"));
        out.fields.append(FieldSpan{QStringLiteral("payload.ciphertext"), payloadOffset, r.payload().size(), value.english(), value});
        out.noteText = ftr(QT_TRANSLATE_NOOP("Finding", "payload encrypted and no storage key was given"));
        out.note = out.noteText.english();
        return out;
    }
    if (r.decrypt == dump::DecryptState::Failed) {
        const FindingText value = ftr(QT_TRANSLATE_NOOP("Finding", "does not decrypt with the given key"));
        out.fields.append(FieldSpan{QStringLiteral("payload.ciphertext"), payloadOffset, r.payload().size(), value.english(), value});
        out.noteText = ftr(QT_TRANSLATE_NOOP("Finding", "payload does not decrypt with the given key"));
        out.note = out.noteText.english();
        return out;
    }
    // Decrypted plaintext has no evidence offsets: its fields carry offset -1.
    FieldWriter pw(out, r.decrypt == dump::DecryptState::Decrypted ? -1 : payloadOffset);
    if (r.decrypt == dump::DecryptState::Decrypted) {
        out.noteText = ftr(QT_TRANSLATE_NOOP("Finding", "payload decrypted: field offsets refer to plaintext, not to the evidence"));
        out.note = out.noteText.english();
    }
    if (const std::optional<dump::EntryHeader> eh = r.entryHeader()) {
        pw.add(QStringLiteral("entry_header.seq"), 8, QString::number(eh->seq));
        pw.add(QStringLiteral("entry_header.lamport"), 8, QString::number(eh->lamport));
        pw.add(QStringLiteral("entry_header.prev_hash"), 32, toHex(eh->prevHash));
        if (const std::optional<ledger::Entry> entry = r.decodedEntry()) {
            entryFields(pw, *entry, r.entryBytes().size());
        } else {
            const QByteArrayView bytes = r.entryBytes();
            pw.add(QStringLiteral("entry.bytes"), bytes.size(), toHex(bytes.first(std::min<qsizetype>(bytes.size(), 64))));
            out.noteText = ftr(QT_TRANSLATE_NOOP("Finding", "the entry bytes do not decode"));
            out.note = out.noteText.english();
        }
    } else {
        const QByteArrayView plain = r.plaintext();
        pw.add(QStringLiteral("payload"), plain.size(), toHex(plain.first(std::min<qsizetype>(plain.size(), 64))) + (plain.size() > 64 ? QStringLiteral("…") : QString()));
    }
    return out;
}

QList<StructureNode> describeStructure(const dump::DumpImage &img)
{
    QList<StructureNode> out;
    for (const dump::SuperblockCopy &c : img.superblocks)
        addNode(out, -1, ftr(QT_TRANSLATE_NOOP("Finding", "superblock %1"), c.index), QStringLiteral("superblock"), c.offset, dump::kSuperblockSize,
                c.valid ? (c.index == img.activeSuperblock ? ftr(QT_TRANSLATE_NOOP("Finding", "valid (active)")) : stateWord("valid"))
                        : (c.present ? stateWord("damaged") : stateWord("erased")));
    if (!img.readable)
        return out;
    const dump::Superblock &sb = img.superblock;
    auto regionLength = [&](const dump::Region &r) { return qint64(r.blockCount) * sb.blockSize; };
    const int identity = int(out.size());
    addNode(out, -1, ftr(QT_TRANSLATE_NOOP("Finding", "identity")), QStringLiteral("identity"), img.identity.offset, regionLength(sb.identity),
            img.identity.valid ? stateWord("valid") : stateWord("damaged"));
    for (int k = 0; k < img.identity.keyHistory.size(); ++k)
        addNode(out, identity, ftr(QT_TRANSLATE_NOOP("Finding", "key rotation %1"), k + 1), QStringLiteral("key-record"), img.identity.keyHistory[k].offset,
                img.identity.keyHistory[k].raw.size(), img.identity.keyHistory[k].record.crcOk() ? stateWord("valid") : stateWord("damaged"));
    const int slotsNode = int(out.size());
    addNode(out, -1, ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint slots")), QStringLiteral("slots"), img.blockOffset(sb.checkpoints.firstBlock),
            regionLength(sb.checkpoints), QString());
    for (const dump::SlotInfo &s : img.checkpointSlots) {
        FindingText state = stateWord(dump::slotStateName(s.state));
        if (s.index == img.activeSlot)
            state = ftr(QT_TRANSLATE_NOOP("Finding", "%1 (loaded)"), state);
        else if (s.index == img.fallbackSlot)
            state = ftr(QT_TRANSLATE_NOOP("Finding", "%1 (fallback)"), state);
        addNode(out, slotsNode, s.headerValid ? ftr(QT_TRANSLATE_NOOP("Finding", "slot %1: checkpoint %2"), s.index, s.header.checkpointSeq)
                                              : ftr(QT_TRANSLATE_NOOP("Finding", "slot %1"), s.index),
                QStringLiteral("slot"), s.offset, s.size, state);
    }
    auto blocks = [&](const FindingText &label, const QString &kind, const dump::Region &region, const QList<dump::BlockInfo> &list,
                      const QList<dump::RecordInfo> *records) {
        const int parent = int(out.size());
        addNode(out, -1, label, kind, img.blockOffset(region.firstBlock), regionLength(region), QString());
        for (const dump::BlockInfo &b : list) {
            const char *st = b.state == dump::BlockInfo::State::Erased ? "erased" : b.state == dump::BlockInfo::State::Valid ? "valid" : "damaged";
            addNode(out, parent, ftr(QT_TRANSLATE_NOOP("Finding", "block %1"), b.block), kind + QStringLiteral("-block"), b.offset, sb.blockSize,
                    stateWord(st));
        }
        if (records)
            for (const dump::RecordInfo &m : *records)
                addNode(out, parent, ftr(QT_TRANSLATE_NOOP("Finding", "%1 seq %2"), QString::fromLatin1(dump::recordTypeName(m.header.type)), m.header.seq),
                        QStringLiteral("marker"), m.offset, m.footprint(), m.payloadCrcOk ? stateWord("valid") : stateWord("damaged"));
    };
    blocks(ftr(QT_TRANSLATE_NOOP("Finding", "journal")), QStringLiteral("journal"), sb.journal, img.journalBlocks, nullptr);
    blocks(ftr(QT_TRANSLATE_NOOP("Finding", "markers")), QStringLiteral("markers"), sb.markers, img.markerBlocks, &img.markers);
    return out;
}

} // namespace seedscope::session
