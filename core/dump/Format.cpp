// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/Format.h"

#include "crypto/Crc32c.h"
#include "util/ByteIo.h"

namespace seedscope::dump {
namespace {

// Fixed-width byte field: shorter input is zero-padded, longer is cut, so an encoder
// can never shift the fields after it.
void putFixed(QByteArray &out, QByteArrayView b, int size)
{
    const QByteArrayView part = b.first(std::min<qsizetype>(b.size(), size));
    out.append(part.data(), part.size());
    out.append(QByteArray(size - part.size(), '\0'));
}

void putText(QByteArray &out, const QString &s, int size) { putFixed(out, s.toUtf8(), size); }

QString textAt(const unsigned char *p, int size)
{
    int n = 0;
    while (n < size && p[n] != 0)
        ++n;
    return QString::fromUtf8(reinterpret_cast<const char *>(p), n);
}

QByteArray bytesAt(const unsigned char *p, int size) { return QByteArray(reinterpret_cast<const char *>(p), size); }

const unsigned char *uc(QByteArrayView b) { return reinterpret_cast<const unsigned char *>(b.data()); }

void finishCrc(QByteArray &out, int crcAt)
{
    Q_ASSERT(out.size() == crcAt);
    putU32(out, crypto::crc32c(QByteArrayView(out).first(crcAt)));
}

uint32_t crcOf(QByteArrayView b, int n) { return crypto::crc32c(b.first(n)); }

} // namespace

bool isAllBytes(QByteArrayView b, char value)
{
    for (char c : b)
        if (c != value)
            return false;
    return true;
}

// ---- Superblock ----------------------------------------------------------------------

QByteArray encodeSuperblock(const Superblock &sb)
{
    QByteArray o;
    o.reserve(kSuperblockSize);
    o.append(kFileMagic, 8);
    putU16(o, sb.versionMajor);
    putU16(o, sb.versionMinor);
    putU32(o, sb.compatFlags);
    putU32(o, sb.roCompatFlags);
    putU32(o, sb.incompatFlags);
    putU64(o, sb.revision);
    putU32(o, sb.blockSize);
    putU32(o, sb.totalBlocks);
    putFixed(o, sb.deviceId, 16);
    putText(o, sb.networkId, kNetworkIdMax);
    for (const Region *r : {&sb.identity, &sb.checkpoints, &sb.journal, &sb.markers}) {
        putU32(o, r->firstBlock);
        putU32(o, r->blockCount);
    }
    putU32(o, sb.slotCount);
    putU32(o, sb.slotBlocks);
    putU8(o, sb.hashAlg);
    putU8(o, sb.sigAlg);
    putU8(o, sb.aeadAlg);
    putU8(o, 0);
    o.append(QByteArray(252 - o.size(), '\0'));
    finishCrc(o, 252);
    return o;
}

std::optional<Superblock> decodeSuperblock(QByteArrayView b)
{
    if (b.size() < kSuperblockSize || QByteArrayView(b.first(8)) != QByteArrayView(kFileMagic, 8))
        return std::nullopt;
    const unsigned char *p = uc(b);
    Superblock sb;
    sb.versionMajor = getU16(p + 8);
    sb.versionMinor = getU16(p + 10);
    sb.compatFlags = getU32(p + 12);
    sb.roCompatFlags = getU32(p + 16);
    sb.incompatFlags = getU32(p + 20);
    sb.revision = getU64(p + 24);
    sb.blockSize = getU32(p + 32);
    sb.totalBlocks = getU32(p + 36);
    sb.deviceId = bytesAt(p + 40, 16);
    sb.networkId = textAt(p + 56, kNetworkIdMax);
    Region *regions[] = {&sb.identity, &sb.checkpoints, &sb.journal, &sb.markers};
    for (int i = 0; i < 4; ++i) {
        regions[i]->firstBlock = getU32(p + 88 + 8 * i);
        regions[i]->blockCount = getU32(p + 92 + 8 * i);
    }
    sb.slotCount = getU32(p + 120);
    sb.slotBlocks = getU32(p + 124);
    sb.hashAlg = p[128];
    sb.sigAlg = p[129];
    sb.aeadAlg = p[130];
    sb.storedCrc = getU32(p + 252);
    sb.computedCrc = crcOf(b, 252);
    return sb;
}

QString geometryProblem(const Superblock &sb)
{
    if (sb.blockSize < kMinBlockSize || sb.blockSize > kMaxBlockSize || (sb.blockSize & (sb.blockSize - 1)))
        return QStringLiteral("erase block size %1 is not a power of two from 512 to 65536").arg(sb.blockSize);
    if (sb.totalBlocks < 6 || sb.totalBlocks > (1u << 24))
        return QStringLiteral("total block count %1 is out of range").arg(sb.totalBlocks);
    const Region *regions[] = {&sb.identity, &sb.checkpoints, &sb.journal, &sb.markers};
    const char *names[] = {"identity", "checkpoint", "journal", "marker"};
    uint64_t next = 2; // blocks 0 and 1 are the superblock pair
    for (int i = 0; i < 4; ++i) {
        const Region &r = *regions[i];
        if (r.blockCount == 0)
            return QStringLiteral("%1 region is empty").arg(QLatin1String(names[i]));
        if (r.firstBlock < next)
            return QStringLiteral("%1 region starts at block %2, overlapping what comes before it").arg(QLatin1String(names[i])).arg(r.firstBlock);
        next = uint64_t(r.firstBlock) + r.blockCount;
        if (next > sb.totalBlocks)
            return QStringLiteral("%1 region ends past the last block").arg(QLatin1String(names[i]));
    }
    if (sb.slotCount < 1 || sb.slotCount > kMaxSlots)
        return QStringLiteral("slot count %1 is out of range 1..16").arg(sb.slotCount);
    if (sb.slotBlocks == 0 || uint64_t(sb.slotBlocks) * sb.slotCount != sb.checkpoints.blockCount)
        return QStringLiteral("%1 slots of %2 blocks do not fill the %3-block checkpoint region")
            .arg(sb.slotCount).arg(sb.slotBlocks).arg(sb.checkpoints.blockCount);
    if (QByteArrayView(sb.networkId.toUtf8()).size() > kNetworkIdMax)
        return QStringLiteral("network id longer than 32 bytes");
    return {};
}

// ---- Identity ------------------------------------------------------------------------

QByteArray encodeIdentityHeader(const IdentityHeader &h)
{
    QByteArray o;
    putU32(o, kIdentityMagic);
    putU16(o, h.version);
    putU16(o, h.keyHistoryCount);
    putFixed(o, h.devicePublicKey, 32);
    putFixed(o, h.deviceId, 16);
    putText(o, h.networkId, kNetworkIdMax);
    putFixed(o, h.registrationSignature, 64);
    putU32(o, 0);
    finishCrc(o, 156);
    return o;
}

std::optional<IdentityHeader> decodeIdentityHeader(QByteArrayView b)
{
    if (b.size() < kIdentityHeaderSize || getU32(uc(b)) != kIdentityMagic)
        return std::nullopt;
    const unsigned char *p = uc(b);
    IdentityHeader h;
    h.version = getU16(p + 4);
    h.keyHistoryCount = getU16(p + 6);
    h.devicePublicKey = bytesAt(p + 8, 32);
    h.deviceId = bytesAt(p + 40, 16);
    h.networkId = textAt(p + 56, kNetworkIdMax);
    h.registrationSignature = bytesAt(p + 88, 64);
    h.storedCrc = getU32(p + 156);
    h.computedCrc = crcOf(b, 156);
    return h;
}

QByteArray encodeKeyRecord(const KeyRecord &k)
{
    QByteArray o;
    putU32(o, kKeyRecordMagic);
    putU32(o, k.index);
    putFixed(o, k.newPublicKey, 32);
    putU64(o, k.validFromLamport);
    putFixed(o, k.signature, 64);
    putU32(o, 0);
    finishCrc(o, 116);
    return o;
}

std::optional<KeyRecord> decodeKeyRecord(QByteArrayView b)
{
    if (b.size() < kKeyRecordSize || getU32(uc(b)) != kKeyRecordMagic)
        return std::nullopt;
    const unsigned char *p = uc(b);
    KeyRecord k;
    k.index = getU32(p + 4);
    k.newPublicKey = bytesAt(p + 8, 32);
    k.validFromLamport = getU64(p + 40);
    k.signature = bytesAt(p + 48, 64);
    k.storedCrc = getU32(p + 116);
    k.computedCrc = crcOf(b, 116);
    return k;
}

// ---- Blocks and records ----------------------------------------------------------------

QByteArray encodeBlockHeader(const BlockHeader &h)
{
    QByteArray o;
    putU32(o, h.magic);
    putU32(o, h.epoch);
    putU64(o, h.blockSeq);
    putU64(o, h.firstRecordSeq);
    putU32(o, 0);
    finishCrc(o, 28);
    return o;
}

std::optional<BlockHeader> decodeBlockHeader(QByteArrayView b)
{
    if (b.size() < kBlockHeaderSize)
        return std::nullopt;
    const unsigned char *p = uc(b);
    BlockHeader h;
    h.magic = getU32(p);
    h.epoch = getU32(p + 4);
    h.blockSeq = getU64(p + 8);
    h.firstRecordSeq = getU64(p + 16);
    h.storedCrc = getU32(p + 28);
    h.computedCrc = crcOf(b, 28);
    return h;
}

const char *recordTypeName(uint8_t type)
{
    switch (type) {
    case 0x01: return "ENTRY";
    case 0x02: return "EPOCH";
    case 0x10: return "BOOT";
    case 0x11: return "CHECKPOINT_BEGIN";
    case 0x12: return "CHECKPOINT_COMMIT";
    case 0x13: return "SEAL";
    case 0x14: return "RECOVERY";
    case 0x15: return "FIRMWARE_UPDATE";
    case 0x16: return "LOW_BATTERY";
    case 0x17: return "CLOCK_ANOMALY";
    case 0x18: return "WIPE";
    default: return "UNKNOWN";
    }
}

bool isJournalType(uint8_t type) { return type == 0x01 || type == 0x02; }
bool isMarkerType(uint8_t type) { return type >= 0x10 && type <= 0x18; }
bool isKnownRecordType(uint8_t type) { return isJournalType(type) || isMarkerType(type); }

QByteArray encodeRecordHeader(const RecordHeader &h)
{
    QByteArray o;
    putU16(o, h.magic);
    putU8(o, h.type);
    putU8(o, h.flags);
    putU32(o, h.payloadLength);
    putU32(o, h.epoch);
    putU32(o, h.payloadCrc);
    putU64(o, h.seq);
    putU64(o, h.lamport);
    putFixed(o, h.prevHash, 32);
    putU32(o, h.reserved);
    finishCrc(o, 68);
    return o;
}

std::optional<RecordHeader> decodeRecordHeader(QByteArrayView b)
{
    if (b.size() < kRecordHeaderSize)
        return std::nullopt;
    const unsigned char *p = uc(b);
    RecordHeader h;
    h.magic = getU16(p);
    h.type = p[2];
    h.flags = p[3];
    h.payloadLength = getU32(p + 4);
    h.epoch = getU32(p + 8);
    h.payloadCrc = getU32(p + 12);
    h.seq = getU64(p + 16);
    h.lamport = getU64(p + 24);
    h.prevHash = bytesAt(p + 32, 32);
    h.reserved = getU32(p + 64);
    h.storedCrc = getU32(p + 68);
    h.computedCrc = crcOf(b, 68);
    return h;
}

QByteArray encodeEntryHeader(const EntryHeader &h)
{
    QByteArray o;
    putU64(o, h.seq);
    putU64(o, h.lamport);
    putFixed(o, h.prevHash, 32);
    return o;
}

std::optional<EntryHeader> decodeEntryHeader(QByteArrayView b)
{
    if (b.size() < kEntryHeaderSize)
        return std::nullopt;
    const unsigned char *p = uc(b);
    return EntryHeader{getU64(p), getU64(p + 8), bytesAt(p + 16, 32)};
}

QByteArray encodeEpochPayload(const EpochPayload &e)
{
    QByteArray o;
    putU32(o, e.epoch);
    putU8(o, e.reason);
    o.append(QByteArray(3, '\0'));
    putFixed(o, e.salt, kSaltSize);
    putU64(o, e.headSeq);
    putFixed(o, e.headHash, 32);
    return o;
}

std::optional<EpochPayload> decodeEpochPayload(QByteArrayView b)
{
    if (b.size() != kEpochPayloadSize)
        return std::nullopt;
    const unsigned char *p = uc(b);
    EpochPayload e;
    e.epoch = getU32(p);
    e.reason = p[4];
    e.salt = bytesAt(p + 8, 16);
    e.headSeq = getU64(p + 24);
    e.headHash = bytesAt(p + 32, 32);
    return e;
}

// ---- Markers -------------------------------------------------------------------------

QByteArray encodeBootMarker(const BootMarker &m)
{
    QByteArray o;
    putU32(o, m.bootCounter);
    putU8(o, m.loadedSlot);
    putU8(o, m.usedFallback);
    putU16(o, 0);
    putU64(o, m.loadedCheckpointSeq);
    putU64(o, m.truncatedAt);
    putU64(o, m.lastValidSeq);
    putU64(o, m.lamport);
    putU32(o, m.newEpoch);
    putU32(o, 0);
    return o;
}

std::optional<BootMarker> decodeBootMarker(QByteArrayView b)
{
    if (b.size() != kBootMarkerSize)
        return std::nullopt;
    const unsigned char *p = uc(b);
    BootMarker m;
    m.bootCounter = getU32(p);
    m.loadedSlot = p[4];
    m.usedFallback = p[5];
    m.loadedCheckpointSeq = getU64(p + 8);
    m.truncatedAt = getU64(p + 16);
    m.lastValidSeq = getU64(p + 24);
    m.lamport = getU64(p + 32);
    m.newEpoch = getU32(p + 40);
    return m;
}

QByteArray encodeCheckpointMarker(const CheckpointMarker &m, bool commit)
{
    QByteArray o;
    putU64(o, m.checkpointSeq);
    putU8(o, m.slot);
    putU8(o, m.kind);
    o.append(QByteArray(6, '\0'));
    putU64(o, m.journalSeq);
    if (commit)
        putFixed(o, m.stateRoot, 32);
    return o;
}

std::optional<CheckpointMarker> decodeCheckpointMarker(QByteArrayView b, bool commit)
{
    if (b.size() != (commit ? kCheckpointCommitSize : kCheckpointBeginSize))
        return std::nullopt;
    const unsigned char *p = uc(b);
    CheckpointMarker m;
    m.checkpointSeq = getU64(p);
    m.slot = p[8];
    m.kind = p[9];
    m.journalSeq = getU64(p + 16);
    if (commit)
        m.stateRoot = bytesAt(p + 24, 32);
    return m;
}

QByteArray encodeSealMarker(const SealMarker &m)
{
    QByteArray o;
    putU32(o, m.epoch);
    putU32(o, 0);
    putU64(o, m.journalSeq);
    putFixed(o, m.chainHash, 32);
    putU64(o, m.lamport);
    putU64(o, m.logSize);
    putFixed(o, m.logRoot, 32);
    putFixed(o, m.signature, 64);
    return o;
}

std::optional<SealMarker> decodeSealMarker(QByteArrayView b)
{
    if (b.size() != kSealMarkerSize)
        return std::nullopt;
    const unsigned char *p = uc(b);
    SealMarker m;
    m.epoch = getU32(p);
    m.journalSeq = getU64(p + 8);
    m.chainHash = bytesAt(p + 16, 32);
    m.lamport = getU64(p + 48);
    m.logSize = getU64(p + 56);
    m.logRoot = bytesAt(p + 64, 32);
    m.signature = bytesAt(p + 96, 64);
    return m;
}

QByteArray encodeRecoveryMarker(const RecoveryMarker &m)
{
    QByteArray o;
    putU64(o, m.lastGoodSeq);
    putFixed(o, m.lastGoodHash, 32);
    putU64(o, m.damageOffset);
    putU64(o, m.bytesDropped);
    putFixed(o, m.droppedHash, 32);
    putU32(o, m.newEpoch);
    putU32(o, m.reason);
    return o;
}

std::optional<RecoveryMarker> decodeRecoveryMarker(QByteArrayView b)
{
    if (b.size() != kRecoveryMarkerSize)
        return std::nullopt;
    const unsigned char *p = uc(b);
    RecoveryMarker m;
    m.lastGoodSeq = getU64(p);
    m.lastGoodHash = bytesAt(p + 8, 32);
    m.damageOffset = getU64(p + 40);
    m.bytesDropped = getU64(p + 48);
    m.droppedHash = bytesAt(p + 56, 32);
    m.newEpoch = getU32(p + 88);
    m.reason = getU32(p + 92);
    return m;
}

QByteArray encodeGenericMarker(const GenericMarker &m)
{
    QByteArray o;
    putU64(o, m.value);
    putU64(o, m.value2);
    return o;
}

std::optional<GenericMarker> decodeGenericMarker(QByteArrayView b)
{
    if (b.size() != kGenericMarkerSize)
        return std::nullopt;
    return GenericMarker{getU64(uc(b)), getU64(uc(b) + 8)};
}

// ---- Checkpoint slots --------------------------------------------------------------------

QByteArray encodeSlotHeader(const SlotHeader &h)
{
    QByteArray o;
    putU32(o, kSlotHeaderMagic);
    putU8(o, h.kind);
    putU8(o, h.flags);
    putU16(o, h.version);
    putU64(o, h.checkpointSeq);
    putU64(o, h.baseSeq);
    putU64(o, h.journalSeq);
    putFixed(o, h.chainHash, 32);
    putU64(o, h.lamport);
    putU64(o, h.timestampHint);
    putFixed(o, h.stateRoot, 32);
    putFixed(o, h.baseStateRoot, 32);
    putFixed(o, h.logRoot, 32);
    putU64(o, h.logSize);
    putFixed(o, h.deviceId, 16);
    putFixed(o, h.kdfSalt, 16);
    putFixed(o, h.nonce, 12);
    putU32(o, h.epoch);
    putU32(o, h.payloadLength);
    putU32(o, h.payloadCrc);
    o.append(QByteArray(12, '\0'));
    finishCrc(o, 252);
    return o;
}

std::optional<SlotHeader> decodeSlotHeader(QByteArrayView b)
{
    if (b.size() < kSlotHeaderSize || getU32(uc(b)) != kSlotHeaderMagic)
        return std::nullopt;
    const unsigned char *p = uc(b);
    SlotHeader h;
    h.kind = p[4];
    h.flags = p[5];
    h.version = getU16(p + 6);
    h.checkpointSeq = getU64(p + 8);
    h.baseSeq = getU64(p + 16);
    h.journalSeq = getU64(p + 24);
    h.chainHash = bytesAt(p + 32, 32);
    h.lamport = getU64(p + 64);
    h.timestampHint = getU64(p + 72);
    h.stateRoot = bytesAt(p + 80, 32);
    h.baseStateRoot = bytesAt(p + 112, 32);
    h.logRoot = bytesAt(p + 144, 32);
    h.logSize = getU64(p + 176);
    h.deviceId = bytesAt(p + 184, 16);
    h.kdfSalt = bytesAt(p + 200, 16);
    h.nonce = bytesAt(p + 216, 12);
    h.epoch = getU32(p + 228);
    h.payloadLength = getU32(p + 232);
    h.payloadCrc = getU32(p + 236);
    h.storedCrc = getU32(p + 252);
    h.computedCrc = crcOf(b, 252);
    return h;
}

QByteArray encodeCommitRecord(const CommitRecord &c)
{
    QByteArray o;
    putU32(o, kCommitMagic);
    putU32(o, c.keyIndex);
    putU64(o, c.checkpointSeq);
    putFixed(o, c.payloadHash, 32);
    putFixed(o, c.signature, 64);
    o.append(QByteArray(12, '\0'));
    finishCrc(o, 124);
    return o;
}

std::optional<CommitRecord> decodeCommitRecord(QByteArrayView b)
{
    if (b.size() < kCommitRecordSize || getU32(uc(b)) != kCommitMagic)
        return std::nullopt;
    const unsigned char *p = uc(b);
    CommitRecord c;
    c.keyIndex = getU32(p + 4);
    c.checkpointSeq = getU64(p + 8);
    c.payloadHash = bytesAt(p + 16, 32);
    c.signature = bytesAt(p + 48, 64);
    c.storedCrc = getU32(p + 124);
    c.computedCrc = crcOf(b, 124);
    return c;
}

} // namespace seedscope::dump
