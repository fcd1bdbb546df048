// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Seed device dump format v1: constants and the fixed-size structures, each with an
// explicit little-endian encoder and a bounds-checked decoder (never a memcpy of a
// struct: padding and byte order). docs/format/seed-dump-v1.md names every byte; this file is the code
// half of that document and the two must change together.
//
// Decoders never judge: they return the fields as stored plus the CRC they computed, so
// the reader can report "expected X, found Y" with the exact offset.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace seedscope::dump {

// ---- Versioning ---------------------------------------------------------------------
// PNG-style: a high byte (not ASCII, so no text tool takes it for text), letters, CR LF
// (catches line-ending conversion), ^Z (stops DOS `type`), LF.
inline constexpr char kFileMagic[8] = {char(0x89), 'S', 'E', 'D', 0x0D, 0x0A, 0x1A, 0x0A};
inline constexpr uint16_t kVersionMajor = 1;
inline constexpr uint16_t kVersionMinor = 0;

// incompat: a reader that does not know the bit must refuse the dump.
inline constexpr uint32_t kIncompatEncrypted = 1u << 0;
inline constexpr uint32_t kIncompatKnown = kIncompatEncrypted;
// ro_compat / compat: none defined in v1 (unknown ones are reported, not refused).
inline constexpr uint32_t kRoCompatKnown = 0;
inline constexpr uint32_t kCompatKnown = 0;

// Per-structure magics: 4 ASCII bytes as stored (read as a LE u32).
inline constexpr uint32_t fourcc(char a, char b, char c, char d)
{
    return uint32_t(uint8_t(a)) | (uint32_t(uint8_t(b)) << 8) | (uint32_t(uint8_t(c)) << 16) | (uint32_t(uint8_t(d)) << 24);
}
inline constexpr uint32_t kIdentityMagic = fourcc('S', 'I', 'D', 'N');
inline constexpr uint32_t kKeyRecordMagic = fourcc('S', 'K', 'E', 'Y');
inline constexpr uint32_t kJournalBlockMagic = fourcc('S', 'J', 'B', 'K');
inline constexpr uint32_t kMarkerBlockMagic = fourcc('S', 'M', 'B', 'K');
inline constexpr uint32_t kSlotHeaderMagic = fourcc('S', 'C', 'K', 'P');
inline constexpr uint32_t kCommitMagic = fourcc('S', 'C', 'M', 'T');
inline constexpr uint16_t kRecordMagic = uint16_t('S') | (uint16_t('R') << 8);

// ---- Sizes --------------------------------------------------------------------------
inline constexpr int kSuperblockSize = 256;
inline constexpr int kIdentityHeaderSize = 160;
inline constexpr int kKeyRecordSize = 120;
inline constexpr int kBlockHeaderSize = 32;
inline constexpr int kRecordHeaderSize = 72;
inline constexpr int kRecordLamportOffset = 24;  // lamport within the record header
inline constexpr int kRecordPrevHashOffset = 32; // prev_hash within the record header
inline constexpr int kRecordAlign = 8;
inline constexpr int kSlotHeaderSize = 256;
inline constexpr int kCommitRecordSize = 128;
inline constexpr int kEntryHeaderSize = 48; // journal seq, stored-at Lamport, prev_hash
inline constexpr int kEpochPayloadSize = 64;
inline constexpr int kNetworkIdMax = 32;
inline constexpr int kSaltSize = 16;

inline constexpr uint32_t kMinBlockSize = 512;
inline constexpr uint32_t kMaxBlockSize = 65536;
inline constexpr uint32_t kMaxSlots = 16;

inline constexpr qint64 alignUp(qint64 v, qint64 a) { return (v + a - 1) / a * a; }

// ---- Superblock ---------------------------------------------------------------------
struct Region {
    uint32_t firstBlock = 0;
    uint32_t blockCount = 0;
    bool operator==(const Region &) const = default;
};

struct Superblock {
    uint16_t versionMajor = kVersionMajor;
    uint16_t versionMinor = kVersionMinor;
    uint32_t compatFlags = 0;
    uint32_t roCompatFlags = 0;
    uint32_t incompatFlags = 0;
    uint64_t revision = 0;
    uint32_t blockSize = 4096;
    uint32_t totalBlocks = 0;
    QByteArray deviceId;   // 16
    QString networkId;     // <= 32 bytes UTF-8, NUL padded
    Region identity, checkpoints, journal, markers;
    uint32_t slotCount = 4;
    uint32_t slotBlocks = 0;
    uint8_t hashAlg = 1;   // 1 = SHA-256
    uint8_t sigAlg = 1;    // 1 = Ed25519
    uint8_t aeadAlg = 0;   // 0 = none, 1 = AES-256-GCM
    uint32_t storedCrc = 0;
    uint32_t computedCrc = 0;

    bool encrypted() const { return incompatFlags & kIncompatEncrypted; }
    bool crcOk() const { return storedCrc == computedCrc; }
    bool operator==(const Superblock &) const = default;
};
QByteArray encodeSuperblock(const Superblock &sb); // 256 bytes, CRC filled in
// nullopt when fewer than 256 bytes or the magic is wrong.
std::optional<Superblock> decodeSuperblock(QByteArrayView bytes);
// Empty when the geometry is consistent; otherwise what is wrong (for a finding).
QString geometryProblem(const Superblock &sb);

// ---- Identity region ----------------------------------------------------------------
struct KeyRecord {
    uint32_t index = 0;            // 0 = first rotation away from the identity key
    QByteArray newPublicKey;       // 32
    uint64_t validFromLamport = 0;
    QByteArray signature;          // 64, by the previous key
    uint32_t storedCrc = 0, computedCrc = 0;
    bool crcOk() const { return storedCrc == computedCrc; }
    bool operator==(const KeyRecord &) const = default;
};

struct IdentityHeader {
    uint16_t version = 1;
    QByteArray devicePublicKey;    // 32
    QByteArray deviceId;           // 16
    QString networkId;
    QByteArray registrationSignature; // 64, authority over ledger registration bytes
    uint16_t keyHistoryCount = 0;
    uint32_t storedCrc = 0, computedCrc = 0;
    bool crcOk() const { return storedCrc == computedCrc; }
    bool operator==(const IdentityHeader &) const = default;
};
QByteArray encodeIdentityHeader(const IdentityHeader &h);
std::optional<IdentityHeader> decodeIdentityHeader(QByteArrayView bytes);
QByteArray encodeKeyRecord(const KeyRecord &k);
std::optional<KeyRecord> decodeKeyRecord(QByteArrayView bytes);

// ---- Blocks and records ---------------------------------------------------------------
struct BlockHeader {
    uint32_t magic = kJournalBlockMagic;
    uint32_t epoch = 0;
    uint64_t blockSeq = 0;
    uint64_t firstRecordSeq = 0;
    uint32_t storedCrc = 0, computedCrc = 0;
    bool crcOk() const { return storedCrc == computedCrc; }
    bool operator==(const BlockHeader &) const = default;
};
QByteArray encodeBlockHeader(const BlockHeader &h);
std::optional<BlockHeader> decodeBlockHeader(QByteArrayView bytes); // any magic; caller checks

enum class RecordType : uint8_t {
    Entry = 0x01,
    Epoch = 0x02,
    Boot = 0x10,
    CheckpointBegin = 0x11,
    CheckpointCommit = 0x12,
    Seal = 0x13,
    Recovery = 0x14,
    FirmwareUpdate = 0x15,
    LowBattery = 0x16,
    ClockAnomaly = 0x17,
    Wipe = 0x18,
};
inline constexpr uint8_t kTypeSafeToIgnore = 0x80;
const char *recordTypeName(uint8_t type); // "ENTRY", ..., "UNKNOWN"
bool isKnownRecordType(uint8_t type);
bool isJournalType(uint8_t type);
bool isMarkerType(uint8_t type);

inline constexpr uint8_t kRecordFlagEncrypted = 1u << 0;

struct RecordHeader {
    uint16_t magic = kRecordMagic;
    uint8_t type = 0;
    uint8_t flags = 0;
    uint32_t payloadLength = 0;
    uint32_t epoch = 0;
    uint32_t payloadCrc = 0;
    uint64_t seq = 0;
    uint64_t lamport = 0;
    QByteArray prevHash; // 32
    uint32_t reserved = 0; // bytes 64..67: written as zero; kept so a reader can flag and re-encode them
    uint32_t storedCrc = 0, computedCrc = 0;
    bool crcOk() const { return storedCrc == computedCrc; }
    bool encrypted() const { return flags & kRecordFlagEncrypted; }
    bool operator==(const RecordHeader &) const = default;
};
QByteArray encodeRecordHeader(const RecordHeader &h);                 // 72 bytes, header CRC filled in
std::optional<RecordHeader> decodeRecordHeader(QByteArrayView bytes); // nullopt when < 72 bytes
// Bytes a record occupies on flash: header + payload, padded to 8 (padding stays erased).
inline qint64 recordFootprint(uint32_t payloadLength) { return alignUp(kRecordHeaderSize + qint64(payloadLength), kRecordAlign); }

// The plaintext prefix of every ENTRY payload; the rest is ledger::encodeEntry().
struct EntryHeader {
    uint64_t seq = 0;
    uint64_t lamport = 0;
    QByteArray prevHash; // 32
    bool operator==(const EntryHeader &) const = default;
};
QByteArray encodeEntryHeader(const EntryHeader &h);
std::optional<EntryHeader> decodeEntryHeader(QByteArrayView bytes);

enum class EpochReason : uint8_t { Format = 1, Boot = 2, Recovery = 3 };
struct EpochPayload {
    uint32_t epoch = 0;
    uint8_t reason = 0;
    QByteArray salt;      // 16
    uint64_t headSeq = 0; // the chain head this epoch continues from
    QByteArray headHash;  // 32
    bool operator==(const EpochPayload &) const = default;
};
QByteArray encodeEpochPayload(const EpochPayload &p);
std::optional<EpochPayload> decodeEpochPayload(QByteArrayView bytes);

// ---- Marker payloads (never encrypted: they carry no amounts) -------------------------
inline constexpr uint8_t kNoSlot = 0xFF;
inline constexpr uint64_t kNoOffset = ~uint64_t(0);

struct BootMarker { // 48 bytes
    uint32_t bootCounter = 0;
    uint8_t loadedSlot = kNoSlot;
    uint8_t usedFallback = 0;
    uint64_t loadedCheckpointSeq = 0;
    uint64_t truncatedAt = kNoOffset; // absolute dump offset of the journal damage, or ~0
    uint64_t lastValidSeq = 0;
    uint64_t lamport = 0;
    uint32_t newEpoch = 0;
    bool operator==(const BootMarker &) const = default;
};
struct CheckpointMarker { // BEGIN: 24 bytes, COMMIT: 56 bytes (adds state_root)
    uint64_t checkpointSeq = 0;
    uint8_t slot = 0;
    uint8_t kind = 0;
    uint64_t journalSeq = 0;
    QByteArray stateRoot; // COMMIT only
    bool operator==(const CheckpointMarker &) const = default;
};
struct SealMarker { // 160 bytes: 96 signed bytes + signature
    uint32_t epoch = 0;
    uint64_t journalSeq = 0;
    QByteArray chainHash; // 32
    uint64_t lamport = 0;
    uint64_t logSize = 0;
    QByteArray logRoot;   // 32
    QByteArray signature; // 64
    bool operator==(const SealMarker &) const = default;
};
struct RecoveryMarker { // 96 bytes
    uint64_t lastGoodSeq = 0;
    QByteArray lastGoodHash;   // 32
    uint64_t damageOffset = kNoOffset;
    uint64_t bytesDropped = 0;
    QByteArray droppedHash;    // 32: SHA-256 of the dropped bytes
    uint32_t newEpoch = 0;
    uint32_t reason = 0;       // 1 = torn tail, 2 = corrupt record, 3 = chain break
    bool operator==(const RecoveryMarker &) const = default;
};
struct GenericMarker { // FIRMWARE_UPDATE, LOW_BATTERY, CLOCK_ANOMALY, WIPE: 16 bytes
    uint64_t value = 0;
    uint64_t value2 = 0;
    bool operator==(const GenericMarker &) const = default;
};
inline constexpr int kBootMarkerSize = 48;
inline constexpr int kCheckpointBeginSize = 24;
inline constexpr int kCheckpointCommitSize = 56;
inline constexpr int kSealSignedSize = 96;
inline constexpr int kSealMarkerSize = 160;
inline constexpr int kRecoveryMarkerSize = 96;
inline constexpr int kGenericMarkerSize = 16;

QByteArray encodeBootMarker(const BootMarker &m);
std::optional<BootMarker> decodeBootMarker(QByteArrayView b);
QByteArray encodeCheckpointMarker(const CheckpointMarker &m, bool commit);
std::optional<CheckpointMarker> decodeCheckpointMarker(QByteArrayView b, bool commit);
QByteArray encodeSealMarker(const SealMarker &m); // includes the signature
std::optional<SealMarker> decodeSealMarker(QByteArrayView b);
QByteArray encodeRecoveryMarker(const RecoveryMarker &m);
std::optional<RecoveryMarker> decodeRecoveryMarker(QByteArrayView b);
QByteArray encodeGenericMarker(const GenericMarker &m);
std::optional<GenericMarker> decodeGenericMarker(QByteArrayView b);

// ---- Checkpoint slots ------------------------------------------------------------------
enum class CheckpointKind : uint8_t { Full = 1, Delta = 2 };
inline constexpr uint8_t kSlotFlagEncrypted = 1u << 0;

struct SlotHeader {
    uint8_t kind = 1;
    uint8_t flags = 0;
    uint16_t version = 1;
    uint64_t checkpointSeq = 0;
    uint64_t baseSeq = 0;
    uint64_t journalSeq = 0;
    QByteArray chainHash;     // 32
    uint64_t lamport = 0;
    uint64_t timestampHint = 0;
    QByteArray stateRoot;     // 32
    QByteArray baseStateRoot; // 32 (zeros for FULL)
    QByteArray logRoot;       // 32
    uint64_t logSize = 0;
    QByteArray deviceId;      // 16
    QByteArray kdfSalt;       // 16
    QByteArray nonce;         // 12
    uint32_t epoch = 0;
    uint32_t payloadLength = 0;
    uint32_t payloadCrc = 0;
    uint32_t storedCrc = 0, computedCrc = 0;
    bool crcOk() const { return storedCrc == computedCrc; }
    bool encrypted() const { return flags & kSlotFlagEncrypted; }
    bool operator==(const SlotHeader &) const = default;
};
QByteArray encodeSlotHeader(const SlotHeader &h);
std::optional<SlotHeader> decodeSlotHeader(QByteArrayView bytes); // nullopt: short or wrong magic

struct CommitRecord {
    uint32_t keyIndex = 0;    // which key of the history signed (0 = identity key)
    uint64_t checkpointSeq = 0;
    QByteArray payloadHash;   // 32: SHA-256 of the stored payload
    QByteArray signature;     // 64
    uint32_t storedCrc = 0, computedCrc = 0;
    bool crcOk() const { return storedCrc == computedCrc; }
    bool operator==(const CommitRecord &) const = default;
};
QByteArray encodeCommitRecord(const CommitRecord &c);
std::optional<CommitRecord> decodeCommitRecord(QByteArrayView bytes);
// Offset of the commit record inside a slot for a given payload length.
inline qint64 commitOffsetInSlot(uint32_t payloadLength) { return alignUp(kSlotHeaderSize + qint64(payloadLength), kRecordAlign); }
// Largest payload a slot of `slotBytes` can hold.
inline qint64 maxSlotPayload(qint64 slotBytes) { return slotBytes - kSlotHeaderSize - kCommitRecordSize - kRecordAlign; }

// ---- Helpers ---------------------------------------------------------------------------
bool isAllBytes(QByteArrayView b, char value);
inline bool isErased(QByteArrayView b) { return isAllBytes(b, char(0xFF)); }

} // namespace seedscope::dump
