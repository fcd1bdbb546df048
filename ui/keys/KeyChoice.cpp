// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/KeyChoice.h"

#include <QDir>

namespace seedscope::ui {

FoundKeys findKeysBeside(const QString &dir)
{
    const QDir d(dir);
    FoundKeys f;
    for (const QString &n : d.entryList({QStringLiteral("*.key")}, QDir::Files, QDir::Name))
        f.keyFiles.append(d.filePath(n));
    for (const QString &n : d.entryList({QStringLiteral("*trust*.json")}, QDir::Files, QDir::Name))
        f.trustStores.append(d.filePath(n));
    return f;
}

KeyChoice defaultChoice(const QString &dir, const FoundKeys &found)
{
    KeyChoice c;
    if (!found.keyFiles.isEmpty())
        c.keysDir = dir;
    if (!found.trustStores.isEmpty())
        c.trustStorePath = found.trustStores.first();
    return c;
}

} // namespace seedscope::ui
