// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixed-size byte values for the ledger's ids, hashes, keys and signatures. A journal
// entry held its ids as QByteArray: a 24-byte header plus a heap block each, and the
// ledger state's maps a tree node plus heap keys per entry (docs/performance.md, "Verify
// memory, fourth pass"). These hold their bytes inline and copy as plain memory.
//
// A value is either absent or exactly N bytes, which is all a QByteArray id ever was in
// a well-formed entry: absent stands where an empty QByteArray stood (an entry without a
// dependency, a body field the type does not use). A QByteArray of any other length
// converts to absent, which every validator rejects as it rejected the wrong length
// (structural BAD_FORMAT). Order is absent first, then the bytes as memcmp orders them:
// the order QByteArray keys had, so maps still iterate in canonical record order.

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <functional>

namespace seedscope::ledger {

template<int N>
class FixedBytes {
public:
    static constexpr int kSize = N;

    FixedBytes() = default; // absent
    // Implicit on purpose: ids come from byte buffers (readers, key ids, test kits).
    FixedBytes(const QByteArray &bytes) { assign(QByteArrayView(bytes)); }
    static FixedBytes fromBytes(QByteArrayView bytes)
    {
        FixedBytes v;
        v.assign(bytes);
        return v;
    }
    static FixedBytes fromRaw(const void *nBytes)
    {
        FixedBytes v;
        std::memcpy(v.m_bytes.data(), nBytes, N);
        v.m_present = true;
        return v;
    }
    static FixedBytes zero() // present, all bytes zero (for an id: the network authority)
    {
        FixedBytes v;
        v.m_present = true;
        return v;
    }

    bool isEmpty() const { return !m_present; }
    bool isPresent() const { return m_present; }
    qsizetype size() const { return m_present ? N : 0; }
    // Byte-container shape, so a value passes wherever a QByteArrayView is taken.
    const uint8_t *data() const { return m_bytes.data(); }
    const uint8_t *begin() const { return m_bytes.data(); }
    const uint8_t *end() const { return m_bytes.data() + size(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), size()); }
    QByteArray toByteArray() const { return view().toByteArray(); }
    QByteArray toHex(char separator = '\0') const { return toByteArray().toHex(separator); }

    friend bool operator==(const FixedBytes &a, const FixedBytes &b)
    {
        return a.m_present == b.m_present && std::memcmp(a.m_bytes.data(), b.m_bytes.data(), N) == 0;
    }
    friend std::strong_ordering operator<=>(const FixedBytes &a, const FixedBytes &b)
    {
        if (a.m_present != b.m_present)
            return a.m_present <=> b.m_present;
        return std::memcmp(a.m_bytes.data(), b.m_bytes.data(), N) <=> 0;
    }
    friend size_t qHash(const FixedBytes &v, size_t seed = 0) { return qHashBits(v.m_bytes.data(), N, seed) ^ size_t(v.m_present); }

private:
    void assign(QByteArrayView bytes)
    {
        m_present = bytes.size() == N;
        if (m_present)
            std::memcpy(m_bytes.data(), bytes.data(), N);
    }

    std::array<uint8_t, N> m_bytes{}; // zero when absent, so equal values compare equal bytewise
    bool m_present = false;
};

using Id16 = FixedBytes<16>;
using Hash32 = FixedBytes<32>;     // SHA-256 digests
using PublicKey32 = FixedBytes<32>; // raw Ed25519 public keys
using Signature64 = FixedBytes<64>; // Ed25519 signatures

static_assert(sizeof(Id16) == 17 && std::is_trivially_copyable_v<Id16>);

} // namespace seedscope::ledger

template<int N>
struct std::hash<seedscope::ledger::FixedBytes<N>> {
    size_t operator()(const seedscope::ledger::FixedBytes<N> &v) const noexcept { return qHash(v); }
};
