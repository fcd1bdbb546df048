// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface language's word for a short English name core gives a state ("tampering",
// "reliable", "decrypted", "unknown_key"...). Core and its JSON keep the English names;
// only what the GUI shows is translated. Upper-case codes from the formats (ISSUE, VALID,
// finding codes) are not terms and stay as they are. Unknown names come back unchanged.

#include <QString>

namespace seedscope::ui {

QString coreTerm(const QString &name);
inline QString coreTerm(const char *name)
{
    return coreTerm(QString::fromLatin1(name));
}

} // namespace seedscope::ui
