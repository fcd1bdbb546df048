// SPDX-License-Identifier: GPL-3.0-or-later
// Proof files (docs/format/proof-v1.md): a proof verifies standalone and fails when any
// byte of it, or of the signed root, changes.

#include "LedgerTestKit.h"

#include "ledger/Proof.h"
#include "ledger/Replay.h"
#include "util/ByteIo.h"
#include "util/Hex.h"

#include "CliRunner.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QTest>

using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

struct Fixture {
    Net net;
    LedgerState state;
    crypto::Ed25519Signer device = signerFor("prover");
    crypto::Ed25519Signer rotated = signerFor("prover-2");
    DeviceId deviceId = crypto::keyId16(signerFor("prover").publicKey());
    Fixture()
    {
        net.addDevice("d1");
        net.addDevice("d2");
        QList<Entry> es{net.issue("alice", "d1", 70000), net.issue("bob", "d2", 1000), net.transfer("d1", "alice", "bob", 2500)};
        for (const Entry &e : es)
            (void)applyEntry(state, e, net.keys, net.params);
        state.journalPosition = 3;
    }
    // A seed-dump-v1 slot header with the fields the verifier reads.
    QByteArray header(const QByteArray &root) const
    {
        QByteArray h;
        h.append("SCKP");
        putU8(h, 1);
        putU8(h, 0);
        putU16(h, 1);
        putU64(h, 4);  // checkpoint seq
        putU64(h, 0);  // base seq
        putU64(h, 3);  // journal seq
        h.append(QByteArray(32, '\x5a'));
        putU64(h, state.lamport);
        putU64(h, 0);
        h.append(root);
        h.append(QByteArray(184 - h.size(), '\0'));
        h.append(deviceId);
        h.append(QByteArray(256 - h.size(), '\0'));
        return h;
    }
    ProofInputs inputs(bool useRotatedKey = false) const
    {
        ProofInputs in;
        in.networkId = net.params.networkId;
        in.devicePublicKey = device.publicKey();
        in.deviceId = deviceId.toByteArray();
        in.registrationCertificate = *net.authority.sign(registrationSignedBytes(device.publicKey(), deviceId, in.networkId));
        in.checkpointHeader = header(stateRoot(state));
        in.payloadSha256 = QByteArray(32, '\x33');
        if (useRotatedKey) {
            RotationLink l{rotated.publicKey(), 2, {}};
            l.signature = *device.sign(rotationSignedBytes(deviceId, l.newPublicKey, l.validFromLamport));
            in.keyHistory = {l};
            in.keyIndex = 1;
            in.checkpointSignature = *rotated.sign(checkpointSignedMessage(in.checkpointHeader, in.payloadSha256));
        } else {
            in.checkpointSignature = *device.sign(checkpointSignedMessage(in.checkpointHeader, in.payloadSha256));
        }
        return in;
    }
    TrustStore trust() const { return TrustStore{net.params.networkId, net.authority.publicKey(), {}}; }
};

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

class TestLedgerProof : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void balanceProofVerifies()
    {
        Fixture f;
        auto proof = buildProof(f.inputs(), f.state, RecordKind::Account, Net::account("alice").toByteArray());
        QVERIFY2(proof.ok(), qPrintable(proof.ok() ? QString() : proof.error().toString()));
        const ProofVerification v = verifyProof(compact(*proof), f.trust());
        QVERIFY2(v.ok, qPrintable(v.failure));
        QCOMPARE(v.record.value(QStringLiteral("balance")).toDouble(), 70000.0 - 2500.0);
        QCOMPARE(v.record.value(QStringLiteral("trust_tenths")).toInt(), 5010);
        QCOMPARE(v.checkpointSeq, uint64_t(4));
        QCOMPARE(v.journalSeq, uint64_t(3));
        QCOMPARE(v.passed.size(), 4);
        // Indented JSON is the same proof.
        QVERIFY(verifyProof(QJsonDocument(*proof).toJson(), f.trust()).ok);
    }
    void rotatedKeyProofVerifies()
    {
        Fixture f;
        auto proof = buildProof(f.inputs(true), f.state, RecordKind::Account, Net::account("bob").toByteArray());
        QVERIFY(proof.ok());
        const ProofVerification v = verifyProof(compact(*proof), f.trust());
        QVERIFY2(v.ok, qPrintable(v.failure));
        QCOMPARE(v.passed.size(), 5);
    }
    void everyByteMatters()
    {
        Fixture f;
        for (bool rotated : {false, true}) {
            const QByteArray bytes = compact(*buildProof(f.inputs(rotated), f.state, RecordKind::Account, Net::account("alice").toByteArray()));
            QVERIFY(verifyProof(bytes, f.trust()).ok);
            int checked = 0;
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                QByteArray bad = bytes;
                bad[i] = char(bad[i] ^ 0x01);
                const ProofVerification v = verifyProof(bad, f.trust());
                QVERIFY2(!v.ok, qPrintable(QStringLiteral("byte %1 ('%2') changed and the proof still verifies")
                                               .arg(i).arg(QLatin1Char(bytes[i]))));
                ++checked;
            }
            QCOMPARE(checked, bytes.size());
        }
    }
    void wrongTrustOrRootFails()
    {
        Fixture f;
        const QByteArray bytes = compact(*buildProof(f.inputs(), f.state, RecordKind::Account, Net::account("alice").toByteArray()));
        TrustStore other = f.trust();
        other.authorityPublicKey = signerFor("someone-else").publicKey();
        QVERIFY(verifyProof(bytes, other).failure.contains(QStringLiteral("registration")));
        TrustStore net2 = f.trust();
        net2.networkId = QStringLiteral("othernet");
        QVERIFY(!verifyProof(bytes, net2).ok);
        // Every bit of the root inside the signed header: the signature breaks.
        const QJsonObject proof = *buildProof(f.inputs(), f.state, RecordKind::Account, Net::account("alice").toByteArray());
        for (int bit = 0; bit < 256; ++bit) {
            QJsonObject p = proof;
            QJsonObject ck = p.value(QStringLiteral("checkpoint")).toObject();
            QByteArray header = *fromHexStrict(ck.value(QStringLiteral("header")).toString());
            header[80 + bit / 8] = char(header[80 + bit / 8] ^ (1 << (bit % 8)));
            ck.insert(QStringLiteral("header"), toHex(header));
            p.insert(QStringLiteral("checkpoint"), ck);
            QVERIFY(!verifyProof(compact(p), f.trust()).ok);
        }
        // A state that is not the checkpoint's: no proof is built.
        LedgerState moved = f.state;
        moved.accounts[Net::account("bob")].balance += 1;
        QVERIFY(!buildProof(f.inputs(), moved, RecordKind::Account, Net::account("alice").toByteArray()).ok());
        QCOMPARE(buildProof(f.inputs(), f.state, RecordKind::Account, Net::account("nobody").toByteArray()).error().code, ErrorCode::NotFound);
    }
    void cliVerifyProof()
    {
        if (testing::cliPath().isEmpty())
            QSKIP("SEEDSCOPE_CLI not set (run through ctest)");
        Fixture f;
        QTemporaryDir dir;
        const QString proofPath = dir.filePath(QStringLiteral("alice.proof.json"));
        const QString trustPath = dir.filePath(QStringLiteral("trust-store.json"));
        const QByteArray proof = QJsonDocument(*buildProof(f.inputs(), f.state, RecordKind::Account, Net::account("alice").toByteArray())).toJson();
        QFile pf(proofPath);
        QVERIFY(pf.open(QIODevice::WriteOnly));
        pf.write(proof);
        pf.close();
        QFile tf(trustPath);
        QVERIFY(tf.open(QIODevice::WriteOnly));
        tf.write(QJsonDocument(QJsonObject{{QStringLiteral("network_id"), f.net.params.networkId},
                                           {QStringLiteral("authority_public_key"), toHex(f.net.authority.publicKey())}})
                     .toJson());
        tf.close();
        testing::CliRun r = testing::runCli({QStringLiteral("verify-proof"), proofPath, QStringLiteral("--trust-store"), trustPath,
                                             QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(r.json().object().value(QStringLiteral("record")).toObject().value(QStringLiteral("balance")).toDouble(), 67500.0);
        // One changed digit of the leaf: exit 2 and the failing check named.
        QByteArray bad = proof;
        const qsizetype at = bad.indexOf("\"leaf\": \"") + 12;
        bad[at] = bad[at] == '0' ? '1' : '0';
        QVERIFY(pf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pf.write(bad);
        pf.close();
        r = testing::runCli({QStringLiteral("verify-proof"), proofPath, QStringLiteral("--trust-store"), trustPath});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains("FAILED:"));
        r = testing::runCli({QStringLiteral("verify-proof"), proofPath});
        QCOMPARE(r.exitCode, 64);
    }
    void trustStoreParsing()
    {
        auto t = parseTrustStore(R"({"network_id":"n1","authority_public_key":"410b348d0ffd27abb8009f844ae497904936dbc9b66dda78b620442070c7bbfb"})");
        QVERIFY(t.ok());
        QCOMPARE(t->networkId, QStringLiteral("n1"));
        QVERIFY(!parseTrustStore(R"({"network_id":"n1","authority_public_key":"41"})").ok());
        QVERIFY(!parseTrustStore("[]").ok());
    }
    void trustStoreDeviceRegistry()
    {
        Fixture f;
        const ProofInputs in = f.inputs(true);
        const QByteArray json = QJsonDocument(QJsonObject{
            {QStringLiteral("network_id"), f.net.params.networkId},
            {QStringLiteral("authority_public_key"), toHex(f.net.authority.publicKey())},
            {QStringLiteral("devices"), QJsonArray{QJsonObject{
                {QStringLiteral("device_id"), toHex(in.deviceId)},
                {QStringLiteral("public_key"), toHex(in.devicePublicKey)},
                {QStringLiteral("registration_certificate"), toHex(in.registrationCertificate)},
                {QStringLiteral("key_history"), QJsonArray{QJsonObject{
                    {QStringLiteral("public_key"), toHex(in.keyHistory[0].newPublicKey)},
                    {QStringLiteral("valid_from_lamport"), 2},
                    {QStringLiteral("signature"), toHex(in.keyHistory[0].signature)}}}}}}}}).toJson();
        auto t = parseTrustStore(json);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        const KeyDirectory dir = keyDirectoryFromTrustStore(*t);
        QCOMPARE(dir.history(in.deviceId).size(), 2);
        QCOMPARE(dir.keyFor(in.deviceId, 1)->publicKey, in.devicePublicKey);
        QCOMPARE(dir.keyFor(in.deviceId, 2)->publicKey, in.keyHistory[0].newPublicKey);
        QVERIFY(dir.keyFor(in.deviceId, 2)->certified);
        // A certificate for another network: keys kept, not certified.
        TrustStore other = *t;
        other.networkId = QStringLiteral("elsewhere");
        QVERIFY(!keyDirectoryFromTrustStore(other).keyFor(in.deviceId, 0)->certified);
        // A broken rotation signature: the chain stops before it.
        TrustStore broken = *t;
        broken.devices[0].keyHistory[0].signature[3] = char(broken.devices[0].keyHistory[0].signature[3] ^ 1);
        QCOMPARE(keyDirectoryFromTrustStore(broken).history(in.deviceId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerProof)
#include "tst_ledger_proof.moc"
