// SPDX-License-Identifier: GPL-3.0-or-later
// The seed's boot-time recovery (seed 004 section 5, format-anchors D14) on the device's
// own image: validate the active checkpoint, else the fallback; replay the journal from
// the checkpoint's chain head, stopping at the first record that is damaged or does not
// link; truncate there (the damaged bytes stay until their block is recycled); open a
// new epoch in a fresh erase block; log RECOVERY (once per damage) and BOOT; restore
// the highest Lamport value. Recovery is idempotent: booting again, even after a power
// cut during recovery, ends in the same ledger state.
#include "crypto/Hash.h"
#include "dump/DumpReader.h"
#include "ledger/EntryCodec.h"
#include "ledger/StateRecords.h"
#include "sim/SeedDevice.h"

namespace seedscope::sim {

using namespace seedscope::dump;

struct DeviceRecovery {
    static std::optional<ledger::LedgerState> loadSlot(const DumpImage &img, int index, int depth, QList<uint32_t> &chain)
    {
        if (index < 0 || depth > 16)
            return std::nullopt;
        const SlotInfo &s = img.checkpointSlots[index];
        if (!s.usable() || (s.decrypt != DecryptState::Plain && s.decrypt != DecryptState::Decrypted))
            return std::nullopt;
        if (s.header.kind == uint8_t(CheckpointKind::Full)) {
            auto st = ledger::decodeFullState(s.plaintext);
            if (!st || ledger::stateRoot(*st) != s.header.stateRoot)
                return std::nullopt;
            chain = {uint32_t(index)};
            return *st;
        }
        if (s.header.kind != uint8_t(CheckpointKind::Delta))
            return std::nullopt;
        for (const SlotInfo &b : img.checkpointSlots) {
            if (b.usable() && b.header.checkpointSeq == s.header.baseSeq && b.header.stateRoot == s.header.baseStateRoot) {
                auto base = loadSlot(img, b.index, depth + 1, chain);
                if (!base)
                    return std::nullopt;
                auto st = ledger::applyDelta(*base, s.plaintext);
                if (!st || ledger::stateRoot(*st) != s.header.stateRoot)
                    return std::nullopt;
                chain.append(uint32_t(index));
                return *st;
            }
        }
        return std::nullopt;
    }

    static bool isJournalDamage(const Finding &f)
    {
        static const QStringList codes = {QStringLiteral("JOURNAL_TORN_TAIL"), QStringLiteral("JOURNAL_CRC_MISMATCH"),
                                          QStringLiteral("JOURNAL_BLOCK_HEADER_INVALID"), QStringLiteral("JOURNAL_LENGTH_INVALID"),
                                          QStringLiteral("JOURNAL_DECRYPT_FAILED"), QStringLiteral("JOURNAL_ENTRY_TOO_SHORT"),
                                          QStringLiteral("JOURNAL_ENTRY_HEADER_MISMATCH")};
        return codes.contains(f.code);
    }

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

        // 1-2: active checkpoint, else fallback (each candidate down the sequence order).
        QList<int> candidates;
        bool anyWritten = false;
        for (const SlotInfo &s : img.checkpointSlots) {
            if (s.usable())
                candidates.append(s.index);
            if (s.state != SlotState::Empty)
                anyWritten = true;
            if (s.headerValid)
                d->m_ckptSeq = std::max(d->m_ckptSeq, s.header.checkpointSeq);
        }
        std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
            return img.checkpointSlots[a].header.checkpointSeq > img.checkpointSlots[b].header.checkpointSeq;
        });
        ledger::LedgerState state;
        uint64_t headSeq = 0;
        QByteArray headHash(32, '\0');
        for (int i = 0; i < candidates.size(); ++i) {
            QList<uint32_t> chain;
            auto st = loadSlot(img, candidates[i], 0, chain);
            if (!st)
                continue;
            const SlotInfo &s = img.checkpointSlots[candidates[i]];
            state = *st;
            headSeq = s.header.journalSeq;
            headHash = s.header.chainHash;
            r.loadedSlot = s.index;
            r.loadedCheckpointSeq = s.header.checkpointSeq;
            // Fallback: a newer checkpoint was committed (or is damaged) but could not be
            // loaded. A newer *uncommitted* one is just an interrupted write.
            for (const SlotInfo &x : img.checkpointSlots)
                if ((x.state == SlotState::Committed || x.state == SlotState::Damaged) && x.headerValid
                    && x.header.checkpointSeq > s.header.checkpointSeq)
                    r.usedFallback = true;
            (void)i;
            d->m_haveCkpt = true;
            d->m_ckptState = state;
            d->m_ckptStateSeq = s.header.checkpointSeq;
            d->m_chainSlots = chain;
            d->m_lamport = std::max(d->m_lamport, s.header.lamport);
            break;
        }
        r.noValidCheckpoint = r.loadedSlot < 0 && anyWritten;
        const uint64_t ckptSeqCovered = headSeq;
        const QByteArray ckptHash = headHash;

        // 3-4: replay the journal from the checkpoint's chain head, in storage order. The
        // walk starts at genesis so the log root can be rebuilt; entries the checkpoint
        // already covers are only hashed into the log.
        uint64_t walkSeq = 0;
        QByteArray walkHash(32, '\0');
        qint64 lastAccepted = -1;
        for (const RecordInfo &rec : img.journal) {
            if (rec.header.type != uint8_t(RecordType::Entry) || !rec.payloadCrcOk || !rec.entryHeader)
                continue;
            if (rec.header.seq != walkSeq + 1 || rec.header.prevHash != walkHash) {
                // Damage before the checkpoint head: jump to the head, log root unknown.
                if (walkSeq < ckptSeqCovered && rec.header.seq == ckptSeqCovered + 1 && rec.header.prevHash == ckptHash) {
                    walkSeq = ckptSeqCovered;
                    walkHash = ckptHash;
                    d->m_logValid = false;
                } else {
                    continue;
                }
            }
            auto e = ledger::decodeEntry(rec.entryBytes);
            if (!e)
                continue;
            walkSeq = rec.header.seq;
            walkHash = rec.payloadHash;
            d->m_log.appendLeaf(walkHash);
            lastAccepted = rec.offset;
            d->m_lamport = std::max(d->m_lamport, rec.header.lamport);
            if (walkSeq <= ckptSeqCovered)
                continue;
            ledger::applyEntry(state, *e, d->m_keys, d->m_params);
            ++r.replayed;
        }
        if (walkSeq < ckptSeqCovered) {
            // The journal does not reach the checkpoint (e.g. its tail was lost): the
            // checkpoint is still the truth; the log root is unknown from here.
            walkSeq = ckptSeqCovered;
            walkHash = ckptHash;
            d->m_logValid = false;
        }
        state.journalPosition = walkSeq;
        d->m_state = state;
        d->m_headSeq = walkSeq;
        d->m_headHash = walkHash;
        d->m_lamport = std::max(d->m_lamport, state.lamport);
        r.lastValidSeq = walkSeq;

        const Finding *damage = nullptr;
        for (const Finding &f : img.findings)
            if (isJournalDamage(f) && f.offset > lastAccepted && (!damage || f.offset < damage->offset))
                damage = &f;

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
                if (auto b = decodeBootMarker(m.payload))
                    d->m_bootCounter = b->bootCounter;
            if (m.header.type == uint8_t(RecordType::CheckpointCommit))
                noCheckpointLogged = false;
            if (m.header.type == uint8_t(RecordType::Recovery))
                if (auto rm = decodeRecoveryMarker(m.payload)) {
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
        if (damage) {
            r.truncatedAt = damage->offset;
            const bool already = recoveredDamage.contains(uint64_t(damage->offset));
            if (Status s = d->startEpoch(EpochReason::Recovery); !s)
                return s.error();
            if (!already) {
                RecoveryMarker rm;
                rm.lastGoodSeq = d->m_headSeq;
                rm.lastGoodHash = d->m_headHash;
                rm.damageOffset = uint64_t(damage->offset);
                const qint64 bs = img.superblock.blockSize;
                const qint64 blockStart = damage->offset / bs * bs;
                const QByteArrayView block = QByteArrayView(flash.image()).sliced(blockStart, bs);
                qint64 last = bs - 1;
                while (last >= 0 && block[last] == char(0xFF))
                    --last;
                const qint64 from = damage->offset - blockStart;
                const QByteArrayView dropped = last >= from ? block.sliced(from, last + 1 - from) : QByteArrayView();
                rm.bytesDropped = uint64_t(dropped.size());
                rm.droppedHash = crypto::sha256(dropped);
                rm.newEpoch = d->m_epoch;
                rm.reason = damage->code == QLatin1String("JOURNAL_TORN_TAIL") ? 1 : 2;
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
