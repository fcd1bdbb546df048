// SPDX-License-Identifier: GPL-3.0-or-later
// RecordFilter over the bundled sample's tampered device: each criterion keeps exactly
// the records the manifest and the session say it should, sorts keep storage order among
// ties, the record lookups land on the tampered entry, and a tripped token cancels.

#include "session/EvidenceSession.h"
#include "session/RecordFilter.h"
#include "session/SessionLookup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace seedscope;
using namespace seedscope::session;

namespace {
QString devicesDir() { return QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample/devices"); }

std::vector<int> run(const EvidenceSession &s, const RecordCriteria &c)
{
    auto r = RecordFilter::run(s, c);
    if (!r)
        qFatal("filter failed: %s", qPrintable(r.error().message));
    return *r;
}
} // namespace

class TstRecordFilter : public QObject {
    Q_OBJECT
    std::shared_ptr<EvidenceSession> m_s;
    qint64 m_tamperOffset = -1;
    uint64_t m_tamperSeq = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QFile mf(devicesDir() + QStringLiteral("/manifest.json"));
        if (!mf.open(QIODevice::ReadOnly))
            QSKIP("the bundled mesh sample is missing");
        for (const QJsonValue &v : QJsonDocument::fromJson(mf.readAll()).object().value(QStringLiteral("faults")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("kind")).toString() == QStringLiteral("tamper-amount")) {
                m_tamperOffset = f.value(QStringLiteral("offset")).toInteger();
                m_tamperSeq = uint64_t(f.value(QStringLiteral("seq")).toInteger());
            }
        }
        QVERIFY(m_tamperOffset > 0);
        SessionOptions o;
        o.keysDir = devicesDir();
        o.trustStorePath = devicesDir() + QStringLiteral("/trust-store.json");
        auto s = EvidenceSession::open(EvidenceRef::fromPath(devicesDir() + QStringLiteral("/dev-1.seeddump")), o);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        m_s = *s;
        QVERIFY(m_s->verify().ok());
        QVERIFY(m_s->buildTimeline().ok());
        QVERIFY(m_s->recordCount() > 100);
    }

    void noCriteriaIsEveryRecordInStorageOrder()
    {
        const auto rows = run(*m_s, {});
        QCOMPARE(int(rows.size()), m_s->recordCount());
        for (int i = 0; i < int(rows.size()); ++i)
            QCOMPARE(rows[size_t(i)], i);
        QVERIFY(!RecordCriteria{}.filters());
    }

    void lookupsLandOnTheTamperedEntry()
    {
        const int i = recordContaining(*m_s, m_tamperOffset);
        QVERIFY(i >= 0);
        QCOMPARE(m_s->record(i).offset, m_tamperOffset);
        QCOMPARE(m_s->record(i).seq, m_tamperSeq);
        QCOMPARE(recordContaining(*m_s, m_tamperOffset + 5), i); // inside the header
        QCOMPARE(recordContaining(*m_s, -1), -1);
        QCOMPARE(recordContaining(*m_s, 0), -1); // the superblock is no journal record
    }

    void withFindingsKeepsTheTamperedRecord()
    {
        RecordCriteria c;
        c.withFindingsOnly = true;
        const auto rows = run(*m_s, c);
        QVERIFY(!rows.empty());
        QVERIFY(int(rows.size()) < m_s->recordCount());
        for (int i : rows)
            QVERIFY(m_s->record(i).has(HasFinding));
        const int tampered = recordContaining(*m_s, m_tamperOffset);
        QVERIFY(std::find(rows.begin(), rows.end(), tampered) != rows.end());
        // Every record with a flag is kept, not only some.
        int flagged = 0;
        for (int i = 0; i < m_s->recordCount(); ++i)
            flagged += m_s->record(i).has(HasFinding) ? 1 : 0;
        QCOMPARE(int(rows.size()), flagged);
    }

    void typeStatusAccountAndLamportNarrow()
    {
        RecordCriteria c;
        c.entryType = int(ledger::EntryType::Transfer);
        const auto transfers = run(*m_s, c);
        int expected = 0;
        for (const dump::RecordInfo &r : m_s->image()->journal) {
            const std::optional<ledger::Entry> e = r.decodedEntry();
            expected += e && e->type == ledger::EntryType::Transfer ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QCOMPARE(int(transfers.size()), expected);

        // Status: the replay's VALID entries, counted on the timeline itself.
        c = {};
        c.status = int(ledger::EntryStatus::Valid);
        const auto valid = run(*m_s, c);
        int validOutcomes = 0;
        for (int k = 0; k < m_s->entryCount(); ++k)
            validOutcomes += m_s->outcome(k)->status == ledger::EntryStatus::Valid && m_s->canonicalToStorage(k) >= 0 ? 1 : 0;
        QCOMPARE(int(valid.size()), validOutcomes);
        c.status = RecordCriteria::kNotReplayed;
        const auto notReplayed = run(*m_s, c);
        for (int i : notReplayed)
            QCOMPARE(m_s->record(i).canonicalIndex, -1);

        // Account: the tampered transfer's sender, by a 6-digit hex prefix in upper case.
        const RecordSummary t = m_s->record(recordContaining(*m_s, m_tamperOffset));
        QVERIFY(!t.from.isEmpty());
        c = {};
        c.account = QString::fromLatin1(t.from.toHex().left(6)).toUpper();
        const auto mine = run(*m_s, c);
        QVERIFY(std::find(mine.begin(), mine.end(), t.index) != mine.end());
        for (int i : mine) {
            const RecordSummary r = m_s->record(i);
            QVERIFY(r.from.toHex().startsWith(t.from.toHex().left(6)) || r.to.toHex().startsWith(t.from.toHex().left(6)));
        }
        QVERIFY(int(mine.size()) < m_s->recordCount());

        // Lamport range, inclusive at both ends.
        c = {};
        c.lamportMin = t.lamport;
        c.lamportMax = t.lamport + 20;
        const auto window = run(*m_s, c);
        int inWindow = 0;
        for (int i = 0; i < m_s->recordCount(); ++i) {
            const uint64_t l = m_s->record(i).lamport;
            inWindow += l >= c.lamportMin && l <= c.lamportMax ? 1 : 0;
        }
        QCOMPARE(int(window.size()), inWindow);
        QVERIFY(std::find(window.begin(), window.end(), t.index) != window.end());

        // Search by sequence number finds the tampered record.
        c = {};
        c.search = QString::number(m_tamperSeq);
        const auto found = run(*m_s, c);
        QVERIFY(std::find(found.begin(), found.end(), t.index) != found.end());
    }

    void sortsAreOrderedAndStable()
    {
        RecordCriteria c;
        c.order = RecordCriteria::Order::Lamport;
        c.descending = true;
        const auto rows = run(*m_s, c);
        QCOMPARE(int(rows.size()), m_s->recordCount());
        for (size_t k = 1; k < rows.size(); ++k) {
            const uint64_t a = m_s->record(rows[k - 1]).lamport, b = m_s->record(rows[k]).lamport;
            QVERIFY(a >= b);
            if (a == b)
                QVERIFY(rows[k - 1] < rows[k]); // ties keep storage order
        }
        c.order = RecordCriteria::Order::Canonical;
        c.descending = false;
        const auto canon = run(*m_s, c);
        QCOMPARE(int(canon.size()), m_s->recordCount());
        // Replayed entries first, by canonical index; records outside the replay after them.
        int last = -1;
        bool outside = false;
        for (int i : canon) {
            const int ci = m_s->record(i).canonicalIndex;
            if (ci < 0) {
                outside = true;
                continue;
            }
            QVERIFY(!outside);
            QVERIFY(ci > last);
            last = ci;
        }
        QVERIFY(last > 0);
    }

    void trippedTokenCancels()
    {
        StopToken stop;
        stop.requestStop();
        RecordCriteria c;
        c.withFindingsOnly = true;
        auto r = RecordFilter::run(*m_s, c, Progress({}, stop));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TstRecordFilter)
#include "tst_record_filter.moc"
