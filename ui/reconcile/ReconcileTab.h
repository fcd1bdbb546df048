// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Several dumps of one network side by side, aligned on the merged ledger core's
// Reconciler builds: one row per device (how its view compares, and the first entry
// where it departs from the merged ledger) and one row per conflicting transaction with
// each device's copy in its own column. Runs off the GUI thread.

#include "reconcile/Reconciler.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace seedscope::ui {

struct ReconcileOutcome {
    std::optional<reconcile::ReconcileReport> report;
    Error error;
};

class ReconcileTab : public QWidget {
    Q_OBJECT
public:
    explicit ReconcileTab(reconcile::ReconcileOptions options, QWidget *parent = nullptr);
    void start();
    bool isDone() const { return m_done; }
    QTableWidget *devices() const { return m_devices; }
    QTableWidget *conflicts() const { return m_conflicts; }
    QLabel *summary() const { return m_summary; }

private:
    void show(const reconcile::ReconcileReport &r);

    reconcile::ReconcileOptions m_options;
    QFutureWatcher<ReconcileOutcome> m_watcher;
    QLabel *m_summary = nullptr;
    QTableWidget *m_devices = nullptr;
    QTableWidget *m_conflicts = nullptr;
    bool m_done = false;
};

} // namespace seedscope::ui
