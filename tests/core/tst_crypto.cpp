// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer tests for every primitive, taken from the standards that define them.

#include "crypto/Aead.h"
#include "crypto/Crc32c.h"
#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"

#include <QTest>

#include <array>

using namespace seedscope;
using namespace seedscope::crypto;

namespace {
QByteArray hex(const char *h) { return QByteArray::fromHex(h); }
} // namespace

class TestCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc32cCheckValue()
    {
        // The catalogue check value of CRC-32C (iSCSI), and RFC 3720 B.4 vectors.
        QCOMPARE(crc32c("123456789"), 0xE3069283u);
        QCOMPARE(crc32c(QByteArray(32, '\0')), 0x8A9136AAu);
        QCOMPARE(crc32c(QByteArray(32, '\xff')), 0x62A8AB43u);
        QCOMPARE(crc32c(QByteArray()), 0u);
    }
    void crc32cImplementationsAgree()
    {
        DeterministicRng rng(1, "crc");
        for (int len : {0, 1, 7, 8, 9, 63, 64, 65, 1000, 4097}) {
            const QByteArray data = rng.bytes(len);
            const uint32_t portable = crc32cPortable(0, data);
            if (crc32cHardwareAvailable())
                QCOMPARE(crc32cHardware(0, data), portable);
            // Extending in two pieces equals one pass.
            const int cut = len / 3;
            QCOMPARE(crc32cExtend(crc32c(data.left(cut)), data.mid(cut)), portable);
        }
    }
    void sha256Vectors()
    {
        QCOMPARE(sha256("abc"), hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 h;
        h.update("a");
        h.update("bc");
        QCOMPARE(h.finish(), sha256("abc"));
    }
    void ed25519Rfc8032Test1()
    {
        // RFC 8032 section 7.1, TEST 1 (empty message).
        auto signer = Ed25519Signer::fromSeed(hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QVERIFY(signer.ok());
        QCOMPARE(signer->publicKey(), hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        const QByteArray expected = hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        auto sig = signer->sign(QByteArray());
        QVERIFY(sig.ok());
        QCOMPARE(*sig, expected);
        QCOMPARE(ed25519Verify(signer->publicKey(), QByteArray(), expected), SignatureCheck::Valid);
    }
    void ed25519Rejections()
    {
        auto signer = Ed25519Signer::fromSeed(QByteArray(32, '\x07'));
        QVERIFY(signer.ok());
        const QByteArray msg = "seedscope";
        const QByteArray sig = *signer->sign(msg);
        QCOMPARE(ed25519Verify(signer->publicKey(), msg, sig), SignatureCheck::Valid);
        // Every single-bit flip in R or the message breaks it.
        for (int bit = 0; bit < 256; bit += 17) {
            QByteArray bad = sig;
            bad[bit / 8] = char(bad[bit / 8] ^ (1 << (bit % 8)));
            QCOMPARE(ed25519Verify(signer->publicKey(), msg, bad), SignatureCheck::Invalid);
        }
        QCOMPARE(ed25519Verify(signer->publicKey(), "seedscopf", sig), SignatureCheck::Invalid);
        QCOMPARE(ed25519Verify(signer->publicKey(), msg, sig.left(63)), SignatureCheck::BadSignatureSize);
        QCOMPARE(ed25519Verify(signer->publicKey().left(31), msg, sig), SignatureCheck::BadPublicKey);
        // S + L: the malleable twin of a valid signature (Wycheproof "SignatureMalleability").
        QByteArray malleable = sig;
        const unsigned char L[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7,
                                     0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10};
        int carry = 0;
        for (int i = 0; i < 32; ++i) {
            const int s = int(uchar(malleable[32 + i])) + L[i] + carry;
            malleable[32 + i] = char(s & 0xff);
            carry = s >> 8;
        }
        QCOMPARE(ed25519Verify(signer->publicKey(), msg, malleable), SignatureCheck::NonCanonical);
        // Another key's valid signature does not verify under this key.
        auto other = Ed25519Signer::fromSeed(QByteArray(32, '\x08'));
        QCOMPARE(ed25519Verify(other->publicKey(), msg, sig), SignatureCheck::Invalid);
    }
    // Parsed keys are kept: reuse must never change an answer.
    // More signers than are kept, interleaved, valid and tampered, each checked twice;
    // every well-formed check reaches OpenSSL (nothing is memoised).
    void ed25519KeyReuseIsTransparent()
    {
        QList<std::array<QByteArray, 3>> triples; // key, message, signature
        for (int i = 0; i < 40; ++i) {
            auto signer = Ed25519Signer::fromSeed(QByteArray(32, char(0x20 + i % 20)));
            QVERIFY(signer.ok());
            const QByteArray msg = "entry " + QByteArray::number(i);
            QByteArray sig = *signer->sign(msg);
            QByteArray m = msg;
            if (i % 3 == 1)
                sig[i % 32] = char(sig[i % 32] ^ 0x01); // tampered R
            if (i % 3 == 2)
                m[m.size() - 1] = char(m[m.size() - 1] ^ 0x01); // tampered message
            triples.append({signer->publicKey(), m, sig});
        }
        const quint64 before = ed25519VerificationCount();
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < triples.size(); ++i) {
                const auto &t = triples[i];
                QCOMPARE(ed25519Verify(t[0], t[1], t[2]), i % 3 == 0 ? SignatureCheck::Valid : SignatureCheck::Invalid);
            }
        QCOMPARE(ed25519VerificationCount() - before, quint64(2 * triples.size()));
        // A valid signature under another signer's (kept) key is refused.
        QCOMPARE(ed25519Verify(triples[1][0], triples[0][1], triples[0][2]), SignatureCheck::Invalid);
    }
    // Inside a scope each key's initialised context is copied per check: the answers are
    // those without one, for more signers than a scope keeps contexts for (20 > 8), with a
    // check failing between valid ones, in a nested scope, and again after the scopes end.
    void ed25519VerifyScopeIsTransparent()
    {
        QList<std::array<QByteArray, 3>> triples; // key, message, signature
        QList<SignatureCheck> expected;
        for (int i = 0; i < 60; ++i) {
            auto signer = Ed25519Signer::fromSeed(QByteArray(32, char(0x40 + i % 20)));
            QVERIFY(signer.ok());
            const QByteArray msg = "scoped entry " + QByteArray::number(i);
            QByteArray sig = *signer->sign(msg);
            if (i % 4 == 1)
                sig[i % 32] = char(sig[i % 32] ^ 0x01);
            triples.append({signer->publicKey(), msg, sig});
            expected.append(ed25519Verify(signer->publicKey(), msg, sig)); // outside any scope
            QCOMPARE(expected.last(), i % 4 == 1 ? SignatureCheck::Invalid : SignatureCheck::Valid);
        }
        const quint64 before = ed25519VerificationCount();
        {
            const Ed25519VerifyScope outer;
            for (int round = 0; round < 2; ++round)
                for (int i = 0; i < triples.size(); ++i)
                    QCOMPARE(ed25519Verify(triples[i][0], triples[i][1], triples[i][2]), expected[i]);
            {
                const Ed25519VerifyScope inner;
                for (int i = triples.size() - 1; i >= 0; --i)
                    QCOMPARE(ed25519Verify(triples[i][0], triples[i][1], triples[i][2]), expected[i]);
            }
            // Another signer's signature under a key whose context is kept.
            QCOMPARE(ed25519Verify(triples[2][0], triples[0][1], triples[0][2]), SignatureCheck::Invalid);
            QCOMPARE(ed25519Verify(triples[0][0], triples[0][1], triples[0][2]), SignatureCheck::Valid);
        }
        for (int i = 0; i < triples.size(); ++i)
            QCOMPARE(ed25519Verify(triples[i][0], triples[i][1], triples[i][2]), expected[i]);
        QCOMPARE(ed25519VerificationCount() - before, quint64(4 * triples.size() + 2));
    }
    // Hashers reuse this thread's finished contexts: nested and interleaved ones, one left
    // unfinished, and one-shot hashes in between all give the standard answers.
    void sha256ContextsAreIndependent()
    {
        const QByteArray abc = hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        const QByteArray empty = hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int round = 0; round < 3; ++round) {
            {
                Sha256 abandoned;
                abandoned.update("left unfinished");
            }
            Sha256 a;
            Sha256 b;
            a.update("a");
            QCOMPARE(sha256(QByteArray()), empty);
            b.update("ab");
            a.update("bc");
            QCOMPARE(sha256("abc"), abc);
            b.update("c");
            QCOMPARE(a.finish(), abc);
            QCOMPARE(b.finish(), abc);
            QCOMPARE(a.finish(), empty); // reset after finish
        }
    }
    void hkdfRfc5869Case1()
    {
        auto okm = hkdfSha256(hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), hex("000102030405060708090a0b0c"),
                              hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(okm.ok());
        QCOMPARE(*okm, hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
        QVERIFY(!hkdfSha256("k", {}, {}, 0).ok());
    }
    void aesGcmNistVector()
    {
        // NIST GCM test case 14 (AES-256, zero key, zero IV, one zero block).
        const QByteArray key(32, '\0'), iv(12, '\0'), pt(16, '\0');
        auto ct = aesGcmSeal(key, iv, {}, pt);
        QVERIFY(ct.ok());
        QCOMPARE(*ct, hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"));
        auto back = aesGcmOpen(key, iv, {}, *ct);
        QVERIFY(back.ok());
        QCOMPARE(*back, pt);
    }
    void aesGcmRejectsTampering()
    {
        const QByteArray key(32, '\x01'), iv(12, '\x02');
        const QByteArray ct = *aesGcmSeal(key, iv, "header", "payload bytes");
        for (int i = 0; i < ct.size(); ++i) {
            QByteArray bad = ct;
            bad[i] = char(bad[i] ^ 0x01);
            const auto r = aesGcmOpen(key, iv, "header", bad);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::AuthFailed);
        }
        QVERIFY(!aesGcmOpen(key, iv, "headeR", ct).ok());
        QVERIFY(!aesGcmOpen(key, iv, "header", ct.left(15)).ok());
        QVERIFY(!aesGcmOpen(QByteArray(32, '\x03'), iv, "header", ct).ok());
    }
    void deterministicRngIsReproducible()
    {
        DeterministicRng a(7, "sim"), b(7, "sim"), c(8, "sim");
        const QByteArray x = a.bytes(100);
        QCOMPARE(b.bytes(100), x);
        QVERIFY(c.bytes(100) != x);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(a.below(7) < 7);
    }
    void secureBytesFingerprintHidesKey()
    {
        SecureBytes k(QByteArray(32, '\x42'));
        QCOMPARE(k.fingerprint().size(), 16);
        QVERIFY(!k.fingerprint().contains(QStringLiteral("4242")));
        k.clear();
        QVERIFY(k.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
