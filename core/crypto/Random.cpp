// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Random.h"

#include "crypto/Hash.h"
#include "util/ByteIo.h"

#include <openssl/rand.h>

namespace seedscope::crypto {

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("OpenSSL RAND_bytes failed: the system has no entropy source"); // not input-driven
    return out;
}

DeterministicRng::DeterministicRng(uint64_t seed, QByteArrayView label)
{
    QByteArray k = label.toByteArray();
    k.append('\0');
    putU64(k, seed);
    m_key = sha256(k);
    m_used = 32;
}

void DeterministicRng::refill()
{
    QByteArray in = m_key;
    putU64(in, m_counter++);
    m_block = sha256(in);
    m_used = 0;
}

QByteArray DeterministicRng::bytes(int n)
{
    QByteArray out;
    out.reserve(n);
    while (out.size() < n) {
        if (m_used >= m_block.size())
            refill();
        const int take = std::min<int>(n - int(out.size()), int(m_block.size()) - m_used);
        out.append(m_block.constData() + m_used, take);
        m_used += take;
    }
    return out;
}

uint64_t DeterministicRng::nextU64()
{
    const QByteArray b = bytes(8);
    return getU64(reinterpret_cast<const unsigned char *>(b.constData()));
}

uint64_t DeterministicRng::below(uint64_t bound)
{
    if (bound <= 1)
        return 0;
    const uint64_t limit = UINT64_MAX - (UINT64_MAX % bound);
    uint64_t v;
    do {
        v = nextU64();
    } while (v >= limit);
    return v % bound;
}

bool DeterministicRng::chance(double probability)
{
    // 53 random bits give an exactly representable double in [0, 1).
    const double u = double(nextU64() >> 11) / double(1ULL << 53);
    return u < probability;
}

} // namespace seedscope::crypto
