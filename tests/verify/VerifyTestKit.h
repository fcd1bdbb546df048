// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small deterministic dumps for the verifier and reconciliation tests, written by the
// reference device (core/sim) on the emulated NOR flash: two devices, device 1's
// transfers delivered to device 0 (a mesh), seals and checkpoints, then byte edits for
// the faults. Same seed, same bytes.

#include "crypto/Crc32c.h"
#include "crypto/Random.h"
#include "dump/DumpReader.h"
#include "ledger/EntryCodec.h"
#include "ledger/Proof.h"
#include "sim/SeedDevice.h"
#include "sim/SimNetwork.h"

#include <memory>
#include <vector>

namespace seedscope::testkit {

struct Mesh {
    sim::SimNetwork net;
    QList<sim::DeviceConfig> cfgs;
    QList<std::shared_ptr<sim::NorFlash>> flashes;
    std::vector<std::unique_ptr<sim::SeedDevice>> devs;
    crypto::DeterministicRng rng{21, "tst-verify"};
    ledger::TrustStore trust;

    QByteArray image(int i) const { return flashes[i]->image(); }
};

inline ledger::Entry transfer(Mesh &m, int dev, int64_t amount)
{
    ledger::Entry e;
    e.txId = m.rng.bytes(16);
    e.type = ledger::EntryType::Transfer;
    e.from = m.net.devices[dev].accounts[0];
    e.to = m.net.devices[dev].accounts[1];
    e.amount = amount;
    return *m.devs[dev]->createLocal(e);
}

// Both devices store everything (issues, own transfers, and the other's transfers):
// seal + checkpoint in the middle and a seal at the end.
inline std::unique_ptr<Mesh> makeMesh(bool encrypt, int transfers = 8)
{
    auto m = std::make_unique<Mesh>();
    m->net = *sim::makeSimNetwork(7, 2, QStringLiteral("verify-net"));
    auto authority = *crypto::Ed25519Signer::fromSeed(m->net.authoritySeed);
    m->trust.networkId = m->net.params.networkId;
    m->trust.authorityPublicKey = authority.publicKey();
    for (int i = 0; i < 2; ++i) {
        sim::DeviceConfig c = m->net.configFor(i, 40 + i);
        c.blockSize = 1024; // several encoded entries per journal block
        c.slotBlocks = 8;
        c.journalBlocks = 64;
        c.markerBlocks = 16;
        c.encrypt = encrypt;
        m->cfgs.append(c);
        m->flashes.append(std::make_shared<sim::NorFlash>(c.blockSize, c.totalBlocks()));
        m->devs.push_back(std::move(*sim::SeedDevice::format(*m->flashes[i], c, m->net.keys, m->net.params)));
        const sim::SimDeviceIdentity &d = m->net.devices[i];
        m->trust.devices.append(ledger::RegisteredDevice{d.deviceId, d.publicKey, d.registration, {}});
    }
    auto both = [&](const ledger::Entry &e) {
        for (auto &d : m->devs)
            if (!d->append(e))
                qFatal("append failed");
    };
    for (int i = 0; i < 2; ++i)
        for (const QByteArray &acct : m->net.devices[i].accounts)
            both(*m->net.issue(m->rng.bytes(16), acct, m->net.devices[i].deviceId, 100000, m->devs[i]->lamport() + 1));
    for (int t = 0; t < transfers; ++t) {
        const int who = t % 2;
        const ledger::Entry e = transfer(*m, who, 100 + t);
        if (!m->devs[who]->append(e))
            qFatal("append");
        if (!m->devs[1 - who]->append(e))
            qFatal("append");
        if (t == transfers / 2)
            for (auto &d : m->devs)
                if (!d->seal().ok() || !d->checkpoint().ok())
                    qFatal("seal/checkpoint");
    }
    for (auto &d : m->devs)
        if (!d->seal().ok())
            qFatal("seal");
    return m;
}

// Rewrites a plaintext journal record's payload and fixes both CRCs (what an attacker
// with the image and no device key can do).
inline void rewriteRecord(QByteArray &image, const dump::RecordInfo &r, const QByteArray &newPayload)
{
    dump::RecordHeader h = r.decodedHeader();
    h.payloadLength = uint32_t(newPayload.size());
    h.payloadCrc = crypto::crc32c(newPayload);
    image.replace(int(r.offset), dump::kRecordHeaderSize, dump::encodeRecordHeader(h));
    image.replace(int(r.offset + dump::kRecordHeaderSize), int(newPayload.size()), newPayload);
}

inline dump::DumpImage parse(const QByteArray &image, const QByteArray &key = {})
{
    dump::ReadOptions ro;
    if (!key.isEmpty())
        ro.storageRootKey = crypto::SecureBytes(key);
    return *dump::readDump(image, ro);
}

// Indices of ENTRY records in img.journal.
inline QList<int> entryRecords(const dump::DumpImage &img)
{
    QList<int> out;
    for (int i = 0; i < img.journal.size(); ++i)
        if (img.journal[i].header.type == uint8_t(dump::RecordType::Entry))
            out.append(i);
    return out;
}

} // namespace seedscope::testkit
