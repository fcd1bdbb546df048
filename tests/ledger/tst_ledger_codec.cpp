// SPDX-License-Identifier: GPL-3.0-or-later
// Entry codec: byte-exact round trips for every type, a golden encoding, strict decoding.

#include "LedgerTestKit.h"

#include "crypto/Hash.h"
#include "util/Hex.h"

#include <QTest>


using namespace seedscope;
using namespace seedscope::ledger;
using namespace seedscope::ledger::testkit;

namespace {

Entry sampleOf(EntryType t)
{
    Entry e;
    e.type = t;
    e.txId = bytesFor("tx");
    e.origin = bytesFor("origin");
    e.lamport = 0x0102030405060708ull;
    e.sequence = 9;
    e.signature = bytesFor("sig", 64);
    switch (t) {
    case EntryType::Transfer: e.from = bytesFor("a"); e.to = bytesFor("b"); e.amount = 12345; break;
    case EntryType::Issue: e.to = bytesFor("a"); e.owner = bytesFor("dev"); e.amount = 100000; break;
    case EntryType::GroupCreate:
        e.group = bytesFor("g"); e.from = bytesFor("a"); e.amount = 2500;
        e.members = {bytesFor("a"), bytesFor("b"), bytesFor("c")};
        break;
    case EntryType::GroupJoin: e.group = bytesFor("g"); e.from = bytesFor("d"); break;
    case EntryType::GroupContribute: e.group = bytesFor("g"); e.from = bytesFor("b"); e.cycle = 2; e.amount = 2500; break;
    case EntryType::GroupPayout: e.group = bytesFor("g"); e.to = bytesFor("c"); e.cycle = 2; e.amount = 7500; break;
    case EntryType::GroupClose: e.group = bytesFor("g"); e.from = bytesFor("a"); break;
    case EntryType::TrustEvent: e.group = QByteArray(16, '\0'); e.to = bytesFor("a"); e.trustReason = 3; e.trustDelta = -150; break;
    case EntryType::KeyRotation: e.newPublicKey = bytesFor("newkey", 32); e.validFromLamport = 0x0102030405060800ull; break;
    }
    return e;
}

} // namespace

class TestLedgerCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("withDependency");
        QTest::addColumn<int>("expectedSize");
        // 12-byte prefix is not part of encodeEntry; common header = 1+1+16+16+8+8+1 = 51 (+16 with a dependency).
        const int common = 51, sig = 64;
        const struct { EntryType t; int body; } rows[] = {
            {EntryType::Transfer, 40}, {EntryType::Issue, 40}, {EntryType::GroupCreate, 41 + 48},
            {EntryType::GroupJoin, 32}, {EntryType::GroupContribute, 44}, {EntryType::GroupPayout, 44},
            {EntryType::GroupClose, 32}, {EntryType::TrustEvent, 37}, {EntryType::KeyRotation, 40}};
        for (const auto &r : rows) {
            QTest::addRow("%s", entryTypeName(r.t)) << int(r.t) << false << common + r.body + sig;
            QTest::addRow("%s+dep", entryTypeName(r.t)) << int(r.t) << true << common + 16 + r.body + sig;
        }
    }
    void roundTripEveryType()
    {
        QFETCH(int, type);
        QFETCH(bool, withDependency);
        QFETCH(int, expectedSize);
        Entry e = sampleOf(EntryType(type));
        if (withDependency)
            e.dependsOn = bytesFor("dep");
        const QByteArray bytes = encodeEntry(e);
        QCOMPARE(bytes.size(), expectedSize);
        auto back = decodeEntry(bytes);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(*back == e);
        QCOMPARE(encodeEntry(*back), bytes);
        // Every strict prefix fails, and so does one trailing byte.
        for (int n = 0; n < bytes.size(); ++n)
            QVERIFY2(!decodeEntry(bytes.left(n)).ok(), qPrintable(QStringLiteral("prefix %1 decoded").arg(n)));
        QVERIFY(!decodeEntry(bytes + QByteArray(1, '\0')).ok());
    }
    void goldenTransfer()
    {
        // docs/format/ledger-encoding.md "Worked example": the same bytes.
        Entry e;
        e.type = EntryType::Transfer;
        e.txId = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        e.origin = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        e.lamport = 1000;
        e.sequence = 7;
        e.from = QByteArray::fromHex("11111111111111111111111111111111");
        e.to = QByteArray::fromHex("22222222222222222222222222222222");
        e.amount = 2500;
        QCOMPARE(toHex(entrySignedBytes(e)),
                 QStringLiteral("5345454431 2f656e74727900"
                                "0101" "00112233445566778899aabbccddeeff" "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"
                                "e803000000000000" "0700000000000000" "00"
                                "11111111111111111111111111111111" "22222222222222222222222222222222"
                                "c409000000000000")
                     .remove(QLatin1Char(' ')));
        auto signer = signerFor("golden-device");
        QVERIFY(signEntry(e, signer).ok());
        QCOMPARE(crypto::ed25519Verify(signer.publicKey(), entrySignedBytes(e), e.signature), crypto::SignatureCheck::Valid);
        // Ed25519 is deterministic: the signature is golden too (seed = DeterministicRng(7, "golden-device").bytes(32)).
        QCOMPARE(encodeEntry(e).size(), 51 + 40 + 64);
        QCOMPARE(toHex(signer.publicKey()), QStringLiteral("410b348d0ffd27abb8009f844ae497904936dbc9b66dda78b620442070c7bbfb"));
        QCOMPARE(toHex(e.signature), QStringLiteral("b71bc3d332a503e8c05a0f469f311cbfdd3a17afd9e303bb595726a78797ed8c"
                                                    "871c48470530455d5b0493aa6d5b0b6a1a13482cbb555fc561b0ede5ff084905"));
    }
    void strictDecoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = encodeEntry(sampleOf(EntryType::Transfer));
        QByteArray v = good; v[0] = 2; QTest::newRow("version 2") << v;
        v = good; v[1] = 0; QTest::newRow("type 0") << v;
        v = good; v[1] = 10; QTest::newRow("type 10") << v;
        v = good; v[50] = 2; QTest::newRow("dependency flag 2") << v;
        QByteArray g = encodeEntry(sampleOf(EntryType::GroupCreate));
        v = g; v[51 + 40] = 0; QTest::newRow("0 members") << v;
        v = g; v[51 + 40] = 65; QTest::newRow("65 members") << v;
        v = g; v[51 + 40] = 4; QTest::newRow("4 members declared, 3 present") << v;
        QTest::newRow("empty") << QByteArray();
    }
    void strictDecoding()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!decodeEntry(bytes).ok());
    }
    void randomMutationsNeverCrash()
    {
        // Hostile input: random bytes and mutated valid entries decode or fail cleanly,
        // and whatever decodes re-encodes to the same bytes (canonical encoding).
        crypto::DeterministicRng rng(99, "entry-fuzz");
        QList<QByteArray> seeds;
        for (int t = 1; t <= 9; ++t)
            seeds.append(encodeEntry(sampleOf(EntryType(t))));
        int decoded = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray b = seeds[int(rng.below(uint64_t(seeds.size())))];
            const int flips = 1 + int(rng.below(4));
            for (int f = 0; f < flips; ++f)
                b[int(rng.below(uint64_t(b.size())))] = char(rng.below(256));
            if (rng.chance(0.2))
                b = b.left(int(rng.below(uint64_t(b.size()) + 1)));
            if (rng.chance(0.05))
                b = rng.bytes(int(rng.below(300)));
            auto e = decodeEntry(b);
            if (e) {
                ++decoded;
                QCOMPARE(encodeEntry(*e), b);
            }
        }
        QVERIFY(decoded > 1000);
    }
    void contentHashIgnoresSignature()
    {
        Entry a = sampleOf(EntryType::Transfer);
        Entry b = a;
        b.signature = bytesFor("other", 64);
        QCOMPARE(entryContentHash(a), entryContentHash(b));
        b.amount += 1;
        QVERIFY(entryContentHash(a) != entryContentHash(b));
    }
    void registrationBytes()
    {
        auto authority = signerFor("authority");
        auto device = signerFor("device");
        const QByteArray id = crypto::keyId16(device.publicKey());
        const QByteArray msg = registrationSignedBytes(device.publicKey(), id, QStringLiteral("net-1"));
        QCOMPARE(msg.left(15), QByteArray("SEED1/register\0", 15));
        QCOMPARE(msg.size(), 15 + 32 + 16 + 1 + 5);
        auto cert = authority.sign(msg);
        QVERIFY(verifyRegistration(*cert, authority.publicKey(), device.publicKey(), id, QStringLiteral("net-1")));
        QVERIFY(!verifyRegistration(*cert, authority.publicKey(), device.publicKey(), id, QStringLiteral("net-2")));
    }
    void keyHistory()
    {
        KeyDirectory dir(signerFor("authority").publicKey());
        const QByteArray dev = bytesFor("dev");
        dir.addKey(dev, {bytesFor("k2", 32), 500, false});
        dir.addKey(dev, {bytesFor("k1", 32), 0, true});
        QCOMPARE(dir.keyFor(dev, 0)->publicKey, bytesFor("k1", 32));
        QCOMPARE(dir.keyFor(dev, 499)->publicKey, bytesFor("k1", 32));
        QCOMPARE(dir.keyFor(dev, 500)->publicKey, bytesFor("k2", 32));
        QVERIFY(!dir.keyFor(dev, 500)->certified);
        QVERIFY(dir.keyFor(bytesFor("nobody"), 1) == nullptr);
        QCOMPARE(dir.keyFor(dir.authorityDeviceId(), 9)->publicKey, signerFor("authority").publicKey());
    }
};

QTEST_GUILESS_MAIN(TestLedgerCodec)
#include "tst_ledger_codec.moc"
