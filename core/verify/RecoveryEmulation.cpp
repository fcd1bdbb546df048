// SPDX-License-Identifier: GPL-3.0-or-later
// The verifier's side of boot-time recovery (format section 12): the rule itself is
// dumpledger/BootRecovery.h, the same code the reference device runs, so the two cannot
// drift apart. Here it runs on the image as it is now (the report's recovery line) and
// "as of" each BOOT and RECOVERY marker (records and slots written before its epoch,
// walking from the checkpoint that boot loaded), to set what the device logged against
// what it should have done at that boot.
#include "dumpledger/BootRecovery.h"
#include "ledger/StateRecords.h"
#include "util/Hex.h"
#include "verify/VerifyChecks.h"

namespace seedscope::verify::detail {

using namespace seedscope::dump;

namespace {

// Where the walk starts: the checkpoint head (journal_seq, chain_hash) it jumps to.
struct WalkStart {
    uint64_t seq = 0;
    QByteArray hash = QByteArray(32, '\0');
};

RecoveryEmulation emulate(QByteArrayView image, const DumpImage &img, const QList<ledger::WalkRecord> &records,
                          const ledger::DumpLedger *l, uint32_t beforeEpoch, const std::optional<WalkStart> &named,
                          ledger::CheckpointLoads &loads, const ledger::ItemVerdicts *verdicts = nullptr)
{
    RecoveryEmulation r;
    if (!img.readable)
        return r;
    r.ran = true;
    const ledger::SlotFilter slotIn = [&](const SlotInfo &s) { return beforeEpoch == 0 || s.header.epoch < beforeEpoch; };
    QStringList notes;

    const ledger::RecoveryCheckpoint ck = ledger::chooseRecoveryCheckpoint(img, beforeEpoch == 0 ? ledger::SlotFilter() : slotIn, &loads);
    r.slot = ck.slot;
    r.checkpointSeq = ck.checkpointSeq;
    r.usedFallback = ck.usedFallback;
    r.noValidCheckpoint = ck.noValidCheckpoint;
    r.finalLamport = ck.lamport;
    const bool ckptKnown = ck.slot < 0 || ck.loaded->known;
    if (!ckptKnown)
        notes << QStringLiteral("checkpoint payloads are encrypted and no key was given: the loaded state is unknown");

    // As of a marker, the walk starts from the checkpoint the device says it loaded; on
    // the image as it is now, from the one the rule picks.
    const WalkStart start = named ? *named : WalkStart{ck.journalSeq, ck.chainHash};
    ledger::JournalWalkOptions wo;
    wo.beforeEpoch = beforeEpoch;
    if (l && ckptKnown && !named) {
        wo.keys = &l->keys;
        wo.params = &l->params;
        wo.start = &ck.state();
        wo.items = &l->items;
        wo.verdicts = verdicts;
    }
    const ledger::JournalWalk w = ledger::walkJournal(image, img, records, start.seq, start.hash, wo);
    r.entriesKept = w.kept;
    r.entriesReplayed = w.replayed;
    r.entriesDropped = w.readable - w.kept;
    r.lastValidSeq = w.headSeq;
    r.lastValidHash = w.headHash;
    r.finalLamport = std::max(r.finalLamport, w.lamport);
    r.truncatedAt = w.truncatedAt;
    r.bytesDropped = w.bytesDropped;
    r.droppedHash = w.droppedHash;
    if (!l)
        notes << QStringLiteral("no trust store: the replayed state (and its state_root) is not computed");
    if (ckptKnown)
        r.finalLamport = std::max(r.finalLamport, ck.state().lamport);
    r.stateKnown = wo.keys && w.stateKnown;
    if (r.stateKnown) {
        r.finalLamport = std::max(r.finalLamport, w.state.lamport);
        r.stateRoot = ledger::stateRoot(w.state);
    }
    notes.removeDuplicates();
    r.note = notes.join(QStringLiteral("; "));
    return r;
}

} // namespace

RecoveryEmulation emulateRecovery(QByteArrayView image, const DumpImage &img, const ledger::DumpLedger *l, uint32_t beforeEpoch,
                                  ledger::CheckpointLoads &loads, const ledger::ItemVerdicts *verdicts)
{
    return emulate(image, img, ledger::walkRecords(img), l, beforeEpoch, std::nullopt, loads, verdicts);
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

// Only the newest kMaxMarkerChecks BOOT and RECOVERY markers are compared (a hostile
// image can hold thousands); the rest are named in a VERIFY_NOT_CHECKED finding. Each
// comparison walks a list built once per image, from the checkpoint the boot loaded,
// without decoding or applying entries (the comparison uses no state), so the cost per
// marker is one pass of hash comparisons.
constexpr int kMaxMarkerChecks = 64;

namespace {

// The checkpoint head a BOOT marker says the device loaded: from that slot's header when
// it still holds that checkpoint (a header CRC that holds is enough: only its head is
// needed, not its payload). nullopt when the slot has been reused or its header is lost:
// then the rule's own choice among the slots written before that boot stands in.
std::optional<WalkStart> namedStart(const DumpImage &img, const BootMarker &b)
{
    if (b.loadedSlot == kNoSlot)
        return WalkStart{};
    if (b.loadedSlot >= img.checkpointSlots.size())
        return std::nullopt;
    const SlotInfo &s = img.checkpointSlots[b.loadedSlot];
    if (!s.headerValid || s.header.checkpointSeq != b.loadedCheckpointSeq || s.header.epoch >= b.newEpoch)
        return std::nullopt;
    return WalkStart{s.header.journalSeq, s.header.chainHash};
}

} // namespace

void checkBootMarkers(QByteArrayView image, const DumpImage &img, const ledger::DumpLedger *, ledger::CheckpointLoads &loads, Findings &out)
{
    const QList<ledger::WalkRecord> records = ledger::walkRecords(img);
    QHash<uint32_t, std::optional<WalkStart>> startOfEpoch; // BOOT new_epoch -> the checkpoint it loaded
    for (const RecordInfo &m : img.markers)
        if (m.payloadCrcOk && m.header.type == uint8_t(RecordType::Boot))
            if (auto b = decodeBootMarker(m.payload()))
                startOfEpoch.insert(b->newEpoch, namedStart(img, *b));
    int boots = 0, recoveries = 0;
    for (const RecordInfo &m : img.markers)
        if (m.payloadCrcOk && m.header.type == uint8_t(RecordType::Boot))
            ++boots;
        else if (m.payloadCrcOk && m.header.type == uint8_t(RecordType::Recovery))
            ++recoveries;
    if (boots > kMaxMarkerChecks || recoveries > kMaxMarkerChecks)
        out.append(makeFinding(img.evidence, code::kNotChecked, Severity::Info, -1, 0, QStringLiteral("boot_markers"),
                               QStringLiteral("boot_markers"),
                               ftr(QT_TRANSLATE_NOOP("Finding", "Not checked: only the newest %1 of %2 BOOT and %3 RECOVERY markers were compared with the emulated recovery."),
                                   kMaxMarkerChecks, boots, recoveries)));
    int seenBoots = 0, seenRecoveries = 0;
    QList<qint64> recoveredDamage;
    for (const RecordInfo &m : img.markers) {
        if (!m.payloadCrcOk || m.header.type != uint8_t(RecordType::Recovery))
            continue;
        auto rm = decodeRecoveryMarker(m.payload());
        if (!rm || rm->damageOffset == kNoOffset)
            continue;
        recoveredDamage.append(qint64(rm->damageOffset));
        if (++seenRecoveries <= recoveries - kMaxMarkerChecks)
            continue;
        const RecoveryEmulation e = emulate(image, img, records, nullptr, rm->newEpoch, startOfEpoch.value(rm->newEpoch), loads);
        const FindingText loc = ftr(QT_TRANSLATE_NOOP("Finding", "marker block %1, seq %2"), m.block, m.header.seq);
        auto mismatch = [&](const FindingText &field, const FindingText &exp, const FindingText &found) {
            out.append(makeFinding(img.evidence, code::kRecoveryMismatch, Severity::Error, m.offset, m.footprint(), loc,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "RECOVERY epoch %1: %2"), rm->newEpoch, field),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The device's RECOVERY marker records a different %1 than the recovery it should have run on this journal."), field),
                                   exp, found));
        };
        // Damage the emulation finds before the one this marker names, inside what the
        // device still read at that boot, is later damage: not a mismatch.
        const bool laterDamage = e.truncatedAt >= 0 && e.truncatedAt < qint64(rm->damageOffset)
            && e.truncatedAt < walkedUpTo(img, rm->newEpoch, rm->lastGoodSeq);
        if (laterDamage)
            continue;
        if (e.truncatedAt != qint64(rm->damageOffset))
            mismatch(ftr(QT_TRANSLATE_NOOP("Finding", "damage offset")), e.truncatedAt < 0 ? ftr(QT_TRANSLATE_NOOP("Finding", "no damage")) : FindingText(formatOffset(e.truncatedAt)),
                     formatOffset(qint64(rm->damageOffset)));
        else if (e.bytesDropped != qint64(rm->bytesDropped) || e.droppedHash != rm->droppedHash)
            mismatch(ftr(QT_TRANSLATE_NOOP("Finding", "set of dropped bytes")), ftr(QT_TRANSLATE_NOOP("Finding", "%1 bytes, sha256 %2"), e.bytesDropped, toHex(e.droppedHash)),
                     ftr(QT_TRANSLATE_NOOP("Finding", "%1 bytes, sha256 %2"), rm->bytesDropped, toHex(rm->droppedHash)));
        else if (e.lastValidSeq != rm->lastGoodSeq)
            mismatch(ftr(QT_TRANSLATE_NOOP("Finding", "last good sequence")), QString::number(e.lastValidSeq), QString::number(rm->lastGoodSeq));
    }

    for (const RecordInfo &m : img.markers) {
        if (!m.payloadCrcOk || m.header.type != uint8_t(RecordType::Boot))
            continue;
        if (++seenBoots <= boots - kMaxMarkerChecks)
            continue;
        auto b = decodeBootMarker(m.payload());
        if (!b)
            continue;
        const RecoveryEmulation e = emulate(image, img, records, nullptr, b->newEpoch, namedStart(img, *b), loads);
        const FindingText loc = ftr(QT_TRANSLATE_NOOP("Finding", "marker block %1, seq %2"), m.block, m.header.seq);
        const FindingText subj = ftr(QT_TRANSLATE_NOOP("Finding", "boot %1"), b->bootCounter);
        bool slotsIntact = true; // no checkpoint written since this boot overwrote what it saw
        for (const SlotInfo &s : img.checkpointSlots)
            if (s.headerValid && s.header.epoch >= b->newEpoch)
                slotsIntact = false;
        auto mismatch = [&](const FindingText &field, const FindingText &exp, const FindingText &found) {
            out.append(makeFinding(img.evidence, code::kBootMismatch, Severity::Error, m.offset, m.footprint(), loc, subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The device's BOOT marker says it recovered differently (%1) from what the boot-time recovery rule gives on this image."), field),
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
                                       ftr(QT_TRANSLATE_NOOP("Finding", "The device loaded its fallback checkpoint although the active one (slot %1) was valid."), e.slot),
                                       ftr(QT_TRANSLATE_NOOP("Finding", "slot %1 (active)"), e.slot), ftr(QT_TRANSLATE_NOOP("Finding", "slot %1 (fallback)"), markerSlot)));
            else if (markerSlot != e.slot || (e.slot >= 0 && b->loadedCheckpointSeq != e.checkpointSeq))
                mismatch(ftr(QT_TRANSLATE_NOOP("Finding", "loaded checkpoint")), ftr(QT_TRANSLATE_NOOP("Finding", "slot %1, checkpoint %2"), e.slot, e.checkpointSeq),
                         ftr(QT_TRANSLATE_NOOP("Finding", "slot %1, checkpoint %2"), markerSlot, b->loadedCheckpointSeq));
            else if (bool(b->usedFallback) != e.usedFallback)
                mismatch(ftr(QT_TRANSLATE_NOOP("Finding", "fallback flag")), e.usedFallback ? ftr(QT_TRANSLATE_NOOP("Finding", "fallback")) : ftr(QT_TRANSLATE_NOOP("Finding", "active")),
                         b->usedFallback ? ftr(QT_TRANSLATE_NOOP("Finding", "fallback")) : ftr(QT_TRANSLATE_NOOP("Finding", "active")));
        }
        const qint64 markerTrunc = b->truncatedAt == kNoOffset ? -1 : qint64(b->truncatedAt);
        if (markerTrunc != e.truncatedAt)
            mismatch(ftr(QT_TRANSLATE_NOOP("Finding", "truncation point")), e.truncatedAt < 0 ? ftr(QT_TRANSLATE_NOOP("Finding", "none")) : FindingText(formatOffset(e.truncatedAt)),
                     markerTrunc < 0 ? ftr(QT_TRANSLATE_NOOP("Finding", "none")) : FindingText(formatOffset(markerTrunc)));
        else if (slotsIntact && b->lastValidSeq != e.lastValidSeq)
            mismatch(ftr(QT_TRANSLATE_NOOP("Finding", "last valid sequence")), QString::number(e.lastValidSeq), QString::number(b->lastValidSeq));
        if (e.truncatedAt >= 0 && !recoveredDamage.contains(e.truncatedAt))
            out.append(makeFinding(img.evidence, code::kRecoveryMissing, Severity::Warning, m.offset, m.footprint(), loc, subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The device truncated its journal at this boot but logged no RECOVERY marker for the damage.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "RECOVERY at %1"), formatOffset(e.truncatedAt)), ftr(QT_TRANSLATE_NOOP("Finding", "none"))));
    }
}

} // namespace seedscope::verify::detail
