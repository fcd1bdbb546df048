// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The network record (policy caps, authority key) and the key directory that answers
// "which key signed for this device at this Lamport value, and did the authority certify
// it". Crypto status and trust status are separate: a key can verify signatures and
// still be uncertified.

#include "ledger/Types.h"

#include <QMap>
#include <QString>

namespace seedscope::ledger {

struct NetworkParams {
    QString networkId;            // UTF-8, at most 32 bytes
    QString currency = QStringLiteral("XSD");
    QByteArray authorityPublicKey; // 32
    int64_t perTxCap = 50000;      // 500.00 in minor units
    int64_t windowCap = 100000;    // 1000.00 within windowTicks
    uint64_t windowTicks = 1000;   // Lamport ticks; see docs/ledger-rules.md
    uint64_t driftBound = 100000;  // CLOCK_DRIFT bound above the highest Lamport seen
};

// "SEED1/register" NUL || device public key (32) || device_id (16) || u8 len || network_id.
QByteArray registrationSignedBytes(QByteArrayView devicePublicKey, QByteArrayView deviceId, const QString &networkId);
bool verifyRegistration(QByteArrayView certificate, QByteArrayView authorityPublicKey, QByteArrayView devicePublicKey,
                        QByteArrayView deviceId, const QString &networkId);
// "SEED1/rotate" NUL || device_id (16) || new public key (32) || valid_from_lamport u64 LE,
// signed by the key being replaced (dump identity region key history).
QByteArray rotationSignedBytes(QByteArrayView deviceId, QByteArrayView newPublicKey, uint64_t validFromLamport);

struct KeyRecord {
    QByteArray publicKey;          // 32
    uint64_t validFromLamport = 0; // signs entries with lamport >= this (until the next record)
    bool certified = false;        // registration certificate (or a rotation chain from one) verified
    bool operator==(const KeyRecord &) const = default;
};

class KeyDirectory {
public:
    KeyDirectory() = default;
    explicit KeyDirectory(QByteArray authorityPublicKey);

    void setAuthorityPublicKey(const QByteArray &key);
    const QByteArray &authorityPublicKey() const { return m_authority; }
    // keyId16(authority key): the origin device_id that ISSUE and authority TRUST_EVENTs carry.
    const DeviceId &authorityDeviceId() const { return m_authorityId; }

    // Adds a key for a device; records are kept sorted by validFromLamport (replacing one
    // with the same validFrom).
    void addKey(const DeviceId &device, const KeyRecord &record);
    // The key valid at `lamport`: the record with the greatest validFrom <= lamport.
    // The authority device id resolves to the authority key (certified). nullptr = unknown.
    const KeyRecord *keyFor(const DeviceId &device, uint64_t lamport) const;
    QList<KeyRecord> history(const DeviceId &device) const { return m_keys.value(device); }
    QList<DeviceId> devices() const { return m_keys.keys(); }

private:
    QByteArray m_authority;
    DeviceId m_authorityId;
    KeyRecord m_authorityRecord;
    QMap<DeviceId, QList<KeyRecord>> m_keys;
};

} // namespace seedscope::ledger
