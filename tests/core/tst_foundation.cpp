// SPDX-License-Identifier: GPL-3.0-or-later
// Result values, bounded byte reading, the findings model and read-only evidence.

#include "crypto/Hash.h"
#include "evidence/EvidenceFile.h"
#include "findings/Finding.h"
#include "util/AllocatorPolicy.h"
#include "util/ByteIo.h"
#include "util/Hex.h"
#include "util/Result.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <unistd.h>
#endif

using namespace seedscope;

class TestFoundation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The programs' allocator policy takes effect: after a 16 MiB block is freed (which
    // raises glibc's own threshold to 16 MiB), a 2 MiB block is still a mapping of its own,
    // not carved from the heap. It once compiled to nothing without anyone noticing.
    void largeBlocksStayMappedUnderThePolicy()
    {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        QSKIP("a sanitizer's allocator replaces glibc's");
#elif !defined(__GLIBC__)
        QSKIP("the policy is for glibc's allocator");
#else
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
        QSKIP("a sanitizer's allocator replaces glibc's");
#endif
#endif
        QVERIFY(returnLargeBlocksToTheSystem());
        QVERIFY(shareMallocArenas()); // false when the policy compiles to nothing
        void *big = std::malloc(16 << 20);
        QVERIFY(big);
        std::free(big);
        void *block = std::malloc(2 << 20);
        QVERIFY(block);
        const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(block), heapEnd = reinterpret_cast<std::uintptr_t>(sbrk(0));
        std::free(block);
        const bool inHeap = at < heapEnd;
        QVERIFY2(!inHeap, "a 2 MiB block came from the heap: the mmap threshold is not fixed");
#endif
    }
    void resultCarriesValueOrError()
    {
        Result<int> good = 5;
        QVERIFY(good.ok());
        QCOMPARE(*good, 5);
        Result<int> bad = makeError(ErrorCode::Truncated, QStringLiteral("short"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Truncated);
        QCOMPARE(bad.error().toString(), QStringLiteral("TRUNCATED: short"));
        QCOMPARE(bad.valueOr(9), 9);
    }
    // The std::expected names: has_value, value_or, and_then, transform; error() on a
    // success is a defined Internal error, not undefined behaviour.
    void resultFollowsStdExpected()
    {
        Result<int> good = 5;
        Result<int> bad = makeError(ErrorCode::Truncated, QStringLiteral("short"));
        QVERIFY(good.has_value() && !bad.has_value());
        QCOMPARE(good.value_or(9), 5);
        QCOMPARE(bad.value_or(9), 9);
        QCOMPARE(good.error().code, ErrorCode::Internal);
        auto half = [](int v) -> Result<int> {
            if (v % 2)
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("odd"));
            return v / 2;
        };
        QCOMPARE(good.and_then(half).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(*Result<int>(8).and_then(half), 4);
        QCOMPARE(bad.and_then(half).error().code, ErrorCode::Truncated);
        const Result<QString> text = good.transform([](int v) { return QString::number(v * 3); });
        QCOMPARE(*text, QStringLiteral("15"));
        QCOMPARE(bad.transform([](int v) { return v + 1; }).error().message, QStringLiteral("short"));
        Status done;
        QVERIFY(done.has_value());
        QCOMPARE(done.error().code, ErrorCode::Internal);
        Status failed = makeError(ErrorCode::Io, QStringLiteral("disk"));
        QCOMPARE(failed.and_then([] { return Result<int>(1); }).error().code, ErrorCode::Io);
        QCOMPARE(*done.transform([] { return 7; }), 7);
    }
    void byteReaderNeverReadsPastTheEnd()
    {
        QByteArray b;
        putU16(b, 0x1234);
        putU32(b, 0xdeadbeef);
        putU64(b, 0x0102030405060708ULL);
        QCOMPARE(b.toHex(), QByteArray("3412efbeadde0807060504030201"));
        ByteReader r(b, 1000);
        QCOMPARE(*r.u16(), 0x1234);
        QCOMPARE(r.absoluteOffset(), 1002);
        QCOMPARE(*r.u32(), 0xdeadbeefu);
        QVERIFY(!r.bytes(9).has_value()); // 8 remain
        QCOMPARE(r.position(), 6);         // a failed read does not move the cursor
        QVERIFY(!r.bytes(-1).has_value());
        QCOMPARE(*r.u64(), 0x0102030405060708ULL);
        QVERIFY(r.atEnd());
        QVERIFY(!r.u8().has_value());
        QVERIFY(!r.skip(1));
    }
    void hexIsStrict()
    {
        QCOMPARE(*fromHexStrict(u"00ff"), QByteArray("\x00\xff", 2));
        QVERIFY(!fromHexStrict(u"0").has_value());
        QVERIFY(!fromHexStrict(u"zz").has_value());
        QCOMPARE(formatOffset(0x1f), QStringLiteral("0x0000001f"));
    }
    void findingJsonRoundTrip()
    {
        Finding f;
        f.code = QStringLiteral("JOURNAL_TORN_TAIL");
        f.severity = Severity::Warning;
        f.evidence = QStringLiteral("dev0.seeddump");
        f.offset = 8192 + 72;
        f.length = 40;
        f.location = QStringLiteral("journal block 0, record 1");
        f.expected = QStringLiteral("crc 0x1");
        f.found = QStringLiteral("crc 0x2");
        f.explanation = QStringLiteral("The last record was cut short by a power loss.");
        f.verdict = Verdict::TornTail;
        const QJsonObject o = f.toJson();
        QCOMPARE(o.value(QStringLiteral("offset")).toInteger(), 8264);
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("torn_tail"));
        QVERIFY(o.value(QStringLiteral("subject")).isNull());
        QCOMPARE(*Finding::fromJson(o), f);
        QVERIFY(!Finding::fromJson(QJsonObject{{QStringLiteral("code"), QStringLiteral("X")}}).has_value());
    }
    void findingJsonRefusesUnrepresentableOffsets_data()
    {
        QTest::addColumn<QByteArray>("json");
        // Regression: fuzz_findings_json crash-8e2d3574 (huge offset cast to qint64).
        QTest::newRow("huge") << QByteArray(R"({"code":"X","severity":"info","offset":1.3e300,"length":0})");
        QTest::newRow("negative") << QByteArray(R"({"code":"X","severity":"info","offset":-1,"length":0})");
        QTest::newRow("fraction") << QByteArray(R"({"code":"X","severity":"info","offset":1.5,"length":0})");
        QTest::newRow("no-length") << QByteArray(R"({"code":"X","severity":"info","offset":1})");
        QTest::newRow("string") << QByteArray(R"({"code":"X","severity":"info","offset":"1","length":0})");
    }
    void findingJsonRefusesUnrepresentableOffsets()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!Finding::fromJson(QJsonDocument::fromJson(json).object()).has_value());
        const QByteArray good = R"({"code":"X","severity":"info","offset":9007199254740992,"length":3})";
        QCOMPARE(Finding::fromJson(QJsonDocument::fromJson(good).object())->offset, 9007199254740992LL);
    }
    void exitCodesFollowTheWorstFinding()
    {
        auto mk = [](const QString &code, Severity s) {
            Finding f;
            f.code = code;
            f.severity = s;
            return f;
        };
        Findings none;
        QCOMPARE(exitCodeFor(none), exitcode::Clean);
        Finding info = mk(QStringLiteral("A"), Severity::Info);
        QCOMPARE(exitCodeFor({info}), exitcode::Clean);
        Finding warn = mk(QStringLiteral("B"), Severity::Warning);
        QCOMPARE(exitCodeFor({info, warn}), exitcode::Findings);
        Finding tamper = mk(QStringLiteral("C"), Severity::Warning);
        tamper.verdict = Verdict::Tampering;
        QCOMPARE(exitCodeFor({warn, tamper}), exitcode::ErrorsOrTamper);
        Finding err = mk(QStringLiteral("D"), Severity::Error);
        QCOMPARE(exitCodeFor({err}), exitcode::ErrorsOrTamper);
    }
    void evidenceOpensReadOnlyAndHashes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.bin"));
        QByteArray content(100000, 'x');
        content[5] = 'y';
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner); // a read-only file must still open
        const QDateTime before = QFileInfo(path).lastModified();
        {
            auto ev = EvidenceFile::open(path);
            QVERIFY2(ev.ok(), qPrintable(ev.ok() ? QString() : ev.error().message));
            QCOMPARE((*ev)->identity().size, content.size());
            QCOMPARE((*ev)->identity().sha256, crypto::sha256(content));
            QCOMPARE((*ev)->bytes().toByteArray(), content);
            QCOMPARE(*(*ev)->rehash(), crypto::sha256(content));
        }
        {
            // The caller takes the hash (a session, beside its index pass): none until then;
            // a tripped stop flag cancels it and leaves none.
            auto ev = EvidenceFile::openNative(QFile::encodeName(path), 0, path, EvidenceFile::HashAt::Caller);
            QVERIFY(ev.ok());
            QVERIFY((*ev)->identity().sha256.isEmpty());
            const std::atomic_bool stop = true;
            const Status stopped = (*ev)->hashContents(&stop);
            QVERIFY(!stopped);
            QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
            QVERIFY((*ev)->identity().sha256.isEmpty());
            QVERIFY((*ev)->hashContents().ok());
            QCOMPARE((*ev)->identity().sha256, crypto::sha256(content));
        }
        QCOMPARE(QFileInfo(path).lastModified(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("e.bin")});

        auto missing = EvidenceFile::open(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::Io);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nope")))); // never created
        auto capped = EvidenceFile::open(path, 10);
        QCOMPARE(capped.error().code, ErrorCode::LimitExceeded);
    }
    void folderIdentityChangesWithAnyFile()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("checkpoint_1.json"), "{}");
        write(QStringLiteral("checkpoint_2.json"), "{\"a\":1}");
        write(QStringLiteral("other.txt"), "ignored");
        QList<EvidenceFolderEntry> entries;
        auto a = identifyFolder(dir.path(), {QStringLiteral("checkpoint_*.json")}, &entries);
        QVERIFY(a.ok());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(a->size, 9);
        write(QStringLiteral("checkpoint_2.json"), "{\"a\":2}");
        auto b = identifyFolder(dir.path(), {QStringLiteral("checkpoint_*.json")});
        QVERIFY(a->sha256 != b->sha256);
    }
};

QTEST_GUILESS_MAIN(TestFoundation)
#include "tst_foundation.moc"
