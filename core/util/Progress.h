// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress and cancellation for long work (open and index, verify, replay, reconcile,
// Omega analysis, simulate). Core never blocks on a UI: it reports (stage, done, total)
// to a sink the caller supplies and polls a stop token the caller may trip from another
// thread. Work that sees the token tripped returns ErrorCode::Cancelled, frees what it
// built, and never hands back a partial result dressed up as a whole one.
//
// Cost: report() and stopRequested() are cheap (a relaxed atomic load, plus a callback
// at most every ~1/256 of a stage or when the stage changes), so a loop may call them
// per item. Poll often enough that a cancel takes effect within about 100 ms of work.

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace seedscope {

// Shared between the thread that cancels and the thread that works.
class StopToken {
public:
    StopToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void requestStop() const { m_flag->store(true, std::memory_order_relaxed); }
    bool stopRequested() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

struct ProgressUpdate {
    QString stage; // stable machine name: "open", "hash", "index", "verify", "replay", ...
    qint64 done = 0;
    qint64 total = 0; // 0 when unknown
};

using ProgressSink = std::function<void(const ProgressUpdate &)>;

// What long operations take: an optional sink and an optional token. A default-constructed
// Progress reports nowhere and never stops, so existing callers need not change.
class Progress {
public:
    Progress() = default;
    Progress(ProgressSink sink, StopToken token = {}) : m_sink(std::move(sink)), m_token(std::move(token)) {}

    bool stopRequested() const { return m_token.stopRequested(); }
    const StopToken &token() const { return m_token; }

    // Reports from the working thread only (the throttle is not shared between threads).
    // Reports (stage, done, total), throttled: the sink sees the first and last update of a
    // stage and at most about 256 in between, always with done increasing.
    void report(const QString &stage, qint64 done, qint64 total) const
    {
        if (!m_sink)
            return;
        const bool newStage = stage != m_lastStage;
        const qint64 step = total > 256 ? total / 256 : 1;
        if (!newStage && done != total && done - m_lastDone < step)
            return;
        if (!newStage && done < m_lastDone)
            return;
        m_lastStage = stage;
        m_lastDone = done;
        m_sink(ProgressUpdate{stage, done, total});
    }

private:
    ProgressSink m_sink;
    StopToken m_token;
    mutable QString m_lastStage;
    mutable qint64 m_lastDone = 0;
};

} // namespace seedscope
