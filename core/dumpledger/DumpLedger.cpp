// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpledger/DumpLedger.h"

#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "ledger/EntryCodec.h"
#include "ledger/Invariants.h"
#include "util/Hex.h"

#include <QSet>

#include <algorithm>

namespace seedscope::ledger {

namespace {

Finding ledgerFinding(const QString &evidence, const char *code, Severity sev, qint64 offset, const FindingText &location,
                      const FindingText &explanation, const FindingText &expected = {}, const FindingText &found = {})
{
    return makeFinding(evidence, code, sev, offset, 0, location, QString(), explanation, expected, found);
}

} // namespace

const DumpCheckpoint *decodedDeltaBase(const QList<DumpCheckpoint> &checkpoints, uint64_t baseSeq, const QByteArray &baseStateRoot)
{
    for (const DumpCheckpoint &b : checkpoints)
        if (b.state && b.checkpointSeq == baseSeq && (baseStateRoot.isEmpty() || b.stateRoot == baseStateRoot))
            return &b;
    return nullptr;
}

DumpLedger loadDumpLedger(const dump::DumpImage &img, const TrustStore &trust)
{
    DumpLedger l = loadDumpLedgerJournal(img, trust);
    loadDumpLedgerCheckpoints(img, l);
    return l;
}

DumpLedger loadDumpLedgerJournal(const dump::DumpImage &img, const TrustStore &trust)
{
    DumpLedger l;
    l.evidence = img.evidence;
    l.params.networkId = trust.networkId;
    l.params.authorityPublicKey = trust.authorityPublicKey;
    l.keys = keyDirectoryFromTrustStore(trust);

    const dump::IdentityHeader &id = img.identity.header;
    l.identity.deviceId = id.deviceId;
    l.identity.publicKey = id.devicePublicKey;
    l.identity.registrationCertificate = id.registrationSignature;
    for (const dump::KeyHistoryItem &k : img.identity.keyHistory)
        l.identity.keyHistory.append(RotationLink{k.record.newPublicKey, k.record.validFromLamport, k.record.signature});
    if (img.identity.valid && l.keys.history(id.deviceId).isEmpty())
        addDeviceKeys(l.keys, l.identity, id.networkId);

    for (const Finding &f : img.findings)
        l.journalDamaged |= f.code == QLatin1String("IMAGE_TRUNCATED")
            || (f.code.startsWith(QLatin1String("JOURNAL_")) && (f.verdict == Verdict::TornTail || f.verdict == Verdict::Corruption));
    int locked = 0;
    l.items.reserve(std::count_if(img.journal.cbegin(), img.journal.cend(), [](const dump::RecordInfo &r) { return r.hasEntryHeader(); }));
    for (const dump::RecordInfo &r : img.journal) {
        if (r.header.type != uint8_t(dump::RecordType::Entry))
            continue;
        if (!r.hasEntryHeader()) {
            if (r.decrypt == dump::DecryptState::NoKey || r.decrypt == dump::DecryptState::Failed)
                ++locked;
            continue; // framing damage is the reader's finding, not a ledger one
        }
        l.items.append(JournalItem::fromStored(r.entryBytes(), r.entryDecodes, r.entryHeader()->seq, r.offset));
    }
    // The items are views of these (shared, not copied); a borrowed image's bytes are the
    // caller's to keep alive (DumpLedger::backing).
    l.imageBytes = img.ownedImage;
    l.plaintexts = img.plaintexts;
    if (locked > 0)
        l.findings.append(ledgerFinding(l.evidence, "LEDGER_JOURNAL_LOCKED", Severity::Warning, -1, ftr(QT_TRANSLATE_NOOP("Finding", "journal")),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "%1 encrypted journal entries could not be decrypted (no key or wrong key); replay covers only the readable ones."), locked)));
    return l;
}

void loadDumpLedgerCheckpoints(const dump::DumpImage &img, DumpLedger &l)
{
    const dump::IdentityHeader &id = img.identity.header;
    QList<const dump::SlotInfo *> usable;
    for (const dump::SlotInfo &s : img.checkpointSlots)
        if (s.usable())
            usable.append(&s);
    std::sort(usable.begin(), usable.end(), [](auto a, auto b) { return a->header.checkpointSeq < b->header.checkpointSeq; });
    QList<QPair<int, qint64>> unreadable; // checkpoint index, payload offset
    for (const dump::SlotInfo *s : usable) {
        DumpCheckpoint c;
        c.slotIndex = s->index;
        c.offset = s->offset;
        c.checkpointSeq = s->header.checkpointSeq;
        c.baseSeq = s->header.baseSeq;
        c.journalSeq = s->header.journalSeq;
        c.lamport = s->header.lamport;
        c.full = s->header.kind == uint8_t(dump::CheckpointKind::Full);
        c.stateRoot = s->header.stateRoot;
        ProofInputs &pi = c.proofInputs;
        pi.networkId = id.networkId;
        pi.devicePublicKey = l.identity.publicKey;
        pi.deviceId = l.identity.deviceId;
        pi.registrationCertificate = l.identity.registrationCertificate;
        pi.keyHistory = l.identity.keyHistory;
        // A copy: the slot's header may be a view of the mapped evidence (DumpImage::borrowed),
        // and proof inputs are exported beyond it.
        pi.checkpointHeader = QByteArray(s->rawHeader.constData(), s->rawHeader.size());
        pi.payloadSha256 = s->commit.payloadHash;
        pi.checkpointSignature = s->commit.signature;
        pi.keyIndex = s->commit.keyIndex;
        const bool readable = s->decrypt == dump::DecryptState::Plain || s->decrypt == dump::DecryptState::Decrypted;
        if (!readable) {
            c.error = ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint payload not decrypted"));
        } else if (c.full) {
            auto st = decodeFullState(s->plaintext);
            if (!st)
                c.error = st.error().message;
            else
                c.state = *st;
            c.chain = {uint32_t(s->index)};
        } else {
            const DumpCheckpoint *base = decodedDeltaBase(l.checkpoints, c.baseSeq, s->header.baseStateRoot);
            if (!base && decodedDeltaBase(l.checkpoints, c.baseSeq, {})) {
                c.error = ftr(QT_TRANSLATE_NOOP("Finding", "this DELTA's base_state_root differs from the state_root of checkpoint %1"), c.baseSeq);
            } else if (!base) {
                c.error = ftr(QT_TRANSLATE_NOOP("Finding", "DELTA base checkpoint %1 is not available"), c.baseSeq);
                c.baseMissing = true;
            } else {
                auto st = applyDelta(*base->state, s->plaintext);
                if (!st)
                    c.error = st.error().message;
                else
                    c.state = *st;
                c.chain = base->chain;
                c.chain.append(uint32_t(s->index));
            }
        }
        if (c.state && stateRoot(*c.state) != c.stateRoot) {
            c.error = ftr(QT_TRANSLATE_NOOP("Finding", "decoded state's root %1 differs from the signed header's %2"),
                          toHex(stateRoot(*c.state)), toHex(c.stateRoot));
            c.state.reset();
        }
        if (!c.state)
            c.chain.clear();
        l.checkpoints.append(c);
        if (!c.error.isEmpty() && readable)
            unreadable.append({int(l.checkpoints.size()) - 1, s->payloadOffset});
    }
    // Slots rotate, so an older DELTA's base slot is eventually overwritten and its state
    // can no longer be rebuilt. With a newer checkpoint decoded that is wear levelling,
    // not damage: info. Anything else that keeps a signed state from decoding is an error.
    for (const auto &[k, payloadOffset] : unreadable) {
        const DumpCheckpoint &c = l.checkpoints[k];
        const bool baseGone = !c.full && c.baseMissing;
        const bool superseded = std::any_of(l.checkpoints.cbegin() + k + 1, l.checkpoints.cend(),
                                            [](const DumpCheckpoint &n) { return n.state.has_value(); });
        const FindingText where = ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1 (slot %2)"), c.checkpointSeq, c.slotIndex);
        if (baseGone && superseded)
            l.findings.append(ledgerFinding(l.evidence, "LEDGER_CHECKPOINT_BASE_OVERWRITTEN", Severity::Info, payloadOffset, where,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "This DELTA checkpoint's base (checkpoint %1) is in a slot a newer checkpoint has since reused, so its state cannot be rebuilt; newer checkpoints are readable, so nothing is lost."), c.baseSeq),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "base checkpoint %1"), c.baseSeq), ftr(QT_TRANSLATE_NOOP("Finding", "base slot reused"))));
        else
            l.findings.append(ledgerFinding(l.evidence, "LEDGER_CHECKPOINT_STATE_UNREADABLE", Severity::Error, payloadOffset, where, c.error,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "a state whose root is the signed state_root")), c.error));
    }
}

DumpReplay replayDumpLedger(const DumpLedger &l, const Progress &progress, const DumpReplayOptions &options)
{
    DumpReplay r;
    r.findings = l.findings;
    uint64_t minSeq = std::numeric_limits<uint64_t>::max();
    for (const JournalItem &i : l.items)
        minSeq = std::min(minSeq, i.journalSeq);
    const bool journalFromStart = l.items.isEmpty() || minSeq <= 1;

    LedgerState start;
    uint64_t startPos = 0;
    if (!journalFromStart) {
        // The ring dropped early entries: start at the earliest decoded checkpoint the
        // journal continues from (or, failing that, the earliest decoded one).
        for (int pass = 0; pass < 2 && r.startCheckpoint < 0; ++pass)
            for (int i = 0; i < l.checkpoints.size(); ++i)
                if (l.checkpoints[i].state && (pass == 1 || l.checkpoints[i].journalSeq + 1 >= minSeq)) {
                    r.startCheckpoint = i;
                    break;
                }
    }
    if (r.startCheckpoint >= 0) {
        start = *l.checkpoints[r.startCheckpoint].state;
        startPos = l.checkpoints[r.startCheckpoint].journalSeq;
        r.start = QStringLiteral("checkpoint %1").arg(l.checkpoints[r.startCheckpoint].checkpointSeq);
    } else {
        r.start = QStringLiteral("genesis");
    }
    ReplayOptions opt;
    opt.evidence = l.evidence;
    opt.keepEvents = options.keepEvents;
    opt.notableOutcomesOnly = options.notableOutcomesOnly && options.verdicts;
    if (!options.keepSnapshots)
        opt.maxSnapshots = 0;
    opt.knownVerdicts = options.verdicts;
    opt.verdictFeed = options.verdictFeed;
    // Each decoded checkpoint the replay passes is compared with the replay's own state
    // there: a cross-proof over a stretch of the journal that is a canonical prefix, from
    // a state the replay had, is then answered without replaying the stretch again.
    QList<DumpCheckpoint> *shared = options.shareCheckpointTxs == &l.checkpoints ? options.shareCheckpointTxs : nullptr;
    if (shared)
        shared->detach(); // the states the probes compare are the ones they share into
    // Sharing folds the replay's tail into its base once per reproduced checkpoint, and a
    // rebase walks a state's records once: a few of each for a real dump; a crafted one
    // with thousands of slots keeps its copies past these.
    constexpr int kMaxShared = 16;
    constexpr int kMaxRebases = 64;
    QList<int> probe(l.checkpoints.size(), -1); // index into opt.probes
    for (int i = 0; i < l.checkpoints.size(); ++i)
        if (l.checkpoints[i].state && l.checkpoints[i].journalSeq >= startPos) {
            probe[i] = int(opt.probes.size());
            LedgerState *into = shared && probe[i] < kMaxShared ? &*(*shared)[i].state : nullptr;
            opt.probes.append({l.checkpoints[i].journalSeq, &*l.checkpoints[i].state, into});
        }
    auto probeEqual = [&](int i) { return probe[i] >= 0 && r.timeline.probeResults().value(probe[i]) == ProbeResult::Equal; };
    // And where the replay of each checkpoint's range parts from this one's: a cross-proof
    // from a state on this replay then replays only the entries around its end that
    // arrived out of canonical order. Each fork holds a state, so a crafted dump with
    // thousands of slots gets them for its first ones only.
    constexpr int kMaxForks = 64;
    QList<int> fork(l.checkpoints.size(), -1); // index into opt.forks
    for (int i = 0; i < l.checkpoints.size() && opt.forks.size() < kMaxForks; ++i)
        if (l.checkpoints[i].journalSeq >= startPos) {
            fork[i] = int(opt.forks.size());
            opt.forks.append(l.checkpoints[i].journalSeq);
        }
    // Each decoded state moves onto the replay's records at the fork of each decoded
    // checkpoint up to its own, where the replay holds a part of them (a DELTA's state
    // shares its base's records, so it moves too, or it would keep them alive).
    if (shared)
        for (int i = 0; i < l.checkpoints.size(); ++i)
            for (int j = i; j < l.checkpoints.size() && opt.rebases.size() < kMaxRebases; ++j)
                if (fork[i] >= 0 && probe[i] >= 0 && probe[i] < kMaxShared && probe[j] >= 0 && l.checkpoints[j].journalSeq >= l.checkpoints[i].journalSeq)
                    opt.rebases.append({fork[i], &*(*shared)[j].state});
    // And the replay reads the records of the newest decoded FULL checkpoint it starts
    // before in place (ReplayOptions::expectedRecords): its own copy of them beside the
    // checkpoint's was verify's peak.
    if (shared)
        for (qsizetype i = l.checkpoints.size() - 1; i >= 0 && !opt.expectedRecords; --i)
            if (l.checkpoints[i].full && probe[i] >= 0 && probe[i] < kMaxShared)
                opt.expectedRecords = &(*shared)[i].state->txs;
    QList<int> selection = journalItemsBetween(l.items, startPos, std::numeric_limits<uint64_t>::max());
    r.timeline = Timeline::replay(start, l.items, selection, l.keys, l.params, opt, progress);
    r.findings += r.timeline.findings();
    if (r.timeline.cancelled())
        return r;

    // Cross-proofs: each decoded checkpoint from its predecessor (or genesis), with the
    // signature verdicts the replay above reached (each signature is checked once).
    if (!options.verdicts)
        r.verdicts = itemVerdicts(r.timeline, selection, l.items.size());
    selection = QList<int>(); // read no further (an int an entry)
    const ItemVerdicts *known = options.verdicts ? options.verdicts : &r.verdicts;
    const LedgerState *prevState = r.startCheckpoint >= 0 ? nullptr : &start;
    uint64_t prevPos = 0;
    // prevState is the main replay's state after a canonical prefix of its entries (the
    // start, or a checkpoint a probe found equal to the replay there).
    bool prevOnTimeline = r.startCheckpoint < 0;
    // Which checkpoints get a proof, from which state over which entries, is decided in
    // order here; the replays, independent of each other, run on every core
    // (crossProveAll); the results are restated in order below.
    // A range is listed only where it is replayed: the lists of every checkpoint's range
    // from genesis, held through the proofs, were part of verify's peak.
    struct Planned {
        int checkpoint = 0;
        uint64_t prevPos = 0;
        qsizetype rangeSize = 0;
        qsizetype task = -1; // into tasks; -1 when the main replay already reproduced it
    };
    QList<Planned> planned;
    QList<CrossProofTask> tasks;
    QList<bool> forkUsed(r.timeline.forks().size(), false);
    for (int i = 0; i < l.checkpoints.size(); ++i) {
        const DumpCheckpoint &c = l.checkpoints[i];
        if (prevState && c.journalSeq >= prevPos && (prevPos + 1 >= minSeq || c.journalSeq < minSeq)) {
            Planned p{i, prevPos, journalItemsCountBetween(l.items, prevPos, c.journalSeq), -1};
            // From a state on the timeline to one equal to the timeline's further on, over
            // exactly the entries between (both are canonical prefixes): replaying the range
            // gives the state the probe compared, so the checkpoint is reproduced.
            if (!(prevOnTimeline && probeEqual(i))) {
                p.task = tasks.size();
                // From a state on the timeline, the main replay applied a prefix of this
                // range's canonical order too (ReplayFork).
                const ReplayFork *f = prevOnTimeline && fork[i] >= 0 ? &r.timeline.forks()[fork[i]] : nullptr;
                if (f)
                    forkUsed[fork[i]] = true;
                tasks.append({prevState, {}, c.stateRoot, c.state ? &*c.state : nullptr, c.journalSeq,
                              ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1"), c.checkpointSeq), f, std::pair{prevPos, c.journalSeq},
                              p.rangeSize});
            }
            planned.append(std::move(p));
        }
        if (c.state) {
            prevState = &*c.state;
            prevPos = c.journalSeq;
            prevOnTimeline = i == r.startCheckpoint || probeEqual(i);
        }
    }
    // A fork no proof starts from holds a state (and a tail of records) for nothing.
    for (qsizetype f = 0; f < forkUsed.size(); ++f)
        if (!forkUsed[f])
            r.timeline.releaseFork(f);
    // A cross-proof may read any item's verdict: all of them must be in.
    if (options.verdictFeed && options.verdicts && !options.verdictFeed->awaitAll())
        return r; // as a cancelled cross-proof below
    std::optional<QList<CrossProofResult>> proven = crossProveAll(tasks, l.items, l.keys, l.params, l.evidence, known, progress);
    tasks.clear(); // they point into the forks
    r.timeline.releaseForks();
    if (!proven)
        return r; // timeline complete, cross-proofs partial: the caller discards on cancel
    for (const Planned &p : planned) {
        const DumpCheckpoint &c = l.checkpoints[p.checkpoint];
        const uint64_t prevPos = p.prevPos;
        CrossProofResult cp = p.task < 0
            ? reproducedCrossProof(c.stateRoot, l.evidence, ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1"), c.checkpointSeq), p.rangeSize)
            : std::move((*proven)[p.task]);
        if (!cp.reproduced && cp.finding.code == QLatin1String(findingcode::kCheckpointDiverges)) {
            // A mismatch is tampering only when every entry of the range is present,
            // decodes and is checkable (docs/findings/verdicts.md): otherwise media
            // damage, a cut file or an incomplete trust store explains it, and the
            // checkpoint is unprovable -- the same rule the verifier applies.
            QSet<uint64_t> seqs;
            bool undecodable = false;
            for (int k : journalItemsBetween(l.items, prevPos, c.journalSeq)) {
                seqs.insert(l.items[k].journalSeq);
                undecodable |= !l.items[k].decodes();
            }
            const bool gap = l.journalDamaged && uint64_t(seqs.size()) < c.journalSeq - prevPos;
            bool unknownKey = false;
            for (const EntryOutcome &o : cp.timeline.outcomes())
                unknownKey |= o.verdict.status == SignatureStatus::UnknownKey;
            if (gap || undecodable || unknownKey) {
                cp.finding.code = QStringLiteral("LEDGER_CHECKPOINT_UNPROVABLE");
                cp.finding.severity = Severity::Warning;
                cp.finding.verdict = Verdict::None;
                cp.finding.setText(FindingField::Explanation,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal does not reproduce this checkpoint's signed state_root, but entries it covers are %1, so it can be neither confirmed nor refuted."),
                                       gap ? ftr(QT_TRANSLATE_NOOP("Finding", "missing from a damaged or cut journal"))
                                           : undecodable ? ftr(QT_TRANSLATE_NOOP("Finding", "undecodable"))
                                                         : ftr(QT_TRANSLATE_NOOP("Finding", "signed by devices the trust store holds no key for"))));
            }
        }
        r.findings.append(cp.finding);
        r.crossProofs.append(std::move(cp));
        r.crossProofCheckpoint.append(p.checkpoint);
    }
    return r;
}

Result<OpenedDump> openDumpLedger(const DumpOpenOptions &options)
{
    auto trust = readTrustStore(options.trustStorePath);
    if (!trust)
        return trust.error();
    const QStringList candidates = dump::storageKeyCandidates(options.dumpPath, options.keysDir, options.keyFiles);

    std::optional<dump::DumpImage> chosen;
    for (const QString &k : candidates) {
        auto key = dump::readKeyFile(k);
        if (!key)
            return key.error();
        dump::ReadOptions ro;
        ro.storageRootKey = *key;
        auto img = dump::readDumpFile(options.dumpPath, ro);
        if (!img)
            return img.error();
        if (!img->anyDecryptFailed()) {
            chosen = std::move(*img);
            break;
        }
        if (!chosen)
            chosen = std::move(*img); // keep the first attempt's findings if none decrypts
    }
    if (!chosen) {
        auto img = dump::readDumpFile(options.dumpPath, {});
        if (!img)
            return img.error();
        chosen = std::move(*img);
    }
    OpenedDump out;
    out.image = std::move(*chosen);
    out.trust = *trust;
    out.ledger = loadDumpLedger(out.image, out.trust);
    return out;
}

} // namespace seedscope::ledger
