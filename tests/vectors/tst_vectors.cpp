// SPDX-License-Identifier: GPL-3.0-or-later
// The committed format v1 test vectors (tests/vectors/data): (a) the reader extracts
// exactly what each vector's JSON says, including the faults' expected findings at their
// offsets; (b) the generator, run again in memory, reproduces every committed byte
// (determinism and round trip); (c) the clean dump's layout, checked by hand against
// docs/format/seed-dump-v1.md with plain little-endian reads, independent of Format.cpp.
#include "VectorGen.h"

#include "crypto/Crc32c.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "dumpledger/DumpLedger.h"
#include "util/Hex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace seedscope;

namespace {

QString dataDir() { return QStringLiteral(SEEDSCOPE_SOURCE_DIR "/tests/vectors/data"); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList vectorNames()
{
    QStringList names;
    for (const QString &f : QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << f.chopped(5);
    return names;
}

// First differing line of two texts, for a readable failure.
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (int i = 0; i < std::max(la.size(), lb.size()); ++i)
        if (la.value(i) != lb.value(i))
            return QStringLiteral("line %1: expected '%2', got '%3'").arg(i + 1).arg(QString::fromUtf8(la.value(i).trimmed()), QString::fromUtf8(lb.value(i).trimmed()));
    return {};
}

uint16_t u16(const QByteArray &b, qint64 at) { return uint16_t(uint8_t(b[at]) | (uint8_t(b[at + 1]) << 8)); }
uint32_t u32(const QByteArray &b, qint64 at) { return uint32_t(u16(b, at)) | (uint32_t(u16(b, at + 2)) << 16); }
uint64_t u64(const QByteArray &b, qint64 at) { return uint64_t(u32(b, at)) | (uint64_t(u32(b, at + 4)) << 32); }

} // namespace

class TstVectors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(vectorNames().size() >= 16, qPrintable(QStringLiteral("vectors missing in %1").arg(dataDir())));
    }

    void readerMatchesCommittedJson_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : vectorNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void readerMatchesCommittedJson()
    {
        QFETCH(QString, name);
        const QByteArray jsonBytes = readAll(dataDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
        const QJsonObject json = QJsonDocument::fromJson(jsonBytes).object();
        QVERIFY(!json.isEmpty());
        const QByteArray image = readAll(dataDir() + QLatin1Char('/') + json.value(QStringLiteral("dump")).toString());
        QCOMPARE(image.size(), json.value(QStringLiteral("size")).toInteger());
        QCOMPARE(toHex(crypto::sha256(image)), json.value(QStringLiteral("sha256")).toString());
        QVERIFY2(image.size() <= 64 * 1024, "vectors stay small");

        dump::ReadOptions ro;
        ro.evidenceName = json.value(QStringLiteral("dump")).toString();
        if (json.value(QStringLiteral("key_file")).isString()) {
            auto key = dump::readKeyFile(dataDir() + QLatin1Char('/') + json.value(QStringLiteral("key_file")).toString());
            QVERIFY(key);
            ro.storageRootKey = *key;
        }
        auto img = dump::readDump(image, ro);
        QVERIFY(img);
        const QJsonObject read = vectors::describeImage(*img);
        const QByteArray expected = QJsonDocument(json.value(QStringLiteral("read")).toObject()).toJson();
        const QByteArray got = QJsonDocument(read).toJson();
        QVERIFY2(expected == got, qPrintable(firstDifference(expected, got)));

        // Every finding the fault's manifest entry promises is there, at its offset.
        QSet<QString> found;
        for (const QJsonValue &f : read.value(QStringLiteral("findings")).toArray())
            found << QStringLiteral("%1@%2").arg(f[QStringLiteral("code")].toString()).arg(f[QStringLiteral("offset")].toInteger());
        const QJsonValue fault = json.value(QStringLiteral("fault"));
        if (fault.isObject()) {
            for (const QJsonValue &e : fault[QStringLiteral("expected_findings")].toArray()) {
                const QString want = QStringLiteral("%1@%2").arg(e[QStringLiteral("code")].toString()).arg(e[QStringLiteral("offset")].toInteger());
                QVERIFY2(found.contains(want), qPrintable(want + QStringLiteral(" not reported")));
            }
        } else {
            // A clean dump reads without a single finding, and its active checkpoint
            // (FULL + DELTA chain, decrypted) is the device's final state.
            QVERIFY2(found.isEmpty(), qPrintable(QStringList(found.values()).join(QLatin1Char(','))));
            QCOMPARE(read.value(QStringLiteral("active_state_root")).toString(),
                     json[QStringLiteral("device_final")][QStringLiteral("state_root")].toString());
        }
        // Whatever the fault, every slot that loads reproduces the root its header signs.
        for (const QJsonValue &s : read.value(QStringLiteral("slots")).toArray())
            if (s[QStringLiteral("loaded_state_root")].isString())
                QCOMPARE(s[QStringLiteral("loaded_state_root")].toString(), s[QStringLiteral("state_root")].toString());
    }

    // Vectors with entries the ledger rules reject or hold: the replay gives each listed
    // entry exactly the outcome the vector states (docs/ledger-rules.md).
    void expectedOutcomesHold()
    {
        int checked = 0;
        for (const QString &name : vectorNames()) {
            const QJsonObject json = QJsonDocument::fromJson(readAll(dataDir() + QLatin1Char('/') + name + QStringLiteral(".json"))).object();
            const QJsonArray expected = json.value(QStringLiteral("expected_outcomes")).toArray();
            if (expected.isEmpty())
                continue;
            const QByteArray image = readAll(dataDir() + QLatin1Char('/') + json.value(QStringLiteral("dump")).toString());
            dump::ReadOptions ro;
            ro.evidenceName = json.value(QStringLiteral("dump")).toString();
            auto img = dump::readDump(image, ro);
            QVERIFY(img);
            const QJsonObject net = json.value(QStringLiteral("network")).toObject();
            ledger::TrustStore trust;
            trust.networkId = net.value(QStringLiteral("network_id")).toString();
            trust.authorityPublicKey = QByteArray::fromHex(net.value(QStringLiteral("authority_public_key")).toString().toLatin1());
            trust.devices.append(ledger::RegisteredDevice{QByteArray::fromHex(net.value(QStringLiteral("peer_device_id")).toString().toLatin1()),
                                                          QByteArray::fromHex(net.value(QStringLiteral("peer_public_key")).toString().toLatin1()),
                                                          QByteArray::fromHex(net.value(QStringLiteral("peer_registration_certificate")).toString().toLatin1()),
                                                          {}});
            const ledger::DumpLedger l = ledger::loadDumpLedger(*img, trust);
            const ledger::DumpReplay rep = ledger::replayDumpLedger(l);
            QCOMPARE(rep.start, QStringLiteral("genesis"));
            for (const QJsonValue &e : expected) {
                const uint64_t seq = uint64_t(e[QStringLiteral("journal_seq")].toInteger());
                const ledger::EntryOutcome *o = nullptr;
                for (int i = 0; i < rep.timeline.size(); ++i)
                    if (rep.timeline.outcome(i).journalSeq == seq)
                        o = &rep.timeline.outcome(i);
                const QString what = name + QStringLiteral(" seq %1 (%2)").arg(seq).arg(e[QStringLiteral("what")].toString());
                QVERIFY2(o, qPrintable(what + QStringLiteral(": no outcome")));
                QCOMPARE(toHex(o->entry().txId), e[QStringLiteral("tx_id")].toString());
                QVERIFY2(QLatin1String(ledger::entryStatusName(o->status)) == e[QStringLiteral("status")].toString(),
                         qPrintable(what + QStringLiteral(": status ") + QLatin1String(ledger::entryStatusName(o->status))));
                const QString reason = o->status == ledger::EntryStatus::Rejected ? QLatin1String(ledger::rejectReasonName(o->reason)) : QString();
                QVERIFY2(reason == e[QStringLiteral("reason")].toString(), qPrintable(what + QStringLiteral(": reason ") + reason));
                ++checked;
            }
        }
        QVERIFY2(checked >= 9, "the rejected-entries vector lists its outcomes");
    }

    void generatorReproducesCommittedBytes()
    {
        auto vs = vectors::generateVectors();
        QVERIFY2(vs, vs ? "" : qPrintable(vs.error().message));
        QCOMPARE(vs->size(), vectorNames().size());
        for (const vectors::Vector &v : *vs) {
            const QString base = dataDir() + QLatin1Char('/') + v.name;
            QVERIFY2(readAll(base + QStringLiteral(".seeddump")) == v.image, qPrintable(v.name + QStringLiteral(": dump bytes differ")));
            const QByteArray committed = readAll(base + QStringLiteral(".json"));
            const QByteArray now = vectors::vectorJsonBytes(v.json);
            QVERIFY2(committed == now, qPrintable(v.name + QStringLiteral(": ") + firstDifference(committed, now)));
            if (!v.storageRootKey.isEmpty())
                QCOMPARE(readAll(base + QStringLiteral(".key")), v.storageRootKey.toHex() + '\n');
            else
                QVERIFY(!QFile::exists(base + QStringLiteral(".key")));
        }
    }

    // The spec, not the codec: walk clean-plain.seeddump with hand-written LE reads.
    void cleanLayoutByHand()
    {
        const QByteArray b = readAll(dataDir() + QStringLiteral("/clean-plain.seeddump"));
        QVERIFY(!b.isEmpty());
        QCOMPARE(b.left(8), QByteArray::fromHex("895345440d0a1a0a"));
        QCOMPARE(u16(b, 8), uint16_t(1));
        const uint32_t bs = u32(b, 32);
        QCOMPARE(bs, 1024u);
        QCOMPARE(qint64(u32(b, 36)) * bs, qint64(b.size()));
        QCOMPARE(u32(b, 252), crypto::crc32c(QByteArrayView(b).first(252)));
        QCOMPARE(b.mid(bs, 256), b.left(256)); // copy 1 == copy 0 (same revision)
        const uint32_t idBlock = u32(b, 88), jFirst = u32(b, 104), jCount = u32(b, 108);
        const qint64 id = qint64(idBlock) * bs;
        QCOMPARE(b.mid(id, 4), QByteArray("SIDN"));
        QCOMPARE(b.mid(id + 40, 16), b.mid(40, 16)); // device_id in identity == superblock
        QCOMPARE(crypto::sha256(b.mid(id + 8, 32)).left(16), b.mid(40, 16));
        QCOMPARE(u32(b, id + 156), crypto::crc32c(QByteArrayView(b).sliced(id, 156)));

        // Journal: block headers, record framing, CRCs, the entry header and the chain.
        QByteArray prevPayload;
        uint64_t lastEntrySeq = 0;
        int entries = 0;
        for (uint32_t blk = jFirst; blk < jFirst + jCount; ++blk) {
            const qint64 o = qint64(blk) * bs;
            if (b.mid(o, 32) == QByteArray(32, char(0xFF)))
                continue;
            QCOMPARE(b.mid(o, 4), QByteArray("SJBK"));
            QCOMPARE(u32(b, o + 28), crypto::crc32c(QByteArrayView(b).sliced(o, 28)));
            qint64 pos = o + 32;
            while (pos + 72 <= o + bs && b.mid(pos, 72) != QByteArray(72, char(0xFF))) {
                QCOMPARE(b.mid(pos, 2), QByteArray("SR"));
                QCOMPARE(u32(b, pos + 68), crypto::crc32c(QByteArrayView(b).sliced(pos, 68)));
                const uint32_t len = u32(b, pos + 4);
                const QByteArray payload = b.mid(pos + 72, len);
                QCOMPARE(u32(b, pos + 12), crypto::crc32c(payload));
                QCOMPARE(u32(b, pos + 8), u32(b, o + 4)); // record epoch == block epoch
                if (uint8_t(b[pos + 2]) == 0x01) {
                    const uint64_t seq = u64(b, pos + 16);
                    QCOMPARE(seq, lastEntrySeq + 1);
                    QCOMPARE(u64(b, pos + 72), seq);               // entry header seq
                    QCOMPARE(u64(b, pos + 80), u64(b, pos + 24));  // stored-at Lamport
                    QCOMPARE(b.mid(pos + 88, 32), b.mid(pos + 32, 32)); // prev_hash twice
                    QCOMPARE(b.mid(pos + 32, 32), prevPayload.isNull() ? QByteArray(32, '\0') : crypto::sha256(prevPayload));
                    prevPayload = payload;
                    lastEntrySeq = seq;
                    ++entries;
                }
                pos += (72 + len + 7) / 8 * 8;
            }
        }
        QCOMPARE(entries, 15);
    }
};

QTEST_GUILESS_MAIN(TstVectors)
#include "tst_vectors.moc"
