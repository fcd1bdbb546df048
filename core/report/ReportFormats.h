// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report formats core writes itself (JSON, CSV, HTML), by name, for the CLI's `report`
// and the GUI's export alike. PDF needs Qt Gui and is written by app/pdf.

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace seedscope::report {

// format: "json", "csv" or "html". Errors: any other name (InvalidArgument).
Result<QByteArray> writeReport(const QJsonObject &model, const QString &format, const QString &generatedAtUtc);

} // namespace seedscope::report
