// SPDX-License-Identifier: GPL-3.0-or-later
// RECOVERY markers are logged once per incident (docs/format/seed-dump-v1.md section 12,
// steps 7-8): a torn journal tail together with NO_VALID_CHECKPOINT used to make every
// later boot log one more RECOVERY marker, alternating between the two kinds, because
// each boot compared only with the last RECOVERY marker. A new incident (every slot lost
// again after a checkpoint was committed) is still logged.
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
    crypto::DeterministicRng rng{23, "tst-recovery-markers"};
};

Rig makeRig()
{
    Rig r;
    r.net = *makeSimNetwork(9, 1, QStringLiteral("test-net"));
    r.cfg = r.net.configFor(0, 4);
    r.cfg.blockSize = 1024;
    r.cfg.slotBlocks = 2;
    r.cfg.journalBlocks = 24;
    r.cfg.markerBlocks = 8;
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

// reason of every RECOVERY marker, in log order
QList<uint32_t> recoveryReasons(const QByteArray &image)
{
    QList<uint32_t> out;
    auto img = dump::readDump(image);
    for (const dump::RecordInfo &m : img->markers)
        if (m.payloadCrcOk && m.header.type == uint8_t(dump::RecordType::Recovery))
            out << dump::decodeRecoveryMarker(m.payload())->reason;
    return out;
}

// Flip one payload byte of every committed slot: no checkpoint can be loaded.
void corruptAllSlots(NorFlash &flash)
{
    auto img = dump::readDump(flash.image());
    for (const dump::SlotInfo &s : img->checkpointSlots)
        if (s.state == dump::SlotState::Committed)
            flash.flipBit(s.payloadOffset + 7, 0);
}

} // namespace

class TstSimRecoveryMarkers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneRecoveryMarkerPerIncident()
    {
        Rig r = makeRig();
        NorFlash flash(r.cfg.blockSize, r.cfg.totalBlocks());
        auto d = *SeedDevice::format(flash, r.cfg, r.net.keys, r.net.params);
        const auto &me = r.net.devices[0];
        for (const QByteArray &acct : me.accounts)
            QVERIFY(d->append(*r.net.issue(r.rng.bytes(16), acct, me.deviceId, 100000, d->lamport() + 1)));
        for (int i = 0; i < 4; ++i)
            QVERIFY(d->append(transfer(r, *d, 100 + i)));
        QVERIFY(d->seal().ok());
        QVERIFY(d->checkpoint().ok());
        QVERIFY(d->append(transfer(r, *d, 200)));
        // A torn tail: power lost 150 bytes into the next append.
        flash.cutAtProgrammedByte(flash.bytesProgrammed() + 150);
        QVERIFY(!d->append(transfer(r, *d, 300)).ok());
        d.reset();
        flash.restorePower();
        corruptAllSlots(flash);

        BootReport first;
        auto b1 = SeedDevice::boot(flash, r.cfg, r.net.keys, r.net.params, &first);
        QVERIFY(b1);
        QVERIFY(first.noValidCheckpoint);
        QVERIFY(first.truncatedAt >= 0);
        QCOMPARE(recoveryReasons(flash.image()), (QList<uint32_t>{1, 4}));
        const QByteArray root = (*b1)->stateRoot();
        b1->reset();

        for (int boot = 0; boot < 3; ++boot) {
            BootReport rep;
            auto again = SeedDevice::boot(flash, r.cfg, r.net.keys, r.net.params, &rep);
            QVERIFY(again);
            QCOMPARE(rep.truncatedAt, first.truncatedAt);
            QVERIFY(rep.noValidCheckpoint);
            QVERIFY(!rep.newRecoveryMarker);
            QCOMPARE((*again)->stateRoot(), root);
            QCOMPARE(recoveryReasons(flash.image()), (QList<uint32_t>{1, 4}));
            if (boot == 2) {
                // A checkpoint is committed again; losing every slot afterwards is a
                // new NO_VALID_CHECKPOINT incident and is logged once more.
                QVERIFY((*again)->checkpoint().ok());
                again->reset();
                corruptAllSlots(flash);
                BootReport lost;
                QVERIFY(SeedDevice::boot(flash, r.cfg, r.net.keys, r.net.params, &lost));
                QVERIFY(lost.noValidCheckpoint);
                QVERIFY(lost.newRecoveryMarker);
                QCOMPARE(recoveryReasons(flash.image()), (QList<uint32_t>{1, 4, 4}));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstSimRecoveryMarkers)
#include "tst_sim_recovery_markers.moc"
