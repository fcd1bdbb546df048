// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A step chart of per-subject values over Lamport time (trust scores per account, pool
// balances per group) from core's TimelineSeries, with optional horizontal thresholds
// (the trust bands) and vertical transition marks (group cycles). The series are core's
// (EvidenceSession::trustSeries / poolSeries / cycleTransitions). Hovering reads out a
// point; clicking one asks to select its entry; selectEntry() marks the selected one.

#include "dump/DumpInputs.h"
#include "ledger/TimelineSeries.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QCPItemStraightLine;

namespace seedscope::ui {

class LedgerChart : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Trust, Pools };
    LedgerChart(Kind kind, SessionPtr session, QWidget *parent = nullptr);

    QCustomPlot *plot() const;
    int graphCount() const;
    // Marks the entry at this canonical index and Lamport time (a vertical line).
    void markEntry(int canonicalIndex, uint64_t lamport);
    double markedLamport() const { return m_markedLamport; }

Q_SIGNALS:
    void entryClicked(int canonicalIndex);

protected:
    void changeEvent(QEvent *e) override;
    void showEvent(QShowEvent *e) override;

private:
    void ensureBuilt();
    void onMove(QMouseEvent *e);
    void onClick(QMouseEvent *e);
    // Nearest plotted point within a few pixels: (graph, point index), or (-1, -1).
    QPair<int, int> nearest(const QPoint &pos) const;

    Kind m_kind;
    SessionPtr m_session;
    QList<QByteArray> m_ids; // subject per graph
    QCustomPlot *m_plot = nullptr;
    QLabel *m_readout = nullptr;
    QCPItemStraightLine *m_mark = nullptr;
    QList<QList<ledger::SeriesPoint>> m_points; // per graph; canonicalIndex -1 = start value, -2 = found on click
    QStringList m_names;
    double m_markedLamport = -1;
    bool m_built = false;
};

} // namespace seedscope::ui
