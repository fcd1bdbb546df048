// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deterministic keys, accounts and signed entries for ledger tests: every byte is a
// function of a label, so golden values stay golden.

#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "ledger/Apply.h"
#include "ledger/EntryCodec.h"
#include "ledger/Network.h"
#include "ledger/Replay.h"

#include <QMap>

namespace seedscope::ledger::testkit {

inline QByteArray bytesFor(const char *label, int n = 16) { return crypto::DeterministicRng(42, label).bytes(n); }

inline crypto::Ed25519Signer signerFor(const char *label)
{
    return *crypto::Ed25519Signer::fromSeed(crypto::DeterministicRng(7, label).bytes(32));
}

// A small network: authority plus named devices, each certified and owning named accounts.
struct Net {
    crypto::Ed25519Signer authority = signerFor("authority");
    NetworkParams params;
    KeyDirectory keys;
    QMap<QByteArray, crypto::Ed25519Signer> signers; // device label -> signer
    QMap<QByteArray, DeviceId> devices;              // device label -> device_id
    QMap<DeviceId, uint64_t> sequences;              // origin id -> last sequence used
    uint64_t lamport = 0;
    int txCounter = 0;

    Net()
    {
        params.networkId = QStringLiteral("testnet");
        params.authorityPublicKey = authority.publicKey();
        keys.setAuthorityPublicKey(authority.publicKey());
        signers.insert("authority", authority);
        devices.insert("authority", keys.authorityDeviceId());
    }

    DeviceId addDevice(const char *label, bool certified = true)
    {
        crypto::Ed25519Signer s = signerFor(label);
        const DeviceId id = crypto::keyId16(s.publicKey());
        keys.addKey(id, KeyRecord{s.publicKey(), 0, certified});
        signers.insert(label, s);
        devices.insert(label, id);
        return id;
    }
    static AccountId account(const char *label) { return bytesFor(label); }

    Entry base(EntryType t, const char *device)
    {
        Entry e;
        e.type = t;
        e.txId = bytesFor(QByteArray("tx").append(QByteArray::number(++txCounter)).constData());
        e.origin = devices.value(device);
        e.lamport = ++lamport;
        e.sequence = ++sequences[e.origin];
        return e;
    }
    Entry sign(Entry e, const char *device)
    {
        (void)signEntry(e, signers.value(device));
        return e;
    }
    Entry issue(const char *account, const char *ownerDevice, int64_t amount)
    {
        Entry e = base(EntryType::Issue, "authority");
        e.to = Net::account(account);
        e.owner = devices.value(ownerDevice);
        e.amount = amount;
        return sign(e, "authority");
    }
    Entry transfer(const char *device, const char *from, const char *to, int64_t amount)
    {
        Entry e = base(EntryType::Transfer, device);
        e.from = Net::account(from);
        e.to = Net::account(to);
        e.amount = amount;
        return sign(e, device);
    }
};

// The journal the replay tests share: devices d1, d2 and d3 (d3 uncertified: UNTRUSTED_KEY
// verdicts), one issue each to alice, bob and carol, `transfers` transfers round the
// three, and a double spend at the end (carol cannot pay 30000).
inline QList<Entry> threeDeviceJournal(Net &net, int transfers)
{
    net.addDevice("d1");
    net.addDevice("d2");
    net.addDevice("d3", false);
    QList<Entry> entries;
    entries << net.issue("alice", "d1", 40000) << net.issue("bob", "d2", 30000) << net.issue("carol", "d3", 20000);
    const char *dev[] = {"d1", "d2", "d3"};
    const char *acct[] = {"alice", "bob", "carol"};
    for (int i = 0; i < transfers; ++i)
        entries << net.transfer(dev[i % 3], acct[i % 3], acct[(i + 1) % 3], 100 + 37 * i);
    entries << net.transfer("d3", "carol", "alice", 30000);
    return entries;
}

// The entries as a dump lists them: journal sequence 1, 2, ... and records 200 bytes apart.
inline QList<JournalItem> storedItems(const QList<Entry> &entries)
{
    QList<JournalItem> out;
    for (int i = 0; i < entries.size(); ++i)
        out.append(JournalItem::fromEntry(entries[i], uint64_t(i + 1), qint64(4096 + 200 * i)));
    return out;
}

} // namespace seedscope::ledger::testkit
