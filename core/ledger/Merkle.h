// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFC 9162 section 2.1 Merkle trees (Certificate Transparency v2): leaf hash =
// SHA-256(0x00 || leaf), node hash = SHA-256(0x01 || left || right), split at the
// largest power of two below n, the last leaf never duplicated. Used for state_root
// (sorted state records) and log_root (journal entry hashes).

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace seedscope::ledger::merkle {

QByteArray leafHash(QByteArrayView leaf);
QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
// MTH over already-hashed leaves; the empty tree's root is SHA-256 of nothing.
QByteArray rootOf(const QList<QByteArray> &leafHashes);

// RFC 9162 2.1.3.1 PATH(index, D[n]).
QList<QByteArray> inclusionProof(const QList<QByteArray> &leafHashes, uint64_t index);
// RFC 9162 2.1.3.2; false on any mismatch or malformed input (never throws, never loops forever).
bool verifyInclusion(uint64_t index, uint64_t treeSize, QByteArrayView leafHash, const QList<QByteArray> &proof,
                     QByteArrayView root);
// RFC 9162 2.1.4.1 PROOF(m, D[n]) for 0 < oldSize <= n (empty otherwise).
QList<QByteArray> consistencyProof(const QList<QByteArray> &leafHashes, uint64_t oldSize);
// RFC 9162 2.1.4.2. oldSize == newSize requires an empty proof and equal roots;
// oldSize == 0 requires an empty proof.
bool verifyConsistency(uint64_t oldSize, uint64_t newSize, QByteArrayView oldRoot, QByteArrayView newRoot,
                       const QList<QByteArray> &proof);

// An append-only log holding only the O(log n) roots of its perfect subtrees (a compact
// range), so log_root over a million entries needs a few hundred bytes.
class MerkleLog {
public:
    void append(const QByteArray &leafHash);
    void appendLeaf(QByteArrayView leaf) { append(leafHash(leaf)); }
    uint64_t size() const { return m_size; }
    QByteArray root() const;
    // The compact range: perfect-subtree roots from left (largest) to right.
    const QList<QByteArray> &nodes() const { return m_nodes; }

private:
    QList<QByteArray> m_nodes;
    QList<uint64_t> m_sizes;
    uint64_t m_size = 0;
};

} // namespace seedscope::ledger::merkle
