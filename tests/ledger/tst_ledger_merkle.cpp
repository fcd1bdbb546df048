// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 9162 Merkle trees against the RFC 6962/9162 reference vectors used by
// transparency-dev/merkle, plus exhaustive self-consistency and negative cases in the
// style of its testdata (every modified proof byte, wrong index, wrong size, extra or
// missing component).

#include "ledger/Merkle.h"

#include "util/Hex.h"

#include <QTest>

using namespace seedscope;
using namespace seedscope::ledger::merkle;

namespace {

QByteArray h(const char *hex) { return QByteArray::fromHex(hex); }

// The eight leaves of the RFC 6962 test tree.
QList<QByteArray> referenceLeafHashes()
{
    const char *leaves[] = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                            "606162636465666768696a6b6c6d6e6f"};
    QList<QByteArray> out;
    for (const char *l : leaves)
        out.append(leafHash(QByteArray::fromHex(l)));
    return out;
}

QList<QByteArray> syntheticLeaves(int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out.append(leafHash(QByteArray::number(i)));
    return out;
}

} // namespace

class TestLedgerMerkle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyTree() { QCOMPARE(toHex(rootOf({})), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")); }
    void referenceRoots()
    {
        const char *roots[] = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        };
        const QList<QByteArray> leaves = referenceLeafHashes();
        MerkleLog log;
        for (int n = 1; n <= 8; ++n) {
            QCOMPARE(toHex(rootOf(leaves.mid(0, n))), QLatin1String(roots[n - 1]));
            log.append(leaves[n - 1]);
            QCOMPARE(toHex(log.root()), QLatin1String(roots[n - 1]));
        }
    }
    void referenceInclusion()
    {
        const QList<QByteArray> leaves = referenceLeafHashes();
        const QList<QByteArray> p0 = {h("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                                      h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                                      h("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")};
        const QList<QByteArray> p5 = {h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                                      h("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                                      h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")};
        QCOMPARE(inclusionProof(leaves, 0), p0);
        QCOMPARE(inclusionProof(leaves, 5), p5);
        const QByteArray root = rootOf(leaves);
        QVERIFY(verifyInclusion(0, 8, leaves[0], p0, root));
        QVERIFY(verifyInclusion(5, 8, leaves[5], p5, root));
        QVERIFY(inclusionProof(leaves.mid(0, 1), 0).isEmpty());
        QVERIFY(verifyInclusion(0, 1, leaves[0], {}, leaves[0]));
    }
    void referenceConsistency()
    {
        const QList<QByteArray> leaves = referenceLeafHashes();
        const QList<QByteArray> c18 = {h("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                                       h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                                       h("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")};
        const QList<QByteArray> c68 = {h("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                                       h("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                                       h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")};
        const QList<QByteArray> c25 = {h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                                       h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")};
        QCOMPARE(consistencyProof(leaves, 1), c18);
        QCOMPARE(consistencyProof(leaves, 6), c68);
        QCOMPARE(consistencyProof(leaves.mid(0, 5), 2), c25);
        QVERIFY(verifyConsistency(1, 8, rootOf(leaves.mid(0, 1)), rootOf(leaves), c18));
        QVERIFY(verifyConsistency(6, 8, rootOf(leaves.mid(0, 6)), rootOf(leaves), c68));
        QVERIFY(verifyConsistency(2, 5, rootOf(leaves.mid(0, 2)), rootOf(leaves.mid(0, 5)), c25));
    }
    void exhaustiveInclusion()
    {
        for (int n = 1; n <= 33; ++n) {
            const QList<QByteArray> leaves = syntheticLeaves(n);
            const QByteArray root = rootOf(leaves);
            for (int i = 0; i < n; ++i) {
                const QList<QByteArray> proof = inclusionProof(leaves, uint64_t(i));
                QVERIFY(verifyInclusion(uint64_t(i), uint64_t(n), leaves[i], proof, root));
                // Wrong index, wrong size, wrong leaf, extra and missing components.
                QVERIFY(!verifyInclusion(uint64_t(i) + 1, uint64_t(n), leaves[i], proof, root));
                if (i > 0)
                    QVERIFY(!verifyInclusion(uint64_t(i) - 1, uint64_t(n), leaves[i], proof, root));
                QVERIFY(!verifyInclusion(uint64_t(i), uint64_t(n) * 2, leaves[i], proof, root));
                QVERIFY(!verifyInclusion(uint64_t(i), uint64_t(n), leafHash("other"), proof, root));
                QVERIFY(!verifyInclusion(uint64_t(i), uint64_t(n), leaves[i], proof + QList<QByteArray>{root}, root));
                if (!proof.isEmpty())
                    QVERIFY(!verifyInclusion(uint64_t(i), uint64_t(n), leaves[i], proof.mid(0, proof.size() - 1), root));
            }
        }
    }
    void everyProofAndRootBitMatters()
    {
        const QList<QByteArray> leaves = syntheticLeaves(13);
        const QByteArray root = rootOf(leaves);
        const QList<QByteArray> proof = inclusionProof(leaves, 6);
        QVERIFY(verifyInclusion(6, 13, leaves[6], proof, root));
        for (qsizetype c = 0; c < proof.size(); ++c)
            for (int bit = 0; bit < 256; ++bit) {
                QList<QByteArray> bad = proof;
                bad[c][bit / 8] = char(bad[c][bit / 8] ^ (1 << (bit % 8)));
                QVERIFY(!verifyInclusion(6, 13, leaves[6], bad, root));
            }
        for (int bit = 0; bit < 256; ++bit) {
            QByteArray badRoot = root;
            badRoot[bit / 8] = char(badRoot[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY(!verifyInclusion(6, 13, leaves[6], proof, badRoot));
        }
    }
    void exhaustiveConsistency()
    {
        const QList<QByteArray> all = syntheticLeaves(33);
        for (int n = 1; n <= 33; ++n) {
            const QList<QByteArray> leaves = all.mid(0, n);
            const QByteArray newRoot = rootOf(leaves);
            for (int m = 1; m <= n; ++m) {
                const QByteArray oldRoot = rootOf(all.mid(0, m));
                const QList<QByteArray> proof = consistencyProof(leaves, uint64_t(m));
                QVERIFY(verifyConsistency(uint64_t(m), uint64_t(n), oldRoot, newRoot, proof));
                if (m == n)
                    continue;
                // A rewritten history (old tree with a different leaf) must not be consistent.
                QList<QByteArray> forged = all.mid(0, m);
                forged[0] = leafHash("forged");
                QVERIFY(!verifyConsistency(uint64_t(m), uint64_t(n), rootOf(forged), newRoot, proof));
                QVERIFY(!verifyConsistency(uint64_t(m), uint64_t(n), oldRoot, newRoot, proof.mid(0, proof.size() - 1)));
                QVERIFY(!verifyConsistency(uint64_t(m), uint64_t(n), oldRoot, newRoot, proof + QList<QByteArray>{newRoot}));
                for (qsizetype c = 0; c < proof.size(); ++c) {
                    QList<QByteArray> bad = proof;
                    bad[c][c % 32] = char(bad[c][c % 32] ^ 0x01);
                    QVERIFY(!verifyConsistency(uint64_t(m), uint64_t(n), oldRoot, newRoot, bad));
                }
            }
        }
        QVERIFY(verifyConsistency(0, 5, rootOf({}), rootOf(all.mid(0, 5)), {}));
        QVERIFY(!verifyConsistency(5, 4, rootOf(all.mid(0, 5)), rootOf(all.mid(0, 4)), {}));
    }
    void logMatchesTreeAtEverySize()
    {
        const QList<QByteArray> leaves = syntheticLeaves(100);
        MerkleLog log;
        for (int n = 1; n <= 100; ++n) {
            log.append(leaves[n - 1]);
            QCOMPARE(log.root(), rootOf(leaves.mid(0, n)));
            QCOMPARE(log.nodes().size(), std::popcount(unsigned(n)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerMerkle)
#include "tst_ledger_merkle.moc"
