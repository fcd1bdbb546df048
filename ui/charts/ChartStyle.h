// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Makes a QCustomPlot follow the widget palette (light or dark), and the export buttons
// every chart offers (PNG, PDF and SVG).

#include <QString>

class QCustomPlot;
class QLabel;
class QWidget;

namespace seedscope::ui {

void applyChartPalette(QCustomPlot *plot);
// Toolbar with Reset view and Export PNG, PDF and SVG for `plot`. A `readout` label, when
// given, takes the row's free space (the hover readout), so the plot keeps the height.
QWidget *chartToolbar(QCustomPlot *plot, const QString &baseName, QWidget *parent = nullptr, QLabel *readout = nullptr);
// Writes the chart as SVG (vector, editable in a report); `width`/`height` 0 = as shown.
bool saveChartSvg(QCustomPlot *plot, const QString &path, int width = 0, int height = 0);

} // namespace seedscope::ui
