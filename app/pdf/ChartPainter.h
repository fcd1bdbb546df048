// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a report chart (the model's "bars" or "line" object) with QPainter, for the PDF:
// Qt's rich-text engine does not draw SVG, so the PDF gets raster images of the same data.

#include <QImage>
#include <QJsonObject>

namespace seedscope::reportpdf {

QImage paintChart(const QJsonObject &chart);

} // namespace seedscope::reportpdf
