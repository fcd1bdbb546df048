// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Merkle.h"

#include "crypto/Hash.h"

#include <bit>

namespace seedscope::ledger::merkle {

namespace {

// Largest power of two strictly below n (n >= 2).
uint64_t splitPoint(uint64_t n) { return std::bit_floor(n - 1); }

QByteArray mth(const QList<QByteArray> &h, uint64_t begin, uint64_t end)
{
    const uint64_t n = end - begin;
    if (n == 0)
        return crypto::sha256(QByteArray());
    if (n == 1)
        return h[qsizetype(begin)];
    const uint64_t k = splitPoint(n);
    return nodeHash(mth(h, begin, begin + k), mth(h, begin + k, end));
}

void path(const QList<QByteArray> &h, uint64_t m, uint64_t begin, uint64_t end, QList<QByteArray> &out)
{
    const uint64_t n = end - begin;
    if (n <= 1)
        return;
    const uint64_t k = splitPoint(n);
    if (m < k) {
        path(h, m, begin, begin + k, out);
        out.append(mth(h, begin + k, end));
    } else {
        path(h, m - k, begin + k, end, out);
        out.append(mth(h, begin, begin + k));
    }
}

void subproof(const QList<QByteArray> &h, uint64_t m, uint64_t begin, uint64_t end, bool complete, QList<QByteArray> &out)
{
    const uint64_t n = end - begin;
    if (m == n) {
        if (!complete)
            out.append(mth(h, begin, end));
        return;
    }
    const uint64_t k = splitPoint(n);
    if (m <= k) {
        subproof(h, m, begin, begin + k, complete, out);
        out.append(mth(h, begin + k, end));
    } else {
        subproof(h, m - k, begin + k, end, false, out);
        out.append(mth(h, begin, begin + k));
    }
}

bool isHash(QByteArrayView b) { return b.size() == crypto::kSha256Size; }

} // namespace

QByteArray leafHash(QByteArrayView leaf)
{
    crypto::Sha256 h;
    h.update(QByteArrayView("\x00", 1));
    h.update(leaf);
    return h.finish();
}

QByteArray nodeHash(QByteArrayView left, QByteArrayView right)
{
    crypto::Sha256 h;
    h.update(QByteArrayView("\x01", 1));
    h.update(left);
    h.update(right);
    return h.finish();
}

QByteArray rootOf(const QList<QByteArray> &leafHashes) { return mth(leafHashes, 0, uint64_t(leafHashes.size())); }

QList<QByteArray> inclusionProof(const QList<QByteArray> &leafHashes, uint64_t index)
{
    QList<QByteArray> out;
    if (index < uint64_t(leafHashes.size()))
        path(leafHashes, index, 0, uint64_t(leafHashes.size()), out);
    return out;
}

bool verifyInclusion(uint64_t index, uint64_t treeSize, QByteArrayView leaf, const QList<QByteArray> &proof, QByteArrayView root)
{
    if (index >= treeSize || !isHash(leaf) || !isHash(root))
        return false;
    uint64_t fn = index;
    uint64_t sn = treeSize - 1;
    QByteArray r = leaf.toByteArray();
    for (const QByteArray &p : proof) {
        if (sn == 0 || !isHash(p))
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

QList<QByteArray> consistencyProof(const QList<QByteArray> &leafHashes, uint64_t oldSize)
{
    QList<QByteArray> out;
    const uint64_t n = uint64_t(leafHashes.size());
    if (oldSize == 0 || oldSize >= n)
        return out;
    subproof(leafHashes, oldSize, 0, n, true, out);
    return out;
}

bool verifyConsistency(uint64_t oldSize, uint64_t newSize, QByteArrayView oldRoot, QByteArrayView newRoot,
                       const QList<QByteArray> &proof)
{
    if (!isHash(oldRoot) || !isHash(newRoot) || oldSize > newSize)
        return false;
    if (oldSize == newSize)
        return proof.isEmpty() && oldRoot == newRoot;
    if (oldSize == 0)
        return proof.isEmpty();
    if (proof.isEmpty())
        return false;
    for (const QByteArray &p : proof)
        if (!isHash(p))
            return false;
    QList<QByteArray> path = proof;
    if (std::has_single_bit(oldSize))
        path.prepend(oldRoot.toByteArray());
    uint64_t fn = oldSize - 1;
    uint64_t sn = newSize - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path[0];
    QByteArray sr = path[0];
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray &c = path[i];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == oldRoot && sr == newRoot && sn == 0;
}

void MerkleLog::append(const QByteArray &leafHash)
{
    m_nodes.append(leafHash);
    m_sizes.append(1);
    ++m_size;
    while (m_sizes.size() >= 2 && m_sizes[m_sizes.size() - 1] == m_sizes[m_sizes.size() - 2]) {
        const QByteArray right = m_nodes.takeLast();
        const uint64_t sz = m_sizes.takeLast();
        m_nodes.last() = nodeHash(m_nodes.last(), right);
        m_sizes.last() += sz;
    }
}

QByteArray MerkleLog::root() const
{
    if (m_nodes.isEmpty())
        return crypto::sha256(QByteArray());
    QByteArray r = m_nodes.last();
    for (qsizetype i = m_nodes.size() - 2; i >= 0; --i)
        r = nodeHash(m_nodes[i], r);
    return r;
}

} // namespace seedscope::ledger::merkle
