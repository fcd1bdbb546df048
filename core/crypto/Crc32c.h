// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of every framed
// structure in a dump. Standard parameters: init ~0, final xor ~0, so
// crc32c("123456789") == 0xE3069283. CRCs detect accidents, never attackers.

#include <QByteArrayView>

#include <cstdint>

namespace seedscope::crypto {

// Continue a CRC: crc32cExtend(crc32c(a), b) == crc32c(a + b). Start with 0.
uint32_t crc32cExtend(uint32_t crc, QByteArrayView data);
inline uint32_t crc32c(QByteArrayView data) { return crc32cExtend(0, data); }

// Both implementations are exposed so tests can hold them against each other.
uint32_t crc32cPortable(uint32_t crc, QByteArrayView data);
bool crc32cHardwareAvailable();
uint32_t crc32cHardware(uint32_t crc, QByteArrayView data); // only when available

} // namespace seedscope::crypto
