// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one JSON writer behind every machine-readable output (CLI `--json`, reports).
// QJsonDocument keeps integers it was given as qint64 but the codebase used to convert
// 64-bit counters to double first, which rounds above 2^53; these helpers keep them exact,
// and the writer prints integers digit for digit. Output matches QJsonDocument's layout
// (keys sorted, four-space indent) so existing golden files stay valid, with two
// differences: a caller may name keys to lead an object (the CLI envelope), and strings
// escape every control character, C1 control, bidi override and lone surrogate, so a JSON
// document shown on a terminal cannot drive it.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <type_traits>

namespace seedscope {

// An exact JSON integer. Unsigned values above 2^63-1 cannot be a JSON integer that every
// reader parses exactly; they appear only in damaged evidence or as "none" sentinels and
// are written as decimal strings (docs/cli.md, "Numbers").
QJsonValue jsonInt(qint64 v);
QJsonValue jsonUInt(uint64_t v);
// Either of the above, by the argument's signedness (any integer type).
template <typename T>
requires std::is_integral_v<T> QJsonValue jsonExact(T v)
{
    if constexpr (std::is_same_v<T, bool>)
        return QJsonValue(v);
    else if constexpr (std::is_signed_v<T>)
        return jsonInt(qint64(v));
    else
        return jsonUInt(uint64_t(v));
}

struct JsonWriteOptions {
    bool indented = true;
    QStringList leadingKeys; // at the top level only: these keys first, in this order
};

// Serialises a value; a trailing newline follows when indented.
QByteArray writeJson(const QJsonValue &value, const JsonWriteOptions &options = {});
// Writes `object` exactly as writeJson would, except that the top-level key `streamKey`
// holds an array whose `count` elements come from `element(i)`, generated and handed to
// `sink` as they are written: a replay's million entries are never one document in memory.
// `object` must not contain `streamKey` itself.
void writeJsonStreaming(const QJsonObject &object, const JsonWriteOptions &options, const QString &streamKey, qsizetype count,
                        const std::function<QJsonValue(qsizetype)> &element, const std::function<void(const QByteArray &)> &sink);
// The escaped JSON string literal (with its quotes) for s.
QByteArray jsonString(const QString &s);

} // namespace seedscope
