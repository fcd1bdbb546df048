// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5 "Done when": for EVERY fault kind the mesh simulator can inject, simulate a
// small mesh with that fault, verify the faulted dump with its key and the trust store,
// and assert the exact finding code, verdict and byte offset the simulator's manifest
// expects (expected_findings: reader level, expected_verifier: verifier level). A clean
// mesh verifies with zero findings above info.
#include "FindingText.h"
#include "crypto/Hash.h"
#include "dump/DumpReader.h"
#include "ledger/Proof.h"
#include "sim/Faults.h"
#include "sim/MeshSimulator.h"
#include "verify/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace seedscope;

namespace {

// The verdict each expected code must carry (the manifest gives code and offset only).
Verdict expectedVerdict(const QString &code)
{
    static const QHash<QString, Verdict> v{
        {QStringLiteral("JOURNAL_TORN_TAIL"), Verdict::TornTail},
        {QStringLiteral("JOURNAL_CRC_MISMATCH"), Verdict::Corruption},
        {QStringLiteral("SLOT_PAYLOAD_CRC_MISMATCH"), Verdict::Corruption},
        {QStringLiteral("JOURNAL_DECRYPT_FAILED"), Verdict::Tampering},
        {QStringLiteral("CHAIN_BREAK"), Verdict::Tampering},
        {QStringLiteral("SIG_INVALID"), Verdict::Tampering},
        {QStringLiteral("SEQ_GAP"), Verdict::Tampering},
        {QStringLiteral("SEQ_DUPLICATE"), Verdict::Tampering},
        {QStringLiteral("ENTRY_DUPLICATE"), Verdict::Tampering},
        {QStringLiteral("UNSEALED_TAIL"), Verdict::None},
        {QStringLiteral("LAMPORT_REGRESSION"), Verdict::None},
        {QStringLiteral("KEY_UNREGISTERED"), Verdict::None},
        {QStringLiteral("CHECKPOINT_FALLBACK_USED"), Verdict::None},
        {QStringLiteral("NO_VALID_CHECKPOINT"), Verdict::None},
        {QStringLiteral("SLOT_UNCOMMITTED"), Verdict::TornTail},       // interrupted write, benign
        {QStringLiteral("SUPERBLOCK_COPY_INVALID"), Verdict::Corruption},
    };
    return v.value(code, Verdict::None);
}

// Exit code each fault must produce (2 = errors or tampering, 1 = warnings only).
int expectedExit(const QString &kind)
{
    static const QHash<QString, int> e{
        {QStringLiteral("power-cut"), exitcode::Findings},           // benign torn tail, recovered
        {QStringLiteral("power-cut-checkpoint"), exitcode::Clean},    // uncommitted slot (info): the atomic rule at work
        {QStringLiteral("torn-superblock"), exitcode::Findings},      // the other copy carries the device
        {QStringLiteral("corrupt-active-slot"), exitcode::ErrorsOrTamper},
    };
    return e.value(kind, exitcode::ErrorsOrTamper);
}

QString list(const verify::VerifyReport &r) { return testing::findingText(r.findings); }

QString rootList(const verify::VerifyReport &r)
{
    QString s;
    for (const Finding &f : r.findings)
        s += QStringLiteral("%1 %2 %3 @%4 loc=%5 subj=%6 cause=%7\n")
                 .arg(f.id, QLatin1String(severityName(f.severity)), f.code)
                 .arg(f.offset)
                 .arg(f.location, f.subject, f.cause);
    return s;
}

struct Sim {
    sim::SimResult result;
    ledger::TrustStore trust;
};

std::optional<Sim> simulate(const QString &fault, bool encrypt, uint64_t seed, int devices = 2, int entries = 300,
                            bool groups = false)
{
    sim::SimOptions o;
    o.devices = devices;
    o.entries = entries;
    o.groups = groups;
    o.seed = seed;
    o.encrypt = encrypt;
    if (!fault.isEmpty())
        o.faults.append(*sim::parseFaultSpec(fault + QStringLiteral("@1")));
    auto r = sim::runSimulation(o);
    if (!r) {
        qWarning("%s", qPrintable(r.error().toString()));
        return std::nullopt;
    }
    auto t = ledger::parseTrustStore(QJsonDocument(r->trustStore).toJson());
    if (!t)
        return std::nullopt;
    return Sim{*r, *t};
}

verify::VerifyReport verifyDevice(const Sim &s, int i, bool withKey = true)
{
    const sim::SimDeviceOutput &d = s.result.devices[i];
    verify::EvidenceSummary ev{d.name + QStringLiteral(".seeddump"), d.name + QStringLiteral(".seeddump"), d.image.size(),
                               crypto::sha256(d.image)};
    std::optional<crypto::SecureBytes> key;
    if (withKey)
        key = crypto::SecureBytes(d.storageRootKey);
    return verify::verifyImage(d.image, ev, key, s.trust);
}

} // namespace

class TstVerifySim : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanMeshVerifiesClean_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }
    void cleanMeshVerifiesClean()
    {
        QFETCH(bool, encrypt);
        auto s = simulate({}, encrypt, 11);
        QVERIFY(s);
        for (int i = 0; i < s->result.devices.size(); ++i) {
            const auto r = verifyDevice(*s, i);
            QVERIFY2(worstSeverity(r.findings) == Severity::Info, qPrintable(list(r)));
            QCOMPARE(r.exitCode(), exitcode::Clean);
            QVERIFY(r.notChecked.isEmpty());
            QVERIFY(r.checked.contains(QStringLiteral("ledger_replay")));
            // The emulated recovery lands exactly where the device is.
            const QJsonObject file = s->result.manifest.value(QStringLiteral("files")).toArray().at(i).toObject();
            QCOMPARE(toHexOrEmpty(r), file.value(QStringLiteral("final_state_root")).toString());
            QCOMPARE(double(r.recovery.lastValidSeq), file.value(QStringLiteral("journal_head")).toObject().value(QStringLiteral("seq")).toDouble());
        }
    }

    // Regression: at a few thousand entries the simulator used to write "clean" meshes
    // the ledger rejects (authority events out of Lamport order, transfers over the
    // window cap), so their checkpoints replayed only in storage order. Every device
    // must store only entries the ledger accepts, and canonical replay must reproduce
    // every checkpoint.
    void cleanMeshAtScaleHasNoRejections()
    {
        auto s = simulate({}, false, 7, 3, 1500, true);
        QVERIFY(s);
        const QJsonArray files = s->result.manifest.value(QStringLiteral("files")).toArray();
        for (int i = 0; i < s->result.devices.size(); ++i) {
            QCOMPARE(files.at(i).toObject().value(QStringLiteral("rejected_at_store")).toInt(-1), 0);
            const auto r = verifyDevice(*s, i);
            QVERIFY2(worstSeverity(r.findings) == Severity::Info, qPrintable(list(r)));
            int reproduced = 0;
            for (const Finding &f : r.findings) {
                QVERIFY2(f.code != QLatin1String("LEDGER_CHECKPOINT_STORAGE_ORDER"), qPrintable(list(r)));
                reproduced += f.code == QLatin1String("LEDGER_CHECKPOINT_REPRODUCED");
            }
            QVERIFY2(reproduced >= 1, qPrintable(list(r)));
        }
    }

    // Every seal signs the journal's Merkle log root at its size (RFC 9162). After one
    // entry is rewritten, exactly the seals at or beyond it must report the mismatch:
    // checked for every seal, so the incremental root computation is held to each size.
    void sealLogRootsAtEverySize()
    {
        auto s = simulate(QStringLiteral("tamper-amount"), false, 13);
        QVERIFY(s);
        const QJsonObject fault = s->result.manifest.value(QStringLiteral("faults")).toArray().at(0).toObject();
        const uint64_t tampered = uint64_t(fault.value(QStringLiteral("seq")).toDouble());
        QVERIFY(tampered > 0);
        const auto r = verifyDevice(*s, 1);
        QSet<qint64> flagged;
        for (const Finding &f : r.findings)
            if (f.code == QLatin1String("SEAL_LOG_ROOT_MISMATCH"))
                flagged.insert(f.offset);
        dump::ReadOptions ro;
        ro.storageRootKey = crypto::SecureBytes(s->result.devices[1].storageRootKey);
        auto img = dump::readDump(s->result.devices[1].image, ro);
        QVERIFY(img.ok());
        int before = 0, after = 0;
        for (const dump::RecordInfo &m : img->markers) {
            if (m.header.type != uint8_t(dump::RecordType::Seal))
                continue;
            auto seal = dump::decodeSealMarker(m.payload());
            QVERIFY(seal);
            if (seal->logSize == 0 || seal->logSize != seal->journalSeq)
                continue;
            const bool covers = seal->journalSeq >= tampered;
            (covers ? after : before) += 1;
            QVERIFY2(flagged.contains(m.offset) == covers,
                     qPrintable(QStringLiteral("seal of seq %1 at %2 (tampered seq %3)").arg(seal->journalSeq).arg(m.offset).arg(tampered)));
        }
        QVERIFY2(before >= 2 && after >= 2, qPrintable(QStringLiteral("%1 seals before, %2 after").arg(before).arg(after)));
    }

    void everyFaultKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const auto &k : sim::faultKinds())
            QTest::newRow(qPrintable(k.first)) << k.first;
    }
    void everyFaultKind()
    {
        QFETCH(QString, kind);
        const bool encrypt = kind == QLatin1String("swap-ciphertext");
        auto s = simulate(kind, encrypt, 5);
        QVERIFY(s);
        const QJsonArray faults = s->result.manifest.value(QStringLiteral("faults")).toArray();
        QCOMPARE(faults.size(), 1);
        const QJsonObject fault = faults.at(0).toObject();
        QCOMPARE(fault.value(QStringLiteral("kind")).toString(), kind);
        const auto r = verifyDevice(*s, 1);
        QVERIFY(r.readable);
        QJsonArray expected = fault.value(QStringLiteral("expected_findings")).toArray();
        for (const auto &v : fault.value(QStringLiteral("expected_verifier")).toArray())
            expected.append(v);
        QVERIFY2(!expected.isEmpty(), "the manifest names no expected finding");
        for (const auto &v : expected) {
            const QString code = v.toObject().value(QStringLiteral("code")).toString();
            const qint64 offset = qint64(v.toObject().value(QStringLiteral("offset")).toDouble());
            const Finding *hit = nullptr;
            for (const Finding &f : r.findings)
                if (f.code == code && f.offset == offset)
                    hit = &f;
            // UNSEALED_TAIL starts at the first unsealed record, which may precede the
            // replayed one: compare it by code, and require it to cover it.
            if (!hit && code == QLatin1String("UNSEALED_TAIL"))
                for (const Finding &f : r.findings)
                    if (f.code == code && f.offset <= offset && offset < f.offset + f.length)
                        hit = &f;
            // The verifier narrows a damaged checkpoint payload to the bytes that differ
            // from the proven state (docs/findings/verdicts.md): the manifest names the
            // payload start, the finding lies inside that payload.
            if (!hit && code == QLatin1String("SLOT_PAYLOAD_CRC_MISMATCH"))
                for (const Finding &f : r.findings)
                    if (f.code == code && f.offset >= offset && f.offset - offset < (qint64(1) << 20) && f.length > 0)
                        hit = &f;
            QVERIFY2(hit, qPrintable(QStringLiteral("%1: missing %2@%3 in: %4").arg(kind, code).arg(offset).arg(list(r))));
            QCOMPARE(verdictName(hit->verdict), verdictName(expectedVerdict(code)));
            QVERIFY(!hit->explanation.isEmpty());
        }
        QCOMPARE(r.exitCode(), expectedExit(kind));
        // One fault reads as one problem with its consequences: at most two root causes
        // at error or above, every cause names a root, and ids are unique.
        int roots = 0;
        QSet<QString> ids;
        for (const Finding &f : r.findings) {
            QVERIFY2(!f.id.isEmpty() && !ids.contains(f.id), qPrintable(f.id));
            ids.insert(f.id);
            roots += isRootCause(f) && f.severity >= Severity::Error ? 1 : 0;
        }
        for (const Finding &f : r.findings)
            if (!f.cause.isEmpty())
                QVERIFY2(ids.contains(f.cause), qPrintable(f.cause));
        for (const Finding &f : r.findings)
            if (!f.cause.isEmpty())
                for (const Finding &c : r.findings)
                    if (c.id == f.cause)
                        QVERIFY2(c.cause.isEmpty(), qPrintable(f.id + QStringLiteral(" -> ") + f.cause + QStringLiteral(" is not a root")));
        QVERIFY2(roots <= 2, qPrintable(QStringLiteral("%1: %2 root causes at error or above:\n%3").arg(kind).arg(roots).arg(rootList(r))));
        // Media damage and power cuts are never called tampering.
        static const QStringList benign{QStringLiteral("bit-flip"), QStringLiteral("power-cut"), QStringLiteral("power-cut-checkpoint"),
                                        QStringLiteral("corrupt-active-slot"), QStringLiteral("both-slots-corrupt"),
                                        QStringLiteral("torn-superblock")};
        if (benign.contains(kind))
            for (const Finding &f : r.findings)
                QVERIFY2(f.verdict != Verdict::Tampering, qPrintable(list(r)));
        // The other device is untouched by image faults; run faults stay on device 1's
        // journal, but the faulted entries travel over the mesh only before the fault.
        if (sim::isImageFault(kind)) {
            // Known: core/sim applies entries in arrival order, so a checkpoint can need
            // storage order to reproduce (LEDGER_CHECKPOINT_STORAGE_ORDER, warning) until
            // the simulator adopts applyBatch (notes/requests.md, LEDGER 02:18).
            const auto other = verifyDevice(*s, 0);
            Findings rest;
            for (const Finding &f : other.findings)
                if (f.code != QLatin1String("LEDGER_CHECKPOINT_STORAGE_ORDER"))
                    rest.append(f);
            QVERIFY2(worstSeverity(rest) == Severity::Info, qPrintable(list(other)));
        }
    }

private:
    static QString toHexOrEmpty(const verify::VerifyReport &r)
    {
        return r.recovery.stateKnown ? QString::fromLatin1(r.recovery.stateRoot.toHex()) : QString();
    }
};

QTEST_GUILESS_MAIN(TstVerifySim)
#include "tst_verify_sim.moc"
