// SPDX-License-Identifier: GPL-3.0-or-later
// Omega folders built by a hostile user: a checkpoint named with bytes that are not UTF-8,
// links out of and inside the folder, a FIFO and a link to /dev/zero, a dangling link,
// and a signed manifest with a repeated "files" key. All through analyzeOmegaDirectory,
// the one opening path the CLI and the GUI share; the CLI runs under a 10 s timeout.
#include "../omega/OmegaTestUtil.h"
#include "CliRunner.h"
#include "HostileFs.h"
#include "crypto/Hash.h"
#include "omega/OmegaCodes.h"
#include "omega/OmegaDirectory.h"
#include "omega/OmegaHardened.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace seedscope;
using namespace seedscope::testing;

namespace {

constexpr int kCliTimeoutMs = 10000;
constexpr double kNow = 1762695600.0;

QByteArray checkpoint(double ts) { return omega::dumpCheckpoint(goodRecord(ts, 0.9)); }

const Finding *first(const omega::OmegaReport &r, const char *code)
{
    for (const Finding &f : r.findings)
        if (f.code == QLatin1StringView(code))
            return &f;
    return nullptr;
}

} // namespace

class TstHostileOmega : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Python's sorted() on surrogateescape-decoded names, checked against names whose
    // raw-byte order differs from code-point order.
    void sortKeyMatchesPython()
    {
        using omega::pythonSortKey;
        const QByteArray ascii = "checkpoint_9.json";
        const QByteArray eAcute = "checkpoint_\xc3\xa9.json";   // U+00E9
        const QByteArray ff = "checkpoint_\xff.json";            // U+DCFF
        const QByteArray surr = "checkpoint_\xed\xa0\x80.json";  // three escapes: U+DCED U+DCA0 U+DC80
        const QByteArray pua = "checkpoint_\xee\x80\x80.json";   // U+E000
        const QByteArray astral = "checkpoint_\xf0\x9f\x8c\x80.json"; // U+1F300
        // sorted(glob) in CPython 3.11 on these names: 9 < é < \udced\udca0\udc80 < \udcff < \ue000 < 🌀
        const QList<QByteArray> pythonOrder = {ascii, eAcute, surr, ff, pua, astral};
        for (int i = 1; i < pythonOrder.size(); ++i)
            QVERIFY2(pythonSortKey(pythonOrder[i - 1]) < pythonSortKey(pythonOrder[i]), pythonOrder[i].toHex().constData());
        // Raw bytes would put \xff above U+E000 (0xff > 0xee): the key must not.
        QVERIFY(ff > pua);
        bool utf8 = true;
        QCOMPARE(omega::displayName(ff, &utf8), QStringLiteral("checkpoint_\\xff.json"));
        QVERIFY(!utf8);
        QCOMPARE(omega::displayName(surr), QStringLiteral("checkpoint_\\xed\\xa0\\x80.json"));
        QCOMPARE(omega::displayName(eAcute, &utf8), QString::fromUtf8(eAcute));
        QVERIFY(utf8);
    }

    // Item: an undecodable checkpoint name used to be invisible ("files on disk: 1").
    void nonUtf8NameIsListedAndPicked()
    {
        QTemporaryDir dir;
        QVERIFY(writeRaw(dir.path(), "checkpoint_1762692000.json", checkpoint(1762692000.25)));
        QVERIFY(writeRaw(dir.path(), "checkpoint_\xff.json", checkpoint(1762692001.25)));
        const omega::OmegaReport r = analyze(dir.path(), kNow);
        QCOMPARE(r.filesOnDisk, 2);
        QCOMPARE(r.loader.picked, QStringLiteral("checkpoint_\\xff.json")); // sorts last, as in Python
        const Finding *f = first(r, omega::code::NameNotUtf8);
        QVERIFY(f);
        QCOMPARE(f->subject, QStringLiteral("checkpoint_\\xff.json"));
        const omega::CheckpointFile *cf = r.file(QStringLiteral("checkpoint_\\xff.json"));
        QVERIFY(cf && cf->parsed()); // read through its raw name
        QVERIFY(first(r, omega::code::LoaderPicksStale)); // the numerically latest is the other one

        // With a U+E000 name present the loader picks that one: code-point order, not byte order.
        QVERIFY(writeRaw(dir.path(), "checkpoint_\xee\x80\x80.json", checkpoint(1762692002.25)));
        QCOMPARE(analyze(dir.path(), kNow).loader.picked, QString::fromUtf8("checkpoint_\xee\x80\x80.json"));

        // The CLI says the same, and its JSON stays valid UTF-8.
        const CliRun run = runCli({QStringLiteral("omega"), QStringLiteral("--json"), QStringLiteral("--now"), QString::number(qint64(kNow)),
                                   dir.path()},
                                  kCliTimeoutMs);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        const QJsonObject o = run.json().object();
        QVERIFY(!o.isEmpty());
        QVERIFY(run.out.contains("checkpoint_\\\\xff.json"));
        removeRaw(dir.path(), "checkpoint_\xff.json");
    }

    // A link out of the folder is a finding that says where it points, and is never read.
    void symlinkOutOfFolder()
    {
        QTemporaryDir outside;
        QTemporaryDir dir;
        const QString secret = outside.filePath(QStringLiteral("checkpoint_1762692009.json"));
        QVERIFY(writeBytes(secret, checkpoint(1762692009.25)));
        QVERIFY(writeRaw(dir.path(), "checkpoint_1762692000.json", checkpoint(1762692000.25)));
        QVERIFY(makeLink(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("checkpoint_1762692001.json"))));
        QVERIFY(makeLink(QStringLiteral("../") + QFileInfo(outside.path()).fileName() + QStringLiteral("/checkpoint_1762692009.json"),
                         dir.filePath(QStringLiteral("checkpoint_1762692009.json"))));
        // A link that stays inside is followed, and still a finding.
        QVERIFY(makeLink(QStringLiteral("checkpoint_1762692000.json"), dir.filePath(QStringLiteral("checkpoint_1762692005.json"))));

        const omega::OmegaReport r = analyze(dir.path(), kNow);
        const QList<Finding> out = withCode(r.findings, omega::code::SymlinkOutside);
        QCOMPARE(out.size(), 2);
        QStringList found;
        for (const Finding &f : out)
            found << f.subject + QStringLiteral(": ") + f.found;
        QVERIFY2(found.join(u'\n').contains(QStringLiteral("checkpoint_1762692001.json: a symbolic link to /etc/passwd")), qPrintable(found.join(u'\n')));
        for (const char *name : {"checkpoint_1762692001.json", "checkpoint_1762692009.json"}) {
            const omega::CheckpointFile *f = r.file(QLatin1StringView(name));
            QVERIFY(f);
            QVERIFY(!f->readable);            // never opened
            QVERIFY(f->sha256.isEmpty());
            QCOMPARE(f->kind, omega::EntryKind::LinkOutside);
        }
        // No finding of any kind is about the content of /etc/passwd.
        QVERIFY(withCode(r.findings, omega::code::MalformedJson).isEmpty());
        // The loader would follow the link it picks: what it returns is unknown, not "nothing".
        QCOMPARE(r.loader.picked, QStringLiteral("checkpoint_1762692009.json"));
        QVERIFY(r.loader.unknown);
        QVERIFY(!first(r, omega::code::LoaderReturnsNothing));

        const QList<Finding> in = withCode(r.findings, omega::code::SymlinkInside);
        QCOMPARE(in.size(), 1);
        QCOMPARE(in.first().subject, QStringLiteral("checkpoint_1762692005.json"));
        QVERIFY(r.file(QStringLiteral("checkpoint_1762692005.json"))->parsed());
    }

    // The GUI's path: a FIFO, a link to /dev/zero, a dangling link and a directory among
    // good files. Nothing blocks, nothing non-regular is opened, the rest is analysed, and
    // the folder still gets an identity.
    void fifoDeviceAndUnreadableEntries()
    {
        QTemporaryDir dir;
        QVERIFY(writeRaw(dir.path(), "checkpoint_1762692000.json", checkpoint(1762692000.25)));
        QVERIFY(writeRaw(dir.path(), "checkpoint_1762692001.json", checkpoint(1762692001.25)));
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("checkpoint_1762692002.json"))));
        QVERIFY(makeLink(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("checkpoint_1762692003.json"))));
        QVERIFY(makeLink(QStringLiteral("gone.json"), dir.filePath(QStringLiteral("checkpoint_1762692004.json"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("checkpoint_1762692005.json")));
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("manifest.json"))));
        // A link that stays inside but leads to the FIFO is not opened either.
        QVERIFY(makeLink(QStringLiteral("checkpoint_1762692002.json"), dir.filePath(QStringLiteral("checkpoint_1762692006.json"))));

        omega::AnalysisOptions o;
        o.now = kNow;
        auto r = omega::analyzeOmegaDirectory(dir.path(), o);
        QVERIFY(r.ok());
        QCOMPARE(r->filesOnDisk, 7);
        QVERIFY(r->file(QStringLiteral("checkpoint_1762692000.json"))->valid);
        QVERIFY(r->file(QStringLiteral("checkpoint_1762692001.json"))->valid);
        QCOMPARE(r->file(QStringLiteral("checkpoint_1762692002.json"))->kind, omega::EntryKind::Fifo);
        QCOMPARE(r->file(QStringLiteral("checkpoint_1762692003.json"))->kind, omega::EntryKind::LinkOutside);
        QCOMPARE(r->file(QStringLiteral("checkpoint_1762692004.json"))->kind, omega::EntryKind::Unreadable);
        QCOMPARE(r->file(QStringLiteral("checkpoint_1762692005.json"))->kind, omega::EntryKind::Directory);
        QCOMPARE(r->file(QStringLiteral("checkpoint_1762692006.json"))->kind, omega::EntryKind::Fifo);
        QStringList unreadable;
        for (const Finding &f : withCode(r->findings, omega::code::FileUnreadable))
            unreadable << f.evidence.section(u'/', -1) + QStringLiteral(": ") + f.found;
        const QString all = unreadable.join(u'\n');
        QCOMPARE(unreadable.size(), 4);
        QVERIFY2(all.contains(QStringLiteral("checkpoint_1762692002.json: is a FIFO, not a regular file; not opened")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("checkpoint_1762692004.json: a symbolic link to gone.json that does not resolve")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("checkpoint_1762692005.json: is a directory")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("checkpoint_1762692006.json: a symbolic link to ")) && all.contains(QStringLiteral("(a FIFO), not a regular file; not opened")),
                 qPrintable(all));
        const QList<Finding> out = withCode(r->findings, omega::code::SymlinkOutside);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().found, QStringLiteral("a symbolic link to /dev/zero (/dev/zero)"));
        // The FIFO manifest is reported, not opened.
        const Finding *m = first(*r, omega::code::ManifestMalformed);
        QVERIFY(m);
        QVERIFY2(m->found.contains(QStringLiteral("FIFO")), qPrintable(m->found));
        QCOMPARE(r->folderSha256.size(), 32);
        QCOMPARE(r->folderEntries, 8);
        QCOMPARE(r->newestValid, QStringLiteral("checkpoint_1762692001.json"));

        // The CLI on the same folder ends, reports and analyses the rest.
        const CliRun run = runCli({QStringLiteral("omega"), QStringLiteral("--now"), QString::number(qint64(kNow)), dir.path()}, kCliTimeoutMs);
        QVERIFY2(run.exitCode == 2, (run.out + run.err).constData());
        QVERIFY(run.out.contains("OMEGA_FILE_UNREADABLE"));
    }

    // Item: a repeated "files" key in a signed manifest (signed by the trusted key).
    void duplicateFilesKeyInSignedManifest()
    {
        QTemporaryDir dir;
        const QByteArray a = checkpoint(1762692000.25), b = checkpoint(1762692001.25);
        QVERIFY(writeRaw(dir.path(), "checkpoint_1762692000.json", a));
        QVERIFY(writeRaw(dir.path(), "checkpoint_1762692001.json", b));
        auto signer = omega::signerFromSecret(crypto::SecureBytes(QByteArray(32, '\x42')));
        QVERIFY(signer.ok());
        omega::Manifest m;
        m.networkId = QStringLiteral("quantum-currency-uhes-001");
        m.created = 1762692002;
        m.files = {{QStringLiteral("checkpoint_1762692000.json"), a.size(), crypto::sha256(a), false},
                   {QStringLiteral("checkpoint_1762692001.json"), b.size(), crypto::sha256(b), false}};
        auto good = omega::buildManifest(m, *signer);
        QVERIFY(good.ok());
        // Re-sign a body whose first "files" lists only one file; the last (which Python
        // and Seedscope use) lists both, another reader would take the first.
        const QByteArray prefix = "{\n  \"body\": ", middle = ",\n  \"signature\": \"", suffix = "\"\n}\n";
        QByteArray body = good->mid(prefix.size(), good->indexOf(middle) - prefix.size());
        const qsizetype filesAt = body.indexOf("\"files\"");
        QVERIFY(filesAt > 0);
        body.insert(filesAt, "\"files\": [{\"name\": \"checkpoint_1762692000.json\", \"size\": " + QByteArray::number(a.size()) +
                                 ", \"sha256\": \"" + crypto::sha256(a).toHex() + "\", \"encrypted\": false}],\n    ");
        QByteArray message(omega::kManifestSigningDomain);
        message.append('\0');
        message.append(body);
        auto sig = signer->sign(message);
        QVERIFY(sig.ok());
        const QByteArray manifest = prefix + body + middle + sig->toHex() + suffix;
        QVERIFY(writeRaw(dir.path(), "manifest.json", manifest));

        omega::AnalysisOptions o;
        o.now = kNow;
        o.trustedPublicKey = signer->publicKey();
        auto r = omega::analyzeOmegaDirectory(dir.path(), o);
        QVERIFY(r.ok());
        const Finding *d = first(*r, omega::code::ManifestDuplicateKey);
        QVERIFY(d);
        QCOMPARE(d->location, QStringLiteral("$.body.files"));
        QCOMPARE(d->offset, qint64(prefix.size() + body.lastIndexOf("\"files\"")));
        QCOMPARE(r->auth, omega::AuthState::Failed); // the signature alone no longer vouches
        QVERIFY(first(*r, omega::code::ManifestVerified)); // the trusted-key branch ran

        // The untouched manifest carries no such finding and verifies.
        QVERIFY(writeRaw(dir.path(), "manifest.json", *good));
        auto clean = omega::analyzeOmegaDirectory(dir.path(), o);
        QVERIFY(!first(*clean, omega::code::ManifestDuplicateKey));
        QCOMPARE(clean->auth, omega::AuthState::Verified);
    }
};

QTEST_GUILESS_MAIN(TstHostileOmega)
#include "tst_hostile_omega.moc"
