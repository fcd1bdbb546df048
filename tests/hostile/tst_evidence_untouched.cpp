// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence is never modified: every command an auditor runs on a Seed dump folder and on
// Ω checkpoint folders leaves each file's bytes, size, permissions and modification time
// as they were, and creates nothing beside the evidence (a temporary file created and
// removed again would still change the folder's own modification time, which is checked
// too). The evidence stays writable on purpose: a read-only file would hide a write
// attempt instead of exposing it.
#include "CliRunner.h"
#include "crypto/Hash.h"
#include "dump/DumpReader.h"
#include "omega/OmegaAnalysis.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

using namespace seedscope;
using namespace seedscope::testing;

namespace {

struct Entry {
    qint64 size = -1;
    QDateTime modified;
    QFile::Permissions permissions;
    QByteArray sha256; // files only
    bool operator==(const Entry &) const = default;
};
using Snapshot = QMap<QString, Entry>;

// A fixed, distant modification time, so that any write (even within the same second as
// the test setup) shows up as a different time.
const QDateTime kPinned = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);

void pinTime(const QString &path)
{
#ifdef Q_OS_UNIX
    struct timespec times[2];
    times[0].tv_sec = times[1].tv_sec = kPinned.toSecsSinceEpoch();
    times[0].tv_nsec = times[1].tv_nsec = 0;
    QVERIFY2(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0, qPrintable(path));
#else
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        f.setFileTime(kPinned, QFileDevice::FileModificationTime);
#endif
}

void pinTree(const QString &root)
{
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    // Deepest first: pinning a file does not touch its folder, but do folders last anyway.
    std::sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) { return a.count(u'/') > b.count(u'/'); });
    for (const QString &p : paths)
        pinTime(p);
    pinTime(root);
}

Snapshot snapshot(const QString &root)
{
    Snapshot s;
    auto add = [&](const QFileInfo &fi) {
        Entry e;
        e.modified = fi.lastModified().toUTC();
        e.permissions = fi.permissions();
        if (fi.isFile()) {
            e.size = fi.size();
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly))
                e.sha256 = crypto::sha256(f.readAll());
        }
        s.insert(QDir(root).relativeFilePath(fi.filePath()), e);
    };
    add(QFileInfo(root));
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        add(it.fileInfo());
    }
    return s;
}

QString describe(const Snapshot &before, const Snapshot &after)
{
    QStringList out;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()))
            out << QStringLiteral("created: ") + it.key();
        else if (!(before.value(it.key()) == it.value()))
            out << QStringLiteral("changed: ") + it.key();
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            out << QStringLiteral("removed: ") + it.key();
    return out.join(QStringLiteral("; "));
}

bool cliHas(const QString &command)
{
    const CliRun r = runCli({QStringLiteral("help")});
    return r.out.contains("\n  " + command.toLatin1() + ' ');
}

} // namespace

class TstEvidenceUntouched : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase() { QVERIFY(!cliPath().isEmpty()); }

    void dumpFolder()
    {
        // Evidence: a small mesh (one encrypted run, one plain) with keys and trust store
        // beside it, as the simulator writes it.
        const QString ev = m_work.filePath(QStringLiteral("dumps"));
        CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"), QStringLiteral("--entries"),
                             QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--encrypt"),
                             QStringLiteral("--groups"), QStringLiteral("--fault"), QStringLiteral("power-cut@1"), QStringLiteral("--out"), ev});
        QVERIFY2(sim.exitCode == 0, sim.err.constData());
        pinTree(ev);
        const Snapshot before = snapshot(ev);
        QVERIFY(before.size() >= 7);

        const QString d0 = ev + QStringLiteral("/dev-0.seeddump");
        const QString d1 = ev + QStringLiteral("/dev-1.seeddump");
        const QString trust = ev + QStringLiteral("/trust-store.json");
        QList<QStringList> commands = {
            {QStringLiteral("hash"), d0, d1},
            {QStringLiteral("info"), d0},
            {QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--key-file"), ev + QStringLiteral("/dev-1.key"), d1},
            {QStringLiteral("replay"), QStringLiteral("--json"), QStringLiteral("--keys"), ev, QStringLiteral("--trust-store"), trust, d0},
            {QStringLiteral("replay"), QStringLiteral("--csv"), QStringLiteral("--keys"), ev, QStringLiteral("--trust-store"), trust, d1},
        };
        // Commands that later issues add are exercised as soon as they exist.
        if (cliHas(QStringLiteral("verify")))
            commands.append({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--keys"), ev, QStringLiteral("--trust-store"), trust, d0, d1});
        if (cliHas(QStringLiteral("reconcile")))
            commands.append({QStringLiteral("reconcile"), QStringLiteral("--json"), QStringLiteral("--keys"), ev, QStringLiteral("--trust-store"), trust, d0, d1});
        for (const QStringList &args : commands) {
            const CliRun r = runCli(args);
            QVERIFY2(r.exitCode >= 0 && r.exitCode <= 3, qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        }
        // In-process, the library paths the GUI uses.
        dump::ReadOptions ro;
        QVERIFY(dump::readDumpFile(d0, ro).ok());

        const Snapshot after = snapshot(ev);
        QVERIFY2(after == before, qPrintable(describe(before, after)));
    }

    void omegaFolders_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("plain") << QStringLiteral("checkpoints");
        QTest::newRow("defects") << QStringLiteral("defects");
        QTest::newRow("hardened") << QStringLiteral("hardened");
    }

    void omegaFolders()
    {
        QFETCH(QString, sample);
        // A private copy of the bundled sample: the test must not touch the repository.
        const QString src = QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/") + sample;
        QVERIFY(QFileInfo(src).isDir());
        const QString ev = m_work.filePath(QStringLiteral("omega-") + sample);
        QVERIFY(QDir().mkpath(ev));
        QDirIterator it(src, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = ev + QLatin1Char('/') + QDir(src).relativeFilePath(from);
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY(QFile::copy(from, to));
            QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        }
        pinTree(ev);
        const Snapshot before = snapshot(ev);
        QVERIFY(before.size() >= 3);

        for (const QStringList &args : QList<QStringList>{{QStringLiteral("omega"), ev},
                                                          {QStringLiteral("omega"), QStringLiteral("--json"), ev}}) {
            const CliRun r = runCli(args);
            QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            QVERIFY(!r.out.isEmpty());
        }
        omega::AnalysisOptions options;
        QVERIFY(omega::analyzeOmegaDirectory(ev, options).ok());

        const Snapshot after = snapshot(ev);
        QVERIFY2(after == before, qPrintable(describe(before, after)));
    }

    // The check itself must be able to fail: a write, a created sidecar, a touched time.
    void snapshotSeesChanges()
    {
        const QString ev = m_work.filePath(QStringLiteral("control"));
        QVERIFY(QDir().mkpath(ev));
        QFile f(ev + QStringLiteral("/a.bin"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        pinTree(ev);
        const Snapshot before = snapshot(ev);
        {
            QFile g(ev + QStringLiteral("/a.bin.lock"));
            QVERIFY(g.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::remove(ev + QStringLiteral("/a.bin.lock")));
        QVERIFY(!(snapshot(ev) == before)); // folder mtime moved
        pinTree(ev);
        const Snapshot pinned = snapshot(ev);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(1);
        f.write("X");
        f.close();
        pinTime(f.fileName());
        const Snapshot edited = snapshot(ev);
        QVERIFY(!(edited == pinned)); // same size and time, different bytes
        QVERIFY(describe(pinned, edited).contains(QStringLiteral("changed: a.bin")));
    }
};

QTEST_GUILESS_MAIN(TstEvidenceUntouched)
#include "tst_evidence_untouched.moc"
