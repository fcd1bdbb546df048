// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/JsonFields.h"

#include "util/Hex.h"

#include <cmath>

namespace seedscope::ledger {

std::optional<QByteArray> hexField(const QJsonObject &o, const char *name, int size)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    auto bytes = fromHexStrict(s);
    if (!bytes || toHex(*bytes) != s || (size >= 0 && bytes->size() != size))
        return std::nullopt;
    return bytes;
}

std::optional<uint64_t> uintField(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740991.0 || std::floor(d) != d)
        return std::nullopt;
    return uint64_t(d);
}

} // namespace seedscope::ledger
