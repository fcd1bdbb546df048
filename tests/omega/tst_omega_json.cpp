// SPDX-License-Identifier: GPL-3.0-or-later
// The tolerant JSON reader: Python's tokens, escapes, truncation, caps, positions.

#include "OmegaTestUtil.h"

#include "crypto/Random.h"
#include "omega/OmegaCodes.h"
#include "omega/OmegaJson.h"

#include <QTest>

using namespace seedscope;
using namespace seedscope::omega;
using namespace seedscope::testing;

class TestOmegaJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::newRow("NaN") << QByteArray("NaN") << int(NumberKind::NaN) << 0.0;
        QTest::newRow("Infinity") << QByteArray("Infinity") << int(NumberKind::PosInfinity) << 0.0;
        QTest::newRow("-Infinity") << QByteArray("-Infinity") << int(NumberKind::NegInfinity) << 0.0;
        QTest::newRow("int") << QByteArray("1") << int(NumberKind::Int) << 1.0;
        QTest::newRow("negative int") << QByteArray("-42") << int(NumberKind::Int) << -42.0;
        QTest::newRow("float") << QByteArray("1762692027.5393996") << int(NumberKind::Float) << 1762692027.5393996;
        QTest::newRow("python exponent") << QByteArray("1e-07") << int(NumberKind::Float) << 1e-07;
        QTest::newRow("overflow is inf like float()") << QByteArray("1e400") << int(NumberKind::PosInfinity) << 0.0;
        QTest::newRow("underflow is zero") << QByteArray("1e-400") << int(NumberKind::Float) << 0.0;
        QTest::newRow("subnormal") << QByteArray("5e-324") << int(NumberKind::Float) << 5e-324;
    }
    void numbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(double, value);
        const JsonDocument d = parseJson("[" + text + "]");
        QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
        const JsonNode &n = d.node(d.child(d.root(), 0));
        QCOMPARE(int(n.type), int(JsonType::Number));
        QCOMPARE(int(n.numberKind), kind);
        if (kind == int(NumberKind::Int) || kind == int(NumberKind::Float))
            QCOMPARE(n.number, value);
        QCOMPARE(n.offset, 1);
        QCOMPARE(n.length, text.size());
    }

    void strings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("decoded");
        QTest::addColumn<bool>("loneSurrogate");
        QTest::newRow("simple escapes") << QByteArray("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"") << QStringLiteral("\"\\/\b\f\n\r\t") << false;
        QTest::newRow("BMP") << QByteArray("\"qc-\\u03a9\"") << QStringLiteral("qc-\u03a9") << false;
        QTest::newRow("surrogate pair") << QByteArray("\"\\ud83c\\udf00\"") << QString::fromUcs4(U"\U0001F300") << false;
        QTest::newRow("uppercase hex") << QByteArray("\"\\uD83C\\uDF00\"") << QString::fromUcs4(U"\U0001F300") << false;
        QTest::newRow("lone high") << QByteArray("\"\\ud83cx\"") << (QString(QChar(char16_t(0xd83c))) + QLatin1Char('x')) << true;
        QTest::newRow("lone low") << QByteArray("\"\\udf00\"") << QString(QChar(char16_t(0xdf00))) << true;
        QTest::newRow("high then non-low") << QByteArray("\"\\ud83c\\u0041\"") << (QString(QChar(char16_t(0xd83c))) + QLatin1Char('A')) << true;
        QTest::newRow("raw UTF-8") << QByteArray("\"\xce\xa9\"") << QStringLiteral("\u03a9") << false;
    }
    void strings()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, decoded);
        QFETCH(bool, loneSurrogate);
        const JsonDocument d = parseJson(text);
        QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
        QCOMPARE(d.node(d.root()).text, decoded);
        const bool noted = std::any_of(d.notes().begin(), d.notes().end(), [](const JsonNote &n) { return n.kind == JsonNote::LoneSurrogate; });
        QCOMPARE(noted, loneSurrogate);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("error");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("empty") << QByteArray("") << int(JsonError::Truncated) << qint64(0);
        QTest::newRow("open object") << QByteArray("{") << int(JsonError::Truncated) << qint64(1);
        QTest::newRow("cut literal") << QByteArray("[Na") << int(JsonError::Truncated) << qint64(3);
        QTest::newRow("cut escape") << QByteArray("\"\\u03") << int(JsonError::Truncated) << qint64(5);
        QTest::newRow("trailing comma") << QByteArray("[1,]") << int(JsonError::Syntax) << qint64(3);
        QTest::newRow("-NaN") << QByteArray("[-NaN]") << int(JsonError::Syntax) << qint64(2);
        QTest::newRow("+Infinity") << QByteArray("[+Infinity]") << int(JsonError::Syntax) << qint64(1);
        QTest::newRow("leading zero") << QByteArray("01") << int(JsonError::TrailingData) << qint64(1);
        QTest::newRow("extra data") << QByteArray("{} x") << int(JsonError::TrailingData) << qint64(3);
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf{}") << int(JsonError::Bom) << qint64(0);
        QTest::newRow("control char") << QByteArray("\"a\x01\"") << int(JsonError::Syntax) << qint64(2);
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]") << int(JsonError::InvalidUtf8) << qint64(2);
        QTest::newRow("bad escape") << QByteArray("\"\\x\"") << int(JsonError::Syntax) << qint64(1);
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << int(JsonError::Syntax) << qint64(1);
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, error);
        QFETCH(qint64, offset);
        const JsonDocument d = parseJson(text);
        QCOMPARE(int(d.error()), error);
        QCOMPARE(d.errorOffset(), offset);
    }

    void pathsAndDuplicates()
    {
        const QByteArray text = "{\"a\": [1, {\"b\": NaN}], \"x y\": 2, \"a\": 3}";
        const JsonDocument d = parseJson(text);
        QVERIFY(d.ok());
        // The first "a" (the list) is shadowed by the later duplicate, as in Python.
        QCOMPARE(d.node(d.member(d.root(), u"a")).number, 3.0);
        const int list = d.child(d.root(), 0);
        const int inner = d.member(d.child(list, 1), u"b");
        QCOMPARE(d.path(inner), QStringLiteral("$.a[1].b"));
        QCOMPARE(text.mid(d.node(inner).offset, d.node(inner).length), QByteArray("NaN"));
        QCOMPARE(d.path(d.child(d.root(), 1)), QStringLiteral("$[\"x y\"]"));
        QCOMPARE(d.notes().size(), 1);
        QCOMPARE(d.notes()[0].kind, JsonNote::DuplicateKey);
    }

    void deepNestingIsCappedNotRecursed()
    {
        const QByteArray deep(200000, '[');
        const JsonDocument d = parseJson(deep);
        QCOMPARE(d.error(), JsonError::TooDeep);
        QCOMPARE(d.errorOffset(), qint64(kMaxJsonDepth));
        const QByteArray ok = QByteArray(kMaxJsonDepth, '[') + QByteArray(kMaxJsonDepth, ']');
        QVERIFY(parseJson(ok).ok());
        const QByteArray over = QByteArray(kMaxJsonDepth + 1, '[') + QByteArray(kMaxJsonDepth + 1, ']');
        QCOMPARE(parseJson(over).error(), JsonError::TooDeep);
    }

    void sizeCap()
    {
        const QByteArray big(int(kMaxJsonBytes) + 1, ' ');
        QCOMPARE(parseJson(big).error(), JsonError::TooLarge);
        // Many tiny values: the node cap stops the parse long before memory grows large.
        QByteArray many = "[";
        for (int i = 0; i < kMaxJsonNodes; ++i)
            many += "0,";
        many += "0]";
        const JsonDocument d = parseJson(many);
        QCOMPARE(d.error(), JsonError::TooManyNodes);
        QCOMPARE(d.nodeCount(), kMaxJsonNodes);
        QCOMPARE(d.errorOffset(), qint64(1 + 2 * (kMaxJsonNodes - 1)));
    }

    // Every prefix of a real (or, without /work/shared, a simulated) checkpoint is reported
    // as truncated at exactly its end, never crashes and never reads past it.
    void truncationAtEveryByte()
    {
        QByteArray file = dumpCheckpoint(goodRecord(1762692027.5393996, 0.9971408266296754));
        const QString real = QStringLiteral(SEEDSCOPE_SHARED_DIR "/corpus/omega-real/run_defects/checkpoints/checkpoint_1762692028.json");
        if (QFile f(real); f.open(QIODevice::ReadOnly))
            file = f.readAll(); // contains a bare NaN
        QVERIFY(parseJson(file).ok());
        for (int len = 0; len < file.size(); ++len) {
            const QByteArray cut = file.left(len);
            const JsonDocument d = parseJson(cut);
            QVERIFY2(d.error() == JsonError::Truncated, qPrintable(QStringLiteral("prefix %1: %2").arg(len).arg(jsonErrorName(d.error()))));
            QCOMPARE(d.errorOffset(), qint64(len));
            CheckpointFile cf;
            cf.name = QStringLiteral("checkpoint_1762692028.json");
            cf.readable = true;
            cf.size = len;
            Findings out;
            inspectCheckpoint(cf, cut, ValidationContext{QStringLiteral("t"), 1762695600.0}, out);
            const auto t = withCode(out, code::TruncatedJson);
            QCOMPARE(t.size(), 1);
            QCOMPARE(t[0].offset, qint64(len));
            QVERIFY(!cf.valid);
        }
    }

    void randomBytesNeverCrash()
    {
        crypto::DeterministicRng rng(7, "json-fuzz");
        const QByteArray alphabet = "{}[],:\"\\ 0123456789.eE+-NaInfity truefalsenul\n\xce\xa9u";
        for (int i = 0; i < 3000; ++i) {
            QByteArray in;
            const int len = int(rng.below(64));
            for (int k = 0; k < len; ++k)
                in.append(alphabet[int(rng.below(uint64_t(alphabet.size())))]);
            const JsonDocument d = parseJson(in);
            QVERIFY(d.errorOffset() >= 0 && d.errorOffset() <= in.size());
            for (int n = 0; n < d.nodeCount(); ++n)
                QVERIFY(d.node(n).offset + d.node(n).length <= in.size());
        }
    }

    void pythonFloatReprMatchesCPython()
    {
        QCOMPARE(pythonFloatRepr(1e-07), QByteArray("1e-07"));
        QCOMPARE(pythonFloatRepr(1.0), QByteArray("1.0"));
        QCOMPARE(pythonFloatRepr(0.0001), QByteArray("0.0001"));
        QCOMPARE(pythonFloatRepr(1e16), QByteArray("1e+16"));
        QCOMPARE(pythonFloatRepr(1e15), QByteArray("1000000000000000.0"));
        QCOMPARE(pythonFloatRepr(1762692027.5393996), QByteArray("1762692027.5393996"));
        QCOMPARE(pythonFloatRepr(-0.5), QByteArray("-0.5"));
        QCOMPARE(pythonFloatRepr(22026.465794806718), QByteArray("22026.465794806718"));
        QCOMPARE(pythonJsonString(QStringLiteral("qc-\u03a9-node-") + QString::fromUcs4(U"\U0001F300")),
                 QByteArray("\"qc-\\u03a9-node-\\ud83c\\udf00\""));
    }
};

QTEST_GUILESS_MAIN(TestOmegaJson)
#include "tst_omega_json.moc"
