// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs core's RecordFilter for the journal table on a worker thread and hands the result
// to the JournalModel when it is ready. A newer request cancels the one running (its
// stop token trips and its result is dropped), so typing in a filter box never queues
// scans. Until a result arrives the table keeps showing the previous rows.

#include "dump/DumpInputs.h"
#include "session/RecordFilter.h"

#include <QFutureWatcher>
#include <QObject>

#include <vector>

namespace seedscope::ui {

class JournalModel;

class JournalFilter : public QObject {
    Q_OBJECT
public:
    explicit JournalFilter(JournalModel *model, QObject *parent = nullptr);
    ~JournalFilter() override;

    // Filters and sort order together; the model's header sort is folded in here.
    void setCriteria(const session::RecordCriteria &c);
    const session::RecordCriteria &criteria() const { return m_c; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started();
    void finished(int shown, int total);

private:
    void run();
    void onFinished();

    JournalModel *m_model;
    session::RecordCriteria m_c;
    StopToken m_stop;
    bool m_running = false;
    QFutureWatcher<std::shared_ptr<const std::vector<int>>> m_watcher;
};

} // namespace seedscope::ui
