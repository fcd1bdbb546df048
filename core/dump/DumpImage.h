// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What readDump() extracts from an image: plain value types, each keeping its absolute
// byte offset and the raw bytes it came from, so every later finding can point at the
// evidence. Nothing here is trusted: flags say which checks held at read time.

#include "crypto/Ed25519.h"
#include "dump/Format.h"
#include "findings/Finding.h"
#include "ledger/Types.h"

#include <QList>

#include <optional>

namespace seedscope::dump {

struct SuperblockCopy {
    int index = 0;          // 0 or 1
    qint64 offset = 0;
    bool present = false;   // not erased
    bool valid = false;     // magic + CRC hold
    std::optional<Superblock> superblock;
    QByteArray raw;         // 256 bytes (or what there was)
};

struct KeyHistoryItem {
    qint64 offset = 0;
    KeyRecord record;
    QByteArray raw;
};

struct IdentityInfo {
    qint64 offset = 0;
    bool valid = false;     // magic + CRC hold
    // The device key is known: the header's CRC holds, or (damaged header) the trust
    // store's key for the superblock's device_id was used, or the header's key still
    // hashes to that device_id. False: device signatures cannot be checked at all.
    bool keyEstablished = false;
    QString keySource;      // "identity header", "trust store", "identity header (corroborated by device_id)"
    IdentityHeader header;
    QByteArray raw;
    QList<KeyHistoryItem> keyHistory;
};

enum class DecryptState { Plain, Decrypted, NoKey, Failed };
const char *decryptStateName(DecryptState s);

enum class SlotState { Empty, Committed, Uncommitted, Damaged };
const char *slotStateName(SlotState s);

struct SlotInfo {
    int index = 0;
    qint64 offset = 0;
    qint64 size = 0;
    SlotState state = SlotState::Empty;
    bool headerValid = false;
    bool payloadCrcOk = false;
    bool commitValid = false;   // commit record present, CRC ok, seq and payload hash match
    crypto::SignatureCheck signature = crypto::SignatureCheck::Invalid; // by the key the commit names
    SlotHeader header;
    QByteArray rawHeader;
    QByteArray payload;         // as stored (ciphertext||tag when encrypted)
    qint64 payloadOffset = 0;
    CommitRecord commit;
    qint64 commitOffset = 0;
    QByteArray rawCommit;
    DecryptState decrypt = DecryptState::Plain;
    QByteArray plaintext;       // the ledger state record bytes (FULL or DELTA)
    // Loadable by the device's rule: committed, CRCs and signature hold.
    bool usable() const { return state == SlotState::Committed && signature == crypto::SignatureCheck::Valid; }
};

struct BlockInfo {
    uint32_t block = 0;         // absolute block number
    qint64 offset = 0;
    enum class State { Erased, Valid, Invalid } state = State::Erased;
    BlockHeader header;
    qint64 usedBytes = 0;       // bytes up to the end of the last record parsed
};

struct RecordInfo {
    qint64 offset = 0;          // absolute offset of the record header
    uint32_t block = 0;
    RecordHeader header;
    QByteArray rawHeader;       // 72 bytes
    QByteArray payload;         // as stored
    bool payloadCrcOk = false;
    QByteArray payloadHash;     // SHA-256 of the stored payload: the next record's prev_hash
    DecryptState decrypt = DecryptState::Plain;
    QByteArray plaintext;       // when Plain or Decrypted
    // ENTRY records: the 48-byte entry header and the ledger entry bytes after it.
    std::optional<EntryHeader> entryHeader;
    QByteArray entryBytes;
    bool entryDecodes = false;  // entryBytes decode as a ledger entry
    // The decoded entry, on demand: a journal's decoded entries are kept once, by the
    // ledger view (dumpledger/DumpLedger.h), not by every record as well. nullopt when
    // the record has no entry bytes or they do not decode.
    std::optional<ledger::Entry> decodedEntry() const;
    bool known() const { return isKnownRecordType(header.type); }
    qint64 footprint() const { return recordFootprint(header.payloadLength); }
};

struct EpochInfo {
    uint32_t epoch = 0;
    qint64 recordOffset = 0;
    EpochPayload payload;
};

struct DumpImage {
    QString evidence;
    qint64 imageSize = 0;
    bool readable = false;      // false: no usable superblock (or a version we refuse)
    SuperblockCopy superblocks[2];
    int activeSuperblock = -1;
    Superblock superblock;
    IdentityInfo identity;
    QList<SlotInfo> checkpointSlots;
    int activeSlot = -1;        // index into slots
    int fallbackSlot = -1;
    QList<BlockInfo> journalBlocks;
    QList<RecordInfo> journal;  // physical order (== log order for v1 writers)
    QList<EpochInfo> epochs;
    QList<BlockInfo> markerBlocks;
    QList<RecordInfo> markers;
    bool keyProvided = false;
    // A key was given but fits nothing (dump/KeyFit.h): encrypted contents stay locked,
    // exactly as without a key, and one KEY_MISMATCH finding says so.
    bool keyMismatch = false;
    // Record headers, payloads and plain entry bytes point into the image given to the
    // reader (ReadOptions::borrowImageBytes): this DumpImage must not outlive it.
    bool borrowed = false;
    Findings findings;          // reader-level: framing, CRC, geometry, decryption

    // Encrypted contents could not be read: no key, or a key that is not this dump's.
    bool contentsLocked() const { return superblock.encrypted() && (!keyProvided || keyMismatch); }
    // Whether any journal record or checkpoint slot failed to decrypt under the key given.
    bool anyDecryptFailed() const;
    qint64 blockOffset(uint32_t block) const { return qint64(block) * superblock.blockSize; }
    // Public key that signs at a given key index (0 = identity key, k = key history k-1).
    QByteArray publicKeyForIndex(uint32_t keyIndex) const;
};

} // namespace seedscope::dump
