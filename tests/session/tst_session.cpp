// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceSession over simulated dumps (core/sim) and the Omega sample: the session's
// results equal the engine's own, the journal table and inspector point at the right
// bytes, hostile inputs are refused with clear messages, and evidence that changes
// under the session is reported instead of crashing.

#include "MapTranslator.h"

#include "crypto/Hash.h"
#include "dump/DumpReader.h"
#include "dumpledger/DumpLedger.h"
#include "omega/OmegaAnalysis.h"
#include "session/EvidenceSession.h"
#include "sim/MeshSimulator.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

using namespace seedscope;
using namespace seedscope::session;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

uint64_t u64le(const QByteArray &b)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | uint8_t(b[i]);
    return v;
}

// Sets the file's modification time to a fixed past moment, so a later rewrite always
// changes it (file system time stamps are coarse).
void ageFile(const QByteArray &native)
{
    struct timeval tv[2] = {{1000000000, 0}, {1000000000, 0}};
    QCOMPARE(::utimes(native.constData(), tv), 0);
}

QString errorOf(const Result<std::shared_ptr<EvidenceSession>> &r) { return r.ok() ? QString() : r.error().message; }

} // namespace

class TstSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }

    SessionOptions withKeysAndTrust() const
    {
        SessionOptions o;
        o.keysDir = m_dir.path();
        o.trustStorePath = path(QStringLiteral("trust-store.json"));
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::SimOptions so;
        so.devices = 2;
        so.entries = 120;
        so.seed = 5;
        so.encrypt = true;
        so.groups = true;
        auto sim = sim::runSimulation(so);
        QVERIFY(sim.ok());
        QVERIFY(sim::writeSimulation(*sim, m_dir.path()).ok());
        QVERIFY(QFile::exists(path(QStringLiteral("dev-0.seeddump"))));
        // A plaintext twin for byte-span checks.
        so.encrypt = false;
        so.seed = 6;
        auto plain = sim::runSimulation(so);
        QVERIFY(plain.ok());
        writeFile(path(QStringLiteral("plain.seeddump")), plain->devices[0].image);
    }

    void sessionVerifyEqualsVerifier()
    {
        auto s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("dev-0.seeddump"))), withKeysAndTrust());
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        EvidenceSession &e = **s;
        QCOMPARE(e.kind(), EvidenceKind::SeedDump);
        QVERIFY(!e.hasVerify());
        QCOMPARE(e.verdict().verdict, SessionVerdict::Unknown);
        QVERIFY(e.verify().ok());
        QVERIFY(e.hasVerify());

        verify::VerifyOptions vo;
        vo.dumpPath = path(QStringLiteral("dev-0.seeddump"));
        vo.keysDir = m_dir.path();
        vo.trustStorePath = path(QStringLiteral("trust-store.json"));
        auto direct = verify::verifyDump(vo);
        QVERIFY(direct.ok());
        QCOMPARE(e.verifyReport()->findings, direct->findings);
        QCOMPARE(e.verifyReport()->exitCode(), direct->exitCode());
        QCOMPARE(e.verifyReport()->keyFile, direct->keyFile);
        QCOMPARE(e.verdict().exitCode, direct->exitCode());
        QCOMPARE(e.verdict().verdict, SessionVerdict::Clean);
        QVERIFY(!e.evidenceChanged());
        QCOMPARE(e.identity().sha256, crypto::sha256(e.bytes(0, e.identity().size)));
    }

    void journalTableMatchesReader()
    {
        auto s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("plain.seeddump"))));
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        EvidenceSession &e = **s;
        auto img = dump::readDumpFile(path(QStringLiteral("plain.seeddump")));
        QVERIFY(img.ok());
        QCOMPARE(e.recordCount(), int(img->journal.size()));
        QVERIFY(e.recordCount() > 100);
        int entries = 0;
        for (int i = 0; i < e.recordCount(); ++i) {
            const RecordSummary r = e.record(i);
            const dump::RecordInfo &ri = img->journal[i];
            QCOMPARE(r.offset, ri.offset);
            QCOMPARE(r.length, ri.footprint());
            QCOMPARE(r.seq, ri.header.seq);
            QCOMPARE(r.lamport, ri.lamport());
            QVERIFY(r.has(HeaderCrcOk) && r.has(PayloadCrcOk) && r.has(ChainOk));
            if (const std::optional<ledger::Entry> entry = ri.decodedEntry()) {
                ++entries;
                QCOMPARE(r.entryType, std::optional<ledger::EntryType>(entry->type));
                QCOMPARE(r.amount, entry->amount);
                QCOMPARE(e.devices().at(r.deviceIndex), entry->origin);
            }
        }
        QVERIFY(entries > 100);
        QCOMPARE(e.devices().first(), img->identity.header.deviceId);
        QVERIFY(e.structure().size() > 10);

        // The evidence tree shows the structure's words translated; the English stays.
        const QList<StructureNode> nodes = e.structure();
        const auto slot = std::find_if(nodes.cbegin(), nodes.cend(), [](const StructureNode &n) {
            return n.kind == QLatin1String("slot") && n.label.contains(QLatin1String(": checkpoint"));
        });
        QVERIFY(slot != nodes.cend());
        QCOMPARE(slot->labelText.english(), slot->label);
        QCOMPARE(slot->stateText.english(), slot->state);
        testing::MapTranslator fr({{"slot %1: checkpoint %2", QStringLiteral("emplacement %1 : point de contrôle %2")},
                                   {"committed", QStringLiteral("validé")},
                                   {"%1 (loaded)", QStringLiteral("%1 (chargé)")},
                                   {"%1 (ok)", QStringLiteral("%1 (correct)")}});
        QVERIFY(slot->labelText.translated().startsWith(QLatin1String("emplacement ")));
        QVERIFY(slot->labelText.translated().contains(QStringLiteral(" : point de contrôle ")));
        const auto loaded = std::find_if(nodes.cbegin(), nodes.cend(), [](const StructureNode &n) { return n.state == QLatin1String("committed (loaded)"); });
        QVERIFY(loaded != nodes.cend());
        QCOMPARE(loaded->stateText.translated(), QStringLiteral("validé (chargé)"));
        auto d = e.decode(0);
        QVERIFY(d.ok());
        const auto crc = std::find_if(d->fields.cbegin(), d->fields.cend(), [](const FieldSpan &f) { return f.name == QLatin1String("header.crc"); });
        QVERIFY(crc != d->fields.cend());
        QVERIFY(crc->value.endsWith(QLatin1String(" (ok)")));
        QCOMPARE(crc->valueText.translated(), crc->value.chopped(5) + QStringLiteral(" (correct)"));
    }

    void decodedSpansPointAtTheirBytes()
    {
        auto s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("plain.seeddump"))));
        QVERIFY(s.ok());
        EvidenceSession &e = **s;
        int checkedTransfers = 0;
        for (int i = 0; i < e.recordCount(); ++i) {
            const RecordSummary r = e.record(i);
            auto d = e.decode(i);
            QVERIFY(d.ok());
            QHash<QString, FieldSpan> f;
            for (const FieldSpan &span : d->fields)
                f.insert(span.name, span);
            QCOMPARE(u64le(e.bytes(f[QStringLiteral("header.seq")].offset, 8)), r.seq);
            QCOMPARE(f[QStringLiteral("header.seq")].offset, r.offset + 16);
            QCOMPARE(u64le(e.bytes(f[QStringLiteral("header.lamport")].offset, 8)), r.lamport);
            if (r.entryType == ledger::EntryType::Transfer) {
                const FieldSpan amount = f[QStringLiteral("entry.amount")];
                QCOMPARE(amount.length, 8);
                QCOMPARE(int64_t(u64le(e.bytes(amount.offset, 8))), r.amount);
                QCOMPARE(amount.value, QString::number(r.amount));
                QCOMPARE(e.bytes(f[QStringLiteral("entry.from")].offset, 16), r.from);
                QCOMPARE(e.bytes(f[QStringLiteral("entry.to")].offset, 16), r.to);
                // The signature ends where the record's payload ends.
                const FieldSpan sig = f[QStringLiteral("entry.signature")];
                QCOMPARE(sig.offset + sig.length, r.offset + 72 + qint64(e.bytes(r.offset + 4, 4).at(0) & 0xff)
                                                      + (qint64(uint8_t(e.bytes(r.offset + 5, 1).at(0))) << 8));
                ++checkedTransfers;
            }
        }
        QVERIFY(checkedTransfers > 10);
        QVERIFY(!e.decode(e.recordCount()).ok());
        QVERIFY(e.bytes(e.identity().size - 4, 100).size() == 4);
    }

    void encryptedWithoutKeyIsNoKey()
    {
        auto s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("dev-1.seeddump"))));
        QVERIFY(s.ok());
        EvidenceSession &e = **s;
        QVERIFY(e.encryptionNote().contains(QStringLiteral("no storage key")));
        int first = 0;
        while (first < e.recordCount() && e.record(first).recordType != uint8_t(dump::RecordType::Entry))
            ++first;
        QVERIFY(first < e.recordCount());
        QCOMPARE(e.record(first).decrypt, dump::DecryptState::NoKey);
        auto d = e.decode(first);
        QVERIFY(d.ok());
        QVERIFY(d->note.contains(QStringLiteral("no storage key")));
    }

    void timelineMatchesReplay()
    {
        auto s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("dev-0.seeddump"))), withKeysAndTrust());
        QVERIFY(s.ok());
        EvidenceSession &e = **s;
        QCOMPARE(e.entryCount(), 0);
        QVERIFY(!e.stateAfter(0).ok());
        QVERIFY(e.buildTimeline().ok());

        ledger::DumpOpenOptions oo;
        oo.dumpPath = path(QStringLiteral("dev-0.seeddump"));
        oo.keysDir = m_dir.path();
        oo.trustStorePath = path(QStringLiteral("trust-store.json"));
        auto opened = ledger::openDumpLedger(oo);
        QVERIFY(opened.ok());
        const ledger::DumpReplay rep = ledger::replayDumpLedger(opened->ledger);
        QCOMPARE(e.entryCount(), rep.timeline.size());
        QCOMPARE(e.timelineStart(), rep.start);
        const int last = e.entryCount() - 1;
        QVERIFY(last > 50);
        QVERIFY(*e.stateAfter(last) == rep.timeline.finalState());
        QVERIFY(*e.stateAfter(last / 2) == rep.timeline.stateAfter(last / 2));
        for (int c = 0; c < e.entryCount(); ++c) {
            const int si = e.canonicalToStorage(c);
            QVERIFY(si >= 0);
            QCOMPARE(e.storageToCanonical(si), c);
            QCOMPARE(e.record(si).offset, rep.timeline.outcome(c).offset);
            QCOMPARE(e.record(si).status, std::optional<ledger::EntryStatus>(rep.timeline.outcome(c).status));
            QCOMPARE(e.record(si).signature, SignatureState::Valid);
        }
        const QByteArray account = (e.outcome(last)->entry().to.isEmpty() ? e.outcome(last)->entry().from : e.outcome(last)->entry().to).toByteArray();
        QCOMPARE(e.provenance(account, last).size(), rep.timeline.provenance(account, last).size());
        // Groups and trust events ran: the chart series are there and end where the state does.
        QVERIFY(!e.poolSeries().isEmpty());
        QVERIFY(!e.trustSeries().isEmpty());
        const ledger::LedgerState fin = *e.stateAfter(last);
        for (const TrustSeries &t : e.trustSeries()) {
            QCOMPARE(t.lamport.size(), t.trust.size());
            QCOMPARE(t.trust.last(), fin.accounts.at(t.account).trust);
        }
        for (const PoolSeries &p : e.poolSeries())
            QCOMPARE(p.pool.last(), fin.groups.at(p.group).pool);
    }

    void omegaSampleFolder()
    {
        const QString sample = QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/checkpoints");
        SessionOptions o;
        o.omega.now = 1762700000;
        auto s = EvidenceSession::open(EvidenceRef::fromPath(sample), o);
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        EvidenceSession &e = **s;
        QCOMPARE(e.kind(), EvidenceKind::OmegaFolder);
        QCOMPARE(e.recordCount(), 0);
        QVERIFY(!e.buildTimeline().ok());
        QVERIFY(e.verify().ok());
        auto direct = omega::analyzeOmegaDirectory(sample, o.omega);
        QVERIFY(direct.ok());
        QVERIFY(e.omegaReport());
        QCOMPARE(e.findings(), direct->findings);
        QCOMPARE(e.omegaReport()->series.pointCount(), direct->series.pointCount());
        QVERIFY(e.omegaReport()->series.pointCount() > 0);
        QVERIFY(!e.evidenceChanged());
    }

    void refusesWhatIsNotEvidence_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a Seed dump: PNG image");
        QByteArray random(20000, '\0');
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 2654435761u) >> 13);
        QTest::newRow("random") << random << QStringLiteral("not a Seed dump: unrecognised data");
        QTest::newRow("zeros") << QByteArray(8192, '\0') << QStringLiteral("not a Seed dump: all zero bytes");
        QTest::newRow("json") << QByteArray("{\"psi\": 1}\n") << QStringLiteral("not a Seed dump: JSON text");
    }
    void refusesWhatIsNotEvidence()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString p = path(QStringLiteral("not-a-dump.bin"));
        writeFile(p, content);
        auto s = EvidenceSession::open(EvidenceRef::fromPath(p));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Malformed);
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    }

    void refusesEmptyAndForeignFolders()
    {
        QTemporaryDir empty;
        auto s = EvidenceSession::open(EvidenceRef::fromPath(empty.path()));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("not an Omega checkpoint folder: the folder is empty")), qPrintable(s.error().message));
        writeFile(empty.filePath(QStringLiteral("notes.txt")), "x");
        s = EvidenceSession::open(EvidenceRef::fromPath(empty.path()));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("no checkpoint_*.json files")), qPrintable(s.error().message));
        s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("missing.seeddump"))));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("no such file")), qPrintable(s.error().message));
    }

    void opensNonUtf8FileNames()
    {
        const QByteArray dir = QFile::encodeName(m_dir.path());
        const QByteArray raw = dir + "/dump-\xff\xfe-latin1-\xe9.seeddump";
        QFile src(path(QStringLiteral("plain.seeddump")));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray data = src.readAll();
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, data.constData(), size_t(data.size())), ssize_t(data.size()));
        ::close(fd);
        auto s = EvidenceSession::open(EvidenceRef::fromNative(raw));
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        QCOMPARE((*s)->identity().size, data.size());
        QCOMPARE((*s)->identity().sha256, crypto::sha256(data));
        QVERIFY((*s)->verify().ok());
        QVERIFY(!(*s)->evidenceChanged());
        ::unlink(raw.constData());
    }

    void symlinkLoopSaysSo()
    {
        const QByteArray a = QFile::encodeName(path(QStringLiteral("loop-a"))), b = QFile::encodeName(path(QStringLiteral("loop-b")));
        QCOMPARE(::symlink(b.constData(), a.constData()), 0);
        QCOMPARE(::symlink(a.constData(), b.constData()), 0);
        auto s = EvidenceSession::open(EvidenceRef::fromNative(a));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("symbolic link loop")), qPrintable(s.error().message));
    }

    void capCheckedBeforeReading()
    {
        // A 20 GB sparse file: refused by stat alone (nothing mapped, hashed or allocated).
        const QByteArray p = QFile::encodeName(path(QStringLiteral("sparse.seeddump")));
        const int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        const bool sized = ::ftruncate(fd, off_t(20) * 1000 * 1000 * 1000) == 0;
        ::close(fd);
        if (!sized)
            QSKIP("the file system refuses a 20 GB sparse file");
        auto s = EvidenceSession::open(EvidenceRef::fromNative(p));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::LimitExceeded);
        QVERIFY2(s.error().message.contains(QStringLiteral("above the cap")), qPrintable(s.error().message));
        ::unlink(p.constData());
        SessionOptions small;
        small.maxImageBytes = 1000;
        s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("plain.seeddump"))), small);
        QCOMPARE(s.error().code, ErrorCode::LimitExceeded);
    }

    void rewriteBetweenStagesVoidsTheReport()
    {
        // Same size, different bytes, mtime restored: only the re-hash can see it.
        const QString p = path(QStringLiteral("rewrite.seeddump"));
        QFile src(path(QStringLiteral("plain.seeddump")));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray data = src.readAll();
        writeFile(p, data);
        const QByteArray native = QFile::encodeName(p);
        ageFile(native);
        auto s = EvidenceSession::open(EvidenceRef::fromPath(p));
        QVERIFY(s.ok());
        QByteArray edited = data;
        edited[edited.size() / 2] = char(edited[edited.size() / 2] ^ 0x55);
        writeFile(p, edited);
        ageFile(native);
        QVERIFY((*s)->verify().ok());
        QCOMPARE((*s)->verdict().verdict, SessionVerdict::Void);
        QCOMPARE((*s)->verdict().exitCode, exitcode::Unreadable);
        QCOMPARE((*s)->verifyReport()->findings.first().code, QStringLiteral("EVIDENCE_CHANGED_DURING_READ"));
        QCOMPARE((*s)->verifyReport()->findings.first().severity, Severity::Critical);
        QVERIFY((*s)->evidenceChanged());

        // Changed and put back between open and verify: the modification time tells.
        writeFile(p, data);
        ageFile(native);
        auto s2 = EvidenceSession::open(EvidenceRef::fromPath(p));
        QVERIFY(s2.ok());
        writeFile(p, edited);
        writeFile(p, data);
        QVERIFY((*s2)->verify().ok());
        QCOMPARE((*s2)->verdict().verdict, SessionVerdict::Void);
    }

    void truncationWhileVerifyingNeverCrashes()
    {
        // One thread shrinks and restores the file while this one opens and verifies it.
        // Mapped reads past the new end must not raise SIGBUS: each run ends with a clear
        // error or a void report, or (when the race missed) a normal one.
        const QString p = path(QStringLiteral("shrinking.seeddump"));
        QFile src(path(QStringLiteral("plain.seeddump")));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray data = src.readAll();
        int voided = 0, refused = 0, whole = 0;
        for (int run = 0; run < 40; ++run) {
            writeFile(p, data);
            ageFile(QFile::encodeName(p));
            std::atomic_bool stop{false};
            std::thread shrinker([&] {
                int n = 0;
                while (!stop.load()) {
                    const int fd = ::open(QFile::encodeName(p).constData(), O_WRONLY);
                    if (fd < 0)
                        continue;
                    if (::ftruncate(fd, off_t(data.size() / (2 + n % 3))) != 0)
                        qWarning("ftruncate failed");
                    ::usleep(200);
                    if (::pwrite(fd, data.constData(), size_t(data.size()), 0) != ssize_t(data.size()))
                        qWarning("pwrite failed");
                    ::close(fd);
                    ++n;
                }
            });
            auto s = EvidenceSession::open(EvidenceRef::fromPath(p));
            if (s.ok()) {
                const Status v = (*s)->verify();
                if (v.ok() && (*s)->verdict().verdict == SessionVerdict::Void)
                    ++voided;
                else if (v.ok())
                    ++whole;
                else
                    ++refused;
            } else {
                ++refused;
                QVERIFY2(s.error().code == ErrorCode::Io || s.error().code == ErrorCode::Malformed, qPrintable(s.error().message));
            }
            stop = true;
            shrinker.join();
            s = {makeError(ErrorCode::Internal, QString())}; // unmaps before the next run
        }
        qInfo("40 runs under truncation: %d void, %d refused, %d unaffected", voided, refused, whole);
        QVERIFY(voided + refused > 0);
    }

    void cancelledStagesLeaveNothingBehind()
    {
        auto s = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("dev-0.seeddump"))), withKeysAndTrust());
        QVERIFY(s.ok());
        StopToken token;
        token.requestStop();
        const Progress cancelled({}, token);
        Status v = (*s)->verify(cancelled);
        QCOMPARE(v.error().code, ErrorCode::Cancelled);
        QVERIFY(!(*s)->hasVerify());
        v = (*s)->buildTimeline(cancelled);
        QCOMPARE(v.error().code, ErrorCode::Cancelled);
        QVERIFY(!(*s)->hasTimeline());
        auto o = EvidenceSession::open(EvidenceRef::fromPath(path(QStringLiteral("dev-0.seeddump"))), withKeysAndTrust(), cancelled);
        QCOMPARE(o.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TstSession)
#include "tst_session.moc"
