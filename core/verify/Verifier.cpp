// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/Verifier.h"

#include "verify/RootCauses.h"

#include "crypto/Ed25519.h"
#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "evidence/EvidenceFile.h"
#include "dumpledger/BootRecovery.h"
#include "dumpledger/CheckpointLoads.h"
#include "dumpledger/DumpLedger.h"
#include "util/Hex.h"
#include "verify/SignatureJob.h"
#include "verify/TrustStoreFit.h"
#include "verify/VerifyChecks.h"

#include <QSet>

namespace seedscope::verify {

using namespace seedscope::dump;

namespace {

void notChecked(VerifyReport &r, const QString &check, const FindingText &why)
{
    r.notChecked.append(check + QStringLiteral(": ") + why.english());
    r.notCheckedWhy.push_back(why);
    r.findings.append(detail::makeFinding(r.evidence.name, detail::code::kNotChecked, Severity::Info, -1, 0, check, check,
                                          ftr(QT_TRANSLATE_NOOP("Finding", "Not checked: %1."), why)));
}

// Same finding restated by two layers (identical code, offset and subject): keep one.
Findings dedupe(const Findings &in)
{
    Findings out;
    QSet<QString> seen;
    for (const Finding &f : in) {
        const QString key = f.code + QLatin1Char('|') + QString::number(f.offset) + QLatin1Char('|') + f.subject + QLatin1Char('|') + f.location;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(f);
    }
    return out;
}

// Slots rotate, so an older DELTA checkpoint's base slot is eventually reused and its
// state can no longer be rebuilt. That is normal wear levelling, not damage, as long as
// the checkpoint is older than the one recovery loads (the device never needs it). The
// ledger layer already calls it LEDGER_CHECKPOINT_BASE_OVERWRITTEN (info) when a newer
// checkpoint decodes; the verifier restates either that or a missing-base
// LEDGER_CHECKPOINT_STATE_UNREADABLE in its own vocabulary by what recovery loads. (A
// damaged base slot is reported by the reader on its own.)
void supersededDeltas(const DumpImage &img, const RecoveryEmulation &rec, Findings &findings)
{
    if (rec.slot < 0)
        return;
    for (Finding &f : findings) {
        const bool overwritten = f.code == QLatin1String("LEDGER_CHECKPOINT_BASE_OVERWRITTEN");
        const bool missingBase = f.code == QLatin1String("LEDGER_CHECKPOINT_STATE_UNREADABLE") && f.found.startsWith(QLatin1String("DELTA base checkpoint"));
        if (!overwritten && !missingBase)
            continue;
        for (const SlotInfo &s : img.checkpointSlots) {
            if (s.payloadOffset != f.offset || !s.headerValid || s.header.checkpointSeq >= rec.checkpointSeq)
                continue;
            f.code = QString::fromLatin1(detail::code::kDeltaBaseReused);
            f.severity = Severity::Info;
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "This DELTA checkpoint (%1) is older than the one the device loads (%2) and the chain of checkpoints it builds on has been overwritten by newer ones, so its state cannot be rebuilt; the device no longer needs it."),
                                                     s.header.checkpointSeq, rec.checkpointSeq));
            f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "base checkpoint %1"), s.header.baseSeq));
            f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "base no longer rebuildable (slot reused)")));
        }
    }
}

} // namespace

ReadOptions verifyReadOptions(const EvidenceSummary &evidence, const std::optional<crypto::SecureBytes> &storageKey,
                              const std::optional<ledger::TrustStore> &trust)
{
    ReadOptions ro;
    ro.evidenceName = evidence.name;
    ro.storageRootKey = storageKey;
    if (trust)
        for (const ledger::RegisteredDevice &d : trust->devices)
            if (crypto::keyId16(d.publicKey) == d.deviceId) // an entry whose key is not that device's speaks for no one
                ro.trustedDeviceKeys.insert(d.deviceId, d.publicKey);
    return ro;
}

VerifyReport verifyImage(QByteArrayView image, const EvidenceSummary &evidence, const std::optional<crypto::SecureBytes> &storageKey,
                         const std::optional<ledger::TrustStore> &trust, const Progress &progress)
{
    ReadOptions ro = verifyReadOptions(evidence, storageKey, trust);
    ro.borrowImageBytes = true; // `image` outlives the DumpImage, which never leaves this function
    auto parsed = readDump(image, ro, progress);
    if (!parsed) {
        VerifyReport r;
        r.evidence = evidence;
        r.keyProvided = storageKey.has_value();
        r.trustStoreProvided = trust.has_value();
        if (parsed.error().code != ErrorCode::Cancelled)
            r.findings.append(detail::makeFinding(evidence.name, "DUMP_UNREADABLE", Severity::Critical, 0, image.size(), QString(),
                                                  QString(), parsed.error().message));
        return r;
    }
    return verifyReadImage(image, *parsed, evidence, storageKey, trust, progress);
}

VerifyReport verifyReadImage(QByteArrayView image, const DumpImage &img, const EvidenceSummary &evidence,
                             const std::optional<crypto::SecureBytes> &storageKey, const std::optional<ledger::TrustStore> &givenTrust,
                             const Progress &progress)
{
    constexpr int kSteps = 6;
    auto step = [&](int k) {
        progress.report(QStringLiteral("verify"), k, kSteps);
        return progress.stopRequested();
    };
    VerifyReport r;
    r.evidence = evidence;
    r.keyProvided = storageKey.has_value();
    r.trustStoreProvided = givenTrust.has_value();
    r.readable = img.readable;
    r.findings = img.findings;
    r.checked << QStringLiteral("superblock");
    if (!img.readable)
        return r;
    // A trust store that does not fit this dump is the examiner's input (TrustStoreFit.h).
    std::optional<ledger::TrustStore> trust = givenTrust;
    if (givenTrust) {
        const TrustStoreFit fit = trustStoreFit(img, *givenTrust);
        if (fit.finding)
            r.findings.append(*fit.finding);
        if (!fit.usable)
            trust.reset();
    }
    const FindingText noTrust = givenTrust ? ftr(QT_TRANSLATE_NOOP("Finding", "the trust store given is not this network's (TRUST_STORE_MISMATCH)"))
                                           : ftr(QT_TRANSLATE_NOOP("Finding", "no trust store was given"));
    r.encrypted = img.superblock.encrypted();
    for (const RecordInfo &rec : img.journal) {
        ++r.journalRecords;
        if (rec.header.type == uint8_t(RecordType::Entry))
            ++r.journalEntries;
    }
    r.markers = int(img.markers.size());
    r.checked << QStringLiteral("identity") << QStringLiteral("checkpoint_framing") << QStringLiteral("checkpoint_signatures")
              << QStringLiteral("journal_framing") << QStringLiteral("hash_chain") << QStringLiteral("sequence_order")
              << QStringLiteral("lamport_order") << QStringLiteral("seals") << QStringLiteral("marker_chain")
              << QStringLiteral("recovery_emulation");

    if (step(0))
        return r;
    const bool locked = img.contentsLocked();
    const bool contentsReadable = !r.encrypted || (!locked && !img.anyDecryptFailed());
    ledger::TrustStore ts;
    if (trust)
        ts = *trust;
    else
        ts.networkId = img.identity.header.networkId;
    ledger::DumpLedger l = ledger::loadDumpLedgerJournal(img, ts);
    // With a trust store every entry signature is checked: on worker threads from here,
    // while this thread decodes the checkpoints and runs the chain checks below, none of
    // which needs a verdict (the workers read only l.items and l.keys).
    const bool replayLedger = trust && contentsReadable;
    std::optional<detail::SignatureJob> signatures;
    if (replayLedger)
        signatures.emplace(l, progress);
    {
        // The chain checks' tables (their digests by sequence, and three hash tables of
        // records) go before the replay and before the checkpoints are decoded: either
        // beside them was verify's peak.
        const detail::SeqHashes hashes = detail::entryHashes(img);
        detail::checkJournalChain(img, hashes, r.findings);
        if (step(1))
            return r;
        detail::checkAnchors(img, hashes, r.findings);
    }
    ledger::loadDumpLedgerCheckpoints(img, l);
    detail::checkMarkerChain(img, r.findings);
    r.regions = detail::damageRegions(image, img, r.findings);
    if (step(2))
        return r;
    // The checkpoint the recovery rule loads, decoded now rather than after the
    // signatures (the recovery emulation below finds it in `loads`).
    // Chains the ledger view decoded are taken from it: each state held once through the
    // replay, where verify peaks, not once per caller that loads it.
    ledger::CheckpointLoads loads(img);
    loads.reuse(l.checkpoints);
    if (replayLedger)
        (void)ledger::chooseRecoveryCheckpoint(img, {}, &loads);
    // The boot-marker checks read no verdict and no replay result: they run here, beside
    // the signature workers, rather than alone after them; their findings join the report
    // where they always did.
    Findings bootMarkerFindings;
    detail::checkBootMarkers(image, img, trust && contentsReadable ? &l : nullptr, loads, bootMarkerFindings);
    // The replay below gives the checkpoint states it reproduces its own tx_id set; the
    // copies `loads` holds would keep the decoded records alive through it. Taken again
    // for the recovery emulation after it.
    loads.forget(l.checkpoints);

    if (locked) {
        // Info, not warning: nothing is wrong with the evidence; the report says exactly
        // which checks need the escrowed key (docs/findings/verify.md VERIFY_NOT_CHECKED).
        // A key that fits nothing is the same situation, named by KEY_MISMATCH.
        const FindingText why = img.keyMismatch ? ftr(QT_TRANSLATE_NOOP("Finding", "the storage key given is not this dump's (KEY_MISMATCH)"))
                                                : ftr(QT_TRANSLATE_NOOP("Finding", "no storage key was given"));
        notChecked(r, QStringLiteral("entry_contents"), ftr(QT_TRANSLATE_NOOP("Finding", "the journal is encrypted and %1, so the contents of %2 journal entries (entry signatures, ledger rules, double spends, invariants) were not checked"), why, r.journalEntries));
        notChecked(r, QStringLiteral("checkpoint_state"), ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint payloads are encrypted and %1, so state_roots were not recomputed and no checkpoint was cross-proven"), why));
    }

    if (!img.identity.keyEstablished)
        notChecked(r, QStringLiteral("device_signatures"), ftr(QT_TRANSLATE_NOOP("Finding", "the identity header is damaged and no trust store key for device %1 confirms the device key, so seal and checkpoint signatures could not be checked"), toHex(img.superblock.deviceId)));

    if (!trust) {
        notChecked(r, QStringLiteral("key_certification"), ftr(QT_TRANSLATE_NOOP("Finding", "%1, so no key could be checked against the network authority (KEY_UNREGISTERED is not reported)"), noTrust));
        notChecked(r, QStringLiteral("ledger_replay"), ftr(QT_TRANSLATE_NOOP("Finding", "%1, so the ledger was not replayed: other devices' signatures, ledger rules, double spends, invariants and checkpoint cross-proofs were not checked"), noTrust));
    }
    ledger::ItemVerdicts verdicts; // for the recovery emulation
    if (replayLedger) {
        // The replay trails the signature workers, reading each verdict as it applies that
        // entry; the cross-proofs in it start once all are in. Its progress is a copy with
        // its own throttle: the job reports stage "signatures" through `progress` meanwhile,
        // and one throttle for two interleaved stages would pass every report.
        const Progress replayProgress = progress;
        // It keeps only the outcomes that make findings (mapReplay reads no others).
        const ledger::DumpReplay rep = ledger::replayDumpLedger(l, replayProgress,
                                                                {.keepSnapshots = false,
                                                                 .keepEvents = false,
                                                                 .notableOutcomesOnly = true,
                                                                 .verdicts = &signatures->filling(),
                                                                 .verdictFeed = &*signatures,
                                                                 .shareCheckpointTxs = &l.checkpoints});
        if (progress.stopRequested())
            return r;
        std::optional<ledger::ItemVerdicts> v = signatures->verdicts();
        if (!v)
            return r;
        verdicts = std::move(*v);
        detail::mapReplay(l, rep, img, r.findings);
        const crypto::SecureBytes *key = storageKey ? &*storageKey : nullptr;
        if (detail::hasSlotDamageToPinpoint(img, r.findings, key)) {
            // Locating damage in a checkpoint payload needs the proven state there, so every
            // outcome: replayed again, with the verdicts reached, for this rare case only.
            const ledger::DumpReplay dense = ledger::replayDumpLedger(l, Progress({}, progress.token()),
                                                                      {.keepSnapshots = false, .keepEvents = false, .verdicts = &verdicts});
            if (progress.stopRequested())
                return r;
            detail::pinpointSlotDamage(img, l, dense.timeline, key, r.findings);
        }
        r.checked << QStringLiteral("entry_signatures") << QStringLiteral("key_certification") << QStringLiteral("ledger_replay")
                  << QStringLiteral("double_spends") << QStringLiteral("invariants") << QStringLiteral("checkpoint_cross_proof");
    } else {
        for (const Finding &f : l.findings)
            if (!(locked && f.code == QLatin1String("LEDGER_JOURNAL_LOCKED")))
                r.findings.append(f); // without a key the lock is restated by VERIFY_NOT_CHECKED
        if (contentsReadable) {
            detail::checkOwnSignatures(img, l, r.findings);
            r.checked << QStringLiteral("own_entry_signatures");
        }
    }

    if (step(3))
        return r;
    loads.reuse(l.checkpoints);
    r.recovery = detail::emulateRecovery(image, img, trust && contentsReadable ? &l : nullptr, 0, loads, &verdicts);
    if (step(4))
        return r;
    if (r.recovery.usedFallback) {
        // Name the newest committed-or-damaged slot the device had to pass over.
        const SlotInfo *skipped = nullptr;
        for (const SlotInfo &s : img.checkpointSlots)
            if ((s.state == SlotState::Committed || s.state == SlotState::Damaged) && s.headerValid
                && s.header.checkpointSeq > r.recovery.checkpointSeq && (!skipped || s.header.checkpointSeq > skipped->header.checkpointSeq))
                skipped = &s;
        if (skipped)
            r.findings.append(detail::makeFinding(img.evidence, detail::code::kFallbackUsed, Severity::Warning, skipped->offset, skipped->size,
                                                  ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint slot %1"), skipped->index),
                                                  ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1"), skipped->header.checkpointSeq),
                                                  ftr(QT_TRANSLATE_NOOP("Finding", "The newest checkpoint cannot be loaded, so the device falls back to checkpoint %1 in slot %2 and replays more journal."),
                                                      r.recovery.checkpointSeq, r.recovery.slot),
                                                  ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1 loadable"), skipped->header.checkpointSeq),
                                                  ftr(QT_TRANSLATE_NOOP("Finding", "fallback to checkpoint %1"), r.recovery.checkpointSeq)));
    }
    if (r.recovery.noValidCheckpoint)
        r.findings.append(detail::makeFinding(img.evidence, detail::code::kNoValidCheckpoint, Severity::Error,
                                              img.blockOffset(img.superblock.checkpoints.firstBlock),
                                              qint64(img.superblock.checkpoints.blockCount) * img.superblock.blockSize,
                                              ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint slots")), QString(),
                                              ftr(QT_TRANSLATE_NOOP("Finding", "Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.")),
                                              ftr(QT_TRANSLATE_NOOP("Finding", "a valid checkpoint")), ftr(QT_TRANSLATE_NOOP("Finding", "none"))));
    r.findings += bootMarkerFindings;
    supersededDeltas(img, r.recovery, r.findings);

    // Entry-level findings from the ledger carry no length: give them the record's. Looked
    // up for those offsets only (a table of every record's was megabytes).
    QHash<qint64, qint64> footprints;
    for (Finding &f : r.findings) {
        if (f.evidence.isEmpty())
            f.evidence = evidence.name;
        if (f.length == 0 && f.offset >= 0)
            footprints.insert(f.offset, 0);
    }
    if (!footprints.isEmpty()) {
        for (const RecordInfo &rec : img.journal)
            if (auto it = footprints.find(rec.offset); it != footprints.end())
                *it = rec.footprint();
        for (Finding &f : r.findings)
            if (f.length == 0 && f.offset >= 0)
                f.length = footprints.value(f.offset, 0);
    }
    r.findings = dedupe(r.findings);
    step(kSteps);
    std::stable_sort(r.findings.begin(), r.findings.end(), [](const Finding &a, const Finding &b) {
        const qint64 ao = a.offset < 0 ? std::numeric_limits<qint64>::max() : a.offset;
        const qint64 bo = b.offset < 0 ? std::numeric_limits<qint64>::max() : b.offset;
        return ao < bo;
    });
    linkRootCauses(r.findings, r.regions); // ids in final order, consequences linked to their roots
    return r;
}

Result<VerifyReport> verifyDump(const VerifyOptions &options, const Progress &progress)
{
    const Error cancelled = makeError(ErrorCode::Cancelled, QStringLiteral("verify cancelled"));
    auto ev = EvidenceFile::open(options.dumpPath);
    if (!ev)
        return ev.error();
    const EvidenceIdentity &id = (*ev)->identity();
    EvidenceSummary es{id.path, id.displayName, id.size, id.sha256};
    if ((*ev)->bytes().isEmpty())
        return makeError(ErrorCode::Malformed, QStringLiteral("%1: the file is empty").arg(id.path));

    std::optional<ledger::TrustStore> trust;
    if (!options.trustStorePath.isEmpty()) {
        auto t = ledger::readTrustStore(options.trustStorePath);
        if (!t)
            return t.error();
        trust = *t;
    }
    // The first key candidate that decrypts everything wins.
    const QStringList candidates = dump::storageKeyCandidates(options.dumpPath, options.keysDir, options.keyFiles);

    std::optional<VerifyReport> firstTry;
    for (const QString &k : candidates) {
        auto key = readKeyFile(k);
        if (!key)
            return key.error();
        VerifyReport r = verifyImage((*ev)->bytes(), es, std::optional<crypto::SecureBytes>(*key), trust, progress);
        if (progress.stopRequested())
            return cancelled;
        bool failed = false;
        for (const Finding &f : r.findings)
            failed |= f.code == QLatin1String("JOURNAL_DECRYPT_FAILED") || f.code == QLatin1String("SLOT_DECRYPT_FAILED")
                || f.code == QLatin1String("KEY_MISMATCH");
        r.keyFile = k;
        if (!failed || candidates.size() == 1)
            return r;
        if (!firstTry)
            firstTry = std::move(r);
    }
    if (firstTry)
        return *firstTry;
    VerifyReport r = verifyImage((*ev)->bytes(), es, std::nullopt, trust, progress);
    if (progress.stopRequested())
        return cancelled;
    return r;
}

} // namespace seedscope::verify
