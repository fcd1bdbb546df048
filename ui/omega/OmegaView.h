// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Ω view of an opened checkpoint folder: a summary line, a chart of Ψ and m_t over
// time with every continuity violation marked (and ΔΨ / Δm_t against the ±0.001 bound
// below it), a findings table and a per-file table. Everything shown is computed in core
// (OmegaReport, OmegaSeries); this widget only draws. On the left, the folder's files as
// an evidence tree (each file's status and fields); activating a finding selects the file
// it names, and the field when the finding gives a JSON path.

#include "omega/OmegaAnalysis.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace seedscope::ui {

class OmegaView : public QWidget {
    Q_OBJECT
public:
    explicit OmegaView(omega::OmegaReport report, QWidget *parent = nullptr);

    const omega::OmegaReport &report() const { return m_report; }
    QCustomPlot *chart() const { return m_chart; }
    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *findings() const { return m_findings; }
    // Selects the file (and field) finding `row` of the findings table names; false when
    // it names no file of the folder.
    bool jumpToFinding(int row);

private:
    QLabel *buildSummary();
    QCustomPlot *buildChart();
    QCustomPlot *buildComponentsChart();
    QTableWidget *buildFindings();
    QTableWidget *buildFiles();
    QTreeWidget *buildTree();

    omega::OmegaReport m_report;
    QCustomPlot *m_chart = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTableWidget *m_findings = nullptr;
    QTableWidget *m_files = nullptr;
    QList<QTreeWidgetItem *> m_fileNodes; // per m_report.files
};

} // namespace seedscope::ui
