// SPDX-License-Identifier: GPL-3.0-or-later
// `seedscope-cli case` and `report` end to end: a case with two simulated dumps (one
// tampered), verified, bookmarked and annotated, reported in JSON, CSV and HTML; reports
// reproducible byte for byte; a changed evidence byte and an edited custody row named by
// `case verify`; a writer killed at random points leaves a valid case; the evidence
// folder is left exactly as it was.
#include "FolderListing.h"
#include "CliRunner.h"

#include "casedb/CaseFile.h"
#include "casedb/SqliteBackend.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace seedscope;
using testing::runCli;

namespace {

QString S(const char *s) { return QString::fromUtf8(s); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstCaseCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ev;       // evidence folder (simulated dumps, keys, trust store)
    QString m_case;
    QString m_listing;
    QJsonObject m_manifest;

    QString ev(const char *name) const { return m_ev + QLatin1Char('/') + S(name); }
    QString tmp(const char *name) const { return m_dir.filePath(S(name)); }
    QStringList keyArgs() const
    {
        return {S("--key-file"), ev("dev-0.key"), S("--key-file"), ev("dev-1.key"), S("--trust-store"), ev("trust-store.json")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (testing::cliPath().isEmpty())
            QSKIP("SEEDSCOPE_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_ev = m_dir.filePath(S("evidence"));
        auto sim = runCli({S("simulate"), S("--devices"), S("2"), S("--entries"), S("120"), S("--seed"), S("2"), S("--encrypt"), S("--fault"),
                           S("tamper-amount@1"), S("--out"), m_ev, S("--json")});
        QCOMPARE(sim.exitCode, 0);
        m_manifest = sim.json().object();
        m_listing = folderListing(m_ev);
        m_case = tmp("case.seedcase");
    }

    void createImportVerifyAnnotate()
    {
        auto made = runCli({S("case"), S("new"), m_case, S("--examiner"), S("Dana Examiner"), S("--title"), S("Mesh <audit> & co"), S("--number"),
                            S("2026-17"), S("--agency"), S("Unit 9"), S("--json")});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(made.json().object().value(S("command")).toString(), S("case"));
        QCOMPARE(made.json().object().value(S("schema_version")).toInt(), 1);

        auto add = runCli(QStringList{S("case"), S("add"), m_case, ev("dev-0.seeddump"), ev("dev-1.seeddump"), S("--json")} + keyArgs());
        QVERIFY2(add.exitCode == 2, add.err.constData());
        const QJsonArray items = add.json().object().value(S("evidence")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(S("cached")).toBool(), false);
        QCOMPARE(items.at(1).toObject().value(S("summary")).toObject().value(S("exit_code")).toInt(), 2);

        // Reopening verified evidence shows the stored verdict without verifying again.
        auto again = runCli(QStringList{S("case"), S("add"), m_case, ev("dev-1.seeddump"), S("--json")} + keyArgs());
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.json().object().value(S("evidence")).toArray().at(0).toObject().value(S("cached")).toBool(), true);

        auto bm = runCli({S("case"), S("bookmark"), m_case, S("--evidence"), S("dev-1.seeddump"), S("--seq"), S("5"), S("--label"),
                          S("=HYPERLINK(\"http://x\")"), S("--examiner"), S("Lee Second"), S("--json")});
        QVERIFY2(bm.exitCode == 0, bm.err.constData());
        auto note = runCli({S("case"), S("note"), m_case, S("--text"), S("<script>alert(1)</script> amount edited"), S("--evidence"),
                            ev("dev-1.seeddump"), S("--seq"), S("5")});
        QVERIFY2(note.exitCode == 0, note.err.constData());

        auto verify = runCli({S("case"), S("verify"), m_case, S("--json")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QCOMPARE(verify.json().object().value(S("custody")).toObject().value(S("chain_intact")).toBool(), true);

        auto log = runCli({S("case"), S("log"), m_case, S("--json")});
        QCOMPARE(log.exitCode, 0);
        QStringList actions;
        for (const auto &r : log.json().object().value(S("records")).toArray())
            actions << r.toObject().value(S("action")).toString();
        for (const char *a : {"create", "open", "key used", "import", "verify", "bookmark", "note"})
            QVERIFY2(actions.contains(S(a)), qPrintable(actions.join(QLatin1Char(','))));
        QCOMPARE(actions.count(S("import")), 2);
        QCOMPARE(actions.count(S("key used")), 6); // three inputs, given twice
        QCOMPARE(log.json().object().value(S("records")).toArray().first().toObject().value(S("examiner")).toString(), S("Dana Examiner"));
    }

    // Notes, bookmarks and tags on each kind of target: each is one custody record under
    // its kind, and every report format names what it is on.
    void annotationsOnFindingsOmegaFilesAndChartPoints()
    {
        const QString c = tmp("targets.seedcase");
        const QString omega = S(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/checkpoints");
        QCOMPARE(runCli({S("case"), S("new"), c, S("--examiner"), S("Dana"), S("--title"), S("Targets")}).exitCode, 0);
        auto add = runCli(QStringList{S("case"), S("add"), c, ev("dev-1.seeddump"), omega} + keyArgs());
        QVERIFY2(add.exitCode == 2, add.err.constData());
        // Usage: a bookmark needs a target, one target at most.
        QCOMPARE(runCli({S("case"), S("bookmark"), c, S("--label"), S("x")}).exitCode, 64);
        QCOMPARE(runCli({S("case"), S("tag"), c, S("--tag"), S("x"), S("--finding"), S("F1"), S("--chart"), S("a:1")}).exitCode, 64);
        QCOMPARE(runCli({S("case"), S("tag"), c, S("--evidence"), S("dev-1.seeddump")}).exitCode, 64);
        // Two pieces of evidence: a finding must say whose; an Omega file finds the only folder.
        QCOMPARE(runCli({S("case"), S("note"), c, S("--finding"), S("F1"), S("--text"), S("t")}).exitCode, 3);
        QCOMPARE(runCli({S("case"), S("note"), c, S("--evidence"), S("dev-1.seeddump"), S("--finding"), S("F9999"), S("--text"), S("t")}).exitCode, 3);
        QCOMPARE(runCli({S("case"), S("note"), c, S("--evidence"), S("dev-1.seeddump"), S("--omega-file"), S("x.json"), S("--text"), S("t")}).exitCode, 3);
        QCOMPARE(runCli({S("case"), S("bookmark"), c, S("--evidence"), S("dev-1.seeddump"), S("--chart"), S("trust")}).exitCode, 3);

        auto onFinding = runCli({S("case"), S("note"), c, S("--evidence"), S("dev-1.seeddump"), S("--finding"), S("F1"), S("--text"),
                                 S("root cause, see the amount"), S("--json")});
        QVERIFY2(onFinding.exitCode == 0, onFinding.err.constData());
        const QJsonObject fa = onFinding.json().object().value(S("annotations")).toArray().at(0).toObject();
        QCOMPARE(fa.value(S("target")).toString(), S("finding"));
        QCOMPARE(fa.value(S("ref")).toString(), S("F1"));
        QVERIFY(!fa.value(S("code")).toString().isEmpty()); // copied from the stored result
        QVERIFY2(runCli({S("case"), S("tag"), c, S("--evidence"), S("dev-1.seeddump"), S("--seq"), S("7"), S("--tag"), S("suspect"), S("--tag"),
                         S("amount")})
                         .exitCode == 0,
                 "tag entry");
        QCOMPARE(runCli({S("case"), S("bookmark"), c, S("--omega-file"), S("checkpoint_1762692001.json"), S("--label"), S("newest")}).exitCode, 0);
        QCOMPARE(runCli({S("case"), S("bookmark"), c, S("--evidence"), S("dev-1.seeddump"), S("--chart"), S("trust:42"), S("--text"), S("dip")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({S("case"), S("tag"), c, S("--tag"), S("priority")}).exitCode, 0);

        auto log = runCli({S("case"), S("log"), c, S("--json")});
        QCOMPARE(log.exitCode, 0);
        QStringList actions, targets;
        for (const auto &r : log.json().object().value(S("records")).toArray()) {
            const QJsonObject rec = r.toObject();
            if (QStringList{S("note"), S("bookmark"), S("tag")}.contains(rec.value(S("action")).toString())) {
                actions << rec.value(S("action")).toString();
                targets << rec.value(S("details")).toObject().value(S("target")).toString();
            }
        }
        QCOMPARE(actions, QStringList({S("note"), S("tag"), S("tag"), S("bookmark"), S("bookmark"), S("tag")}));
        QCOMPARE(targets, QStringList({S("finding"), S("entry"), S("entry"), S("omega-file"), S("chart-point"), S("case")}));

        QCOMPARE(runCli({S("report"), c, S("--format"), S("json"), S("--out"), tmp("t.json")}).exitCode, 0);
        const QJsonObject r = QJsonDocument::fromJson(readAll(tmp("t.json"))).object();
        QCOMPARE(r.value(S("version")).toInt(), 2);
        QCOMPARE(r.value(S("notes")).toArray().at(0).toObject().value(S("subject")).toString(),
                 S("finding F1 (%1)").arg(fa.value(S("code")).toString()));
        const QJsonArray bookmarks = r.value(S("bookmarks")).toArray();
        QCOMPARE(bookmarks.size(), 2);
        QCOMPARE(bookmarks.at(0).toObject().value(S("subject")).toString(), S("Omega file checkpoint_1762692001.json"));
        QCOMPARE(bookmarks.at(0).toObject().value(S("evidence")).toString(), S("checkpoints"));
        QCOMPARE(bookmarks.at(1).toObject().value(S("subject")).toString(), S("chart point trust:42"));
        const QJsonArray tags = r.value(S("tags")).toArray();
        QCOMPARE(tags.size(), 3);
        QCOMPARE(tags.at(0).toObject().value(S("subject")).toString(), S("entry seq 7"));
        QCOMPARE(tags.at(1).toObject().value(S("label")).toString(), S("amount"));
        QCOMPARE(tags.at(2).toObject().value(S("subject")).toString(), S("the case"));
        QVERIFY(runCli({S("report"), c, S("--format"), S("csv"), S("--out"), tmp("t.csv")}).exitCode == 0);
        const QByteArray csv = readAll(tmp("t.csv"));
        QVERIFY(csv.contains("\"tag\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"the case\",\"\",\"priority\",\"Dana\",\"\""));
        QVERIFY(csv.contains("\"note\",\"dev-1.seeddump\""));
        QVERIFY(runCli({S("report"), c, S("--format"), S("html"), S("--out"), tmp("t.html"), S("--fixed-time"), S("2026-01-01T00:00:00Z")}).exitCode == 0);
        const QByteArray html = readAll(tmp("t.html"));
        QVERIFY(html.contains("<h2>Tags</h2>"));
        QVERIFY(html.contains("Omega file checkpoint_1762692001.json"));
        QVERIFY(html.contains("chart point trust:42"));
    }

    void reportsHoldTheCaseAndAreReproducible()
    {
        QVERIFY(runCli({S("report"), m_case, S("--format"), S("json"), S("--out"), tmp("r1.json")}).exitCode == 0);
        QVERIFY(runCli({S("report"), m_case, S("--format"), S("json"), S("--out"), tmp("r2.json")}).exitCode == 0);
        const QByteArray j1 = readAll(tmp("r1.json"));
        QVERIFY(!j1.isEmpty());
        QCOMPARE(readAll(tmp("r2.json")), j1);
        const QJsonObject r = QJsonDocument::fromJson(j1).object();
        QCOMPARE(r.value(S("case")).toObject().value(S("title")).toString(), S("Mesh <audit> & co"));
        QCOMPARE(r.value(S("case")).toObject().value(S("examiner")).toString(), S("Dana Examiner"));
        QVERIFY(!r.value(S("tool")).toObject().value(S("version")).toString().isEmpty());
        const QJsonArray manifest = r.value(S("evidence")).toArray();
        QCOMPARE(manifest.size(), 2);
        QCOMPARE(manifest.at(1).toObject().value(S("name")).toString(), S("dev-1.seeddump"));
        QCOMPARE(manifest.at(1).toObject().value(S("sha256")).toString().size(), 64);
        QCOMPARE(manifest.at(1).toObject().value(S("integrity")).toString(), S("intact"));
        QCOMPARE(r.value(S("methods")).toObject().value(S("keys")).toArray().size(), 3);
        const QJsonObject tampered = r.value(S("results")).toArray().at(1).toObject();
        QCOMPARE(tampered.value(S("verdict")).toString(), S("tampering"));
        const QJsonArray findings = tampered.value(S("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(S("severity")).toString(), S("critical"));
        const qint64 at = qint64(m_manifest.value(S("faults")).toArray().at(0).toObject().value(S("offset")).toDouble());
        bool sigAtFault = false;
        for (const auto &f : findings)
            sigAtFault = sigAtFault || (f.toObject().value(S("code")).toString() == S("SIG_INVALID") && qint64(f.toObject().value(S("offset")).toDouble()) == at);
        QVERIFY(sigAtFault);
        QVERIFY(tampered.value(S("proofs")).toObject().value(S("checked")).toArray().size() > 0);
        QCOMPARE(tampered.value(S("chart")).toObject().value(S("type")).toString(), S("bars"));
        QCOMPARE(r.value(S("results")).toArray().at(0).toObject().value(S("verdict")).toString() == S("tampering"), false);
        QCOMPARE(r.value(S("bookmarks")).toArray().at(0).toObject().value(S("seq")).toInt(), 5);
        QCOMPARE(r.value(S("bookmarks")).toArray().at(0).toObject().value(S("examiner")).toString(), S("Lee Second"));
        QCOMPARE(r.value(S("notes")).toArray().size(), 1);
        QCOMPARE(r.value(S("custody")).toObject().value(S("chain_intact")).toBool(), true);
        for (const auto &rec : r.value(S("custody")).toObject().value(S("records")).toArray())
            QVERIFY(rec.toObject().value(S("action")).toString() != S("export"));

        // CSV: findings and bookmarks, quoted, formulas neutralised.
        QVERIFY(runCli({S("report"), m_case, S("--format"), S("csv"), S("--out"), tmp("r1.csv")}).exitCode == 0);
        QVERIFY(runCli({S("report"), m_case, S("--format"), S("csv"), S("--out"), tmp("r2.csv")}).exitCode == 0);
        const QByteArray csv = readAll(tmp("r1.csv"));
        QCOMPARE(readAll(tmp("r2.csv")), csv);
        QVERIFY(csv.startsWith("\"record\",\"evidence\""));
        QVERIFY(csv.contains(QStringLiteral("\"finding\",\"dev-1.seeddump\",\"%1\",\"SIG_INVALID\"")
                                 .arg(manifest.at(1).toObject().value(S("sha256")).toString()).toUtf8()));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(csv.contains("\"bookmark\",\"dev-1.seeddump\""));

        // HTML: pinned time gives identical bytes; strings escaped; nothing fetched.
        QStringList html{S("report"), m_case, S("--format"), S("html"), S("--fixed-time"), S("2026-01-01T00:00:00Z"), S("--out")};
        QVERIFY(runCli(html + QStringList{tmp("r1.html")}).exitCode == 0);
        QVERIFY(runCli(html + QStringList{tmp("r2.html")}).exitCode == 0);
        const QByteArray h = readAll(tmp("r1.html"));
        QCOMPARE(readAll(tmp("r2.html")), h);
        QVERIFY(h.contains("2026-01-01T00:00:00Z"));
        QVERIFY(h.contains("Mesh &lt;audit&gt; &amp; co"));
        QVERIFY(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!h.contains("<script"));
        QVERIFY(h.contains("src=\"data:image/svg+xml;base64,"));
        QVERIFY(!h.contains("src=\"http") && !h.contains("href=\"http") && !h.contains("url("));
        QVERIFY(h.contains("SIG_INVALID"));
        QVERIFY(runCli({S("report"), m_case, S("--format"), S("html"), S("--fixed-time"), S("yesterday"), S("--out"), tmp("x.html")}).exitCode == 64);

        // The exports are in the custody log.
        auto log = runCli({S("case"), S("log"), m_case, S("--json")});
        int exports = 0;
        for (const auto &rec : log.json().object().value(S("records")).toArray())
            exports += rec.toObject().value(S("action")).toString() == S("export") ? 1 : 0;
        QCOMPARE(exports, 6);
    }

    void pdfThroughTheHelper()
    {
        if (!QFileInfo(QFileInfo(testing::cliPath()).dir().filePath(S("seedscope-pdf"))).isExecutable())
            QSKIP("seedscope-pdf is built with the GUI (SEEDSCOPE_BUILD_GUI=ON); this build has no PDF writer");
        auto r = runCli({S("report"), m_case, S("--format"), S("pdf"), S("--fixed-time"), S("2026-01-01T00:00:00Z"), S("--out"), tmp("r.pdf"),
                         S("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray pdf = readAll(tmp("r.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.count("/Type /Page\n") >= 2, "expected a report of several pages");
        QCOMPARE(r.json().object().value(S("sha256")).toString().size(), 64);
    }

    void editedCustodyRowIsNamed()
    {
        const QString copy = tmp("edited.seedcase");
        QVERIFY(QFile::copy(m_case, copy));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(copy).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE custody_log SET examiner = 'Someone Else' WHERE seq = 3", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        auto v = runCli({S("case"), S("verify"), copy, S("--json")});
        QCOMPARE(v.exitCode, 2);
        const QJsonObject o = v.json().object();
        QCOMPARE(o.value(S("custody")).toObject().value(S("first_break")).toInt(), 3);
        QCOMPARE(o.value(S("findings")).toArray().at(0).toObject().value(S("code")).toString(), S("CASE_CUSTODY_BROKEN"));
        auto text = runCli({S("case"), S("verify"), copy});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.out.contains("record 3"), text.out.constData());
    }

    void changedEvidenceByteIsNamed()
    {
        QTemporaryDir d;
        const QString dump = d.filePath(S("copy.seeddump"));
        QVERIFY(QFile::copy(ev("dev-0.seeddump"), dump));
        const QString c = d.filePath(S("c.seedcase"));
        QCOMPARE(runCli({S("case"), S("new"), c, S("--examiner"), S("E"), S("--title"), S("T")}).exitCode, 0);
        auto add = runCli(QStringList{S("case"), S("add"), c, dump} + keyArgs());
        QVERIFY2(add.exitCode != 3 && add.exitCode != 64, add.err.constData());
        QCOMPARE(runCli({S("case"), S("verify"), c}).exitCode, 0);
        QFile f(dump);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4000);
        const char b = f.read(1).at(0);
        f.seek(4000);
        f.write(QByteArray(1, char(b ^ 1)));
        f.close();
        auto v = runCli({S("case"), S("verify"), c, S("--json")});
        QCOMPARE(v.exitCode, 2);
        const QJsonObject fnd = v.json().object().value(S("findings")).toArray().at(0).toObject();
        QCOMPARE(fnd.value(S("code")).toString(), S("CASE_EVIDENCE_CHANGED"));
        QCOMPARE(fnd.value(S("evidence")).toString(), S("copy.seeddump"));
        // The next writable open logs the mismatch in the custody log.
        auto note = runCli({S("case"), S("note"), c, S("--text"), S("after")});
        QCOMPARE(note.exitCode, 0);
        QVERIFY(note.err.contains("CASE_EVIDENCE_CHANGED copy.seeddump"));
        auto log = runCli({S("case"), S("log"), c, S("--json")});
        QString actions;
        for (const auto &r : log.json().object().value(S("records")).toArray())
            actions += r.toObject().value(S("action")).toString() + QLatin1Char(',');
        QVERIFY2(actions.contains(S("evidence mismatch")), qPrintable(actions));
        // The report says so too.
        QCOMPARE(runCli({S("report"), c, S("--format"), S("json"), S("--out"), d.filePath(S("r.json"))}).exitCode, 2);
        const QJsonObject r = QJsonDocument::fromJson(readAll(d.filePath(S("r.json")))).object();
        QCOMPARE(r.value(S("evidence")).toArray().at(0).toObject().value(S("integrity")).toString(), S("changed"));
    }

    void killedWriterLeavesValidCase()
    {
        const QString c = tmp("killed.seedcase");
        QCOMPARE(runCli({S("case"), S("new"), c, S("--examiner"), S("K"), S("--title"), S("Kill test")}).exitCode, 0);
        QRandomGenerator rng(20260101);
        int completed = 0, killed = 0;
        for (int i = 0; i < 40; ++i) {
            QProcess p;
            p.start(testing::cliPath(), {S("case"), S("note"), c, S("--text"), QStringLiteral("note %1").arg(i)});
            QVERIFY(p.waitForStarted());
            // A run takes a few tens of milliseconds (two fsync'd transactions): kill
            // anywhere from before the first write to after the last.
            QThread::msleep(rng.bounded(200));
            p.kill(); // SIGKILL (a no-op once the run has finished)
            p.waitForFinished();
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                ++completed;
            else
                ++killed;
            // Reopened read-only right away (a hot journal is rolled back first): valid,
            // chain intact, every note with its custody record.
            auto b = casedb::SqliteBackend::open(c, casedb::SqliteBackend::Mode::ReadOnly);
            QVERIFY2(b, b ? "" : qPrintable(b.error().message));
            auto cf = casedb::CaseFile::open(std::move(*b));
            QVERIFY2(cf, cf ? "" : qPrintable(cf.error().message));
            auto log = (*cf)->custodyLog();
            QVERIFY(log);
            QVERIFY(!casedb::verifyChain(*log).has_value());
            int notes = 0;
            for (const casedb::CustodyRecord &r : *log)
                notes += r.action == QLatin1String("note") ? 1 : 0;
            QCOMPARE(int((*cf)->annotations()->size()), notes);
        }
        qInfo("kill test: 40 runs, %d killed, %d completed", killed, completed);
        auto v = runCli({S("case"), S("verify"), c, S("--json")});
        QVERIFY2(v.exitCode == 0, v.out.constData());
        auto log = runCli({S("case"), S("log"), c, S("--json")});
        QCOMPARE(log.exitCode, 0);
        int noteRecords = 0;
        for (const auto &r : log.json().object().value(S("records")).toArray())
            noteRecords += r.toObject().value(S("action")).toString() == S("note") ? 1 : 0;
        QVERIFY(noteRecords >= completed);
        // Every note has its custody record and no record lacks its note.
        QVERIFY(runCli({S("report"), c, S("--format"), S("json"), S("--out"), tmp("killed.json")}).exitCode == 0);
        const QJsonObject r = QJsonDocument::fromJson(readAll(tmp("killed.json"))).object();
        QCOMPARE(r.value(S("notes")).toArray().size(), noteRecords);
    }

    void evidenceFolderUnchanged() { QCOMPARE(folderListing(m_ev), m_listing); }
};

QTEST_GUILESS_MAIN(TstCaseCli)
#include "tst_case_cli.moc"
