// SPDX-License-Identifier: GPL-3.0-or-later
// Report writers on a hand-made model: CSV quoting and formula neutralisation, HTML
// escaping of every evidence string, well-formed SVG charts, and the finding order
// (root causes first when findings carry a cause, then severity, offset, code), and
// 64-bit integers above 2^53 kept digit for digit from the case file into the report.
#include "MapTranslator.h"
#include "casedb/SqliteBackend.h"
#include "casework/CaseImport.h"
#include "findings/Finding.h"
#include "report/CaseReport.h"
#include "report/HtmlEscape.h"
#include "report/ReportCsv.h"
#include "report/ReportHtml.h"
#include "report/SvgChart.h"
#include "util/JsonWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <QXmlStreamReader>

#include <limits>

using namespace seedscope;
using namespace seedscope::report;

namespace {

QJsonObject finding(const char *code, const char *severity, double offset, const char *verdict = "none")
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("severity"), QLatin1String(severity)},
                       {QStringLiteral("offset"), offset},
                       {QStringLiteral("verdict"), QLatin1String(verdict)}};
}

QStringList codes(const QJsonArray &a)
{
    QStringList c;
    for (const auto &v : a)
        c << v.toObject().value(QStringLiteral("code")).toString();
    return c;
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}
} // namespace

class TstReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvFields()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("\"plain\""));
        QCOMPARE(csvField(QStringLiteral("a,\"b\"\nc")), QStringLiteral("\"a,\"\"b\"\"\nc\""));
        for (const char *f : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
            QCOMPARE(csvField(QLatin1String(f)), QStringLiteral("\"'") + QString::fromLatin1(f) + QLatin1Char('"'));
        QCOMPARE(csvField(QString()), QStringLiteral("\"\""));
    }

    void htmlEscaping()
    {
        QCOMPARE(htmlEscape(QStringLiteral("<a href='x'>&\"</a>")), QStringLiteral("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"));
        QCOMPARE(htmlEscape(QStringLiteral("a\x01z")), QStringLiteral("a\uFFFDz"));
    }

    void findingOrder()
    {
        const QJsonArray plain{finding("B", "warning", 10), finding("A", "critical", 50), finding("C", "critical", 20), finding("D", "info", 0)};
        QCOMPARE(codes(orderFindings(plain)), (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")}));
        // With causes: findings explained by another come after the root causes.
        QJsonObject caused = finding("X", "critical", 1);
        caused.insert(QStringLiteral("cause"), QStringLiteral("f-2"));
        QJsonObject root = finding("R", "warning", 900);
        root.insert(QStringLiteral("cause"), QJsonValue());
        QCOMPARE(codes(orderFindings(QJsonArray{caused, root})), (QStringList{QStringLiteral("R"), QStringLiteral("X")}));
    }

    void verdicts()
    {
        QCOMPARE(overallVerdict({}), QStringLiteral("clean"));
        QCOMPARE(overallVerdict({finding("A", "warning", 1)}), QStringLiteral("warnings"));
        QCOMPARE(overallVerdict({finding("A", "error", 1)}), QStringLiteral("errors"));
        QCOMPARE(overallVerdict({finding("A", "error", 1, "torn_tail"), finding("B", "critical", 2, "tampering")}), QStringLiteral("tampering"));
    }

    void chartsAreWellFormedSvg()
    {
        const QJsonObject bars{{QStringLiteral("type"), QStringLiteral("bars")},
                               {QStringLiteral("title"), QStringLiteral("<Findings> & \"x\"")},
                               {QStringLiteral("bars"), QJsonArray{QJsonArray{QStringLiteral("critical"), 3}, QJsonArray{QStringLiteral("info"), 0}}}};
        const QByteArray svg = chartSvg(bars);
        QVERIFY2(wellFormed(svg), svg.constData());
        QVERIFY(svg.contains("&lt;Findings&gt;"));
        const QJsonObject line{{QStringLiteral("type"), QStringLiteral("line")},
                               {QStringLiteral("title"), QStringLiteral("Psi")},
                               {QStringLiteral("points"), QJsonArray{QJsonArray{1.0, 0.5}, QJsonArray{2.0, 0.7}, QJsonArray{3.0, 0.6}}}};
        const QByteArray l = chartSvg(line);
        QVERIFY(wellFormed(l));
        QCOMPARE(l.count("<circle"), 3);
        QVERIFY(wellFormed(chartSvg(QJsonObject{{QStringLiteral("type"), QStringLiteral("line")}})));
    }

    // The PDF is laid out by Qt's rich text, which splits a table without column widths
    // evenly and breaks a finding code mid-word: the findings table sizes its columns
    // (summing to the whole width) and keeps each code in one unbreakable span.
    void findingsTableSizesItsColumns()
    {
        const QJsonObject model{{QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("evidence"), QStringLiteral("d")},
                                                                                   {QStringLiteral("verdict"), QStringLiteral("clean")},
                                                                                   {QStringLiteral("findings"), QJsonArray{finding("LEDGER_CHECKPOINT_BASE_OVERWRITTEN", "info", 4096, "clean")}}}}}};
        const QString html = QString::fromUtf8(writeHtml(model, QStringLiteral("2026-01-01T00:00:00Z")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"code\">LEDGER_CHECKPOINT_BASE_OVERWRITTEN</span>")));
        QVERIFY(html.contains(QStringLiteral(".code{white-space:nowrap}")));
        const qsizetype at = html.indexOf(QStringLiteral("<th width=\"4%\">ID</th>"));
        QVERIFY(at > 0);
        const QString header = html.mid(at, html.indexOf(QStringLiteral("</tr>"), at) - at);
        int sum = 0, columns = 0;
        for (const auto &m : QRegularExpression(QStringLiteral("<th width=\"(\\d+)%\">")).globalMatch(header)) {
            sum += m.captured(1).toInt();
            ++columns;
        }
        QCOMPARE(columns, 9);
        QCOMPARE(sum, 100);
    }

    void htmlEscapesEveryEvidenceString()
    {
        const QString evil = QStringLiteral("<img src=x onerror=alert(1)>");
        QJsonObject f = finding("SIG_INVALID", "critical", 4096, "tampering");
        f.insert(QStringLiteral("explanation"), evil);
        f.insert(QStringLiteral("location"), evil);
        const QJsonObject model{
            {QStringLiteral("case"), QJsonObject{{QStringLiteral("title"), evil}, {QStringLiteral("examiner"), evil}}},
            {QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("name"), evil}, {QStringLiteral("integrity"), QStringLiteral("intact")}}}},
            {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("evidence"), evil},
                                                               {QStringLiteral("verdict"), QStringLiteral("tampering")},
                                                               {QStringLiteral("findings"), QJsonArray{f}}}}},
            {QStringLiteral("notes"), QJsonArray{QJsonObject{{QStringLiteral("text"), evil}}}},
            {QStringLiteral("bookmarks"), QJsonArray{QJsonObject{{QStringLiteral("label"), evil}}}},
            {QStringLiteral("custody"), QJsonObject{{QStringLiteral("chain_intact"), true},
                                                    {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("examiner"), evil}}}}}}};
        const QByteArray html = writeHtml(model, QStringLiteral("2026-01-01T00:00:00Z"));
        QVERIFY(!html.contains("<img src=x"));
        QVERIFY(html.count("&lt;img src=x onerror=alert(1)&gt;") >= 8);
        QVERIFY(html.contains("0x1000"));
        QCOMPARE(writeHtml(model, QStringLiteral("2026-01-01T00:00:00Z")), html);
    }

    // Above 2^53 a double cannot hold every integer: 2^53+1 would come back as 2^53.
    // Seq, Lamport, amounts and offsets go through the case file (cached result,
    // annotation, custody details) into the report's JSON and CSV exactly.
    // A damaged dump verified into a case: the case keeps each finding's templates, the
    // HTML report shows them in the interface language, the JSON report stays English.
    void findingWordsTranslatedInHtmlNotJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto b = casedb::SqliteBackend::open(dir.filePath(QStringLiteral("c.seedcase")), casedb::SqliteBackend::Mode::Create);
        QVERIFY(b.has_value());
        casedb::CaseDetails d;
        d.examiner = QStringLiteral("E");
        d.title = QStringLiteral("T");
        auto c = casedb::CaseFile::create(std::move(*b), d);
        QVERIFY(c.has_value());
        auto params = casedb::recordInputs(**c, {}, QStringLiteral("E"));
        QVERIFY(params.has_value());
        const QString dump = QStringLiteral(SEEDSCOPE_SOURCE_DIR "/tests/vectors/data/bit-flip.seeddump");
        auto out = casedb::importEvidence(**c, dump, {}, *params, QStringLiteral("E"));
        QVERIFY2(out.has_value(), out ? "" : qPrintable(out.error().message));

        // Read back from the case: the stored finding carries its templates, and they
        // restore onto the English words.
        auto cached = (*c)->cachedResult(out->evidence.sha256, casedb::CaseFile::toolVersion(), QStringLiteral("verify"));
        QVERIFY(cached.has_value() && cached->has_value());
        std::optional<Finding> crc;
        for (const auto &v : (**cached).payload.value(QStringLiteral("findings")).toArray())
            if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("JOURNAL_CRC_MISMATCH")) {
                crc = Finding::fromJson(v.toObject());
                QVERIFY(crc);
                QVERIFY(v.toObject().value(QStringLiteral("texts")).isObject());
                crc->restoreTexts(v.toObject().value(QStringLiteral("texts")).toObject());
            }
        QVERIFY(crc);

        auto model = buildCaseReport(**c);
        QVERIFY(model.has_value());
        const QString when = QStringLiteral("2026-01-01T00:00:00Z");
        const QByteArray englishHtml = writeHtml(*model, when);
        const QByteArray json = writeJson(*model);
        auto fr = std::make_unique<testing::MapTranslator>(QHash<QByteArray, QString>{{"A record's payload checksum does not match and valid data follows: damage in the middle of the log.", QStringLiteral("La somme de contrôle de la charge utile d'un enregistrement ne correspond pas et des données valides suivent : dommage au milieu du journal.")}});
        const QByteArray frenchHtml = writeHtml(*model, when);
        const QByteArray jsonUnderFrench = writeJson(*model);
        const QByteArray csvUnderFrench = writeCsv(*model);
        const QString restored = crc->translated(FindingField::Explanation);
        fr.reset();

        QVERIFY(restored.startsWith(QStringLiteral("La somme de contrôle")));
        QVERIFY(frenchHtml.contains("La somme de contrôle de la charge utile"));
        QVERIFY(!englishHtml.contains("La somme de contrôle"));
        QVERIFY(englishHtml.contains("payload checksum does not match and valid data follows"));
        QCOMPARE(jsonUnderFrench, json);
        QCOMPARE(csvUnderFrench, writeCsv(*model));
        QVERIFY(!json.contains("La somme"));
        QVERIFY(!json.contains("\"texts\""));
        QVERIFY(json.contains("payload checksum does not match and valid data follows"));
    }

    void integersAbove2To53RoundTripExactly()
    {
        constexpr qint64 kBig = (qint64(1) << 53) + 1;       // 9007199254740993
        constexpr qint64 kHuge = std::numeric_limits<qint64>::max();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString evidencePath = dir.filePath(QStringLiteral("e.seeddump"));
        {
            QFile f(evidencePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not really a dump, only bytes to hash");
        }
        auto b = casedb::SqliteBackend::open(dir.filePath(QStringLiteral("c.seedcase")), casedb::SqliteBackend::Mode::Create);
        QVERIFY(b.has_value());
        casedb::CaseDetails d;
        d.examiner = QStringLiteral("E");
        d.title = QStringLiteral("T");
        auto c = casedb::CaseFile::create(std::move(*b), d);
        QVERIFY(c.has_value());
        auto h = casedb::hashEvidence(evidencePath);
        QVERIFY(h.has_value());
        QVERIFY((*c)->addEvidence(*h, QStringLiteral("E")).has_value());

        QJsonObject f = finding("AMOUNT_OVERFLOW", "critical", 0, "tampering");
        f.insert(QStringLiteral("offset"), jsonInt(kBig));
        f.insert(QStringLiteral("seq"), jsonInt(kBig + 2));
        f.insert(QStringLiteral("amount"), jsonInt(kHuge));
        f.insert(QStringLiteral("lamport"), jsonUInt(uint64_t(kHuge) + 1)); // not a JSON integer: kept as a string
        casedb::CachedResult r;
        r.evidenceSha256 = h->sha256;
        r.toolVersion = casedb::CaseFile::toolVersion();
        r.kind = QStringLiteral("verify");
        r.summary = QJsonObject{{QStringLiteral("exit_code"), 2}, {QStringLiteral("entries"), jsonInt(kBig)}};
        r.payload = QJsonObject{{QStringLiteral("findings"), QJsonArray{f}}};
        QVERIFY((*c)->storeResult(r, QStringLiteral("E"), QStringLiteral("verify")));
        casedb::Annotation a;
        a.kind = QStringLiteral("bookmark");
        a.evidenceSha256 = h->sha256;
        a.seq = kBig;
        a.offset = kHuge;
        QVERIFY((*c)->addAnnotation(a, QStringLiteral("E")).has_value());

        auto cached = (*c)->cachedResult(h->sha256, casedb::CaseFile::toolVersion(), QStringLiteral("verify"));
        QVERIFY(cached.has_value() && cached->has_value());
        const QJsonObject back = (**cached).payload.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(back.value(QStringLiteral("offset")).toInteger(), kBig);
        QCOMPARE(back.value(QStringLiteral("seq")).toInteger(), kBig + 2);
        QCOMPARE(back.value(QStringLiteral("amount")).toInteger(), kHuge);
        QCOMPARE(back.value(QStringLiteral("lamport")).toString(), QStringLiteral("9223372036854775808"));
        auto log = (*c)->custodyLog();
        QVERIFY(log.has_value());
        QVERIFY(log->constLast().details.contains(QStringLiteral("\"seq\":9007199254740993")));
        QVERIFY(log->constLast().details.contains(QStringLiteral("\"offset\":9223372036854775807")));

        auto model = buildCaseReport(**c);
        QVERIFY(model.has_value());
        const QByteArray json = writeJson(*model);
        QVERIFY2(json.contains("\"offset\": 9007199254740993"), json.constData());
        QVERIFY(json.contains("\"seq\": 9007199254740995"));
        QVERIFY(json.contains("\"amount\": 9223372036854775807"));
        QVERIFY(json.contains("\"lamport\": \"9223372036854775808\""));
        QVERIFY(json.contains("\"entries\": 9007199254740993"));
        QVERIFY(json.contains("\"seq\": 9007199254740993")); // the bookmark
        QVERIFY(!json.contains("e+")); // no number fell back to a double's exponent form
        auto again = buildCaseReport(**c);
        QVERIFY(again.has_value());
        QCOMPARE(writeJson(*again), json);
        const QByteArray csv = writeCsv(*model);
        QVERIFY(csv.contains("\"9007199254740993\""));
        QVERIFY(csv.contains("\"9223372036854775807\""));
        const QByteArray html = writeHtml(*model, QStringLiteral("2026-01-01T00:00:00Z"));
        QVERIFY(html.contains("0x20000000000001"));
    }
};

QTEST_GUILESS_MAIN(TstReport)
#include "tst_report.moc"
