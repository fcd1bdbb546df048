// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/MeshSimulator.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "dump/Format.h"
#include "ledger/Apply.h"
#include "ledger/EntryCodec.h"
#include "ledger/StateRecords.h"
#include "sim/Faults.h"
#include "sim/SeedDevice.h"
#include "sim/SimNetwork.h"
#include "util/Hex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <memory>
#include <vector>

namespace seedscope::sim {

QList<QPair<QString, QString>> faultKinds()
{
    return {
        {QStringLiteral("power-cut"), QStringLiteral("power lost halfway through a journal append; the device recovers (torn tail)")},
        {QStringLiteral("power-cut-checkpoint"), QStringLiteral("power lost while the last checkpoint's payload is written (uncommitted slot)")},
        {QStringLiteral("lamport-rollback"), QStringLiteral("the device stores one entry with a Lamport value below the previous one")},
        {QStringLiteral("unregistered-key"), QStringLiteral("an entry signed by a key no authority registered is stored")},
        {QStringLiteral("bit-flip"), QStringLiteral("one bit of a mid-journal payload flipped (media damage)")},
        {QStringLiteral("tamper-amount"), QStringLiteral("a TRANSFER amount edited, CRCs recomputed, signature kept")},
        {QStringLiteral("delete-entry"), QStringLiteral("one journal record removed, later records moved up")},
        {QStringLiteral("reorder-entries"), QStringLiteral("two adjacent journal records swapped")},
        {QStringLiteral("replay-entry"), QStringLiteral("an already stored transaction re-appended at the tail, correctly chained")},
        {QStringLiteral("forge-signature"), QStringLiteral("an entry signature altered, CRCs recomputed")},
        {QStringLiteral("swap-ciphertext"), QStringLiteral("two encrypted payloads of equal length swapped (needs --encrypt)")},
        {QStringLiteral("corrupt-active-slot"), QStringLiteral("the active checkpoint's payload damaged")},
        {QStringLiteral("both-slots-corrupt"), QStringLiteral("every committed checkpoint damaged")},
        {QStringLiteral("torn-superblock"), QStringLiteral("a superblock update torn halfway (copy 0)")},
    };
}

Result<FaultSpec> parseFaultSpec(const QString &text)
{
    FaultSpec f;
    const int at = text.indexOf(QLatin1Char('@'));
    f.kind = at < 0 ? text : text.left(at);
    bool known = false;
    for (const auto &k : faultKinds())
        known |= k.first == f.kind;
    if (!known)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown fault kind '%1'").arg(f.kind));
    if (at >= 0) {
        const QStringList parts = text.mid(at + 1).split(QLatin1Char(':'));
        bool ok = false;
        f.device = parts[0].toInt(&ok);
        if (!ok || f.device < 0)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("bad device index in '%1'").arg(text));
        if (parts.size() > 1) {
            f.param = parts[1].toLongLong(&ok);
            if (!ok || f.param < 0 || parts.size() > 2)
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("bad parameter in '%1'").arg(text));
        }
    }
    return f;
}

namespace {

struct Node {
    SimDeviceIdentity id;
    DeviceConfig cfg;
    std::unique_ptr<NorFlash> flash;
    std::unique_ptr<SeedDevice> dev;
    QList<ledger::Entry> stored;      // storage order, for mesh sync
    QSet<ledger::TxId> have;          // tx_ids stored
    QList<int> sentTo;                // per peer: index into `stored` already offered
    int sinceCheckpoint = 0;
    int sinceSeal = 0;
    int created = 0;
    int boots = 0;
    int checkpoints = 0;
    int rejected = 0;
};

class Mesh {
public:
    Mesh(const SimOptions &o, const Progress &progress) : m_o(o), m_progress(progress), m_rng(o.seed, "mesh") {}

    Result<SimResult> run();

private:
    Status setup();
    Status store(Node &n, const ledger::Entry &e, bool propagate = true);
    Status createAndStore(Node &n, ledger::Entry draft);
    Status sync(int a, int b);
    Status fullSync();
    Status maybeCheckpoint(Node &n, bool force = false);
    Status reboot(Node &n);
    Status runGroup(bool closeEarly);
    Status randomTransfer(Node &n);
    Status authorityTrustEvent(Node &n);
    Status duringRunFault(const FaultSpec &f, Node &n);

    SimOptions m_o;
    const Progress &m_progress;
    crypto::DeterministicRng m_rng;
    SimNetwork m_net;
    std::vector<Node> m_nodes;
    int m_created = 0;
    int m_ckptEvery = 25;
    uint64_t m_clock = 1700000000;
    QJsonArray m_faults;
    QSet<int> m_doneFaults;
};

Status Mesh::setup()
{
    auto net = makeSimNetwork(m_o.seed, m_o.devices, m_o.networkId);
    if (!net)
        return net.error();
    m_net = *net;
    m_ckptEvery = m_o.checkpointEvery > 0 ? m_o.checkpointEvery : std::max(25, m_o.entries / 8);
    // Geometry sized for the run: every device may end up storing every entry.
    const qint64 totalEntries = qint64(m_o.entries) + qint64(m_o.devices) * 4 + 64;
    const qint64 bs = m_o.blockSize;
    const uint32_t journalBlocks = uint32_t(totalEntries * 420 / (bs - 64) + 48);
    const uint32_t slotBlocks = uint32_t((totalEntries * 140 + qint64(m_o.devices) * 2 * 400 + 16384) / bs + 2);
    // Seals at most every 32 stored entries, 2-3 markers per checkpoint, boots.
    const uint32_t markerBlocks = uint32_t((totalEntries / 32 + 3 * totalEntries / std::max(1, m_ckptEvery) + 128) * 260 / (bs - 64) + 8);
    for (int i = 0; i < m_o.devices; ++i) {
        Node n;
        n.id = m_net.devices[i];
        n.cfg = m_net.configFor(i, m_o.seed);
        n.cfg.blockSize = m_o.blockSize;
        n.cfg.slotBlocks = slotBlocks;
        n.cfg.journalBlocks = journalBlocks;
        n.cfg.markerBlocks = markerBlocks;
        n.cfg.encrypt = m_o.encrypt;
        n.flash = std::make_unique<NorFlash>(n.cfg.blockSize, n.cfg.totalBlocks());
        auto d = SeedDevice::format(*n.flash, n.cfg, m_net.keys, m_net.params);
        if (!d)
            return d.error();
        n.dev = std::move(*d);
        n.dev->setClock(m_clock);
        for (int p = 0; p < m_o.devices; ++p)
            n.sentTo.append(0);
        m_nodes.push_back(std::move(n));
    }
    // Provisioning: the authority funds every account; each device stores all issues.
    QList<ledger::Entry> issues;
    uint64_t lamport = 1;
    for (const SimDeviceIdentity &d : m_net.devices)
        for (const QByteArray &acct : d.accounts) {
            auto e = m_net.issue(m_rng.bytes(16), acct, d.deviceId, 2000000, lamport++);
            if (!e)
                return e.error();
            issues.append(*e);
        }
    for (Node &n : m_nodes)
        for (const ledger::Entry &e : issues)
            if (Status s = store(n, e, false); !s)
                return s;
    return {};
}

Status Mesh::store(Node &n, const ledger::Entry &e, bool propagate)
{
    auto r = n.dev->append(e);
    if (!r)
        return r.error();
    if (r->status != ledger::EntryStatus::Valid)
        ++n.rejected;
    n.have.insert(e.txId);
    if (propagate)
        n.stored.append(e);
    ++n.sinceCheckpoint;
    ++n.sinceSeal;
    return {};
}

Status Mesh::createAndStore(Node &n, ledger::Entry draft)
{
    draft.txId = m_rng.bytes(16);
    auto e = n.dev->createLocal(draft);
    if (!e)
        return e.error();
    ++n.created;
    ++m_created;
    return store(n, *e);
}

Status Mesh::sync(int a, int b)
{
    // Each side offers what it stored since the last exchange, in its storage order.
    for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
        Node &src = m_nodes[from];
        Node &dst = m_nodes[to];
        for (int i = src.sentTo[to]; i < src.stored.size(); ++i) {
            const ledger::Entry &e = src.stored[i];
            if (!dst.have.contains(e.txId))
                if (Status s = store(dst, e); !s)
                    return s;
        }
        src.sentTo[to] = int(src.stored.size());
    }
    for (int i : {a, b})
        if (m_nodes[i].sinceSeal >= 32) {
            if (Status s = m_nodes[i].dev->seal(); !s)
                return s;
            m_nodes[i].sinceSeal = 0;
        }
    return {};
}

Status Mesh::fullSync()
{
    for (int a = 0; a < int(m_nodes.size()); ++a)
        for (int b = a + 1; b < int(m_nodes.size()); ++b)
            if (Status s = sync(a, b); !s)
                return s;
    return {};
}

Status Mesh::maybeCheckpoint(Node &n, bool force)
{
    if (!force && n.sinceCheckpoint < m_ckptEvery)
        return {};
    n.dev->setClock(m_clock);
    if (m_rng.chance(0.1))
        if (Status s = n.dev->genericMarker(dump::RecordType::LowBattery, 5 + m_rng.below(10)); !s)
            return s;
    if (Status s = n.dev->seal(); !s)
        return s;
    if (Status s = n.dev->checkpoint(); !s)
        return s;
    n.sinceCheckpoint = 0;
    n.sinceSeal = 0;
    ++n.checkpoints;
    return {};
}

Status Mesh::reboot(Node &n)
{
    const bool cut = n.flash->powerLost();
    BootReport rep;
    if (!cut && n.boots > 0 && m_o.faults.isEmpty() && !m_o.recoverFromImageOnEveryReboot) {
        auto d = SeedDevice::restart(std::move(n.dev), &rep);
        if (!d)
            return d.error();
        n.dev = std::move(*d);
        n.dev->setClock(m_clock);
        ++n.boots;
        return {};
    }
    const QByteArray before = n.dev->stateRoot();
    n.dev.reset();
    n.flash->restorePower();
    auto d = SeedDevice::boot(*n.flash, n.cfg, m_net.keys, m_net.params, &rep);
    if (!d)
        return d.error();
    n.dev = std::move(*d);
    n.dev->setClock(m_clock);
    ++n.boots;
    if (!cut && n.dev->stateRoot() != before)
        return makeError(ErrorCode::Internal, QStringLiteral("%1: state changed across a clean reboot").arg(n.id.name));
    return {};
}

Status Mesh::authorityTrustEvent(Node &n)
{
    // An integrity check of this device's account by the network authority, broadcast to
    // every device at once (like the provisioning issues). Relayed hop by hop instead, two
    // events could reach a device out of sequence, and a device that applies in arrival
    // order would reject the later-numbered one that came first as REPLAYED.
    uint64_t clock = 0;
    for (const Node &m : m_nodes)
        clock = std::max(clock, m.dev->lamport());
    auto t = m_net.trustEvent(m_rng.bytes(16), n.id.accounts[0], ledger::TrustReason::IntegrityCheck, 30, clock);
    if (!t)
        return t.error();
    ++m_created;
    for (Node &m : m_nodes)
        if (Status s = store(m, *t, false); !s)
            return s;
    return {};
}

Status Mesh::randomTransfer(Node &n)
{
    // An honest wallet signs only what the ledger will accept: it asks its own state what
    // each account may spend now (balance, per-transaction and window caps). Everything it
    // has received sorts before its new entry canonically (Lamport receipt rule), and only
    // this device spends from its accounts, so a canonical replay can only find more money
    // and the same window: it accepts the transfer too. No account has room: the step
    // becomes an authority event instead, which also moves the clocks on.
    const int first = int(m_rng.below(uint64_t(n.id.accounts.size())));
    const uint64_t lamport = n.dev->lamport() + 1;
    for (int k = 0; k < n.id.accounts.size(); ++k) {
        const QByteArray from = n.id.accounts[(first + k) % n.id.accounts.size()];
        const int64_t room = ledger::spendableNow(n.dev->state(), from, lamport, m_net.params);
        if (room < 1)
            continue;
        const SimDeviceIdentity &peer = m_net.devices[int(m_rng.below(uint64_t(m_net.devices.size())))];
        QByteArray to = peer.accounts[int(m_rng.below(uint64_t(peer.accounts.size())))];
        if (to == from)
            to = n.id.accounts[(n.id.accounts.indexOf(from) + 1) % n.id.accounts.size()];
        if (to == from)
            continue; // a device with a single account paying itself
        ledger::Entry e;
        e.type = ledger::EntryType::Transfer;
        e.from = from;
        e.to = to;
        e.amount = std::min<int64_t>(int64_t(50 + m_rng.below(900)), room);
        return createAndStore(n, e);
    }
    return authorityTrustEvent(n);
}

Status Mesh::runGroup(bool closeEarly)
{
    Node &founder = m_nodes[int(m_rng.below(uint64_t(m_nodes.size())))];
    const int count = std::min<int>(4, int(m_nodes.size()));
    QList<int> memberNodes;
    memberNodes.append(int(&founder - m_nodes.data()));
    for (int i = 0; memberNodes.size() < count; ++i)
        if (!memberNodes.contains(i))
            memberNodes.append(i);
    QList<ledger::AccountId> members;
    for (int i : memberNodes)
        members.append(m_nodes[i].id.accounts[0]);
    const QByteArray group = m_rng.bytes(16);
    const int64_t contribution = 1000;
    ledger::Entry c;
    c.type = ledger::EntryType::GroupCreate;
    c.group = group;
    c.from = founder.id.accounts[0];
    c.amount = contribution;
    c.members = members;
    if (Status s = createAndStore(founder, c); !s)
        return s;
    if (Status s = fullSync(); !s)
        return s;
    const int cycles = closeEarly ? 1 : int(members.size());
    for (int k = 0; k < cycles; ++k) {
        for (int m = 0; m < members.size(); ++m) {
            ledger::Entry g;
            g.type = ledger::EntryType::GroupContribute;
            g.group = group;
            g.from = members[m];
            g.cycle = uint32_t(k);
            g.amount = contribution;
            if (Status s = createAndStore(m_nodes[memberNodes[m]], g); !s)
                return s;
        }
        if (Status s = fullSync(); !s)
            return s;
        ledger::Entry p;
        p.type = ledger::EntryType::GroupPayout;
        p.group = group;
        p.to = members[k % members.size()];
        p.cycle = uint32_t(k);
        p.amount = contribution * members.size();
        if (Status s = createAndStore(founder, p); !s)
            return s;
        ledger::Entry t;
        t.type = ledger::EntryType::TrustEvent;
        t.group = group;
        t.to = members[k % members.size()];
        t.trustReason = uint8_t(ledger::TrustReason::LoanRepaidOnTime);
        t.trustDelta = 50;
        if (Status s = createAndStore(founder, t); !s)
            return s;
        if (Status s = fullSync(); !s)
            return s;
    }
    if (closeEarly) {
        ledger::Entry cl;
        cl.type = ledger::EntryType::GroupClose;
        cl.group = group;
        cl.from = founder.id.accounts[0];
        if (Status s = createAndStore(founder, cl); !s)
            return s;
    }
    return fullSync();
}

Status Mesh::duringRunFault(const FaultSpec &f, Node &n)
{
    QJsonObject o{{QStringLiteral("kind"), f.kind}, {QStringLiteral("device"), n.id.name},
                  {QStringLiteral("file"), n.id.name + QStringLiteral(".seeddump")}};
    QJsonArray reader, verifier;
    if (f.kind == QLatin1String("power-cut")) {
        ledger::Entry e;
        e.type = ledger::EntryType::Transfer;
        e.from = n.id.accounts[0];
        e.to = n.id.accounts[1];
        e.amount = 123;
        e.txId = m_rng.bytes(16);
        auto signedEntry = n.dev->createLocal(e);
        if (!signedEntry)
            return signedEntry.error();
        n.flash->cutAtProgrammedByte(n.flash->bytesProgrammed() + 200);
        if (n.dev->append(*signedEntry).ok())
            return makeError(ErrorCode::Internal, QStringLiteral("power-cut: the append was not interrupted"));
        const qint64 at = n.dev->lastJournalWriteOffset();
        o.insert(QStringLiteral("offset"), double(at));
        o.insert(QStringLiteral("length"), double(dump::kRecordHeaderSize + 200));
        o.insert(QStringLiteral("seq"), double(n.dev->headSeq() + 1));
        o.insert(QStringLiteral("detail"), QStringLiteral("power cut 200 bytes into appending seq %1; the device rebooted and recovered").arg(n.dev->headSeq() + 1));
        reader.append(expectedFinding(QStringLiteral("JOURNAL_TORN_TAIL"), at));
        verifier.append(expectedFinding(QStringLiteral("JOURNAL_TORN_TAIL"), at));
        if (Status s = reboot(n); !s)
            return s;
    } else if (f.kind == QLatin1String("power-cut-checkpoint")) {
        const qint64 slot = n.dev->slotOffset(n.dev->nextCheckpointSlot());
        // BEGIN marker + slot header, then 100 bytes into the payload.
        n.flash->cutAtProgrammedByte(n.flash->bytesProgrammed() + dump::kRecordHeaderSize + dump::kCheckpointBeginSize
                                     + dump::kSlotHeaderSize + 100);
        if (n.dev->checkpoint().ok())
            return makeError(ErrorCode::Internal, QStringLiteral("power-cut-checkpoint: the write was not interrupted"));
        o.insert(QStringLiteral("offset"), double(slot));
        o.insert(QStringLiteral("length"), double(dump::kSlotHeaderSize + 100));
        o.insert(QStringLiteral("checkpoint_seq"), double(n.dev->checkpointSeq()));
        o.insert(QStringLiteral("detail"), QStringLiteral("power cut 100 bytes into checkpoint %1's payload; the previous checkpoint stays active").arg(n.dev->checkpointSeq()));
        reader.append(expectedFinding(QStringLiteral("SLOT_UNCOMMITTED"), slot));
        if (Status s = reboot(n); !s)
            return s;
    } else if (f.kind == QLatin1String("lamport-rollback")) {
        n.dev->rollBackLamportOnce(50);
        if (Status s = randomTransfer(n); !s)
            return s;
        const qint64 at = n.dev->lastRecordOffset();
        o.insert(QStringLiteral("offset"), double(at));
        o.insert(QStringLiteral("seq"), double(n.dev->headSeq()));
        o.insert(QStringLiteral("detail"), QStringLiteral("seq %1 stored with a Lamport value 50 below the previous record").arg(n.dev->headSeq()));
        verifier.append(expectedFinding(QStringLiteral("LAMPORT_REGRESSION"), at));
    } else if (f.kind == QLatin1String("unregistered-key")) {
        auto rogue = crypto::Ed25519Signer::fromSeed(m_rng.bytes(32));
        if (!rogue)
            return rogue.error();
        ledger::Entry e;
        e.txId = m_rng.bytes(16);
        e.type = ledger::EntryType::Transfer;
        e.origin = crypto::keyId16(rogue->publicKey());
        e.lamport = n.dev->lamport() + 1;
        e.sequence = 1;
        e.from = n.id.accounts[0];
        e.to = n.id.accounts[1];
        e.amount = 250;
        if (Status s = ledger::signEntry(e, *rogue); !s)
            return s;
        if (Status s = store(n, e, false); !s)
            return s;
        const qint64 at = n.dev->lastRecordOffset();
        o.insert(QStringLiteral("offset"), double(at));
        o.insert(QStringLiteral("seq"), double(n.dev->headSeq()));
        o.insert(QStringLiteral("rogue_public_key"), toHex(rogue->publicKey()));
        o.insert(QStringLiteral("detail"), QStringLiteral("seq %1 signed by an unregistered key").arg(n.dev->headSeq()));
        verifier.append(expectedFinding(QStringLiteral("KEY_UNREGISTERED"), at));
    }
    o.insert(QStringLiteral("expected_findings"), reader);
    o.insert(QStringLiteral("expected_verifier"), verifier);
    m_faults.append(o);
    return {};
}

Result<SimResult> Mesh::run()
{
    if (m_o.devices < 1 || m_o.devices > 64 || m_o.entries < 0 || m_o.entries > 2000000)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("devices must be 1..64 and entries 0..2000000"));
    for (const FaultSpec &f : m_o.faults)
        if (f.device >= m_o.devices)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("fault %1 names device %2 of %3").arg(f.kind).arg(f.device).arg(m_o.devices));
    if (Status s = setup(); !s)
        return s.error();

    const QStringList runFaults = {QStringLiteral("power-cut"), QStringLiteral("lamport-rollback"), QStringLiteral("unregistered-key")};
    QList<int> groupAt;
    if (m_o.groups)
        groupAt = {m_o.entries / 4, (m_o.entries * 3) / 5};
    int step = 0;
    while (m_created < m_o.entries) {
        if (m_progress.stopRequested())
            return makeError(ErrorCode::Cancelled, QStringLiteral("simulation cancelled"));
        m_progress.report(QStringLiteral("simulate"), m_created, m_o.entries);
        ++step;
        m_clock += 30;
        if (!groupAt.isEmpty() && m_created >= groupAt.first()) {
            const bool early = groupAt.size() == 1;
            groupAt.removeFirst();
            if (Status s = runGroup(early); !s)
                return s.error();
            continue;
        }
        const int who = int(m_rng.below(uint64_t(m_nodes.size())));
        Node &n = m_nodes[who];
        // Faults that happen during the run fire halfway through it.
        if (m_created >= m_o.entries / 2)
            for (int i = 0; i < m_o.faults.size(); ++i)
                if (runFaults.contains(m_o.faults[i].kind) && m_o.faults[i].device == who && !m_doneFaults.contains(i)) {
                    m_doneFaults.insert(i);
                    if (Status s = duringRunFault(m_o.faults[i], n); !s)
                        return s.error();
                }
        if (m_rng.chance(0.02)) {
            if (Status s = authorityTrustEvent(n); !s)
                return s.error();
        } else if (Status s = randomTransfer(n); !s) {
            return s.error();
        }
        if (m_rng.chance(0.08))
            if (Status s = sync(who, int(m_rng.below(uint64_t(m_nodes.size())))); !s)
                return s.error();
        if (Status s = maybeCheckpoint(n); !s)
            return s.error();
        if (m_rng.chance(0.0015) || (n.boots == 0 && m_created == m_o.entries / 3))
            if (Status s = reboot(n); !s)
                return s.error();
    }
    if (Status s = fullSync(); !s)
        return s.error();
    for (Node &n : m_nodes) {
        if (n.sinceCheckpoint > 0)
            if (Status s = maybeCheckpoint(n, true); !s)
                return s.error();
        if (Status s = n.dev->seal(); !s)
            return s.error();
    }
    for (int i = 0; i < m_o.faults.size(); ++i)
        if (m_o.faults[i].kind == QLatin1String("power-cut-checkpoint")) {
            m_doneFaults.insert(i);
            if (Status s = duringRunFault(m_o.faults[i], m_nodes[m_o.faults[i].device]); !s)
                return s.error();
        }

    SimResult out;
    QJsonArray files;
    for (Node &n : m_nodes) {
        SimDeviceOutput d;
        d.name = n.id.name;
        d.image = n.flash->image();
        d.storageRootKey = n.id.storageRootKey;
        for (int i = 0; i < m_o.faults.size(); ++i) {
            const FaultSpec &f = m_o.faults[i];
            if (f.device != int(&n - m_nodes.data()) || !isImageFault(f.kind))
                continue;
            ImageFaultContext c;
            c.image = &d.image;
            c.deviceName = d.name;
            c.fileName = d.name + QStringLiteral(".seeddump");
            c.rootKey = crypto::SecureBytes(n.id.storageRootKey);
            c.encrypted = m_o.encrypt;
            auto entry = applyImageFault(c, f);
            if (!entry)
                return entry.error();
            m_faults.append(*entry);
        }
        files.append(QJsonObject{
            {QStringLiteral("name"), d.name + QStringLiteral(".seeddump")},
            {QStringLiteral("device"), d.name},
            {QStringLiteral("key_file"), d.name + QStringLiteral(".key")},
            {QStringLiteral("device_id"), toHex(n.id.deviceId)},
            {QStringLiteral("public_key"), toHex(n.id.publicKey)},
            {QStringLiteral("accounts"), QJsonArray::fromStringList([&] {
                 QStringList a;
                 for (const QByteArray &x : n.id.accounts)
                     a << toHex(x);
                 return a;
             }())},
            {QStringLiteral("size"), double(d.image.size())},
            {QStringLiteral("sha256"), toHex(crypto::sha256(d.image))},
            {QStringLiteral("entries_created"), n.created},
            {QStringLiteral("journal_entries"), double(n.dev->headSeq())},
            {QStringLiteral("rejected_at_store"), n.rejected},
            {QStringLiteral("checkpoints"), n.checkpoints},
            {QStringLiteral("boots"), n.boots + 1},
            {QStringLiteral("final_state_root"), toHex(n.dev->stateRoot())},
            {QStringLiteral("final_lamport"), double(n.dev->lamport())},
            {QStringLiteral("journal_head"), QJsonObject{{QStringLiteral("seq"), double(n.dev->headSeq())},
                                                         {QStringLiteral("hash"), toHex(n.dev->headHash())}}},
        });
        out.devices.append(d);
    }
    QJsonArray faultArgs;
    for (const FaultSpec &f : m_o.faults)
        faultArgs.append(f.kind + QStringLiteral("@%1").arg(f.device) + (f.param >= 0 ? QStringLiteral(":%1").arg(f.param) : QString()));
    out.manifest = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("seedscope-sim-manifest/1")},
        {QStringLiteral("dump_format"), QStringLiteral("seed-dump/1.0")},
        {QStringLiteral("seed"), QString::number(m_o.seed)},
        {QStringLiteral("devices"), m_o.devices},
        {QStringLiteral("entries"), m_o.entries},
        {QStringLiteral("entries_created"), m_created},
        {QStringLiteral("encrypt"), m_o.encrypt},
        {QStringLiteral("groups"), m_o.groups},
        {QStringLiteral("checkpoint_every"), m_ckptEvery},
        {QStringLiteral("network_id"), m_o.networkId},
        {QStringLiteral("fault_args"), faultArgs},
        {QStringLiteral("clean"), m_o.faults.isEmpty()},
        {QStringLiteral("files"), files},
        {QStringLiteral("faults"), m_faults},
    };
    QJsonArray devs;
    for (const SimDeviceIdentity &d : m_net.devices)
        devs.append(QJsonObject{{QStringLiteral("name"), d.name},
                                {QStringLiteral("device_id"), toHex(d.deviceId)},
                                {QStringLiteral("public_key"), toHex(d.publicKey)},
                                {QStringLiteral("registration_certificate"), toHex(d.registration)}});
    out.trustStore = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("seedscope-trust-store/1")},
        {QStringLiteral("network_id"), m_net.params.networkId},
        {QStringLiteral("currency"), m_net.params.currency},
        {QStringLiteral("authority_public_key"), toHex(m_net.params.authorityPublicKey)},
        {QStringLiteral("per_tx_cap"), double(m_net.params.perTxCap)},
        {QStringLiteral("window_cap"), double(m_net.params.windowCap)},
        {QStringLiteral("window_ticks"), double(m_net.params.windowTicks)},
        {QStringLiteral("drift_bound"), double(m_net.params.driftBound)},
        {QStringLiteral("devices"), devs},
    };
    return out;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Result<SimResult> runSimulation(const SimOptions &options, const Progress &progress)
{
    Mesh m(options, progress);
    return m.run();
}

Status writeSimulation(const SimResult &r, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    const QDir d(dir);
    for (const SimDeviceOutput &o : r.devices) {
        if (Status s = writeFile(d.filePath(o.name + QStringLiteral(".seeddump")), o.image); !s)
            return s;
        if (Status s = writeFile(d.filePath(o.name + QStringLiteral(".key")), o.storageRootKey.toHex() + '\n'); !s)
            return s;
    }
    if (Status s = writeFile(d.filePath(QStringLiteral("trust-store.json")), QJsonDocument(r.trustStore).toJson(QJsonDocument::Indented)); !s)
        return s;
    return writeFile(d.filePath(QStringLiteral("manifest.json")), QJsonDocument(r.manifest).toJson(QJsonDocument::Indented));
}

} // namespace seedscope::sim
