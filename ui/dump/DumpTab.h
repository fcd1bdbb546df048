// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tab of one device dump. It loads and verifies off the GUI thread (QtConcurrent)
// with a progress bar and a working Cancel, then shows the workbench; a refusal or an
// error is shown in place and announced so the window can put it in a dialog.

#include "dump/DumpInputs.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace seedscope::ui {

class DumpWorkbench;

struct DumpLoadOutcome {
    SessionPtr session;
    QList<session::StructureNode> structure; // the dump's layout, listed on the worker
    Error error;
};

class DumpTab : public QWidget {
    Q_OBJECT
public:
    enum class State { Loading, Ready, Failed, Cancelled };

    explicit DumpTab(DumpInputs inputs, QWidget *parent = nullptr);
    ~DumpTab() override;

    State state() const { return m_state; }
    const DumpInputs &inputs() const { return m_inputs; }
    DumpWorkbench *workbench() const { return m_workbench; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString errorText() const { return m_error.message; }
    ErrorCode errorCode() const { return m_error.code; }

    void start();
    void cancel();

Q_SIGNALS:
    void loaded();
    void failed(const QString &message, bool notADump);

private:
    void onFinished();
    void onProgress(const QString &stage, qint64 done, qint64 total);

    DumpInputs m_inputs;
    State m_state = State::Loading;
    StopToken m_stop;
    std::shared_ptr<std::atomic_int> m_shownPercent; // progress the window has been told (throttle)
    QFutureWatcher<DumpLoadOutcome> m_watcher;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    DumpWorkbench *m_workbench = nullptr;
    Error m_error;
};

} // namespace seedscope::ui
