// SPDX-License-Identifier: GPL-3.0-or-later
// Entry signatures. With a trust store the ledger replay already verifies every entry
// in parallel; its outcomes are restated in the verifier's vocabulary (crypto status
// and trust status kept apart: SIG_INVALID versus KEY_UNREGISTERED). Without one, the
// entries the dump's own device signed are still checked against its identity key and
// key history, in parallel (util/Parallel.h).
#include "ledger/EntryCodec.h"
#include "ledger/Invariants.h"
#include "util/Hex.h"
#include "util/Parallel.h"
#include "verify/VerifyChecks.h"

#include <QSet>

namespace seedscope::verify::detail {

namespace {

FindingText entryLoc(uint64_t seq) { return ftr(QT_TRANSLATE_NOOP("Finding", "journal seq %1"), seq); }

} // namespace

void checkOwnSignatures(const dump::DumpImage &img, const ledger::DumpLedger &l, Findings &out)
{
    QList<const ledger::JournalItem *> own;
    for (const ledger::JournalItem &i : l.items)
        if (i.decodes() && i.entry().origin == img.identity.header.deviceId)
            own.append(&i);
    const QList<ledger::SignatureVerdict> verdicts = ledger::verifySignatures(own, l.keys, true);
    QHash<qint64, qint64> footprints;
    for (const dump::RecordInfo &r : img.journal)
        footprints.insert(r.offset, r.footprint());
    for (int k = 0; k < own.size(); ++k) {
        if (verdicts[k].status != ledger::SignatureStatus::Invalid)
            continue;
        const ledger::JournalItem &i = *own[k];
        out.append(makeFinding(img.evidence, code::kSigInvalid, Severity::Critical, i.offset, footprints.value(i.offset),
                               entryLoc(i.journalSeq), toHex(i.entry().txId),
                               ftr(QT_TRANSLATE_NOOP("Finding", "The device's own signature over this entry does not verify: its content was altered after signing.")),
                               ftr(QT_TRANSLATE_NOOP("Finding", "valid signature")), ftr(QT_TRANSLATE_NOOP("Finding", "invalid")), Verdict::Tampering));
    }
}

namespace {

// Journal entries between two checkpoints that cannot be replayed because the media
// damaged them: (journal seq or -1 when the header is gone too, offset).
QList<QPair<qint64, qint64>> damagedEntries(const dump::DumpImage &img)
{
    QList<QPair<qint64, qint64>> out;
    QSet<qint64> seen;
    for (const dump::RecordInfo &rec : img.journal) {
        if (rec.header.type != uint8_t(dump::RecordType::Entry))
            continue;
        if (!rec.payloadCrcOk || rec.decrypt == dump::DecryptState::Failed || !rec.entryDecodes) {
            out.append({qint64(rec.header.seq), rec.offset});
            seen.insert(rec.offset);
        }
    }
    for (const Finding &f : img.findings)
        if (isJournalDamage(f) && !seen.contains(f.offset))
            out.append({-1, f.offset});
    return out;
}

} // namespace

void mapReplay(const ledger::DumpLedger &l, const ledger::DumpReplay &r, const dump::DumpImage &img, Findings &out)
{
    const QList<QPair<qint64, qint64>> damaged = damagedEntries(img);
    const JournalDamage jd = journalDamage(img);
    // Sequences of the entries the replay can read. With damage in the journal, a range
    // with a sequence missing may have lost it to the damage (a cut file, a header no
    // length can be read past): the cross-proof is then unprovable, not a verdict.
    // Only a damaged journal reads them: a set of every entry's sequence is megabytes at
    // verify's peak.
    QSet<uint64_t> readableSeqs;
    if (jd.any)
        for (const dump::RecordInfo &rec : img.journal)
            if (rec.header.type == uint8_t(dump::RecordType::Entry) && rec.entryDecodes)
                readableSeqs.insert(rec.header.seq);
    using namespace ledger::findingcode;
    QSet<qint64> sigAt, untrustedAt, spendAt;
    for (const ledger::EntryOutcome &o : r.timeline.outcomes()) {
        const QString subj = toHex(o.entry().txId);
        if (o.verdict.status == ledger::SignatureStatus::Invalid) {
            sigAt.insert(o.offset);
            out.append(makeFinding(l.evidence, code::kSigInvalid, Severity::Critical, o.offset, 0, entryLoc(o.journalSeq), subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The entry's signature does not verify under its origin's registered key: the entry was altered or forged.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "valid signature")), ftr(QT_TRANSLATE_NOOP("Finding", "invalid")), Verdict::Tampering));
        } else if (o.verdict.status == ledger::SignatureStatus::UnknownKey) {
            untrustedAt.insert(o.offset);
            out.append(makeFinding(l.evidence, code::kKeyUnregistered, Severity::Error, o.offset, 0, entryLoc(o.journalSeq), subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "No key is registered for the entry's origin device in the trust store or the dump, so its signature cannot be checked and it is not trusted.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "a registered key")), ftr(QT_TRANSLATE_NOOP("Finding", "no key for origin %1"), toHex(o.entry().origin))));
        } else if (o.verdict.status == ledger::SignatureStatus::Valid && !o.verdict.certified) {
            untrustedAt.insert(o.offset);
            out.append(makeFinding(l.evidence, code::kKeyUnregistered, Severity::Warning, o.offset, 0, entryLoc(o.journalSeq), subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The signature is mathematically valid, but the key that made it is not certified by the network authority in the trust store.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "a certified key")), ftr(QT_TRANSLATE_NOOP("Finding", "uncertified key of %1"), toHex(o.entry().origin))));
        }
        if (o.doubleSpend) {
            spendAt.insert(o.offset);
            out.append(makeFinding(l.evidence, code::kDoubleSpend, Severity::Error, o.offset, 0, entryLoc(o.journalSeq), subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The entry spends funds its account no longer had when replayed in canonical order: a double spend.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "sufficient balance")), o.detail()));
        }
    }
    // Checkpoint cross-proofs that fail: name the first divergent entry.
    QSet<int> divergedAt;
    for (int k = 0; k < r.crossProofs.size(); ++k) {
        const ledger::CrossProofResult &cp = r.crossProofs[k];
        if (cp.reproduced)
            continue;
        const int ci = r.crossProofCheckpoint[k];
        const ledger::DumpCheckpoint &c = l.checkpoints[ci];
        // The range this cross-proof replays: after the previous decoded checkpoint.
        uint64_t from = 0;
        for (int j = 0; j < ci; ++j)
            if (l.checkpoints[j].state)
                from = l.checkpoints[j].journalSeq;
        qint64 lastCovered = -1;
        for (const dump::RecordInfo &rec : img.journal)
            if (rec.header.type == uint8_t(dump::RecordType::Entry) && rec.header.seq == c.journalSeq)
                lastCovered = std::max(lastCovered, rec.offset);
        qint64 damageAt = -1;
        for (const auto &d : damaged)
            if ((d.first >= 0 && uint64_t(d.first) > from && uint64_t(d.first) <= c.journalSeq)
                || (d.first < 0 && (lastCovered < 0 || d.second < lastCovered)))
                damageAt = damageAt < 0 ? d.second : std::min(damageAt, d.second);
        // Entries whose origin has no key in the trust store (nor in the dump) cannot be
        // checked, so the replay rejects what the device may rightly have accepted: an
        // incomplete trust store is missing knowledge, not evidence of tampering. (Their
        // KEY_UNREGISTERED errors stand on their own.)
        qint64 unknownKeyAt = -1;
        for (const ledger::EntryOutcome &o : cp.timeline.outcomes())
            if (o.verdict.status == ledger::SignatureStatus::UnknownKey)
                unknownKeyAt = unknownKeyAt < 0 ? o.offset : std::min(unknownKeyAt, o.offset);
        qint64 missingSeq = -1;
        if (jd.any)
            // Bounded by the readable count (a hostile journal_seq must not spin): past
            // it, some sequence in the range is missing anyway.
            for (uint64_t q = from + 1; q <= c.journalSeq && q <= from + uint64_t(readableSeqs.size()) + 1 && missingSeq < 0; ++q)
                if (!readableSeqs.contains(q))
                    missingSeq = qint64(q);
        if (damageAt >= 0 || unknownKeyAt >= 0 || missingSeq >= 0) {
            divergedAt.insert(int(c.checkpointSeq));
            const FindingText why = damageAt >= 0
                ? ftr(QT_TRANSLATE_NOOP("Finding", "entries it covers are damaged (first at %1)"), formatOffset(damageAt))
                : missingSeq >= 0
                ? ftr(QT_TRANSLATE_NOOP("Finding", "entries it covers are missing from a damaged or cut journal (first seq %1)"), missingSeq)
                : ftr(QT_TRANSLATE_NOOP("Finding", "entries it covers are signed by devices the trust store holds no key for (first at %1)"), formatOffset(unknownKeyAt));
            out.append(makeFinding(l.evidence, code::kCheckpointUnprovable, Severity::Warning, c.offset + 80, 32,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1 (slot %2)"), c.checkpointSeq, c.slotIndex),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1"), c.checkpointSeq),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal does not reproduce this checkpoint's signed state_root, but %1, so the checkpoint can be neither confirmed nor refuted."),
                                       why),
                                   toHex(cp.expectedRoot), toHex(cp.replayedRoot)));
            continue;
        }
        FindingText subj = ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1"), c.checkpointSeq);
        qint64 off = c.offset + 80;
        qint64 len = 32;
        FindingText expl = ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal into this checkpoint does not reproduce its signed state_root."));
        if (cp.firstDivergentIndex >= 0 && cp.firstDivergentIndex < cp.timeline.size()) {
            const ledger::EntryOutcome &o = cp.timeline.outcome(cp.firstDivergentIndex);
            subj = toHex(o.entry().txId);
            off = o.offset;
            len = 0;
            expl = ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal does not reproduce checkpoint %1's signed state_root; the first entry that explains the difference is journal seq %2."),
                       c.checkpointSeq, o.journalSeq);
        }
        divergedAt.insert(int(c.checkpointSeq));
        out.append(makeFinding(l.evidence, code::kCheckpointRoot, Severity::Critical, off, len,
                               ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1 (slot %2)"), c.checkpointSeq, c.slotIndex), subj, expl,
                               toHex(cp.expectedRoot), toHex(cp.replayedRoot), Verdict::Tampering));
    }
    // The ledger findings these restate are dropped; everything else stays.
    for (const Finding &f : r.findings) {
        if ((f.code == QLatin1String(kSignatureInvalid) && sigAt.contains(f.offset))
            || ((f.code == QLatin1String(kUntrustedKey) || f.code == QLatin1String(kUnknownKey)) && untrustedAt.contains(f.offset))
            || (f.code == QLatin1String(kDoubleSpend) && spendAt.contains(f.offset))
            || f.code == QLatin1String(kCheckpointDiverges) || f.code == QLatin1String("LEDGER_CHECKPOINT_UNPROVABLE"))
            continue;
        out.append(f);
    }
    (void)divergedAt;
}

} // namespace seedscope::verify::detail
