// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Hex.h"

namespace seedscope {

std::optional<QByteArray> fromHexStrict(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        const bool digit = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!digit)
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString formatOffset(qint64 offset)
{
    const int width = offset > 0xffffffffLL ? 16 : 8;
    return QStringLiteral("0x%1").arg(offset, width, 16, QLatin1Char('0'));
}

} // namespace seedscope
