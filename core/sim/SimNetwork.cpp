// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimNetwork.h"

#include "crypto/Random.h"
#include "ledger/EntryCodec.h"

namespace seedscope::sim {

Result<SimNetwork> makeSimNetwork(uint64_t seed, int deviceCount, const QString &networkId, int accountsPerDevice)
{
    SimNetwork n;
    crypto::DeterministicRng rng(seed, "sim-network");
    n.authoritySeed = rng.bytes(32);
    auto authority = crypto::Ed25519Signer::fromSeed(n.authoritySeed);
    if (!authority)
        return authority.error();
    n.params.networkId = networkId;
    n.params.authorityPublicKey = authority->publicKey();
    n.authorityDeviceId = crypto::keyId16(authority->publicKey());
    n.keys = ledger::KeyDirectory(authority->publicKey());
    for (int i = 0; i < deviceCount; ++i) {
        SimDeviceIdentity d;
        d.name = QStringLiteral("dev-%1").arg(i);
        d.signingSeed = rng.bytes(32);
        d.storageRootKey = rng.bytes(32);
        auto s = crypto::Ed25519Signer::fromSeed(d.signingSeed);
        if (!s)
            return s.error();
        d.publicKey = s->publicKey();
        d.deviceId = crypto::keyId16(d.publicKey);
        auto cert = authority->sign(ledger::registrationSignedBytes(d.publicKey, d.deviceId, networkId));
        if (!cert)
            return cert.error();
        d.registration = *cert;
        for (int a = 0; a < accountsPerDevice; ++a)
            d.accounts.append(rng.bytes(16));
        n.keys.addKey(d.deviceId, ledger::KeyRecord{d.publicKey, 0, true});
        n.devices.append(d);
    }
    return n;
}

DeviceConfig SimNetwork::configFor(int i, uint64_t seed) const
{
    DeviceConfig c;
    const SimDeviceIdentity &d = devices[i];
    c.name = d.name;
    c.networkId = params.networkId;
    c.signingSeed = d.signingSeed;
    c.storageRootKey = d.storageRootKey;
    c.registrationSignature = d.registration;
    c.rngSeed = seed;
    return c;
}

Result<ledger::Entry> SimNetwork::signAsAuthority(ledger::Entry e)
{
    auto authority = crypto::Ed25519Signer::fromSeed(authoritySeed);
    if (!authority)
        return authority.error();
    e.origin = authorityDeviceId;
    e.sequence = ++authoritySequence;
    authorityLamport = std::max(authorityLamport, e.lamport);
    if (Status s = ledger::signEntry(e, *authority); !s)
        return s.error();
    return e;
}

Result<ledger::Entry> SimNetwork::issue(const QByteArray &txId, const QByteArray &account, const QByteArray &owner,
                                        int64_t amount, uint64_t lamport)
{
    ledger::Entry e;
    e.txId = txId;
    e.type = ledger::EntryType::Issue;
    e.lamport = lamport;
    e.to = account;
    e.owner = owner;
    e.amount = amount;
    return signAsAuthority(e);
}

Result<ledger::Entry> SimNetwork::trustEvent(const QByteArray &txId, const QByteArray &account, ledger::TrustReason reason,
                                             int32_t delta, uint64_t receiverLamport)
{
    ledger::Entry e;
    e.txId = txId;
    e.type = ledger::EntryType::TrustEvent;
    e.lamport = std::max(authorityLamport, receiverLamport) + 1;
    e.group = QByteArray(16, '\0');
    e.to = account;
    e.trustReason = uint8_t(reason);
    e.trustDelta = delta;
    return signAsAuthority(e);
}

} // namespace seedscope::sim
