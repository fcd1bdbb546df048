// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/Reconciler.h"

#include "reconcile/ReconcileCauses.h"

#include "ledger/Apply.h"
#include "ledger/EntryCodec.h"
#include "ledger/StateRecords.h"
#include "util/Hex.h"
#include "util/Parallel.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace seedscope::reconcile {

using namespace seedscope::dump;

namespace {


QString sigName(ledger::SignatureStatus s)
{
    switch (s) {
    case ledger::SignatureStatus::Valid: return QStringLiteral("valid");
    case ledger::SignatureStatus::UnknownKey: return QStringLiteral("unknown_key");
    case ledger::SignatureStatus::Invalid: break;
    }
    return QStringLiteral("invalid");
}

struct Copy {
    int device = -1;
    const ledger::JournalItem *item = nullptr;
    uint64_t storedLamport = 0;
    QByteArray content; // entryContentHash (signature excluded)
    ledger::SignatureStatus sig = ledger::SignatureStatus::Invalid;
    CopyInfo info(bool authentic) const
    {
        return CopyInfo{device, item->offset, item->journalSeq, storedLamport, content, sigName(sig), authentic};
    }
    // Same bytes as the authentic copy: same content and a signature that verifies
    // whenever the authentic one does.
    bool sameAs(const Copy &a) const { return content == a.content && (sig == a.sig || sig == ledger::SignatureStatus::Valid); }
};

struct Tx {
    QByteArray txId;
    QList<Copy> copies;
    int chosen = -1; // index into copies: the authentic copy the merged ledger uses
};

qint64 median(QList<qint64> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Forks in one device's own chain: one journal sequence with two different payloads.
// Across epochs that is what recovery does after truncating at damage (the dropped
// records stay on flash until their block is recycled); within one epoch it cannot
// happen on a correct device.
void chainForks(const ReconcileInput &in, Findings &out)
{
    QHash<uint64_t, const RecordInfo *> bySeq;
    for (const RecordInfo &r : in.image.journal) {
        if (r.header.type != uint8_t(RecordType::Entry) || !r.payloadCrcOk)
            continue;
        const RecordInfo *prev = bySeq.value(r.header.seq, nullptr);
        if (prev && prev->payloadHash != r.payloadHash) {
            const bool sameEpoch = prev->header.epoch == r.header.epoch;
            out.append(makeFinding(in.name, "RECONCILE_CHAIN_FORK", sameEpoch ? Severity::Error : Severity::Info, r.offset, r.footprint(),
                               ftr(QT_TRANSLATE_NOOP("Finding", "journal seq %1"), r.header.seq), ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), r.header.seq),
                               sameEpoch ? ftr(QT_TRANSLATE_NOOP("Finding", "The device's journal holds two different entries with the same sequence number in the same log generation (first at %1): its chain forks."), formatOffset(prev->offset))
                                         : ftr(QT_TRANSLATE_NOOP("Finding", "A later log generation re-used this sequence number after a recovery dropped the record at %1: a recovered fork, expected after truncation."), formatOffset(prev->offset)),
                               toHex(prev->payloadHash), toHex(r.payloadHash), sameEpoch ? Verdict::Tampering : Verdict::None));
        }
        bySeq.insert(r.header.seq, &r);
    }
}

// Two devices' checkpoints over exactly the same set of transactions must hold the same
// ledger state (it is a function of the set, replayed canonically). The state_roots
// themselves differ by design (the meta record carries each device's own journal
// position and Lamport value), so the decoded states are compared with those two
// fields cleared.
QByteArray normalizedRoot(ledger::LedgerState s)
{
    s.lamport = 0;
    s.journalPosition = 0;
    return ledger::stateRoot(s);
}

void checkpointDivergence(const QList<ReconcileInput> &inputs, const ledger::KeyDirectory &keys, Findings &out)
{
    struct Ck { int device; const ledger::DumpCheckpoint *ck; QByteArray root; };
    QHash<QByteArray, Ck> byCover;
    for (int d = 0; d < inputs.size(); ++d) {
        for (const ledger::DumpCheckpoint &c : inputs[d].ledger.checkpoints) {
            if (!c.state)
                continue;
            QList<QByteArray> covered;
            for (const ledger::JournalItem &i : inputs[d].ledger.items)
                if (i.decodes() && i.journalSeq <= c.journalSeq)
                    covered.append(ledger::entryContentHash(i.entry()));
            std::sort(covered.begin(), covered.end());
            covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
            if (covered.isEmpty())
                continue;
            const QByteArray key = covered.join();
            const QByteArray root = normalizedRoot(*c.state);
            auto it = byCover.constFind(key);
            if (it == byCover.cend()) {
                byCover.insert(key, Ck{d, &c, root});
                continue;
            }
            if (it->root == root || it->device == d)
                continue;
            // Which of the two is off: the canonical replay of the covered entries decides.
            // When neither matches it, both devices applied entries in arrival order (what
            // LEDGER_CHECKPOINT_STORAGE_ORDER reports per dump): a warning, not tampering.
            QList<ledger::Entry> entries;
            QSet<ledger::TxId> seen;
            for (const ledger::JournalItem &i : inputs[d].ledger.items) {
                if (!i.decodes() || i.journalSeq > c.journalSeq)
                    continue;
                ledger::Entry e = i.entry();
                if (!seen.contains(e.txId)) {
                    seen.insert(e.txId);
                    entries.append(std::move(e));
                }
            }
            ledger::LedgerState canon;
            ledger::applyBatch(canon, entries, keys, inputs[d].ledger.params);
            const QByteArray canonRoot = normalizedRoot(canon);
            const bool thisOff = root != canonRoot;
            const bool otherOff = it->root != canonRoot;
            const int offDevice = thisOff ? d : it->device;
            const ledger::DumpCheckpoint *offCk = thisOff ? &c : it->ck;
            // The reference device applies entries in arrival order (notes/requests.md):
            // a checkpoint reproduced by a storage-order replay is that, not a forgery.
            bool storageOrder = false;
            if (!(thisOff && otherOff)) {
                ledger::LedgerState seq;
                for (const ledger::JournalItem &i : inputs[offDevice].ledger.items)
                    if (i.decodes() && i.journalSeq <= offCk->journalSeq)
                        ledger::applyEntry(seq, i.entry(), keys, inputs[offDevice].ledger.params);
                storageOrder = normalizedRoot(seq) == (thisOff ? root : it->root);
            }
            const bool both = (thisOff && otherOff) || storageOrder;
            const int okDevice = thisOff ? it->device : d;
            const ledger::DumpCheckpoint *okCk = thisOff ? it->ck : &c;
            out.append(makeFinding(inputs[offDevice].name, "RECONCILE_CHECKPOINT_DIVERGES", both ? Severity::Warning : Severity::Error,
                               offCk->offset + 80, 32, ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint slot %1"), offCk->slotIndex),
                               ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1"), offCk->checkpointSeq),
                               both ? ftr(QT_TRANSLATE_NOOP("Finding", "This checkpoint and checkpoint %1 of %2 cover exactly the same %3 transactions but hold different states; this one is not their canonical replay but their replay in this device's storage (arrival) order."),
                                          okCk->checkpointSeq, inputs[okDevice].name, covered.size())
                                    : ftr(QT_TRANSLATE_NOOP("Finding", "This checkpoint covers exactly the same %1 transactions as checkpoint %2 of %3, which holds their canonical replay, but its own state differs: this device computed a different ledger."),
                                          covered.size(), okCk->checkpointSeq, inputs[okDevice].name),
                               toHex(canonRoot), toHex(thisOff ? root : it->root), both ? Verdict::None : Verdict::Tampering));
        }
    }
}

} // namespace

ReconcileReport reconcile(const QList<ReconcileInput> &inputs, const ledger::TrustStore &trust)
{
    ReconcileReport rep;
    ledger::KeyDirectory keys = ledger::keyDirectoryFromTrustStore(trust);
    QSet<QByteArray> registered;
    for (const ledger::RegisteredDevice &d : trust.devices)
        registered.insert(d.deviceId);
    for (const ReconcileInput &in : inputs)
        if (!in.ledger.identity.deviceId.isEmpty() && !registered.contains(in.ledger.identity.deviceId)) {
            ledger::addDeviceKeys(keys, in.ledger.identity, trust.networkId);
            registered.insert(in.ledger.identity.deviceId);
        }
    const ledger::NetworkParams params = inputs.isEmpty() ? ledger::NetworkParams{} : inputs.first().ledger.params;

    // 1. Every decodable entry of every device, with its content hash and signature status
    //    (signatures checked in parallel).
    QList<Copy> all;
    for (int d = 0; d < inputs.size(); ++d) {
        QHash<qint64, uint64_t> stored;
        for (const RecordInfo &r : inputs[d].image.journal)
            stored.insert(r.offset, r.lamport());
        DeviceView v;
        v.name = inputs[d].name;
        v.path = inputs[d].path;
        v.deviceId = inputs[d].image.identity.header.deviceId;
        for (const ledger::JournalItem &i : inputs[d].ledger.items) {
            if (!i.decodes())
                continue;
            ++v.entries;
            all.append(Copy{d, &i, stored.value(i.offset), ledger::entryContentHash(i.entry()), ledger::SignatureStatus::Invalid});
        }
        rep.devices.append(v);
        if (!inputs[d].image.readable)
            rep.allReadable = false;
    }
    // The copies the devices share are byte for byte the same entry (signed body and
    // signature): each distinct one is checked once and its verdict given to every copy.
    QList<int> distinct;        // index into `all` of each distinct signed entry
    QList<int> verdictOf(all.size());
    QHash<QByteArray, int> byBytes; // content hash + signature -> position in `distinct`
    for (int k = 0; k < all.size(); ++k) {
        const QByteArray key = all[k].content + all[k].item->entry().signature.toByteArray();
        auto it = byBytes.constFind(key);
        if (it == byBytes.cend()) {
            it = byBytes.insert(key, int(distinct.size()));
            distinct.append(k);
        }
        verdictOf[k] = *it;
    }
    const QList<ledger::SignatureStatus> sigs = parallelMap<ledger::SignatureStatus, int>(distinct, [&](const int &k) {
        return ledger::verifyEntrySignature(all[k].item->entry(), keys).status;
    });
    for (int k = 0; k < all.size(); ++k)
        all[k].sig = sigs[verdictOf[k]];

    // 2. Match by tx_id; the authentic copy is the first whose signature verifies (else
    //    the first seen). Several validly signed contents: the origin signed two versions.
    QList<Tx> txs;
    QHash<ledger::TxId, int> txIndex;
    for (const Copy &c : all) {
        const ledger::TxId tx = c.item->entry().txId;
        auto it = txIndex.constFind(tx);
        if (it == txIndex.cend()) {
            txIndex.insert(tx, int(txs.size()));
            txs.append(Tx{tx.toByteArray(), {c}, -1});
        } else {
            txs[*it].copies.append(c);
        }
    }
    QList<ledger::Entry> merged;
    QList<int> mergedTx;
    for (int t = 0; t < txs.size(); ++t) {
        Tx &tx = txs[t];
        for (int k = 0; k < tx.copies.size() && tx.chosen < 0; ++k)
            if (tx.copies[k].sig == ledger::SignatureStatus::Valid)
                tx.chosen = k;
        if (tx.chosen < 0)
            tx.chosen = 0;
        const Copy &auth = tx.copies[tx.chosen];
        merged.append(auth.item->entry());
        mergedTx.append(t);
        QSet<QByteArray> validContents{auth.content};
        for (const Copy &c : tx.copies)
            if (c.sig == ledger::SignatureStatus::Valid && !validContents.contains(c.content)) {
                validContents.insert(c.content);
                merged.append(c.item->entry()); // applyBatch rejects the later one (CONFLICTING_DUPLICATE)
                mergedTx.append(t);
            }
        QSet<int> devs;
        bool differs = false;
        for (const Copy &c : tx.copies) {
            devs.insert(c.device);
            differs |= !c.sameAs(auth);
        }
        if (devs.size() == inputs.size())
            ++rep.onAllDevices;
        if (devs.size() == 1 && inputs.size() > 1) {
            ++rep.oneSideCount;
            ++rep.devices[auth.device].onlyHere;
            if (rep.oneSide.size() < 1000)
                rep.oneSide.append({tx.txId, auth.info(true)});
        }
        if (!differs)
            continue;
        Conflict cf{tx.txId, {}};
        for (const Copy &c : tx.copies)
            cf.copies.append(c.info(c.sameAs(auth)));
        rep.conflicts.append(cf);
        for (const Copy &c : tx.copies) {
            if (c.sameAs(auth))
                continue;
            ++rep.devices[c.device].altered;
            const bool contentDiffers = c.content != auth.content;
            const bool bothSigned = c.sig == ledger::SignatureStatus::Valid;
            const FindingText where = ftr(QT_TRANSLATE_NOOP("Finding", "journal seq %1"), c.item->journalSeq);
            if (bothSigned)
                rep.findings.append(makeFinding(inputs[c.device].name, "RECONCILE_CONFLICTING_DUPLICATE", Severity::Error, c.item->offset, 0, where, toHex(tx.txId),
                                            ftr(QT_TRANSLATE_NOOP("Finding", "The origin device signed two different versions of this transaction (the other is held by %1 at %2): a possible forgery by the origin; the first in canonical order stands."),
                                                inputs[auth.device].name, formatOffset(auth.item->offset)),
                                            toHex(auth.content), toHex(c.content), Verdict::Tampering));
            else
                rep.findings.append(makeFinding(inputs[c.device].name, "RECONCILE_ALTERED_COPY", Severity::Critical, c.item->offset, 0, where, toHex(tx.txId),
                                            contentDiffers ? ftr(QT_TRANSLATE_NOOP("Finding", "This device's copy of the transaction has different content from the authentic copy held by %1 at %2, and its signature no longer verifies: it was altered on this device."),
                                                                 inputs[auth.device].name, formatOffset(auth.item->offset))
                                                           : ftr(QT_TRANSLATE_NOOP("Finding", "This device's copy has the same content as the authentic copy held by %1 at %2, but a signature that does not verify: the signature was altered on this device."),
                                                                 inputs[auth.device].name, formatOffset(auth.item->offset)),
                                            contentDiffers ? FindingText(toHex(auth.content)) : ftr(QT_TRANSLATE_NOOP("Finding", "valid signature")),
                                            contentDiffers ? toHex(c.content) : sigName(c.sig), Verdict::Tampering));
        }
    }
    rep.transactions = int(txs.size());

    // 3. The merged ledger: every authentic transaction, replayed canonically from genesis.
    ledger::LedgerState state;
    const QList<ledger::BatchItem> results = ledger::applyBatch(state, merged, keys, params);
    rep.mergedEntries = int(merged.size());
    QHash<int, int> canonicalPos; // tx index -> first position in canonical order
    for (int k = 0; k < results.size(); ++k) {
        const ledger::BatchItem &b = results[k];
        switch (b.result.status) {
        case ledger::EntryStatus::Valid: ++rep.mergedValid; break;
        case ledger::EntryStatus::Duplicate: ++rep.mergedDuplicate; break;
        default: ++rep.mergedRejected; break;
        }
        const int t = mergedTx[b.inputIndex];
        if (!canonicalPos.contains(t))
            canonicalPos.insert(t, k);
    }
    rep.mergedStateRoot = ledger::stateRoot(state);
    rep.mergedLamport = state.lamport;

    // 4. Each device's view against it, in canonical order: the first altered copy, else
    //    the first missing transaction.
    QList<int> order(txs.size());
    for (int t = 0; t < txs.size(); ++t)
        order[t] = t;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return canonicalPos.value(a) < canonicalPos.value(b); });
    for (int d = 0; d < inputs.size(); ++d) {
        DeviceView &v = rep.devices[d];
        QList<ledger::Entry> own;
        QSet<ledger::TxId> ownTx;
        for (const ledger::JournalItem &i : inputs[d].ledger.items)
            if (i.decodes()) {
                own.append(i.entry());
                ownTx.insert(own.last().txId);
            }
        v.transactions = int(ownTx.size());
        ledger::LedgerState s;
        ledger::applyBatch(s, own, keys, params);
        v.viewStateRoot = ledger::stateRoot(s);
        v.matchesMerged = v.viewStateRoot == rep.mergedStateRoot;
        std::optional<Divergence> firstMissing;
        for (int t : order) {
            const Tx &tx = txs[t];
            const Copy &auth = tx.copies[tx.chosen];
            // The device's copy: an authentic one if it holds any, else its first.
            const Copy *mine = nullptr;
            for (const Copy &c : tx.copies)
                if (c.device == d && (!mine || (!mine->sameAs(auth) && c.sameAs(auth))))
                    mine = &c;
            const bool altered = mine && !mine->sameAs(auth);
            if (!mine) {
                ++v.missing;
                if (!firstMissing) {
                    const FindingText detail = ftr(QT_TRANSLATE_NOOP("Finding", "does not hold this transaction (held by %1)"), inputs[auth.device].name);
                    firstMissing = Divergence{QStringLiteral("missing"), tx.txId, -1, 0, canonicalPos.value(t), detail.english(), detail};
                }
                continue;
            }
            if (altered && !v.divergence) {
                const FindingText detail = ftr(QT_TRANSLATE_NOOP("Finding", "holds an altered copy (authentic copy on %1 at %2)"),
                                               inputs[auth.device].name, formatOffset(auth.item->offset));
                v.divergence = Divergence{QStringLiteral("altered"), tx.txId, mine->item->offset, mine->item->journalSeq, canonicalPos.value(t),
                                          detail.english(), detail};
            }
        }
        if (!v.divergence && firstMissing && !v.matchesMerged)
            v.divergence = firstMissing;
        if (!v.divergence && !v.matchesMerged) {
            const FindingText detail = ftr(QT_TRANSLATE_NOOP("Finding", "same transactions, different replayed state"));
            v.divergence = Divergence{QStringLiteral("state"), {}, -1, 0, -1, detail.english(), detail};
        }
        if (!v.divergence)
            continue;
        const Divergence &dv = *v.divergence;
        const bool altered = dv.kind == QLatin1String("altered");
        rep.findings.append(makeFinding(v.name, "RECONCILE_VIEW_DIVERGES", altered ? Severity::Error : Severity::Warning, dv.offset, 0,
                                    dv.journalSeq ? ftr(QT_TRANSLATE_NOOP("Finding", "journal seq %1"), dv.journalSeq) : ftr(QT_TRANSLATE_NOOP("Finding", "journal")),
                                    dv.txId.isEmpty() ? v.name : toHex(dv.txId),
                                    altered ? ftr(QT_TRANSLATE_NOOP("Finding", "This device's view of the ledger differs from the merged ledger of all dumps from canonical entry %1 on: it %2."), dv.canonicalIndex, dv.translatableDetail())
                                            : ftr(QT_TRANSLATE_NOOP("Finding", "This device's view lags the merged ledger from canonical entry %1 on: it %2 (%3 merged transactions missing)."), dv.canonicalIndex, dv.translatableDetail(), v.missing),
                                    toHex(rep.mergedStateRoot), toHex(v.viewStateRoot), altered ? Verdict::Tampering : Verdict::None));
    }

    // 5. One-side-only entries (one info per device), forks, checkpoints, clock skew.
    for (int d = 0; d < inputs.size(); ++d)
        if (rep.devices[d].onlyHere > 0) {
            qint64 first = -1;
            QByteArray firstTx;
            for (const auto &o : rep.oneSide)
                if (o.second.device == d && (first < 0 || o.second.offset < first)) {
                    first = o.second.offset;
                    firstTx = o.first;
                }
            rep.findings.append(makeFinding(inputs[d].name, "RECONCILE_ONE_SIDE", Severity::Info, first, 0, ftr(QT_TRANSLATE_NOOP("Finding", "journal")), toHex(firstTx),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "%1 transactions are held by this device only (the first at this offset): not yet synced to the others, or missing from their dumps."), rep.devices[d].onlyHere),
                                        ftr(QT_TRANSLATE_NOOP("Finding", "on every device")), ftr(QT_TRANSLATE_NOOP("Finding", "%1 only here"), rep.devices[d].onlyHere)));
        }
    for (const ReconcileInput &in : inputs)
        chainForks(in, rep.findings);
    checkpointDivergence(inputs, keys, rep.findings);
    for (int a = 0; a < inputs.size(); ++a)
        for (int b = a + 1; b < inputs.size(); ++b) {
            QList<qint64> deltas;
            for (const Tx &tx : txs) {
                const Copy *ca = nullptr, *cb = nullptr;
                for (const Copy &c : tx.copies) {
                    if (c.device == a && !ca)
                        ca = &c;
                    if (c.device == b && !cb)
                        cb = &c;
                }
                if (ca && cb)
                    deltas.append(qint64(cb->storedLamport) - qint64(ca->storedLamport));
            }
            if (deltas.isEmpty())
                continue;
            ClockPair p{a, b, int(deltas.size()), median(deltas), *std::min_element(deltas.begin(), deltas.end()),
                        *std::max_element(deltas.begin(), deltas.end())};
            rep.clocks.append(p);
            const uint64_t bound = params.driftBound ? params.driftBound : 100000;
            if (uint64_t(std::abs(p.medianDelta)) > bound)
                rep.findings.append(makeFinding(inputs[b].name, "RECONCILE_CLOCK_SKEW", Severity::Warning, -1, 0, ftr(QT_TRANSLATE_NOOP("Finding", "journal")), inputs[a].name,
                                            ftr(QT_TRANSLATE_NOOP("Finding", "For the %1 transactions both devices stored, this device's Lamport clock is typically %2 ticks away from %3's, beyond the network's drift bound: one clock jumped."),
                                                p.samples, p.medianDelta, inputs[a].name),
                                            QStringLiteral("|median| <= %1").arg(bound), QString::number(p.medianDelta)));
        }
    std::stable_sort(rep.findings.begin(), rep.findings.end(), [](const Finding &x, const Finding &y) {
        if (x.evidence != y.evidence)
            return x.evidence < y.evidence;
        return (x.offset < 0 ? std::numeric_limits<qint64>::max() : x.offset) < (y.offset < 0 ? std::numeric_limits<qint64>::max() : y.offset);
    });
    linkReconcileCauses(rep.findings);
    return rep;
}

namespace {
// The same file, or a byte-level copy as far as the reader can tell: same device, same
// image size, same journal length and the same hash of its last record.
bool sameDump(const ReconcileInput &in, const QString &path, const dump::DumpImage &img)
{
    const QString a = QFileInfo(in.path).canonicalFilePath();
    if (!a.isEmpty() && a == QFileInfo(path).canonicalFilePath())
        return true;
    return in.image.superblock.deviceId == img.superblock.deviceId && in.image.imageSize == img.imageSize
           && in.image.journal.size() == img.journal.size() && !img.journal.isEmpty()
           && in.image.journal.last().payloadHash == img.journal.last().payloadHash;
}
} // namespace

Result<ReconcileReport> reconcileFiles(const ReconcileOptions &options, const Progress &progress)
{
    const Error cancelled = makeError(ErrorCode::Cancelled, QStringLiteral("reconcile cancelled"));
    QList<ReconcileInput> inputs;
    Findings duplicates;
    ledger::TrustStore trust;
    for (const QString &path : options.dumpPaths) {
        if (progress.stopRequested())
            return cancelled;
        progress.report(QStringLiteral("reconcile"), inputs.size(), options.dumpPaths.size() + 1);
        ledger::DumpOpenOptions o{path, options.keyFiles, options.keysDir, options.trustStorePath};
        auto opened = ledger::openDumpLedger(o);
        if (!opened)
            return opened.error();
        // Every input must be a dump: a merged ledger over the others would read as the
        // network's whole story when one device's evidence is missing from it.
        if (!opened->image.readable)
            return makeError(ErrorCode::Malformed, QStringLiteral("%1 is not a readable Seed dump").arg(path));
        trust = opened->trust;
        const ReconcileInput *same = nullptr;
        for (const ReconcileInput &in : inputs)
            if (sameDump(in, path, opened->image))
                same = &in;
        if (same) {
            // Reconciling a dump with itself proves nothing and doubles every count.
            duplicates.append(makeFinding(QFileInfo(path).fileName(), "RECONCILE_DUPLICATE_INPUT", Severity::Warning, -1, 0, QString(),
                                          same->name,
                                          ftr(QT_TRANSLATE_NOOP("Finding", "This dump was given twice (the same file, or a copy with the same device, size and journal "
                                                                           "head as %1): it is reconciled once."),
                                              same->name)));
            continue;
        }
        inputs.append(ReconcileInput{QFileInfo(path).fileName(), path, std::move(opened->image), std::move(opened->ledger)});
    }
    if (progress.stopRequested())
        return cancelled;
    progress.report(QStringLiteral("reconcile"), inputs.size(), options.dumpPaths.size() + 1);
    ReconcileReport r = reconcile(inputs, trust);
    r.findings.append(duplicates);
    if (progress.stopRequested())
        return cancelled;
    progress.report(QStringLiteral("reconcile"), options.dumpPaths.size() + 1, options.dumpPaths.size() + 1);
    for (const ReconcileInput &in : inputs)
        for (const Finding &f : in.image.findings)
            if (f.code == QLatin1String("JOURNAL_DECRYPT_FAILED") || f.code == QLatin1String("DUMP_ENCRYPTED_NO_KEY")
                || f.code == QLatin1String("KEY_MISMATCH")) {
                r.findings.append(Finding{f});
                r.findings.last().evidence = in.name;
                r.findings.last().id.clear();
                r.findings.last().cause.clear();
                break;
            }
    numberFindings(r.findings); // ids for what was added after the linking (no causes among them)
    return r;
}

} // namespace seedscope::reconcile
