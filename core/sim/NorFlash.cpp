// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/NorFlash.h"

namespace seedscope::sim {

NorFlash::NorFlash(uint32_t blockSize, uint32_t blockCount)
    : m_blockSize(blockSize), m_blockCount(blockCount), m_data(qsizetype(blockSize) * blockCount, char(0xFF))
{
}

NorFlash NorFlash::fromImage(QByteArray image, uint32_t blockSize)
{
    NorFlash f(blockSize, 0);
    f.m_blockCount = uint32_t(image.size() / blockSize);
    image.truncate(qsizetype(f.m_blockCount) * blockSize);
    f.m_data = std::move(image);
    return f;
}

QByteArrayView NorFlash::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0 || offset + length > m_data.size())
        return {};
    return QByteArrayView(m_data).sliced(offset, length);
}

Status NorFlash::lost()
{
    m_powerLost = true;
    return makeError(ErrorCode::Io, QStringLiteral("power lost"));
}

Status NorFlash::erase(uint32_t block)
{
    if (m_powerLost)
        return lost();
    if (block >= m_blockCount)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("erase past the end of the flash"));
    if (m_cutAfterOps >= 0 && m_ops >= m_cutAfterOps)
        return lost();
    ++m_ops;
    std::fill(m_data.begin() + qsizetype(block) * m_blockSize, m_data.begin() + qsizetype(block + 1) * m_blockSize, char(0xFF));
    return {};
}

Status NorFlash::program(qint64 offset, QByteArrayView data)
{
    if (m_powerLost)
        return lost();
    if (offset < 0 || offset + data.size() > m_data.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("program past the end of the flash"));
    if (m_cutAfterOps >= 0 && m_ops >= m_cutAfterOps)
        return lost();
    ++m_ops;
    qint64 n = data.size();
    bool cut = false;
    if (m_cutAtByte >= 0 && m_programmed + n > m_cutAtByte) {
        n = std::max<qint64>(0, m_cutAtByte - m_programmed);
        cut = true;
    }
    char *dst = m_data.data() + offset;
    for (qint64 i = 0; i < n; ++i)
        dst[i] = char(dst[i] & data[i]);
    m_programmed += n;
    if (cut)
        return lost();
    return {};
}

void NorFlash::restorePower()
{
    m_powerLost = false;
    m_cutAfterOps = -1;
    m_cutAtByte = -1;
}

void NorFlash::flipBit(qint64 offset, int bit)
{
    if (offset >= 0 && offset < m_data.size())
        m_data[offset] = char(m_data[offset] ^ (1 << (bit & 7)));
}

void NorFlash::poke(qint64 offset, QByteArrayView data)
{
    if (offset >= 0 && offset + data.size() <= m_data.size())
        std::copy(data.begin(), data.end(), m_data.begin() + offset);
}

} // namespace seedscope::sim
