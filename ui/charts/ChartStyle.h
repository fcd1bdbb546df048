// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Makes a QCustomPlot follow the widget palette (light or dark), and the export buttons
// every chart offers (PNG and PDF; SVG needs Qt SVG, which this build does not use).

#include <QString>

class QCustomPlot;
class QWidget;

namespace seedscope::ui {

void applyChartPalette(QCustomPlot *plot);
// Toolbar with Reset view, Export PNG and Export PDF for `plot`.
QWidget *chartToolbar(QCustomPlot *plot, const QString &baseName, QWidget *parent = nullptr);

} // namespace seedscope::ui
