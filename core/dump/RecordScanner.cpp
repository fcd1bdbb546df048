// SPDX-License-Identifier: GPL-3.0-or-later
// The journal and marker regions: erase blocks of framed records. Torn tail versus
// mid-log corruption follows RocksDB's recovery vocabulary: a bad record followed only by erased
// bytes, in the last block its epoch wrote, is a torn tail (a power cut mid-write,
// benign); anything else is corruption. After a bad header the length cannot be
// trusted, so the scan resynchronises at the next erase block; after a bad payload
// under a good header it skips just that payload (LevelDB's lesson).
#include "crypto/Aead.h"
#include "crypto/Crc32c.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "ledger/EntryCodec.h"
#include "util/Hex.h"

#include <QHash>

#include <vector>

namespace seedscope::dump::detail {
namespace {

QString hex32(uint32_t v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')); }

struct Damage {
    qint64 offset = 0;
    qint64 length = 0;
    int blockIndex = 0;        // index into the region's block list
    bool epochKnown = false;
    uint32_t epoch = 0;
    bool restErased = false;
    QString what;              // "record header", "payload", "block header"
    FindingText subject;
    QString expected, found;
    bool lengthInvalid = false;
};

qint64 firstNonErased(QByteArrayView b)
{
    for (qint64 i = 0; i < b.size(); ++i)
        if (b[i] != char(0xFF))
            return i;
    return -1;
}

} // namespace

namespace {

// Points each record's digest at the next record's prev_hash when that holds the same
// bytes, else at a copy in a buffer of the image's own.
// `digests` are those of the records from `first` on.
void placeDigests(QList<RecordInfo> &records, qsizetype first, const std::vector<Sha256Digest> &digests, DumpImage &img)
{
    auto digest = [&](qsizetype i) { return digests[size_t(i - first)].view(); };
    std::vector<bool> linked(digests.size());
    QByteArray own;
    for (qsizetype i = first; i < records.size(); ++i) {
        linked[size_t(i - first)] = i + 1 < records.size() && records[i + 1].prevHash() == digest(i);
        if (!linked[size_t(i - first)])
            own.append(digest(i));
    }
    img.digests.append(own); // never written again: its bytes stay where they are
    const char *next = img.digests.last().constData();
    for (qsizetype i = first; i < records.size(); ++i) {
        if (linked[size_t(i - first)]) {
            records[i].payloadHash = DigestRef(records[i + 1].prevHash().data());
        } else {
            records[i].payloadHash = DigestRef(next);
            next += Sha256Digest::size();
        }
    }
}

} // namespace

void scanRecordRegion(QByteArrayView image, DumpImage &img, bool journal, const Progress &progress)
{
    const Superblock &sb = img.superblock;
    const Region region = journal ? sb.journal : sb.markers;
    const uint32_t blockMagic = journal ? kJournalBlockMagic : kMarkerBlockMagic;
    const char *prefix = journal ? "JOURNAL" : "MARKER";
    auto code = [&](const char *suffix) { return QByteArray(prefix) + '_' + suffix; };
    QList<BlockInfo> &blocks = journal ? img.journalBlocks : img.markerBlocks;
    QList<RecordInfo> &records = journal ? img.journal : img.markers;
    const qsizetype firstRecord = records.size();
    std::vector<Sha256Digest> digests; // by record from firstRecord on, while the list grows
    const qint64 bs = sb.blockSize;
    QList<Damage> damage;
    // Consecutive records of one type the reader skips share one RECORD_UNKNOWN_TYPE
    // finding (offset of the first, length up to the end of the last, count in found):
    // a finding per record would let a dump of minimal records cost more memory per
    // record than real entries do. Any other record, damage or unused block ends a run.
    struct SkippedRun {
        qsizetype finding = -1; // index in img.findings; -1: no run open
        uint8_t type = 0;
        uint32_t firstBlock = 0;
        int count = 0;
    } run;
    auto endRun = [&run] { run.finding = -1; };

    for (uint32_t b = region.firstBlock; b < region.firstBlock + region.blockCount; ++b) {
        const qint64 boff = qint64(b) * bs;
        if (progress.stopRequested())
            return; // readDump returns Cancelled
        progress.report(QStringLiteral("read"), boff, image.size());
        // A file cut mid-block still holds the records before the cut: read the block's
        // present bytes (format section 11.1 "partially present block"); a record the
        // cut runs through is not damage but absent, which IMAGE_TRUNCATED names.
        const qint64 avail = std::min<qint64>(bs, image.size() - boff);
        if (avail < kBlockHeaderSize)
            break; // IMAGE_TRUNCATED says why
        const QByteArrayView block = image.sliced(boff, avail);
        BlockInfo bi;
        bi.block = b;
        bi.offset = boff;
        const QByteArrayView rawBh = block.first(kBlockHeaderSize);
        if (isErased(rawBh)) {
            const qint64 stray = firstNonErased(block);
            if (stray >= 0)
                img.findings.append(makeFinding(img, code("UNEXPECTED_DATA").constData(), Severity::Warning, boff + stray, 1,
                                                journal ? ftr(QT_TRANSLATE_NOOP("Finding", "journal block %1"), b) : ftr(QT_TRANSLATE_NOOP("Finding", "marker block %1"), b),
                                                ftr(QT_TRANSLATE_NOOP("Finding", "Programmed bytes in a block whose header is erased: no writer puts data there.")),
                                                QStringLiteral("0xff"), toHex(block.sliced(stray, 1)), Verdict::Corruption));
            endRun();
            blocks.append(bi);
            continue;
        }
        auto bh = decodeBlockHeader(rawBh);
        if (!bh || bh->magic != blockMagic || !bh->crcOk()) {
            bi.state = BlockInfo::State::Invalid;
            Damage d;
            d.offset = boff;
            d.length = kBlockHeaderSize;
            d.blockIndex = int(blocks.size());
            d.restErased = isErased(block.sliced(kBlockHeaderSize));
            d.what = QStringLiteral("block header");
            if (bh && bh->magic == blockMagic) {
                d.expected = hex32(bh->storedCrc);
                d.found = hex32(bh->computedCrc);
            } else {
                d.expected = QString::fromLatin1(journal ? "SJBK" : "SMBK");
                d.found = toHex(rawBh.first(4));
            }
            damage.append(d);
            endRun();
            blocks.append(bi);
            continue;
        }
        bi.state = BlockInfo::State::Valid;
        bi.header = *bh;
        const FindingText blockLoc = journal ? ftr(QT_TRANSLATE_NOOP("Finding", "journal block %1"), b) : ftr(QT_TRANSLATE_NOOP("Finding", "marker block %1"), b);
        qint64 pos = kBlockHeaderSize;
        bi.usedBytes = pos;
        // Epoch of the last good record (markers continue in a block across epochs).
        uint32_t lastEpoch = bh->epoch;
        int recordNo = 0;
        while (pos + kRecordHeaderSize <= bs) {
            if (pos + kRecordHeaderSize > avail)
                break; // the image ends here
            const QByteArrayView rawHdr = block.sliced(pos, kRecordHeaderSize);
            if (isErased(rawHdr)) {
                const qint64 stray = firstNonErased(block.sliced(pos));
                if (stray >= 0)
                    img.findings.append(makeFinding(img, code("UNEXPECTED_DATA").constData(), Severity::Warning, boff + pos + stray, 1,
                                                    blockLoc,
                                                    ftr(QT_TRANSLATE_NOOP("Finding", "Programmed bytes after the last record of the block, where flash should be erased.")),
                                                    QStringLiteral("0xff"), toHex(block.sliced(pos + stray, 1)), Verdict::Corruption));
                if (stray >= 0)
                    endRun();
                break;
            }
            auto h = decodeRecordHeader(rawHdr);
            if (h->magic != kRecordMagic || !h->crcOk()) {
                Damage d;
                d.offset = boff + pos;
                d.length = kRecordHeaderSize;
                d.blockIndex = int(blocks.size());
                d.epochKnown = true;
                d.epoch = lastEpoch;
                d.restErased = isErased(block.sliced(pos + kRecordHeaderSize));
                d.what = QStringLiteral("record header");
                d.subject = ftr(QT_TRANSLATE_NOOP("Finding", "record %1"), recordNo);
                d.expected = h->magic != kRecordMagic ? QStringLiteral("magic 5352") : hex32(h->storedCrc);
                d.found = h->magic != kRecordMagic ? toHex(rawHdr.first(2)) : hex32(h->computedCrc);
                damage.append(d);
                endRun();
                break; // the length is untrusted: resynchronise at the next block
            }
            if (qint64(h->payloadLength) > bs - pos - kRecordHeaderSize) {
                Damage d;
                d.offset = boff + pos;
                d.length = kRecordHeaderSize;
                d.blockIndex = int(blocks.size());
                d.epochKnown = true;
                d.epoch = lastEpoch;
                d.lengthInvalid = true;
                d.what = QStringLiteral("payload length");
                d.subject = ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), h->seq);
                d.expected = QStringLiteral("<= %1").arg(bs - pos - kRecordHeaderSize);
                d.found = QString::number(h->payloadLength);
                damage.append(d);
                endRun();
                break;
            }
            if (pos + kRecordHeaderSize + qint64(h->payloadLength) > avail)
                break; // the image ends inside this record: absent, not damaged
            // Found by fuzz_dump_records: a header with non-zero reserved bytes and a
            // matching CRC was accepted silently. v1 writers write zeros; anything else is
            // a newer writer or a hidden channel, and an auditor should hear of it.
            if (h->reserved != 0)
                img.findings.append(makeFinding(img, "RECORD_RESERVED_NONZERO", Severity::Warning, boff + pos + 64, 4, blockLoc,
                                                ftr(QT_TRANSLATE_NOOP("Finding", "The record header's reserved bytes are not zero; format v1 writers always write zeros.")),
                                                QStringLiteral("00000000"), toHex(rawHdr.sliced(64, 4)), Verdict::Unknown));
            RecordInfo r;
            r.offset = boff + pos;
            r.block = b;
            r.header = RecordHead{h->seq, h->payloadLength, h->epoch, h->type, h->flags};
            const QByteArrayView payload = block.sliced(pos + kRecordHeaderSize, h->payloadLength);
            // The scanned image is the borrowed one or the DumpImage's own copy (readDump):
            // either outlives the record.
            r.m_stored = rawHdr.data();
            const uint32_t pcrc = crypto::crc32c(payload);
            r.payloadCrcOk = pcrc == h->payloadCrc;
            digests.push_back(Sha256Digest::of(payload)); // placed once the list is whole
            const qint64 next = pos + recordFootprint(h->payloadLength);
            if (!r.payloadCrcOk) {
                Damage d;
                d.offset = r.offset;
                d.length = kRecordHeaderSize + h->payloadLength;
                d.blockIndex = int(blocks.size());
                d.epochKnown = true;
                d.epoch = lastEpoch;
                d.restErased = next >= avail || isErased(block.sliced(std::min<qint64>(next, avail)));
                d.what = QStringLiteral("payload");
                d.subject = ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), h->seq);
                d.expected = hex32(h->payloadCrc);
                d.found = hex32(pcrc);
                damage.append(d);
                endRun();
            }
            const bool skipped = !isKnownRecordType(h->type) || isJournalType(h->type) != journal;
            if (skipped && run.finding >= 0 && run.type == h->type) {
                Finding &f = img.findings[run.finding];
                ++run.count;
                f.length = r.offset + r.footprint() - f.offset;
                if (b != run.firstBlock)
                    f.location = QStringLiteral("%1 blocks %2-%3").arg(QLatin1String(journal ? "journal" : "marker")).arg(run.firstBlock).arg(b);
                f.found = QStringLiteral("0x%1 in %2 consecutive records").arg(h->type, 2, 16, QLatin1Char('0')).arg(run.count);
            } else if (skipped) {
                const bool ignorable = h->type & kTypeSafeToIgnore;
                run = SkippedRun{img.findings.size(), h->type, b, 1};
                img.findings.append(makeFinding(img, "RECORD_UNKNOWN_TYPE", ignorable ? Severity::Info : Severity::Warning, r.offset,
                                                r.footprint(), blockLoc,
                                                ignorable ? ftr(QT_TRANSLATE_NOOP("Finding", "A record type this build does not know, marked safe to ignore (bit 7); skipped."))
                                                          : ftr(QT_TRANSLATE_NOOP("Finding", "A record type this build does not know (or one that does not belong in this region); its payload is skipped and not interpreted.")),
                                                ftr(QT_TRANSLATE_NOOP("Finding", "a %1 record type"), QLatin1String(journal ? "journal" : "marker")),
                                                QStringLiteral("0x%1").arg(h->type, 2, 16, QLatin1Char('0'))));
            } else {
                endRun();
            }
            if (h->epoch != bh->epoch && journal)
                img.findings.append(makeFinding(img, code("EPOCH_MISMATCH").constData(), Severity::Warning, r.offset + 8, 4, blockLoc,
                                                ftr(QT_TRANSLATE_NOOP("Finding", "The record's epoch differs from its block's: a record of another generation.")),
                                                QString::number(bh->epoch), QString::number(h->epoch), Verdict::Corruption));
            if (journal && h->type == uint8_t(RecordType::Epoch) && r.payloadCrcOk) {
                auto ep = decodeEpochPayload(payload);
                if (ep)
                    img.epochs.append(EpochInfo{ep->epoch, r.offset, *ep});
                else
                    img.findings.append(makeFinding(img, "JOURNAL_EPOCH_INVALID", Severity::Error, r.offset, r.footprint(), blockLoc,
                                                    ftr(QT_TRANSLATE_NOOP("Finding", "An EPOCH record whose payload is not 64 bytes.")),
                                                    QStringLiteral("64"), QString::number(h->payloadLength), Verdict::Corruption));
            }
            lastEpoch = h->epoch;
            records.append(std::move(r));
            ++recordNo;
            pos = next;
            bi.usedBytes = std::min<qint64>(pos, bs);
        }
        blocks.append(bi);
    }

    // Classify the damage now that the whole region is known.
    for (const Damage &d : damage) {
        // Torn only if nothing of the same generation was written after it.
        bool laterUse = false;
        const uint32_t damagedBlock = blocks[d.blockIndex].block;
        for (int i = d.blockIndex + 1; i < blocks.size() && !laterUse; ++i) {
            const BlockInfo &o = blocks[i];
            if (o.state == BlockInfo::State::Erased)
                continue;
            if (!d.epochKnown || o.state != BlockInfo::State::Valid || o.header.epoch == d.epoch)
                laterUse = true;
        }
        for (const RecordInfo &r : records)
            if (d.epochKnown && r.block > damagedBlock && r.header.epoch == d.epoch)
                laterUse = true;
        const FindingText what = d.what == QLatin1String("block header") ? ftr(QT_TRANSLATE_NOOP("Finding", "block header"))
            : d.what == QLatin1String("record header")                   ? ftr(QT_TRANSLATE_NOOP("Finding", "record header"))
            : d.what == QLatin1String("payload length")                  ? ftr(QT_TRANSLATE_NOOP("Finding", "payload length"))
            : d.what == QLatin1String("payload")                         ? ftr(QT_TRANSLATE_NOOP("Finding", "payload"))
                                                                         : FindingText(d.what);
        const FindingText loc = journal ? ftr(QT_TRANSLATE_NOOP("Finding", "journal block %1, %2"), blocks[d.blockIndex].block, what)
                                        : ftr(QT_TRANSLATE_NOOP("Finding", "marker block %1, %2"), blocks[d.blockIndex].block, what);
        Finding f;
        if (d.lengthInvalid) {
            f = makeFinding(img, code("LENGTH_INVALID").constData(), Severity::Error, d.offset, d.length, loc,
                            ftr(QT_TRANSLATE_NOOP("Finding", "A record declares a payload longer than what remains of its erase block; the rest of the block is skipped.")),
                            d.expected, d.found, Verdict::Corruption);
        } else if (d.restErased && !laterUse) {
            f = makeFinding(img, code("TORN_TAIL").constData(), Severity::Warning, d.offset, d.length, loc,
                            ftr(QT_TRANSLATE_NOOP("Finding", "The last write of this log generation is incomplete and only erased flash follows: a power cut mid-write. The device truncates here.")),
                            d.expected, d.found, Verdict::TornTail);
        } else if (d.what == QLatin1String("block header")) {
            f = makeFinding(img, code("BLOCK_HEADER_INVALID").constData(), Severity::Error, d.offset, d.length, loc,
                            ftr(QT_TRANSLATE_NOOP("Finding", "A used block whose header is damaged; its records are skipped.")), d.expected, d.found,
                            Verdict::Corruption);
        } else {
            f = makeFinding(img, code("CRC_MISMATCH").constData(), Severity::Error, d.offset, d.length, loc,
                            d.what == QLatin1String("payload")
                                ? ftr(QT_TRANSLATE_NOOP("Finding", "A record's payload checksum does not match and valid data follows: damage in the middle of the log."))
                                : ftr(QT_TRANSLATE_NOOP("Finding", "A record header's checksum does not match and valid data follows: damage in the middle of the log; the rest of the block is skipped.")),
                            d.expected, d.found, Verdict::Corruption);
        }
        f.setText(FindingField::Subject, d.subject);
        img.findings.append(f);
    }
    // Growth slack of a list of hundreds of thousands of records is megabytes held for
    // the whole session.
    records.squeeze();
    blocks.squeeze();
    placeDigests(records, firstRecord, digests, img);
}

void decryptJournal(DumpImage &img, const crypto::SecureBytes *rootKey, const Progress &progress)
{
    QHash<uint32_t, QByteArray> salts;
    for (const EpochInfo &e : img.epochs)
        if (!salts.contains(e.epoch))
            salts.insert(e.epoch, e.payload.salt);
    QHash<uint32_t, crypto::SecureBytes> keys;
    QHash<uint32_t, bool> reportedEpoch;
    bool anyNoKey = false;
    qint64 done = 0;
    // Decrypted payloads go into one buffer sized up front (ciphertext less the tag), so
    // the records' pointers into it stay put while it fills.
    qsizetype arenaSize = 0;
    if (rootKey)
        for (const RecordInfo &r : img.journal)
            if (r.header.type == uint8_t(RecordType::Entry) && r.payloadCrcOk && r.header.encrypted() && r.header.payloadLength >= uint32_t(crypto::kGcmTagSize))
                arenaSize += r.header.payloadLength - crypto::kGcmTagSize;
    img.plaintexts = QByteArray(arenaSize, Qt::Uninitialized);
    char *const arena = img.plaintexts.data();
    qsizetype arenaUsed = 0;
    for (RecordInfo &r : img.journal) {
        if ((done & 255) == 0 && progress.stopRequested())
            return; // readDump returns Cancelled
        progress.report(QStringLiteral("decrypt"), ++done, img.journal.size());
        if (r.header.type != uint8_t(RecordType::Entry) || !r.payloadCrcOk)
            continue;
        const FindingText loc = ftr(QT_TRANSLATE_NOOP("Finding", "journal block %1, seq %2"), r.block, r.header.seq);
        if (r.header.encrypted()) {
            if (!rootKey) {
                r.decrypt = DecryptState::NoKey;
                anyNoKey = true;
                continue;
            }
            if (!keys.contains(r.header.epoch)) {
                if (!salts.contains(r.header.epoch)) {
                    r.decrypt = DecryptState::Failed;
                    if (!reportedEpoch.value(r.header.epoch)) {
                        reportedEpoch[r.header.epoch] = true;
                        img.findings.append(makeFinding(img, "JOURNAL_EPOCH_UNKNOWN", Severity::Error, r.offset, r.footprint(), loc,
                                                        ftr(QT_TRANSLATE_NOOP("Finding", "No readable EPOCH record for epoch %1, so its journal key (derived from the epoch salt) cannot be computed."), r.header.epoch),
                                                        {}, {}, Verdict::Corruption));
                    }
                    continue;
                }
                auto k = journalKey(*rootKey, img.superblock.deviceId, r.header.epoch, salts.value(r.header.epoch));
                if (!k) {
                    r.decrypt = DecryptState::Failed;
                    continue;
                }
                keys.insert(r.header.epoch, std::move(*k));
            }
            auto pt = decryptJournalPayload(keys.value(r.header.epoch), r.rawHeader(), r.header.epoch, r.header.seq, r.payload());
            // AES-GCM's plaintext is the ciphertext less its tag; anything else cannot be
            // placed in the buffer sized for it above, and is no authentic plaintext.
            if (pt && pt->size() != qsizetype(r.header.payloadLength) - crypto::kGcmTagSize)
                pt = makeError(ErrorCode::Malformed, QStringLiteral("plaintext length"));
            if (!pt) {
                r.decrypt = DecryptState::Failed;
                img.findings.append(makeFinding(img, "JOURNAL_DECRYPT_FAILED", Severity::Error, r.offset, r.footprint(), loc,
                                                ftr(QT_TRANSLATE_NOOP("Finding", "The entry does not authenticate under its epoch key: wrong storage key, or the ciphertext or its header was altered or moved.")),
                                                {}, {}, Verdict::Tampering));
                continue;
            }
            r.decrypt = DecryptState::Decrypted;
            std::copy_n(pt->constData(), pt->size(), arena + arenaUsed);
            r.m_plain = arena + arenaUsed;
            arenaUsed += pt->size();
        } else {
            r.decrypt = DecryptState::Plain;
            if (img.superblock.encrypted())
                img.findings.append(makeFinding(img, "JOURNAL_PLAINTEXT_IN_ENCRYPTED_DUMP", Severity::Warning, r.offset, r.footprint(), loc,
                                                ftr(QT_TRANSLATE_NOOP("Finding", "An unencrypted entry in a dump whose superblock says entries are encrypted.")),
                                                ftr(QT_TRANSLATE_NOOP("Finding", "encrypted")), ftr(QT_TRANSLATE_NOOP("Finding", "plaintext")), Verdict::Tampering));
        }
        r.hasPlaintext = true;
        const QByteArrayView plain = r.plaintext();
        auto eh = decodeEntryHeader(plain);
        if (!eh) {
            img.findings.append(makeFinding(img, "JOURNAL_ENTRY_TOO_SHORT", Severity::Error, r.offset, r.footprint(), loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "An entry payload shorter than its 48-byte entry header.")),
                                            QStringLiteral(">= 48"), QString::number(plain.size()), Verdict::Corruption));
            continue;
        }
        if (auto e = ledger::decodeEntry(r.entryBytes()))
            r.entryDecodes = true;
        else
            img.findings.append(makeFinding(img, "JOURNAL_ENTRY_UNDECODABLE", Severity::Error, r.offset, r.footprint(), loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The entry's framing and checksums hold but its ledger bytes do not decode: %1"), e.error().message),
                                            {}, {}, Verdict::Unknown));
        if (eh->seq != r.header.seq || eh->lamport != r.lamport() || eh->prevHash != r.prevHash())
            img.findings.append(makeFinding(img, "JOURNAL_ENTRY_HEADER_MISMATCH", Severity::Error, r.offset, r.footprint(), loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The entry header inside the payload disagrees with the record header (seq, Lamport or prev_hash).")),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "seq %1 lamport %2"), r.header.seq, r.lamport()),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "seq %1 lamport %2"), eh->seq, eh->lamport), Verdict::Tampering));
    }
    if (arenaUsed == 0)
        img.plaintexts = QByteArray(); // a key that fits nothing: no buffer held for it
    if (anyNoKey)
        img.findings.append(makeFinding(img, "DUMP_ENCRYPTED_NO_KEY", Severity::Info, -1, 0, ftr(QT_TRANSLATE_NOOP("Finding", "journal")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "The journal is encrypted and no storage key was given: entry contents were not read; framing, checksums and the hash chain still were."))));
}

} // namespace seedscope::dump::detail
