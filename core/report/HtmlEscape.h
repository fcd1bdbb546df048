// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seedscope::report {

// Escapes & < > " ' so any evidence string is inert text in HTML and SVG, in element
// content and in attribute values alike.
QString htmlEscape(const QString &text);

} // namespace seedscope::report
