// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFormats.h"

#include "report/CaseReport.h"
#include "report/ReportCsv.h"
#include "report/ReportHtml.h"

namespace seedscope::report {

Result<QByteArray> writeReport(const QJsonObject &model, const QString &format, const QString &generatedAtUtc)
{
    if (format == QLatin1String("json"))
        return writeJson(model);
    if (format == QLatin1String("csv"))
        return writeCsv(model);
    if (format == QLatin1String("html"))
        return writeHtml(model, generatedAtUtc);
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown report format %1").arg(format));
}

} // namespace seedscope::report
