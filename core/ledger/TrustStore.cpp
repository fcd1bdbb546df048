// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/TrustStore.h"

#include "crypto/Ed25519.h"
#include "ledger/JsonFields.h"
#include "util/SideInput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seedscope::ledger {

Result<TrustStore> parseTrustStore(QByteArrayView json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &err);
    if (!doc.isObject())
        return makeError(ErrorCode::Malformed, QStringLiteral("trust store is not a JSON object: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    TrustStore t;
    t.networkId = o.value(QStringLiteral("network_id")).toString();
    auto key = hexField(o, "authority_public_key", 32);
    if (t.networkId.isEmpty() || !key)
        return makeError(ErrorCode::Malformed, QStringLiteral("trust store needs network_id and a 64-hex-digit authority_public_key"));
    t.authorityPublicKey = *key;
    const QJsonValue devices = o.value(QStringLiteral("devices"));
    if (!devices.isUndefined() && !devices.isArray())
        return makeError(ErrorCode::Malformed, QStringLiteral("trust store 'devices' must be an array"));
    for (const QJsonValue &dv : devices.toArray()) {
        const QJsonObject d = dv.toObject();
        RegisteredDevice rd;
        auto id = hexField(d, "device_id", 16);
        auto pub = hexField(d, "public_key", 32);
        auto cert = hexField(d, "registration_certificate", 64);
        if (!id || !pub || !cert)
            return makeError(ErrorCode::Malformed, QStringLiteral("trust store device %1: device_id, public_key, registration_certificate needed")
                                                       .arg(t.devices.size()));
        rd.deviceId = *id;
        rd.publicKey = *pub;
        rd.registrationCertificate = *cert;
        for (const QJsonValue &hv : d.value(QStringLiteral("key_history")).toArray()) {
            const QJsonObject h = hv.toObject();
            auto nk = hexField(h, "public_key", 32);
            auto from = uintField(h, "valid_from_lamport");
            auto sig = hexField(h, "signature", 64);
            if (!nk || !from || !sig)
                return makeError(ErrorCode::Malformed, QStringLiteral("trust store device %1: malformed key_history item").arg(t.devices.size()));
            rd.keyHistory.append(RotationLink{*nk, *from, *sig});
        }
        t.devices.append(rd);
    }
    return t;
}

int addDeviceKeys(KeyDirectory &dir, const RegisteredDevice &device, const QString &networkId)
{
    if (device.deviceId.size() != kIdSize || crypto::keyId16(device.publicKey) != device.deviceId)
        return 0;
    const bool certified = verifyRegistration(device.registrationCertificate, dir.authorityPublicKey(), device.publicKey,
                                              device.deviceId, networkId);
    dir.addKey(device.deviceId, KeyRecord{device.publicKey, 0, certified});
    int added = 1;
    QByteArray previous = device.publicKey;
    for (const RotationLink &l : device.keyHistory) {
        if (crypto::ed25519Verify(previous, rotationSignedBytes(device.deviceId, l.newPublicKey, l.validFromLamport), l.signature)
            != crypto::SignatureCheck::Valid)
            break; // a broken chain: later keys are not this device's
        dir.addKey(device.deviceId, KeyRecord{l.newPublicKey, l.validFromLamport, certified});
        previous = l.newPublicKey;
        ++added;
    }
    return added;
}

KeyDirectory keyDirectoryFromTrustStore(const TrustStore &trust)
{
    KeyDirectory dir(trust.authorityPublicKey);
    for (const RegisteredDevice &d : trust.devices)
        addDeviceKeys(dir, d, trust.networkId);
    return dir;
}

// Side-input cap (docs/security.md): checked with fstat before anything is read.
constexpr qint64 kMaxTrustStoreBytes = 1 << 20;

Result<TrustStore> readTrustStore(const QString &path)
{
    // The shared side-input reader: refuses FIFOs and devices, checks the 1 MiB cap first.
    auto bytes = readSideInput(path, u"trust store", kMaxTrustStoreBytes);
    if (!bytes)
        return bytes.error();
    return parseTrustStore(*bytes);
}

} // namespace seedscope::ledger
