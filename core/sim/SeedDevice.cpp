// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SeedDevice.h"

#include "crypto/Aead.h"
#include "crypto/Crc32c.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "ledger/EntryCodec.h"
#include "ledger/StateRecords.h"

namespace seedscope::sim {

using namespace seedscope::dump;

dump::Superblock DeviceConfig::superblock(const QByteArray &deviceId) const
{
    Superblock sb;
    sb.revision = 1;
    sb.blockSize = blockSize;
    sb.totalBlocks = totalBlocks();
    sb.deviceId = deviceId;
    sb.networkId = networkId;
    uint32_t b = 2;
    sb.identity = {b, identityBlocks};
    b += identityBlocks;
    sb.checkpoints = {b, slotCount * slotBlocks};
    b += slotCount * slotBlocks;
    sb.journal = {b, journalBlocks};
    b += journalBlocks;
    sb.markers = {b, markerBlocks};
    sb.slotCount = slotCount;
    sb.slotBlocks = slotBlocks;
    if (encrypt) {
        sb.incompatFlags |= kIncompatEncrypted;
        sb.aeadAlg = 1;
    }
    return sb;
}

SeedDevice::SeedDevice(NorFlash &flash, const DeviceConfig &cfg, crypto::Ed25519Signer signer, ledger::KeyDirectory keys,
                       ledger::NetworkParams params)
    : m_flash(flash), m_cfg(cfg), m_signer(std::move(signer)), m_keys(std::move(keys)), m_params(std::move(params)),
      m_rootKey(cfg.storageRootKey), m_rng(cfg.rngSeed, QByteArray("seed-device/") + cfg.name.toUtf8())
{
    m_deviceId = crypto::keyId16(m_signer.publicKey());
    m_sb = cfg.superblock(m_deviceId);
}

Result<std::unique_ptr<SeedDevice>> SeedDevice::format(NorFlash &flash, const DeviceConfig &cfg, ledger::KeyDirectory keys,
                                                       ledger::NetworkParams params)
{
    auto signer = crypto::Ed25519Signer::fromSeed(cfg.signingSeed);
    if (!signer)
        return signer.error();
    std::unique_ptr<SeedDevice> d(new SeedDevice(flash, cfg, std::move(*signer), std::move(keys), std::move(params)));
    if (const QString p = geometryProblem(d->m_sb); !p.isEmpty())
        return makeError(ErrorCode::InvalidArgument, p);
    if (flash.blockSize() != cfg.blockSize || flash.blockCount() < cfg.totalBlocks())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("flash geometry does not match the device configuration"));
    const QByteArray sb = encodeSuperblock(d->m_sb);
    for (uint32_t copy = 0; copy < 2; ++copy) {
        if (Status s = flash.erase(copy); !s)
            return s.error();
        if (Status s = flash.program(qint64(copy) * cfg.blockSize, sb); !s)
            return s.error();
    }
    IdentityHeader id;
    id.devicePublicKey = d->m_signer.publicKey();
    id.deviceId = d->m_deviceId;
    id.networkId = cfg.networkId;
    id.registrationSignature = cfg.registrationSignature;
    if (Status s = flash.erase(d->m_sb.identity.firstBlock); !s)
        return s.error();
    if (Status s = flash.program(qint64(d->m_sb.identity.firstBlock) * cfg.blockSize, encodeIdentityHeader(id)); !s)
        return s.error();
    d->m_jNextFree = d->m_sb.journal.firstBlock;
    d->m_mNextFree = d->m_sb.markers.firstBlock;
    d->m_bootCounter = 1;
    if (Status s = d->startEpoch(EpochReason::Format); !s)
        return s.error();
    BootReport r;
    r.epoch = d->m_epoch;
    if (Status s = d->writeBoot(r); !s)
        return s.error();
    return d;
}

Result<std::unique_ptr<SeedDevice>> SeedDevice::restart(std::unique_ptr<SeedDevice> running, BootReport *report)
{
    if (!running)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("restart needs a running device"));
    SeedDevice &old = *running;
    // A fresh object, as boot() makes one: the salt/nonce generator starts over, clocks
    // and fault hooks are reset, the last-record offsets are unknown.
    std::unique_ptr<SeedDevice> d(
        new SeedDevice(old.m_flash, old.m_cfg, std::move(old.m_signer), std::move(old.m_keys), std::move(old.m_params)));
    d->m_sb = old.m_sb;
    // What boot() reconstructs from the image: checkpoint state plus the journal replay
    // (the running state), the log of every entry, the chain head and the highest Lamport.
    d->m_state = std::move(old.m_state);
    d->m_lamport = old.m_lamport;
    d->m_headSeq = old.m_headSeq;
    d->m_headHash = old.m_headHash;
    d->m_log = std::move(old.m_log);
    d->m_logValid = old.m_logValid;
    d->m_epoch = old.m_epoch;
    d->m_jNextFree = old.m_jNextFree;
    d->m_jBlockSeq = old.m_jBlockSeq;
    d->m_mBlock = old.m_mBlock;
    d->m_mPos = old.m_mPos;
    d->m_mOpen = old.m_mOpen;
    d->m_mNextFree = old.m_mNextFree;
    d->m_mBlockSeq = old.m_mBlockSeq;
    d->m_markerSeq = old.m_markerSeq;
    d->m_markerPrev = old.m_markerPrev;
    d->m_ckptSeq = old.m_ckptSeq;
    d->m_haveCkpt = old.m_haveCkpt;
    d->m_ckptState = std::move(old.m_ckptState);
    d->m_ckptStateSeq = old.m_ckptStateSeq;
    d->m_chainSlots = old.m_chainSlots;
    d->m_bootCounter = old.m_bootCounter + 1;
    running.reset();

    BootReport r;
    if (d->m_haveCkpt && !d->m_chainSlots.isEmpty()) {
        r.loadedSlot = int(d->m_chainSlots.last());
        r.loadedCheckpointSeq = d->m_ckptStateSeq;
    }
    r.lastValidSeq = d->m_headSeq;
    if (Status s = d->startEpoch(EpochReason::Boot); !s)
        return s.error();
    r.epoch = d->m_epoch;
    if (Status s = d->writeBoot(r); !s)
        return s.error();
    if (report)
        *report = r;
    return d;
}

qint64 SeedDevice::slotOffset(uint32_t slot) const
{
    return qint64(m_sb.checkpoints.firstBlock + slot * m_cfg.slotBlocks) * m_cfg.blockSize;
}

QByteArray SeedDevice::stateRoot() const { return ledger::stateRoot(m_state); }

uint64_t SeedDevice::nextOriginSequence() const
{
    auto it = m_state.originSequence.find(m_deviceId);
    return (it == m_state.originSequence.end() ? 0 : it->second) + 1;
}

Status SeedDevice::openBlock(bool journal, uint64_t firstSeq)
{
    const Region region = journal ? m_sb.journal : m_sb.markers;
    uint32_t &next = journal ? m_jNextFree : m_mNextFree;
    if (next >= region.firstBlock + region.blockCount)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("%1 region full").arg(QLatin1String(journal ? "journal" : "marker")));
    const uint32_t block = next++;
    if (Status s = m_flash.erase(block); !s)
        return s;
    BlockHeader bh;
    bh.magic = journal ? kJournalBlockMagic : kMarkerBlockMagic;
    bh.epoch = m_epoch;
    bh.blockSeq = journal ? m_jBlockSeq++ : m_mBlockSeq++;
    bh.firstRecordSeq = firstSeq;
    if (Status s = m_flash.program(qint64(block) * m_cfg.blockSize, encodeBlockHeader(bh)); !s)
        return s;
    if (journal) {
        m_jBlock = block;
        m_jPos = kBlockHeaderSize;
        m_jOpen = true;
    } else {
        m_mBlock = block;
        m_mPos = kBlockHeaderSize;
        m_mOpen = true;
    }
    return {};
}

Status SeedDevice::writeRecord(bool journal, RecordHeader h, const QByteArray &payload)
{
    const qint64 footprint = recordFootprint(uint32_t(payload.size()));
    if (footprint > qint64(m_cfg.blockSize) - kBlockHeaderSize)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("record larger than an erase block"));
    bool &open = journal ? m_jOpen : m_mOpen;
    qint64 &pos = journal ? m_jPos : m_mPos;
    if (!open || pos + footprint > m_cfg.blockSize)
        if (Status s = openBlock(journal, h.seq); !s)
            return s;
    h.payloadLength = uint32_t(payload.size());
    h.payloadCrc = crypto::crc32c(payload);
    const qint64 at = qint64(journal ? m_jBlock : m_mBlock) * m_cfg.blockSize + pos;
    if (journal)
        m_lastJournalAttempt = at;
    // One program operation per record: a power cut inside it leaves a prefix (torn tail).
    if (Status s = m_flash.program(at, encodeRecordHeader(h) + payload); !s)
        return s;
    pos += footprint;
    if (journal)
        m_lastRecordOffset = at;
    return {};
}

Status SeedDevice::startEpoch(EpochReason reason)
{
    ++m_epoch;
    EpochPayload ep;
    ep.epoch = m_epoch;
    ep.reason = uint8_t(reason);
    ep.salt = m_rng.bytes(kSaltSize);
    ep.headSeq = m_headSeq;
    ep.headHash = m_headHash;
    if (m_cfg.encrypt) {
        auto k = journalKey(m_rootKey, m_deviceId, m_epoch, ep.salt);
        if (!k)
            return k.error();
        m_journalKey = std::move(*k);
    }
    m_jOpen = false; // every epoch starts in a fresh erase block
    RecordHeader h;
    h.type = uint8_t(RecordType::Epoch);
    h.epoch = m_epoch;
    h.seq = m_headSeq;
    h.lamport = m_lamport;
    h.prevHash = m_headHash;
    return writeRecord(true, h, encodeEpochPayload(ep));
}

Status SeedDevice::writeMarker(RecordType type, const QByteArray &payload)
{
    RecordHeader h;
    h.type = uint8_t(type);
    h.epoch = m_epoch;
    h.seq = m_markerSeq + 1;
    h.lamport = m_lamport;
    h.prevHash = m_markerPrev;
    if (Status s = writeRecord(false, h, payload); !s)
        return s;
    ++m_markerSeq;
    m_markerPrev = crypto::sha256(payload);
    return {};
}

Status SeedDevice::writeBoot(const BootReport &r)
{
    BootMarker b;
    b.bootCounter = m_bootCounter;
    b.loadedSlot = r.loadedSlot < 0 ? kNoSlot : uint8_t(r.loadedSlot);
    b.usedFallback = r.usedFallback ? 1 : 0;
    b.loadedCheckpointSeq = r.loadedCheckpointSeq;
    b.truncatedAt = r.truncatedAt < 0 ? kNoOffset : uint64_t(r.truncatedAt);
    b.lastValidSeq = m_headSeq;
    b.lamport = m_lamport;
    b.newEpoch = m_epoch;
    return writeMarker(RecordType::Boot, encodeBootMarker(b));
}

Status SeedDevice::genericMarker(RecordType type, uint64_t value, uint64_t value2)
{
    return writeMarker(type, encodeGenericMarker({value, value2}));
}

Result<ledger::Entry> SeedDevice::createLocal(ledger::Entry e)
{
    e.origin = m_deviceId;
    e.lamport = m_lamport + 1;
    e.sequence = nextOriginSequence();
    if (Status s = ledger::signEntry(e, m_signer); !s)
        return s.error();
    return e;
}

Result<ledger::ApplyResult> SeedDevice::append(const ledger::Entry &e)
{
    // Lamport rule: +1 for a local event; max(local, received) + 1 on receipt.
    uint64_t stored = std::max(m_lamport, e.lamport);
    if (e.origin != m_deviceId || e.lamport <= m_lamport)
        stored = std::max(m_lamport, e.lamport) + 1;
    if (m_rollback) {
        stored = m_lamport > m_rollback ? m_lamport - m_rollback : 0;
        m_rollback = 0;
    }
    const uint64_t seq = m_headSeq + 1;
    const QByteArray plain = encodeEntryHeader({seq, stored, m_headHash}) + ledger::encodeEntry(e);
    RecordHeader h;
    h.type = uint8_t(RecordType::Entry);
    h.epoch = m_epoch;
    h.seq = seq;
    h.lamport = stored;
    h.prevHash = m_headHash;
    QByteArray payload = plain;
    if (m_cfg.encrypt) {
        h.flags = kRecordFlagEncrypted;
        h.payloadLength = uint32_t(plain.size() + crypto::kGcmTagSize);
        auto ct = encryptJournalPayload(m_journalKey, h, plain);
        if (!ct)
            return ct.error();
        payload = std::move(*ct);
    }
    if (Status s = writeRecord(true, h, payload); !s)
        return s.error();
    m_headSeq = seq;
    m_headHash = crypto::sha256(payload);
    m_log.appendLeaf(m_headHash);
    m_lamport = std::max(m_lamport, stored);
    ledger::ApplyResult r = ledger::applyEntry(m_state, e, m_keys, m_params);
    m_state.journalPosition = m_headSeq;
    return r;
}

Status SeedDevice::seal()
{
    SealMarker m;
    m.epoch = m_epoch;
    m.journalSeq = m_headSeq;
    m.chainHash = m_headHash;
    m.lamport = m_lamport;
    m.logSize = m_logValid ? m_log.size() : 0;
    m.logRoot = m_logValid ? m_log.root() : QByteArray(32, '\0');
    QByteArray payload = encodeSealMarker(m);
    auto sig = m_signer.sign(sealSignedBytes(m_deviceId, payload));
    if (!sig)
        return sig.error();
    m.signature = *sig;
    return writeMarker(RecordType::Seal, encodeSealMarker(m));
}

Status SeedDevice::checkpoint()
{
    const uint64_t seq = m_ckptSeq + 1;
    const uint32_t slot = uint32_t(seq % m_cfg.slotCount);
    // A DELTA needs its whole chain back to a FULL to survive this write.
    const bool delta = m_haveCkpt && m_chainSlots.size() < m_cfg.fullEvery && !m_chainSlots.contains(slot);
    CheckpointMarker begin{seq, uint8_t(slot), uint8_t(delta ? CheckpointKind::Delta : CheckpointKind::Full), m_headSeq, {}};
    m_ckptSeq = seq; // a sequence is never reused, even when this write is interrupted
    if (Status s = writeMarker(RecordType::CheckpointBegin, encodeCheckpointMarker(begin, false)); !s)
        return s;

    SlotHeader h;
    h.kind = uint8_t(delta ? CheckpointKind::Delta : CheckpointKind::Full);
    h.checkpointSeq = seq;
    h.baseSeq = delta ? m_ckptStateSeq : 0;
    h.journalSeq = m_headSeq;
    h.chainHash = m_headHash;
    h.lamport = m_lamport;
    h.timestampHint = m_clock;
    h.stateRoot = ledger::stateRoot(m_state);
    h.baseStateRoot = delta ? ledger::stateRoot(m_ckptState) : QByteArray(32, '\0');
    h.logRoot = m_logValid ? m_log.root() : QByteArray(32, '\0');
    h.logSize = m_logValid ? m_log.size() : 0;
    h.deviceId = m_deviceId;
    h.kdfSalt = m_rng.bytes(kSaltSize);
    h.nonce = m_rng.bytes(crypto::kGcmNonceSize);
    h.epoch = m_epoch;
    QByteArray payload = delta ? ledger::encodeDelta(m_ckptState, m_state) : ledger::encodeFullState(m_state);
    if (m_cfg.encrypt) {
        h.flags = kSlotFlagEncrypted;
        h.payloadLength = uint32_t(payload.size() + crypto::kGcmTagSize);
        auto key = checkpointKey(m_rootKey, m_deviceId, h.kind, seq, h.kdfSalt);
        if (!key)
            return key.error();
        auto ct = crypto::aesGcmSeal(key->view(), h.nonce, slotAad(encodeSlotHeader(h)), payload);
        if (!ct)
            return ct.error();
        payload = std::move(*ct);
    }
    const qint64 slotBytes = qint64(m_cfg.slotBlocks) * m_cfg.blockSize;
    if (payload.size() > maxSlotPayload(slotBytes))
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("checkpoint of %1 bytes does not fit a %2-byte slot").arg(payload.size()).arg(slotBytes));
    h.payloadLength = uint32_t(payload.size());
    h.payloadCrc = crypto::crc32c(payload);
    const QByteArray header = encodeSlotHeader(h);

    const uint32_t first = m_sb.checkpoints.firstBlock + slot * m_cfg.slotBlocks;
    const qint64 at = qint64(first) * m_cfg.blockSize;
    for (uint32_t b = 0; b < m_cfg.slotBlocks; ++b)
        if (Status s = m_flash.erase(first + b); !s)
            return s;
    if (Status s = m_flash.program(at, header); !s)
        return s;
    if (Status s = m_flash.program(at + kSlotHeaderSize, payload); !s)
        return s;
    // Verify what the flash holds before committing (the seed's atomic rule).
    const QByteArrayView back = m_flash.read(at, kSlotHeaderSize + payload.size());
    if (back.first(kSlotHeaderSize) != QByteArrayView(header) || crypto::crc32c(back.sliced(kSlotHeaderSize)) != h.payloadCrc)
        return makeError(ErrorCode::Io, QStringLiteral("checkpoint read-back does not verify; not committed"));
    CommitRecord c;
    c.keyIndex = 0;
    c.checkpointSeq = seq;
    c.payloadHash = crypto::sha256(payload);
    auto sig = m_signer.sign(checkpointSignedBytes(header, c.payloadHash));
    if (!sig)
        return sig.error();
    c.signature = *sig;
    if (Status s = m_flash.program(at + commitOffsetInSlot(h.payloadLength), encodeCommitRecord(c)); !s)
        return s;

    if (delta)
        m_chainSlots.append(slot);
    else
        m_chainSlots = {slot};
    m_haveCkpt = true;
    m_ckptState = m_state;
    m_ckptStateSeq = seq;
    CheckpointMarker commit{seq, uint8_t(slot), h.kind, m_headSeq, h.stateRoot};
    return writeMarker(RecordType::CheckpointCommit, encodeCheckpointMarker(commit, true));
}

} // namespace seedscope::sim
