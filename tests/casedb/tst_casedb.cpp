// SPDX-License-Identifier: GPL-3.0-or-later
// The case file in core: custody chain (hashes, links, tamper detection naming the
// record), schema versions (a version-1 file written here with raw SQL opens and is
// migrated; a newer one is refused), hostile case files (not SQLite, truncated, foreign
// tables, triggers) give clear errors, the results cache is keyed by evidence bytes and
// tool version, and hashing evidence leaves its folder exactly as it was.
#include "FolderListing.h"
#include "casedb/CaseFile.h"
#include "casedb/CaseSchema.h"
#include "casedb/SqliteBackend.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace seedscope;
using namespace seedscope::casedb;

namespace {

void rawSql(const QString &path, const QStringList &statements)
{
    sqlite3 *db = nullptr;
    QVERIFY(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    for (const QString &s : statements) {
        char *err = nullptr;
        const int rc = sqlite3_exec(db, s.toUtf8().constData(), nullptr, nullptr, &err);
        QVERIFY2(rc == SQLITE_OK, err ? err : "sqlite3_exec");
    }
    sqlite3_close(db);
}

std::unique_ptr<CaseFile> newCase(const QString &path)
{
    auto b = SqliteBackend::open(path, SqliteBackend::Mode::Create);
    if (!b)
        return nullptr;
    CaseDetails d;
    d.examiner = QStringLiteral("A. Examiner");
    d.title = QStringLiteral("Case <one> & \"two\"");
    d.number = QStringLiteral("2026-0001");
    d.agency = QStringLiteral("Unit 7");
    auto c = CaseFile::create(std::move(*b), d);
    return c ? std::move(*c) : nullptr;
}

Result<std::unique_ptr<CaseFile>> openPath(const QString &path, SqliteBackend::Mode mode = SqliteBackend::Mode::ReadOnly)
{
    auto b = SqliteBackend::open(path, mode);
    if (!b)
        return b.error();
    return CaseFile::open(std::move(*b));
}

} // namespace

class TstCaseDb : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void custodyHashIsCanonical()
    {
        CustodyRecord r{1, QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("x"), QStringLiteral("0.1.0"), QStringLiteral("create"),
                        QStringLiteral("{}"), genesisHash(), {}};
        // Length-prefixed fields: moving a character between fields changes the hash.
        CustodyRecord shifted = r;
        shifted.examiner = QStringLiteral("x0.1.0");
        shifted.toolVersion = QString();
        QVERIFY(r.computeHash() != shifted.computeHash());
        QCOMPARE(r.canonicalBytes().left(28), QByteArray("\0\0\0\0\0\0\0\x14seedscope-custody-v1", 28));
        QCOMPARE(r.computeHash().size(), 64);
    }

    void createAnnotateAndVerifyChain()
    {
        auto c = newCase(path(QStringLiteral("a.seedcase")));
        QVERIFY(c);
        QFile ev(path(QStringLiteral("ev.bin")));
        QVERIFY(ev.open(QIODevice::WriteOnly));
        ev.write(QByteArray(1000, 'x'));
        ev.close();
        auto h = hashEvidence(ev.fileName());
        QVERIFY(h);
        auto rec = c->addEvidence(*h, QStringLiteral("A. Examiner"));
        QVERIFY(rec);
        Annotation note;
        note.kind = QStringLiteral("note");
        note.body = QStringLiteral("first note");
        note.evidenceSha256 = h->sha256;
        note.seq = 7;
        QVERIFY(c->addAnnotation(note, QStringLiteral("B. Second")));
        // Importing the same bytes again registers nothing new.
        auto again = c->addEvidence(*h, QStringLiteral("A. Examiner"));
        QVERIFY(again);
        QCOMPARE(again->id, rec->id);
        auto log = c->custodyLog();
        QVERIFY(log);
        QStringList actions;
        for (const CustodyRecord &r : *log)
            actions << r.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("import"), QStringLiteral("note")}));
        QCOMPARE(log->at(2).examiner, QStringLiteral("B. Second"));
        QCOMPARE(log->at(1).prevHash, log->at(0).hash);
        QVERIFY(!verifyChain(*log).has_value());

        // Any altered field, a removed record, or a relinked record names the record.
        QList<CustodyRecord> altered = *log;
        altered[1].details.replace(QStringLiteral("ev.bin"), QStringLiteral("ev.bim"));
        auto brk = verifyChain(altered);
        QVERIFY(brk);
        QCOMPARE(brk->seq, 2);
        QList<CustodyRecord> removed = *log;
        removed.removeAt(1);
        QCOMPARE(verifyChain(removed)->seq, 3);
        c.reset();
        auto ro = openPath(path(QStringLiteral("a.seedcase")));
        QVERIFY2(ro, ro ? "" : qPrintable(ro.error().message));
        QCOMPARE((*ro)->details().title, QStringLiteral("Case <one> & \"two\""));
        QCOMPARE((*ro)->details().schemaVersion, kSchemaVersion);
        QCOMPARE((*ro)->annotations()->size(), 1);
        QCOMPARE(*(*ro)->annotations()->at(0).seq, 7);
        // A read-only case refuses writes with an error value.
        QVERIFY(!(*ro)->appendCustody(QStringLiteral("x"), QStringLiteral("note"), {}));
    }

    void editedCustodyRowIsDetected()
    {
        const QString p = path(QStringLiteral("edit.seedcase"));
        auto c = newCase(p);
        QVERIFY(c);
        QVERIFY(c->appendCustody(QStringLiteral("A. Examiner"), QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hello")}}));
        QVERIFY(c->appendCustody(QStringLiteral("A. Examiner"), QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("bye")}}));
        c.reset();
        rawSql(p, {QStringLiteral("UPDATE custody_log SET details = replace(details, 'hello', 'hellO') WHERE seq = 2")});
        auto ro = openPath(p);
        QVERIFY(ro);
        auto brk = verifyChain(*(*ro)->custodyLog());
        QVERIFY(brk);
        QCOMPARE(brk->seq, 2);
        QVERIFY(brk->reason.contains(QStringLiteral("altered")));
    }

    void resultsCacheKeyedByBytesAndVersion()
    {
        auto c = newCase(path(QStringLiteral("cache.seedcase")));
        QVERIFY(c);
        CachedResult r{QStringLiteral("ab"), CaseFile::toolVersion(), QStringLiteral("verify"), QStringLiteral("{}"),
                       QJsonObject{{QStringLiteral("exit_code"), 2}}, QJsonObject{{QStringLiteral("findings"), QJsonArray{}}}, {}};
        QVERIFY(c->storeResult(r, QStringLiteral("A. Examiner"), QStringLiteral("verify")));
        auto hit = c->cachedResult(QStringLiteral("ab"), CaseFile::toolVersion(), QStringLiteral("verify"));
        QVERIFY(hit && hit->has_value());
        QCOMPARE((*hit)->summary.value(QStringLiteral("exit_code")).toInt(), 2);
        QVERIFY(!c->cachedResult(QStringLiteral("ac"), CaseFile::toolVersion(), QStringLiteral("verify"))->has_value());
        QVERIFY(!c->cachedResult(QStringLiteral("ab"), QStringLiteral("0.0.0-older"), QStringLiteral("verify"))->has_value());
        QVERIFY(!c->cachedResult(QStringLiteral("ab"), CaseFile::toolVersion(), QStringLiteral("session-index"))->has_value());
        QVERIFY(!c->cachedResult(QStringLiteral("ab"), CaseFile::toolVersion(), QStringLiteral("verify"), QStringLiteral("{\"k\":1}"))->has_value());
    }

    void versionOneCaseOpensAndMigrates()
    {
        // Version 1 exactly as it was written: no results_cache table.
        const QString p = path(QStringLiteral("v1.seedcase"));
        CustodyRecord first{1, QStringLiteral("2025-06-01T10:00:00.000Z"), QStringLiteral("Old Examiner"), QStringLiteral("0.0.9"),
                            QStringLiteral("create"), QStringLiteral("{\"case_title\":\"Old\"}"), genesisHash(), {}};
        first.hash = first.computeHash();
        rawSql(p, {QStringLiteral("CREATE TABLE case_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                   QStringLiteral("CREATE TABLE evidence (id INTEGER PRIMARY KEY, path TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, "
                                  "size BIGINT NOT NULL, sha256 TEXT NOT NULL, added_at TEXT NOT NULL, examiner TEXT NOT NULL)"),
                   QStringLiteral("CREATE TABLE keys_used (fingerprint TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, "
                                  "first_used_at TEXT NOT NULL, PRIMARY KEY (fingerprint, kind))"),
                   QStringLiteral("CREATE TABLE custody_log (seq BIGINT PRIMARY KEY, utc TEXT NOT NULL, examiner TEXT NOT NULL, "
                                  "tool_version TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
                   QStringLiteral("CREATE TABLE annotations (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, evidence_sha256 TEXT, seq BIGINT, "
                                  "byte_offset BIGINT, code TEXT, label TEXT, body TEXT, examiner TEXT NOT NULL, created_at TEXT NOT NULL)"),
                   QStringLiteral("INSERT INTO case_meta VALUES ('schema_version','1'),('custody_lock',''),('examiner','Old Examiner'),"
                                  "('case_title','Old'),('case_number','1'),('agency',''),('created_at','2025-06-01T10:00:00.000Z')"),
                   QStringLiteral("INSERT INTO custody_log VALUES (1,'%1','%2','%3','%4','%5','%6','%7')")
                       .arg(first.utc, first.examiner, first.toolVersion, first.action, first.details, first.prevHash, first.hash)});
        // Read-only: opens as version 1, nothing written.
        auto ro = openPath(p);
        QVERIFY2(ro, ro ? "" : qPrintable(ro.error().message));
        QCOMPARE((*ro)->details().schemaVersion, 1);
        // Its annotations read without the target columns of schema 3.
        auto none = (*ro)->annotations();
        QVERIFY2(none, none ? "" : qPrintable(none.error().message));
        ro->reset();
        auto rw = openPath(p, SqliteBackend::Mode::ReadWrite);
        QVERIFY2(rw, rw ? "" : qPrintable(rw.error().message));
        QCOMPARE((*rw)->details().schemaVersion, kSchemaVersion);
        QVERIFY((*rw)->cachedResult(QStringLiteral("x"), CaseFile::toolVersion(), QStringLiteral("verify")));
        QVERIFY((*rw)->appendCustody(QStringLiteral("New Examiner"), QStringLiteral("note"), {}));
        // Migrated to schema 3: annotations carry their target.
        Annotation tag;
        tag.kind = QStringLiteral("tag");
        tag.label = QStringLiteral("old case");
        QVERIFY((*rw)->addAnnotation(tag, QStringLiteral("New Examiner")));
        QCOMPARE((*rw)->annotations()->at(0).target, QStringLiteral("case"));
        auto log = (*rw)->custodyLog();
        QCOMPARE(log->size(), 3);
        QVERIFY(!verifyChain(*log).has_value());
    }

    void newerCaseIsRefused()
    {
        const QString p = path(QStringLiteral("newer.seedcase"));
        QVERIFY(newCase(p));
        rawSql(p, {QStringLiteral("UPDATE case_meta SET value = '99' WHERE key = 'schema_version'")});
        for (auto mode : {SqliteBackend::Mode::ReadOnly, SqliteBackend::Mode::ReadWrite}) {
            auto c = openPath(p, mode);
            QVERIFY(!c);
            QCOMPARE(c.error().code, ErrorCode::Unsupported);
            QVERIFY2(c.error().message.contains(QStringLiteral("newer than this Seedscope supports")), qPrintable(c.error().message));
        }
    }

    void hostileCaseFilesGiveClearErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expect");
        QTest::newRow("not sqlite") << QStringLiteral("junk") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("not an SQLite database");
        QTest::newRow("foreign tables") << QStringLiteral("foreign") << QStringLiteral("table case_meta is missing");
        QTest::newRow("trigger") << QStringLiteral("trigger") << QStringLiteral("triggers or views");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("");
        QTest::newRow("no version") << QStringLiteral("noversion") << QStringLiteral("no valid schema version");
    }

    void hostileCaseFilesGiveClearErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, expect);
        const QString p = path(name + QStringLiteral(".seedcase"));
        if (name == QLatin1String("junk") || name == QLatin1String("empty")) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (name == QLatin1String("junk"))
                f.write(QByteArray(5000, '\x5a'));
        } else if (name == QLatin1String("foreign")) {
            rawSql(p, {QStringLiteral("CREATE TABLE t (x)")});
        } else if (name == QLatin1String("trigger")) {
            QVERIFY(newCase(p));
            rawSql(p, {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON annotations BEGIN DELETE FROM custody_log; END")});
        } else if (name == QLatin1String("noversion")) {
            QVERIFY(newCase(p));
            rawSql(p, {QStringLiteral("DELETE FROM case_meta WHERE key = 'schema_version'")});
        } else {
            QVERIFY(newCase(p));
            QFile f(p);
            QVERIFY(f.resize(f.size() / 2 + 100));
        }
        for (auto mode : {SqliteBackend::Mode::ReadOnly, SqliteBackend::Mode::ReadWrite}) {
            auto c = openPath(p, mode);
            QVERIFY2(!c || name == QLatin1String("truncated"), "a hostile case file opened");
            if (!c) {
                QVERIFY2(c.error().message.contains(expect), qPrintable(c.error().message));
                QVERIFY(c.error().code != ErrorCode::Internal);
            } else {
                // A truncated file that still opens must still read without crashing.
                (void)(*c)->custodyLog();
                (void)(*c)->evidence();
            }
        }
    }

    void existingFileIsNotOverwrittenByCreate()
    {
        const QString p = path(QStringLiteral("exists.seedcase"));
        QVERIFY(newCase(p));
        auto b = SqliteBackend::open(p, SqliteBackend::Mode::Create);
        QVERIFY(!b);
        QVERIFY(b.error().message.contains(QStringLiteral("already exists")));
    }

    void evidenceFolderIsUntouched()
    {
        QTemporaryDir evDir;
        QFile ev(evDir.filePath(QStringLiteral("dump.seeddump")));
        QVERIFY(ev.open(QIODevice::WriteOnly));
        ev.write(QByteArray(4096, '\x11'));
        ev.close();
        QDir().mkpath(evDir.filePath(QStringLiteral("omega")));
        QFile cp(evDir.filePath(QStringLiteral("omega/checkpoint_1.json")));
        QVERIFY(cp.open(QIODevice::WriteOnly));
        cp.write("{}");
        cp.close();
        const QString before = folderListing(evDir.path());
        auto c = newCase(path(QStringLiteral("untouched.seedcase")));
        QVERIFY(c);
        for (const QString &e : {ev.fileName(), evDir.filePath(QStringLiteral("omega"))}) {
            auto h = hashEvidence(e);
            QVERIFY(h);
            QVERIFY(c->addEvidence(*h, QStringLiteral("A. Examiner")));
        }
        auto checks = c->checkAndLogEvidence(QStringLiteral("A. Examiner"));
        QVERIFY(checks);
        QCOMPARE(checks->size(), 2);
        QVERIFY(checks->at(0).intact && checks->at(1).intact);
        QCOMPARE(checks->at(1).evidence.kind, QStringLiteral("omega"));
        QCOMPARE(folderListing(evDir.path()), before);

        // One changed byte: named, and logged as an evidence mismatch.
        QVERIFY(ev.open(QIODevice::ReadWrite));
        ev.seek(100);
        ev.write("\x12");
        ev.close();
        checks = c->checkAndLogEvidence(QStringLiteral("A. Examiner"));
        QVERIFY(!checks->at(0).intact);
        QVERIFY(checks->at(0).problem.contains(QStringLiteral("was ") + checks->at(0).evidence.sha256));
        auto log = c->custodyLog();
        QCOMPARE(log->last().action, QStringLiteral("evidence mismatch"));
        QVERIFY(log->last().details.contains(QStringLiteral("dump.seeddump")));
    }
};

QTEST_GUILESS_MAIN(TstCaseDb)
#include "tst_casedb.moc"
