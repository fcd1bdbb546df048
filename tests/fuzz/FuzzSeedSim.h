// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The simulations both make_fuzz_seeds and the fuzz targets derive from. The targets
// decrypt with these very keys, so encrypted seeds really decrypt while fuzzing and the
// mutations reach the plaintext decoders (a key that matches no seed would keep every
// encrypted input in the "cannot decrypt" branch forever).
#include "ledger/Proof.h"
#include "omega/OmegaHardened.h"
#include "omega/OmegaSimulator.h"
#include "sim/MeshSimulator.h"

#include <QJsonDocument>

namespace seedscope::fuzz {

inline sim::SimOptions seedSimOptions(bool encrypt)
{
    sim::SimOptions o;
    o.devices = 2;
    o.entries = 60;
    o.seed = 11;
    o.encrypt = encrypt;
    o.groups = true;
    o.checkpointEvery = 12;
    o.blockSize = 512;
    return o;
}

// Omega hardened folders: the node secret is the simulator's default for this seed.
inline constexpr uint64_t kOmegaSeed = 7;

struct FuzzKeys {
    QList<QByteArray> storageKeys; // one per simulated device (dev-0, dev-1)
    ledger::TrustStore trust;
    crypto::SecureBytes nodeSecret;
    QByteArray nodePublicKey;
};

inline const FuzzKeys &fuzzKeys()
{
    static const FuzzKeys keys = [] {
        FuzzKeys k;
        if (auto r = sim::runSimulation(seedSimOptions(true))) {
            for (const sim::SimDeviceOutput &d : r->devices)
                k.storageKeys.append(d.storageRootKey);
            if (auto t = ledger::parseTrustStore(QJsonDocument(r->trustStore).toJson(QJsonDocument::Compact)))
                k.trust = *t;
        }
        k.nodeSecret = omega::defaultNodeSecret(kOmegaSeed);
        if (auto s = omega::signerFromSecret(k.nodeSecret))
            k.nodePublicKey = s->publicKey();
        return k;
    }();
    return keys;
}

// The storage keys to try, in order, like the CLI tries its key candidates: the first
// that decrypts wins. Empty when the input asks for no key.
inline QList<crypto::SecureBytes> storageKeysToTry(bool useKey)
{
    QList<crypto::SecureBytes> out;
    if (useKey)
        for (const QByteArray &k : fuzzKeys().storageKeys)
            out.append(crypto::SecureBytes(k));
    return out;
}

} // namespace seedscope::fuzz
