// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user interface language: English (the source text) or one of the translations
// embedded as resources (:/i18n/seedscope_<code>.qm). The choice is kept in QSettings;
// with no choice, the system locale decides, falling back to English.

#include <QString>
#include <QStringList>

namespace seedscope::ui {

// "en" first, then every embedded translation ("es", "fr", "pt", "sw").
QStringList availableLanguages();
// The language's own name for itself ("Français", "Kiswahili").
QString languageName(const QString &code);
// The saved choice, or "" to follow the system locale.
QString savedLanguage();
void saveLanguage(const QString &code);
// What a saved choice ("" = system) resolves to among the available languages.
QString resolveLanguage(const QString &choice);
// Installs Seedscope's and Qt's own translators for code (replacing the previous ones)
// and sets the default QLocale, so numbers and dates follow. Qt then sends
// QEvent::LanguageChange to every widget. Returns the language in effect.
QString installLanguage(const QString &code);
// The language installed last ("en" before any).
QString currentLanguage();

} // namespace seedscope::ui
