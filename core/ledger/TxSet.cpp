// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/TxSet.h"

#include <QHashFunctions>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace seedscope::ledger {

namespace {

// Below this the tail is never folded: a small set is all tail, and a copy of a large
// one (a checkpoint state after its delta, a state queried from a snapshot) adds a few
// records to a shared base without rewriting it.
constexpr size_t kMinTail = 1024;

TxSet::Key keyOf(const TxId &id)
{
    TxSet::Key k{};
    std::memcpy(k.data(), id.data(), k.size()); // an absent id's bytes are zero
    return k;
}

TxSet::Digest digestOf(const Hash32 &h)
{
    TxSet::Digest d{};
    std::memcpy(d.data(), h.data(), d.size());
    return d;
}

size_t slotOf(const TxSet::Key &k, size_t mask)
{
    // Seeded per process: crafted tx_ids cannot line up in one probe chain.
    return qHashBits(k.data(), k.size(), QHashSeed::globalSeed()) & mask;
}

} // namespace

bool TxSet::keyLess(const Key &a, const Key &b)
{
    const quint64 a0 = qFromBigEndian<quint64>(a.data()), b0 = qFromBigEndian<quint64>(b.data());
    if (a0 != b0)
        return a0 < b0;
    return qFromBigEndian<quint64>(a.data() + 8) < qFromBigEndian<quint64>(b.data() + 8);
}

qsizetype TxSet::baseIndex(const Key &k) const
{
    if (!m_base)
        return -1;
    const auto &keys = m_base->keys;
    const auto it = std::lower_bound(keys.cbegin(), keys.cend(), k, keyLess);
    if (it == keys.cend() || *it != k)
        return -1;
    const qsizetype i = it - keys.cbegin();
    return m_base->stamps[size_t(i)] < m_visible ? i : -1;
}

qsizetype TxSet::tailIndex(const Key &k) const
{
    if (m_tailKeys.empty())
        return -1;
    const size_t mask = m_tailSlots.size() - 1;
    for (size_t s = slotOf(k, mask);; s = (s + 1) & mask) {
        const uint32_t v = m_tailSlots[s];
        if (v == 0)
            return -1;
        if (m_tailKeys[v - 1] == k)
            return qsizetype(v - 1);
    }
}

const uint8_t *TxSet::find(const TxId &id) const
{
    const Key k = keyOf(id);
    if (const qsizetype t = tailIndex(k); t >= 0)
        return m_tailHashes[size_t(t)].data();
    if (const qsizetype b = baseIndex(k); b >= 0)
        return m_base->hashes[size_t(b)].data();
    return nullptr;
}

void TxSet::rebuildTailIndex()
{
    size_t cap = 16;
    while (cap < 4 * m_tailKeys.size())
        cap *= 2;
    m_tailSlots.assign(cap, 0);
    const size_t mask = cap - 1;
    for (size_t i = 0; i < m_tailKeys.size(); ++i) {
        size_t s = slotOf(m_tailKeys[i], mask);
        while (m_tailSlots[s] != 0)
            s = (s + 1) & mask;
        m_tailSlots[s] = uint32_t(i + 1);
    }
}

void TxSet::tailAppend(const Key &k, const Digest &h)
{
    m_tailKeys.push_back(k);
    m_tailHashes.push_back(h);
    if (m_tailSlots.size() < 2 * m_tailKeys.size()) {
        rebuildTailIndex();
        return;
    }
    const size_t mask = m_tailSlots.size() - 1;
    size_t s = slotOf(k, mask);
    while (m_tailSlots[s] != 0)
        s = (s + 1) & mask;
    m_tailSlots[s] = uint32_t(m_tailKeys.size());
}

void TxSet::insert(const TxId &id, const Hash32 &hash)
{
    const Key k = keyOf(id);
    const Digest d = digestOf(hash);
    if (const qsizetype t = tailIndex(k); t >= 0) {
        m_tailHashes[size_t(t)] = d;
        return;
    }
    if (const qsizetype b = baseIndex(k); b >= 0) {
        if (m_base->hashes[size_t(b)] == d)
            return;
        if (m_base.use_count() > 1) {
            m_base = std::make_shared<Base>(*m_base);
            m_base->filling = false;
        }
        m_base->hashes[size_t(b)] = d; // same record, same stamp
        return;
    }
    if (reveal(k, d))
        return;
    // Records arriving in key order into a base of our own that is still being filled so
    // (a decoded state) go straight into it. A merged base is sized exactly: the rare
    // random key above all others would double its arrays for one record.
    if (m_tailKeys.empty() && (!m_base || (m_base->filling && m_base.use_count() == 1 && m_visible == m_base->keys.size()))
        && (m_visible == 0 || keyLess(m_base->keys.back(), k))) {
        if (!m_base) {
            m_base = std::make_shared<Base>();
            m_base->filling = true;
        }
        m_base->keys.push_back(k);
        m_base->hashes.push_back(d);
        m_base->stamps.push_back(uint32_t(m_visible));
        ++m_visible;
        return;
    }
    tailAppend(k, d);
    // Folding writes a whole new base beside the old one. Into a base of our own that is
    // the way the set grows (a quarter at a time, so the copying stays linear). A base
    // shared with other states (a replay from a checkpoint's state, a state queried from
    // a snapshot) stays shared until the tail is as large as it: a checkpoint's
    // cross-proof adds one checkpoint interval of records, and a private copy of the
    // whole set per proof running was most of verify's peak memory.
    const size_t foldAt = m_base && m_base.use_count() > 1 ? m_visible : m_visible / 4;
    if (m_tailKeys.size() >= std::max(kMinTail, foldAt))
        merge();
}

std::vector<uint32_t> TxSet::sortedTail() const
{
    std::vector<uint32_t> order(m_tailKeys.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = uint32_t(i);
    std::sort(order.begin(), order.end(), [this](uint32_t a, uint32_t b) { return keyLess(m_tailKeys[a], m_tailKeys[b]); });
    return order;
}

void TxSet::merge()
{
    if (m_tailKeys.empty() && (!m_base || m_visible == m_base->keys.size()))
        return;
    const size_t n = size();
    if (m_base && m_base.use_count() == 1 && m_visible == m_base->keys.size()) {
        mergeInPlace();
        return;
    }
    auto next = std::make_shared<Base>();
    next->keys.reserve(n);
    next->hashes.reserve(n);
    next->stamps.reserve(n);
    const std::vector<uint32_t> order = sortedTail();
    const size_t nb = m_base ? m_base->keys.size() : 0;
    size_t b = 0, t = 0;
    for (;;) {
        while (b < nb && m_base->stamps[b] >= m_visible)
            ++b;
        const bool haveB = b < nb, haveT = t < order.size();
        if (!haveB && !haveT)
            break;
        if (haveB && (!haveT || keyLess(m_base->keys[b], m_tailKeys[order[t]]))) {
            next->keys.push_back(m_base->keys[b]);
            next->hashes.push_back(m_base->hashes[b]);
            next->stamps.push_back(m_base->stamps[b]);
            ++b;
        } else {
            next->keys.push_back(m_tailKeys[order[t]]);
            next->hashes.push_back(m_tailHashes[order[t]]);
            next->stamps.push_back(uint32_t(m_visible + order[t]));
            ++t;
        }
    }
    m_base = std::move(next);
    m_visible = n;
    clearTail();
}

// A base of our own with every record visible: the tail is merged into it from the back,
// after its arrays grow (a remap of their pages, not a copy, once they are large), so a
// fold never holds the set twice.
void TxSet::mergeInPlace()
{
    const std::vector<uint32_t> order = sortedTail();
    Base &b = *m_base;
    const size_t n = size();
    b.keys.resize(n);
    b.hashes.resize(n);
    b.stamps.resize(n);
    size_t i = m_visible, j = order.size(), k = n;
    while (j > 0) {
        --k;
        const uint32_t t = order[j - 1];
        if (i > 0 && keyLess(m_tailKeys[t], b.keys[i - 1])) {
            --i;
            b.keys[k] = b.keys[i];
            b.hashes[k] = b.hashes[i];
            b.stamps[k] = b.stamps[i];
        } else {
            b.keys[k] = m_tailKeys[t];
            b.hashes[k] = m_tailHashes[t];
            b.stamps[k] = uint32_t(m_visible + t);
            --j;
        }
    }
    b.filling = false; // sized exactly: no more in-order appends (insert)
    m_visible = n;
    clearTail();
}

void TxSet::clearTail()
{
    m_tailKeys.clear();
    m_tailKeys.shrink_to_fit();
    m_tailHashes.clear();
    m_tailHashes.shrink_to_fit();
    m_tailSlots.clear();
    m_tailSlots.shrink_to_fit();
}

void TxSet::reserve(qint64 n)
{
    if (!empty() || m_base || n <= 0)
        return;
    m_base = std::make_shared<Base>();
    m_base->filling = true;
    m_base->keys.reserve(size_t(n));
    m_base->hashes.reserve(size_t(n));
    m_base->stamps.reserve(size_t(n));
}

void TxSet::freeze()
{
    merge();
    // A base filled record by record (a decoded checkpoint state) grew its arrays by
    // doubling: up to twice the records' size, for as long as the state is kept.
    if (m_base && m_base.use_count() == 1 && m_base->keys.capacity() - m_base->keys.size() > m_base->keys.size() / 8 + 64) {
        m_base->keys.shrink_to_fit();
        m_base->hashes.shrink_to_fit();
        m_base->stamps.shrink_to_fit();
    }
}

bool TxSet::erase(const TxId &id)
{
    if (!find(id))
        return false;
    merge();
    const qsizetype i = baseIndex(keyOf(id));
    auto next = std::make_shared<Base>(*m_base);
    const uint32_t gone = next->stamps[size_t(i)];
    next->keys.erase(next->keys.begin() + i);
    next->hashes.erase(next->hashes.begin() + i);
    next->stamps.erase(next->stamps.begin() + i);
    for (uint32_t &s : next->stamps)
        if (s > gone)
            --s; // stamps stay dense and in insertion order
    m_base = std::move(next);
    --m_visible;
    return true;
}

TxSet TxSet::prefix(size_t count) const
{
    if (count >= size())
        return *this;
    TxSet out;
    out.m_base = m_base;
    out.m_visible = std::min(count, m_visible);
    for (size_t i = 0; m_visible + i < count; ++i)
        out.tailAppend(m_tailKeys[i], m_tailHashes[i]);
    return out;
}

TxSet TxSet::share()
{
    if (m_tailKeys.size() >= kMinTail && (!m_base || (m_base.use_count() == 1 && m_visible == m_base->keys.size())))
        merge();
    return *this;
}

bool TxSet::rebaseOnto(const TxSet &part)
{
    if (part.size() > size() || (sharesBaseWith(part) && m_visible >= part.m_visible))
        return false;
    // Both walked in key order (keyLess is byte order): each record of `part` must be met
    // in this set; this set's others go into the copy's tail as they are met.
    TxSet out = part;
    Cursor mine(*this), theirs(part);
    const uint8_t *mk, *mh, *pk = nullptr, *ph = nullptr;
    bool haveP = theirs.next(pk, ph);
    while (mine.next(mk, mh)) {
        if (haveP) {
            const int c = std::memcmp(pk, mk, kIdSize);
            if (c < 0)
                return false; // `part` holds a record this set does not
            if (c == 0) {
                if (std::memcmp(ph, mh, 32) != 0)
                    return false;
                haveP = theirs.next(pk, ph);
                continue;
            }
        }
        Key k;
        Digest d;
        std::memcpy(k.data(), mk, k.size());
        std::memcpy(d.data(), mh, d.size());
        out.tailAppend(k, d);
    }
    if (haveP)
        return false;
    *this = std::move(out);
    return true;
}

bool TxSet::reveal(const Key &k, const Digest &h)
{
    if (!m_base || m_base->reveal.owner != this || !m_tailKeys.empty())
        return false;
    Base &b = *m_base;
    const auto it = std::lower_bound(b.keys.cbegin(), b.keys.cend(), k, keyLess);
    const size_t i = size_t(it - b.keys.cbegin());
    if (it == b.keys.cend() || *it != k || b.stamps[i] < m_visible || b.hashes[i] != h) {
        // The record goes to the tail, and with a tail nothing more is revealed.
        b.reveal = {};
        return false;
    }
    // The record takes stamp m_visible; the hidden one that had it takes the record's.
    std::vector<uint32_t> &pos = b.reveal.positions;
    const uint32_t mine = b.stamps[i], next = uint32_t(m_visible);
    const uint32_t j = pos[next];
    b.stamps[j] = mine;
    pos[mine] = j;
    b.stamps[i] = next;
    pos[next] = uint32_t(i);
    ++m_visible;
    return true;
}

TxSet::Revealing::Revealing(TxSet &set, const TxSet &whole)
{
    const std::shared_ptr<Base> &b = whole.m_base;
    if (!set.empty() || set.m_base || !b || b->reveal.owner || !whole.m_tailKeys.empty() || whole.m_visible != b->keys.size())
        return;
    // Every record is visible to `whole`, so its stamps are 0..n-1, each once.
    b->reveal.positions.assign(b->keys.size(), 0);
    for (size_t i = 0; i < b->stamps.size(); ++i)
        b->reveal.positions[b->stamps[i]] = uint32_t(i);
    b->reveal.owner = &set;
    set.m_base = b;
    set.m_visible = 0;
    m_base = b;
}

TxSet::Revealing::~Revealing()
{
    if (const std::shared_ptr<Base> b = m_base.lock())
        b->reveal = {};
}

std::pair<TxId, Hash32> TxSet::front() const
{
    Cursor c(*this);
    const uint8_t *k, *h;
    if (!c.next(k, h))
        return {};
    return {TxId::fromRaw(k), Hash32::fromRaw(h)};
}

bool operator==(const TxSet &a, const TxSet &b)
{
    if (a.size() != b.size())
        return false;
    if (a.m_base == b.m_base && a.m_visible == b.m_visible) {
        // Same shared records: the tails must hold the same records.
        for (size_t i = 0; i < a.m_tailKeys.size(); ++i) {
            const qsizetype j = b.tailIndex(a.m_tailKeys[i]);
            if (j < 0 || b.m_tailHashes[size_t(j)] != a.m_tailHashes[i])
                return false;
        }
        return true;
    }
    TxSet::Cursor ca(a), cb(b);
    const uint8_t *ak, *ah, *bk, *bh;
    while (ca.next(ak, ah)) {
        if (!cb.next(bk, bh) || std::memcmp(ak, bk, kIdSize) != 0 || std::memcmp(ah, bh, 32) != 0)
            return false;
    }
    return true;
}

TxSet::Cursor::Cursor(const TxSet &s) : m_s(s), m_order(s.sortedTail()) {}

bool TxSet::Cursor::next(const uint8_t *&key, const uint8_t *&hash)
{
    const Base *base = m_s.m_base.get();
    const size_t nb = base ? base->keys.size() : 0;
    while (m_b < nb && base->stamps[m_b] >= m_s.m_visible)
        ++m_b;
    const bool haveB = m_b < nb, haveT = m_t < m_order.size();
    if (!haveB && !haveT)
        return false;
    if (haveB && (!haveT || keyLess(base->keys[m_b], m_s.m_tailKeys[m_order[m_t]]))) {
        key = base->keys[m_b].data();
        hash = base->hashes[m_b].data();
        ++m_b;
    } else {
        key = m_s.m_tailKeys[m_order[m_t]].data();
        hash = m_s.m_tailHashes[m_order[m_t]].data();
        ++m_t;
    }
    return true;
}

} // namespace seedscope::ledger
