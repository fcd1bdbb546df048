// SPDX-License-Identifier: GPL-3.0-or-later
// The committed test vectors (tests/vectors/data) state, for every fault kind, what the
// verifier above the reader must report (`expected_verifier`: code and absolute offset).
// This holds the verifier to that ground truth, with only what an auditor would have:
// the dump, its key file when encrypted, and the network's authority key.
#include "FindingText.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "util/Hex.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace seedscope;

namespace {

QString dataDir() { return QStringLiteral(SEEDSCOPE_SOURCE_DIR "/tests/vectors/data"); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString list(const verify::VerifyReport &r) { return testing::findingText(r.findings); }

} // namespace

class TstVerifyVectors : public QObject {
    Q_OBJECT

    struct Run {
        QJsonObject vector;
        verify::VerifyReport report;
    };
    // Verifies a vector with its key file (when encrypted) and a trust store holding the
    // network authority and, unless `withPeer` is false, the peer device's registration.
    static std::optional<Run> run(const QString &name, bool withPeer)
    {
        const QJsonObject v = QJsonDocument::fromJson(readAll(dataDir() + QLatin1Char('/') + name)).object();
        const QByteArray image = readAll(dataDir() + QLatin1Char('/') + v.value(QStringLiteral("dump")).toString());
        const QJsonObject net = v.value(QStringLiteral("network")).toObject();
        QJsonObject trustJson{{QStringLiteral("format"), QStringLiteral("seedscope-trust-store/1")},
                              {QStringLiteral("network_id"), net.value(QStringLiteral("network_id"))},
                              {QStringLiteral("authority_public_key"), net.value(QStringLiteral("authority_public_key"))}};
        if (withPeer)
            trustJson.insert(QStringLiteral("devices"),
                             QJsonArray{QJsonObject{{QStringLiteral("device_id"), net.value(QStringLiteral("peer_device_id"))},
                                                    {QStringLiteral("public_key"), net.value(QStringLiteral("peer_public_key"))},
                                                    {QStringLiteral("registration_certificate"),
                                                     net.value(QStringLiteral("peer_registration_certificate"))}}});
        auto trust = ledger::parseTrustStore(QJsonDocument(trustJson).toJson());
        if (image.isEmpty() || !trust)
            return std::nullopt;
        std::optional<crypto::SecureBytes> key;
        if (v.value(QStringLiteral("key_file")).isString()) {
            auto k = dump::readKeyFile(dataDir() + QLatin1Char('/') + v.value(QStringLiteral("key_file")).toString());
            if (!k)
                return std::nullopt;
            key = *k;
        }
        const verify::EvidenceSummary ev{name, name, image.size(), crypto::sha256(image)};
        return Run{v, verify::verifyImage(image, ev, key, *trust)};
    }

private Q_SLOTS:
    void expectedVerifierFindings_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList jsons = QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(jsons.size() >= 17);
        for (const QString &j : jsons)
            QTest::newRow(qPrintable(j)) << j;
    }
    void expectedVerifierFindings()
    {
        QFETCH(QString, name);
        const auto r = run(name, true);
        QVERIFY(r);
        QVERIFY(r->report.readable);
        const QJsonObject fault = r->vector.value(QStringLiteral("fault")).toObject();
        if (fault.isEmpty()) {
            // Clean vectors: nothing above info, and the emulated recovery lands where the
            // writer ended.
            QVERIFY2(worstSeverity(r->report.findings) == Severity::Info, qPrintable(list(r->report)));
            QCOMPARE(toHex(r->report.recovery.stateRoot),
                     r->vector.value(QStringLiteral("device_final")).toObject().value(QStringLiteral("state_root")).toString());
            return;
        }
        const QJsonArray expected = fault.value(QStringLiteral("expected_verifier")).toArray();
        for (const QJsonValue &e : expected) {
            const QString code = e.toObject().value(QStringLiteral("code")).toString();
            const qint64 offset = qint64(e.toObject().value(QStringLiteral("offset")).toDouble());
            bool hit = false;
            for (const Finding &f : r->report.findings)
                // UNSEALED_TAIL starts at the first unsealed record, at or before the one named.
                hit |= f.code == code
                    && (f.offset == offset || (code == QLatin1String("UNSEALED_TAIL") && f.offset <= offset && offset < f.offset + f.length));
            QVERIFY2(hit, qPrintable(QStringLiteral("%1@%2 missing in: %3").arg(code).arg(offset).arg(list(r->report))));
        }
    }

    // An auditor whose trust store lacks the peer cannot check the peer's entries. The
    // replay then rejects what the device accepted and the checkpoints do not reproduce:
    // that is missing knowledge (CHECKPOINT_UNPROVABLE, KEY_UNREGISTERED per entry), never
    // a tampering verdict.
    void incompleteTrustStoreIsNotTampering()
    {
        const auto r = run(QStringLiteral("clean-plain.json"), false);
        QVERIFY(r);
        int unprovable = 0, unregistered = 0;
        for (const Finding &f : r->report.findings) {
            QVERIFY2(f.verdict != Verdict::Tampering, qPrintable(list(r->report)));
            unprovable += f.code == QLatin1String("CHECKPOINT_UNPROVABLE");
            unregistered += f.code == QLatin1String("KEY_UNREGISTERED");
        }
        QVERIFY2(unprovable >= 1 && unregistered >= 1, qPrintable(list(r->report)));
        QVERIFY(r->report.exitCode() != exitcode::Clean);
    }
};

QTEST_GUILESS_MAIN(TstVerifyVectors)
#include "tst_verify_vectors.moc"
