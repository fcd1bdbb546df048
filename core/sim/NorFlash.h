// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An emulated NOR flash partition, after littlefs's emulated block device: erase sets
// a whole block to 0xFF, programming can only clear bits (new = old AND data), and power
// can be cut after the N-th program/erase operation or at an exact byte of the
// programmed stream (a partial program: the prefix lands, the rest stays as it was).
// Once power is lost every operation fails until restorePower() (a reboot).

#include "util/Result.h"

#include <QByteArray>

#include <cstdint>

namespace seedscope::sim {

class NorFlash {
public:
    NorFlash(uint32_t blockSize, uint32_t blockCount);
    // Adopt an existing image (a dump), e.g. to run the device's recovery on it.
    static NorFlash fromImage(QByteArray image, uint32_t blockSize);

    uint32_t blockSize() const { return m_blockSize; }
    uint32_t blockCount() const { return m_blockCount; }
    const QByteArray &image() const { return m_data; }
    QByteArrayView read(qint64 offset, qint64 length) const;

    Status erase(uint32_t block);
    Status program(qint64 offset, QByteArrayView data);

    // Fault model. -1 disables. Counters run from the moment the flash is created.
    void cutAfterOps(int64_t ops) { m_cutAfterOps = ops; }
    void cutAtProgrammedByte(int64_t byteIndex) { m_cutAtByte = byteIndex; }
    bool powerLost() const { return m_powerLost; }
    void restorePower();
    int64_t opCount() const { return m_ops; }
    int64_t bytesProgrammed() const { return m_programmed; }
    // Media damage outside the write path (no power involved).
    void flipBit(qint64 offset, int bit);
    // Raw overwrite for tampering scenarios: what an attacker with a programmer does
    // (can also set bits), bypassing the NOR rules.
    void poke(qint64 offset, QByteArrayView data);

private:
    Status lost();
    uint32_t m_blockSize;
    uint32_t m_blockCount;
    QByteArray m_data;
    int64_t m_cutAfterOps = -1;
    int64_t m_cutAtByte = -1;
    int64_t m_ops = 0;
    int64_t m_programmed = 0;
    bool m_powerLost = false;
};

} // namespace seedscope::sim
