// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/CrossProof.h"

#include "crypto/ThreadState.h"
#include "ledger/Invariants.h"
#include "util/Hex.h"

#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace seedscope::ledger {

namespace {

bool referencesAccount(const EntryOutcome &o, const AccountId &account)
{
    const Entry e = o.entry();
    if (e.from == account || e.to == account || e.members.contains(account))
        return true;
    for (const Event &ev : o.events())
        if (ev.subject == account)
            return true;
    return false;
}

// The first canonical index that could explain one differing record.
int firstToucher(const Timeline &t, const RecordDiff &d, const LedgerState *expected)
{
    for (int c = 0; c < t.size(); ++c) {
        const EntryOutcome &o = t.outcome(c);
        switch (d.kind) {
        case RecordKind::Tx:
            if (o.entry().txId == d.key)
                return c;
            break;
        case RecordKind::Account:
        case RecordKind::Window:
            if (referencesAccount(o, d.key))
                return c;
            break;
        case RecordKind::Group:
            if (o.entry().group == d.key)
                return c;
            break;
        case RecordKind::Origin:
            if (o.entry().origin == d.key)
                return c;
            break;
        case RecordKind::Meta:
            // The Lamport value or issuance differs: the first entry beyond what the checkpoint saw.
            if (expected && o.lamport > expected->lamport)
                return c;
            break;
        }
    }
    return -1;
}

} // namespace

CrossProofResult reproducedCrossProof(const QByteArray &expectedRoot, const QString &evidence, const FindingText &checkpointName,
                                      qsizetype entries)
{
    CrossProofResult r;
    r.reproduced = true;
    r.expectedRoot = expectedRoot;
    r.replayedRoot = expectedRoot;
    Finding &f = r.finding;
    f.evidence = evidence;
    f.setText(FindingField::Location, checkpointName);
    f.expected = toHex(expectedRoot);
    f.found = toHex(expectedRoot);
    f.code = QString::fromLatin1(findingcode::kCheckpointReproduced);
    f.severity = Severity::Info;
    f.setText(FindingField::Explanation,
              ftr(QT_TRANSLATE_NOOP("Finding", "Replaying %1 journal entries from the previous checkpoint reproduces this checkpoint's state_root."),
                  entries));
    return r;
}

namespace {

ReplayOptions proofReplayOptions(const QString &evidence, const ItemVerdicts *knownVerdicts)
{
    ReplayOptions opt;
    opt.evidence = evidence;
    opt.knownVerdicts = knownVerdicts;
    opt.maxSnapshots = 0; // only the outcomes and the final state are read
    // Outcomes and events are read only to name the first divergent entry: a range that
    // reproduces (the usual case) never needs them, so they are kept only on a second
    // replay (crossProve). A journal's worth of outcomes, per proof running, was a large
    // part of verify's peak memory.
    opt.keepEvents = false;
    opt.keepOutcomes = false;
    return opt;
}

// The root of `replayed`; a state equal to the expected one has the expected root
// (hashing every record of a whole state per checkpoint was most of what the cross-proofs
// cost).
QByteArray replayedRootOf(const LedgerState &replayed, const QByteArray &expectedRoot, const LedgerState *expectedState)
{
    return expectedState && replayed == *expectedState ? expectedRoot : stateRoot(replayed);
}

} // namespace

std::optional<CrossProofResult> crossProveFromFork(const ReplayFork &fork, const QList<JournalItem> &journal, qsizetype rangeSize,
                                                   const QByteArray &expectedRoot, const LedgerState *expectedState,
                                                   uint64_t journalPosition, const KeyDirectory &keys, const NetworkParams &params,
                                                   const QString &evidence, const FindingText &checkpointName,
                                                   const ItemVerdicts *knownVerdicts)
{
    Timeline rest = Timeline::replay(fork.state, journal, fork.rest, keys, params, proofReplayOptions(evidence, knownVerdicts));
    LedgerState replayed = rest.takeFinalState();
    replayed.journalPosition = journalPosition;
    if (replayedRootOf(replayed, expectedRoot, expectedState) != expectedRoot)
        return std::nullopt;
    return reproducedCrossProof(expectedRoot, evidence, checkpointName, rangeSize);
}

CrossProofResult crossProve(const LedgerState &base, const QList<JournalItem> &items, const QByteArray &expectedRoot,
                            const LedgerState *expectedState, uint64_t journalPosition, const KeyDirectory &keys,
                            const NetworkParams &params, const QString &evidence, const FindingText &checkpointName,
                            const ItemVerdicts *knownVerdicts)
{
    QList<int> all(items.size());
    std::iota(all.begin(), all.end(), 0);
    return crossProve(base, items, all, expectedRoot, expectedState, journalPosition, keys, params, evidence, checkpointName,
                      knownVerdicts);
}

CrossProofResult crossProve(const LedgerState &base, const QList<JournalItem> &journal, const QList<int> &items, const QByteArray &expectedRoot,
                            const LedgerState *expectedState, uint64_t journalPosition, const KeyDirectory &keys,
                            const NetworkParams &params, const QString &evidence, const FindingText &checkpointName,
                            const ItemVerdicts *knownVerdicts)
{
    CrossProofResult r;
    ReplayOptions opt = proofReplayOptions(evidence, knownVerdicts);
    r.timeline = Timeline::replay(base, journal, items, keys, params, opt);
    LedgerState replayed = r.timeline.takeFinalState(); // nothing reads this timeline's own copy
    replayed.journalPosition = journalPosition;
    r.expectedRoot = expectedRoot;
    r.replayedRoot = replayedRootOf(replayed, expectedRoot, expectedState);
    r.reproduced = r.replayedRoot == expectedRoot;

    Finding &f = r.finding;
    f.evidence = evidence;
    f.setText(FindingField::Location, checkpointName);
    f.expected = toHex(expectedRoot);
    f.found = toHex(r.replayedRoot);
    if (!r.reproduced) {
        // A device that applied entries in arrival order: say so instead of crying tamper.
        ReplayOptions storage = opt;
        storage.storageOrder = true;
        Timeline st = Timeline::replay(base, journal, items, keys, params, storage);
        LedgerState alt = st.takeFinalState();
        alt.journalPosition = journalPosition;
        if (stateRoot(alt) == expectedRoot) {
            r.storageOrderOnly = true;
            f.code = QString::fromLatin1(findingcode::kCheckpointStorageOrder);
            f.severity = Severity::Warning;
            f.found = toHex(stateRoot(alt));
            f.setText(FindingField::Explanation,
                      ftr(QT_TRANSLATE_NOOP("Finding", "This checkpoint's state_root is reproduced only by applying the journal in storage order; "
                                                       "canonical (Lamport, device, tx_id) order gives %1. The device did not apply entries in canonical order."),
                          toHex(r.replayedRoot)));
            r.reproduced = true;
            r.replayedRoot = stateRoot(alt);
            return r;
        }
    }
    if (r.reproduced) // nothing reads a reproduced range's outcomes; a journal's worth of them is large
        return reproducedCrossProof(expectedRoot, evidence, checkpointName, items.size());
    opt.keepEvents = true;
    opt.keepOutcomes = true;
    r.timeline = Timeline::replay(base, journal, items, keys, params, opt);
    if (expectedState) {
        r.differing = diffStates(*expectedState, replayed);
        // TX records name entries exactly (an entry the device recorded differently, or
        // not at all); only without one do the records the entries touch decide.
        for (int pass = 0; pass < 2 && r.firstDivergentIndex < 0; ++pass) {
            for (const RecordDiff &d : r.differing) {
                if ((d.kind == RecordKind::Tx) != (pass == 0))
                    continue;
                const int c = firstToucher(r.timeline, d, expectedState);
                if (c >= 0 && (r.firstDivergentIndex < 0 || c < r.firstDivergentIndex))
                    r.firstDivergentIndex = c;
                if (c < 0 && d.kind == RecordKind::Tx && d.expectedPresent)
                    r.missingFromJournal.append(d.key);
            }
        }
    }
    f.code = QString::fromLatin1(findingcode::kCheckpointDiverges);
    f.severity = Severity::Error;
    f.verdict = Verdict::Tampering;
    std::vector<FindingText> names;
    for (const RecordDiff &d : r.differing.mid(0, 8))
        names.push_back(QStringLiteral("%1 %2").arg(QLatin1String(recordKindName(d.kind)), toHex(d.key)));
    if (r.differing.size() > 8)
        names.push_back(ftr(QT_TRANSLATE_NOOP("Finding", "... %1 more"), r.differing.size() - 8));
    if (r.firstDivergentIndex >= 0) {
        const EntryOutcome &o = r.timeline.outcome(r.firstDivergentIndex);
        f.offset = o.offset;
        f.setText(FindingField::Subject, ftr(QT_TRANSLATE_NOOP("Finding", "%1 tx %2 (journal seq %3, %4)"),
                                             QString(QLatin1String(entryTypeName(o.entry().type))), toHex(o.entry().txId), o.journalSeq,
                                             QString(QLatin1String(entryStatusName(o.status)))));
    }
    if (!r.missingFromJournal.isEmpty())
        names.insert(names.begin(), ftr(QT_TRANSLATE_NOOP("Finding", "%1 tx_id(s) the checkpoint applied are missing from the journal (first %2)"),
                                        r.missingFromJournal.size(), toHex(r.missingFromJournal.first())));
    // The list of records is values and phrases joined by ", " (a pattern with no words).
    FindingText list;
    for (size_t i = 0; i < names.size(); ++i)
        list.source += (i ? QStringLiteral(", %") : QStringLiteral("%")) + QString::number(i + 1);
    list.args = names;
    if (r.firstDivergentIndex >= 0 && !names.empty())
        f.setText(FindingField::Explanation,
                  ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal from the previous checkpoint does not reproduce this checkpoint's state_root; "
                                                   "they first disagree after the entry named in subject; differing records: %1."),
                      list));
    else if (r.firstDivergentIndex >= 0)
        f.setText(FindingField::Explanation,
                  ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal from the previous checkpoint does not reproduce this checkpoint's state_root; "
                                                   "they first disagree after the entry named in subject.")));
    else if (!names.empty())
        f.setText(FindingField::Explanation,
                  ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal from the previous checkpoint does not reproduce this checkpoint's state_root; "
                                                   "differing records: %1."),
                      list));
    else
        f.setText(FindingField::Explanation,
                  ftr(QT_TRANSLATE_NOOP("Finding", "Replaying the journal from the previous checkpoint does not reproduce this checkpoint's state_root.")));
    return r;
}

std::optional<QList<CrossProofResult>> crossProveAll(const QList<CrossProofTask> &tasks, const QList<JournalItem> &journal,
                                                     const KeyDirectory &keys, const NetworkParams &params, const QString &evidence,
                                                     const ItemVerdicts *knownVerdicts, const Progress &progress)
{
    const QString stage = QStringLiteral("cross-proof");
    QList<CrossProofResult> results(tasks.size());
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic_bool stop{false};
    // Proves the next task not taken yet; false when none is left. After a stop request
    // the remaining tasks are skipped.
    auto proveNext = [&]() -> bool {
        const qsizetype k = next.fetch_add(1);
        if (k >= tasks.size())
            return false;
        if (!stop.load(std::memory_order_relaxed) && !progress.stopRequested()) {
            const CrossProofTask &t = tasks[k];
            std::optional<CrossProofResult> quick;
            if (t.fork)
                quick = crossProveFromFork(*t.fork, journal, t.rangeBounds ? t.rangeSize : t.range.size(), t.expectedRoot, t.expectedState,
                                           t.journalPosition, keys, params, evidence, t.checkpointName, knownVerdicts);
            if (quick)
                results[k] = std::move(*quick);
            else
                results[k] = crossProve(*t.base, journal, t.rangeBounds ? journalItemsBetween(journal, t.rangeBounds->first, t.rangeBounds->second) : t.range,
                                        t.expectedRoot, t.expectedState, t.journalPosition, keys, params, evidence, t.checkpointName,
                                        knownVerdicts);
        }
        done.fetch_add(1);
        return true;
    };
    // The calling thread proves too, beside one helper per further core. A replay's
    // memory comes from its thread's malloc arena, and the calling thread's already holds
    // what the earlier stages freed: with two helpers instead, the helpers' arenas added
    // 137 MB of peak RSS at 200,004 entries. A pool of its own (util/Parallel.h says why).
    QThreadPool pool;
    const int helpers = std::max(1, QThread::idealThreadCount() - 1);
    pool.setMaxThreadCount(helpers);
    QList<QFuture<void>> running;
    for (int h = 0; h < helpers && h + 1 < tasks.size(); ++h)
        running.append(QtConcurrent::run(&pool, [&] {
            while (proveNext()) {
            }
            crypto::releaseThreadState(); // before the pool ends, whenever this thread does
        }));
    do {
        progress.report(stage, done.load(), tasks.size());
        if (progress.stopRequested())
            stop.store(true);
    } while (proveNext());
    for (QFuture<void> &f : running)
        f.waitForFinished(); // orders the helpers' writes before our reads
    if (stop.load() || progress.stopRequested())
        return std::nullopt;
    progress.report(stage, tasks.size(), tasks.size());
    return results;
}

} // namespace seedscope::ledger
