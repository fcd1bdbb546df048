// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Replay into a timeline (docs/ledger-rules.md "Replay"): signatures verified up front
// in parallel (Ed25519 verification dominates), then entries applied sequentially in
// canonical order from a start state (genesis or a checkpoint). The timeline keeps every
// entry's outcome and events plus periodic state snapshots, so the state at any position
// or Lamport value costs at most one snapshot interval of forward replay.

#include "findings/Finding.h"
#include "ledger/Apply.h"
#include "ledger/ItemVerdicts.h"
#include "util/Progress.h"

#include <QHash>
#include <QSharedData>

#include <memory>
#include <optional>
#include <utility>

namespace seedscope::ledger {

// One journal entry as the dump reader hands it over: its canonical bytes, not the decoded
// entry. A decoded `Entry` is about 300 bytes and a journal holds one item per entry for
// as long as its timeline lives, while the bytes are already in the evidence; each reader
// decodes the entry when it needs it (decodeEntry is a bounded parse, far below a
// signature check), so no decoded entry outlives the step that reads it.
struct JournalItem {
    uint64_t journalSeq = 0;
    qint64 offset = -1;         // absolute evidence offset of the journal record, -1 if unknown

    // An item of a dump: `bytes` must outlive the item (it is not copied). `decodes` is what
    // the reader found when it decoded them (dump::RecordInfo::entryDecodes): they are
    // decoded here again only when they did not, for the error's text.
    static JournalItem fromStored(QByteArrayView bytes, bool decodes, uint64_t journalSeq, qint64 offset);
    // An item holding its own encoding of `e` (tests, synthetic journals).
    static JournalItem fromEntry(const Entry &e, uint64_t journalSeq, qint64 offset);
    static JournalItem unreadable(uint64_t journalSeq, qint64 offset, qint64 length, const QString &error);

    // The entry's canonical bytes (EntryCodec.h). For a dump's items, a view of the bytes
    // the dump image keeps alive (the mapped evidence, the image's copy or its decrypted
    // payloads; DumpLedger keeps them); for an item made from an Entry, a buffer of its own.
    QByteArrayView bytes() const
    {
        if (!m_hasExtra)
            return QByteArrayView(static_cast<const char *>(m_ptr), qsizetype(m_size));
        return extra()->undecodable ? QByteArrayView() : QByteArrayView(extra()->owned);
    }
    bool decodes() const { return !m_hasExtra || !extra()->undecodable; }
    // The decoded entry; nullopt for an unreadable item.
    std::optional<Entry> decoded() const;
    // decodes() must hold. Should the bytes underneath have changed since the item was
    // made (evidence rewritten while mapped, which the session detects by its re-hash),
    // an empty entry, never undefined behaviour.
    Entry entry() const { return decoded().value_or(Entry{}); }
    qint64 rawLength() const { return m_hasExtra && extra()->undecodable ? extra()->length : 0; }
    QString decodeError() const { return m_hasExtra && extra()->undecodable ? extra()->error : QString(); }

    JournalItem() = default;
    JournalItem(const JournalItem &o) : journalSeq(o.journalSeq), offset(o.offset), m_ptr(o.m_ptr), m_size(o.m_size), m_hasExtra(o.m_hasExtra)
    {
        if (m_hasExtra)
            extra()->ref.ref();
    }
    JournalItem(JournalItem &&o) noexcept : journalSeq(o.journalSeq), offset(o.offset), m_ptr(o.m_ptr), m_size(o.m_size), m_hasExtra(o.m_hasExtra)
    {
        o.m_ptr = nullptr;
        o.m_size = 0;
        o.m_hasExtra = false;
    }
    JournalItem &operator=(JournalItem o) noexcept
    {
        std::swap(journalSeq, o.journalSeq);
        std::swap(offset, o.offset);
        std::swap(m_ptr, o.m_ptr);
        std::swap(m_size, o.m_size);
        std::swap(m_hasExtra, o.m_hasExtra);
        return *this;
    }
    ~JournalItem()
    {
        if (m_hasExtra && !extra()->ref.deref())
            delete extra();
    }

private:
    // What few items have: bytes of their own, or why their bytes did not decode. It
    // takes the place of the bytes' address (a journal keeps an item per entry for the
    // whole session: 32 bytes, not 40 with a pointer of its own, nor 56 with a buffer and
    // a shared pointer).
    struct Extra : QSharedData {
        QByteArray owned;
        bool undecodable = false;
        qint64 length = 0;      // of the stored entry bytes: the finding's span
        QString error;
    };
    const Extra *extra() const { return static_cast<const Extra *>(m_ptr); }
    void adopt(const Extra *x)
    {
        x->ref.ref();
        m_ptr = x;
        m_size = 0;
        m_hasExtra = true;
    }
    const void *m_ptr = nullptr; // the entry bytes, or the Extra when m_hasExtra
    uint32_t m_size = 0;         // an entry is inside one record's payload (u32 length)
    bool m_hasExtra = false;
};
static_assert(sizeof(JournalItem) <= 32, "a journal keeps one item per entry for the whole session");

// The items of a journal with a sequence in (after, upTo], in storage order, as indices
// into it: a replay of a range reads them there (a copy of each range's items would hold
// the journal's entries twice). And how many there are, without listing them.
QList<int> journalItemsBetween(const QList<JournalItem> &items, uint64_t after, uint64_t upTo);
qsizetype journalItemsCountBetween(const QList<JournalItem> &items, uint64_t after, uint64_t upTo);

// A state the replay compares with its own on the way: when the entries with journal
// sequence up to `upToSeq` are exactly the first ones in canonical order, the state after
// them (journalPosition set to upToSeq) is compared with *expected. A checkpoint
// cross-proof whose range is such a stretch of the whole journal then needs no replay of
// its own (dumpledger/DumpLedger.cpp).
struct PrefixProbe {
    uint64_t upToSeq = 0;
    const LedgerState *expected = nullptr;
    // When set (to the state `expected` points at, which no other thread reads meanwhile)
    // and the probe finds it equal, that state's tx_id set becomes a copy of the replay's
    // (TxSet::share): the same records, held once. A decoded checkpoint's set is the
    // largest thing a verification holds beside the replay's own.
    LedgerState *sharesTxs = nullptr;
};
enum class ProbeResult : uint8_t { NotAPrefix, Equal, Differs };

// Where the replay of the entries up to journal sequence `upToSeq` parts from the whole
// journal's. Canonical order of those entries is the whole journal's canonical order with
// the later entries left out, so both replays apply the same first `applied` entries (up
// to the first entry past upToSeq) and reach `state`; the range's replay then goes on
// with `rest` alone. A checkpoint's cross-proof over such a range thus replays only the
// entries that arrived out of order around its end instead of the whole range again
// (ledger/CrossProof.h, crossProveFromFork).
struct ReplayFork {
    uint64_t upToSeq = 0;
    int applied = 0;
    LedgerState state;
    QList<int> rest; // journal indices, canonical order
};

struct ReplayOptions {
    QString evidence;           // names the evidence in findings
    int snapshotInterval = 256; // entries between snapshots (raised so that at most maxSnapshots exist)
    int maxSnapshots = 1024;    // 0: none (a replay only its outcomes and final state are read from)
    // A snapshot's tx_id set is a view of the final state's (TxSet::prefix), so it holds
    // only its accounts, groups, origins and spend windows. Those grow with the entries
    // only on crafted or unusual journals; when the records held across all snapshots
    // pass this budget (about 200 bytes each), every other snapshot is dropped and the
    // interval doubles, so a query replays at most the interval (no signature checks).
    qint64 snapshotBudgetRecords = 2'000'000;
    bool parallelSignatures = true;
    bool storageOrder = false;  // apply in storage order instead of canonical order (diagnostics only)
    // Keep each outcome's balance and trust events (and the per-account index built from
    // them). Provenance and charts need them; a verification reads only statuses and
    // verdicts, and the events are about a third of a timeline's memory.
    bool keepEvents = true;
    // Keep the per-entry outcomes (and the findings made from them). A replay read only
    // for its final state and probe results (a checkpoint cross-proof that reproduces)
    // keeps none: outcomes(), summary() and the per-entry findings are then empty, and
    // states other than the final one are not available.
    bool keepOutcomes = true;
    // With keepOutcomes: keep only the outcomes that carry a finding (a status other than
    // valid, an untrusted or unchecked signature, a double spend, a key rotation, the first
    // entry stored out of canonical order), in canonical order. Findings are the same; a
    // verification reads nothing else of them, and an outcome per entry was megabytes at
    // verify's peak. outcomes() then skips entries: positions, states other than the final
    // one, the summary and the per-account index of events are not available.
    bool notableOutcomesOnly = false;
    // Signature verdicts already reached, indexed like the journal list replayed (not the
    // selection): a checkpoint cross-proof replays a range of the journal the main replay
    // has checked, and takes its verdicts instead of checking the same signatures again.
    // Entries with no verdict here are checked.
    const ItemVerdicts *knownVerdicts = nullptr;
    // When set, it fills *knownVerdicts while the replay runs: each entry's verdict is read
    // only after verdictFeed->await(its item), as the entry is applied, and a feed that
    // reports a stop cancels the replay. The items it covers (every index of *knownVerdicts)
    // are then not checked here.
    const VerdictFeed *verdictFeed = nullptr;
    QList<PrefixProbe> probes;  // answered in Timeline::probeResults(), in this order
    // Tx_id sets that move onto this replay's storage as it goes (TxSet::rebaseOnto): at
    // the point where forks[fork] is taken (ReplayFork::applied), `state`'s set is rebased
    // onto the replay's set then, which holds the records of the entries up to that fork's
    // sequence applied so far. A verification
    // passes its decoded checkpoint states: each then holds only what the replay had not
    // applied there, not a second copy of every record. A set that lacks any of those
    // records (a checkpoint that does not match the journal), or holds more than half as
    // many again (its rest would make a large tail), is left as it is. The states'
    // records do not change; no other thread may read them while the replay runs.
    struct Rebase {
        qsizetype fork = -1; // index into forks
        LedgerState *state = nullptr;
    };
    QList<Rebase> rebases;
    // Records the replay expects to apply, held by a decoded state (a FULL checkpoint's):
    // a replay from an empty set reads them in place as it applies their entries
    // (TxSet::Revealing) rather than building its own copy. Entries that record anything
    // else are recorded as usual. The same contract as rebases while the replay runs.
    const TxSet *expectedRecords = nullptr;
    // Journal sequences to fork at (ReplayFork), answered in Timeline::forks() in this
    // order. Each holds a copy of the state then (its tx_id set shares the replay's).
    QList<uint64_t> forks;
};

// What few outcomes carry: a rejection's text, and the events when the replay keeps them.
// Held by the timeline beside its outcomes (an outcome names its row), not in every one.
struct OutcomeExtras {
    QList<QString> details;
    QList<QList<Event>> events;
};

struct EntryOutcome {
    int storageIndex = -1;      // index in the input list (storage order)
    int m_extra = -1;           // row in *m_extras, -1 none
    uint64_t journalSeq = 0;
    qint64 offset = -1;
    uint64_t lamport = 0;       // the entry's, kept for position lookups and charts without a decode
    // The entry, decoded from the timeline's input (a list shared with the caller's, not a
    // copy per outcome): valid as long as the timeline that produced this outcome. Each
    // call decodes; a caller reading several fields takes one copy.
    Entry entry() const { return m_item->entry(); }
    // Why the entry was not applied as is (empty for most), and its balance and trust
    // events (empty unless ReplayOptions::keepEvents): valid as long as the timeline.
    const QString &detail() const;
    const QList<Event> &events() const;
    SignatureVerdict verdict;
    EntryStatus status = EntryStatus::Valid;
    RejectReason reason = RejectReason::None;
    bool trusted = false;
    bool doubleSpend = false;
    const JournalItem *m_item = nullptr;
    const OutcomeExtras *m_extras = nullptr;
};
static_assert(sizeof(EntryOutcome) <= 64, "a timeline holds one outcome per entry");

struct ProvenanceItem {
    int index = -1;             // canonical index; -1 = the start state (checkpoint opening value)
    TxId txId;
    EntryType type = EntryType::Transfer;
    uint64_t lamport = 0;
    uint64_t journalSeq = 0;
    QList<Event> events;        // this entry's balance and trust events for the account
};

struct ReplaySummary {
    int entries = 0;
    int unreadable = 0;
    QMap<QString, int> byStatus;  // "VALID" -> n
    QMap<QString, int> byReason;  // "INSUFFICIENT_FUNDS" -> n
    int untrusted = 0;            // valid signatures by uncertified keys
    int doubleSpends = 0;
    int outOfStorageOrder = 0;    // entries whose canonical position differs from storage order
};

class Timeline {
public:
    // Progress: stages "signatures" and "replay" (entries). When the token trips the
    // replay stops between chunks and returns a Timeline with cancelled() true, which
    // callers must discard (it holds only a prefix of the outcomes).
    static Timeline replay(const LedgerState &start, const QList<JournalItem> &items, const KeyDirectory &keys,
                           const NetworkParams &params, const ReplayOptions &options = {}, const Progress &progress = {});
    // The same over a selection of a journal (indices into it, storage order), without
    // copying the journal's items; storageIndex then indexes the selection.
    static Timeline replay(const LedgerState &start, const QList<JournalItem> &journal, const QList<int> &selection,
                           const KeyDirectory &keys, const NetworkParams &params, const ReplayOptions &options = {},
                           const Progress &progress = {});
    bool cancelled() const { return m_cancelled; }

    int size() const { return int(m_outcomes.size()); }
    const EntryOutcome &outcome(int canonicalIndex) const { return m_outcomes[canonicalIndex]; }
    const QList<EntryOutcome> &outcomes() const { return m_outcomes; }
    const QList<JournalItem> &unreadable() const { return m_unreadable; }
    const LedgerState &startState() const { return m_start; }
    const LedgerState &finalState() const { return m_final; }
    // The final state moved out (finalState() is empty afterwards): a caller that keeps it
    // beside the timeline would otherwise hold the records the replay added twice.
    LedgerState takeFinalState() { return std::exchange(m_final, LedgerState()); }

    // State after the entry at canonical index i (-1 = the start state). Its
    // journalPosition is the highest journal sequence applied so far.
    LedgerState stateAfter(int canonicalIndex) const;
    // Last canonical index with lamport <= L (-1 if none).
    int indexAtLamport(uint64_t lamport) const;
    // Canonical index of the entry stored at journal sequence seq; when no entry has that
    // sequence, the last one stored before it. -1 if none.
    int indexAtJournalSeq(uint64_t seq) const;
    LedgerState stateAtLamport(uint64_t lamport) const { return stateAfter(indexAtLamport(lamport)); }
    LedgerState stateAtJournalSeq(uint64_t seq) const { return stateAfter(indexAtJournalSeq(seq)); }

    // Entries (up to and including canonical index `upTo`) whose events changed the
    // account's balance or trust, with the start state's opening value first.
    QList<ProvenanceItem> provenance(const AccountId &account, int upTo) const;

    const Findings &findings() const { return m_findings; }
    const QList<ProbeResult> &probeResults() const { return m_probeResults; }
    const QList<ReplayFork> &forks() const { return m_forks; }
    // Once the cross-proofs that start from them are done: a timeline kept for browsing
    // has no use for them.
    void releaseForks() { m_forks.clear(); }
    // Drops one fork's state (its entry stays, so indices and pointers to others hold).
    void releaseFork(qsizetype f)
    {
        if (f >= 0 && f < m_forks.size())
            m_forks[f].state = LedgerState();
    }
    ReplaySummary summary() const;
    int snapshotCount() const { return int(m_snapshots.size()); }

private:
    LedgerState m_start;
    LedgerState m_final;
    KeyDirectory m_keys;
    NetworkParams m_params;
    int m_interval = 256;
    QList<JournalItem> m_input; // shared with the caller's list; outcomes point into it (never modified)
    QList<EntryOutcome> m_outcomes;
    std::shared_ptr<OutcomeExtras> m_extras; // the outcomes' details and events (a stable address)
    QList<JournalItem> m_unreadable;
    QList<LedgerState> m_snapshots; // m_snapshots[k] = state after canonical index (k+1)*interval - 1
    QHash<AccountId, QList<int>> m_touching; // account -> canonical indices with balance/trust events
    Findings m_findings;
    QList<ProbeResult> m_probeResults;
    QList<ReplayFork> m_forks;
    bool m_cancelled = false;
};

// Each replayed entry's verdict, indexed like the journal list (ReplayOptions::knownVerdicts):
// `selection` is the one the timeline replayed (storageIndex indexes it), `journalItems`
// the size of the list it selects from.
ItemVerdicts itemVerdicts(const Timeline &timeline, const QList<int> &selection, qsizetype journalItems);
// Index of the item whose journal record starts at `offset`, -1 if none (items in storage
// order, which is physical order: offsets increase).
qsizetype itemAtOffset(const QList<JournalItem> &items, qint64 offset);

// Verifies every signature, in parallel when asked (util/Parallel.h).
QList<SignatureVerdict> verifySignatures(const QList<const Entry *> &entries, const KeyDirectory &keys, bool parallel);
// The same for journal items (each decodable one decoded where it is checked).
QList<SignatureVerdict> verifySignatures(const QList<const JournalItem *> &items, const KeyDirectory &keys, bool parallel);

} // namespace seedscope::ledger
