// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI through the session: --progress=json on every long command, file names that
// are not valid UTF-8, symbolic link loops and files that are not dumps.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace seedscope;

namespace {

// Parses --progress=json lines; every line must be one object with stage, done, total,
// and done must not decrease while the stage stays the same.
bool progressIsWellFormed(const QByteArray &err, QString *why, int *lines)
{
    QString stage;
    qint64 last = -1;
    *lines = 0;
    for (const QByteArray &line : err.split('\n')) {
        if (line.isEmpty() || !line.startsWith('{'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.contains(QStringLiteral("stage")) || !o.contains(QStringLiteral("done")) || !o.contains(QStringLiteral("total"))) {
            *why = QString::fromUtf8(line);
            return false;
        }
        ++*lines;
        const QString s = o.value(QStringLiteral("stage")).toString();
        const qint64 done = qint64(o.value(QStringLiteral("done")).toDouble());
        if (s == stage && done < last) {
            *why = QStringLiteral("done went back in stage %1: %2 after %3").arg(s).arg(done).arg(last);
            return false;
        }
        stage = s;
        last = done;
    }
    return true;
}

testing::CliRun runShell(const QString &script, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), script, testing::cliPath()} + args);
    testing::CliRun r;
    if (!p.waitForStarted() || !p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TstSessionCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }

private Q_SLOTS:
    void initTestCase()
    {
        if (testing::cliPath().isEmpty())
            QSKIP("SEEDSCOPE_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
    }

    void progressJsonOnEveryLongCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stage");
        const QString sim = m_dir.path() + QStringLiteral("/sim");
        const QString sample = QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/checkpoints");
        // simulate first: the rows after it use its output.
        QTest::newRow("simulate") << QStringList{QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"), QStringLiteral("--entries"),
                                                 QStringLiteral("2000"), QStringLiteral("--groups"), QStringLiteral("--out"), sim}
                                  << QStringLiteral("simulate");
        QTest::newRow("verify") << QStringList{QStringLiteral("verify"), sim + QStringLiteral("/dev-0.seeddump"), QStringLiteral("--trust-store"),
                                               sim + QStringLiteral("/trust-store.json"), QStringLiteral("--json")}
                                << QStringLiteral("replay");
        QTest::newRow("replay") << QStringList{QStringLiteral("replay"), sim + QStringLiteral("/dev-0.seeddump"), QStringLiteral("--trust-store"),
                                               sim + QStringLiteral("/trust-store.json"), QStringLiteral("--json")}
                                << QStringLiteral("replay");
        QTest::newRow("reconcile") << QStringList{QStringLiteral("reconcile"), sim + QStringLiteral("/dev-0.seeddump"), sim + QStringLiteral("/dev-1.seeddump"),
                                                  QStringLiteral("--trust-store"), sim + QStringLiteral("/trust-store.json"), QStringLiteral("--json")}
                                   << QStringLiteral("reconcile");
        QTest::newRow("omega") << QStringList{QStringLiteral("omega"), sample, QStringLiteral("--json")} << QStringLiteral("omega");
        QTest::newRow("info") << QStringList{QStringLiteral("info"), sim + QStringLiteral("/dev-0.seeddump"), QStringLiteral("--json")}
                              << QStringLiteral("read");
    }
    void progressJsonOnEveryLongCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stage);
        auto r = testing::runCli(QStringList{QStringLiteral("--progress=json")} + args);
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        QString why;
        int lines = 0;
        QVERIFY2(progressIsWellFormed(r.err, &why, &lines), qPrintable(why));
        QVERIFY2(lines >= 3, r.err.constData());
        // The named stage reports more than its first and last value: a real bar.
        int stageLines = 0;
        for (const QByteArray &line : r.err.split('\n'))
            if (QJsonDocument::fromJson(line).object().value(QStringLiteral("stage")).toString() == stage)
                ++stageLines;
        QVERIFY2(stageLines >= 3, qPrintable(QStringLiteral("%1 lines for stage %2:\n%3").arg(stageLines).arg(stage, QString::fromUtf8(r.err))));
        // Without --progress, and not on a terminal, stderr stays free of progress.
        auto quiet = testing::runCli(args);
        QVERIFY(!quiet.err.contains("\"stage\""));
    }

    void rawByteFileNames()
    {
        QFile src(m_dir.path() + QStringLiteral("/sim/dev-0.seeddump"));
        if (!src.exists())
            QSKIP("needs the simulate row above");
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray data = src.readAll();
        const QByteArray raw = QFile::encodeName(m_dir.path()) + "/dump-\xff\xfe.seeddump";
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, data.constData(), size_t(data.size())), ssize_t(data.size()));
        ::close(fd);
        // The shell builds the name from octal escapes, so the bytes reach argv as they are.
        const QString name = QStringLiteral("\"$(printf '%s/dump-\\377\\376.seeddump' \"$1\")\"");
        auto v = runShell(QStringLiteral("exec \"$0\" verify --json ") + name, {m_dir.path()});
        QVERIFY2(v.exitCode == 0 || v.exitCode == 1, v.err.constData());
        QVERIFY(v.out.contains(data.size() > 0 ? "\"readable\": true" : ""));
        auto i = runShell(QStringLiteral("exec \"$0\" info ") + name, {m_dir.path()});
        QVERIFY2(i.exitCode == 0, i.err.constData());
        auto rp = runShell(QStringLiteral("exec \"$0\" replay --trust-store \"$1/sim/trust-store.json\" ") + name, {m_dir.path()});
        QVERIFY2(rp.exitCode >= 0 && rp.exitCode <= 2, rp.err.constData());
        ::unlink(raw.constData());
    }

    void symlinkLoopAndNonDumps()
    {
        const QByteArray a = QFile::encodeName(path(QStringLiteral("loop-a"))), b = QFile::encodeName(path(QStringLiteral("loop-b")));
        QCOMPARE(::symlink(b.constData(), a.constData()), 0);
        QCOMPARE(::symlink(a.constData(), b.constData()), 0);
        auto v = testing::runCli({QStringLiteral("verify"), path(QStringLiteral("loop-a"))});
        QCOMPARE(v.exitCode, 3);
        QVERIFY2(v.err.contains("symbolic link loop"), v.err.constData());

        QFile png(path(QStringLiteral("picture.seeddump")));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        png.close();
        v = testing::runCli({QStringLiteral("verify"), png.fileName()});
        QCOMPARE(v.exitCode, 3);
        QVERIFY2(v.err.contains("not a Seed dump: PNG image"), v.err.constData());
        auto info = testing::runCli({QStringLiteral("info"), png.fileName()});
        QCOMPARE(info.exitCode, 3);
        QVERIFY2(info.err.contains("not a Seed dump: PNG image"), info.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstSessionCli)
#include "tst_session_cli.moc"
