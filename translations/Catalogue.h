// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The translation catalogues embedded in every Seedscope program as
// :/i18n/seedscope_<code>.qm (compiled from translations/seedscope_<code>.ts at build
// time, translations/Translations.cmake). Qt Core only: seedscope-cli uses them for its
// help, the GUI for everything it shows.

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace seedscope::i18n {

// "en" (the source text, no catalogue) first, then every embedded catalogue's code.
QStringList availableLanguages();
// The first of the locale's interface languages (LANGUAGE, then LC_ALL / LC_MESSAGES /
// LANG as Qt reads them on Unix) that has a catalogue; "en" when none has.
QString languageForLocale(const QLocale &locale);
// Loads code's catalogue into translator. False for "en" and for a code without one.
bool loadCatalogue(QTranslator &translator, const QString &code);

} // namespace seedscope::i18n
