// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>

namespace seedscope::crypto {

// Bytes from the operating system's CSPRNG (OpenSSL RAND_bytes).
QByteArray randomBytes(int n);

// A reproducible byte stream for the simulator and tests: same seed and label, same
// bytes, on every machine. SHA-256(label || seed || counter) blocks. Never for keys that
// protect anything real.
class DeterministicRng {
public:
    DeterministicRng(uint64_t seed, QByteArrayView label);

    QByteArray bytes(int n);
    uint64_t nextU64();
    // Uniform in [0, bound) without modulo bias; bound > 0.
    uint64_t below(uint64_t bound);
    bool chance(double probability);

private:
    void refill();

    QByteArray m_key;
    uint64_t m_counter = 0;
    QByteArray m_block;
    int m_used = 0;
};

} // namespace seedscope::crypto
