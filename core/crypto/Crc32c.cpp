// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Crc32c.h"

#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SEEDSCOPE_CRC32C_X86 1
#include <nmmintrin.h>
#endif

namespace seedscope::crypto {
namespace {

constexpr uint32_t kPoly = 0x82F63B78u;

// Slicing-by-8 tables, built at compile time.
constexpr std::array<std::array<uint32_t, 256>, 8> makeTables()
{
    std::array<std::array<uint32_t, 256>, 8> t{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ kPoly : c >> 1;
        t[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; ++i)
        for (int s = 1; s < 8; ++s)
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xff];
    return t;
}
constexpr auto kTables = makeTables();

} // namespace

uint32_t crc32cPortable(uint32_t crc, QByteArrayView data)
{
    auto p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    uint32_t c = ~crc;
    while (n >= 8) {
        const uint32_t lo = c ^ (uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24);
        c = kTables[7][lo & 0xff] ^ kTables[6][(lo >> 8) & 0xff] ^ kTables[5][(lo >> 16) & 0xff]
            ^ kTables[4][lo >> 24] ^ kTables[3][p[4]] ^ kTables[2][p[5]] ^ kTables[1][p[6]] ^ kTables[0][p[7]];
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        c = kTables[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

#ifdef SEEDSCOPE_CRC32C_X86
bool crc32cHardwareAvailable()
{
    static const bool available = __builtin_cpu_supports("sse4.2");
    return available;
}

__attribute__((target("sse4.2"))) uint32_t crc32cHardware(uint32_t crc, QByteArrayView data)
{
    auto p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    uint64_t c = ~crc;
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        c = _mm_crc32_u64(c, w);
        p += 8;
        n -= 8;
    }
    uint32_t c32 = uint32_t(c);
    while (n-- > 0)
        c32 = _mm_crc32_u8(c32, *p++);
    return ~c32;
}
#else
bool crc32cHardwareAvailable() { return false; }
uint32_t crc32cHardware(uint32_t crc, QByteArrayView data) { return crc32cPortable(crc, data); }
#endif

uint32_t crc32cExtend(uint32_t crc, QByteArrayView data)
{
    return crc32cHardwareAvailable() ? crc32cHardware(crc, data) : crc32cPortable(crc, data);
}

} // namespace seedscope::crypto
