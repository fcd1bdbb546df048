// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI contract (docs/cli.md): every command's --json output opens with the same
// envelope and matches docs/cli-schema.json; 64-bit integers are exact; errors with
// --json are JSON too; exit codes for the edge cases the docs name; evidence strings
// cannot drive the examiner's terminal.

#include "CliRunner.h"

#include "crypto/Hash.h"
#include "dump/DumpReader.h"
#include "util/Escape.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <limits>

using namespace seedscope;
using namespace seedscope::testing;

namespace {

QString src(const QString &rel) { return QStringLiteral(SEEDSCOPE_SOURCE_DIR "/") + rel; }

bool isInteger(const QJsonValue &v) { return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong; }

bool typeMatches(const QString &type, const QJsonValue &v)
{
    for (const QString &t : type.split(QLatin1Char('|'))) {
        if ((t == QLatin1String("string") && v.isString()) || (t == QLatin1String("integer") && isInteger(v))
            || (t == QLatin1String("number") && v.isDouble()) || (t == QLatin1String("boolean") && v.isBool())
            || (t == QLatin1String("array") && v.isArray()) || (t == QLatin1String("object") && v.isObject())
            || (t == QLatin1String("null") && v.isNull()))
            return true;
    }
    return false;
}

// Checks `value` against `schema` (docs/cli-schema.json's little language); appends
// every mismatch with its JSON path to `errors`.
void check(const QJsonValue &schema, const QJsonValue &value, const QJsonObject &defs, const QString &path, QStringList &errors)
{
    if (schema.isString()) {
        const QString s = schema.toString();
        if (s.startsWith(QLatin1Char('#')))
            return check(defs.value(s.mid(1)), value, defs, path, errors);
        if (!typeMatches(s, value))
            errors << QStringLiteral("%1: expected %2").arg(path, s);
        return;
    }
    if (schema.isArray()) {
        if (!value.isArray()) {
            errors << QStringLiteral("%1: expected an array").arg(path);
            return;
        }
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            check(schema.toArray().at(0), a.at(i), defs, QStringLiteral("%1[%2]").arg(path).arg(i), errors);
        return;
    }
    if (!value.isObject()) {
        errors << QStringLiteral("%1: expected an object").arg(path);
        return;
    }
    const QJsonObject s = schema.toObject(), o = value.toObject();
    for (auto it = s.begin(); it != s.end(); ++it) {
        QString key = it.key();
        const bool optional = key.endsWith(QLatin1Char('?'));
        if (optional)
            key.chop(1);
        if (!o.contains(key)) {
            if (!optional)
                errors << QStringLiteral("%1.%2: missing").arg(path, key);
            continue;
        }
        check(it.value(), o.value(key), defs, path + QLatin1Char('.') + key, errors);
    }
}

QJsonObject schemaFile()
{
    QFile f(src(QStringLiteral("docs/cli-schema.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The envelope and the payload of one --json run.
QStringList contractErrors(const CliRun &r, const QString &command, const QString &schemaName = {})
{
    const QJsonObject schema = schemaFile();
    const QJsonObject defs = schema.value(QStringLiteral("definitions")).toObject();
    QStringList errors;
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &pe);
    if (!d.isObject())
        return {QStringLiteral("not one JSON object: %1; stdout: %2").arg(pe.errorString(), QString::fromUtf8(r.out.left(300)))};
    const QJsonObject o = d.object();
    // The envelope leads, in this order.
    if (!r.out.startsWith("{\n    \"command\": ") || r.out.indexOf("\"schema_version\"") > r.out.indexOf("\"exit_code\""))
        errors << QStringLiteral("the envelope does not lead the output");
    check(schema.value(QStringLiteral("envelope")), o, defs, QStringLiteral("$"), errors);
    if (o.value(QStringLiteral("command")).toString() != command)
        errors << QStringLiteral("command is %1").arg(o.value(QStringLiteral("command")).toString());
    if (o.value(QStringLiteral("exit_code")).toInt() != r.exitCode)
        errors << QStringLiteral("exit_code %1 but the process exited %2").arg(o.value(QStringLiteral("exit_code")).toInt()).arg(r.exitCode);
    const QJsonValue payload = o.contains(QStringLiteral("error")) ? defs.value(QStringLiteral("error"))
                                                                    : schema.value(QStringLiteral("commands")).toObject().value(schemaName.isEmpty() ? command : schemaName);
    if (payload.isUndefined())
        errors << QStringLiteral("no schema for %1").arg(command);
    check(payload, o, defs, QStringLiteral("$"), errors);
    return errors;
}

#define QVERIFY_CONTRACT(run, ...)                                                                                            \
    do {                                                                                                                      \
        const QStringList e_ = contractErrors(run, __VA_ARGS__);                                                              \
        QVERIFY2(e_.isEmpty(), qPrintable(e_.join(QLatin1Char('\n'))));                                                       \
    } while (0)

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliContract : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_sim;   // a small simulated mesh with one altered amount on dev-1
    QString m_trust;

    QString dump(int i) const { return QDir(m_sim).filePath(QStringLiteral("dev-%1.seeddump").arg(i)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!cliPath().isEmpty(), "SEEDSCOPE_CLI is not set; run through ctest");
        QVERIFY(!schemaFile().isEmpty());
        m_sim = m_dir.filePath(QStringLiteral("sim"));
        const CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"), QStringLiteral("--entries"),
                                   QStringLiteral("120"), QStringLiteral("--checkpoint-every"), QStringLiteral("30"), QStringLiteral("--groups"),
                                   QStringLiteral("--fault"), QStringLiteral("tamper-amount@1"), QStringLiteral("--out"), m_sim,
                                   QStringLiteral("--json")});
        QCOMPARE(sim.exitCode, 0);
        QVERIFY_CONTRACT(sim, QStringLiteral("simulate"));
        m_trust = QDir(m_sim).filePath(QStringLiteral("trust-store.json"));
    }

    // --- A: one envelope, one schema -------------------------------------------------

    void writerKeepsSixtyFourBitIntegersExact()
    {
        const qint64 big = (qint64(1) << 53) + 1;
        QJsonObject o{{QStringLiteral("a"), jsonInt(big)},
                      {QStringLiteral("b"), jsonUInt(std::numeric_limits<uint64_t>::max())},
                      {QStringLiteral("c"), jsonInt(std::numeric_limits<qint64>::min())},
                      {QStringLiteral("d"), jsonUInt(uint64_t(std::numeric_limits<qint64>::max()))}};
        const QByteArray text = writeJson(o, {false, {}});
        QCOMPARE(text, QByteArray("{\"a\":9007199254740993,\"b\":\"18446744073709551615\",\"c\":-9223372036854775808,\"d\":9223372036854775807}"));
        // What a reader gets back is the same integer, not the nearest double.
        const QJsonObject back = QJsonDocument::fromJson(text).object();
        QCOMPARE(back.value(QStringLiteral("a")).toInteger(), big);
        QCOMPARE(back.value(QStringLiteral("d")).toInteger(), std::numeric_limits<qint64>::max());
        // Leading keys, then the rest sorted; layout as QJsonDocument's.
        JsonWriteOptions w;
        w.leadingKeys = {QStringLiteral("z")};
        QCOMPARE(writeJson(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("z"), QJsonArray{}}}, w),
                 QByteArray("{\n    \"z\": [\n    ],\n    \"a\": 1\n}\n"));
        const QJsonObject plain{{QStringLiteral("x"), QJsonArray{1.5, QStringLiteral("y"), QJsonValue(), true}},
                                {QStringLiteral("n"), QJsonObject{{QStringLiteral("k"), -2}}}};
        QCOMPARE(writeJson(plain), QJsonDocument(plain).toJson(QJsonDocument::Indented));
        // Terminal controls never leave the writer raw.
        const QByteArray esc = jsonString(QStringLiteral("a\x1b[2J\nb\u0085c\u202Ed"));
        QCOMPARE(esc, QByteArray("\"a\\u001b[2J\\nb\\u0085c\\u202ed\""));
    }

    void streamedArrayIsByteIdenticalToTheWholeDocument_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("lead");
        QTest::newRow("empty") << 0 << QStringList{};
        QTest::newRow("one") << 1 << QStringList{QStringLiteral("command")};
        QTest::newRow("many, past the flush size") << 5000 << QStringList{QStringLiteral("command"), QStringLiteral("exit_code")};
    }

    void streamedArrayIsByteIdenticalToTheWholeDocument()
    {
        QFETCH(int, count);
        QFETCH(QStringList, lead);
        // Keys sorting before and after the streamed one, and a leading key.
        const auto element = [](qsizetype i) -> QJsonValue {
            return QJsonObject{{QStringLiteral("i"), jsonInt(i)}, {QStringLiteral("s"), QStringLiteral("\u00e9\u4e2d %1").arg(i)},
                               {QStringLiteral("v"), QJsonArray{1, QJsonObject{{QStringLiteral("k"), true}}}}};
        };
        QJsonObject rest{{QStringLiteral("command"), QStringLiteral("replay")}, {QStringLiteral("exit_code"), 2},
                         {QStringLiteral("at"), 5}, {QStringLiteral("findings"), QJsonArray{}}, {QStringLiteral("state"), QJsonObject{}}};
        QJsonArray all;
        for (int i = 0; i < count; ++i)
            all.append(element(i));
        QJsonObject whole = rest;
        whole.insert(QStringLiteral("entries"), all);
        JsonWriteOptions w;
        w.leadingKeys = lead;
        QByteArray streamed;
        int chunks = 0;
        writeJsonStreaming(rest, w, QStringLiteral("entries"), count, element, [&](const QByteArray &c) {
            streamed += c;
            ++chunks;
        });
        QCOMPARE(streamed, writeJson(whole, w));
        if (count == 5000)
            QVERIFY2(chunks > 1, "the array was not written in pieces");
    }

    void sixtyFourBitValuesSurviveTheCli()
    {
        // An Omega file named with a second count above 2^53: name_seconds must come out
        // digit for digit (a double would print ...992).
        const QString dir = m_dir.filePath(QStringLiteral("bigomega"));
        QVERIFY(QDir().mkpath(dir));
        QFile in(src(QStringLiteral("resources/samples/omega-sample/checkpoints/checkpoint_1762692000.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(dir + QStringLiteral("/checkpoint_9007199254740993.json"), in.readAll()));
        const CliRun r = runCli({QStringLiteral("omega"), dir, QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("1762700000")});
        QVERIFY_CONTRACT(r, QStringLiteral("omega"));
        QVERIFY2(r.out.contains("\"name_seconds\": 9007199254740993"), r.out.constData());
    }

    void everyCommandSpeaksTheEnvelope()
    {
        QTemporaryDir tmp;
        const CliRun hash = runCli({QStringLiteral("hash"), QStringLiteral("--json"), dump(0), tmp.filePath(QStringLiteral("missing"))});
        QCOMPARE(hash.exitCode, 3);
        QVERIFY_CONTRACT(hash, QStringLiteral("hash"));
        QCOMPARE(hash.json().object().value(QStringLiteral("errors")).toArray().size(), 1);

        const CliRun omegaSim = runCli({QStringLiteral("simulate"), QStringLiteral("--omega"), QStringLiteral("--files"), QStringLiteral("3"),
                                        QStringLiteral("--hardened"), QStringLiteral("--out"), tmp.filePath(QStringLiteral("omega-sim")),
                                        QStringLiteral("--json")});
        QCOMPARE(omegaSim.exitCode, 0);
        QVERIFY_CONTRACT(omegaSim, QStringLiteral("simulate --omega"));
        {
            // Every file it names is on disk with that size and hash.
            const QJsonObject o = omegaSim.json().object();
            const QJsonArray files = o.value(QStringLiteral("files")).toArray();
            QVERIFY(files.size() >= 4); // 3 checkpoints + manifest.json
            for (const QJsonValue &v : files) {
                QFile f(QDir(o.value(QStringLiteral("out")).toString()).filePath(v.toObject().value(QStringLiteral("name")).toString()));
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                const QByteArray bytes = f.readAll();
                QCOMPARE(v.toObject().value(QStringLiteral("size")).toInteger(), qint64(bytes.size()));
                QCOMPARE(v.toObject().value(QStringLiteral("sha256")).toString(), toHex(crypto::sha256(bytes)));
            }
        }

        const CliRun info = runCli({QStringLiteral("info"), QStringLiteral("--json"), dump(1)});
        QVERIFY_CONTRACT(info, QStringLiteral("info"));
        {
            // The journal head: on a clean dump, the last stored entry and its chain hash
            // (the SHA-256 of its stored payload), read here with the plain reader.
            const CliRun clean = runCli({QStringLiteral("info"), QStringLiteral("--json"), dump(0)});
            QVERIFY_CONTRACT(clean, QStringLiteral("info"));
            const QJsonObject head = clean.json().object().value(QStringLiteral("journal_head")).toObject();
            QFile f(dump(0));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto img = dump::readDump(f.readAll(), dump::ReadOptions{});
            QVERIFY(img.has_value());
            const dump::RecordInfo *last = nullptr;
            for (const dump::RecordInfo &r : img->journal)
                if (r.header.type == uint8_t(dump::RecordType::Entry))
                    last = &r;
            QVERIFY(last);
            QCOMPARE(head.value(QStringLiteral("seq")).toInteger(), qint64(last->header.seq));
            QCOMPARE(head.value(QStringLiteral("hash")).toString(), toHex(last->payloadHash));
            QVERIFY(head.value(QStringLiteral("from_checkpoint")).isNull());
            const CliRun text = runCli({QStringLiteral("info"), dump(0)});
            QVERIFY2(text.out.contains("head:       seq " + QByteArray::number(qint64(last->header.seq)) + ", hash "
                                       + toHex(last->payloadHash).toLatin1()),
                     text.out.constData());
        }

        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--trust-store"), m_trust,
                                      QStringLiteral("--keys"), m_sim, dump(0), dump(1), tmp.filePath(QStringLiteral("missing"))});
        QCOMPARE(verify.exitCode, 3);
        QVERIFY_CONTRACT(verify, QStringLiteral("verify"));

        const CliRun replay = runCli({QStringLiteral("replay"), QStringLiteral("--json"), QStringLiteral("--trust-store"), m_trust,
                                      QStringLiteral("--keys"), m_sim, dump(0)});
        QVERIFY_CONTRACT(replay, QStringLiteral("replay"));
        const QJsonArray accounts = replay.json().object().value(QStringLiteral("state")).toObject().value(QStringLiteral("accounts")).toArray();
        QVERIFY(!accounts.isEmpty());
        const QString account = accounts.at(0).toObject().value(QStringLiteral("account")).toString();
        const CliRun history = runCli({QStringLiteral("replay"), QStringLiteral("--json"), QStringLiteral("--trust-store"), m_trust,
                                       QStringLiteral("--keys"), m_sim, dump(0), QStringLiteral("--account"), account});
        QVERIFY_CONTRACT(history, QStringLiteral("replay"), QStringLiteral("replay --account"));
        // An account the ledger holds is known even before it first appears.
        const CliRun early = runCli({QStringLiteral("replay"), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim, dump(0),
                                     QStringLiteral("--account"), account, QStringLiteral("--at-seq"), QStringLiteral("1")});
        QVERIFY2(early.exitCode != 64, early.err.constData());

        const QString proof = tmp.filePath(QStringLiteral("p.json"));
        const CliRun prove = runCli({QStringLiteral("prove"), dump(0), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                                     QStringLiteral("--account"), account, QStringLiteral("--out"), proof});
        QCOMPARE(prove.exitCode, 0);
        const CliRun vp = runCli({QStringLiteral("verify-proof"), QStringLiteral("--json"), proof, QStringLiteral("--trust-store"), m_trust});
        QCOMPARE(vp.exitCode, 0);
        QVERIFY_CONTRACT(vp, QStringLiteral("verify-proof"));

        const CliRun rec = runCli({QStringLiteral("reconcile"), QStringLiteral("--json"), QStringLiteral("--trust-store"), m_trust,
                                   QStringLiteral("--keys"), m_sim, dump(0), dump(1)});
        QCOMPARE(rec.exitCode, 2);
        QVERIFY_CONTRACT(rec, QStringLiteral("reconcile"));

        const CliRun omega = runCli({QStringLiteral("omega"), QStringLiteral("--json"), src(QStringLiteral("resources/samples/omega-sample")),
                                     QStringLiteral("--now"), QStringLiteral("1762700000")});
        QVERIFY_CONTRACT(omega, QStringLiteral("omega"));
        QVERIFY(!omega.json().object().contains(QStringLiteral("format")));
    }

    void caseCommandsSpeakTheEnvelope()
    {
        QTemporaryDir tmp;
        const QString c = tmp.filePath(QStringLiteral("c.seedcase"));
        const auto run = [&](const QStringList &args) { return runCli(args + QStringList{QStringLiteral("--json")}); };
        const CliRun made = run({QStringLiteral("case"), QStringLiteral("new"), c, QStringLiteral("--examiner"), QStringLiteral("E"),
                                 QStringLiteral("--title"), QStringLiteral("T")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY_CONTRACT(made, QStringLiteral("case"), QStringLiteral("case new"));
        const CliRun add = run({QStringLiteral("case"), QStringLiteral("add"), c, dump(1), QStringLiteral("--key-file"),
                                QDir(m_sim).filePath(QStringLiteral("dev-1.key")), QStringLiteral("--trust-store"), m_trust});
        QCOMPARE(add.exitCode, 2);
        QVERIFY_CONTRACT(add, QStringLiteral("case"), QStringLiteral("case add"));
        const CliRun note = run({QStringLiteral("case"), QStringLiteral("note"), c, QStringLiteral("--finding"), QStringLiteral("F1"),
                                 QStringLiteral("--text"), QStringLiteral("n")});
        QVERIFY2(note.exitCode == 0, note.err.constData());
        QVERIFY_CONTRACT(note, QStringLiteral("case"), QStringLiteral("case note"));
        const CliRun bookmark = run({QStringLiteral("case"), QStringLiteral("bookmark"), c, QStringLiteral("--evidence"), QStringLiteral("dev-1.seeddump"),
                                     QStringLiteral("--seq"), QStringLiteral("9007199254740993")});
        QCOMPARE(bookmark.exitCode, 0);
        QVERIFY_CONTRACT(bookmark, QStringLiteral("case"), QStringLiteral("case bookmark"));
        QVERIFY(bookmark.out.contains("\"seq\": 9007199254740993"));
        const CliRun tag = run({QStringLiteral("case"), QStringLiteral("tag"), c, QStringLiteral("--chart"), QStringLiteral("trust:12"),
                                QStringLiteral("--tag"), QStringLiteral("a"), QStringLiteral("--tag"), QStringLiteral("b")});
        QCOMPARE(tag.exitCode, 0);
        QVERIFY_CONTRACT(tag, QStringLiteral("case"), QStringLiteral("case tag"));
        QCOMPARE(tag.json().object().value(QStringLiteral("annotations")).toArray().size(), 2);
        const CliRun log = run({QStringLiteral("case"), QStringLiteral("log"), c});
        QCOMPARE(log.exitCode, 0);
        QVERIFY_CONTRACT(log, QStringLiteral("case"), QStringLiteral("case log"));
        const CliRun verify = run({QStringLiteral("case"), QStringLiteral("verify"), c});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY_CONTRACT(verify, QStringLiteral("case"), QStringLiteral("case verify"));
        const CliRun report = run({QStringLiteral("report"), c, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                   tmp.filePath(QStringLiteral("r.json"))});
        QCOMPARE(report.exitCode, 0);
        QVERIFY_CONTRACT(report, QStringLiteral("report"));
        // Errors: a finding the stored result does not hold, and a case that is not one.
        const CliRun missing = run({QStringLiteral("case"), QStringLiteral("tag"), c, QStringLiteral("--finding"), QStringLiteral("F999"),
                                    QStringLiteral("--tag"), QStringLiteral("x")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY_CONTRACT(missing, QStringLiteral("case"));
        QVERIFY(missing.err.contains("F999"));
        const CliRun notCase = run({QStringLiteral("case"), QStringLiteral("log"), dump(0)});
        QCOMPARE(notCase.exitCode, 3);
        QVERIFY_CONTRACT(notCase, QStringLiteral("case"));
    }

    void errorsWithJsonAreJson()
    {
        QTemporaryDir tmp;
        const CliRun usage = runCli({QStringLiteral("replay"), QStringLiteral("--json"), dump(0)});
        QCOMPARE(usage.exitCode, 64);
        QVERIFY_CONTRACT(usage, QStringLiteral("replay"));
        QCOMPARE(usage.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("USAGE"));
        QVERIFY(usage.err.contains("seedscope-cli help replay"));
        const CliRun missing = runCli({QStringLiteral("info"), QStringLiteral("--json"), tmp.filePath(QStringLiteral("missing"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY_CONTRACT(missing, QStringLiteral("info"));
    }

    void exitCodesOfTheEdgeCases()
    {
        QTemporaryDir tmp;
        // verify-proof on something that is not a proof: unreadable input.
        const QString notProof = tmp.filePath(QStringLiteral("x.json"));
        QVERIFY(writeFile(notProof, "hello"));
        QCOMPARE(runCli({QStringLiteral("verify-proof"), notProof, QStringLiteral("--trust-store"), m_trust}).exitCode, 3);
        // replay --at-seq beyond the journal: a usage error that says so.
        const CliRun beyond = runCli({QStringLiteral("replay"), dump(0), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                                      QStringLiteral("--at-seq"), QStringLiteral("999999")});
        QCOMPARE(beyond.exitCode, 64);
        QVERIFY2(beyond.err.contains("beyond the journal"), beyond.err.constData());
        // The same for --at-lamport past the highest stored Lamport value, not a silent clamp.
        const CliRun beyondL = runCli({QStringLiteral("replay"), dump(0), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                                       QStringLiteral("--at-lamport"), QStringLiteral("999999999")});
        QCOMPARE(beyondL.exitCode, 64);
        QVERIFY2(beyondL.err.contains("beyond the journal"), beyondL.err.constData());
        const CliRun withinL = runCli({QStringLiteral("replay"), dump(0), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                                       QStringLiteral("--at-lamport"), QStringLiteral("1")});
        QVERIFY2(withinL.exitCode != 64, withinL.err.constData());
        // An unknown account: the same code from replay and prove.
        const QString nobody = QStringLiteral("00112233445566778899aabbccddeeff");
        const int r1 = runCli({QStringLiteral("replay"), dump(0), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                               QStringLiteral("--account"), nobody}).exitCode;
        const int r2 = runCli({QStringLiteral("prove"), dump(0), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                               QStringLiteral("--account"), nobody}).exitCode;
        QCOMPARE(r1, 64);
        QCOMPARE(r2, r1);
        // reconcile of one dump given twice: a warning, not a clean result.
        const CliRun twice = runCli({QStringLiteral("reconcile"), QStringLiteral("--json"), QStringLiteral("--trust-store"), m_trust,
                                     QStringLiteral("--keys"), m_sim, dump(0), dump(0)});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.out.contains("RECONCILE_DUPLICATE_INPUT"));
        // reconcile with an input that is not a dump: exit 3, and no merged ledger printed.
        const QString junk = tmp.filePath(QStringLiteral("junk.seeddump"));
        QVERIFY(writeFile(junk, QByteArray(70000, '\x5a')));
        const CliRun bad = runCli({QStringLiteral("reconcile"), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                                   dump(0), junk});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(!bad.out.contains("merged"), bad.out.constData());
    }

    void helpNamesTheCommand()
    {
        const CliRun h = runCli({QStringLiteral("help"), QStringLiteral("verify")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY2(h.out.startsWith("Usage: seedscope-cli verify [options]"), h.out.left(200).constData());
        const CliRun sim = runCli({QStringLiteral("help"), QStringLiteral("simulate")});
        QVERIFY(sim.out.contains("--hardened"));
        QVERIFY(sim.out.contains("--checkpoint-every"));
    }

    void replayTextShowsTrustInPointsAndPools()
    {
        const CliRun r = runCli({QStringLiteral("replay"), dump(0), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim,
                                 QStringLiteral("--at-seq"), QStringLiteral("40")});
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        QVERIFY2(QRegularExpression(QStringLiteral("trust \\d+\\.\\d\\n")).match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        QVERIFY(r.out.contains("pools: "));
        QVERIFY(r.out.contains("(storage index) is canonical index"));
    }

    // --- B: root causes first ------------------------------------------------------------

    void verifyTextLeadsWithTheAlteredEntry()
    {
        const CliRun r = runCli({QStringLiteral("verify"), dump(1), QStringLiteral("--trust-store"), m_trust, QStringLiteral("--keys"), m_sim});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject manifest = [&] {
            QFile f(QDir(m_sim).filePath(QStringLiteral("manifest.json")));
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        }();
        const qint64 offset = manifest.value(QStringLiteral("faults")).toArray().at(0).toObject().value(QStringLiteral("offset")).toInteger();
        const QByteArray first = r.out.left(r.out.indexOf('\n'));
        QVERIFY2(first.startsWith("root cause: SIG_INVALID"), r.out.left(600).constData());
        QVERIFY2(first.contains(QStringLiteral("0x%1").arg(offset, 8, 16, QLatin1Char('0')).toLatin1()), first.constData());
        const CliRun j = runCli({QStringLiteral("verify"), QStringLiteral("--json"), dump(1), QStringLiteral("--trust-store"), m_trust,
                                 QStringLiteral("--keys"), m_sim});
        const QJsonObject rep = j.json().object().value(QStringLiteral("dumps")).toArray().at(0).toObject();
        const QJsonArray roots = rep.value(QStringLiteral("root_causes")).toArray();
        QVERIFY(!roots.isEmpty());
        QVERIFY(roots.at(0).toObject().value(QStringLiteral("consequences")).toInt() >= 1);
    }

    // --- C: hostile strings and exit codes -----------------------------------------------

    void evidenceStringsCannotDriveTheTerminal()
    {
        const QString dir = m_dir.filePath(QStringLiteral("hostile-omega"));
        QVERIFY(QDir().mkpath(dir));
        QFile in(src(QStringLiteral("resources/samples/omega-sample/checkpoints/checkpoint_1762692000.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray body = in.readAll();
        body.replace("\"quantum-currency-uhes-001\"", "\"x\\u001b[2J\\nfindings: 0 (critical 0)\\nauthentication: verified\\u202e\"");
        QVERIFY(writeFile(dir + QStringLiteral("/checkpoint_1762692000.json"), body));
        const CliRun r = runCli({QStringLiteral("omega"), dir, QStringLiteral("--now"), QStringLiteral("1762700000")});
        QVERIFY(!r.out.contains('\x1b'));
        QVERIFY(!r.out.contains("\xe2\x80\xae")); // U+202E
        for (const QByteArray &line : r.out.split('\n'))
            QVERIFY2(!line.startsWith("findings: 0 (critical 0)") && !line.startsWith("authentication: verified"), r.out.constData());
        const CliRun j = runCli({QStringLiteral("omega"), dir, QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("1762700000")});
        QVERIFY(!j.out.contains('\x1b'));
        QVERIFY_CONTRACT(j, QStringLiteral("omega"));
        // The helpers themselves.
        QCOMPARE(terminalSafe(QStringLiteral("a\x1b[2J\nb\\")), QStringLiteral("a\\x1b[2J\\nb\\\\"));
        QCOMPARE(terminalSafe(QByteArrayView("ok\xff\xc3\xa9")), QStringLiteral("ok\\xff\u00e9"));
        QCOMPARE(terminalSafe(QStringLiteral("\u2066x\u0090")), QStringLiteral("\\u{2066}x\\x90"));
        QCOMPARE(htmlEscape(QStringLiteral("<a href='x'>&\"")), QStringLiteral("&lt;a href=&#39;x&#39;&gt;&amp;&quot;"));
        QCOMPARE(csvField(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        QCOMPARE(csvField(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
        QCOMPARE(csvField(QStringLiteral("-5,x")), QStringLiteral("\"'-5,x\""));
    }

    void replayOfWhatIsNotADumpIsUnreadable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(65536, 0);
        quint32 x = 2463534242u;
        for (char &c : random) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            c = char(x);
        }
        QTest::newRow("random") << random;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4096, '\0');
    }
    void replayOfWhatIsNotADumpIsUnreadable()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("x.seeddump"));
        QVERIFY(writeFile(path, bytes));
        const CliRun r = runCli({QStringLiteral("replay"), path, QStringLiteral("--trust-store"), m_trust});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.out.contains("replayed 0 entries"));
    }

    void infoExitCodeFollowsReaderFindings()
    {
        // A bit flip in a journal record: the reader reports a CRC error itself.
        const QString flipped = src(QStringLiteral("tests/vectors/data/bit-flip.seeddump"));
        const CliRun r = runCli({QStringLiteral("info"), QStringLiteral("--json"), flipped});
        QVERIFY_CONTRACT(r, QStringLiteral("info"));
        bool error = false;
        for (const auto &f : r.json().object().value(QStringLiteral("findings")).toArray())
            error = error || f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error")
                    || f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("critical");
        QVERIFY(error);
        QCOMPARE(r.exitCode, 2);
        // replay skips the damaged record but does not call the result clean.
        const CliRun rep = runCli({QStringLiteral("replay"), flipped, QStringLiteral("--trust-store"), m_trust});
        QCOMPARE(rep.exitCode, 2);
        QVERIFY2(rep.out.contains("JOURNAL_CRC_MISMATCH"), rep.out.constData());
    }

    void omegaWithAnUnreadableKeyFileIsUnreadableInput()
    {
        QTemporaryDir tmp;
        const QString key = tmp.filePath(QStringLiteral("k.hex"));
        QVERIFY(writeFile(key, "not hex at all"));
        const QString sample = src(QStringLiteral("resources/samples/omega-sample"));
        QCOMPARE(runCli({QStringLiteral("omega"), sample, QStringLiteral("--key-file"), key}).exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("omega"), sample, QStringLiteral("--key-file"), tmp.filePath(QStringLiteral("missing"))}).exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("omega"), sample, QStringLiteral("--trust-key"), key}).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "tst_cli_contract.moc"
