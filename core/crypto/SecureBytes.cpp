// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBytes.h"

#include "crypto/Hash.h"

#include <openssl/crypto.h>

namespace seedscope::crypto {

SecureBytes::SecureBytes(QByteArray bytes) : m_bytes(std::move(bytes))
{
    m_bytes.detach(); // own the buffer we will wipe
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(const SecureBytes &other) : m_bytes(other.m_bytes) { m_bytes.detach(); }

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
        m_bytes.detach();
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

void SecureBytes::clear()
{
    // Wipe only a buffer we solely own; a shared one belongs to a copy still in use.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

QString SecureBytes::fingerprint() const
{
    return QString::fromLatin1(sha256(m_bytes).toHex().left(16));
}

} // namespace seedscope::crypto
