// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Key material: zeroed when it goes away (OPENSSL_cleanse cannot be optimised out),
// locked in RAM where the system allows it (best effort: mlock on Unix, VirtualLock on
// Windows, so the key is not written to swap), and never implicitly copied into a
// QByteArray that would outlive it. Keys are shown and stored only as fingerprints.

#include <QByteArray>
#include <QString>

namespace seedscope::crypto {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes);
    ~SecureBytes();
    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;

    QByteArrayView view() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear();

    // First 16 hex characters of SHA-256(key): safe to log, report and store.
    QString fingerprint() const;

private:
    void lock();
    void unlock();

    QByteArray m_bytes;
    bool m_locked = false;
};

} // namespace seedscope::crypto
