// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpReader.h"
#include "dump/KeyFit.h"

#include "crypto/Aead.h"
#include "crypto/Crc32c.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "evidence/EvidenceFile.h"
#include "ledger/EntryCodec.h"
#include "ledger/Network.h"
#include "util/Hex.h"

#include <algorithm>

namespace seedscope::dump {

const char *decryptStateName(DecryptState s)
{
    switch (s) {
    case DecryptState::Plain: return "plain";
    case DecryptState::Decrypted: return "decrypted";
    case DecryptState::NoKey: return "no-key";
    case DecryptState::Failed: return "failed";
    }
    return "?";
}

const char *slotStateName(SlotState s)
{
    switch (s) {
    case SlotState::Empty: return "empty";
    case SlotState::Committed: return "committed";
    case SlotState::Uncommitted: return "uncommitted";
    case SlotState::Damaged: return "damaged";
    }
    return "?";
}

Sha256Digest Sha256Digest::of(QByteArrayView data)
{
    Sha256Digest d;
    const QByteArray h = crypto::sha256(data);
    std::copy_n(h.constData(), d.bytes.size(), d.bytes.data());
    return d;
}

QByteArrayView RecordInfo::plaintext() const
{
    if (!hasPlaintext)
        return {};
    if (decrypt == DecryptState::Decrypted)
        return m_plain ? QByteArrayView(m_plain, qsizetype(header.payloadLength) - crypto::kGcmTagSize) : QByteArrayView();
    return payload();
}

RecordHeader RecordInfo::decodedHeader() const
{
    return decodeRecordHeader(rawHeader()).value_or(RecordHeader{});
}

std::optional<EntryHeader> RecordInfo::entryHeader() const
{
    return hasPlaintext ? decodeEntryHeader(plaintext()) : std::nullopt;
}

std::optional<ledger::Entry> RecordInfo::decodedEntry() const
{
    if (!entryDecodes)
        return std::nullopt;
    auto e = ledger::decodeEntry(entryBytes());
    return e ? std::optional<ledger::Entry>(std::move(*e)) : std::nullopt;
}

bool DumpImage::anyDecryptFailed() const
{
    for (const RecordInfo &r : journal)
        if (r.decrypt == DecryptState::Failed)
            return true;
    for (const SlotInfo &s : checkpointSlots)
        if (s.decrypt == DecryptState::Failed)
            return true;
    return false;
}

QByteArray DumpImage::publicKeyForIndex(uint32_t keyIndex) const
{
    if (keyIndex == 0)
        return identity.header.devicePublicKey;
    if (keyIndex - 1 < uint32_t(identity.keyHistory.size()))
        return identity.keyHistory[int(keyIndex - 1)].record.newPublicKey;
    return {};
}

namespace detail {

Finding makeFinding(const DumpImage &img, const char *code, Severity sev, qint64 offset, qint64 length, const FindingText &location,
                    const FindingText &explanation, const FindingText &expected, const FindingText &found, Verdict verdict)
{
    return seedscope::makeFinding(img.evidence, code, sev, offset, length, location, QString(), explanation, expected, found, verdict);
}

} // namespace detail

namespace {

using detail::makeFinding;

QString hex32(uint32_t v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')); }

void readSuperblockCopy(QByteArrayView image, qint64 offset, int index, SuperblockCopy &copy)
{
    copy.index = index;
    copy.offset = offset;
    if (offset + kSuperblockSize > image.size())
        return;
    const QByteArrayView raw = image.sliced(offset, kSuperblockSize);
    copy.raw = raw.toByteArray();
    copy.present = !isErased(raw);
    copy.superblock = decodeSuperblock(raw);
    copy.valid = copy.superblock && copy.superblock->crcOk();
}

// Copy 1 sits at one erase block, whose size only a valid copy 0 tells; without it, the
// reader probes every legal block size for copy 1's magic.
bool readSuperblocks(QByteArrayView image, DumpImage &img)
{
    readSuperblockCopy(image, 0, 0, img.superblocks[0]);
    const SuperblockCopy &c0 = img.superblocks[0];
    bool found1 = false;
    if (c0.valid && geometryProblem(*c0.superblock).isEmpty()) {
        readSuperblockCopy(image, c0.superblock->blockSize, 1, img.superblocks[1]);
        found1 = true;
    } else {
        for (qint64 bs = kMinBlockSize; bs <= kMaxBlockSize; bs *= 2) {
            SuperblockCopy probe;
            readSuperblockCopy(image, bs, 1, probe);
            if (probe.superblock && probe.superblock->blockSize == bs) {
                img.superblocks[1] = probe;
                found1 = true;
                break;
            }
        }
        if (!found1)
            readSuperblockCopy(image, 4096, 1, img.superblocks[1]);
    }

    for (const SuperblockCopy &c : img.superblocks) {
        if (c.valid && !geometryProblem(*c.superblock).isEmpty()) {
            img.findings.append(makeFinding(img, "SUPERBLOCK_GEOMETRY_INVALID", Severity::Error, c.offset, kSuperblockSize,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), c.index),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The superblock copy has a valid checksum but an impossible layout: %1."), geometryProblem(*c.superblock)),
                                            {}, {}, Verdict::Corruption));
            continue;
        }
        if (c.valid)
            continue;
        if (!c.present && !c.raw.isEmpty()) {
            img.findings.append(makeFinding(img, "SUPERBLOCK_COPY_ERASED", Severity::Warning, c.offset, kSuperblockSize,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), c.index),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "This superblock copy is erased; the other copy is used if it is valid."))));
        } else if (c.superblock) {
            img.findings.append(makeFinding(img, "SUPERBLOCK_COPY_INVALID", Severity::Warning, c.offset, kSuperblockSize,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), c.index),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The superblock copy's checksum does not match (a torn or damaged write); the other copy is used if it is valid.")),
                                            hex32(c.superblock->storedCrc), hex32(c.superblock->computedCrc), Verdict::Corruption));
        } else {
            img.findings.append(makeFinding(img, "SUPERBLOCK_COPY_INVALID", Severity::Warning, c.offset, kSuperblockSize,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), c.index),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "No superblock magic here (89 53 45 44 0D 0A 1A 0A expected).")),
                                            QStringLiteral("89534544 0d0a1a0a"), toHex(c.raw.left(8)), Verdict::Corruption));
        }
    }

    auto usable = [](const SuperblockCopy &c) { return c.valid && geometryProblem(*c.superblock).isEmpty(); };
    const bool u0 = usable(img.superblocks[0]), u1 = usable(img.superblocks[1]);
    if (!u0 && !u1) {
        img.findings.append(makeFinding(img, "SUPERBLOCK_BOTH_INVALID", Severity::Critical, 0, kSuperblockSize,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "superblock pair")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "Neither superblock copy is valid, so the layout of this image is unknown. It may not be a Seed dump.")),
                                        {}, {}, Verdict::Corruption));
        return false;
    }
    int pick = u0 ? 0 : 1;
    if (u0 && u1 && img.superblocks[1].superblock->revision > img.superblocks[0].superblock->revision)
        pick = 1;
    img.activeSuperblock = pick;
    img.superblock = *img.superblocks[pick].superblock;
    if (u0 && u1) {
        Superblock a = *img.superblocks[0].superblock, b = *img.superblocks[1].superblock;
        a.revision = b.revision = 0;
        a.storedCrc = b.storedCrc = a.computedCrc = b.computedCrc = 0;
        if (!(a == b))
            img.findings.append(makeFinding(img, "SUPERBLOCK_COPIES_DIFFER", Severity::Warning, img.superblocks[1 - pick].offset,
                                            kSuperblockSize, ftr(QT_TRANSLATE_NOOP("Finding", "superblock pair")),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "Both superblock copies are valid but describe different layouts; the one with the higher revision is used."))));
    }

    const Superblock &sb = img.superblock;
    const qint64 at = img.superblocks[pick].offset;
    if (sb.versionMajor != kVersionMajor) {
        img.findings.append(makeFinding(img, "SUPERBLOCK_UNSUPPORTED_VERSION", Severity::Critical, at + 8, 4,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), pick),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "This dump uses format version %1.%2; this build reads version 1.x only."), sb.versionMajor, sb.versionMinor),
                                        QStringLiteral("1.x"), QStringLiteral("%1.%2").arg(sb.versionMajor).arg(sb.versionMinor)));
        return false;
    }
    if ((sb.incompatFlags & ~kIncompatKnown) || sb.hashAlg != 1 || sb.sigAlg != 1 || sb.aeadAlg > 1
        || (sb.aeadAlg == 1) != sb.encrypted()) {
        img.findings.append(makeFinding(img, "SUPERBLOCK_UNSUPPORTED_FEATURE", Severity::Critical, at + 20, 4,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), pick),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "The dump needs features this build does not know (incompat flags or algorithm ids); reading it could misinterpret it, so it is refused.")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "incompat %1, hash 1, sig 1, aead 0/1"), hex32(kIncompatKnown)),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "incompat %1, hash %2, sig %3, aead %4"), hex32(sb.incompatFlags), sb.hashAlg, sb.sigAlg, sb.aeadAlg)));
        return false;
    }
    if (sb.roCompatFlags & ~kRoCompatKnown)
        img.findings.append(makeFinding(img, "SUPERBLOCK_UNKNOWN_RO_COMPAT", Severity::Warning, at + 16, 4,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), pick),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "Unknown read-only-compatible features are set; the dump can be read but a writer would refuse it.")),
                                        hex32(kRoCompatKnown), hex32(sb.roCompatFlags)));
    if (sb.compatFlags & ~kCompatKnown)
        img.findings.append(makeFinding(img, "SUPERBLOCK_UNKNOWN_COMPAT", Severity::Info, at + 12, 4,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "superblock copy %1"), pick),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "Unknown compatible features are set; they do not change how the dump is read.")),
                                        hex32(kCompatKnown), hex32(sb.compatFlags)));
    const qint64 declared = qint64(sb.totalBlocks) * sb.blockSize;
    if (img.imageSize < declared)
        img.findings.append(makeFinding(img, "IMAGE_TRUNCATED", Severity::Error, img.imageSize, declared - img.imageSize,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "image")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "The image is shorter than the superblock declares; structures past its end are missing.")),
                                        QString::number(declared), QString::number(img.imageSize), Verdict::Corruption));
    else if (img.imageSize > declared)
        img.findings.append(makeFinding(img, "IMAGE_TRAILING_DATA", Severity::Warning, declared, img.imageSize - declared,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "image")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "The image is longer than the superblock declares; the extra bytes are not part of the format.")),
                                        QString::number(declared), QString::number(img.imageSize)));
    return true;
}

void readIdentity(QByteArrayView image, DumpImage &img, const QHash<QByteArray, QByteArray> &trustedKeys)
{
    const Superblock &sb = img.superblock;
    IdentityInfo &id = img.identity;
    id.offset = img.blockOffset(sb.identity.firstBlock);
    const qint64 regionEnd = std::min<qint64>(img.blockOffset(sb.identity.firstBlock + sb.identity.blockCount), image.size());
    if (id.offset + kIdentityHeaderSize > regionEnd) {
        img.findings.append(makeFinding(img, "IDENTITY_MISSING", Severity::Error, id.offset, kIdentityHeaderSize,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "identity region")), ftr(QT_TRANSLATE_NOOP("Finding", "The identity region lies past the end of the image."))));
        return;
    }
    const QByteArrayView raw = image.sliced(id.offset, kIdentityHeaderSize);
    id.raw = raw.toByteArray();
    auto h = decodeIdentityHeader(raw);
    if (!h) {
        img.findings.append(makeFinding(img, isErased(raw) ? "IDENTITY_MISSING" : "IDENTITY_INVALID", Severity::Error, id.offset,
                                        kIdentityHeaderSize, ftr(QT_TRANSLATE_NOOP("Finding", "identity region")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "No identity header (magic SIDN) where the superblock says it is; the device key is unknown.")),
                                        QStringLiteral("SIDN"), toHex(raw.first(4)), Verdict::Corruption));
        return;
    }
    id.header = *h;
    id.valid = h->crcOk();
    id.keyEstablished = id.valid;
    id.keySource = QStringLiteral("identity header");
    if (!id.valid) {
        // A damaged header's bytes prove nothing (format section 4.3). The superblock
        // (own CRC) names the device; the trust store's key for it wins; failing that,
        // the header's key is used only while it still hashes to that device_id.
        const QByteArray trusted = trustedKeys.value(sb.deviceId);
        if (trusted.size() == crypto::kEd25519PublicKeySize) {
            id.header.devicePublicKey = trusted;
            id.keyEstablished = true;
            id.keySource = QStringLiteral("trust store");
        } else if (crypto::keyId16(h->devicePublicKey) == sb.deviceId) {
            id.keyEstablished = true;
            id.keySource = QStringLiteral("identity header (corroborated by device_id)");
        } else {
            id.keySource = QStringLiteral("unknown (identity header damaged)");
        }
        id.header.deviceId = sb.deviceId;
        id.header.networkId = sb.networkId;
        img.findings.append(makeFinding(img, "IDENTITY_CRC_MISMATCH", Severity::Error, id.offset, kIdentityHeaderSize,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "identity region")),
                                        id.keyEstablished
                                            ? ftr(QT_TRANSLATE_NOOP("Finding", "The identity header's checksum does not match (media damage); the device key is taken from: %1."), id.keySource)
                                            : ftr(QT_TRANSLATE_NOOP("Finding", "The identity header's checksum does not match (media damage) and no trust store key confirms the device key, so the device's own signatures cannot be checked.")),
                                        hex32(h->storedCrc), hex32(h->computedCrc), Verdict::Corruption));
    }
    // Only an intact header can contradict the superblock: inside a damaged one the
    // damage explains any difference.
    if (id.valid && (h->deviceId != crypto::keyId16(h->devicePublicKey) || h->deviceId != sb.deviceId))
        img.findings.append(makeFinding(img, "IDENTITY_DEVICE_ID_MISMATCH", Severity::Error, id.offset + 40, 16,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "identity region")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "device_id must be the first 16 bytes of SHA-256(public key) and equal the superblock's.")),
                                        toHex(crypto::keyId16(h->devicePublicKey)), toHex(h->deviceId), Verdict::Tampering));
    if (id.valid && h->networkId != sb.networkId)
        img.findings.append(makeFinding(img, "IDENTITY_NETWORK_MISMATCH", Severity::Error, id.offset + 56, kNetworkIdMax,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "identity region")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "The identity's network id differs from the superblock's.")), sb.networkId,
                                        h->networkId, Verdict::Tampering));
    const qint64 maxKeys = (regionEnd - id.offset - kIdentityHeaderSize) / kKeyRecordSize;
    if (h->keyHistoryCount > maxKeys) {
        img.findings.append(makeFinding(img, "IDENTITY_KEY_HISTORY_INVALID", Severity::Error, id.offset + 6, 2,
                                        ftr(QT_TRANSLATE_NOOP("Finding", "identity region")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "The key history count does not fit in the identity region.")),
                                        QStringLiteral("<= %1").arg(maxKeys), QString::number(h->keyHistoryCount), Verdict::Corruption));
        return;
    }
    for (int i = 0; i < h->keyHistoryCount; ++i) {
        const qint64 off = id.offset + kIdentityHeaderSize + qint64(i) * kKeyRecordSize;
        const QByteArrayView kr = image.sliced(off, kKeyRecordSize);
        auto k = decodeKeyRecord(kr);
        if (!k || !k->crcOk()) {
            img.findings.append(makeFinding(img, "KEY_HISTORY_CRC_MISMATCH", Severity::Error, off, kKeyRecordSize,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "identity key history %1"), i),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "A key history record is damaged (magic SKEY or checksum); keys after it cannot be trusted.")),
                                            {}, {}, Verdict::Corruption));
            break;
        }
        id.keyHistory.append(KeyHistoryItem{off, *k, kr.toByteArray()});
    }
}

// A slot's header, commit and payload as the DumpImage keeps them: views of the image
// when the reader borrows it (DumpImage::borrowed), else copies. A full checkpoint holds
// the whole state, so a copy of every slot would hold megabytes beside the mapping.
QByteArray keepBytes(const DumpImage &img, QByteArrayView bytes)
{
    return img.borrowed ? QByteArray::fromRawData(bytes.data(), bytes.size()) : bytes.toByteArray();
}

void readSlots(QByteArrayView image, DumpImage &img, const crypto::SecureBytes *rootKey)
{
    const Superblock &sb = img.superblock;
    const qint64 slotBytes = qint64(sb.slotBlocks) * sb.blockSize;
    for (uint32_t i = 0; i < sb.slotCount; ++i) {
        SlotInfo s;
        s.index = int(i);
        s.offset = img.blockOffset(sb.checkpoints.firstBlock + i * sb.slotBlocks);
        s.size = slotBytes;
        const FindingText loc = ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint slot %1"), i);
        if (s.offset + slotBytes > image.size()) {
            s.state = SlotState::Damaged;
            img.checkpointSlots.append(s);
            continue; // IMAGE_TRUNCATED already says why
        }
        const QByteArrayView slot = image.sliced(s.offset, slotBytes);
        const QByteArrayView rawHeader = slot.first(kSlotHeaderSize);
        s.rawHeader = keepBytes(img, rawHeader);
        if (isErased(rawHeader)) {
            s.state = SlotState::Empty;
            img.checkpointSlots.append(s);
            continue;
        }
        s.state = SlotState::Damaged;
        auto h = decodeSlotHeader(rawHeader);
        if (!(h && h->crcOk()) && isErased(rawHeader.sliced(kSlotHeaderSize - 1)) && isErased(slot.sliced(kSlotHeaderSize))) {
            // A header whose programming was cut short (its CRC field still erased) and
            // nothing after it: an interrupted checkpoint write, not damage.
            s.state = SlotState::Uncommitted;
            img.findings.append(makeFinding(img, "SLOT_UNCOMMITTED", Severity::Info, s.offset, slotBytes, loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "A checkpoint write was interrupted while its header was being written; the device must ignore this slot.")),
                                            {}, {}, Verdict::TornTail));
            img.checkpointSlots.append(s);
            continue;
        }
        if (!h) {
            img.findings.append(makeFinding(img, "SLOT_HEADER_INVALID", Severity::Error, s.offset, kSlotHeaderSize, loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The slot holds data but no checkpoint header (magic SCKP).")),
                                            QStringLiteral("SCKP"), toHex(rawHeader.first(4)), Verdict::Corruption));
            img.checkpointSlots.append(s);
            continue;
        }
        s.header = *h;
        if (!h->crcOk()) {
            img.findings.append(makeFinding(img, "SLOT_HEADER_CRC_MISMATCH", Severity::Error, s.offset, kSlotHeaderSize, loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The checkpoint header's checksum does not match; the slot cannot be used.")),
                                            hex32(h->storedCrc), hex32(h->computedCrc), Verdict::Corruption));
            img.checkpointSlots.append(s);
            continue;
        }
        s.headerValid = true;
        if (qint64(h->payloadLength) > maxSlotPayload(slotBytes)) {
            img.findings.append(makeFinding(img, "SLOT_LENGTH_INVALID", Severity::Error, s.offset + 232, 4, loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The declared payload length does not fit in the slot.")),
                                            QStringLiteral("<= %1").arg(maxSlotPayload(slotBytes)), QString::number(h->payloadLength),
                                            Verdict::Corruption));
            img.checkpointSlots.append(s);
            continue;
        }
        s.payloadOffset = s.offset + kSlotHeaderSize;
        const QByteArrayView payload = slot.sliced(kSlotHeaderSize, h->payloadLength);
        s.payload = keepBytes(img, payload);
        const uint32_t pcrc = crypto::crc32c(payload);
        s.payloadCrcOk = pcrc == h->payloadCrc;
        s.commitOffset = s.offset + commitOffsetInSlot(h->payloadLength);
        const QByteArrayView rawCommit = slot.sliced(commitOffsetInSlot(h->payloadLength), kCommitRecordSize);
        s.rawCommit = keepBytes(img, rawCommit);
        // A torn commit (power cut while programming it) leaves a prefix and an erased
        // CRC field at the end: still an interrupted write, not damage.
        const bool tornCommit = !isErased(rawCommit) && isErased(rawCommit.sliced(kCommitRecordSize - 1))
            && !(decodeCommitRecord(rawCommit) && decodeCommitRecord(rawCommit)->crcOk());
        if (isErased(rawCommit) || tornCommit) {
            // An interrupted write (the seed's temporary checkpoint): not damage, but the
            // slot never became active. Its payload CRC tells how far the write got.
            s.state = SlotState::Uncommitted;
            img.findings.append(makeFinding(img, "SLOT_UNCOMMITTED", Severity::Info, s.offset, slotBytes, loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "Checkpoint %1 was written but never committed (power lost before the commit record); the device must ignore it."), h->checkpointSeq),
                                            {}, {}, Verdict::TornTail));
            img.checkpointSlots.append(s);
            continue;
        }
        if (!s.payloadCrcOk)
            img.findings.append(makeFinding(img, "SLOT_PAYLOAD_CRC_MISMATCH", Severity::Error, s.payloadOffset, h->payloadLength, loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The committed checkpoint's payload checksum does not match: the state it holds is damaged.")),
                                            hex32(h->payloadCrc), hex32(pcrc), Verdict::Corruption));
        auto c = decodeCommitRecord(rawCommit);
        const QByteArray payloadHash = crypto::sha256(payload);
        const bool commitFramingOk = c && c->crcOk() && c->checkpointSeq == h->checkpointSeq;
        if (commitFramingOk && !s.payloadCrcOk) {
            // The payload damage is already reported; the commit's payload hash failing
            // with it is the same fact, not a second one. The signature covers the header
            // and the commit's payload_hash, both intact: check it over those, so a damaged
            // payload does not read as a bad signature.
            s.commit = *c;
            s.signature = crypto::ed25519Verify(img.publicKeyForIndex(c->keyIndex), checkpointSignedBytes(rawHeader, c->payloadHash),
                                                c->signature);
            img.checkpointSlots.append(s);
            continue;
        }
        if (!commitFramingOk || c->payloadHash != payloadHash) {
            FindingText why = !c ? ftr(QT_TRANSLATE_NOOP("Finding", "no commit magic (SCMT)"))
                : !c->crcOk() ? ftr(QT_TRANSLATE_NOOP("Finding", "commit checksum mismatch"))
                : c->checkpointSeq != h->checkpointSeq ? ftr(QT_TRANSLATE_NOOP("Finding", "commit names checkpoint %1, header %2"), c->checkpointSeq, h->checkpointSeq)
                : ftr(QT_TRANSLATE_NOOP("Finding", "commit payload hash differs from SHA-256 of the payload"));
            img.findings.append(makeFinding(img, "SLOT_COMMIT_INVALID", Severity::Error, s.commitOffset, kCommitRecordSize, loc,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The commit record does not hold (%1); the slot cannot be used."), why),
                                            c ? toHex(payloadHash) : QString(), c ? toHex(c->payloadHash) : QString(), Verdict::Corruption));
            if (c)
                s.commit = *c;
            img.checkpointSlots.append(s);
            continue;
        }
        s.commit = *c;
        s.commitValid = true;
        if (s.payloadCrcOk)
            s.state = SlotState::Committed;
        const QByteArray key = img.publicKeyForIndex(c->keyIndex);
        s.signature = crypto::ed25519Verify(key, checkpointSignedBytes(rawHeader, payloadHash), c->signature);

        if (h->encrypted()) {
            if (!rootKey) {
                s.decrypt = DecryptState::NoKey;
            } else {
                auto k = checkpointKey(*rootKey, h->deviceId, h->kind, h->checkpointSeq, h->kdfSalt);
                auto pt = k ? crypto::aesGcmOpen(k->view(), h->nonce, slotAad(rawHeader), payload) : Result<QByteArray>(k.error());
                if (pt) {
                    s.decrypt = DecryptState::Decrypted;
                    s.plaintext = std::move(*pt);
                } else {
                    s.decrypt = DecryptState::Failed;
                    img.findings.append(makeFinding(img, "SLOT_DECRYPT_FAILED", Severity::Error, s.payloadOffset, h->payloadLength, loc,
                                                    ftr(QT_TRANSLATE_NOOP("Finding", "The checkpoint payload does not authenticate under the given storage key (wrong key, or the ciphertext or its header was altered).")),
                                                    {}, {}, Verdict::Tampering));
                }
            }
        } else {
            s.plaintext = s.payload;
        }
        img.checkpointSlots.append(s);
    }

    // The device's rule: active = the usable slot with the highest checkpoint sequence;
    // fallback = the next one down.
    QList<int> order;
    for (const SlotInfo &s : img.checkpointSlots)
        if (s.usable())
            order.append(s.index);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return img.checkpointSlots[a].header.checkpointSeq > img.checkpointSlots[b].header.checkpointSeq;
    });
    img.activeSlot = order.value(0, -1);
    img.fallbackSlot = order.value(1, -1);
}

} // namespace

Result<DumpImage> readDump(QByteArrayView image, const ReadOptions &options, const Progress &progress)
{
    if (image.isEmpty())
        return makeError(ErrorCode::Malformed, QStringLiteral("the image is empty"));
    DumpImage img;
    img.evidence = options.evidenceName;
    img.imageSize = image.size();
    img.keyProvided = options.storageRootKey.has_value();
    img.borrowed = options.borrowImageBytes;
    if (image.size() > options.maxImageBytes) {
        img.findings.append(detail::makeFinding(img, "DUMP_TOO_LARGE", Severity::Error, 0, image.size(), ftr(QT_TRANSLATE_NOOP("Finding", "image")),
                                                ftr(QT_TRANSLATE_NOOP("Finding", "The image is larger than Seedscope analyses in memory; it was not read.")),
                                                ftr(QT_TRANSLATE_NOOP("Finding", "<= %1 bytes"), options.maxImageBytes), QString::number(image.size()),
                                                Verdict::Unknown));
        return img;
    }
    if (!img.borrowed) {
        // Records point into the bytes scanned: keep one copy of the image for them
        // rather than a copy of every record.
        img.ownedImage = image.toByteArray();
        image = img.ownedImage;
    }
    if (!readSuperblocks(image, img))
        return img;
    img.readable = true;
    const crypto::SecureBytes *key = options.storageRootKey ? &*options.storageRootKey : nullptr;
    readIdentity(image, img, options.trustedDeviceKeys);
    readSlots(image, img, key);
    const Error cancelled = makeError(ErrorCode::Cancelled, QStringLiteral("reading the dump was cancelled"));
    if (progress.stopRequested())
        return cancelled;
    detail::scanRecordRegion(image, img, true, progress);
    if (progress.stopRequested())
        return cancelled;
    detail::scanRecordRegion(image, img, false, progress);
    if (progress.stopRequested())
        return cancelled;
    detail::decryptJournal(img, key, progress);
    if (progress.stopRequested())
        return cancelled;
    if (key)
        withdrawMismatchedKey(img, key->fingerprint());
    return img;
}

Result<DumpImage> readDumpFile(const QString &path, const ReadOptions &options)
{
    auto ev = EvidenceFile::open(path);
    if (!ev)
        return ev.error();
    ReadOptions o = options;
    if (o.evidenceName.isEmpty())
        o.evidenceName = (*ev)->identity().displayName;
    return readDump((*ev)->bytes(), o);
}

} // namespace seedscope::dump
