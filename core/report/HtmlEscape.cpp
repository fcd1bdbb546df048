// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlEscape.h"

namespace seedscope::report {

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QStringLiteral("&amp;"); break;
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '"': out += QStringLiteral("&quot;"); break;
        case '\'': out += QStringLiteral("&#39;"); break;
        default:
            // Control characters other than tab/newline would be invalid in XML (SVG).
            if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

} // namespace seedscope::report
