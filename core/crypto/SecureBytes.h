// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Key material: zeroed when it goes away (OPENSSL_cleanse cannot be optimised out) and
// never implicitly copied into a QByteArray that would outlive it. Keys are shown and
// stored only as fingerprints (see fingerprint()).

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
    QByteArray m_bytes;
};

} // namespace seedscope::crypto
