// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A self-contained HTML page of a case report: inline CSS, charts as SVG in data: URIs,
// nothing fetched. Every string from the case or the evidence is HTML-escaped. The only
// value not in the report model is the generation time, passed in (--fixed-time pins it).

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace seedscope::report {

// Returns the img src for a chart of the model (index counts charts in page order).
// The default is the chart's SVG in a data: URI; the PDF writer supplies its own images.
using ChartSource = std::function<QString(const QJsonObject &chart, int index)>;

QByteArray writeHtml(const QJsonObject &report, const QString &generatedAtUtc, const ChartSource &chartSource = {});

} // namespace seedscope::report
