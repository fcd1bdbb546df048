// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A case report as PDF: core's HTML of the report model, laid out by Qt's rich-text
// engine and printed with QPdfWriter (A4, 15 mm margins); charts as raster images drawn
// from the same series. Needs Qt Gui, which is why it is not in core or seedscope-cli.

#include "util/Result.h"

#include <QJsonObject>

namespace seedscope::reportpdf {

Status writePdf(const QJsonObject &report, const QString &generatedAtUtc, const QString &outPath);

} // namespace seedscope::reportpdf
