// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV of a case report: one row per finding, then one per bookmark, note and tag (its
// target in "subject", the target's name in "location") (RFC 4180,
// every field quoted). A field that a spreadsheet would run as a formula (starting with
// = + - @, tab or carriage return) gets a leading apostrophe.

#include <QByteArray>
#include <QJsonObject>

namespace seedscope::report {

QByteArray writeCsv(const QJsonObject &report);
QString csvField(const QString &value);

} // namespace seedscope::report
