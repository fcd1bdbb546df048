// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogue.h"

#include <QDir>
#include <QTranslator>

namespace seedscope::i18n {

QStringList availableLanguages()
{
    QStringList out { QStringLiteral("en") };
    const QStringList qms
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("seedscope_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &qm : qms)
        out.append(qm.mid(10, qm.size() - 13)); // seedscope_<code>.qm
    return out;
}

QString languageForLocale(const QLocale &locale)
{
    const QStringList available = availableLanguages();
    for (const QString &ui : locale.uiLanguages()) {
        // "fr-FR", "pt_BR", "sw": the language part decides.
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool loadCatalogue(QTranslator &translator, const QString &code)
{
    if (code == QLatin1String("en") || !availableLanguages().contains(code))
        return false;
    return translator.load(QStringLiteral(":/i18n/seedscope_%1.qm").arg(code));
}

} // namespace seedscope::i18n
