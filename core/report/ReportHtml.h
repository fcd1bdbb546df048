// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A self-contained HTML page of a case report: inline CSS, charts as SVG in data: URIs,
// nothing fetched. Every string from the case or the evidence is HTML-escaped. The only
// value not in the report model is the generation time, passed in (--fixed-time pins it).

#include <QByteArray>
#include <QJsonObject>

namespace seedscope::report {

QByteArray writeHtml(const QJsonObject &report, const QString &generatedAtUtc);

} // namespace seedscope::report
