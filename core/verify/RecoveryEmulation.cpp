// SPDX-License-Identifier: GPL-3.0-or-later
// The seed's boot-time recovery (seed 004 section 5, format-anchors D14) emulated over a
// dump without writing anything: validate the active slot, else the fallback; replay the
// journal from genesis, linking each entry to the one before; truncate at the first
// damage after the last linked entry; restore the highest Lamport. It follows the
// reference device (core/sim/DeviceRecovery.cpp) rule for rule; a pure entry point in
// core/sim is requested (notes/requests.md) so the two cannot drift apart.
//
// Emulating "as of" an epoch (records and slots written before it) lets each BOOT and
// RECOVERY marker be set against what the device should have done at that boot.
#include "crypto/Hash.h"
#include "ledger/EntryCodec.h"
#include "ledger/StateRecords.h"
#include "util/Hex.h"
#include "verify/VerifyChecks.h"

namespace seedscope::verify::detail {

using namespace seedscope::dump;

namespace {

bool isDeviceDamage(const Finding &f)
{
    static const QStringList codes = {QStringLiteral("JOURNAL_TORN_TAIL"), QStringLiteral("JOURNAL_CRC_MISMATCH"),
                                      QStringLiteral("JOURNAL_BLOCK_HEADER_INVALID"), QStringLiteral("JOURNAL_LENGTH_INVALID"),
                                      QStringLiteral("JOURNAL_DECRYPT_FAILED"), QStringLiteral("JOURNAL_ENTRY_TOO_SHORT"),
                                      QStringLiteral("JOURNAL_ENTRY_HEADER_MISMATCH")};
    return codes.contains(f.code);
}

bool readable(const SlotInfo &s) { return s.decrypt == DecryptState::Plain || s.decrypt == DecryptState::Decrypted; }

// nullopt: the device would reject the slot. A slot the device could decrypt but we
// cannot (no key) counts as loadable with an unknown state (`known` false).
std::optional<ledger::LedgerState> loadSlot(const DumpImage &img, int index, int depth, bool &known,
                                            const std::function<bool(const SlotInfo &)> &inScope)
{
    if (index < 0 || depth > 16)
        return std::nullopt;
    const SlotInfo &s = img.checkpointSlots[index];
    if (!s.usable() || !inScope(s))
        return std::nullopt;
    if (!readable(s)) {
        if (s.decrypt != DecryptState::NoKey)
            return std::nullopt;
        known = false;
        return ledger::LedgerState{};
    }
    if (s.header.kind == uint8_t(CheckpointKind::Full)) {
        auto st = ledger::decodeFullState(s.plaintext);
        if (!st || ledger::stateRoot(*st) != s.header.stateRoot)
            return std::nullopt;
        return *st;
    }
    if (s.header.kind != uint8_t(CheckpointKind::Delta))
        return std::nullopt;
    for (const SlotInfo &b : img.checkpointSlots) {
        if (b.usable() && inScope(b) && b.header.checkpointSeq == s.header.baseSeq && b.header.stateRoot == s.header.baseStateRoot) {
            auto base = loadSlot(img, b.index, depth + 1, known, inScope);
            if (!base)
                return std::nullopt;
            if (!known)
                return base;
            auto st = ledger::applyDelta(*base, s.plaintext);
            if (!st || ledger::stateRoot(*st) != s.header.stateRoot)
                return std::nullopt;
            return *st;
        }
    }
    return std::nullopt;
}

} // namespace

RecoveryEmulation emulateRecovery(QByteArrayView image, const DumpImage &img, const ledger::DumpLedger *l, uint32_t beforeEpoch)
{
    RecoveryEmulation r;
    if (!img.readable)
        return r;
    r.ran = true;
    auto epochIn = [&](uint32_t e) { return beforeEpoch == 0 || e < beforeEpoch; };
    const std::function<bool(const SlotInfo &)> slotIn = [&](const SlotInfo &s) { return epochIn(s.header.epoch); };
    QStringList notes;

    QList<int> candidates;
    bool anyWritten = false;
    for (const SlotInfo &s : img.checkpointSlots) {
        if (!s.headerValid || slotIn(s)) {
            if (s.usable() && slotIn(s))
                candidates.append(s.index);
            if (s.state != SlotState::Empty)
                anyWritten = true;
        }
    }
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        return img.checkpointSlots[a].header.checkpointSeq > img.checkpointSlots[b].header.checkpointSeq;
    });
    ledger::LedgerState state;
    bool known = true;
    uint64_t ckptSeq = 0;
    QByteArray ckptHash(32, '\0');
    for (int c : candidates) {
        bool k = true;
        auto st = loadSlot(img, c, 0, k, slotIn);
        if (!st)
            continue;
        const SlotInfo &s = img.checkpointSlots[c];
        state = *st;
        known = k;
        if (!k)
            notes << QStringLiteral("checkpoint payloads are encrypted and no key was given: the loaded state is unknown");
        ckptSeq = s.header.journalSeq;
        ckptHash = s.header.chainHash;
        r.slot = s.index;
        r.checkpointSeq = s.header.checkpointSeq;
        r.finalLamport = s.header.lamport;
        for (const SlotInfo &x : img.checkpointSlots)
            if ((x.state == SlotState::Committed || x.state == SlotState::Damaged) && x.headerValid && slotIn(x)
                && x.header.checkpointSeq > s.header.checkpointSeq)
                r.usedFallback = true;
        break;
    }
    r.noValidCheckpoint = r.slot < 0 && anyWritten;

    uint64_t walkSeq = 0;
    QByteArray walkHash(32, '\0');
    qint64 lastAccepted = -1;
    int readableEntries = 0;
    for (const RecordInfo &rec : img.journal) {
        if (rec.header.type != uint8_t(RecordType::Entry) || !rec.payloadCrcOk || !epochIn(rec.header.epoch))
            continue;
        const bool locked = rec.decrypt == DecryptState::NoKey;
        if (!rec.entryHeader && !locked)
            continue;
        ++readableEntries;
        if (rec.header.seq != walkSeq + 1 || rec.header.prevHash != walkHash) {
            if (walkSeq < ckptSeq && rec.header.seq == ckptSeq + 1 && rec.header.prevHash == ckptHash) {
                walkSeq = ckptSeq;
                walkHash = ckptHash;
            } else {
                continue;
            }
        }
        std::optional<ledger::Entry> e;
        if (!locked) {
            auto d = ledger::decodeEntry(rec.entryBytes);
            if (!d)
                continue;
            e = *d;
        }
        walkSeq = rec.header.seq;
        walkHash = rec.payloadHash;
        lastAccepted = rec.offset;
        ++r.entriesKept;
        r.finalLamport = std::max(r.finalLamport, rec.header.lamport);
        if (walkSeq <= ckptSeq)
            continue;
        ++r.entriesReplayed;
        if (e && l && known)
            ledger::applyEntry(state, *e, l->keys, l->params);
        else
            known = false;
    }
    if (walkSeq < ckptSeq) {
        walkSeq = ckptSeq;
        walkHash = ckptHash;
    }
    r.entriesDropped = readableEntries - r.entriesKept;
    r.lastValidSeq = walkSeq;
    r.lastValidHash = walkHash;
    state.journalPosition = walkSeq;
    r.finalLamport = std::max(r.finalLamport, state.lamport);

    const qint64 bs = img.superblock.blockSize;
    const Finding *damage = nullptr;
    for (const Finding &f : img.findings) {
        if (!isDeviceDamage(f) || f.offset <= lastAccepted || (damage && f.offset >= damage->offset))
            continue;
        bool inScope = true;
        for (const BlockInfo &b : img.journalBlocks)
            if (f.offset >= b.offset && f.offset < b.offset + bs && b.state == BlockInfo::State::Valid && !epochIn(b.header.epoch))
                inScope = false;
        if (inScope)
            damage = &f;
    }
    if (damage && bs > 0) {
        r.truncatedAt = damage->offset;
        const qint64 blockStart = damage->offset / bs * bs;
        if (blockStart + bs <= image.size()) {
            const QByteArrayView block = image.sliced(blockStart, bs);
            qint64 last = bs - 1;
            while (last >= 0 && block[last] == char(0xFF))
                --last;
            const qint64 from = damage->offset - blockStart;
            const QByteArrayView dropped = last >= from ? block.sliced(from, last + 1 - from) : QByteArrayView();
            r.bytesDropped = dropped.size();
            r.droppedHash = crypto::sha256(dropped);
        }
    }
    if (!l)
        notes << QStringLiteral("no trust store: the replayed state (and its state_root) is not computed");
    r.stateKnown = known && l;
    if (r.stateKnown)
        r.stateRoot = ledger::stateRoot(state);
    notes.removeDuplicates();
    r.note = notes.join(QStringLiteral("; "));
    return r;
}

namespace {

// The device's walk at a boot reached `lastValidSeq`: any intact entry written before
// that boot with a sequence at or below it was read then. Damage lying physically before
// the last such entry was not there at that boot (the walk would have stopped at it): it
// came later, and says nothing about what the device did then (format section 12,
// "as of a marker").
qint64 walkedUpTo(const DumpImage &img, uint32_t beforeEpoch, uint64_t lastValidSeq)
{
    qint64 end = -1;
    for (const RecordInfo &r : img.journal)
        if (r.header.type == uint8_t(RecordType::Entry) && r.payloadCrcOk && r.header.epoch < beforeEpoch && r.header.seq >= 1
            && r.header.seq <= lastValidSeq)
            end = std::max(end, r.offset);
    return end;
}

// The slot a marker says was loaded, now damaged: later damage, not the device's choice.
bool namedSlotDamagedSince(const DumpImage &img, int slot, uint64_t checkpointSeq)
{
    if (slot < 0 || slot >= img.checkpointSlots.size())
        return false;
    const SlotInfo &s = img.checkpointSlots[slot];
    if (s.usable())
        return false;
    return !s.headerValid || s.header.checkpointSeq == checkpointSeq;
}

} // namespace

// Each marker comparison re-runs the recovery over the whole journal, so only the newest
// kMaxMarkerChecks BOOT and RECOVERY markers are compared (a hostile image can hold
// thousands); the rest are named in a VERIFY_NOT_CHECKED finding.
constexpr int kMaxMarkerChecks = 64;

void checkBootMarkers(QByteArrayView image, const DumpImage &img, const ledger::DumpLedger *l, Findings &out)
{
    int boots = 0, recoveries = 0;
    for (const RecordInfo &m : img.markers)
        if (m.payloadCrcOk && m.header.type == uint8_t(RecordType::Boot))
            ++boots;
        else if (m.payloadCrcOk && m.header.type == uint8_t(RecordType::Recovery))
            ++recoveries;
    if (boots > kMaxMarkerChecks || recoveries > kMaxMarkerChecks)
        out.append(makeFinding(img.evidence, code::kNotChecked, Severity::Info, -1, 0, QStringLiteral("boot_markers"),
                               QStringLiteral("boot_markers"),
                               QStringLiteral("Not checked: only the newest %1 of %2 BOOT and %3 RECOVERY markers were compared with the emulated recovery.")
                                   .arg(kMaxMarkerChecks).arg(boots).arg(recoveries)));
    int seenBoots = 0, seenRecoveries = 0;
    QList<qint64> recoveredDamage;
    for (const RecordInfo &m : img.markers) {
        if (!m.payloadCrcOk || m.header.type != uint8_t(RecordType::Recovery))
            continue;
        auto rm = decodeRecoveryMarker(m.payload);
        if (!rm || rm->damageOffset == kNoOffset)
            continue;
        recoveredDamage.append(qint64(rm->damageOffset));
        if (++seenRecoveries <= recoveries - kMaxMarkerChecks)
            continue;
        const RecoveryEmulation e = emulateRecovery(image, img, l, rm->newEpoch);
        const QString loc = QStringLiteral("marker block %1, seq %2").arg(m.block).arg(m.header.seq);
        auto mismatch = [&](const QString &field, const QString &exp, const QString &found) {
            out.append(makeFinding(img.evidence, code::kRecoveryMismatch, Severity::Error, m.offset, m.footprint(), loc,
                                   QStringLiteral("RECOVERY epoch %1: %2").arg(rm->newEpoch).arg(field),
                                   QStringLiteral("The device's RECOVERY marker records a different %1 than the recovery it should have run on this journal.").arg(field),
                                   exp, found));
        };
        // Damage the emulation finds before the one this marker names, inside what the
        // device still read at that boot, is later damage: not a mismatch.
        const bool laterDamage = e.truncatedAt >= 0 && e.truncatedAt < qint64(rm->damageOffset)
            && e.truncatedAt < walkedUpTo(img, rm->newEpoch, rm->lastGoodSeq);
        if (laterDamage)
            continue;
        if (e.truncatedAt != qint64(rm->damageOffset))
            mismatch(QStringLiteral("damage offset"), e.truncatedAt < 0 ? QStringLiteral("no damage") : formatOffset(e.truncatedAt),
                     formatOffset(qint64(rm->damageOffset)));
        else if (e.bytesDropped != qint64(rm->bytesDropped) || e.droppedHash != rm->droppedHash)
            mismatch(QStringLiteral("set of dropped bytes"), QStringLiteral("%1 bytes, sha256 %2").arg(e.bytesDropped).arg(toHex(e.droppedHash)),
                     QStringLiteral("%1 bytes, sha256 %2").arg(rm->bytesDropped).arg(toHex(rm->droppedHash)));
        else if (e.lastValidSeq != rm->lastGoodSeq)
            mismatch(QStringLiteral("last good sequence"), QString::number(e.lastValidSeq), QString::number(rm->lastGoodSeq));
    }

    for (const RecordInfo &m : img.markers) {
        if (!m.payloadCrcOk || m.header.type != uint8_t(RecordType::Boot))
            continue;
        if (++seenBoots <= boots - kMaxMarkerChecks)
            continue;
        auto b = decodeBootMarker(m.payload);
        if (!b)
            continue;
        const RecoveryEmulation e = emulateRecovery(image, img, l, b->newEpoch);
        const QString loc = QStringLiteral("marker block %1, seq %2").arg(m.block).arg(m.header.seq);
        const QString subj = QStringLiteral("boot %1").arg(b->bootCounter);
        bool slotsIntact = true; // no checkpoint written since this boot overwrote what it saw
        for (const SlotInfo &s : img.checkpointSlots)
            if (s.headerValid && s.header.epoch >= b->newEpoch)
                slotsIntact = false;
        auto mismatch = [&](const QString &field, const QString &exp, const QString &found) {
            out.append(makeFinding(img.evidence, code::kBootMismatch, Severity::Error, m.offset, m.footprint(), loc, subj,
                                   QStringLiteral("The device's BOOT marker says it recovered differently (%1) from what the boot-time recovery rule gives on this image.").arg(field),
                                   exp, found));
        };
        const int markerSlot = b->loadedSlot == kNoSlot ? -1 : int(b->loadedSlot);
        if (namedSlotDamagedSince(img, markerSlot, b->loadedCheckpointSeq))
            slotsIntact = false; // the checkpoint it loaded is damaged now: compare only what the journal still shows
        const qint64 markerTruncAt = b->truncatedAt == kNoOffset ? -1 : qint64(b->truncatedAt);
        if (e.truncatedAt >= 0 && (markerTruncAt < 0 || e.truncatedAt < markerTruncAt)
            && e.truncatedAt < walkedUpTo(img, b->newEpoch, b->lastValidSeq))
            continue; // damage that came after this boot (the device read past it then)
        if (slotsIntact) {
            if (b->usedFallback && !e.usedFallback && e.slot >= 0 && markerSlot != e.slot)
                out.append(makeFinding(img.evidence, code::kBootFallback, Severity::Error, m.offset, m.footprint(), loc, subj,
                                       QStringLiteral("The device loaded its fallback checkpoint although the active one (slot %1) was valid.").arg(e.slot),
                                       QStringLiteral("slot %1 (active)").arg(e.slot), QStringLiteral("slot %1 (fallback)").arg(markerSlot)));
            else if (markerSlot != e.slot || (e.slot >= 0 && b->loadedCheckpointSeq != e.checkpointSeq))
                mismatch(QStringLiteral("loaded checkpoint"), QStringLiteral("slot %1, checkpoint %2").arg(e.slot).arg(e.checkpointSeq),
                         QStringLiteral("slot %1, checkpoint %2").arg(markerSlot).arg(b->loadedCheckpointSeq));
            else if (bool(b->usedFallback) != e.usedFallback)
                mismatch(QStringLiteral("fallback flag"), e.usedFallback ? QStringLiteral("fallback") : QStringLiteral("active"),
                         b->usedFallback ? QStringLiteral("fallback") : QStringLiteral("active"));
        }
        const qint64 markerTrunc = b->truncatedAt == kNoOffset ? -1 : qint64(b->truncatedAt);
        if (markerTrunc != e.truncatedAt)
            mismatch(QStringLiteral("truncation point"), e.truncatedAt < 0 ? QStringLiteral("none") : formatOffset(e.truncatedAt),
                     markerTrunc < 0 ? QStringLiteral("none") : formatOffset(markerTrunc));
        else if (slotsIntact && b->lastValidSeq != e.lastValidSeq)
            mismatch(QStringLiteral("last valid sequence"), QString::number(e.lastValidSeq), QString::number(b->lastValidSeq));
        if (e.truncatedAt >= 0 && !recoveredDamage.contains(e.truncatedAt))
            out.append(makeFinding(img.evidence, code::kRecoveryMissing, Severity::Warning, m.offset, m.footprint(), loc, subj,
                                   QStringLiteral("The device truncated its journal at this boot but logged no RECOVERY marker for the damage."),
                                   QStringLiteral("RECOVERY at %1").arg(formatOffset(e.truncatedAt)), QStringLiteral("none")));
    }
}

} // namespace seedscope::verify::detail
