// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Explicit little-endian encoding (never a memcpy of a struct: padding and byte order). The reader
// is bounds-checked: every read says whether it fit, and a failed read leaves the
// cursor where it was, so a parser can report the exact offset of the short field.

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace seedscope {

inline void putU8(QByteArray &out, uint8_t v) { out.append(char(v)); }
inline void putU16(QByteArray &out, uint16_t v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}
inline void putU32(QByteArray &out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}
inline void putU64(QByteArray &out, uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}
inline void putI64(QByteArray &out, int64_t v) { putU64(out, uint64_t(v)); }
inline void putBytes(QByteArray &out, QByteArrayView b) { out.append(b.data(), b.size()); }

inline uint16_t getU16(const unsigned char *p) { return uint16_t(p[0] | (p[1] << 8)); }
inline uint32_t getU32(const unsigned char *p)
{
    return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}
inline uint64_t getU64(const unsigned char *p) { return uint64_t(getU32(p)) | (uint64_t(getU32(p + 4)) << 32); }

class ByteReader {
public:
    explicit ByteReader(QByteArrayView data, qint64 baseOffset = 0) : m_data(data), m_base(baseOffset) {}

    qint64 position() const { return m_pos; }
    // Absolute offset in the evidence of the next byte to read.
    qint64 absoluteOffset() const { return m_base + m_pos; }
    qint64 remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool seek(qint64 pos)
    {
        if (pos < 0 || pos > m_data.size())
            return false;
        m_pos = pos;
        return true;
    }
    bool skip(qint64 n) { return n >= 0 && n <= remaining() && seek(m_pos + n); }

    std::optional<uint8_t> u8()
    {
        if (remaining() < 1)
            return std::nullopt;
        return uint8_t(m_data[m_pos++]);
    }
    std::optional<uint16_t> u16() { return fixed<uint16_t, 2>(getU16); }
    std::optional<uint32_t> u32() { return fixed<uint32_t, 4>(getU32); }
    std::optional<uint64_t> u64() { return fixed<uint64_t, 8>(getU64); }
    std::optional<int64_t> i64()
    {
        auto v = u64();
        if (!v)
            return std::nullopt;
        return int64_t(*v);
    }
    // Returns a view into the underlying data (no copy); nullopt when n does not fit.
    std::optional<QByteArrayView> bytes(qint64 n)
    {
        if (n < 0 || n > remaining())
            return std::nullopt;
        QByteArrayView v = m_data.sliced(m_pos, n);
        m_pos += n;
        return v;
    }

private:
    template <typename T, int N, typename F>
    std::optional<T> fixed(F decode)
    {
        if (remaining() < N)
            return std::nullopt;
        T v = decode(reinterpret_cast<const unsigned char *>(m_data.data()) + m_pos);
        m_pos += N;
        return v;
    }

    QByteArrayView m_data;
    qint64 m_base = 0;
    qint64 m_pos = 0;
};

} // namespace seedscope
