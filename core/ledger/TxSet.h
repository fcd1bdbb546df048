// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tx_id set of a ledger state (recorded tx_id -> entryContentHash). It grows by one
// record per applied entry, and a timeline holds many states (snapshots, checkpoint
// states, cross-proof states): as ordered maps every copy cost about 88 bytes per tx_id.
//
// Here the records sit in a sorted, immutable base shared by every copy (48 bytes of key
// and hash plus a 4-byte insertion stamp per record) and a small per-copy tail of the
// records inserted since, folded into a new base once it grows past a quarter of it. A
// copy therefore costs its tail, and a timeline's snapshots cost nothing at all: each is
// a view of the final state's base limited to the records stamped before it (prefix()).
//
// Stamps are dense: the base's records carry 0..n-1 in insertion order, a view with
// `count` shows those below count, and the tail's records follow in insertion order. Only
// erase (and replacing a base record, which the ledger never does) restamps.

#include "ledger/ReallocArray.h"
#include "ledger/Types.h"

#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace seedscope::ledger {

class TxSet;

// A TxSet's sorted storage, shared by the copies of a set (see TxSet).
struct TxSetBase {
    using Key = std::array<uint8_t, kIdSize>;
    using Digest = std::array<uint8_t, 32>;
    ReallocArray<Key> keys; // sorted, unique
    ReallocArray<Digest> hashes;
    ReallocArray<uint32_t> stamps;
    bool filling = false; // built by records arriving in key order, never merged
    // TxSet::Revealing: the one set that may reveal hidden records, and where each stamp
    // at or past its count sits (positions[stamp] = index). A copy of the storage (made
    // by the one set that writes to it) does not carry it: the copy reveals nothing.
    struct Reveal {
        const TxSet *owner = nullptr;
        std::vector<uint32_t> positions;
        Reveal() = default;
        Reveal(const Reveal &) {}
        Reveal &operator=(const Reveal &)
        {
            owner = nullptr;
            positions = std::vector<uint32_t>(); // `= {}` would keep the capacity
            return *this;
        }
    } reveal;
};

class TxSet {
public:
    using Key = std::array<uint8_t, kIdSize>;
    using Digest = std::array<uint8_t, 32>;

    size_t size() const { return m_visible + m_tailKeys.size(); }
    bool empty() const { return size() == 0; }
    // The 32 content-hash bytes recorded for id, nullptr when absent; valid until the set changes.
    const uint8_t *find(const TxId &id) const;
    bool contains(const TxId &id) const { return find(id) != nullptr; }
    // Inserts, or replaces the hash of a recorded id. An absent id is recorded as its
    // (zero) bytes, which is how the encoding writes it.
    void insert(const TxId &id, const Hash32 &hash);
    bool erase(const TxId &id);
    void clear() { *this = TxSet(); }

    // Room for n records arriving in key order (a decoded state); only on an empty set.
    void reserve(qint64 n);
    // Folds the tail into the base; afterwards prefix() shares it.
    void freeze();
    // The first `count` records inserted (all of them when count >= size()). O(1) on a
    // frozen set; otherwise the tail's part is copied.
    TxSet prefix(size_t count) const;
    // A copy for a state that holds the same records: when the base is this set's alone,
    // a large tail is folded into it first (in place), so the copy and this set share
    // every record rather than each holding the tail. A shared base is not rewritten: the
    // copy then takes the tail's records as its own, as any copy does.
    TxSet share();
    // When every record of `part` is in this set, with the same hash: this set becomes a
    // copy of `part` (its storage shared) holding the rest of its own records as a tail,
    // and true. Its records do not change. Otherwise false, and nothing changes. A decoded
    // checkpoint state rebased onto the replay's set at that checkpoint holds only what
    // the replay had not applied yet, instead of a second copy of every record. A set
    // already reading part's storage (and at least what part sees of it) gains nothing:
    // false.
    bool rebaseOnto(const TxSet &part);
    // A set that starts empty on records it expects to be given: a replay from genesis
    // that a decoded checkpoint state has the records of. While a Revealing lives, this
    // set (and no copy of it) reads `whole`'s storage with every record hidden; an insert
    // of a hidden record with the same hash makes it visible in place (it takes the next
    // stamp, swapped with the hidden record that had it, so insertion order holds for
    // prefix() views), instead of building a second copy of every record. Anything else
    // goes to the tail as usual, and once the tail holds a record nothing more is revealed.
    // Other holders of the storage see all of it or a prefix this set has revealed, so the
    // swaps (of stamps no view reads) change nothing for them. `whole` must hold its
    // records in one storage of its own records (a decoded state: no tail, every record
    // visible), and no other thread may read it while the Revealing lives.
    class Revealing {
    public:
        Revealing(TxSet &set, const TxSet &whole);
        ~Revealing();
        Revealing(const Revealing &) = delete;
        Revealing &operator=(const Revealing &) = delete;
        bool active() const { return !m_base.expired(); }

    private:
        std::weak_ptr<TxSetBase> m_base;
    };
    // Both sets read records from one shared base (each may hold a tail of its own).
    bool sharesBaseWith(const TxSet &o) const { return m_base && m_base == o.m_base; }
    // Both sets' records all lie in one shared base (neither holds a tail of its own).
    bool sharesRecordsWith(const TxSet &o) const { return sharesBaseWith(o) && m_tailKeys.empty() && o.m_tailKeys.empty(); }

    // Walks the records in key order (canonical record order): 16 key and 32 hash bytes.
    class Cursor {
    public:
        explicit Cursor(const TxSet &s);
        bool next(const uint8_t *&key, const uint8_t *&hash);

    private:
        const TxSet &m_s;
        std::vector<uint32_t> m_order; // the tail in key order
        size_t m_b = 0, m_t = 0;
    };
    template<class F>
    void forEach(F &&f) const
    {
        Cursor c(*this);
        const uint8_t *k, *h;
        while (c.next(k, h))
            f(k, h);
    }
    // The first record in key order; the set must not be empty.
    std::pair<TxId, Hash32> front() const;

    friend bool operator==(const TxSet &a, const TxSet &b);

    static bool keyLess(const Key &a, const Key &b);

private:
    using Base = TxSetBase;
    friend struct TxSetBase;
    bool reveal(const Key &k, const Digest &h);

    qsizetype baseIndex(const Key &k) const; // visible base record with key k, -1 if none
    qsizetype tailIndex(const Key &k) const;
    std::vector<uint32_t> sortedTail() const; // tail positions in key order
    void tailAppend(const Key &k, const Digest &h);
    void rebuildTailIndex();
    void merge(); // base := visible base + tail, stamps kept (in place when the base is ours)
    void mergeInPlace();
    void clearTail();
    void restamp(); // after an erase or a base replacement: a fresh, dense base

    std::shared_ptr<Base> m_base; // never modified while shared (use_count() > 1)
    size_t m_visible = 0;         // base records with stamp < m_visible are in the set
    std::vector<Key> m_tailKeys;  // insertion order; stamps m_visible + position
    std::vector<Digest> m_tailHashes;
    std::vector<uint32_t> m_tailSlots; // open addressing over the tail: position + 1, 0 empty
};

} // namespace seedscope::ledger
