// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What readDump() extracts from an image: plain value types, each keeping its absolute
// byte offset and the raw bytes it came from, so every later finding can point at the
// evidence. Nothing here is trusted: flags say which checks held at read time.

#include "crypto/Ed25519.h"
#include "dump/Format.h"
#include "findings/Finding.h"
#include "ledger/Types.h"
#include "util/ByteIo.h"

#include <QList>

#include <algorithm>
#include <array>
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

enum class DecryptState : uint8_t { Plain, Decrypted, NoKey, Failed };
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
    // rawHeader, payload, rawCommit and a plain slot's plaintext are views of the image
    // when the reader borrows it (DumpImage::borrowed), else copies.
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

// A SHA-256 digest held in place: a list of hundreds of thousands of records would
// otherwise hold as many separate 32-byte heap blocks beside it. Converts to bytes where
// a call site keys a table or links a chain by them.
struct Sha256Digest {
    std::array<char, 32> bytes{};
    static Sha256Digest of(QByteArrayView data);
    const char *data() const { return bytes.data(); }
    static constexpr qsizetype size() { return 32; }
    QByteArrayView view() const { return QByteArrayView(bytes.data(), size()); }
    QByteArray toByteArray() const { return view().toByteArray(); }
    operator QByteArrayView() const { return view(); }
    operator QByteArray() const { return toByteArray(); }
    bool operator==(const Sha256Digest &) const = default;
};

// A record's payload digest, where it lies: in the next record's prev_hash, which holds
// exactly these 32 bytes when the chain links (nearly every record), or else in the
// DumpImage's buffer of digests. 8 bytes in the record list instead of 32 (a journal lists
// hundreds of thousands of records for the whole session). Compares by its bytes.
class DigestRef {
public:
    DigestRef() = default;
    explicit DigestRef(const char *bytes) : m_bytes(bytes) {}
    const char *data() const { return m_bytes; }
    static constexpr qsizetype size() { return 32; }
    QByteArrayView view() const { return m_bytes ? QByteArrayView(m_bytes, size()) : QByteArrayView(); }
    QByteArray toByteArray() const { return view().toByteArray(); }
    operator QByteArrayView() const { return view(); }
    operator QByteArray() const { return toByteArray(); }
    bool operator==(const DigestRef &o) const { return view() == o.view(); }

private:
    const char *m_bytes = nullptr;
};

// The fields of a record header that checks and tables read, decoded once by the
// reader. The rest (magic, CRCs, reserved, lamport, prev_hash) stays in the stored bytes:
// only records whose header CRC holds are listed, and lamport and prev_hash are read in
// place (RecordInfo::lamport(), prevHash()). decodedHeader() gives the whole header back.
struct RecordHead {
    uint64_t seq = 0;
    uint32_t payloadLength = 0;
    uint32_t epoch = 0;
    uint8_t type = 0;
    uint8_t flags = 0;
    bool encrypted() const { return flags & kRecordFlagEncrypted; }
};

// One journal or marker record, compact (see the static_assert below): a journal of
// hundreds of thousands of records is listed once for the whole session. Its bytes are
// read through accessors from the bytes the DumpImage keeps alive: the image itself when
// the reader borrows it, else the DumpImage's own copy of the image; a decrypted payload
// lives in the DumpImage's one buffer of plaintexts. Everything derived from the
// plaintext (entry header, entry bytes, decoded entry) is computed on demand.
struct RecordInfo {
    qint64 offset = 0;          // absolute offset of the record header
    const char *m_stored = nullptr; // header (72 bytes) + payload as stored; set by the reader
    const char *m_plain = nullptr;  // the decrypted payload, only when decrypt == Decrypted
    uint32_t block = 0;
    DecryptState decrypt = DecryptState::Plain;
    bool payloadCrcOk = false;
    bool entryDecodes = false;  // entryBytes() decode as a ledger entry
    bool hasPlaintext = false;  // plaintext() is readable: Plain or Decrypted, set by the reader
    RecordHead header;
    DigestRef payloadHash;      // SHA-256 of the stored payload: the next record's prev_hash

    // The record as stored: header and payload.
    QByteArrayView stored() const { return m_stored ? QByteArrayView(m_stored, kRecordHeaderSize + qsizetype(header.payloadLength)) : QByteArrayView(); }
    QByteArrayView rawHeader() const { return stored().first(std::min<qsizetype>(stored().size(), kRecordHeaderSize)); }
    QByteArrayView payload() const { return stored().size() > kRecordHeaderSize ? stored().sliced(kRecordHeaderSize) : QByteArrayView(); }
    QByteArrayView prevHash() const { return m_stored ? QByteArrayView(m_stored + kRecordPrevHashOffset, 32) : QByteArrayView(); }
    // The header's Lamport value (read where it is stored: 8 bytes less in every record).
    uint64_t lamport() const { return m_stored ? getU64(reinterpret_cast<const unsigned char *>(m_stored) + kRecordLamportOffset) : 0; }
    // Whether prev_hash holds `digest`. By pointer first: a linked record's predecessor's
    // payloadHash points at exactly these bytes, so the usual answer reads no evidence
    // (chain checks and recovery walks ask it of every record, the walks up to 64 times).
    bool linksTo(QByteArrayView digest) const
    {
        const QByteArrayView p = prevHash();
        return (p.data() == digest.data() && p.size() == digest.size()) || p == digest;
    }
    // The whole 72-byte header, decoded again from the stored bytes.
    RecordHeader decodedHeader() const;
    // The payload's plaintext when Plain or Decrypted (empty otherwise).
    QByteArrayView plaintext() const;
    // ENTRY records: the 48-byte entry header (nullopt when the plaintext is unreadable
    // or shorter) and the ledger entry bytes after it.
    std::optional<EntryHeader> entryHeader() const;
    bool hasEntryHeader() const { return plaintext().size() >= kEntryHeaderSize; }
    QByteArrayView entryBytes() const { return hasEntryHeader() ? plaintext().sliced(kEntryHeaderSize) : QByteArrayView(); }
    // The decoded entry, on demand: a journal's decoded entries are kept once, by the
    // ledger view (dumpledger/DumpLedger.h), not by every record as well. nullopt when
    // the record has no entry bytes or they do not decode.
    std::optional<ledger::Entry> decodedEntry() const;
    bool known() const { return isKnownRecordType(header.type); }
    qint64 footprint() const { return recordFootprint(header.payloadLength); }
};
// Offset, three pointers (stored bytes, plaintext, payload digest), block, status and the
// decoded header fields.
static_assert(sizeof(RecordInfo) <= 64, "a journal record's entry in the list must stay compact");

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
    // Records' stored bytes and checkpoint slots' bytes point into the image given to
    // the reader when it borrows it (ReadOptions::borrowImageBytes): this DumpImage must
    // not outlive that image. Otherwise records point into ownedImage.
    bool borrowed = false;
    // What records point into besides a borrowed image: a copy of the image (when not
    // borrowed) and the decrypted payloads of an encrypted journal, one buffer each
    // rather than an allocation per record. Never written after the read, so copies of
    // this DumpImage share them and a record stays readable while any copy lives.
    QByteArray ownedImage;
    QByteArray plaintexts;
    // The payload digests no next record's prev_hash holds (the last record of a chain, a
    // broken link), one buffer per region read.
    QList<QByteArray> digests;
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
