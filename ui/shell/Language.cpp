// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Language.h"

#include "Catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace seedscope::ui {
namespace {
const QString kKey = QStringLiteral("ui/language");
QString g_current = QStringLiteral("en");

// Qt's standard buttons (OK, Cancel, Close...) take their text from Qt's own catalogue
// (qtbase_<lang>.qm), which has no Swahili. Listing them here puts them in our .ts files,
// and our translator, installed last, is asked first.
[[maybe_unused]] const char *const kQtButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
};

// Both translators live for the whole process; installLanguage() reloads them.
QTranslator &appTranslator()
{
    static QTranslator t;
    return t;
}
QTranslator &qtTranslator()
{
    static QTranslator t;
    return t;
}
} // namespace

QStringList availableLanguages()
{
    return i18n::availableLanguages();
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("sw"))
        return QStringLiteral("Kiswahili"); // QLocale may lack the native name
    const QString n = QLocale(code).nativeLanguageName();
    return n.isEmpty() ? code : n.left(1).toUpper() + n.mid(1);
}

QString savedLanguage()
{
    return QSettings().value(kKey).toString();
}

void saveLanguage(const QString &code)
{
    QSettings s;
    if (code.isEmpty())
        s.remove(kKey);
    else
        s.setValue(kKey, code);
}

QString resolveLanguage(const QString &choice)
{
    const QStringList available = availableLanguages();
    if (!choice.isEmpty())
        return available.contains(choice) ? choice : QStringLiteral("en");
    return i18n::languageForLocale(QLocale::system());
}

QString installLanguage(const QString &code)
{
    const QString lang = availableLanguages().contains(code) ? code : QStringLiteral("en");
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    if (lang != QLatin1String("en")) {
        // Qt's own strings (standard buttons, file dialogs) come from Qt's catalogue.
        if (qtTranslator().load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator());
        if (i18n::loadCatalogue(appTranslator(), lang))
            QCoreApplication::installTranslator(&appTranslator());
    }
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QLocale::system().name() : lang));
    g_current = lang;
    return lang;
}

QString currentLanguage()
{
    return g_current;
}

} // namespace seedscope::ui
