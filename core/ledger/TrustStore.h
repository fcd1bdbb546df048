// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The examiner's trust store: the network authority's key and, optionally, the network's
// provisioning registry of devices and their key histories (docs/format/proof-v1.md
// "Trust store"). Read through the side-input reader, and turned into the key directory
// replay and proof checks use.

#include "ledger/Network.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace seedscope::ledger {

struct RotationLink {
    QByteArray newPublicKey;       // 32
    uint64_t validFromLamport = 0;
    QByteArray signature;          // 64, by the previous key over rotationSignedBytes()
};

// One device of the network's provisioning registry.
struct RegisteredDevice {
    QByteArray deviceId;               // 16
    QByteArray publicKey;              // 32
    QByteArray registrationCertificate; // 64
    QList<RotationLink> keyHistory;
};

struct TrustStore {
    QString networkId;
    QByteArray authorityPublicKey; // 32
    QList<RegisteredDevice> devices; // optional registry (key source for replay)
};
// {"network_id": "...", "authority_public_key": "<64 hex>", "devices": [...]} (see
// docs/format/proof-v1.md "Trust store"); unknown keys are ignored.
Result<TrustStore> parseTrustStore(QByteArrayView json);
Result<TrustStore> readTrustStore(const QString &path);

// Adds one device's keys: the identity key (certified when the certificate verifies under
// the authority key for this network) and its rotations while each is signed by the key
// before it (certified when the chain starts certified). Returns how many keys were added.
int addDeviceKeys(KeyDirectory &dir, const RegisteredDevice &device, const QString &networkId);
KeyDirectory keyDirectoryFromTrustStore(const TrustStore &trust);

} // namespace seedscope::ledger
