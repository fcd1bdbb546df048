// SPDX-License-Identifier: GPL-3.0-or-later
// Post-hoc faults on a finished image: media damage (bit flips, corrupt slots, a torn
// superblock update) and tampering by someone who can rewrite flash and recompute CRCs
// (edit an amount, delete, reorder or replay an entry, forge a signature, swap
// ciphertext). Tampering keeps every CRC valid on purpose: framing is fine, only the
// signatures, the hash chain and the seals can tell.
#include "sim/Faults.h"

#include "crypto/Crc32c.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "ledger/EntryCodec.h"

#include <QJsonArray>

namespace seedscope::sim {

using namespace seedscope::dump;

QJsonObject expectedFinding(const QString &code, qint64 offset)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("offset"), double(offset)}};
}

namespace {

const QStringList kImageFaults = {
    QStringLiteral("bit-flip"), QStringLiteral("tamper-amount"), QStringLiteral("delete-entry"),
    QStringLiteral("reorder-entries"), QStringLiteral("replay-entry"), QStringLiteral("forge-signature"),
    QStringLiteral("swap-ciphertext"), QStringLiteral("corrupt-active-slot"), QStringLiteral("both-slots-corrupt"),
    QStringLiteral("torn-superblock"),
};

struct Ctx {
    ImageFaultContext &c;
    DumpImage img;
    QJsonObject out;
    QJsonArray reader;   // expected reader-level findings (exact)
    QJsonArray verifier; // expected verifier-level findings (advisory codes)
};

// Index (in img.journal) of the target ENTRY: seq == param when given, else the middle
// entry; in both cases one whose successor is an ENTRY in the same erase block, so
// damage there is mid-log, never a tail.
int pickEntry(const DumpImage &img, qint64 param)
{
    QList<int> entries;
    for (int i = 0; i < img.journal.size(); ++i)
        if (img.journal[i].header.type == uint8_t(RecordType::Entry) && img.journal[i].payloadCrcOk && img.journal[i].hasEntryHeader())
            entries.append(i);
    auto ok = [&](int i) {
        return i + 1 < img.journal.size() && img.journal[i + 1].header.type == uint8_t(RecordType::Entry)
            && img.journal[i + 1].block == img.journal[i].block;
    };
    if (param >= 0) {
        for (int i : entries)
            if (img.journal[i].header.seq == uint64_t(param) && ok(i))
                return i;
        return -1;
    }
    for (int k = int(entries.size()) / 2; k < entries.size(); ++k)
        if (ok(entries[k]))
            return entries[k];
    return -1;
}

Result<crypto::SecureBytes> epochKey(const Ctx &x, uint32_t epoch)
{
    for (const EpochInfo &e : x.img.epochs)
        if (e.epoch == epoch)
            return journalKey(x.c.rootKey, x.img.superblock.deviceId, epoch, e.payload.salt);
    return makeError(ErrorCode::NotFound, QStringLiteral("no EPOCH record for epoch %1").arg(epoch));
}

// Builds the stored payload for a plaintext under header h (encrypting when the dump
// is), then fixes the payload CRC and header CRC: what a careful forger does.
Result<QByteArray> frame(const Ctx &x, RecordHeader h, const QByteArray &plain)
{
    QByteArray payload = plain;
    if (h.encrypted()) {
        auto key = epochKey(x, h.epoch);
        if (!key)
            return key.error();
        h.payloadLength = uint32_t(plain.size() + 16);
        auto ct = encryptJournalPayload(*key, h, plain);
        if (!ct)
            return ct.error();
        payload = *ct;
    }
    h.payloadLength = uint32_t(payload.size());
    h.payloadCrc = crypto::crc32c(payload);
    return encodeRecordHeader(h) + payload;
}

Status rewriteEntry(Ctx &x, const RecordInfo &r, const ledger::Entry &e)
{
    const QByteArray plain = encodeEntryHeader(*r.entryHeader()) + ledger::encodeEntry(e);
    auto bytes = frame(x, r.decodedHeader(), plain);
    if (!bytes)
        return bytes.error();
    if (bytes->size() != kRecordHeaderSize + qsizetype(r.header.payloadLength))
        return makeError(ErrorCode::Internal, QStringLiteral("rewritten record changed size"));
    x.c.image->replace(int(r.offset), int(bytes->size()), *bytes);
    return {};
}

QByteArray recordBytes(const QByteArray &image, const RecordInfo &r)
{
    return image.mid(int(r.offset), int(r.footprint()));
}

} // namespace

bool isImageFault(const QString &kind) { return kImageFaults.contains(kind); }

Result<QJsonObject> applyImageFault(ImageFaultContext &c, const FaultSpec &spec)
{
    ReadOptions ro;
    if (c.encrypted)
        ro.storageRootKey = c.rootKey;
    auto parsed = readDump(*c.image, ro);
    if (!parsed || !parsed->readable)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot parse the image to inject %1").arg(spec.kind));
    Ctx x{c, *parsed, {}, {}, {}};
    const DumpImage &img = x.img;
    QByteArray &image = *c.image;
    const QString &kind = spec.kind;
    x.out.insert(QStringLiteral("kind"), kind);
    x.out.insert(QStringLiteral("device"), c.deviceName);
    x.out.insert(QStringLiteral("file"), c.fileName);
    auto setWhere = [&](qint64 offset, qint64 length, const QString &detail) {
        x.out.insert(QStringLiteral("offset"), double(offset));
        x.out.insert(QStringLiteral("length"), double(length));
        x.out.insert(QStringLiteral("detail"), detail);
    };

    const bool recordFault = kind != QLatin1String("corrupt-active-slot") && kind != QLatin1String("both-slots-corrupt")
        && kind != QLatin1String("torn-superblock");
    int idx = -1;
    if (recordFault) {
        idx = pickEntry(img, spec.param);
        if (idx < 0)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: no suitable journal entry%2 on %3")
                                                             .arg(kind, spec.param >= 0 ? QStringLiteral(" with seq %1").arg(spec.param) : QString(), c.deviceName));
        x.out.insert(QStringLiteral("seq"), double(img.journal[idx].header.seq));
    }

    if (kind == QLatin1String("bit-flip")) {
        const RecordInfo &r = img.journal[idx];
        const qint64 at = r.offset + kRecordHeaderSize + 10;
        image[int(at)] = char(image[int(at)] ^ 0x04);
        setWhere(at, 1, QStringLiteral("bit 2 of payload byte 10 of seq %1 flipped (media damage)").arg(r.header.seq));
        x.reader.append(expectedFinding(QStringLiteral("JOURNAL_CRC_MISMATCH"), r.offset));
        x.verifier.append(expectedFinding(QStringLiteral("JOURNAL_CRC_MISMATCH"), r.offset));
    } else if (kind == QLatin1String("tamper-amount") || kind == QLatin1String("forge-signature")) {
        // Find a TRANSFER at or after the pick for amounts; any entry for signatures.
        int t = idx;
        std::optional<ledger::Entry> e;
        for (; t + 1 < img.journal.size(); ++t) {
            const RecordInfo &r = img.journal[t];
            if (r.header.type != uint8_t(RecordType::Entry) || !r.hasEntryHeader() || img.journal[t + 1].block != r.block)
                continue;
            auto d = ledger::decodeEntry(r.entryBytes());
            if (d && (kind == QLatin1String("forge-signature") || d->type == ledger::EntryType::Transfer)) {
                e = *d;
                break;
            }
        }
        if (!e)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: no suitable entry on %2").arg(kind, c.deviceName));
        const RecordInfo &r = img.journal[t];
        x.out.insert(QStringLiteral("seq"), double(r.header.seq));
        if (kind == QLatin1String("tamper-amount")) {
            const int64_t was = e->amount;
            e->amount = was * 10 + 1;
            setWhere(r.offset, r.footprint(), QStringLiteral("TRANSFER amount of seq %1 changed from %2 to %3, CRCs recomputed, signature kept")
                                                  .arg(r.header.seq).arg(was).arg(e->amount));
        } else {
            QByteArray sig = e->signature.toByteArray();
            sig[5] = char(sig[5] ^ 0x20);
            e->signature = sig;
            setWhere(r.offset, r.footprint(), QStringLiteral("signature byte 5 of seq %1 altered, CRCs recomputed").arg(r.header.seq));
        }
        if (Status s = rewriteEntry(x, r, *e); !s)
            return s.error();
        x.verifier.append(expectedFinding(QStringLiteral("SIG_INVALID"), r.offset));
        x.verifier.append(expectedFinding(QStringLiteral("CHAIN_BREAK"), img.journal[t + 1].offset));
    } else if (kind == QLatin1String("delete-entry")) {
        const RecordInfo &r = img.journal[idx];
        const qint64 bs = img.superblock.blockSize;
        const qint64 blockEnd = (r.offset / bs + 1) * bs;
        QByteArray tail = image.mid(int(r.offset + r.footprint()), int(blockEnd - r.offset - r.footprint()));
        tail.append(QByteArray(int(r.footprint()), char(0xFF)));
        image.replace(int(r.offset), int(tail.size()), tail);
        setWhere(r.offset, r.footprint(), QStringLiteral("record seq %1 removed; the rest of its block moved up").arg(r.header.seq));
        x.verifier.append(expectedFinding(QStringLiteral("SEQ_GAP"), r.offset));
        x.verifier.append(expectedFinding(QStringLiteral("CHAIN_BREAK"), r.offset));
    } else if (kind == QLatin1String("reorder-entries")) {
        const RecordInfo &a = img.journal[idx];
        const RecordInfo &b = img.journal[idx + 1];
        const QByteArray swapped = recordBytes(image, b) + recordBytes(image, a);
        image.replace(int(a.offset), int(swapped.size()), swapped);
        setWhere(a.offset, swapped.size(), QStringLiteral("records seq %1 and %2 swapped").arg(a.header.seq).arg(b.header.seq));
        x.verifier.append(expectedFinding(QStringLiteral("CHAIN_BREAK"), a.offset));
    } else if (kind == QLatin1String("replay-entry")) {
        // Re-append an already stored signed transaction at the tail, chained and framed
        // correctly (the attacker knows the storage key here): only the ledger rules
        // (duplicate tx_id, per-origin sequence) and the seals can tell.
        const RecordInfo &victim = img.journal[idx];
        const RecordInfo *last = nullptr;
        for (const RecordInfo &r : img.journal)
            if (r.header.type == uint8_t(RecordType::Entry) && r.payloadCrcOk)
                last = &r;
        const BlockInfo *lastBlock = nullptr;
        for (const BlockInfo &b : img.journalBlocks)
            if (b.state == BlockInfo::State::Valid)
                lastBlock = &b;
        if (!last || !lastBlock)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("replay-entry: empty journal"));
        RecordHeader h;
        h.type = uint8_t(RecordType::Entry);
        h.flags = victim.header.flags;
        h.epoch = lastBlock->header.epoch;
        h.seq = last->header.seq + 1;
        h.lamport = last->lamport() + 1;
        h.prevHash = last->payloadHash;
        const QByteArray plain = encodeEntryHeader({h.seq, h.lamport, h.prevHash}) + victim.entryBytes().toByteArray();
        auto bytes = frame(x, h, plain);
        if (!bytes)
            return bytes.error();
        const qint64 at = lastBlock->offset + lastBlock->usedBytes;
        if (at + bytes->size() > lastBlock->offset + img.superblock.blockSize)
            return makeError(ErrorCode::LimitExceeded, QStringLiteral("replay-entry: no room in the last journal block"));
        image.replace(int(at), int(bytes->size()), *bytes);
        setWhere(at, bytes->size(), QStringLiteral("seq %1's transaction re-appended as seq %2").arg(victim.header.seq).arg(h.seq));
        x.out.insert(QStringLiteral("seq"), double(h.seq));
        x.out.insert(QStringLiteral("replayed_seq"), double(victim.header.seq));
        x.verifier.append(expectedFinding(QStringLiteral("ENTRY_DUPLICATE"), at));
        x.verifier.append(expectedFinding(QStringLiteral("UNSEALED_TAIL"), at));
    } else if (kind == QLatin1String("swap-ciphertext")) {
        if (!c.encrypted)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("swap-ciphertext needs --encrypt"));
        const RecordInfo &a = img.journal[idx];
        int j = -1;
        for (int k = idx + 2; k < img.journal.size() && j < 0; ++k)
            if (img.journal[k].header.type == a.header.type && img.journal[k].header.payloadLength == a.header.payloadLength
                && img.journal[k].payloadCrcOk)
                j = k;
        if (j < 0)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("swap-ciphertext: no second record of the same length"));
        const RecordInfo &b = img.journal[j];
        RecordHeader ha = a.decodedHeader(), hb = b.decodedHeader();
        std::swap(ha.payloadCrc, hb.payloadCrc);
        image.replace(int(a.offset), kRecordHeaderSize, encodeRecordHeader(ha));
        image.replace(int(b.offset), kRecordHeaderSize, encodeRecordHeader(hb));
        image.replace(int(a.offset + kRecordHeaderSize), int(b.payload().size()), b.payload().toByteArray());
        image.replace(int(b.offset + kRecordHeaderSize), int(a.payload().size()), a.payload().toByteArray());
        setWhere(a.offset, a.footprint(), QStringLiteral("ciphertexts of seq %1 and %2 swapped, CRCs fixed").arg(a.header.seq).arg(b.header.seq));
        x.out.insert(QStringLiteral("second_offset"), double(b.offset));
        x.reader.append(expectedFinding(QStringLiteral("JOURNAL_DECRYPT_FAILED"), a.offset));
        x.reader.append(expectedFinding(QStringLiteral("JOURNAL_DECRYPT_FAILED"), b.offset));
        x.verifier.append(expectedFinding(QStringLiteral("CHAIN_BREAK"), img.journal[idx + 1].offset));
    } else if (kind == QLatin1String("corrupt-active-slot")) {
        if (img.activeSlot < 0)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("corrupt-active-slot: no active checkpoint"));
        const SlotInfo &s = img.checkpointSlots[img.activeSlot];
        image[int(s.payloadOffset + 7)] = char(image[int(s.payloadOffset + 7)] ^ 0x01);
        setWhere(s.payloadOffset + 7, 1, QStringLiteral("active slot %1 (checkpoint %2) payload damaged").arg(s.index).arg(s.header.checkpointSeq));
        x.out.insert(QStringLiteral("slot"), s.index);
        x.reader.append(expectedFinding(QStringLiteral("SLOT_PAYLOAD_CRC_MISMATCH"), s.payloadOffset));
        x.verifier.append(expectedFinding(QStringLiteral("CHECKPOINT_FALLBACK_USED"), s.offset));
    } else if (kind == QLatin1String("both-slots-corrupt")) {
        QJsonArray slotList;
        for (const SlotInfo &s : img.checkpointSlots) {
            if (s.state != SlotState::Committed)
                continue;
            image[int(s.payloadOffset + 7)] = char(image[int(s.payloadOffset + 7)] ^ 0x01);
            x.reader.append(expectedFinding(QStringLiteral("SLOT_PAYLOAD_CRC_MISMATCH"), s.payloadOffset));
            slotList.append(s.index);
        }
        const qint64 first = img.blockOffset(img.superblock.checkpoints.firstBlock);
        setWhere(first, qint64(img.superblock.checkpoints.blockCount) * img.superblock.blockSize,
                 QStringLiteral("every committed slot's payload damaged"));
        x.out.insert(QStringLiteral("slots"), slotList);
        x.verifier.append(expectedFinding(QStringLiteral("NO_VALID_CHECKPOINT"), first));
    } else if (kind == QLatin1String("torn-superblock")) {
        // A superblock update (revision + 1) into copy 0, cut after 128 of 256 bytes:
        // the block was erased first, so the rest reads 0xFF.
        Superblock sb = img.superblock;
        sb.revision += 1;
        const QByteArray fresh = encodeSuperblock(sb);
        QByteArray torn = fresh.left(128) + QByteArray(int(img.superblock.blockSize) - 128, char(0xFF));
        image.replace(0, int(torn.size()), torn);
        setWhere(0, kSuperblockSize, QStringLiteral("superblock copy 0 rewritten with revision %1 and torn after 128 bytes").arg(sb.revision));
        x.reader.append(expectedFinding(QStringLiteral("SUPERBLOCK_COPY_INVALID"), 0));
    } else {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown fault kind %1").arg(kind));
    }
    x.out.insert(QStringLiteral("expected_findings"), x.reader);
    x.out.insert(QStringLiteral("expected_verifier"), x.verifier);
    return x.out;
}

} // namespace seedscope::sim
