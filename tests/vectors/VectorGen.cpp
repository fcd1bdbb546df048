// SPDX-License-Identifier: GPL-3.0-or-later
// One scenario, run by the reference device on a small emulated NOR flash (1 KiB erase
// blocks, 33 blocks = 33 KiB), then one fault per vector: the simulator's during-run
// faults (power cut in an append or a checkpoint, Lamport rollback, unregistered key)
// are injected while the scenario runs, its image faults (sim::applyImageFault) on the
// finished image. The JSON beside each dump is what a correct reader extracts
// (VectorDescribe.cpp).
#include "VectorGen.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "ledger/EntryCodec.h"
#include "ledger/Network.h"
#include "ledger/StateRecords.h"
#include "sim/Faults.h"
#include "sim/NorFlash.h"
#include "sim/SeedDevice.h"
#include "sim/SimNetwork.h"
#include "util/Hex.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace seedscope::vectors {

using namespace seedscope::dump;

namespace {

QJsonValue num(uint64_t v)
{
    // JSON numbers are exact up to 2^53; larger values (the ~0 "none" sentinels) as text.
    if (v <= (uint64_t(1) << 53))
        return double(v);
    return QString::number(v);
}

QString sha(QByteArrayView b) { return toHex(crypto::sha256(b)); }

enum class RunFault { None, PowerCut, PowerCutCheckpoint, LamportRollback, UnregisteredKey, Rejections };

struct Rig {
    sim::SimNetwork net;
    sim::DeviceConfig cfg;
    crypto::DeterministicRng rng{42, "seed-dump-vectors"};
    std::unique_ptr<sim::NorFlash> flash;
    std::unique_ptr<sim::SeedDevice> dev;
    uint64_t peerSequence = 0;
    uint64_t clock = 1700000000;
    int localCount = 0;
    QJsonObject fault;
    QJsonArray expectedOutcomes; // the rejected-entries vector: each entry's outcome under ledger-rules.md
};

Status fail(const QString &what) { return makeError(ErrorCode::Internal, what); }

Status store(Rig &r, const ledger::Entry &e)
{
    auto res = r.dev->append(e);
    if (!res)
        return res.error();
    return {};
}

ledger::Entry localDraft(Rig &r)
{
    const auto &me = r.net.devices[0];
    const auto &peer = r.net.devices[1];
    ledger::Entry e;
    e.txId = r.rng.bytes(16);
    e.type = ledger::EntryType::Transfer;
    e.from = me.accounts[0];
    e.to = (r.localCount % 2) ? peer.accounts[0] : me.accounts[1];
    e.amount = 100 + 10 * r.localCount;
    ++r.localCount;
    return e;
}

Status local(Rig &r)
{
    auto e = r.dev->createLocal(localDraft(r));
    if (!e)
        return e.error();
    return store(r, *e);
}

// An entry created on dev-1 and received over the mesh.
Status peer(Rig &r)
{
    const auto &p = r.net.devices[1];
    auto signer = crypto::Ed25519Signer::fromSeed(p.signingSeed);
    if (!signer)
        return signer.error();
    ledger::Entry e;
    e.txId = r.rng.bytes(16);
    e.type = ledger::EntryType::Transfer;
    e.origin = p.deviceId;
    e.lamport = r.dev->lamport() + 2;
    e.sequence = ++r.peerSequence;
    e.from = p.accounts[0];
    e.to = r.net.devices[0].accounts[0];
    e.amount = 75;
    if (Status s = ledger::signEntry(e, *signer); !s)
        return s;
    return store(r, e);
}

Status sealAndCheckpoint(Rig &r)
{
    r.clock += 600;
    r.dev->setClock(r.clock);
    if (Status s = r.dev->seal(); !s)
        return s;
    return r.dev->checkpoint();
}

Status reboot(Rig &r)
{
    r.dev.reset();
    r.flash->restorePower();
    auto d = sim::SeedDevice::boot(*r.flash, r.cfg, r.net.keys, r.net.params);
    if (!d)
        return d.error();
    r.dev = std::move(*d);
    r.clock += 60;
    r.dev->setClock(r.clock);
    return {};
}

Status steps(Rig &r, std::initializer_list<Status (*)(Rig &)> list)
{
    for (auto step : list)
        if (Status s = step(r); !s)
            return s;
    return {};
}

QJsonObject runFaultObject(const QString &kind, qint64 offset, qint64 length, uint64_t seq, const QString &detail)
{
    QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("device"), QStringLiteral("dev-0")},
                  {QStringLiteral("offset"), double(offset)}, {QStringLiteral("seq"), double(seq)},
                  {QStringLiteral("detail"), detail}};
    if (length >= 0)
        o.insert(QStringLiteral("length"), double(length));
    return o;
}

// Entries the ledger rules reject (docs/ledger-rules.md), each with the outcome the rules
// give, stored by the device like any other: the simulator writes only valid entries, so
// without this no vector would hold a rejection.
Status rejections(Rig &r)
{
    const auto &me = r.net.devices[0];
    const QByteArray acc0 = me.accounts[0], acc1 = me.accounts[1];
    auto add = [&](ledger::Entry draft, const QString &what, const char *status, const char *reason) -> Result<ledger::Entry> {
        auto e = r.dev->createLocal(std::move(draft));
        if (!e)
            return e.error();
        if (Status st = store(r, *e); !st)
            return st.error();
        r.expectedOutcomes.append(QJsonObject{{QStringLiteral("journal_seq"), double(r.dev->headSeq())},
                                              {QStringLiteral("offset"), double(r.dev->lastRecordOffset())},
                                              {QStringLiteral("tx_id"), toHex(e->txId)},
                                              {QStringLiteral("what"), what},
                                              {QStringLiteral("status"), QLatin1String(status)},
                                              {QStringLiteral("reason"), reason ? QJsonValue(QLatin1String(reason)) : QJsonValue()}});
        return e;
    };
    auto draft = [&](ledger::EntryType type) {
        ledger::Entry e;
        e.txId = r.rng.bytes(16);
        e.type = type;
        return e;
    };
    // Stage 5: a receiver no ISSUE created. In the ledger (tx recorded), -3.0 trust for acc0.
    ledger::Entry t = draft(ledger::EntryType::Transfer);
    t.from = acc0;
    t.to = r.rng.bytes(16);
    t.amount = 100;
    if (auto e = add(t, QStringLiteral("TRANSFER to an account no ISSUE created"), "REJECTED", "UNKNOWN_ACCOUNT"); !e)
        return e.error();
    // Stage 5: more than the balance (funds are checked before the caps): a double-spend
    // attempt, -10.0 trust for acc1 (the specific penalty replaces the general one).
    t = draft(ledger::EntryType::Transfer);
    t.from = acc1;
    t.to = acc0;
    t.amount = 5000000;
    if (auto e = add(t, QStringLiteral("TRANSFER above the sender's balance"), "REJECTED", "INSUFFICIENT_FUNDS"); !e)
        return e.error();
    // A group of acc0 and acc1; acc0's contribution starts it (joins close).
    const QByteArray group = r.rng.bytes(16);
    ledger::Entry g = draft(ledger::EntryType::GroupCreate);
    g.group = group;
    g.from = acc0;
    g.amount = 1000;
    g.members = {acc0, acc1};
    if (auto e = add(g, QStringLiteral("GROUP_CREATE of acc0 and acc1, contribution 1000"), "VALID", nullptr); !e)
        return e.error();
    g = draft(ledger::EntryType::GroupContribute);
    g.group = group;
    g.from = acc0;
    g.amount = 1000;
    g.cycle = 0;
    if (auto e = add(g, QStringLiteral("GROUP_CONTRIBUTE of acc0, cycle 0 (the group starts)"), "VALID", nullptr); !e)
        return e.error();
    // GROUP_JOIN check order: membership before the closed check, so a member joining a
    // started group is ALREADY_MEMBER (-3.0 trust for acc1), not JOIN_CLOSED ...
    g = draft(ledger::EntryType::GroupJoin);
    g.group = group;
    g.from = acc1;
    if (auto e = add(g, QStringLiteral("GROUP_JOIN of acc1, already a member, group started"), "REJECTED", "GROUP_ALREADY_MEMBER"); !e)
        return e.error();
    // ... and the closed check before the account check: an account no ISSUE created
    // joining a started group is JOIN_CLOSED, not UNKNOWN_ACCOUNT (no trust to move).
    g = draft(ledger::EntryType::GroupJoin);
    g.group = group;
    g.from = r.rng.bytes(16);
    if (auto e = add(g, QStringLiteral("GROUP_JOIN of an unknown account, group started"), "REJECTED", "GROUP_JOIN_CLOSED"); !e)
        return e.error();
    // Stage 4b: an entry declaring a dependency that sorts after it. It is PENDING when
    // replay reaches it, is not retried when the dependency is applied, and is ORPHANED
    // at the end; it leaves no trace (no TX record, sequence not spent).
    const QByteArray later = r.rng.bytes(16);
    t = draft(ledger::EntryType::Transfer);
    t.from = acc0;
    t.to = acc1;
    t.amount = 50;
    t.dependsOn = later;
    auto pending = add(t, QStringLiteral("TRANSFER depending on a later transaction"), "ORPHANED", nullptr);
    if (!pending)
        return pending.error();
    t = draft(ledger::EntryType::Transfer);
    t.txId = later;
    t.from = acc1;
    t.to = acc0;
    t.amount = 60;
    if (auto e = add(t, QStringLiteral("the dependency, stored (and sorting) after the dependent"), "VALID", nullptr); !e)
        return e.error();
    // The retry: a new entry (new tx_id and sequence) created after the dependency. (The
    // same signed entry stored again would sort to the same canonical place and meet the
    // same ledger, and to an auditor it is a replayed record: ENTRY_DUPLICATE.)
    t = draft(ledger::EntryType::Transfer);
    t.from = acc0;
    t.to = acc1;
    t.amount = 50;
    t.dependsOn = later;
    if (auto e = add(t, QStringLiteral("a new entry with the same dependency, after it"), "VALID", nullptr); !e)
        return e.error();

    // What a verifier with the vector's trust store reports about them (no verdict: the
    // device stored what it received, the ledger rules decide).
    QJsonArray verifier;
    for (const QJsonValue &o : std::as_const(r.expectedOutcomes)) {
        const qint64 at = o[QStringLiteral("offset")].toInteger();
        const QString reason = o[QStringLiteral("reason")].toString();
        if (reason == QLatin1String("INSUFFICIENT_FUNDS"))
            verifier.append(sim::expectedFinding(QStringLiteral("DOUBLE_SPEND"), at));
        else if (!reason.isEmpty())
            verifier.append(sim::expectedFinding(QStringLiteral("LEDGER_ENTRY_REJECTED"), at));
        else if (o[QStringLiteral("status")].toString() == QLatin1String("ORPHANED"))
            verifier.append(sim::expectedFinding(QStringLiteral("LEDGER_ORPHANED"), at));
    }
    r.fault = runFaultObject(QStringLiteral("rejected-entries"), r.expectedOutcomes.first()[QStringLiteral("offset")].toInteger(), -1,
                             uint64_t(r.expectedOutcomes.first()[QStringLiteral("journal_seq")].toInteger()),
                             QStringLiteral("%1 entries the ledger rules reject or hold, stored from seq %2 (see expected_outcomes)")
                                 .arg(r.expectedOutcomes.size())
                                 .arg(r.expectedOutcomes.first()[QStringLiteral("journal_seq")].toInteger()));
    r.fault.insert(QStringLiteral("expected_verifier"), verifier);
    return {};
}

// The scenario every vector shares. Comments give the journal/checkpoint it produces.
Status runScenario(Rig &r, RunFault fault)
{
    const auto &me = r.net.devices[0];
    const auto &peerDev = r.net.devices[1];
    // Epoch 1 (FORMAT), BOOT #1; authority issues 3 accounts (2 here, 1 on dev-1).
    for (const QByteArray &acct : me.accounts) {
        auto e = r.net.issue(r.rng.bytes(16), acct, me.deviceId, 100000, r.dev->lamport() + 1);
        if (!e)
            return e.error();
        if (Status s = store(r, *e); !s)
            return s;
    }
    auto e = r.net.issue(r.rng.bytes(16), peerDev.accounts[0], peerDev.deviceId, 50000, r.dev->lamport() + 1);
    if (!e)
        return e.error();
    if (Status s = store(r, *e); !s)
        return s;
    if (Status s = steps(r, {local, local, peer, local, sealAndCheckpoint}); !s) // checkpoint 1: FULL
        return s;
    if (Status s = steps(r, {local, peer, local, sealAndCheckpoint}); !s) // checkpoint 2: DELTA on 1
        return s;
    // Clean reboot: epoch 2 (BOOT), BOOT #2.
    if (Status s = reboot(r); !s)
        return s;
    if (Status s = local(r); !s)
        return s;
    if (fault == RunFault::Rejections)
        if (Status s = rejections(r); !s)
            return s;
    if (fault == RunFault::LamportRollback) {
        r.dev->rollBackLamportOnce(5);
        if (Status s = local(r); !s)
            return s;
        r.fault = runFaultObject(QStringLiteral("lamport-rollback"), r.dev->lastRecordOffset(), -1, r.dev->headSeq(),
                                 QStringLiteral("seq %1 stored with a Lamport value 5 below the previous record").arg(r.dev->headSeq()));
        r.fault.insert(QStringLiteral("expected_verifier"), QJsonArray{sim::expectedFinding(QStringLiteral("LAMPORT_REGRESSION"), r.dev->lastRecordOffset())});
    }
    if (fault == RunFault::UnregisteredKey) {
        auto rogue = crypto::Ed25519Signer::fromSeed(r.rng.bytes(32));
        if (!rogue)
            return rogue.error();
        ledger::Entry x;
        x.txId = r.rng.bytes(16);
        x.type = ledger::EntryType::Transfer;
        x.origin = crypto::keyId16(rogue->publicKey());
        x.lamport = r.dev->lamport() + 1;
        x.sequence = 1;
        x.from = me.accounts[0];
        x.to = me.accounts[1];
        x.amount = 250;
        if (Status s = ledger::signEntry(x, *rogue); !s)
            return s;
        if (Status s = store(r, x); !s)
            return s;
        r.fault = runFaultObject(QStringLiteral("unregistered-key"), r.dev->lastRecordOffset(), -1, r.dev->headSeq(),
                                 QStringLiteral("seq %1 signed by an unregistered key").arg(r.dev->headSeq()));
        r.fault.insert(QStringLiteral("rogue_public_key"), toHex(rogue->publicKey()));
        r.fault.insert(QStringLiteral("expected_verifier"), QJsonArray{sim::expectedFinding(QStringLiteral("KEY_UNREGISTERED"), r.dev->lastRecordOffset())});
    }
    if (Status s = peer(r); !s)
        return s;
    if (Status s = r.dev->genericMarker(RecordType::LowBattery, 7); !s)
        return s;
    if (Status s = local(r); !s)
        return s;
    if (fault == RunFault::PowerCut) {
        auto x = r.dev->createLocal(localDraft(r));
        if (!x)
            return x.error();
        r.flash->cutAtProgrammedByte(r.flash->bytesProgrammed() + 200);
        if (r.dev->append(*x).ok())
            return fail(QStringLiteral("power-cut: the append was not interrupted"));
        const qint64 at = r.dev->lastJournalWriteOffset();
        const uint64_t seq = r.dev->headSeq() + 1;
        r.fault = runFaultObject(QStringLiteral("power-cut"), at, kRecordHeaderSize + 128, seq,
                                 QStringLiteral("power cut 200 bytes into appending seq %1; the device rebooted and recovered").arg(seq));
        r.fault.insert(QStringLiteral("expected_findings"), QJsonArray{sim::expectedFinding(QStringLiteral("JOURNAL_TORN_TAIL"), at)});
        r.fault.insert(QStringLiteral("expected_verifier"), QJsonArray{sim::expectedFinding(QStringLiteral("JOURNAL_TORN_TAIL"), at)});
        if (Status s = reboot(r); !s) // epoch 3 (RECOVERY), RECOVERY + BOOT #3
            return s;
    }
    if (Status s = sealAndCheckpoint(r); !s) // checkpoint 3: DELTA on 2
        return s;
    if (Status s = steps(r, {local, local, sealAndCheckpoint}); !s) // checkpoint 4: FULL (the DELTA chain is 3 long)
        return s;
    if (Status s = r.dev->seal(); !s)
        return s;
    if (fault == RunFault::PowerCutCheckpoint) {
        const qint64 slot = r.dev->slotOffset(r.dev->nextCheckpointSlot());
        r.flash->cutAtProgrammedByte(r.flash->bytesProgrammed() + kRecordHeaderSize + kCheckpointBeginSize + kSlotHeaderSize + 100);
        if (r.dev->checkpoint().ok())
            return fail(QStringLiteral("power-cut-checkpoint: the write was not interrupted"));
        const uint64_t seq = r.dev->checkpointSeq();
        r.fault = runFaultObject(QStringLiteral("power-cut-checkpoint"), slot, kSlotHeaderSize + 100, 0,
                                 QStringLiteral("power cut 100 bytes into checkpoint %1's payload; the previous checkpoint stays active").arg(seq));
        r.fault.remove(QStringLiteral("seq"));
        r.fault.insert(QStringLiteral("checkpoint_seq"), double(seq));
        r.fault.insert(QStringLiteral("expected_findings"), QJsonArray{sim::expectedFinding(QStringLiteral("SLOT_UNCOMMITTED"), slot)});
        if (Status s = reboot(r); !s)
            return s;
    }
    return {};
}

struct Spec {
    QString name;
    QString description;
    bool encrypt = false;
    RunFault run = RunFault::None;
    QString imageFault; // sim::applyImageFault kind
    bool keyHistory = false;
};

QList<Spec> specs()
{
    return {
        {QStringLiteral("clean-plain"), QStringLiteral("clean device: 3 issues, 12 transfers (3 from dev-1 over the mesh), 2 boots, 4 checkpoints (FULL, DELTA, DELTA, FULL), seals, one LOW_BATTERY marker"), false, RunFault::None, {}},
        {QStringLiteral("clean-encrypted"), QStringLiteral("the same scenario with encryption at rest (AES-256-GCM); storage root key in clean-encrypted.key"), true, RunFault::None, {}},
        {QStringLiteral("power-cut"), QStringLiteral("power lost 200 bytes into a journal append (header + 128 payload bytes programmed), then boot-time recovery: RECOVERY marker (torn tail), epoch 3"), false, RunFault::PowerCut, {}},
        {QStringLiteral("power-cut-checkpoint"), QStringLiteral("power lost 100 bytes into checkpoint 5's payload; slot 1 left uncommitted, checkpoint 4 stays active; then a clean boot"), false, RunFault::PowerCutCheckpoint, {}},
        {QStringLiteral("lamport-rollback"), QStringLiteral("one entry stored with a Lamport value 5 below the previous record (clock rolled back); framing is valid"), false, RunFault::LamportRollback, {}},
        {QStringLiteral("unregistered-key"), QStringLiteral("an entry signed by a key no authority registered is stored; framing is valid"), false, RunFault::UnregisteredKey, {}},
        {QStringLiteral("bit-flip"), QStringLiteral("one bit of a mid-journal entry payload flipped (media damage)"), false, RunFault::None, QStringLiteral("bit-flip")},
        {QStringLiteral("tamper-amount"), QStringLiteral("a TRANSFER amount edited, payload and header CRCs recomputed, signature kept"), false, RunFault::None, QStringLiteral("tamper-amount")},
        {QStringLiteral("delete-entry"), QStringLiteral("one entry record removed, the rest of its block moved up"), false, RunFault::None, QStringLiteral("delete-entry")},
        {QStringLiteral("reorder-entries"), QStringLiteral("two adjacent entry records swapped"), false, RunFault::None, QStringLiteral("reorder-entries")},
        {QStringLiteral("replay-entry"), QStringLiteral("an already stored signed transaction re-appended at the journal tail, correctly chained and framed"), false, RunFault::None, QStringLiteral("replay-entry")},
        {QStringLiteral("forge-signature"), QStringLiteral("one byte of an entry signature altered, CRCs recomputed"), false, RunFault::None, QStringLiteral("forge-signature")},
        {QStringLiteral("swap-ciphertext"), QStringLiteral("the ciphertexts of two encrypted entries of equal length swapped, CRCs fixed (key in swap-ciphertext.key)"), true, RunFault::None, QStringLiteral("swap-ciphertext")},
        {QStringLiteral("corrupt-active-slot"), QStringLiteral("one payload byte of the active checkpoint slot flipped: the device falls back"), false, RunFault::None, QStringLiteral("corrupt-active-slot")},
        {QStringLiteral("both-slots-corrupt"), QStringLiteral("one payload byte of every committed checkpoint slot flipped: NO_VALID_CHECKPOINT"), false, RunFault::None, QStringLiteral("both-slots-corrupt")},
        {QStringLiteral("torn-superblock"), QStringLiteral("a superblock update (revision 2) into copy 0 torn after 128 of 256 bytes: copy 1 (revision 1) wins"), false, RunFault::None, QStringLiteral("torn-superblock")},
        {QStringLiteral("rejected-entries"), QStringLiteral("clean-plain plus entries the ledger rules reject or hold (unknown receiver, above the balance, GROUP_JOIN of a member and of an unknown account into a started group, a dependency that sorts later, the retry that works), each with its expected outcome"), false, RunFault::Rejections, {}},
        {QStringLiteral("key-history"), QStringLiteral("clean-plain with one key record in the identity region (a rotation valid from Lamport 1000, signed by the identity key); added by hand, the v1 reference device never rotates"), false, RunFault::None, {}, true},
    };
}

// One key rotation in the identity region (seed-dump-v1.md 4.2): header count 1, then a
// key record signed by the identity key over ledger::rotationSignedBytes.
Status addKeyRecord(Rig &r, QByteArray &image)
{
    auto signer = crypto::Ed25519Signer::fromSeed(r.cfg.signingSeed);
    auto next = crypto::Ed25519Signer::fromSeed(crypto::sha256("seed-dump-vectors/rotated-key"));
    if (!signer || !next)
        return fail(QStringLiteral("key-history: signer"));
    const QByteArray deviceId = crypto::keyId16(signer->publicKey());
    KeyRecord k;
    k.index = 0;
    k.newPublicKey = next->publicKey();
    k.validFromLamport = 1000;
    auto sig = signer->sign(ledger::rotationSignedBytes(deviceId, k.newPublicKey, k.validFromLamport));
    if (!sig)
        return sig.error();
    k.signature = *sig;
    const qint64 at = qint64(r.cfg.superblock(deviceId).identity.firstBlock) * r.cfg.blockSize;
    auto id = decodeIdentityHeader(QByteArrayView(image).sliced(at, kIdentityHeaderSize));
    if (!id)
        return fail(QStringLiteral("key-history: no identity header"));
    id->keyHistoryCount = 1;
    const QByteArray bytes = encodeIdentityHeader(*id) + encodeKeyRecord(k);
    image.replace(int(at), int(bytes.size()), bytes);
    return {};
}

Result<Vector> generate(const Spec &spec)
{
    Rig r;
    auto net = sim::makeSimNetwork(2026, 2, QStringLiteral("vector-net"));
    if (!net)
        return net.error();
    r.net = *net;
    r.cfg = r.net.configFor(0, 7);
    r.cfg.blockSize = 1024;
    r.cfg.identityBlocks = 1;
    r.cfg.slotCount = 4;
    // The rejected-entries vector's ledger state (its TX, GROUP and WINDOW records) does
    // not fit a 2-block slot: 3 blocks there, 2 everywhere else.
    r.cfg.slotBlocks = spec.run == RunFault::Rejections ? 3 : 2;
    r.cfg.journalBlocks = 16;
    r.cfg.markerBlocks = 6;
    r.cfg.encrypt = spec.encrypt;
    r.flash = std::make_unique<sim::NorFlash>(r.cfg.blockSize, r.cfg.totalBlocks());
    auto d = sim::SeedDevice::format(*r.flash, r.cfg, r.net.keys, r.net.params);
    if (!d)
        return d.error();
    r.dev = std::move(*d);
    r.dev->setClock(r.clock);
    if (Status s = runScenario(r, spec.run); !s)
        return makeError(s.error().code, spec.name + QStringLiteral(": ") + s.error().message);

    Vector v;
    v.name = spec.name;
    v.description = spec.description;
    v.image = r.flash->image();
    if (spec.encrypt)
        v.storageRootKey = r.cfg.storageRootKey;
    if (spec.keyHistory)
        if (Status s = addKeyRecord(r, v.image); !s)
            return s.error();
    QJsonObject fault = r.fault;
    if (!spec.imageFault.isEmpty()) {
        sim::ImageFaultContext c;
        c.image = &v.image;
        c.deviceName = QStringLiteral("dev-0");
        c.fileName = spec.name + QStringLiteral(".seeddump");
        c.rootKey = crypto::SecureBytes(r.cfg.storageRootKey);
        c.encrypted = spec.encrypt;
        auto o = sim::applyImageFault(c, sim::FaultSpec{spec.imageFault, 0, -1});
        if (!o)
            return makeError(o.error().code, spec.name + QStringLiteral(": ") + o.error().message);
        fault = *o;
    }
    if (!fault.isEmpty()) {
        fault.insert(QStringLiteral("file"), spec.name + QStringLiteral(".seeddump"));
        if (!fault.contains(QStringLiteral("expected_findings")))
            fault.insert(QStringLiteral("expected_findings"), QJsonArray{});
        if (!fault.contains(QStringLiteral("expected_verifier")))
            fault.insert(QStringLiteral("expected_verifier"), QJsonArray{});
    }

    ReadOptions ro;
    ro.evidenceName = spec.name + QStringLiteral(".seeddump");
    if (spec.encrypt)
        ro.storageRootKey = crypto::SecureBytes(r.cfg.storageRootKey);
    auto img = readDump(v.image, ro);
    if (!img)
        return img.error();

    const sim::SimDeviceIdentity &me = r.net.devices[0];
    v.json = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("seedscope-dump-vector/1")},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("description"), spec.description},
        {QStringLiteral("dump"), spec.name + QStringLiteral(".seeddump")},
        {QStringLiteral("key_file"), spec.encrypt ? QJsonValue(spec.name + QStringLiteral(".key")) : QJsonValue()},
        {QStringLiteral("size"), double(v.image.size())},
        {QStringLiteral("sha256"), sha(v.image)},
        {QStringLiteral("network"), QJsonObject{
             {QStringLiteral("network_id"), r.net.params.networkId},
             {QStringLiteral("authority_public_key"), toHex(r.net.params.authorityPublicKey)},
             {QStringLiteral("device_public_key"), toHex(me.publicKey)},
             {QStringLiteral("device_id"), toHex(me.deviceId)},
             {QStringLiteral("peer_device_id"), toHex(r.net.devices[1].deviceId)},
             {QStringLiteral("peer_public_key"), toHex(r.net.devices[1].publicKey)},
             // With it an auditor's trust store can register the peer whose entries the
             // device received (tests/verify/tst_verify_vectors.cpp builds one).
             {QStringLiteral("peer_registration_certificate"), toHex(r.net.devices[1].registration)}}},
        {QStringLiteral("fault"), fault.isEmpty() ? QJsonValue() : QJsonValue(fault)},
        // The writer's own view at the end of the scenario (before any image fault).
        {QStringLiteral("device_final"), QJsonObject{
             {QStringLiteral("state_root"), toHex(r.dev->stateRoot())},
             {QStringLiteral("lamport"), num(r.dev->lamport())},
             {QStringLiteral("head_seq"), num(r.dev->headSeq())},
             {QStringLiteral("head_hash"), toHex(r.dev->headHash())},
             {QStringLiteral("epoch"), double(r.dev->epoch())},
             {QStringLiteral("checkpoint_seq"), num(r.dev->checkpointSeq())}}},
        {QStringLiteral("read"), describeImage(*img)},
    };
    if (!r.expectedOutcomes.isEmpty()) {
        v.json.insert(QStringLiteral("expected_outcomes"), r.expectedOutcomes);
        // Stated by hand from the rules, not computed: the three issued accounts only (no
        // rejected entry creates one), and the group with its two founding members (both
        // joins rejected), started, holding acc0's one contribution.
        v.json.insert(QStringLiteral("expected_state"),
                      QJsonObject{{QStringLiteral("accounts"), 3},
                                  {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("members"), 2},
                                                                                    {QStringLiteral("started"), true},
                                                                                    {QStringLiteral("pool"), 1000}}}}});
    }
    return v;
}

} // namespace

QByteArray vectorJsonBytes(const QJsonObject &json) { return QJsonDocument(json).toJson(QJsonDocument::Indented); }

Result<QList<Vector>> generateVectors()
{
    QList<Vector> out;
    for (const Spec &s : specs()) {
        auto v = generate(s);
        if (!v)
            return v.error();
        out.append(std::move(*v));
    }
    return out;
}

} // namespace seedscope::vectors
