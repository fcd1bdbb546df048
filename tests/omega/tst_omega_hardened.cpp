// SPDX-License-Identifier: GPL-3.0-or-later
// Hardened layout: simulator output verifies; every single-byte change to a listed file
// or to manifest.json is reported; encrypted files round-trip; the simulator is
// deterministic; and the CLI's JSON for a fixed folder is golden.

#include "CliRunner.h"
#include "OmegaTestUtil.h"

#include "omega/OmegaCodes.h"
#include "omega/OmegaHardened.h"
#include "omega/OmegaSimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace seedscope;
using namespace seedscope::omega;
using namespace seedscope::testing;

namespace {
constexpr double kNow = 1762695600.0;

OmegaReport examine(const QString &dir, const QByteArray &trusted, std::optional<crypto::SecureBytes> secret = std::nullopt)
{
    AnalysisOptions o;
    o.now = kNow;
    o.trustedPublicKey = trusted;
    o.nodeSecret = std::move(secret);
    auto r = analyzeOmegaDirectory(dir, o);
    return r ? *r : OmegaReport{};
}

bool tamperReported(const OmegaReport &r)
{
    // A change must surface as an error/critical finding about authentication or content.
    for (const Finding &f : r.findings)
        if (f.severity >= Severity::Error)
            return true;
    return false;
}
} // namespace

class TestOmegaHardened : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void simulatorIsDeterministic()
    {
        SimulationOptions o;
        o.files = 8;
        o.defects = true;
        o.hardened = true;
        auto a = simulateOmega(o), b = simulateOmega(o);
        QVERIFY(a && b);
        QCOMPARE(a->files.size(), b->files.size());
        for (int i = 0; i < a->files.size(); ++i)
            QCOMPARE(a->files[i].bytes, b->files[i].bytes);
        o.seed = 1;
        auto c = simulateOmega(o);
        QVERIFY(c->files[0].bytes != a->files[0].bytes);
    }

    void verifiesAndReportsEverySingleByteChange()
    {
        SimulationOptions o;
        o.files = 3;
        o.hardened = true;
        auto sim = simulateOmega(o);
        QVERIFY(sim);
        QTemporaryDir dir;
        QVERIFY(writeSimulation(*sim, dir.path()));
        const QString cp = dir.filePath(QStringLiteral("checkpoints"));
        OmegaReport clean = examine(dir.path(), sim->publicKey);
        QCOMPARE(clean.auth, AuthState::Verified);
        QCOMPARE(withCode(clean.findings, code::ManifestVerified).size(), 1);
        QCOMPARE(withCode(clean.findings, code::NotAuthenticated).size(), 0);
        QVERIFY(!tamperReported(clean));
        // Untrusted (no --trust-key) is a warning; a trust key that is not the signer's is
        // the examiner's input mismatch (exit 4), never a tampering verdict.
        QCOMPARE(examine(dir.path(), {}).auth, AuthState::UntrustedKey);
        const OmegaReport foreign = examine(dir.path(), QByteArray(32, 'k'));
        QCOMPARE(withCode(foreign.findings, code::TrustKeyMismatch).size(), 1);
        QCOMPARE(withCode(foreign.findings, code::TrustKeyMismatch)[0].verdict, Verdict::None);
        for (const Finding &f : foreign.findings)
            QVERIFY(f.verdict != Verdict::Tampering);
        QCOMPARE(exitCodeFor(foreign.findings), exitcode::InputMismatch);

        int cases = 0;
        for (const SimulatedFile &f : sim->files) {
            const QString path = QDir(cp).filePath(f.name);
            // Every byte of the manifest and of every checkpoint (a few thousand small analyses).
            for (int i = 0; i < f.bytes.size(); ++i) {
                QByteArray mutated = f.bytes;
                mutated[i] = char(mutated[i] ^ (1 << (i % 8)));
                QVERIFY(writeFile(path, mutated));
                const OmegaReport r = examine(dir.path(), sim->publicKey);
                QVERIFY2(tamperReported(r),
                         qPrintable(QStringLiteral("%1 byte %2 changed unnoticed").arg(f.name).arg(i)));
                if (f.name != QLatin1StringView(kManifestFileName))
                    QCOMPARE(withCode(r.findings, code::ManifestHashMismatch).size(), 1);
                else
                    QVERIFY(r.auth != AuthState::Verified);
                ++cases;
            }
            QVERIFY(writeFile(path, f.bytes));
        }
        QVERIFY(cases > 2000);
        // Deleting and adding files.
        QVERIFY(QFile::remove(QDir(cp).filePath(sim->files[0].name)));
        QCOMPARE(withCode(examine(dir.path(), sim->publicKey).findings, code::ManifestFileMissing).size(), 1);
        QVERIFY(writeFile(QDir(cp).filePath(QStringLiteral("checkpoint_1762699999.json")), sim->files[1].bytes));
        QCOMPARE(withCode(examine(dir.path(), sim->publicKey).findings, code::ManifestUnlistedFile).size(), 1);
    }

    void encryptedRoundTripAndTamper()
    {
        SimulationOptions o;
        o.files = 3;
        o.encrypt = true;
        auto sim = simulateOmega(o);
        QVERIFY(sim);
        QTemporaryDir dir;
        QVERIFY(writeSimulation(*sim, dir.path()));
        OmegaReport withKey = examine(dir.path(), sim->publicKey, defaultNodeSecret(o.seed));
        QCOMPARE(withKey.auth, AuthState::Verified);
        QCOMPARE(withKey.filesOnDisk, 3);
        for (const CheckpointFile &f : withKey.files) {
            QVERIFY(f.decrypted);
            QVERIFY(f.valid);
        }
        QVERIFY(!tamperReported(withKey));
        const OmegaReport noKey = examine(dir.path(), sim->publicKey);
        QCOMPARE(withCode(noKey.findings, code::EncryptedNoKey).size(), 1);
        // Wrong key: no file authenticates, so the key is not the node's: one input
        // mismatch, no tampering, exit 4.
        const OmegaReport wrong = examine(dir.path(), sim->publicKey, crypto::SecureBytes(QByteArray(32, 'w')));
        QCOMPARE(withCode(wrong.findings, code::DecryptFailed).size(), 0);
        QCOMPARE(withCode(wrong.findings, code::KeyMismatch).size(), 1);
        for (const Finding &f : wrong.findings)
            QVERIFY(f.verdict != Verdict::Tampering);
        QCOMPARE(exitCodeFor(wrong.findings), exitcode::InputMismatch);
        // Every single-byte change of an envelope fails the AEAD tag and the manifest hash.
        const QString first = dir.filePath(QStringLiteral("checkpoints/")) + sim->files[0].name;
        for (int i = 0; i < sim->files[0].bytes.size(); ++i) {
            QByteArray m = sim->files[0].bytes;
            m[i] = char(m[i] ^ 0x80);
            QVERIFY(writeFile(first, m));
            const OmegaReport t = examine(dir.path(), sim->publicKey, defaultNodeSecret(o.seed));
            QVERIFY2(withCode(t.findings, code::DecryptFailed).size() == 1, qPrintable(QString::number(i)));
            QCOMPARE(withCode(t.findings, code::ManifestHashMismatch).size(), 1);
        }
        QVERIFY(writeFile(first, sim->files[0].bytes));
        // A flipped ciphertext byte is caught by both the manifest and the AEAD tag.
        const QString p = dir.filePath(QStringLiteral("checkpoints/")) + sim->files[0].name;
        QByteArray b = sim->files[0].bytes;
        b[40] = char(b[40] ^ 1);
        QVERIFY(writeFile(p, b));
        const OmegaReport t = examine(dir.path(), sim->publicKey, defaultNodeSecret(o.seed));
        QCOMPARE(withCode(t.findings, code::DecryptFailed).size(), 1);
        QCOMPARE(withCode(t.findings, code::ManifestHashMismatch).size(), 1);
    }

    void plainFolderSaysNothingIsAuthenticated()
    {
        SimulationOptions o;
        o.files = 4;
        auto sim = simulateOmega(o);
        QTemporaryDir dir;
        QVERIFY(writeSimulation(*sim, dir.path()));
        const OmegaReport r = examine(dir.path(), {});
        QCOMPARE(r.auth, AuthState::None);
        const auto na = withCode(r.findings, code::NotAuthenticated);
        QCOMPARE(na.size(), 1);
        QVERIFY(na[0].explanation.startsWith(QStringLiteral("Nothing in this folder is authenticated")));
    }

    void cliGoldenJson()
    {
        if (cliPath().isEmpty())
            QSKIP("SEEDSCOPE_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--omega"), QStringLiteral("--out"), dir.filePath(QStringLiteral("golden-run")),
                             QStringLiteral("--files"), QStringLiteral("6"), QStringLiteral("--defects")});
        QCOMPARE(sim.exitCode, 0);
        CliRun run = runCli({QStringLiteral("omega"), dir.filePath(QStringLiteral("golden-run")), QStringLiteral("--json"),
                             QStringLiteral("--now"), QStringLiteral("1762695600")});
        QCOMPARE(run.exitCode, 2);
        const QString goldenPath = QStringLiteral(SEEDSCOPE_SOURCE_DIR "/tests/omega/golden/omega-defects.json");
        if (qEnvironmentVariableIsSet("SEEDSCOPE_UPDATE_GOLDEN"))
            writeFile(goldenPath, run.out);
        QFile golden(goldenPath);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QByteArray expected = golden.readAll();
        QCOMPARE(run.json().object(), QJsonDocument::fromJson(expected).object());
        QCOMPARE(run.out, expected);
        // Unreadable folder: exit 3; usage: 64.
        QCOMPARE(runCli({QStringLiteral("omega"), dir.filePath(QStringLiteral("missing"))}).exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("omega")}).exitCode, 64);
        const CliRun help = runCli({QStringLiteral("omega"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("original_loader"));
    }
};

QTEST_GUILESS_MAIN(TestOmegaHardened)
#include "tst_omega_hardened.moc"
