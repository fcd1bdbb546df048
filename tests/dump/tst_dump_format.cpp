// SPDX-License-Identifier: GPL-3.0-or-later
// Format v1 structures: every encoder round-trips through its decoder, sizes and magic
// bytes are the documented ones, and the reader finds damage at the exact offset.
#include "FindingText.h"
#include "crypto/Crc32c.h"
#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "dump/Format.h"
#include "ledger/EntryCodec.h"
#include "sim/NorFlash.h"

#include <QTest>

using namespace seedscope;
using namespace seedscope::dump;

namespace {

QByteArray filled(int n, char c) { return QByteArray(n, c); }

// Large enough for three encoded transfer entries in one journal block.
constexpr int kTinyBlock = 1024;

Superblock sampleSuperblock()
{
    Superblock sb;
    sb.revision = 7;
    sb.blockSize = kTinyBlock;
    sb.totalBlocks = 16;
    sb.deviceId = filled(16, 'd');
    sb.networkId = QStringLiteral("test-net");
    sb.identity = {2, 1};
    sb.checkpoints = {3, 4};
    sb.journal = {7, 6};
    sb.markers = {13, 3};
    sb.slotCount = 2;
    sb.slotBlocks = 2;
    return sb;
}

// A tiny hand-built image: superblocks, identity, one journal block with records.
struct TinyImage {
    QByteArray image;
    QList<qint64> recordOffsets;
};

// A structurally valid ledger entry (the reader decodes entries; signatures are the verifier's business).
QByteArray tinyEntryBytes(int i)
{
    ledger::Entry e;
    e.txId = filled(16, char('a' + i));
    e.origin = filled(16, 'd');
    e.lamport = uint64_t(10 + i);
    e.sequence = uint64_t(i + 1);
    e.from = filled(16, 'f');
    e.to = filled(16, 't');
    e.amount = 100 + i;
    e.signature = filled(64, 's');
    return ledger::encodeEntry(e);
}

TinyImage buildTiny(int records, bool tearLast)
{
    Superblock sb = sampleSuperblock();
    auto signer = crypto::Ed25519Signer::fromSeed(filled(32, 's'));
    sb.deviceId = crypto::keyId16(signer->publicKey());
    TinyImage t;
    t.image = filled(int(sb.blockSize * sb.totalBlocks), char(0xFF));
    QByteArray a = encodeSuperblock(sb);
    t.image.replace(0, a.size(), a);
    t.image.replace(kTinyBlock, a.size(), a);
    IdentityHeader id;
    id.devicePublicKey = signer->publicKey();
    id.deviceId = sb.deviceId;
    id.networkId = sb.networkId;
    id.registrationSignature = filled(64, 'r');
    const QByteArray idb = encodeIdentityHeader(id);
    t.image.replace(2 * kTinyBlock, idb.size(), idb);
    const qint64 jb = 7 * kTinyBlock;
    BlockHeader bh;
    bh.epoch = 1;
    bh.blockSeq = 0;
    bh.firstRecordSeq = 1;
    const QByteArray bhb = encodeBlockHeader(bh);
    t.image.replace(int(jb), bhb.size(), bhb);
    qint64 pos = jb + kBlockHeaderSize;
    QByteArray prev(32, '\0');
    for (int i = 0; i < records; ++i) {
        const QByteArray payload = encodeEntryHeader({uint64_t(i + 1), uint64_t(10 + i), prev}) + tinyEntryBytes(i);
        RecordHeader h;
        h.type = uint8_t(RecordType::Entry);
        h.payloadLength = uint32_t(payload.size());
        h.epoch = 1;
        h.payloadCrc = crypto::crc32c(payload);
        h.seq = uint64_t(i + 1);
        h.lamport = uint64_t(10 + i);
        h.prevHash = prev;
        QByteArray rec = encodeRecordHeader(h) + payload;
        if (tearLast && i == records - 1)
            rec.truncate(kRecordHeaderSize + 5);
        t.image.replace(int(pos), rec.size(), rec);
        t.recordOffsets.append(pos);
        pos += recordFootprint(h.payloadLength);
        prev = crypto::sha256(payload);
    }
    return t;
}

bool hasFinding(const DumpImage &img, const QString &code, qint64 offset)
{
    for (const Finding &f : img.findings)
        if (f.code == code && f.offset == offset)
            return true;
    return false;
}

QString codes(const DumpImage &img) { return testing::findingText(img.findings); }

} // namespace

class TstDumpFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void magicAndSizes()
    {
        const QByteArray sb = encodeSuperblock(sampleSuperblock());
        QCOMPARE(sb.size(), kSuperblockSize);
        QCOMPARE(sb.left(8).toHex(), QByteArray("895345440d0a1a0a"));
        QCOMPARE(encodeIdentityHeader({}).size(), kIdentityHeaderSize);
        QCOMPARE(encodeKeyRecord({}).size(), kKeyRecordSize);
        QCOMPARE(encodeBlockHeader({}).size(), kBlockHeaderSize);
        QCOMPARE(encodeRecordHeader({}).size(), kRecordHeaderSize);
        QCOMPARE(encodeSlotHeader({}).size(), kSlotHeaderSize);
        QCOMPARE(encodeCommitRecord({}).size(), kCommitRecordSize);
        QCOMPARE(encodeEntryHeader({}).size(), kEntryHeaderSize);
        QCOMPARE(encodeEpochPayload({}).size(), kEpochPayloadSize);
        QCOMPARE(encodeBootMarker({}).size(), kBootMarkerSize);
        QCOMPARE(encodeCheckpointMarker({}, false).size(), kCheckpointBeginSize);
        QCOMPARE(encodeCheckpointMarker({}, true).size(), kCheckpointCommitSize);
        QCOMPARE(encodeSealMarker({}).size(), kSealMarkerSize);
        QCOMPARE(encodeRecoveryMarker({}).size(), kRecoveryMarkerSize);
        QCOMPARE(encodeGenericMarker({}).size(), kGenericMarkerSize);
        QCOMPARE(encodeRecordHeader({}).left(2), QByteArray("SR"));
        QCOMPARE(encodeSlotHeader({}).left(4), QByteArray("SCKP"));
        QCOMPARE(encodeCommitRecord({}).left(4), QByteArray("SCMT"));
        QCOMPARE(encodeIdentityHeader({}).left(4), QByteArray("SIDN"));
    }

    void roundTrips()
    {
        Superblock sb = sampleSuperblock();
        auto sb2 = decodeSuperblock(encodeSuperblock(sb));
        QVERIFY(sb2 && sb2->crcOk());
        sb.storedCrc = sb.computedCrc = sb2->storedCrc;
        QCOMPARE(*sb2, sb);
        QVERIFY(geometryProblem(sb).isEmpty());

        IdentityHeader id{1, filled(32, 'p'), filled(16, 'i'), QStringLiteral("net"), filled(64, 's'), 2, 0, 0};
        auto id2 = decodeIdentityHeader(encodeIdentityHeader(id));
        QVERIFY(id2 && id2->crcOk());
        id.storedCrc = id.computedCrc = id2->storedCrc;
        QCOMPARE(*id2, id);

        KeyRecord k{3, filled(32, 'k'), 99, filled(64, 'g'), 0, 0};
        auto k2 = decodeKeyRecord(encodeKeyRecord(k));
        QVERIFY(k2 && k2->crcOk());
        k.storedCrc = k.computedCrc = k2->storedCrc;
        QCOMPARE(*k2, k);

        BlockHeader bh{kJournalBlockMagic, 4, 5, 6, 0, 0};
        auto bh2 = decodeBlockHeader(encodeBlockHeader(bh));
        QVERIFY(bh2 && bh2->crcOk());
        bh.storedCrc = bh.computedCrc = bh2->storedCrc;
        QCOMPARE(*bh2, bh);

        RecordHeader rh;
        rh.type = 0x13;
        rh.flags = 1;
        rh.payloadLength = 123;
        rh.epoch = 9;
        rh.payloadCrc = 0xdeadbeef;
        rh.seq = 1ull << 40;
        rh.lamport = 77;
        rh.prevHash = filled(32, 'h');
        auto rh2 = decodeRecordHeader(encodeRecordHeader(rh));
        QVERIFY(rh2 && rh2->crcOk());
        rh.storedCrc = rh.computedCrc = rh2->storedCrc;
        QCOMPARE(*rh2, rh);

        EntryHeader eh{1, 2, filled(32, 'x')};
        QCOMPARE(*decodeEntryHeader(encodeEntryHeader(eh)), eh);
        EpochPayload ep{3, 2, filled(16, 's'), 10, filled(32, 'h')};
        QCOMPARE(*decodeEpochPayload(encodeEpochPayload(ep)), ep);
        BootMarker bm{4, 1, 1, 8, 4096, 77, 1000, 5};
        QCOMPARE(*decodeBootMarker(encodeBootMarker(bm)), bm);
        CheckpointMarker cb{5, 2, 1, 300, {}};
        QCOMPARE(*decodeCheckpointMarker(encodeCheckpointMarker(cb, false), false), cb);
        CheckpointMarker cc{5, 2, 2, 300, filled(32, 'r')};
        QCOMPARE(*decodeCheckpointMarker(encodeCheckpointMarker(cc, true), true), cc);
        SealMarker sm{2, 50, filled(32, 'c'), 60, 50, filled(32, 'l'), filled(64, 'S')};
        QCOMPARE(*decodeSealMarker(encodeSealMarker(sm)), sm);
        RecoveryMarker rm{9, filled(32, 'g'), 8192, 100, filled(32, 'd'), 4, 1};
        QCOMPARE(*decodeRecoveryMarker(encodeRecoveryMarker(rm)), rm);
        GenericMarker gm{1, 2};
        QCOMPARE(*decodeGenericMarker(encodeGenericMarker(gm)), gm);

        SlotHeader sh;
        sh.kind = 2;
        sh.flags = 1;
        sh.checkpointSeq = 12;
        sh.baseSeq = 11;
        sh.journalSeq = 500;
        sh.chainHash = filled(32, 'c');
        sh.lamport = 900;
        sh.timestampHint = 1700000000;
        sh.stateRoot = filled(32, 'r');
        sh.baseStateRoot = filled(32, 'b');
        sh.logRoot = filled(32, 'l');
        sh.logSize = 500;
        sh.deviceId = filled(16, 'd');
        sh.kdfSalt = filled(16, 's');
        sh.nonce = filled(12, 'n');
        sh.epoch = 3;
        sh.payloadLength = 1000;
        sh.payloadCrc = 0x12345678;
        auto sh2 = decodeSlotHeader(encodeSlotHeader(sh));
        QVERIFY(sh2 && sh2->crcOk());
        sh.storedCrc = sh.computedCrc = sh2->storedCrc;
        QCOMPARE(*sh2, sh);

        CommitRecord c{1, 12, filled(32, 'p'), filled(64, 's'), 0, 0};
        auto c2 = decodeCommitRecord(encodeCommitRecord(c));
        QVERIFY(c2 && c2->crcOk());
        c.storedCrc = c.computedCrc = c2->storedCrc;
        QCOMPARE(*c2, c);
    }

    void erasedAndZeroHeadersNeverParse()
    {
        auto ff = decodeRecordHeader(filled(kRecordHeaderSize, char(0xFF)));
        QVERIFY(ff->magic != kRecordMagic || !ff->crcOk());
        auto zero = decodeRecordHeader(filled(kRecordHeaderSize, '\0'));
        QVERIFY(zero->magic != kRecordMagic);
        QVERIFY(!decodeSuperblock(filled(256, '\0')));
    }

    void geometryChecks()
    {
        Superblock sb = sampleSuperblock();
        sb.blockSize = 1000;
        QVERIFY(!geometryProblem(sb).isEmpty());
        sb = sampleSuperblock();
        sb.journal = {5, 6}; // overlaps the checkpoint region
        QVERIFY(!geometryProblem(sb).isEmpty());
        sb = sampleSuperblock();
        sb.slotBlocks = 3;
        QVERIFY(!geometryProblem(sb).isEmpty());
    }

    void cryptoHelpers()
    {
        crypto::SecureBytes root(filled(32, 'R'));
        auto k1 = journalKey(root, filled(16, 'd'), 1, filled(16, 's'));
        auto k2 = journalKey(root, filled(16, 'e'), 1, filled(16, 's'));
        auto k3 = journalKey(root, filled(16, 'd'), 2, filled(16, 's'));
        QVERIFY(k1 && k2 && k3);
        QVERIFY(k1->view() != k2->view());
        QVERIFY(k1->view() != k3->view());
        QCOMPARE(journalNonce(1, 2).toHex(), QByteArray("010000000200000000000000"));
        RecordHeader h;
        h.type = 1;
        h.flags = kRecordFlagEncrypted;
        h.epoch = 1;
        h.seq = 5;
        h.payloadLength = 10 + 16;
        auto ct = encryptJournalPayload(*k1, h, "0123456789");
        QVERIFY(ct);
        h.payloadCrc = crypto::crc32c(*ct);
        const QByteArray hb = encodeRecordHeader(h);
        auto pt = decryptJournalPayload(*k1, hb, 1, 5, *ct);
        QVERIFY(pt);
        QCOMPARE(*pt, QByteArray("0123456789"));
        // Moving the ciphertext under another sequence fails authentication.
        QVERIFY(!decryptJournalPayload(*k1, hb, 1, 6, *ct));
    }

    void norFlashRules()
    {
        sim::NorFlash f(512, 4);
        QVERIFY(f.program(0, QByteArray("\x0f\xf0", 2)).ok());
        QVERIFY(f.program(0, QByteArray("\xff\x0f", 2)).ok()); // AND: bits only clear
        QCOMPARE(f.read(0, 2).toByteArray().toHex(), QByteArray("0f00"));
        QVERIFY(f.erase(0).ok());
        QCOMPARE(f.read(0, 2).toByteArray().toHex(), QByteArray("ffff"));
        f.cutAtProgrammedByte(f.bytesProgrammed() + 3);
        QVERIFY(!f.program(10, QByteArray(8, '\0')).ok());
        QVERIFY(f.powerLost());
        QCOMPARE(f.read(10, 8).toByteArray().toHex(), QByteArray("000000ffffffffff"));
        QVERIFY(!f.erase(1).ok());
        f.restorePower();
        f.cutAfterOps(f.opCount() + 1);
        QVERIFY(f.program(20, "a").ok());
        QVERIFY(!f.program(21, "b").ok());
        QCOMPARE(f.read(21, 1).toByteArray(), QByteArray("\xff"));
    }

    void readerCleanTiny()
    {
        TinyImage t = buildTiny(3, false);
        auto img = readDump(t.image, {});
        QVERIFY(img);
        QVERIFY(img->readable);
        QCOMPARE(img->journal.size(), 3);
        QCOMPARE(img->journal[1].offset, t.recordOffsets[1]);
        QCOMPARE(img->journal[1].header.seq, 2u);
        QVERIFY(img->journal[2].hasEntryHeader());
        QCOMPARE(img->journal[2].entryBytes().toByteArray(), tinyEntryBytes(2));
        QVERIFY(img->journal[2].entryDecodes);
        QCOMPARE(img->journal[2].decodedEntry()->amount, int64_t(102));
        QCOMPARE(img->journal[1].prevHash().toByteArray(), img->journal[0].payloadHash.toByteArray());
        QVERIFY2(img->findings.isEmpty(), qPrintable(codes(*img)));
    }

    // A record's payload digest is the next record's prev_hash where the chain links, and a
    // copy of the image's own where it does not (the last record, a damaged payload); it is
    // the SHA-256 of the stored payload either way, and a copy of the image keeps it.
    void payloadDigestsWhereverTheyLie()
    {
        TinyImage t = buildTiny(3, false);
        t.image[int(t.recordOffsets[1] + kRecordHeaderSize + 3)] ^= 0x10; // record 2's payload: its digest links to nothing
        std::optional<DumpImage> copy;
        {
            auto img = readDump(t.image, {});
            QVERIFY(img);
            copy = *img;
        }
        const QList<RecordInfo> &j = copy->journal;
        QCOMPARE(j.size(), 3);
        for (const RecordInfo &r : j)
            QCOMPARE(r.payloadHash.toByteArray(), crypto::sha256(r.payload()));
        QCOMPARE(j[0].payloadHash.data(), j[1].prevHash().data()); // linked: read in place
        QVERIFY(j[1].payloadHash.data() != j[2].prevHash().data());
        QVERIFY(j[1].payloadHash != DigestRef(j[2].prevHash().data()));
        const char *imageStart = copy->ownedImage.constData();
        for (int i : {1, 2})
            QVERIFY(j[i].payloadHash.data() < imageStart || j[i].payloadHash.data() >= imageStart + copy->ownedImage.size());
        QCOMPARE(DigestRef().view().size(), 0);
        // linksTo answers as a byte comparison would, by pointer or by bytes: the linked
        // pair, the same digest copied elsewhere, the broken link, an empty digest.
        QVERIFY(j[1].linksTo(j[0].payloadHash.view()));
        const QByteArray elsewhere = j[0].payloadHash.toByteArray();
        QVERIFY(j[1].linksTo(elsewhere));
        QVERIFY(!j[2].linksTo(j[1].payloadHash.view()));
        QVERIFY(!j[2].linksTo(elsewhere));
        QVERIFY(!j[1].linksTo(QByteArrayView()));
        QVERIFY(!j[1].linksTo(QByteArrayView(j[1].prevHash().data(), 31))); // same bytes, shorter
    }

    void readerTornTail()
    {
        TinyImage t = buildTiny(3, true);
        auto img = readDump(t.image, {});
        QVERIFY(img);
        QVERIFY2(hasFinding(*img, QStringLiteral("JOURNAL_TORN_TAIL"), t.recordOffsets[2]), qPrintable(codes(*img)));
        QCOMPARE(img->findings.size(), 1);
    }

    void readerMidLogCorruption()
    {
        TinyImage t = buildTiny(3, false);
        t.image[int(t.recordOffsets[1] + kRecordHeaderSize + 3)] ^= 0x10; // payload of record 2
        auto img = readDump(t.image, {});
        QVERIFY2(hasFinding(*img, QStringLiteral("JOURNAL_CRC_MISMATCH"), t.recordOffsets[1]), qPrintable(codes(*img)));
        QCOMPARE(img->journal.size(), 3); // header trusted: only that payload skipped
        t.image[int(t.recordOffsets[0] + 20)] ^= 0x01; // header of record 1: resync at next block
        img = readDump(t.image, {});
        QVERIFY2(hasFinding(*img, QStringLiteral("JOURNAL_CRC_MISMATCH"), t.recordOffsets[0]) ||
                     hasFinding(*img, QStringLiteral("JOURNAL_TORN_TAIL"), t.recordOffsets[0]),
                 qPrintable(codes(*img)));
        QCOMPARE(img->journal.size(), 0);
    }

    void readerSuperblockCases()
    {
        TinyImage t = buildTiny(1, false);
        QByteArray torn = t.image;
        torn[100] = char(torn[100] ^ 0x40);
        auto img = readDump(torn, {});
        QVERIFY(img->readable);
        QCOMPARE(img->activeSuperblock, 1);
        QVERIFY(hasFinding(*img, QStringLiteral("SUPERBLOCK_COPY_INVALID"), 0));
        torn[kTinyBlock + 100] = char(torn[kTinyBlock + 100] ^ 0x40);
        img = readDump(torn, {});
        QVERIFY(!img->readable);
        QVERIFY(hasFinding(*img, QStringLiteral("SUPERBLOCK_BOTH_INVALID"), 0));

        // Unknown major version and unknown incompat flag: refused with a clear finding.
        Superblock sb = *decodeSuperblock(QByteArrayView(t.image).first(256));
        sb.versionMajor = 2;
        QByteArray v2 = t.image;
        v2.replace(0, 256, encodeSuperblock(sb));
        v2.replace(kTinyBlock, 256, encodeSuperblock(sb));
        img = readDump(v2, {});
        QVERIFY(!img->readable);
        QVERIFY(hasFinding(*img, QStringLiteral("SUPERBLOCK_UNSUPPORTED_VERSION"), 8));
        sb.versionMajor = 1;
        sb.incompatFlags = 0x80;
        v2.replace(0, 256, encodeSuperblock(sb));
        v2.replace(kTinyBlock, 256, encodeSuperblock(sb));
        img = readDump(v2, {});
        QVERIFY(!img->readable);
        QVERIFY(hasFinding(*img, QStringLiteral("SUPERBLOCK_UNSUPPORTED_FEATURE"), 20));
    }

    void readerUnknownRecordType()
    {
        TinyImage t = buildTiny(2, false);
        for (uint8_t type : {uint8_t(0x55), uint8_t(0xD5)}) {
            QByteArray img = t.image;
            auto h = *decodeRecordHeader(QByteArrayView(img).sliced(t.recordOffsets[1], 72));
            h.type = type;
            img.replace(int(t.recordOffsets[1]), 72, encodeRecordHeader(h));
            auto r = readDump(img, {});
            QVERIFY(r->readable);
            QVERIFY(hasFinding(*r, QStringLiteral("RECORD_UNKNOWN_TYPE"), t.recordOffsets[1]));
            for (const Finding &f : r->findings)
                if (f.code == QLatin1String("RECORD_UNKNOWN_TYPE"))
                    QCOMPARE(f.severity, type & 0x80 ? Severity::Info : Severity::Warning);
        }
    }

    // Consecutive records of one skipped type give one finding covering all of them
    // (first offset, total length, count in found); another type starts its own.
    void readerUnknownRecordRun()
    {
        TinyImage t = buildTiny(3, false);
        QByteArray img = t.image;
        const uint8_t types[] = {uint8_t(0xD5), uint8_t(0xD5), uint8_t(0x55)};
        for (int i = 0; i < 3; ++i) {
            auto h = *decodeRecordHeader(QByteArrayView(img).sliced(t.recordOffsets[i], 72));
            h.type = types[i];
            img.replace(int(t.recordOffsets[i]), 72, encodeRecordHeader(h));
        }
        auto r = readDump(img, {});
        QVERIFY(r->readable);
        QList<Finding> unknown;
        for (const Finding &f : r->findings)
            if (f.code == QLatin1String("RECORD_UNKNOWN_TYPE"))
                unknown.append(f);
        QVERIFY2(unknown.size() == 2, qPrintable(codes(*r)));
        QCOMPARE(unknown[0].offset, t.recordOffsets[0]);
        QCOMPARE(unknown[0].length, t.recordOffsets[2] - t.recordOffsets[0]);
        QCOMPARE(unknown[0].severity, Severity::Info);
        QCOMPARE(unknown[0].found, QStringLiteral("0xd5 in 2 consecutive records"));
        QCOMPARE(unknown[1].offset, t.recordOffsets[2]);
        QCOMPARE(unknown[1].length, r->journal[2].footprint());
        QCOMPARE(unknown[1].severity, Severity::Warning);
        QCOMPARE(unknown[1].found, QStringLiteral("0x55"));
    }

    // Regression (fuzz_dump_records, tests/fuzz/regressions): non-zero reserved header
    // bytes under a valid CRC were accepted silently and re-encoded as zeros.
    void readerFlagsReservedBytes()
    {
        TinyImage t = buildTiny(2, false);
        QByteArray img = t.image;
        auto h = *decodeRecordHeader(QByteArrayView(img).sliced(t.recordOffsets[1], 72));
        h.reserved = 0xA5A5A5A5u;
        const QByteArray raw = encodeRecordHeader(h);
        QCOMPARE(*decodeRecordHeader(raw), *decodeRecordHeader(raw)); // decodes
        QCOMPARE(decodeRecordHeader(raw)->reserved, 0xA5A5A5A5u);
        QCOMPARE(encodeRecordHeader(*decodeRecordHeader(raw)), raw);  // byte-exact round trip
        img.replace(int(t.recordOffsets[1]), 72, raw);
        auto r = readDump(img, {});
        QVERIFY(r->readable);
        QCOMPARE(r->journal.size(), 2);
        QVERIFY2(hasFinding(*r, QStringLiteral("RECORD_RESERVED_NONZERO"), t.recordOffsets[1] + 64), qPrintable(codes(*r)));
        QCOMPARE(r->findings.size(), 1);
        QVERIFY(readDump(t.image, {})->findings.isEmpty());
    }

    // The in-memory cap turns an oversized image into a finding, not an allocation.
    void readerRefusesOversizedImage()
    {
        TinyImage t = buildTiny(1, false);
        ReadOptions ro;
        ro.maxImageBytes = t.image.size() - 1;
        auto img = readDump(t.image, ro);
        QVERIFY(img);
        QVERIFY(!img->readable);
        QVERIFY(hasFinding(*img, QStringLiteral("DUMP_TOO_LARGE"), 0));
        QCOMPARE(img->findings.first().found, QString::number(t.image.size()));
        ro.maxImageBytes = t.image.size();
        QVERIFY(readDump(t.image, ro)->readable);
    }

    void readerSurvivesGarbage()
    {
        // Random bytes, truncated images, lengths at the edge: never a crash.
        TinyImage t = buildTiny(3, false);
        for (int cut : {1, 100, 300, 600, 1100, 3600, 3700, 4000})
            QVERIFY(readDump(t.image.left(cut), {}).ok());
        QByteArray huge = t.image;
        auto h = *decodeRecordHeader(QByteArrayView(huge).sliced(t.recordOffsets[0], 72));
        h.payloadLength = 0xFFFFFFF0u;
        huge.replace(int(t.recordOffsets[0]), 72, encodeRecordHeader(h));
        auto r = readDump(huge, {});
        QVERIFY(hasFinding(*r, QStringLiteral("JOURNAL_LENGTH_INVALID"), t.recordOffsets[0]));
    }
};

QTEST_GUILESS_MAIN(TstDumpFormat)
#include "tst_dump_format.moc"
