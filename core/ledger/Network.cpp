// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Network.h"

#include "crypto/Ed25519.h"
#include "util/ByteIo.h"

#include <algorithm>

namespace seedscope::ledger {

QByteArray registrationSignedBytes(QByteArrayView devicePublicKey, QByteArrayView deviceId, const QString &networkId)
{
    static const char prefix[] = "SEED1/register";
    QByteArray out(prefix, sizeof(prefix)); // includes the terminating NUL
    out.append(devicePublicKey.data(), devicePublicKey.size());
    out.append(deviceId.data(), deviceId.size());
    const QByteArray net = networkId.toUtf8().left(255);
    putU8(out, uint8_t(net.size()));
    out.append(net);
    return out;
}

bool verifyRegistration(QByteArrayView certificate, QByteArrayView authorityPublicKey, QByteArrayView devicePublicKey,
                        QByteArrayView deviceId, const QString &networkId)
{
    if (deviceId.size() != kIdSize || networkId.toUtf8().size() > 32)
        return false;
    return crypto::ed25519Verify(authorityPublicKey, registrationSignedBytes(devicePublicKey, deviceId, networkId), certificate)
        == crypto::SignatureCheck::Valid;
}

QByteArray rotationSignedBytes(QByteArrayView deviceId, QByteArrayView newPublicKey, uint64_t validFromLamport)
{
    static const char prefix[] = "SEED1/rotate";
    QByteArray out(prefix, sizeof(prefix));
    out.append(deviceId.data(), deviceId.size());
    out.append(newPublicKey.data(), newPublicKey.size());
    putU64(out, validFromLamport);
    return out;
}

KeyDirectory::KeyDirectory(QByteArray authorityPublicKey) { setAuthorityPublicKey(authorityPublicKey); }

void KeyDirectory::setAuthorityPublicKey(const QByteArray &key)
{
    m_authority = key;
    m_authorityId = key.isEmpty() ? QByteArray() : crypto::keyId16(key);
    m_authorityRecord = KeyRecord{key, 0, true};
}

void KeyDirectory::addKey(const DeviceId &device, const KeyRecord &record)
{
    QList<KeyRecord> &list = m_keys[device];
    auto it = std::lower_bound(list.begin(), list.end(), record.validFromLamport,
                               [](const KeyRecord &k, uint64_t v) { return k.validFromLamport < v; });
    if (it != list.end() && it->validFromLamport == record.validFromLamport)
        *it = record;
    else
        list.insert(it, record);
}

const KeyRecord *KeyDirectory::keyFor(const DeviceId &device, uint64_t lamport) const
{
    if (!m_authorityId.isEmpty() && device == m_authorityId)
        return &m_authorityRecord;
    auto found = m_keys.constFind(device);
    if (found == m_keys.cend())
        return nullptr;
    const KeyRecord *best = nullptr;
    for (const KeyRecord &k : *found) {
        if (k.validFromLamport <= lamport)
            best = &k;
        else
            break;
    }
    return best;
}

} // namespace seedscope::ledger
