// SPDX-License-Identifier: GPL-3.0-or-later
// Format section 12, steps 2-5, in one place for the device and its auditor.
#include "dumpledger/BootRecovery.h"

#include "crypto/Hash.h"
#include "ledger/Apply.h"

namespace seedscope::ledger {

using namespace seedscope::dump;

bool isRecoveryDamage(const Finding &f)
{
    static const QStringList codes = {QStringLiteral("JOURNAL_TORN_TAIL"), QStringLiteral("JOURNAL_CRC_MISMATCH"),
                                      QStringLiteral("JOURNAL_BLOCK_HEADER_INVALID"), QStringLiteral("JOURNAL_LENGTH_INVALID"),
                                      QStringLiteral("JOURNAL_DECRYPT_FAILED"), QStringLiteral("JOURNAL_ENTRY_TOO_SHORT"),
                                      QStringLiteral("JOURNAL_ENTRY_HEADER_MISMATCH")};
    return codes.contains(f.code);
}

const LedgerState &RecoveryCheckpoint::state() const
{
    static const LedgerState empty;
    return loaded ? loaded->state : empty;
}

RecoveryCheckpoint chooseRecoveryCheckpoint(const DumpImage &img, const SlotFilter &inScope, CheckpointLoads *loads)
{
    std::optional<CheckpointLoads> own;
    if (!loads)
        loads = &own.emplace(img);
    RecoveryCheckpoint r;
    bool anyWritten = false;
    for (const SlotInfo &s : img.checkpointSlots)
        if ((!s.headerValid || !inScope || inScope(s)) && s.state != SlotState::Empty)
            anyWritten = true;
    for (int c : checkpointCandidates(img, inScope)) {
        auto loaded = loads->load(c, inScope);
        if (!loaded)
            continue;
        const SlotInfo &s = img.checkpointSlots[c];
        r.slot = s.index;
        r.checkpointSeq = s.header.checkpointSeq;
        r.journalSeq = s.header.journalSeq;
        r.chainHash = s.header.chainHash;
        r.lamport = s.header.lamport;
        r.loaded = std::move(loaded);
        // Fallback: a newer checkpoint was committed (or is damaged) but could not be
        // loaded. A newer *uncommitted* one is just an interrupted write.
        for (const SlotInfo &x : img.checkpointSlots)
            if ((x.state == SlotState::Committed || x.state == SlotState::Damaged) && x.headerValid && (!inScope || inScope(x))
                && x.header.checkpointSeq > s.header.checkpointSeq)
                r.usedFallback = true;
        break;
    }
    r.noValidCheckpoint = r.slot < 0 && anyWritten;
    return r;
}

QList<WalkRecord> walkRecords(const DumpImage &img)
{
    QList<WalkRecord> out;
    out.reserve(img.journal.size());
    for (const RecordInfo &rec : img.journal) {
        if (rec.header.type != uint8_t(RecordType::Entry) || !rec.payloadCrcOk)
            continue;
        const WalkRecord wr{&rec};
        if (!rec.hasEntryHeader() && !wr.locked())
            continue;
        out.append(wr);
    }
    return out;
}

JournalWalk walkJournal(QByteArrayView image, const DumpImage &img, const QList<WalkRecord> &records, uint64_t ckptSeq,
                        const QByteArray &ckptHash, const JournalWalkOptions &opt)
{
    auto epochIn = [&](uint32_t e) { return opt.beforeEpoch == 0 || e < opt.beforeEpoch; };
    const bool apply = opt.keys && opt.params && opt.start;
    JournalWalk w;
    if (apply)
        w.state = *opt.start;
    bool known = apply;
    // The head's hash as a view of the record's digest (or the checkpoint's), copied into
    // w.headHash once at the end: a copy per accepted record was a heap block each, and
    // verify walks the journal once for each of up to 64 boot markers.
    QByteArrayView head = w.headHash;
    for (const WalkRecord &wr : records) {
        const RecordInfo &rec = *wr.rec;
        if (!epochIn(rec.header.epoch))
            continue;
        ++w.readable;
        if (rec.header.seq != w.headSeq + 1 || !rec.linksTo(head)) {
            // Damage before the checkpoint head: jump to the head, log root unknown.
            if (w.headSeq < ckptSeq && rec.header.seq == ckptSeq + 1 && rec.prevHash() == ckptHash) {
                w.headSeq = ckptSeq;
                head = ckptHash;
                w.jumped = true;
            } else {
                continue;
            }
        }
        if (!wr.locked() && !rec.entryDecodes)
            continue; // the ledger entry does not decode
        w.headSeq = rec.header.seq;
        head = rec.payloadHash.view();
        w.lastAccepted = rec.offset;
        w.lamport = std::max(w.lamport, rec.lamport());
        ++w.kept;
        if (opt.onAccepted)
            opt.onAccepted(rec);
        if (w.headSeq <= ckptSeq)
            continue;
        ++w.replayed;
        const std::optional<Entry> entry = known ? rec.decodedEntry() : std::nullopt;
        if (entry) {
            std::optional<SignatureVerdict> verdict;
            if (opt.verdicts && opt.items)
                if (const qsizetype i = itemAtOffset(*opt.items, rec.offset); opt.verdicts->has(i))
                    verdict = opt.verdicts->at(i);
            applyEntry(w.state, *entry, *opt.keys, *opt.params, verdict ? &*verdict : nullptr);
        }
        else
            known = false;
    }
    if (w.headSeq < ckptSeq) {
        // The journal does not reach the checkpoint (its tail was lost, say): the
        // checkpoint is still the truth; the log root is unknown from here.
        w.headSeq = ckptSeq;
        head = ckptHash;
        w.jumped = true;
        w.endedAtCheckpoint = true;
    }
    w.headHash = head.toByteArray();
    w.stateKnown = known;
    if (apply)
        w.state.journalPosition = w.headSeq;

    const qint64 bs = img.superblock.blockSize;
    const Finding *damage = nullptr;
    for (const Finding &f : img.findings) {
        if (!isRecoveryDamage(f) || f.offset <= w.lastAccepted || (damage && f.offset >= damage->offset))
            continue;
        bool inScope = true; // damage inside a block of a later epoch was not there yet
        if (opt.beforeEpoch != 0)
            for (const BlockInfo &b : img.journalBlocks)
                if (f.offset >= b.offset && f.offset < b.offset + bs && b.state == BlockInfo::State::Valid && !epochIn(b.header.epoch))
                    inScope = false;
        if (inScope)
            damage = &f;
    }
    if (damage && bs > 0) {
        w.truncatedAt = damage->offset;
        w.damageCode = damage->code;
        const qint64 blockStart = damage->offset / bs * bs;
        if (blockStart + bs <= image.size()) {
            const QByteArrayView block = image.sliced(blockStart, bs);
            qint64 last = bs - 1;
            while (last >= 0 && block[last] == char(0xFF))
                --last;
            const qint64 from = damage->offset - blockStart;
            const QByteArrayView dropped = last >= from ? block.sliced(from, last + 1 - from) : QByteArrayView();
            w.bytesDropped = dropped.size();
            w.droppedHash = crypto::sha256(dropped);
        }
    }
    return w;
}

} // namespace seedscope::ledger
