// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBytes.h"

#include "crypto/Hash.h"

#include <openssl/crypto.h>

#include <utility>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace seedscope::crypto {

SecureBytes::SecureBytes(QByteArray bytes) : m_bytes(std::move(bytes))
{
    m_bytes.detach(); // own the buffer we will wipe
    lock();
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(const SecureBytes &other) : m_bytes(other.m_bytes)
{
    m_bytes.detach();
    lock();
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
        m_bytes.detach();
        lock();
    }
    return *this;
}

// A moved QByteArray keeps its buffer, so the lock moves with it.
SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)), m_locked(std::exchange(other.m_locked, false)) {}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

void SecureBytes::clear()
{
    // Wipe only a buffer we solely own; a shared one belongs to a copy still in use.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    unlock();
    m_bytes.clear();
}

void SecureBytes::lock()
{
    if (m_bytes.isEmpty())
        return;
#if defined(Q_OS_UNIX)
    m_locked = ::mlock(m_bytes.constData(), size_t(m_bytes.size())) == 0;
#elif defined(Q_OS_WIN)
    m_locked = ::VirtualLock(const_cast<char *>(m_bytes.constData()), SIZE_T(m_bytes.size())) != 0;
#endif
}

void SecureBytes::unlock()
{
    if (!m_locked)
        return;
#if defined(Q_OS_UNIX)
    ::munlock(m_bytes.constData(), size_t(m_bytes.size()));
#elif defined(Q_OS_WIN)
    ::VirtualUnlock(const_cast<char *>(m_bytes.constData()), SIZE_T(m_bytes.size()));
#endif
    m_locked = false;
}

QString SecureBytes::fingerprint() const
{
    return QString::fromLatin1(sha256(m_bytes).toHex().left(16));
}

} // namespace seedscope::crypto
