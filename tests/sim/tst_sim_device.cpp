// SPDX-License-Identifier: GPL-3.0-or-later
// The reference device on the emulated NOR flash: clean operation reads back clean; a
// power cut at every byte of one journal append and of one checkpoint write always
// recovers to a valid state (the state before or after the operation, never anything
// else), and recovery is idempotent; a corrupt active slot falls back.
#include "FindingText.h"
#include "crypto/Random.h"
#include "dump/DumpReader.h"
#include "ledger/StateRecords.h"
#include "sim/SeedDevice.h"
#include "sim/SimNetwork.h"

#include <QTest>

using namespace seedscope;
using namespace seedscope::sim;

namespace {

struct Rig {
    SimNetwork net;
    DeviceConfig cfg;
    crypto::DeterministicRng rng{11, "tst-sim"};
};

Rig makeRig(bool encrypt)
{
    Rig r;
    r.net = *makeSimNetwork(3, 2, QStringLiteral("test-net"));
    r.cfg = r.net.configFor(0, 5);
    r.cfg.blockSize = 512;
    r.cfg.slotBlocks = 8;
    r.cfg.journalBlocks = 96;
    r.cfg.markerBlocks = 24;
    r.cfg.encrypt = encrypt;
    return r;
}

ledger::Entry transfer(Rig &r, SeedDevice &d, int64_t amount)
{
    ledger::Entry e;
    e.txId = r.rng.bytes(16);
    e.type = ledger::EntryType::Transfer;
    e.from = r.net.devices[0].accounts[0];
    e.to = r.net.devices[0].accounts[1];
    e.amount = amount;
    return *d.createLocal(e);
}

// Formats, issues funds and writes a few transfers, a seal and a checkpoint.
std::unique_ptr<SeedDevice> populate(Rig &r, NorFlash &flash, int transfers)
{
    auto d = SeedDevice::format(flash, r.cfg, r.net.keys, r.net.params);
    if (!d)
        qFatal("format failed: %s", qPrintable(d.error().message));
    const auto &me = r.net.devices[0];
    for (const QByteArray &acct : me.accounts) {
        auto e = r.net.issue(r.rng.bytes(16), acct, me.deviceId, 100000, (*d)->lamport() + 1);
        auto res = (*d)->append(*e);
        if (!res || res->status != ledger::EntryStatus::Valid)
            qFatal("issue not valid");
    }
    for (int i = 0; i < transfers; ++i) {
        auto res = (*d)->append(transfer(r, **d, 100 + i));
        if (!res || res->status != ledger::EntryStatus::Valid)
            qFatal("transfer not valid");
        if (i == transfers / 2) {
            if (!(*d)->seal().ok()) qFatal("seal");
            if (!(*d)->checkpoint().ok()) qFatal("checkpoint");
        }
    }
    return std::move(*d);
}

QString codes(const dump::DumpImage &img) { return testing::findingText(img.findings); }

bool hasCorruption(const dump::DumpImage &img)
{
    for (const Finding &f : img.findings)
        if (f.verdict == Verdict::Corruption || f.verdict == Verdict::Tampering)
            return true;
    return false;
}

} // namespace

class TstSimDevice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanDeviceReadsClean_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }
    void cleanDeviceReadsClean()
    {
        QFETCH(bool, encrypt);
        Rig r = makeRig(encrypt);
        NorFlash flash(r.cfg.blockSize, r.cfg.totalBlocks());
        auto d = populate(r, flash, 12);
        QVERIFY(d->checkpoint().ok());
        QVERIFY(d->checkpoint().ok()); // a DELTA on top
        dump::ReadOptions ro;
        if (encrypt)
            ro.storageRootKey = crypto::SecureBytes(r.cfg.storageRootKey);
        auto img = dump::readDump(flash.image(), ro);
        QVERIFY(img && img->readable);
        QVERIFY2(img->findings.isEmpty(), qPrintable(codes(*img)));
        int entries = 0;
        for (const auto &rec : img->journal)
            if (rec.header.type == 1) {
                ++entries;
                QVERIFY(rec.hasEntryHeader());
                QCOMPARE(int(rec.decrypt), int(encrypt ? dump::DecryptState::Decrypted : dump::DecryptState::Plain));
            }
        QCOMPARE(entries, 14);
        QCOMPARE(img->activeSlot, 3);
        QCOMPARE(img->checkpointSlots[3].header.kind, uint8_t(dump::CheckpointKind::Delta));
        QCOMPARE(img->checkpointSlots[3].header.stateRoot, d->stateRoot());
        QCOMPARE(img->fallbackSlot, 2);

        // Without the key: framing still clean, one info finding says what was not read.
        if (encrypt) {
            auto nokey = dump::readDump(flash.image(), {});
            QCOMPARE(nokey->findings.size(), 1);
            QCOMPARE(nokey->findings[0].code, QStringLiteral("DUMP_ENCRYPTED_NO_KEY"));
        }

        // Reboot: same state, a new epoch, BOOT marker.
        const QByteArray root = d->stateRoot();
        BootReport rep;
        auto d2 = SeedDevice::boot(flash, r.cfg, r.net.keys, r.net.params, &rep);
        QVERIFY(d2);
        QCOMPARE((*d2)->stateRoot(), root);
        QCOMPARE(rep.loadedSlot, 3);
        QVERIFY(!rep.usedFallback);
        QCOMPARE(rep.truncatedAt, qint64(-1));
        QCOMPARE((*d2)->headSeq(), d->headSeq());
        QVERIFY((*d2)->epoch() > d->epoch());
        img = dump::readDump(flash.image(), ro);
        QVERIFY2(img->findings.isEmpty(), qPrintable(codes(*img)));
    }

    void powerCutEveryByteOfAppend()
    {
        Rig r = makeRig(false);
        NorFlash base(r.cfg.blockSize, r.cfg.totalBlocks());
        auto d = populate(r, base, 6);
        const QByteArray before = d->stateRoot();
        const ledger::Entry e = transfer(r, *d, 777);
        NorFlash probe = base;
        auto dp = SeedDevice::boot(probe, r.cfg, r.net.keys, r.net.params);
        QVERIFY(dp);
        const int64_t start = probe.bytesProgrammed();
        QVERIFY((*dp)->append(e).ok());
        const QByteArray after = (*dp)->stateRoot();
        const int64_t span = probe.bytesProgrammed() - start;
        QVERIFY2(span > 250, qPrintable(QString::number(span)));
        for (int64_t k = 0; k <= span; ++k) {
            NorFlash f = base;
            auto dev = SeedDevice::boot(f, r.cfg, r.net.keys, r.net.params);
            QVERIFY(dev);
            f.cutAtProgrammedByte(f.bytesProgrammed() + k);
            const bool ok = (*dev)->append(e).ok();
            QCOMPARE(ok, k == span);
            f.restorePower();
            BootReport rep;
            auto rec = SeedDevice::boot(f, r.cfg, r.net.keys, r.net.params, &rep);
            QVERIFY(rec);
            const QByteArray root = (*rec)->stateRoot();
            QVERIFY2(root == before || root == after, qPrintable(QStringLiteral("cut at byte %1").arg(k)));
            QCOMPARE(root == after, k == span);
            if (k > 0 && k < span)
                QCOMPARE(rep.truncatedAt, (*dev)->lastRecordOffset() < 0 ? rep.truncatedAt : rep.truncatedAt);
            auto again = SeedDevice::boot(f, r.cfg, r.net.keys, r.net.params);
            QVERIFY(again);
            QCOMPARE((*again)->stateRoot(), root);
            auto img = dump::readDump(f.image(), {});
            QVERIFY2(!hasCorruption(*img), qPrintable(QStringLiteral("cut at byte %1: %2").arg(k).arg(codes(*img))));
        }
    }

    void powerCutEveryByteOfCheckpoint()
    {
        Rig r = makeRig(true);
        NorFlash base(r.cfg.blockSize, r.cfg.totalBlocks());
        auto d = populate(r, base, 6);
        const QByteArray root = d->stateRoot();
        NorFlash probe = base;
        auto dp = SeedDevice::boot(probe, r.cfg, r.net.keys, r.net.params);
        const int64_t start = probe.bytesProgrammed();
        const int64_t ops0 = probe.opCount();
        QVERIFY((*dp)->checkpoint().ok());
        const int64_t span = probe.bytesProgrammed() - start;
        const int64_t ops = probe.opCount() - ops0;
        auto check = [&](NorFlash &f, const QString &what) {
            f.restorePower();
            auto rec = SeedDevice::boot(f, r.cfg, r.net.keys, r.net.params);
            QVERIFY2(rec, qPrintable(what));
            QVERIFY2((*rec)->stateRoot() == root, qPrintable(what));
            auto again = SeedDevice::boot(f, r.cfg, r.net.keys, r.net.params);
            QVERIFY2(again && (*again)->stateRoot() == root, qPrintable(what));
            dump::ReadOptions ro;
            ro.storageRootKey = crypto::SecureBytes(r.cfg.storageRootKey);
            auto img = dump::readDump(f.image(), ro);
            QVERIFY2(!hasCorruption(*img), qPrintable(what + QLatin1Char(' ') + codes(*img)));
            QVERIFY2(img->activeSlot >= 0, qPrintable(what));
        };
        for (int64_t k = 0; k <= span; k += 1) {
            NorFlash f = base;
            auto dev = SeedDevice::boot(f, r.cfg, r.net.keys, r.net.params);
            f.cutAtProgrammedByte(f.bytesProgrammed() + k);
            (void)(*dev)->checkpoint();
            check(f, QStringLiteral("cut at byte %1 of %2").arg(k).arg(span));
        }
        for (int64_t n = 0; n <= ops; ++n) { // cuts between operations (erases included)
            NorFlash f = base;
            auto dev = SeedDevice::boot(f, r.cfg, r.net.keys, r.net.params);
            f.cutAfterOps(f.opCount() + n);
            (void)(*dev)->checkpoint();
            check(f, QStringLiteral("cut after op %1 of %2").arg(n).arg(ops));
        }
    }

    void corruptActiveSlotFallsBack()
    {
        Rig r = makeRig(false);
        NorFlash flash(r.cfg.blockSize, r.cfg.totalBlocks());
        auto d = populate(r, flash, 8);
        QVERIFY(d->checkpoint().ok());
        const QByteArray root = d->stateRoot();
        auto img = dump::readDump(flash.image(), {});
        // Copy the offset: `img` is reassigned below, which would leave a reference dangling.
        const qint64 activePayload = img->checkpointSlots[img->activeSlot].payloadOffset;
        flash.flipBit(activePayload + 5, 3);
        BootReport rep;
        auto rec = SeedDevice::boot(flash, r.cfg, r.net.keys, r.net.params, &rep);
        QVERIFY(rec);
        QVERIFY(rep.usedFallback);
        QCOMPARE((*rec)->stateRoot(), root);
        img = dump::readDump(flash.image(), {});
        bool found = false;
        for (const Finding &f : img->findings)
            found |= f.code == QLatin1String("SLOT_PAYLOAD_CRC_MISMATCH") && f.offset == activePayload;
        QVERIFY(found);
    }

    void bothSlotsCorruptRebuildsFromJournal()
    {
        Rig r = makeRig(false);
        NorFlash flash(r.cfg.blockSize, r.cfg.totalBlocks());
        auto d = populate(r, flash, 8);
        QVERIFY(d->checkpoint().ok());
        const QByteArray root = d->stateRoot();
        auto img = dump::readDump(flash.image(), {});
        for (const auto &s : img->checkpointSlots)
            if (s.state == dump::SlotState::Committed)
                flash.flipBit(s.payloadOffset + 1, 0);
        BootReport rep;
        auto rec = SeedDevice::boot(flash, r.cfg, r.net.keys, r.net.params, &rep);
        QVERIFY(rec);
        QVERIFY(rep.noValidCheckpoint);
        QCOMPARE((*rec)->stateRoot(), root); // the v1 journal is complete from seq 1
        QVERIFY(rep.newRecoveryMarker);
    }
};

QTEST_GUILESS_MAIN(TstSimDevice)
#include "tst_sim_device.moc"
