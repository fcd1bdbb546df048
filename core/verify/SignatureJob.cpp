// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/SignatureJob.h"

#include "crypto/Ed25519.h"
#include "crypto/ThreadState.h"

#include <QFuture>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

namespace seedscope::verify::detail {

namespace {
// Items per task: a cancel takes effect between tasks, and one is well under 100 ms of
// Ed25519 work on one core.
constexpr qsizetype kChunk = 1024;
} // namespace

struct SignatureJob::State {
    struct Chunk {
        qsizetype from = 0;
        qsizetype to = 0;
    };
    const ledger::DumpLedger &l;
    const Progress &progress;
    // A pool of its own, not Qt's global one, for the reason util/Parallel.h gives
    // (OpenSSL's per-thread state must be freed before exit): it ends with the job.
    QThreadPool pool;
    QList<Chunk> chunks;
    ledger::ItemVerdicts verdicts;
    qint64 total = 0;
    std::atomic<qint64> done{0};
    std::atomic_bool stop{false};
    QSemaphore finished; // one release per chunk, checked or skipped
    QFuture<void> future;

    State(const ledger::DumpLedger &ledger, const Progress &p) : l(ledger), progress(p), verdicts(ledger.items.size()) {}

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
        }
        crypto::releaseThreadState(); // before the job ends, whenever this thread does
        s->finished.release();
    });
}

SignatureJob::~SignatureJob()
{
    d->cancel();
}

std::optional<ledger::ItemVerdicts> SignatureJob::verdicts()
{
    const QString stage = QStringLiteral("signatures");
    for (qsizetype k = 0; k < d->chunks.size();) {
        if (d->progress.stopRequested()) {
            d->cancel();
            return std::nullopt;
        }
        d->progress.report(stage, d->done.load(std::memory_order_relaxed), d->total);
        if (d->finished.tryAcquire(1, 20))
            ++k;
    }
    d->future.waitForFinished(); // every chunk has released: this only orders their writes before our reads
    if (d->progress.stopRequested())
        return std::nullopt; // a chunk skipped its items
    d->progress.report(stage, d->total, d->total);
    return std::move(d->verdicts);
}

} // namespace seedscope::verify::detail
