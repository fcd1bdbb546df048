// SPDX-License-Identifier: GPL-3.0-or-later
// One way to spread independent work (signature checks) over the cores.
#pragma once

#include <QList>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <functional>

namespace seedscope {

// Maps f over items on every core and returns the results in input order.
//
// Why a pool of its own rather than Qt's global one: OpenSSL keeps per-thread state (the
// error queue a failed verification leaves behind) that it frees when the thread ends.
// Global-pool threads idle on past OPENSSL_cleanup() at process exit, so that state was
// lost (LeakSanitizer: 904 bytes, OpenSSL's ERR_STATE). Here the pool, and with it every
// worker thread, ends before the call returns. Starting the threads costs tens of
// microseconds, less than one Ed25519 check; a single item runs on the caller's thread.
template <typename Result, typename Item>
QList<Result> parallelMap(const QList<Item> &items, std::function<Result(const Item &)> f)
{
    QList<Result> out;
    if (items.size() < 2) {
        for (const Item &i : items)
            out.append(f(i));
        return out;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    return QtConcurrent::blockingMapped<QList<Result>>(&pool, items, f); // ~QThreadPool joins the workers
}

} // namespace seedscope
