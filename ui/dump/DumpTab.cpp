// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpTab.h"

#include "crypto/ThreadState.h"
#include "dump/DumpWorkbench.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seedscope::ui {
namespace {
// Where each phase (open, verify, replay; see openDumpSession) sits on the one progress
// bar (percent), and how wide it is.
int stageBase(const QString &stage)
{
    const QString phase = stage.section(QLatin1Char('/'), 0, 0);
    return phase == QLatin1String("open") ? 0 : phase == QLatin1String("verify") ? 15 : 80;
}
int stageSpan(const QString &stage)
{
    const QString phase = stage.section(QLatin1Char('/'), 0, 0);
    return phase == QLatin1String("open") ? 15 : phase == QLatin1String("verify") ? 65 : 20;
}
} // namespace

DumpTab::DumpTab(DumpInputs inputs, QWidget *parent) : QWidget(parent), m_inputs(std::move(inputs))
{
    m_stack = new QStackedWidget;
    auto *page = new QWidget;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("loadStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelVerify"));
    m_retry = new QPushButton(tr("Verify again"));
    m_retry->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &DumpTab::cancel);
    connect(m_retry, &QPushButton::clicked, this, &DumpTab::start);
    auto *box = new QVBoxLayout(page);
    box->addStretch();
    box->addWidget(m_status);
    box->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    box->addLayout(buttons);
    box->addStretch(2);
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(page, 2);
    centre->addStretch();
    auto *holder = new QWidget;
    holder->setLayout(centre);
    m_stack->addWidget(holder);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    connect(&m_watcher, &QFutureWatcher<DumpLoadOutcome>::finished, this, &DumpTab::onFinished);
}

DumpTab::~DumpTab()
{
    // The worker holds only its own copies; trip the token so it stops at its next stage.
    // Closing a tab never waits for it.
    m_stop.requestStop();
    m_watcher.disconnect(this);
}

void DumpTab::start()
{
    m_stop = StopToken();
    m_state = State::Loading;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_retry->setVisible(false);
    m_status->setText(tr("Verifying %1 (read-only)…").arg(QFileInfo(m_inputs.path).fileName()));
    QPointer<DumpTab> self(this);
    // Core reports up to ~256 updates per stage; the window only needs one per percent
    // and stage, so the rest never reach the event loop.
    auto shown = std::make_shared<std::atomic_int>(-1);
    m_shownPercent = shown;
    const ProgressSink sink = [self, shown](const ProgressUpdate &u) {
        const int key = int(qHash(u.stage) % 100000) * 1000 + (u.total > 0 ? int(100 * u.done / u.total) : 0);
        if (shown->exchange(key) == key)
            return;
        QMetaObject::invokeMethod(qApp, [self, u] {
            if (self)
                self->onProgress(u.stage, u.done, u.total);
        }, Qt::QueuedConnection);
    };
    const DumpInputs inputs = m_inputs;
    const StopToken token = m_stop;
    m_watcher.setFuture(QtConcurrent::run([inputs, sink, token] {
        DumpLoadOutcome out;
        auto r = openDumpSession(inputs, sink, token);
        if (r) {
            out.session = *r;
            out.structure = out.session->structure();
        }
        else
            out.error = r.error();
        // This pool thread may outlive OpenSSL's exit-time cleanup (crypto/ThreadState.h).
        crypto::releaseThreadState();
        return out;
    }));
}

void DumpTab::cancel()
{
    if (m_state != State::Loading)
        return;
    m_stop.requestStop();
    // The window is free at once; the worker stops at its next stage and its result is
    // dropped. Nothing partial is ever shown.
    m_state = State::Cancelled;
    m_error = makeError(ErrorCode::Cancelled, tr("Cancelled by the examiner."));
    m_status->setText(tr("Verification of %1 was cancelled. Nothing is shown from a partial run.").arg(QFileInfo(m_inputs.path).fileName()));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_retry->setVisible(true);
}

void DumpTab::onProgress(const QString &stage, qint64 done, qint64 total)
{
    if (m_state != State::Loading)
        return;
    // One bar over the session's stages: open and index, verify, re-hash, replay.
    const int base = stageBase(stage), span = stageSpan(stage);
    // A phase runs several core stages, each from 0: the bar only moves forward.
    m_progress->setValue(qMax(m_progress->value(), base + (total > 0 ? int(span * done / total) : 0)));
    static const QHash<QString, QString> words{{QStringLiteral("open"), tr("hashing the evidence")},
                                              {QStringLiteral("hash"), tr("hashing the evidence")},
                                              {QStringLiteral("index"), tr("reading records and keys")},
                                              {QStringLiteral("read"), tr("reading records and keys")},
                                              {QStringLiteral("decrypt"), tr("decrypting records")},
                                              {QStringLiteral("signatures"), tr("checking signatures")},
                                              {QStringLiteral("cross-proof"), tr("checking checkpoints against the journal")},
                                              {QStringLiteral("rehash"), tr("checking the evidence did not change")},
                                              {QStringLiteral("replay"), tr("replaying the ledger")},
                                              {QStringLiteral("verify"), tr("verifying chains, seals and signatures")}};
    const QString inner = stage.section(QLatin1Char('/'), -1);
    m_progress->setFormat(words.value(inner, inner) + QStringLiteral(" %p%"));
}

void DumpTab::onFinished()
{
    if (m_state == State::Cancelled)
        return;
    DumpLoadOutcome out = m_watcher.result();
    if (!out.session && out.error.code == ErrorCode::Malformed)
        out.error.message = tr("This is not a Seed device dump: %1. The file was left untouched.").arg(out.error.message);
    if (!out.session) {
        m_state = out.error.code == ErrorCode::Cancelled ? State::Cancelled : State::Failed;
        m_error = out.error;
        m_status->setText(tr("%1 could not be opened: %2").arg(QFileInfo(m_inputs.path).fileName(), out.error.message));
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_retry->setVisible(true);
        Q_EMIT failed(out.error.message, out.error.code == ErrorCode::Malformed);
        return;
    }
    m_state = State::Ready;
    m_workbench = new DumpWorkbench(out.session, m_inputs, std::move(out.structure));
    m_stack->addWidget(m_workbench);
    m_stack->setCurrentWidget(m_workbench);
    Q_EMIT loaded();
}

} // namespace seedscope::ui
