// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Ω view of an opened checkpoint folder: a summary line, a chart of Ψ and m_t over
// time with every continuity violation marked (and ΔΨ / Δm_t against the ±0.001 bound
// below it), a findings table and a per-file table. Everything shown is computed in core
// (OmegaReport, OmegaSeries); this widget only draws.

#include "omega/OmegaAnalysis.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace seedscope::ui {

class OmegaView : public QWidget {
    Q_OBJECT
public:
    explicit OmegaView(omega::OmegaReport report, QWidget *parent = nullptr);

    const omega::OmegaReport &report() const { return m_report; }
    QCustomPlot *chart() const { return m_chart; }

private:
    QLabel *buildSummary();
    QCustomPlot *buildChart();
    QCustomPlot *buildComponentsChart();
    QTableWidget *buildFindings();
    QTableWidget *buildFiles();

    omega::OmegaReport m_report;
    QCustomPlot *m_chart = nullptr;
};

} // namespace seedscope::ui
