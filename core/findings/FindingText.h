// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A finding's words as core composes them: an English template marked for translation and
// the values that fill its %1..%n. Core renders it in English (JSON, the CLI, golden
// files never change language); the GUI and the reports render it again in the interface
// language. Values (numbers, ids, offsets, file names, the format's upper-case names) are
// never translated. A phrase that fills a placeholder is itself a FindingText.
//
// Compose with ftr(), marking the template so that lupdate finds it (context "Finding"):
//
//     f.setText(FindingField::Explanation,
//               ftr(QT_TRANSLATE_NOOP("Finding", "Checkpoint %1 is older than %2."), seq, other));
//
// A plain QString converts implicitly and stays as it is in every language.

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <concepts>
#include <vector>

namespace seedscope {

inline constexpr char kFindingTextContext[] = "Finding";

struct FindingText {
    QString source;                // English template; empty: `value` is shown as it is
    QString value;                 // a literal (when source is empty)
    std::vector<FindingText> args; // fill %1, %2, ... in order

    FindingText() = default;
    FindingText(const QString &literal) : value(literal) {} // NOLINT: implicit on purpose
    FindingText(QString &&literal) : value(std::move(literal)) {} // NOLINT
    FindingText(QLatin1StringView literal) : value(literal) {}     // NOLINT

    bool isEmpty() const { return source.isEmpty() && value.isEmpty(); }
    bool translatable() const { return !source.isEmpty(); }
    QString english() const;
    // In the language of the installed translators (QCoreApplication::translate, context
    // "Finding"); English where no catalogue has the template.
    QString translated() const;

    // For storage (case files): {"t": template, "v": value, "a": [args]}. fromJson refuses
    // nesting deeper than a few levels and more args than placeholders can use.
    QJsonObject toJson() const;
    static FindingText fromJson(const QJsonObject &o);

    bool operator==(const FindingText &) const = default;
};

namespace detail {
inline FindingText findingArg(const FindingText &t) { return t; }
inline FindingText findingArg(const QString &s) { return FindingText(s); }
inline FindingText findingArg(QLatin1StringView s) { return FindingText(QString(s)); }
inline FindingText findingArg(const char *s) { return FindingText(QString::fromUtf8(s)); } // a name, not a phrase
template <std::integral T>
FindingText findingArg(T v)
{
    return FindingText(QString::number(v));
}
} // namespace detail

// A translatable template (mark it with QT_TRANSLATE_NOOP("Finding", ...)) and its values.
// Numbers are rendered as QString::number does; format anything else (hex, padding) first.
template <typename... Args>
FindingText ftr(const char *source, const Args &...args)
{
    FindingText t;
    t.source = QString::fromUtf8(source);
    t.args = {detail::findingArg(args)...};
    return t;
}

// Replaces %1..%99 in one pass (unlike chained QString::arg, a value that itself contains
// "%2" is not substituted again). Placeholders without a value stay as they are.
QString substitutePlaceholders(const QString &pattern, const std::vector<QString> &values);

} // namespace seedscope
