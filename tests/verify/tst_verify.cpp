// SPDX-License-Identifier: GPL-3.0-or-later
// The verifier over dumps written by the reference device, clean and with one fault
// each (byte edits an attacker or the media could make): exact code, verdict and
// absolute offset of every expected finding, the recovery emulation against the
// device's own BOOT/RECOVERY markers, and the JSON report shape.
#include "FindingText.h"
#include "MapTranslator.h"
#include "VerifyTestKit.h"

#include "crypto/Hash.h"
#include "util/Hex.h"
#include "verify/Verifier.h"
#include "verify/VerifyChecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace seedscope;
using namespace seedscope::testkit;

namespace {

verify::VerifyReport run(const QByteArray &image, const QByteArray &key, const ledger::TrustStore *trust)
{
    verify::EvidenceSummary ev{QStringLiteral("/evidence/dev-0.seeddump"), QStringLiteral("dev-0.seeddump"), image.size(),
                               crypto::sha256(image)};
    std::optional<crypto::SecureBytes> k;
    if (!key.isEmpty())
        k = crypto::SecureBytes(key);
    std::optional<ledger::TrustStore> t;
    if (trust)
        t = *trust;
    return verify::verifyImage(image, ev, k, t);
}

QString dumpFindings(const verify::VerifyReport &r) { return testing::findingText(r.findings); }

const Finding *find(const verify::VerifyReport &r, const QString &code, qint64 offset)
{
    for (const Finding &f : r.findings)
        if (f.code == code && (offset < 0 || f.offset == offset))
            return &f;
    return nullptr;
}

#define EXPECT_FINDING(report, code, offset, vd)                                                                      \
    do {                                                                                                                   \
        const Finding *f_ = find(report, QStringLiteral(code), offset);                                                    \
        QVERIFY2(f_, qPrintable(QStringLiteral("missing %1@%2 in: %3").arg(QStringLiteral(code)).arg(offset).arg(dumpFindings(report)))); \
        QCOMPARE(verdictName(f_->verdict), verdictName(vd));                                                          \
        QVERIFY(!f_->explanation.isEmpty());                                                                               \
    } while (0)
} // namespace

class TstVerify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanMeshIsClean_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<bool>("withTrust");
        for (bool enc : {false, true})
            for (bool key : {false, true})
                for (bool trust : {false, true})
                    QTest::addRow("%s-%s-%s", enc ? "encrypted" : "plain", key ? "key" : "nokey", trust ? "trust" : "notrust")
                        << enc << key << trust;
    }
    void cleanMeshIsClean()
    {
        QFETCH(bool, encrypt);
        QFETCH(bool, withKey);
        QFETCH(bool, withTrust);
        auto m = makeMesh(encrypt);
        for (int i = 0; i < 2; ++i) {
            const auto r = run(m->image(i), withKey ? m->cfgs[i].storageRootKey : QByteArray(), withTrust ? &m->trust : nullptr);
            QVERIFY(r.readable);
            QVERIFY2(worstSeverity(r.findings) == Severity::Info, qPrintable(dumpFindings(r)));
            QCOMPARE(r.exitCode(), exitcode::Clean);
            QVERIFY(r.recovery.ran);
            QCOMPARE(r.recovery.entriesDropped, 0);
            QCOMPARE(r.recovery.truncatedAt, qint64(-1));
            QCOMPARE(r.recovery.lastValidSeq, m->devs[i]->headSeq());
            QCOMPARE(r.recovery.finalLamport, m->devs[i]->lamport());
            const bool contents = !encrypt || withKey;
            QCOMPARE(r.recovery.stateKnown, contents && withTrust);
            if (r.recovery.stateKnown)
                QCOMPARE(toHex(r.recovery.stateRoot), toHex(m->devs[i]->stateRoot()));
            // What could not be checked is said, precisely.
            QCOMPARE(r.notChecked.size(), (contents ? 0 : 2) + (withTrust ? 0 : 2));
            QCOMPARE(r.checked.contains(QStringLiteral("ledger_replay")), contents && withTrust);
        }
    }

    void tamperedAmountIsTampering()
    {
        auto m = makeMesh(false);
        QByteArray image = m->image(0);
        const auto img = parse(image);
        const QList<int> entries = entryRecords(img);
        // A transfer in the middle: change its amount, keep the signature, fix the CRCs.
        int k = -1;
        for (int i = entries.size() / 2; i < entries.size() - 1 && k < 0; ++i) {
            auto e = ledger::decodeEntry(img.journal[entries[i]].entryBytes());
            if (e && e->type == ledger::EntryType::Transfer)
                k = entries[i];
        }
        QVERIFY(k >= 0);
        const dump::RecordInfo &r = img.journal[k];
        auto e = *ledger::decodeEntry(r.entryBytes());
        e.amount += 900;
        rewriteRecord(image, r, r.plaintext().first(dump::kEntryHeaderSize).toByteArray() + ledger::encodeEntry(e));
        const auto rep = run(image, {}, &m->trust);
        EXPECT_FINDING(rep, "SIG_INVALID", r.offset, Verdict::Tampering);
        int next = entries[entries.indexOf(k) + 1];
        EXPECT_FINDING(rep, "CHAIN_BREAK", img.journal[next].offset, Verdict::Tampering);
        QCOMPARE(find(rep, QStringLiteral("SIG_INVALID"), r.offset)->length, r.footprint());
        QVERIFY(!find(rep, QStringLiteral("LEDGER_SIGNATURE_INVALID"), -1)); // restated, not repeated
        QCOMPARE(rep.exitCode(), exitcode::ErrorsOrTamper);
        // Without a trust store the device's own signature is still checked when it
        // signed the entry; the chain break is found either way.
        const auto noTrust = run(image, {}, nullptr);
        EXPECT_FINDING(noTrust, "CHAIN_BREAK", img.journal[next].offset, Verdict::Tampering);
        if (e.origin == m->devs[0]->deviceId())
            EXPECT_FINDING(noTrust, "SIG_INVALID", r.offset, Verdict::Tampering);
    }

    void deletedEntryIsGapAndBreak()
    {
        auto m = makeMesh(false);
        QByteArray image = m->image(0);
        const auto img = parse(image);
        const QList<int> entries = entryRecords(img);
        // An entry (not the first few) whose successor is in the same erase block.
        int k = -1;
        for (int i = 3; i + 1 < entries.size() && k < 0; ++i)
            if (img.journal[entries[i + 1]].block == img.journal[entries[i]].block)
                k = i;
        QVERIFY(k >= 0);
        const dump::RecordInfo &r = img.journal[entries[k]];
        const dump::RecordInfo &after = img.journal[entries[k + 1]];
        QCOMPARE(after.block, r.block);
        // Move the rest of the block up over the deleted record.
        const qint64 bs = img.superblock.blockSize;
        const qint64 blockEnd = (r.offset / bs + 1) * bs;
        QByteArray tail = image.mid(int(r.offset + r.footprint()), int(blockEnd - r.offset - r.footprint()));
        tail.append(QByteArray(int(r.footprint()), char(0xFF)));
        image.replace(int(r.offset), int(tail.size()), tail);
        const auto rep = run(image, {}, &m->trust);
        EXPECT_FINDING(rep, "SEQ_GAP", r.offset, Verdict::Tampering);
        EXPECT_FINDING(rep, "CHAIN_BREAK", r.offset, Verdict::Tampering);
        QCOMPARE(rep.exitCode(), exitcode::ErrorsOrTamper);
    }

    void bitFlipIsCorruption()
    {
        auto m = makeMesh(false);
        QByteArray image = m->image(0);
        const auto img = parse(image);
        // An entry after the newest checkpoint's journal position that is not the last:
        // recovery replays from the checkpoint and must truncate at the damage. (Damage
        // before the checkpoint head is skipped over by the device: see below.)
        const uint64_t covered = img.checkpointSlots[img.activeSlot].header.journalSeq;
        const QList<int> entries = entryRecords(img);
        int k = -1;
        for (int i = 0; i + 1 < entries.size() && k < 0; ++i)
            if (img.journal[entries[i]].header.seq > covered + 1)
                k = entries[i];
        QVERIFY(k >= 0);
        const dump::RecordInfo &r = img.journal[k];
        image[int(r.offset + dump::kRecordHeaderSize + 10)] ^= 0x04;
        const auto rep = run(image, {}, &m->trust);
        EXPECT_FINDING(rep, "JOURNAL_CRC_MISMATCH", r.offset, Verdict::Corruption);
        // The chain resumes after the damage without blaming the next record.
        QVERIFY2(!find(rep, QStringLiteral("CHAIN_BREAK"), -1), qPrintable(dumpFindings(rep)));
        QCOMPARE(rep.recovery.truncatedAt, r.offset);
        QVERIFY(rep.recovery.entriesDropped > 0);
        QCOMPARE(rep.regions.value(0).verdict, Verdict::Corruption);
        QCOMPARE(rep.regions.value(0).offset, r.offset);

        // The same damage before the checkpoint's head: the device resumes at the head,
        // nothing is truncated, the checkpoint covers the lost entry.
        QByteArray early = m->image(0);
        const dump::RecordInfo &e = img.journal[entries[2]];
        QVERIFY(e.header.seq <= covered);
        early[int(e.offset + dump::kRecordHeaderSize + 10)] ^= 0x04;
        const auto rep2 = run(early, {}, &m->trust);
        EXPECT_FINDING(rep2, "JOURNAL_CRC_MISMATCH", e.offset, Verdict::Corruption);
        QCOMPARE(rep2.recovery.truncatedAt, qint64(-1));
        QCOMPARE(rep2.recovery.lastValidSeq, m->devs[0]->headSeq());
    }

    void damagedHeaderLeavesUnknownRange()
    {
        auto m = makeMesh(false);
        QByteArray image = m->image(0);
        const auto img = parse(image);
        const QList<int> entries = entryRecords(img);
        // A record header in the middle of a block whose next record is in the same block.
        int k = -1;
        for (int i = 1; i + 1 < entries.size() && k < 0; ++i)
            if (img.journal[entries[i + 1]].block == img.journal[entries[i]].block && i > 2)
                k = entries[i];
        QVERIFY(k >= 0);
        const dump::RecordInfo &r = img.journal[k];
        image[int(r.offset + 20)] ^= 0x10; // seq field: header CRC now fails
        const auto rep = run(image, {}, &m->trust);
        EXPECT_FINDING(rep, "JOURNAL_CRC_MISMATCH", r.offset, Verdict::Corruption);
        const Finding *u = find(rep, QStringLiteral("JOURNAL_UNKNOWN_RANGE"), r.offset + dump::kRecordHeaderSize);
        QVERIFY2(u, qPrintable(dumpFindings(rep)));
        QCOMPARE(verdictName(u->verdict), verdictName(Verdict::Unknown));
        const qint64 bs = img.superblock.blockSize;
        QVERIFY(u->offset + u->length <= (r.offset / bs + 1) * bs);
        QVERIFY(u->length >= r.footprint() - dump::kRecordHeaderSize);
    }

    void lamportRollback()
    {
        auto m = makeMesh(false, 4);
        m->devs[0]->rollBackLamportOnce(3);
        QVERIFY(m->devs[0]->append(transfer(*m, 0, 55)));
        const qint64 at = m->devs[0]->lastRecordOffset();
        const auto rep = run(m->image(0), {}, &m->trust);
        const Finding *f = find(rep, QStringLiteral("LAMPORT_REGRESSION"), at);
        QVERIFY2(f, qPrintable(dumpFindings(rep)));
        QCOMPARE(f->severity, Severity::Error);
    }

    void replayedEntryIsDuplicate()
    {
        auto m = makeMesh(false, 4);
        const auto img0 = parse(m->image(0));
        // The device stores an already stored transaction again (chained correctly).
        const auto first = *ledger::decodeEntry(img0.journal[entryRecords(img0).last()].entryBytes());
        QVERIFY(m->devs[0]->append(first));
        const qint64 at = m->devs[0]->lastRecordOffset();
        const auto rep = run(m->image(0), {}, &m->trust);
        EXPECT_FINDING(rep, "ENTRY_DUPLICATE", at, Verdict::Tampering);
        const Finding *tail = find(rep, QStringLiteral("UNSEALED_TAIL"), at);
        QVERIFY2(tail, qPrintable(dumpFindings(rep)));
        QCOMPARE(tail->severity, Severity::Info);
    }

    void powerCutIsTornTailAndRecoveryMatchesMarkers()
    {
        auto m = makeMesh(false, 6);
        sim::NorFlash &flash = *m->flashes[0];
        const ledger::Entry e = transfer(*m, 0, 77);
        flash.cutAtProgrammedByte(flash.bytesProgrammed() + 120);
        QVERIFY(!m->devs[0]->append(e).ok());
        flash.restorePower();
        QByteArray cut = flash.image();
        // Before the reboot: a torn tail, benign; the device would truncate there.
        const auto before = run(cut, {}, &m->trust);
        const auto img = parse(cut);
        qint64 tornAt = -1;
        for (const Finding &f : img.findings)
            if (f.code == QLatin1String("JOURNAL_TORN_TAIL"))
                tornAt = f.offset;
        QVERIFY(tornAt > 0);
        EXPECT_FINDING(before, "JOURNAL_TORN_TAIL", tornAt, Verdict::TornTail);
        QCOMPARE(before.exitCode(), exitcode::Findings);
        QCOMPARE(before.recovery.truncatedAt, tornAt);
        QCOMPARE(before.recovery.lastValidSeq, m->devs[0]->headSeq());
        // Reboot: the device's own recovery writes RECOVERY + BOOT; the emulation agrees.
        sim::BootReport br;
        auto rebooted = sim::SeedDevice::boot(flash, m->cfgs[0], m->net.keys, m->net.params, &br);
        QVERIFY(rebooted);
        QCOMPARE(br.truncatedAt, tornAt);
        const auto after = run(flash.image(), {}, &m->trust);
        QVERIFY2(!find(after, QStringLiteral("BOOT_MARKER_MISMATCH"), -1), qPrintable(dumpFindings(after)));
        QVERIFY2(!find(after, QStringLiteral("RECOVERY_MARKER_MISMATCH"), -1), qPrintable(dumpFindings(after)));
        QVERIFY2(!find(after, QStringLiteral("RECOVERY_MARKER_MISSING"), -1), qPrintable(dumpFindings(after)));
        QCOMPARE(after.recovery.finalLamport, (*rebooted)->lamport());
        QCOMPARE(toHex(after.recovery.stateRoot), toHex((*rebooted)->stateRoot()));
    }

    void forgedBootMarkerIsCaught()
    {
        // The device recovered from a torn tail; an edited BOOT marker claims no truncation.
        auto m = makeMesh(false, 6);
        sim::NorFlash &flash = *m->flashes[0];
        flash.cutAtProgrammedByte(flash.bytesProgrammed() + 120);
        QVERIFY(!m->devs[0]->append(transfer(*m, 0, 78)).ok());
        flash.restorePower();
        QVERIFY(sim::SeedDevice::boot(flash, m->cfgs[0], m->net.keys, m->net.params));
        QByteArray image = flash.image();
        const auto img = parse(image);
        const dump::RecordInfo *boot = nullptr;
        for (const dump::RecordInfo &r : img.markers)
            if (r.header.type == uint8_t(dump::RecordType::Boot))
                boot = &r;
        QVERIFY(boot);
        auto b = *dump::decodeBootMarker(boot->payload());
        b.truncatedAt = dump::kNoOffset;
        rewriteRecord(image, *boot, dump::encodeBootMarker(b));
        const auto rep = run(image, {}, &m->trust);
        const Finding *f = find(rep, QStringLiteral("BOOT_MARKER_MISMATCH"), boot->offset);
        QVERIFY2(f, qPrintable(dumpFindings(rep)));
        QCOMPARE(f->found, QStringLiteral("none"));
        // Editing a marker also breaks the marker chain at the next marker, if any.
        QCOMPARE(rep.exitCode(), exitcode::ErrorsOrTamper);
    }

    void corruptActiveSlotFallsBack()
    {
        auto m = makeMesh(false, 6);
        QVERIFY(m->devs[0]->checkpoint().ok()); // a second checkpoint: the first becomes the fallback
        QByteArray image = m->image(0);
        const auto img = parse(image);
        QVERIFY(img.activeSlot >= 0 && img.fallbackSlot >= 0);
        const dump::SlotInfo &s = img.checkpointSlots[img.activeSlot];
        image[int(s.payloadOffset + 7)] ^= 0x01;
        const auto rep = run(image, {}, &m->trust);
        EXPECT_FINDING(rep, "SLOT_PAYLOAD_CRC_MISMATCH", s.payloadOffset, Verdict::Corruption);
        EXPECT_FINDING(rep, "CHECKPOINT_FALLBACK_USED", s.offset, Verdict::None);
        QVERIFY(rep.recovery.usedFallback);
        QCOMPARE(rep.recovery.slot, img.fallbackSlot);
        // Same final state as without the damage: the fallback plus a longer replay.
        const auto clean = run(m->image(0), {}, &m->trust);
        QCOMPARE(toHex(rep.recovery.stateRoot), toHex(clean.recovery.stateRoot));
    }

    void fallbackWhileActiveValidIsAFinding()
    {
        auto m = makeMesh(false, 6);
        QVERIFY(m->devs[0]->checkpoint().ok());
        sim::NorFlash &flash = *m->flashes[0];
        const auto img = parse(flash.image());
        const dump::SlotInfo &s = img.checkpointSlots[img.activeSlot];
        const qint64 at = s.payloadOffset + 7;
        const char orig = flash.image()[int(at)];
        flash.poke(at, QByteArray(1, char(orig ^ 0x01)));
        sim::BootReport br;
        QVERIFY(sim::SeedDevice::boot(flash, m->cfgs[0], m->net.keys, m->net.params, &br));
        QVERIFY(br.usedFallback);
        flash.poke(at, QByteArray(1, orig)); // the active slot reads valid again
        const auto rep = run(flash.image(), {}, &m->trust);
        QVERIFY2(find(rep, QStringLiteral("BOOT_FALLBACK_WITH_VALID_ACTIVE"), -1), qPrintable(dumpFindings(rep)));
    }

    void forgedSlotSignature()
    {
        auto m = makeMesh(false, 6);
        QByteArray image = m->image(0);
        const auto img = parse(image);
        const dump::SlotInfo &s = img.checkpointSlots[img.activeSlot];
        // The signature lives in the commit record; flip one of its bits and fix the CRC.
        dump::CommitRecord c = s.commit;
        c.signature[3] = char(c.signature[3] ^ 0x40);
        image.replace(int(s.commitOffset), dump::kCommitRecordSize, dump::encodeCommitRecord(c));
        const auto rep = run(image, {}, &m->trust);
        const Finding *f = find(rep, QStringLiteral("SLOT_SIGNATURE_INVALID"), -1);
        QVERIFY2(f, qPrintable(dumpFindings(rep)));
        QCOMPARE(verdictName(f->verdict), verdictName(Verdict::Tampering));
        QVERIFY(f->offset >= s.commitOffset && f->offset < s.commitOffset + dump::kCommitRecordSize);
    }

    // A trust store that does not fit the dump is the examiner's input: one
    // TRUST_STORE_MISMATCH (no verdict), exit 4, and never a finding against the device.
    void trustStoreMismatchIsTheExaminersInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("encrypt");
        for (bool enc : {false, true}) {
            QTest::addRow("other-network-%s", enc ? "encrypted" : "plain") << QStringLiteral("network") << enc;
            QTest::addRow("other-device-key-%s", enc ? "encrypted" : "plain") << QStringLiteral("device-key") << enc;
        }
    }
    void trustStoreMismatchIsTheExaminersInput()
    {
        QFETCH(QString, kind);
        QFETCH(bool, encrypt);
        auto m = makeMesh(encrypt);
        ledger::TrustStore ts = m->trust;
        if (kind == QLatin1String("network"))
            ts.networkId = QStringLiteral("another-net"); // the same authority, another network's store
        else
            ts.devices[0].publicKey = ts.devices[1].publicKey; // device 0 registered with device 1's key
        const auto r = run(m->image(0), m->cfgs[0].storageRootKey, &ts);
        QVERIFY(r.readable);
        int mismatches = 0;
        for (const Finding &f : r.findings) {
            if (f.code == QLatin1String("TRUST_STORE_MISMATCH")) {
                ++mismatches;
                QCOMPARE(verdictName(f.verdict), verdictName(Verdict::None));
                continue;
            }
            // Nothing else above info: the device is not blamed for the examiner's input.
            QVERIFY2(f.severity == Severity::Info, qPrintable(dumpFindings(r)));
            QVERIFY2(f.verdict != Verdict::Tampering && f.verdict != Verdict::Corruption, qPrintable(dumpFindings(r)));
        }
        QCOMPARE(mismatches, 1);
        QCOMPARE(r.exitCode(), exitcode::InputMismatch);
        if (kind == QLatin1String("network")) {
            // The store was not used: what needs it is listed as not checked, and says why.
            QVERIFY(!r.checked.contains(QStringLiteral("ledger_replay")));
            bool named = false;
            for (const QString &n : r.notChecked)
                named |= n.startsWith(QStringLiteral("ledger_replay: ")) && n.contains(QStringLiteral("TRUST_STORE_MISMATCH"));
            QVERIFY(named);
        } else {
            // The wrong entry is ignored; the device's own key still checks its records.
            QVERIFY(r.checked.contains(QStringLiteral("ledger_replay")));
        }
        // The right store on the same dump: no mismatch.
        const auto clean = run(m->image(0), m->cfgs[0].storageRootKey, &m->trust);
        for (const Finding &f : clean.findings)
            QVERIFY(f.code != QLatin1String("TRUST_STORE_MISMATCH"));
        QCOMPARE(clean.exitCode(), exitcode::Clean);
    }

    // The words of a real verification change language under an installed translator;
    // the English fields, and so the JSON report, do not change by a byte.
    void findingWordsAreTranslatable()
    {
        auto m = makeMesh(false);
        QByteArray image = m->image(0);
        const auto img = parse(image);
        const dump::RecordInfo &r = img.journal[entryRecords(img).at(2)];
        image[int(r.offset + dump::kRecordHeaderSize + 10)] ^= 0x04;
        const auto rep = run(image, {}, nullptr); // no trust store: VERIFY_NOT_CHECKED too
        const QByteArray json = QJsonDocument(rep.toJson()).toJson();
        const Finding *crc = find(rep, QStringLiteral("JOURNAL_CRC_MISMATCH"), r.offset);
        QVERIFY2(crc, qPrintable(dumpFindings(rep)));
        const Finding *notChecked = nullptr;
        for (const Finding &f : rep.findings)
            if (f.code == QLatin1String("VERIFY_NOT_CHECKED") && f.location == QLatin1String("key_certification"))
                notChecked = &f;
        QVERIFY2(notChecked, qPrintable(dumpFindings(rep)));
        QCOMPARE(crc->translated(FindingField::Explanation), crc->explanation); // no catalogue installed

        auto fr = std::make_unique<testing::MapTranslator>(QHash<QByteArray, QString>{
            {"A record's payload checksum does not match and valid data follows: damage in the middle of the log.", QStringLiteral("La somme de contrôle de la charge utile d'un enregistrement ne correspond pas et des données valides suivent : dommage au milieu du journal.")},
            {"journal block %1, %2", QStringLiteral("bloc de journal %1, %2")},
            {"payload", QStringLiteral("charge utile")},
            {"Not checked: %1.", QStringLiteral("Non vérifié : %1.")},
            {"%1, so no key could be checked against the network authority (KEY_UNREGISTERED is not reported)",
             QStringLiteral("%1, donc aucune clé n'a pu être vérifiée auprès de l'autorité du réseau (KEY_UNREGISTERED n'est pas signalé)")},
            {"no trust store was given", QStringLiteral("aucun magasin de confiance n'a été fourni")}});
        const QString crcWhy = crc->translated(FindingField::Explanation);
        const QString crcWhere = crc->translated(FindingField::Location);
        const QString whyNot = notChecked->translated(FindingField::Explanation);
        QString banner;
        for (size_t i = 0; i < rep.notCheckedWhy.size(); ++i)
            banner += rep.notCheckedWhy[i].translated();
        fr.reset();

        QVERIFY(crcWhy != crc->explanation);
        QVERIFY2(crcWhy.startsWith(QStringLiteral("La somme de contrôle")), qPrintable(crcWhy));
        QCOMPARE(crcWhere, QStringLiteral("bloc de journal %1, charge utile").arg(r.block));
        QCOMPARE(crc->location, QStringLiteral("journal block %1, payload").arg(r.block));
        QCOMPARE(whyNot, QStringLiteral("Non vérifié : aucun magasin de confiance n'a été fourni, donc aucune clé n'a pu être vérifiée auprès "
                                        "de l'autorité du réseau (KEY_UNREGISTERED n'est pas signalé)."));
        QVERIFY(notChecked->explanation.startsWith(QStringLiteral("Not checked: no trust store was given, so no key")));
        QCOMPARE(rep.notCheckedWhy.size(), size_t(rep.notChecked.size()));
        QVERIFY2(banner.contains(QStringLiteral("aucun magasin de confiance")), qPrintable(banner));
        QCOMPARE(QJsonDocument(rep.toJson()).toJson(), json);
        QVERIFY(!json.contains("somme de contr"));
    }

    void jsonReportShape()
    {
        auto m = makeMesh(true);
        const auto rep = run(m->image(0), {}, &m->trust);
        const QJsonObject j = rep.toJson();
        QCOMPARE(j.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sha256")).toString(),
                 toHex(crypto::sha256(m->image(0))));
        QCOMPARE(j.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("not_checked")).toArray().size(), 2);
        QVERIFY(j.value(QStringLiteral("not_checked")).toArray().at(0).toString().startsWith(QStringLiteral("entry_contents: ")));
        QCOMPARE(j.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exit_code")).toInt(), 0);
        for (const auto &v : j.value(QStringLiteral("findings")).toArray()) {
            auto f = Finding::fromJson(v.toObject());
            QVERIFY(f);
            QCOMPARE(f->evidence, QStringLiteral("dev-0.seeddump"));
        }
        QVERIFY(rep.toText().contains(QStringLiteral("summary: ")));
    }
};

QTEST_GUILESS_MAIN(TstVerify)
#include "tst_verify.moc"
