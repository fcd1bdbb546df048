// SPDX-License-Identifier: GPL-3.0-or-later
// The seed's boot-time recovery (format section 12) on the device's own image. The rule
// (which checkpoint, how far the journal walk gets, where the damage is) is
// dumpledger/BootRecovery.h, shared with the verifier; this file writes what it decided:
// validate the active checkpoint, else the fallback; replay the journal from
// the checkpoint's chain head, stopping at the first record that is damaged or does not
// link; truncate there (the damaged bytes stay until their block is recycled); open a
// new epoch in a fresh erase block; log RECOVERY (once per damage) and BOOT; restore
// the highest Lamport value. Recovery is idempotent: booting again, even after a power
// cut during recovery, ends in the same ledger state.
#include "crypto/Hash.h"
#include "dump/DumpReader.h"
#include "dumpledger/BootRecovery.h"
#include "sim/SeedDevice.h"

namespace seedscope::sim {

using namespace seedscope::dump;

struct DeviceRecovery {
    static Result<std::unique_ptr<SeedDevice>> run(NorFlash &flash, const DeviceConfig &cfg, ledger::KeyDirectory keys,
                                                   ledger::NetworkParams params, BootReport *out)
    {
        auto signer = crypto::Ed25519Signer::fromSeed(cfg.signingSeed);
        if (!signer)
            return signer.error();
        std::unique_ptr<SeedDevice> d(new SeedDevice(flash, cfg, std::move(*signer), std::move(keys), std::move(params)));
        ReadOptions ro;
        ro.evidenceName = cfg.name;
        if (cfg.encrypt)
            ro.storageRootKey = crypto::SecureBytes(cfg.storageRootKey);
        auto parsed = readDump(flash.image(), ro);
        if (!parsed)
            return parsed.error();
        const DumpImage &img = *parsed;
        if (!img.readable)
            return makeError(ErrorCode::Malformed, QStringLiteral("no valid superblock: the device cannot mount its ledger"));
        if (img.identity.header.devicePublicKey != d->m_signer.publicKey())
            return makeError(ErrorCode::Malformed, QStringLiteral("identity region does not hold this device's key"));
        d->m_sb = img.superblock;
        BootReport r;

        // 1-5: the one recovery rule (dumpledger/BootRecovery.h), shared with the verifier.
        for (const SlotInfo &s : img.checkpointSlots)
            if (s.headerValid)
                d->m_ckptSeq = std::max(d->m_ckptSeq, s.header.checkpointSeq);
        const ledger::RecoveryCheckpoint ck = ledger::chooseRecoveryCheckpoint(img);
        if (ck.slot >= 0) {
            r.loadedSlot = ck.slot;
            r.loadedCheckpointSeq = ck.checkpointSeq;
            r.usedFallback = ck.usedFallback;
            d->m_haveCkpt = true;
            d->m_ckptState = ck.state();
            d->m_ckptStateSeq = ck.checkpointSeq;
            d->m_chainSlots = ck.loaded->chain;
            d->m_lamport = std::max(d->m_lamport, ck.lamport);
        }
        r.noValidCheckpoint = ck.noValidCheckpoint;

        // The walk starts at genesis so the log root can be rebuilt; entries the
        // checkpoint already covers are only hashed into the log.
        ledger::JournalWalkOptions wo;
        wo.keys = &d->m_keys;
        wo.params = &d->m_params;
        wo.start = &ck.state();
        wo.onAccepted = [&](const RecordInfo &rec) { d->m_log.appendLeaf(rec.payloadHash); };
        const ledger::JournalWalk walk
            = ledger::walkJournal(flash.image(), img, ledger::walkRecords(img), ck.journalSeq, ck.chainHash, wo);
        if (walk.jumped)
            d->m_logValid = false;
        ledger::LedgerState state = walk.state;
        d->m_lamport = std::max(d->m_lamport, walk.lamport);
        d->m_state = state;
        d->m_headSeq = walk.headSeq;
        d->m_headHash = walk.headHash;
        d->m_lamport = std::max(d->m_lamport, state.lamport);
        r.lastValidSeq = walk.headSeq;
        r.replayed = uint64_t(walk.replayed);

        // Positions: epochs, blocks and marker chain continue after what is on flash.
        uint32_t maxEpoch = 0;
        for (const BlockInfo &b : img.journalBlocks) {
            if (b.state == BlockInfo::State::Valid)
                maxEpoch = std::max(maxEpoch, b.header.epoch);
            if (b.state != BlockInfo::State::Erased) {
                d->m_jNextFree = b.block + 1;
                d->m_jBlockSeq = std::max(d->m_jBlockSeq, b.header.blockSeq + 1);
            }
        }
        if (d->m_jNextFree == 0)
            d->m_jNextFree = img.superblock.journal.firstBlock;
        for (const RecordInfo &m : img.markers)
            maxEpoch = std::max(maxEpoch, m.header.epoch);
        d->m_epoch = maxEpoch;
        // What earlier boots already logged. Journal blocks are never recycled in v1, so a
        // damage offset names one damage for good; a NO_VALID_CHECKPOINT incident lasts
        // until a checkpoint is committed again. (Comparing with the last RECOVERY marker
        // only made boots alternate between the two kinds, one new marker per boot.)
        QList<uint64_t> recoveredDamage;
        bool noCheckpointLogged = false;
        for (const RecordInfo &m : img.markers) {
            if (!m.payloadCrcOk)
                continue;
            d->m_markerSeq = m.header.seq;
            d->m_markerPrev = m.payloadHash;
            if (m.header.type == uint8_t(RecordType::Boot))
                if (auto b = decodeBootMarker(m.payload()))
                    d->m_bootCounter = b->bootCounter;
            if (m.header.type == uint8_t(RecordType::CheckpointCommit))
                noCheckpointLogged = false;
            if (m.header.type == uint8_t(RecordType::Recovery))
                if (auto rm = decodeRecoveryMarker(m.payload())) {
                    if (rm->reason == 4)
                        noCheckpointLogged = true;
                    else
                        recoveredDamage.append(rm->damageOffset);
                }
        }
        ++d->m_bootCounter;
        d->m_mNextFree = img.superblock.markers.firstBlock;
        for (const BlockInfo &b : img.markerBlocks) {
            if (b.state == BlockInfo::State::Erased)
                continue;
            d->m_mNextFree = b.block + 1;
            d->m_mBlockSeq = std::max(d->m_mBlockSeq, b.header.blockSeq + 1);
            // Continue in the last marker block only if everything after its last good
            // record is still erased (a torn marker must not be programmed over).
            bool damaged = false;
            for (const RecordInfo &m : img.markers)
                damaged |= m.block == b.block && !m.payloadCrcOk;
            const bool clean = b.state == BlockInfo::State::Valid && !damaged
                && isErased(QByteArrayView(flash.image()).sliced(b.offset + b.usedBytes, img.superblock.blockSize - b.usedBytes));
            d->m_mOpen = clean;
            d->m_mBlock = b.block;
            d->m_mPos = b.usedBytes;
        }

        // 5-6: new epoch, RECOVERY (once per damage), BOOT.
        if (walk.truncatedAt >= 0) {
            r.truncatedAt = walk.truncatedAt;
            const bool already = recoveredDamage.contains(uint64_t(walk.truncatedAt));
            if (Status s = d->startEpoch(EpochReason::Recovery); !s)
                return s.error();
            if (!already) {
                RecoveryMarker rm;
                rm.lastGoodSeq = d->m_headSeq;
                rm.lastGoodHash = d->m_headHash;
                rm.damageOffset = uint64_t(walk.truncatedAt);
                rm.bytesDropped = uint64_t(walk.bytesDropped);
                rm.droppedHash = walk.droppedHash;
                rm.newEpoch = d->m_epoch;
                rm.reason = walk.damageCode == QLatin1String("JOURNAL_TORN_TAIL") ? 1 : 2;
                if (Status s = d->writeMarker(RecordType::Recovery, encodeRecoveryMarker(rm)); !s)
                    return s.error();
                r.newRecoveryMarker = true;
            }
        } else {
            if (Status s = d->startEpoch(EpochReason::Boot); !s)
                return s.error();
        }
        if (r.noValidCheckpoint && !noCheckpointLogged) {
            RecoveryMarker rm;
            rm.lastGoodSeq = d->m_headSeq;
            rm.lastGoodHash = d->m_headHash;
            rm.newEpoch = d->m_epoch;
            rm.reason = 4; // NO_VALID_CHECKPOINT: rebuilt from the whole journal
            rm.droppedHash = crypto::sha256({});
            if (Status s = d->writeMarker(RecordType::Recovery, encodeRecoveryMarker(rm)); !s)
                return s.error();
            r.newRecoveryMarker = true;
        }
        r.epoch = d->m_epoch;
        if (Status s = d->writeBoot(r); !s)
            return s.error();
        if (out)
            *out = r;
        return d;
    }
};

Result<std::unique_ptr<SeedDevice>> SeedDevice::boot(NorFlash &flash, const DeviceConfig &cfg, ledger::KeyDirectory keys,
                                                     ledger::NetworkParams params, BootReport *report)
{
    return DeviceRecovery::run(flash, cfg, std::move(keys), std::move(params), report);
}

} // namespace seedscope::sim
