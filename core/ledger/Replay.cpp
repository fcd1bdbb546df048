// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Replay.h"

#include "ledger/EntryCodec.h"
#include "ledger/Invariants.h"
#include "ledger/RejectionText.h"
#include "util/Hex.h"
#include "util/Parallel.h"

#include <QtEndian>

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

namespace seedscope::ledger {

namespace {

struct Classification {
    const char *code;
    Severity severity;
    Verdict verdict;
};

Classification classify(RejectReason r)
{
    switch (r) {
    case RejectReason::BadFormat: return {findingcode::kBadFormat, Severity::Error, Verdict::None};
    case RejectReason::ConflictingDuplicate: return {findingcode::kConflictingDuplicate, Severity::Error, Verdict::Tampering};
    case RejectReason::UnknownKey: return {findingcode::kUnknownKey, Severity::Error, Verdict::None};
    case RejectReason::SignatureInvalid: return {findingcode::kSignatureInvalid, Severity::Error, Verdict::Tampering};
    case RejectReason::Unauthorized: return {findingcode::kUnauthorized, Severity::Error, Verdict::Tampering};
    case RejectReason::Replayed: return {findingcode::kReplayed, Severity::Error, Verdict::Tampering};
    case RejectReason::ClockDrift: return {findingcode::kClockDrift, Severity::Error, Verdict::None};
    case RejectReason::InsufficientFunds: return {findingcode::kDoubleSpend, Severity::Warning, Verdict::None};
    default: return {findingcode::kRejected, Severity::Warning, Verdict::None};
    }
}

Finding entryFinding(const QString &evidence, const EntryOutcome &o, const char *code, Severity sev, Verdict verdict,
                     const FindingText &expected, const FindingText &found, const FindingText &explanation)
{
    const Entry e = o.entry();
    return makeFinding(evidence, code, sev, o.offset, 0, ftr(QT_TRANSLATE_NOOP("Finding", "journal seq %1"), o.journalSeq),
                       ftr(QT_TRANSLATE_NOOP("Finding", "%1 tx %2"), QString(QLatin1String(entryTypeName(e.type))), toHex(e.txId)), explanation,
                       expected, found, verdict);
}

void outcomeFindings(Findings &out, const QString &evidence, const EntryOutcome &o)
{
    switch (o.status) {
    case EntryStatus::Valid:
        if (!o.trusted)
            out.append(entryFinding(evidence, o, findingcode::kUntrustedKey, Severity::Warning, Verdict::None,
                                    ftr(QT_TRANSLATE_NOOP("Finding", "key certified by the network authority")), ftr(QT_TRANSLATE_NOOP("Finding", "uncertified key")),
                                    ftr(QT_TRANSLATE_NOOP("Finding", "The signature is mathematically valid, but the network authority never certified the key that made it."))));
        break;
    case EntryStatus::Duplicate:
        out.append(entryFinding(evidence, o, findingcode::kDuplicate, Severity::Info, Verdict::None, ftr(QT_TRANSLATE_NOOP("Finding", "unique tx_id")),
                                QStringLiteral("DUPLICATE"), ftr(QT_TRANSLATE_NOOP("Finding", "The same transaction appears again with identical content; the copy is ignored."))));
        break;
    case EntryStatus::Rejected: {
        const Classification c = classify(o.reason);
        out.append(entryFinding(evidence, o, c.code, c.severity, c.verdict, QStringLiteral("VALID"),
                                QStringLiteral("REJECTED(%1)").arg(QLatin1String(rejectReasonName(o.reason))), rejectionText(o.detail())));
        break;
    }
    case EntryStatus::Orphaned:
        out.append(entryFinding(evidence, o, findingcode::kOrphaned, Severity::Warning, Verdict::None,
                                ftr(QT_TRANSLATE_NOOP("Finding", "dependency %1 applied"), toHex(o.entry().dependsOn)), QStringLiteral("ORPHANED"),
                                ftr(QT_TRANSLATE_NOOP("Finding", "The entry depends on a transaction that never appeared, so it was never applied."))));
        break;
    case EntryStatus::Pending: break;
    }
}

int snapshotInterval(int n, const ReplayOptions &o)
{
    if (n <= 0 || o.maxSnapshots <= 0)
        return n + 1; // no snapshot is ever taken
    return std::max(std::max(1, o.snapshotInterval), (n + o.maxSnapshots - 1) / o.maxSnapshots);
}

// A copy of `s` without its tx_id set, which is a view of the final one taken once the
// replay ends (TxSet::prefix): what snapshots and forks keep of the state on the way. A
// copy of the set each was megabytes.
LedgerState withoutTxs(LedgerState &s)
{
    TxSet txs = std::exchange(s.txs, TxSet());
    LedgerState copy = s;
    s.txs = std::move(txs);
    return copy;
}

// What a snapshot holds of its own: its tx_id set is a view of the final one.
qint64 snapshotRecords(const LedgerState &s)
{
    return qint64(s.accounts.size() + s.groups.size() + s.originSequence.size() + s.windows.size());
}

// What canonical order compares (canonicalLess), taken from each entry once so that the
// sort does not decode entries in its comparisons.
struct CanonicalKey {
    uint64_t lamport;
    DeviceId origin;
    TxId txId;
    int position; // in the list of decoded entries (storage order)
    bool operator<(const CanonicalKey &o) const
    {
        if (lamport != o.lamport)
            return lamport < o.lamport;
        if (origin != o.origin)
            return origin < o.origin;
        if (txId != o.txId)
            return txId < o.txId;
        return position < o.position; // stable
    }
};

// A prefix of it that orders as it does where it differs (ShortKey::ties otherwise).
struct ShortKey {
    uint64_t lamport;
    uint32_t origin4; // the origin's first four bytes, big-endian; 0 when absent
    int position;
    bool ties(const ShortKey &o) const { return lamport == o.lamport && origin4 == o.origin4; }
    bool operator<(const ShortKey &o) const
    {
        if (lamport != o.lamport)
            return lamport < o.lamport;
        if (origin4 != o.origin4)
            return origin4 < o.origin4;
        return position < o.position;
    }
};
static_assert(sizeof(ShortKey) == 16);

} // namespace

qsizetype journalItemsCountBetween(const QList<JournalItem> &items, uint64_t after, uint64_t upTo)
{
    return std::count_if(items.cbegin(), items.cend(), [&](const JournalItem &i) { return i.journalSeq > after && i.journalSeq <= upTo; });
}

QList<int> journalItemsBetween(const QList<JournalItem> &items, uint64_t after, uint64_t upTo)
{
    QList<int> out;
    out.reserve(journalItemsCountBetween(items, after, upTo));
    for (int k = 0; k < items.size(); ++k)
        if (items[k].journalSeq > after && items[k].journalSeq <= upTo)
            out.append(k);
    return out;
}

JournalItem JournalItem::fromStored(QByteArrayView bytes, bool decodes, uint64_t journalSeq, qint64 offset)
{
    if (!decodes) {
        auto e = decodeEntry(bytes);
        return unreadable(journalSeq, offset, bytes.size(), e ? QStringLiteral("entry bytes changed since they were read") : e.error().message);
    }
    JournalItem it;
    it.journalSeq = journalSeq;
    it.offset = offset;
    it.m_ptr = bytes.data();
    it.m_size = uint32_t(bytes.size());
    return it;
}

JournalItem JournalItem::fromEntry(const Entry &e, uint64_t journalSeq, qint64 offset)
{
    // An entry whose encoding does not decode (a field its type needs is absent) is what
    // a device would have stored as unreadable bytes.
    QByteArray bytes = encodeEntry(e);
    if (auto d = decodeEntry(bytes); !d)
        return unreadable(journalSeq, offset, bytes.size(), d.error().message);
    auto *x = new Extra;
    x->owned = std::move(bytes);
    JournalItem it;
    it.journalSeq = journalSeq;
    it.offset = offset;
    it.adopt(x);
    return it;
}

JournalItem JournalItem::unreadable(uint64_t journalSeq, qint64 offset, qint64 length, const QString &error)
{
    auto *x = new Extra;
    x->undecodable = true;
    x->length = length;
    x->error = error;
    JournalItem it;
    it.journalSeq = journalSeq;
    it.offset = offset;
    it.adopt(x);
    return it;
}

std::optional<Entry> JournalItem::decoded() const
{
    if (!decodes())
        return std::nullopt;
    auto e = decodeEntry(bytes());
    return e ? std::optional<Entry>(std::move(*e)) : std::nullopt;
}

const QString &EntryOutcome::detail() const
{
    static const QString none;
    return m_extras && m_extra >= 0 ? m_extras->details[m_extra] : none;
}

const QList<Event> &EntryOutcome::events() const
{
    static const QList<Event> none;
    return m_extras && m_extra >= 0 ? m_extras->events[m_extra] : none;
}

ItemVerdicts itemVerdicts(const Timeline &timeline, const QList<int> &selection, qsizetype journalItems)
{
    ItemVerdicts out(journalItems);
    for (const EntryOutcome &o : timeline.outcomes())
        if (o.storageIndex >= 0 && o.storageIndex < selection.size())
            out.set(selection[o.storageIndex], o.verdict);
    return out;
}

qsizetype itemAtOffset(const QList<JournalItem> &items, qint64 offset)
{
    auto it = std::lower_bound(items.cbegin(), items.cend(), offset, [](const JournalItem &i, qint64 o) { return i.offset < o; });
    return it != items.cend() && it->offset == offset ? qsizetype(it - items.cbegin()) : -1;
}

namespace {
// One check per element, on every core when asked (util/Parallel.h).
template<typename T, typename Check>
QList<SignatureVerdict> checkAll(const QList<T> &list, bool parallel, Check check)
{
    if (parallel)
        return parallelMap<SignatureVerdict, T>(list, check);
    QList<SignatureVerdict> out;
    out.reserve(list.size());
    for (const T &x : list)
        out.append(check(x));
    return out;
}
} // namespace

QList<SignatureVerdict> verifySignatures(const QList<const Entry *> &entries, const KeyDirectory &keys, bool parallel)
{
    return checkAll(entries, parallel, [&keys](const Entry *e) { return verifyEntrySignature(*e, keys); });
}

QList<SignatureVerdict> verifySignatures(const QList<const JournalItem *> &items, const KeyDirectory &keys, bool parallel)
{
    return checkAll(items, parallel, [&keys](const JournalItem *i) {
        const std::optional<Entry> e = i->decoded();
        return e ? verifyEntrySignature(*e, keys) : SignatureVerdict{};
    });
}

Timeline Timeline::replay(const LedgerState &start, const QList<JournalItem> &items, const KeyDirectory &keys,
                          const NetworkParams &params, const ReplayOptions &options, const Progress &progress)
{
    QList<int> all(items.size());
    std::iota(all.begin(), all.end(), 0);
    return replay(start, items, all, keys, params, options, progress);
}

Timeline Timeline::replay(const LedgerState &start, const QList<JournalItem> &journal, const QList<int> &selection,
                          const KeyDirectory &keys, const NetworkParams &params, const ReplayOptions &options,
                          const Progress &progress)
{
    Timeline t;
    t.m_extras = std::make_shared<OutcomeExtras>();
    t.m_input = journal; // shared, never detached: outcomes point at its entries
    // The selection read as the list of items it stands for.
    struct Items {
        const JournalItem *journal;
        const QList<int> &selection;
        const JournalItem &operator[](qsizetype i) const { return journal[selection[i]]; }
        qsizetype size() const { return selection.size(); }
    } items{t.m_input.constData(), selection};
    t.m_start = start;
    t.m_keys = keys;
    t.m_params = params;

    QList<int> decoded;
    for (int i = 0; i < items.size(); ++i) {
        if (items[i].decodes()) {
            decoded.append(i);
        } else {
            t.m_unreadable.append(items[i]);
            Finding f;
            f.code = QString::fromLatin1(findingcode::kUnreadable);
            f.severity = Severity::Error;
            f.evidence = options.evidence;
            f.offset = items[i].offset;
            f.length = items[i].rawLength();
            f.setText(FindingField::Location, ftr(QT_TRANSLATE_NOOP("Finding", "journal seq %1"), items[i].journalSeq));
            f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a ledger entry (docs/format/ledger-encoding.md)")));
            f.found = items[i].decodeError();
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The journal record's entry bytes do not decode; it is reported as BAD_FORMAT and never applied.")));
            t.m_findings.append(f);
        }
    }
    {
        // Sorted by a key of 16 bytes an entry (the whole one is 48, and this array was
        // verify's peak beside the decoded checkpoint states): Lamport and the origin's
        // first four bytes, which order as the whole origin does where they differ.
        // Entries that tie on both (rarely more than one: a device does not reuse a
        // Lamport value) are decoded again and ordered by the whole key.
        std::vector<ShortKey> keyed(size_t(decoded.size()));
        for (int k = 0; k < decoded.size(); ++k) {
            const Entry e = items[decoded[k]].entry();
            keyed[size_t(k)] = ShortKey{e.lamport, e.origin.isPresent() ? qFromBigEndian<quint32>(e.origin.data()) : 0u, k};
        }
        if (!options.storageOrder) {
            std::sort(keyed.begin(), keyed.end());
            std::vector<CanonicalKey> run;
            for (size_t i = 0, j; i < keyed.size(); i = j) {
                for (j = i + 1; j < keyed.size() && keyed[j].ties(keyed[i]); ++j) {}
                if (j - i < 2)
                    continue;
                run.clear();
                for (size_t k = i; k < j; ++k) {
                    const Entry e = items[decoded[keyed[k].position]].entry();
                    run.push_back(CanonicalKey{e.lamport, e.origin, e.txId, keyed[k].position});
                }
                std::sort(run.begin(), run.end());
                for (size_t k = i; k < j; ++k)
                    keyed[k].position = run[k - i].position;
            }
        }
        QList<int> sorted(decoded.size());
        for (size_t k = 0; k < keyed.size(); ++k)
            sorted[qsizetype(k)] = decoded[keyed[k].position];
        decoded = std::move(sorted);
    }

    // Verdicts the caller already has are taken; the rest are checked. Those a feed is
    // still filling are read as each entry is applied (VerdictFeed).
    const VerdictFeed *feed = options.knownVerdicts ? options.verdictFeed : nullptr;
    auto fed = [&](qsizetype k) { return feed && selection[decoded[k]] < options.knownVerdicts->size(); };
    QList<SignatureVerdict> verdicts(decoded.size());
    QList<const JournalItem *> ptrs;
    QList<qsizetype> unknown; // positions in `decoded` of the entries checked here
    if (!feed) { // a fed replay checks none itself
        ptrs.reserve(decoded.size());
        unknown.reserve(decoded.size());
    }
    for (qsizetype k = 0; k < decoded.size(); ++k) {
        const JournalItem &item = items[decoded[k]];
        if (fed(k))
            continue;
        if (const int j = selection[decoded[k]]; options.knownVerdicts && options.knownVerdicts->has(j)) {
            verdicts[k] = options.knownVerdicts->at(j);
            continue;
        }
        ptrs.append(&item);
        unknown.append(k);
    }
    // Checked in chunks so a cancel takes effect between them (a chunk is well under
    // 100 ms of Ed25519 work on one core).
    constexpr qsizetype kSignatureChunk = 1024;
    for (qsizetype at = 0; at < ptrs.size(); at += kSignatureChunk) {
        if (progress.stopRequested()) {
            t.m_cancelled = true;
            return t;
        }
        progress.report(QStringLiteral("signatures"), at, ptrs.size());
        const QList<SignatureVerdict> chunk = verifySignatures(ptrs.mid(at, kSignatureChunk), keys, options.parallelSignatures);
        for (qsizetype j = 0; j < chunk.size(); ++j)
            verdicts[unknown[at + j]] = chunk[j];
    }
    // Nothing checked here (every verdict known or fed): no stage to end, and a "0 of 0"
    // would read as a signature stage starting over beside the caller's own.
    if (!ptrs.isEmpty())
        progress.report(QStringLiteral("signatures"), ptrs.size(), ptrs.size());

    const int n = int(decoded.size());
    t.m_interval = snapshotInterval(n, options);
    t.m_findings += checkStateInvariants(start, options.evidence, ftr(QT_TRANSLATE_NOOP("Finding", "start state")));

    // Probes by the number of canonical entries they follow: the count of decoded entries
    // with a sequence up to theirs (a prefix only if those are the first ones).
    QMultiHash<int, qsizetype> probeAt;
    t.m_probeResults.fill(ProbeResult::NotAPrefix, options.probes.size());
    if (!options.probes.isEmpty()) {
        std::vector<uint64_t> seqs;
        seqs.reserve(size_t(decoded.size()));
        for (int i : decoded)
            seqs.push_back(items[i].journalSeq);
        std::sort(seqs.begin(), seqs.end());
        for (qsizetype p = 0; p < options.probes.size(); ++p)
            probeAt.insert(int(std::upper_bound(seqs.begin(), seqs.end(), options.probes[p].upToSeq) - seqs.begin()), p);
    }
    uint64_t maxSeqApplied = 0;
    auto answerProbes = [&](int applied, LedgerState &state) {
        for (auto it = probeAt.constFind(applied); it != probeAt.cend() && it.key() == applied; ++it) {
            const PrefixProbe &p = options.probes[*it];
            if (applied > 0 && maxSeqApplied > p.upToSeq)
                continue; // an entry past upToSeq sorts before one within it: not a prefix
            const uint64_t kept = state.journalPosition;
            state.journalPosition = p.upToSeq;
            const bool equal = p.expected && state == *p.expected;
            t.m_probeResults[*it] = equal ? ProbeResult::Equal : ProbeResult::Differs;
            state.journalPosition = kept;
            if (equal && p.sharesTxs)
                p.sharesTxs->txs = state.txs.share();
        }
    };

    // Forks by the number of canonical entries before the first one past their sequence;
    // each one's rest: the entries after that within its sequence.
    QMultiHash<int, qsizetype> forkAt;
    t.m_forks.resize(options.forks.size());
    if (!options.forks.isEmpty()) {
        std::vector<int> at(size_t(options.forks.size()), -1);
        for (int c = 0; c < int(decoded.size()); ++c) {
            const uint64_t seq = items[decoded[c]].journalSeq;
            for (qsizetype f = 0; f < options.forks.size(); ++f) {
                if (at[size_t(f)] < 0 && seq > options.forks[f])
                    at[size_t(f)] = c;
                else if (at[size_t(f)] >= 0 && seq <= options.forks[f])
                    t.m_forks[f].rest.append(selection[decoded[c]]);
            }
        }
        for (qsizetype f = 0; f < options.forks.size(); ++f) {
            t.m_forks[f].upToSeq = options.forks[f];
            t.m_forks[f].applied = at[size_t(f)] < 0 ? int(decoded.size()) : at[size_t(f)];
            forkAt.insert(t.m_forks[f].applied, f);
        }
    }
    std::vector<size_t> forkTxs(size_t(options.forks.size()), 0);
    auto takeForks = [&](int applied, LedgerState &state) {
        for (auto it = forkAt.constFind(applied); it != forkAt.cend() && it.key() == applied; ++it) {
            t.m_forks[*it].state = withoutTxs(state);
            forkTxs[size_t(*it)] = state.txs.size();
        }
    };

    // Rebases where their forks are taken.
    QMultiHash<int, qsizetype> rebaseAt;
    for (qsizetype r = 0; r < options.rebases.size(); ++r)
        if (const ReplayOptions::Rebase &rb = options.rebases[r]; rb.state && rb.fork >= 0 && rb.fork < t.m_forks.size())
            rebaseAt.insert(t.m_forks[rb.fork].applied, r);
    auto rebase = [&](int applied, LedgerState &state) {
        if (!rebaseAt.contains(applied))
            return;
        const TxSet part = state.txs.share();
        for (auto it = rebaseAt.constFind(applied); it != rebaseAt.cend() && it.key() == applied; ++it) {
            // What the state holds beyond the part becomes a tail, which costs more a
            // record than a base: only where the part is most of it (an entry far past
            // the checkpoint that sorts early makes a fork point come early).
            TxSet &txs = options.rebases[*it].state->txs;
            if (txs.size() <= part.size() + part.size() / 2)
                (void)txs.rebaseOnto(part);
        }
    };

    LedgerState s = start;
    std::optional<TxSet::Revealing> revealing;
    if (options.expectedRecords)
        revealing.emplace(s.txs, *options.expectedRecords);
    answerProbes(0, s);
    takeForks(0, s);
    rebase(0, s);
    int maxStorage = -1;
    int outOfOrder = 0;
    int firstOutOfOrder = -1;
    if (options.keepOutcomes && !options.notableOutcomesOnly)
        t.m_outcomes.reserve(n);
    QList<size_t> snapshotTxs; // size of the tx_id set at each snapshot
    std::vector<int> validRotations; // indices into m_outcomes of KEY_ROTATION entries applied
    qint64 heldRecords = 0;    // snapshotRecords() over the snapshots
    for (int c = 0; c < n; ++c) {
        if ((c & 255) == 0) {
            if (progress.stopRequested()) {
                t.m_cancelled = true;
                return t;
            }
            progress.report(QStringLiteral("replay"), c, n);
        }
        const JournalItem &item = items[decoded[c]];
        EntryOutcome o;
        o.storageIndex = decoded[c];
        o.journalSeq = item.journalSeq;
        o.offset = item.offset;
        o.m_item = &item;
        // Decoded here again rather than kept from the sort (8 bytes an entry for the
        // whole replay): the same bytes give the same Lamport value.
        const Entry entry = item.entry();
        o.lamport = entry.lamport;
        if (fed(c)) {
            const int j = selection[decoded[c]];
            if (!feed->await(j)) {
                t.m_cancelled = true;
                return t;
            }
            verdicts[c] = options.knownVerdicts->has(j) ? options.knownVerdicts->at(j) : verifyEntrySignature(entry, keys);
        }
        o.verdict = verdicts[c];
        ApplyResult r = applyEntry(s, entry, keys, params, &o.verdict);
        s.journalPosition = std::max(s.journalPosition, o.journalSeq); // the journal this state covers
        o.status = r.status;
        o.reason = r.reason;
        o.trusted = r.trusted;
        o.doubleSpend = r.doubleSpend;
        const bool validRotation = r.status == EntryStatus::Valid && entry.type == EntryType::KeyRotation;
        const bool outOfOrderHere = o.storageIndex < maxStorage;
        if (outOfOrderHere) {
            ++outOfOrder;
            if (firstOutOfOrder < 0)
                firstOutOfOrder = int(t.m_outcomes.size()); // the outcome kept next
        }
        // What makes a finding: a status other than valid, an untrusted or unchecked
        // signature, a double spend, a key rotation (checked against the key history
        // below) and the first entry stored out of canonical order.
        const bool notable = r.status != EntryStatus::Valid || !r.trusted || r.doubleSpend || o.verdict.status != SignatureStatus::Valid
            || !o.verdict.certified || validRotation || (outOfOrderHere && outOfOrder == 1);
        const bool keep = options.keepOutcomes && (!options.notableOutcomesOnly || notable);
        if (keep && validRotation)
            validRotations.push_back(int(t.m_outcomes.size()));
        if (keep && (!r.detail.isEmpty() || (options.keepEvents && !r.events.isEmpty()))) {
            o.m_extras = t.m_extras.get();
            o.m_extra = int(t.m_extras->details.size());
            t.m_extras->details.append(r.detail);
            t.m_extras->events.append(options.keepEvents ? r.events : QList<Event>());
        }
        if (options.keepEvents && !options.notableOutcomesOnly) { // canonical indices: dense outcomes only
            for (const Event &e : r.events)
                if (e.kind == EventKind::Balance || e.kind == EventKind::Trust) {
                    QList<int> &list = t.m_touching[e.subject];
                    if (list.isEmpty() || list.last() != c)
                        list.append(c);
                }
        }
        // The check is pure: the texts naming the entry are built only for an entry that
        // breaks an invariant (building them for every entry cost more than the check).
        if (!r.events.isEmpty() && !checkEntryInvariants(s, r, options.evidence, {}, {}).isEmpty())
            t.m_findings += checkEntryInvariants(s, r, options.evidence, ftr(QT_TRANSLATE_NOOP("Finding", "journal seq %1"), o.journalSeq),
                                                 ftr(QT_TRANSLATE_NOOP("Finding", "tx %1"), toHex(entry.txId)));
        maxStorage = std::max(maxStorage, o.storageIndex);
        maxSeqApplied = std::max(maxSeqApplied, o.journalSeq);
        if (keep)
            t.m_outcomes.append(std::move(o));
        if (!probeAt.isEmpty())
            answerProbes(c + 1, s);
        if (!forkAt.isEmpty())
            takeForks(c + 1, s);
        if (!rebaseAt.isEmpty())
            rebase(c + 1, s);
        if ((c + 1) % t.m_interval == 0) {
            t.m_snapshots.append(withoutTxs(s));
            snapshotTxs.append(s.txs.size());
            heldRecords += snapshotRecords(s);
            // Over the budget: every other snapshot goes and the interval doubles.
            while (heldRecords > options.snapshotBudgetRecords && t.m_snapshots.size() >= 2) {
                QList<LedgerState> kept;
                QList<size_t> keptTxs;
                heldRecords = 0;
                for (qsizetype k = 1; k < t.m_snapshots.size(); k += 2) {
                    kept.append(std::move(t.m_snapshots[k]));
                    keptTxs.append(snapshotTxs[k]);
                    heldRecords += snapshotRecords(kept.last());
                }
                t.m_snapshots = std::move(kept);
                snapshotTxs = std::move(keptTxs);
                t.m_interval *= 2;
            }
        }
    }
    // Each snapshot's and fork's tx_id set: the records the final set had when it was
    // taken. Snapshots are many, so the tail is folded first and every view shares the
    // base; a fork's view needs no fold (one within the base shares it, one past it copies
    // the part of the tail it covers), and forks are few.
    if (!t.m_snapshots.isEmpty())
        s.txs.freeze();
    for (qsizetype k = 0; k < t.m_snapshots.size(); ++k)
        t.m_snapshots[k].txs = s.txs.prefix(snapshotTxs[k]);
    for (qsizetype f = 0; f < t.m_forks.size(); ++f)
        t.m_forks[f].state.txs = s.txs.prefix(forkTxs[size_t(f)]);
    auto nextRotation = validRotations.cbegin();
    for (int c = 0; c < t.m_outcomes.size(); ++c) {
        EntryOutcome &o = t.m_outcomes[c];
        if (o.status == EntryStatus::Pending)
            o.status = EntryStatus::Orphaned;
        outcomeFindings(t.m_findings, options.evidence, o);
        // A journal KEY_ROTATION should match the key history the directory was built
        // from (identity region / registry); otherwise entries signed by the new key
        // will fail as UNKNOWN_KEY or SIGNATURE_INVALID and this says why. (Only these
        // entries are decoded again here.)
        if (nextRotation == validRotations.cend() || *nextRotation != c)
            continue;
        ++nextRotation;
        if (const Entry e = o.entry(); o.status == EntryStatus::Valid) {
            const QList<KeyRecord> history = keys.history(e.origin);
            const bool listed = std::any_of(history.cbegin(), history.cend(), [&](const KeyRecord &k) {
                return k.publicKey == e.newPublicKey && k.validFromLamport == e.validFromLamport;
            });
            if (!listed)
                t.m_findings.append(entryFinding(options.evidence, o, findingcode::kRotationUnlisted, Severity::Warning, Verdict::None,
                                                 ftr(QT_TRANSLATE_NOOP("Finding", "key %1 from Lamport %2 in the key history"),
                                                     toHex(e.newPublicKey), e.validFromLamport),
                                                 ftr(QT_TRANSLATE_NOOP("Finding", "not in the key history")),
                                                 ftr(QT_TRANSLATE_NOOP("Finding", "The journal announces a key rotation that the device's key history (identity region or registry) does not list."))));
        }
    }
    if (outOfOrder > 0 && options.keepOutcomes) {
        const EntryOutcome &o = t.m_outcomes[firstOutOfOrder];
        t.m_findings.append(entryFinding(options.evidence, o, findingcode::kStorageOrder, Severity::Info, Verdict::None,
                                         ftr(QT_TRANSLATE_NOOP("Finding", "storage order = canonical order")),
                                         ftr(QT_TRANSLATE_NOOP("Finding", "%1 entries stored after an entry that sorts after them"), outOfOrder),
                                         ftr(QT_TRANSLATE_NOOP("Finding", "The journal stores entries in arrival order; replay uses canonical (Lamport, device, tx_id) order. This is the first entry where they differ."))));
    }
    t.m_findings += checkStateInvariants(s, options.evidence, ftr(QT_TRANSLATE_NOOP("Finding", "end of replay")));
    t.m_final = std::move(s);
    return t;
}

LedgerState Timeline::stateAfter(int canonicalIndex) const
{
    if (canonicalIndex < 0 || m_outcomes.isEmpty())
        return m_start;
    canonicalIndex = std::min(canonicalIndex, int(m_outcomes.size()) - 1);
    const int k = (canonicalIndex + 1) / m_interval - 1;
    LedgerState s = k >= 0 ? m_snapshots[k] : m_start;
    for (int c = (k + 1) * m_interval; c <= canonicalIndex; ++c) {
        const EntryOutcome &o = m_outcomes[c];
        (void)applyEntry(s, o.entry(), m_keys, m_params, &o.verdict);
        s.journalPosition = std::max(s.journalPosition, o.journalSeq);
    }
    return s;
}

int Timeline::indexAtLamport(uint64_t lamport) const
{
    auto it = std::upper_bound(m_outcomes.cbegin(), m_outcomes.cend(), lamport,
                               [](uint64_t l, const EntryOutcome &o) { return l < o.lamport; });
    return int(it - m_outcomes.cbegin()) - 1;
}

int Timeline::indexAtJournalSeq(uint64_t seq) const
{
    int best = -1;
    uint64_t bestSeq = 0;
    for (int c = 0; c < m_outcomes.size(); ++c) {
        const uint64_t s = m_outcomes[c].journalSeq;
        if (s == seq)
            return c;
        if (s < seq && (best < 0 || s >= bestSeq)) {
            best = c;
            bestSeq = s;
        }
    }
    return best;
}

QList<ProvenanceItem> Timeline::provenance(const AccountId &account, int upTo) const
{
    QList<ProvenanceItem> out;
    if (auto it = m_start.accounts.find(account); it != m_start.accounts.end()) {
        ProvenanceItem opening;
        opening.events.append(Event{EventKind::Balance, {}, account, 0, it->second.balance, QStringLiteral("opening_balance")});
        opening.events.append(Event{EventKind::Trust, {}, account, kTrustDefault, it->second.trust, QStringLiteral("opening_trust")});
        out.append(opening);
    }
    for (int c : m_touching.value(account)) {
        if (c > upTo)
            break;
        const EntryOutcome &o = m_outcomes[c];
        const Entry e = o.entry();
        ProvenanceItem item;
        item.index = c;
        item.txId = e.txId;
        item.type = e.type;
        item.lamport = e.lamport;
        item.journalSeq = o.journalSeq;
        for (const Event &e : o.events())
            if ((e.kind == EventKind::Balance || e.kind == EventKind::Trust) && e.subject == account)
                item.events.append(e);
        out.append(item);
    }
    return out;
}

ReplaySummary Timeline::summary() const
{
    ReplaySummary s;
    s.entries = int(m_outcomes.size());
    s.unreadable = int(m_unreadable.size());
    int maxStorage = -1;
    for (const EntryOutcome &o : m_outcomes) {
        s.byStatus[QString::fromLatin1(entryStatusName(o.status))] += 1;
        if (o.status == EntryStatus::Rejected)
            s.byReason[QString::fromLatin1(rejectReasonName(o.reason))] += 1;
        if (o.status == EntryStatus::Valid && !o.trusted)
            ++s.untrusted;
        if (o.doubleSpend)
            ++s.doubleSpends;
        if (o.storageIndex < maxStorage)
            ++s.outOfStorageOrder;
        maxStorage = std::max(maxStorage, o.storageIndex);
    }
    return s;
}

} // namespace seedscope::ledger
