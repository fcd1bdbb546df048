// SPDX-License-Identifier: GPL-3.0-or-later
// Team cases on a real PostgreSQL server (started by the CTest fixture through
// scripts/pg-test-server.sh; SEEDSCOPE_PG_URL names it). Same case logic as a .seedcase
// file; two writers on separate connections append at once and nothing is lost: every
// note has its custody record and the one chain verifies.
#include "CliRunner.h"

#include "casedb/CaseFile.h"
#include "casedb/CaseSchema.h"
#include "casedb_pg/PgBackend.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace seedscope;
using namespace seedscope::casedb;

namespace {

QString baseUrl() { return qEnvironmentVariable("SEEDSCOPE_PG_URL"); }

// The same server, another database.
QString urlFor(const QString &db)
{
    QString u = baseUrl();
    return u.left(u.lastIndexOf(QLatin1Char('/')) + 1) + db;
}

Status resetDatabase(const QString &db)
{
    auto admin = PgBackend::connect(baseUrl(), false);
    if (!admin)
        return admin.error();
    if (auto s = (*admin)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db)); !s)
        return s;
    return (*admin)->exec(QStringLiteral("CREATE DATABASE %1").arg(db));
}

Result<std::unique_ptr<CaseFile>> openTeamCase(const QString &url)
{
    auto b = PgBackend::connect(url, false);
    if (!b)
        return b.error();
    return CaseFile::open(std::move(*b));
}

} // namespace

class TstCaseDbPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Registered only where the postgresql package is installed; the fixture must
        // have started the server, so a missing URL is a failure, not a skip.
        QVERIFY2(!baseUrl().isEmpty(), "SEEDSCOPE_PG_URL is not set: run through ctest (fixture casedb_pg_server)");
    }

    void placeholdersBecomeDollarParams()
    {
        QCOMPARE(PgBackend::toDollarParams(QStringLiteral("SELECT ? WHERE a = '?' AND b = ?")), QStringLiteral("SELECT $1 WHERE a = '?' AND b = $2"));
    }

    void createAndReopen()
    {
        QVERIFY(resetDatabase(QStringLiteral("case_basic")));
        auto b = PgBackend::connect(urlFor(QStringLiteral("case_basic")), false);
        QVERIFY2(b, b ? "" : qPrintable(b.error().message));
        CaseDetails d{QStringLiteral("Team Lead"), QStringLiteral("Team case"), QStringLiteral("T-1"), QStringLiteral("Agency"), {}, 0};
        auto c = CaseFile::create(std::move(*b), d);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        Annotation a;
        a.kind = QStringLiteral("bookmark");
        a.evidenceSha256 = QString(64, QLatin1Char('a'));
        a.seq = 12;
        a.label = QStringLiteral("it's \"quoted\"");
        auto id = (*c)->addAnnotation(a, QStringLiteral("Second"));
        QVERIFY(id && *id > 0);
        CachedResult r{QStringLiteral("ab"), CaseFile::toolVersion(), QStringLiteral("verify"), QStringLiteral("{}"),
                       QJsonObject{{QStringLiteral("exit_code"), 1}}, QJsonObject{}, {}};
        QVERIFY((*c)->storeResult(r, QStringLiteral("Team Lead"), QStringLiteral("verify")));
        c->reset();
        auto again = openTeamCase(urlFor(QStringLiteral("case_basic")));
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE((*again)->details().title, QStringLiteral("Team case"));
        QCOMPARE((*again)->details().schemaVersion, casedb::kSchemaVersion);
        auto notes = (*again)->annotations();
        QCOMPARE(notes->size(), 1);
        QCOMPARE(notes->at(0).label, QStringLiteral("it's \"quoted\""));
        QCOMPARE(*notes->at(0).seq, 12);
        QCOMPARE((*(*again)->cachedResult(QStringLiteral("ab"), CaseFile::toolVersion(), QStringLiteral("verify")))->summary.value(QStringLiteral("exit_code")).toInt(), 1);
        auto log = (*again)->custodyLog();
        QCOMPARE(log->size(), 3);
        QVERIFY(!verifyChain(*log).has_value());
    }

    void twoConcurrentWritersLoseNothing()
    {
        constexpr int kPerWriter = 60;
        QVERIFY(resetDatabase(QStringLiteral("case_concurrent")));
        const QString url = urlFor(QStringLiteral("case_concurrent"));
        {
            auto b = PgBackend::connect(url, false);
            QVERIFY(b);
            QVERIFY(CaseFile::create(std::move(*b), CaseDetails{QStringLiteral("Lead"), QStringLiteral("Concurrent"), {}, {}, {}, 0}));
        }
        std::atomic<int> failures{0};
        auto writer = [&](const QString &examiner) {
            auto c = openTeamCase(url);
            if (!c) {
                ++failures;
                return;
            }
            for (int i = 0; i < kPerWriter; ++i) {
                Annotation a;
                a.kind = QStringLiteral("note");
                a.body = QStringLiteral("%1 note %2").arg(examiner).arg(i);
                if (!(*c)->addAnnotation(a, examiner))
                    ++failures;
            }
        };
        QThread *t1 = QThread::create(writer, QStringLiteral("Ana"));
        QThread *t2 = QThread::create(writer, QStringLiteral("Ben"));
        t1->start();
        t2->start();
        QVERIFY(t1->wait(120000) && t2->wait(120000));
        delete t1;
        delete t2;
        QCOMPARE(failures.load(), 0);
        auto c = openTeamCase(url);
        QVERIFY(c);
        auto log = (*c)->custodyLog();
        QCOMPARE(log->size(), 1 + 2 * kPerWriter);
        QVERIFY(!verifyChain(*log).has_value());
        int ana = 0, ben = 0;
        for (const CustodyRecord &r : *log) {
            ana += r.examiner == QLatin1String("Ana") ? 1 : 0;
            ben += r.examiner == QLatin1String("Ben") ? 1 : 0;
        }
        QCOMPARE(ana, kPerWriter);
        QCOMPARE(ben, kPerWriter);
        QCOMPARE((*c)->annotations()->size(), 2 * kPerWriter);
    }

    void cliOnTeamCase()
    {
        if (testing::cliPath().isEmpty())
            QFAIL("SEEDSCOPE_CLI is not set (run through ctest)");
        QVERIFY(resetDatabase(QStringLiteral("case_cli")));
        const QString url = urlFor(QStringLiteral("case_cli"));
        auto made = testing::runCli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--db"), url, QStringLiteral("--examiner"),
                                     QStringLiteral("Lead"), QStringLiteral("--title"), QStringLiteral("CLI team case")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        // Two examiners' processes at once.
        QList<QProcess *> procs;
        for (const char *who : {"Ana", "Ben"}) {
            auto *p = new QProcess(this);
            p->setProgram(QStringLiteral("/bin/sh"));
            p->setArguments({QStringLiteral("-c"),
                             QStringLiteral("for i in 1 2 3 4 5 6 7 8; do \"$0\" case note --db \"$1\" --examiner \"$2\" --text \"n$i\" || exit 1; done"),
                             testing::cliPath(), url, QLatin1String(who)});
            p->start();
            procs << p;
        }
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        auto v = testing::runCli({QStringLiteral("case"), QStringLiteral("verify"), QStringLiteral("--db"), url, QStringLiteral("--json")});
        QVERIFY2(v.exitCode == 0, v.out.constData());
        auto log = testing::runCli({QStringLiteral("case"), QStringLiteral("log"), QStringLiteral("--db"), url, QStringLiteral("--json")});
        int notes = 0;
        for (const auto &r : log.json().object().value(QStringLiteral("records")).toArray())
            notes += r.toObject().value(QStringLiteral("action")).toString() == QLatin1String("note") ? 1 : 0;
        QCOMPARE(notes, 16);
        QVERIFY(log.json().object().value(QStringLiteral("chain_intact")).toBool());
    }
};

QTEST_GUILESS_MAIN(TstCaseDbPg)
#include "tst_casedb_pg.moc"
