// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A deterministic Seed network for the simulator and tests: the authority key, device
// keys, storage root keys and registration certificates all derive from one seed, so
// the same seed gives the same bytes everywhere.

#include "crypto/Ed25519.h"
#include "ledger/Network.h"
#include "ledger/Types.h"
#include "sim/SeedDevice.h"
#include "util/Result.h"

namespace seedscope::sim {

struct SimDeviceIdentity {
    QString name;
    QByteArray signingSeed;   // 32
    QByteArray publicKey;     // 32
    QByteArray deviceId;      // 16
    QByteArray storageRootKey; // 32
    QByteArray registration;  // 64: authority signature over ledger::registrationSignedBytes
    QList<QByteArray> accounts; // accounts this device controls
};

struct SimNetwork {
    ledger::NetworkParams params;
    QByteArray authoritySeed;
    QByteArray authorityDeviceId;
    ledger::KeyDirectory keys;
    QList<SimDeviceIdentity> devices;
    // The authority is one more origin: its sequence and its Lamport clock both only rise,
    // so its entries replay in canonical order without REPLAYED rejections.
    uint64_t authoritySequence = 0;
    uint64_t authorityLamport = 0;

    // A device configuration for device i (geometry chosen by the caller).
    DeviceConfig configFor(int i, uint64_t seed) const;
    // An ISSUE signed by the authority, crediting `account` owned by `owner`.
    Result<ledger::Entry> issue(const QByteArray &txId, const QByteArray &account, const QByteArray &owner, int64_t amount,
                                uint64_t lamport);
    // A TRUST_EVENT signed by the authority for `account`, delivered to a device whose clock
    // reads `receiverLamport` (the authority's clock takes the maximum, then ticks).
    Result<ledger::Entry> trustEvent(const QByteArray &txId, const QByteArray &account, ledger::TrustReason reason,
                                     int32_t delta, uint64_t receiverLamport);

private:
    Result<ledger::Entry> signAsAuthority(ledger::Entry e);
};

Result<SimNetwork> makeSimNetwork(uint64_t seed, int deviceCount, const QString &networkId, int accountsPerDevice = 2);

} // namespace seedscope::sim
