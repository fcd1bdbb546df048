// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small, self-contained SVG charts drawn from a report's series data (no Qt Gui: core
// writes the markup itself). Deterministic: numbers are printed with fixed precision.

#include <QByteArray>
#include <QJsonObject>

namespace seedscope::report {

// A chart object of the report model ("type" "bars" or "line") as an SVG document.
QByteArray chartSvg(const QJsonObject &chart);

} // namespace seedscope::report
