// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/SignatureJob.h"

#include "crypto/Ed25519.h"
#include "crypto/ThreadState.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

namespace seedscope::verify::detail {

namespace {
// Items per task: a cancel takes effect between tasks, and one is well under 100 ms of
// Ed25519 work on one core.
constexpr qsizetype kChunk = 1024;
// How long a reader waits for a chunk before it looks at the stop token again.
constexpr int kPollMs = 20;

enum ChunkState : uint8_t { kPending, kChecked, kSkipped };
} // namespace

struct SignatureJob::State {
    struct Chunk {
        qsizetype from = 0;
        qsizetype to = 0;
    };
    const ledger::DumpLedger &l;
    const Progress &progress;
    const QString stage = QStringLiteral("signatures");
    // A pool of its own, not Qt's global one, for the reason util/Parallel.h gives
    // (OpenSSL's per-thread state must be freed before exit): it ends with the job.
    QThreadPool pool;
    QList<Chunk> chunks;
    ledger::ItemVerdicts verdicts;
    qint64 total = 0;
    std::atomic<qint64> done{0};
    std::atomic_bool stop{false};
    // A chunk's state is stored with release after its verdicts are written, and loaded
    // with acquire before they are read: a checked chunk's bytes are then visible.
    std::unique_ptr<std::atomic<uint8_t>[]> chunkState;
    QMutex mutex;          // held while a chunk's state changes and while a reader decides to wait
    QWaitCondition changed;
    qsizetype reportedChunk = -1; // the reader's: the chunk it last reported progress at
    QFuture<void> future;

    State(const ledger::DumpLedger &ledger, const Progress &p) : l(ledger), progress(p), verdicts(ledger.items.size()) {}

    void finish(const Chunk &c, ChunkState state)
    {
        QMutexLocker lock(&mutex);
        chunkState[c.from / kChunk].store(state, std::memory_order_release);
        changed.wakeAll();
    }

    // On the reader's thread: waits for chunk k, reporting progress and polling the stop
    // token. False when the chunk was skipped or a stop was requested first.
    bool awaitChunk(qsizetype k)
    {
        for (;;) {
            const uint8_t s = chunkState[k].load(std::memory_order_acquire);
            if (s == kChecked)
                return true;
            if (s == kSkipped || progress.stopRequested())
                return false;
            progress.report(stage, done.load(std::memory_order_relaxed), total);
            QMutexLocker lock(&mutex);
            if (chunkState[k].load(std::memory_order_relaxed) == kPending)
                changed.wait(&mutex, QDeadlineTimer(kPollMs));
        }
    }

    void cancel()
    {
        stop.store(true);
        future.cancel();
        future.waitForFinished();
    }
};

SignatureJob::SignatureJob(const ledger::DumpLedger &l, const Progress &progress) : d(std::make_unique<State>(l, progress))
{
    for (const ledger::JournalItem &i : l.items)
        d->total += i.decodes() ? 1 : 0;
    for (qsizetype at = 0; at < l.items.size(); at += kChunk)
        d->chunks.append({at, std::min(at + kChunk, l.items.size())});
    d->chunkState = std::make_unique<std::atomic<uint8_t>[]>(size_t(d->chunks.size()));
    for (qsizetype k = 0; k < d->chunks.size(); ++k)
        d->chunkState[k].store(kPending, std::memory_order_relaxed);
    d->pool.setMaxThreadCount(QThread::idealThreadCount());
    State *s = d.get();
    d->future = QtConcurrent::map(&d->pool, d->chunks, [s](State::Chunk &c) {
        if (!s->stop.load(std::memory_order_relaxed) && !s->progress.stopRequested()) {
            const crypto::Ed25519VerifyScope contexts; // one initialised context per key for this batch
            qint64 n = 0;
            for (qsizetype k = c.from; k < c.to; ++k)
                if (const ledger::JournalItem &i = s->l.items[k]; i.decodes()) {
                    s->verdicts.set(k, ledger::verifyEntrySignature(i.entry(), s->l.keys));
                    ++n;
                }
            s->done.fetch_add(n, std::memory_order_relaxed);
            s->finish(c, kChecked);
        } else {
            s->finish(c, kSkipped);
        }
        crypto::releaseThreadState(); // before the job ends, whenever this thread does
    });
}

SignatureJob::~SignatureJob()
{
    d->cancel();
}

const ledger::ItemVerdicts &SignatureJob::filling() const
{
    return d->verdicts;
}

bool SignatureJob::await(qsizetype item) const
{
    const qsizetype k = item / kChunk;
    if (item < 0 || k >= d->chunks.size())
        return true; // not one of the job's items: the reader checks it itself
    if (k != d->reportedChunk) {
        // Once per chunk the reader reaches, so stage "signatures" moves on even when the
        // reader never has to wait.
        d->reportedChunk = k;
        d->progress.report(d->stage, d->done.load(std::memory_order_relaxed), d->total);
    }
    return d->awaitChunk(k);
}

bool SignatureJob::awaitAll() const
{
    for (qsizetype k = 0; k < d->chunks.size(); ++k)
        if (!d->awaitChunk(k))
            return false;
    return true;
}

std::optional<ledger::ItemVerdicts> SignatureJob::verdicts()
{
    if (!awaitAll()) {
        d->cancel();
        return std::nullopt;
    }
    d->future.waitForFinished(); // the last tasks may still be releasing their thread state
    d->progress.report(d->stage, d->total, d->total);
    return std::move(d->verdicts);
}

} // namespace seedscope::verify::detail
