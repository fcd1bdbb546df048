// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/JsonWriter.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>
#include <QVariant>

#include <cmath>
#include <limits>

namespace seedscope {

QJsonValue jsonInt(qint64 v)
{
    return QJsonValue(v);
}

QJsonValue jsonUInt(uint64_t v)
{
    if (v <= uint64_t(std::numeric_limits<qint64>::max()))
        return QJsonValue(qint64(v));
    return QJsonValue(QString::number(v));
}

namespace {

bool needsEscape(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

void appendU(QByteArray &out, char16_t u)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    out += hex[(u >> 12) & 0xF];
    out += hex[(u >> 8) & 0xF];
    out += hex[(u >> 4) & 0xF];
    out += hex[u & 0xF];
}

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const char16_t *d = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(d[i + 1])) {
            out += QString(reinterpret_cast<const QChar *>(d + i), 2).toUtf8();
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) { // lone: not representable in UTF-8
            appendU(out, c);
            continue;
        }
        switch (c) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (needsEscape(c))
            appendU(out, c);
        else if (c < 0x80)
            out += char(c);
        else
            out += QString(QChar(c)).toUtf8();
    }
    out += '"';
}

void writeNumber(QByteArray &out, const QJsonValue &v)
{
    const QVariant var = v.toVariant();
    if (var.typeId() == QMetaType::LongLong) {
        out += QByteArray::number(v.toInteger());
        return;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        out += "null"; // as QJsonDocument: JSON has no NaN or infinity
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void writeValue(QByteArray &out, const QJsonValue &v, int depth, const JsonWriteOptions &o, const QStringList &lead);

void indent(QByteArray &out, int depth, bool indented)
{
    if (indented)
        out += QByteArray(4 * depth, ' ');
}

// The array written in place of one top-level key by writeJsonStreaming.
struct StreamedArray {
    QString key;
    qsizetype count = 0;
    const std::function<QJsonValue(qsizetype)> *element = nullptr;
    const std::function<void(const QByteArray &)> *sink = nullptr;
};

void writeStreamedArray(QByteArray &out, const StreamedArray &a, int depth, const JsonWriteOptions &o)
{
    constexpr qsizetype kFlushBytes = 1 << 16;
    out += '[';
    if (o.indented)
        out += '\n';
    for (qsizetype i = 0; i < a.count; ++i) {
        indent(out, depth + 1, o.indented);
        writeValue(out, (*a.element)(i), depth + 1, o, {});
        if (i + 1 < a.count)
            out += ',';
        if (o.indented)
            out += '\n';
        if (out.size() >= kFlushBytes) {
            (*a.sink)(out);
            out.clear();
        }
    }
    indent(out, depth, o.indented);
    out += ']';
}

void writeObject(QByteArray &out, const QJsonObject &obj, int depth, const JsonWriteOptions &o, const QStringList &lead,
                 const StreamedArray *streamed = nullptr)
{
    out += '{';
    if (o.indented)
        out += '\n';
    QStringList keys;
    for (const QString &k : lead)
        if (obj.contains(k))
            keys.append(k);
    const qsizetype leading = keys.size();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (!lead.contains(it.key()))
            keys.append(it.key());
    if (streamed) // where QJsonObject's sorted order would put it, after the leading keys
        keys.insert(std::lower_bound(keys.begin() + leading, keys.end(), streamed->key) - keys.begin(), streamed->key);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        indent(out, depth + 1, o.indented);
        writeString(out, keys[i]);
        out += o.indented ? ": " : ":";
        if (streamed && keys[i] == streamed->key)
            writeStreamedArray(out, *streamed, depth + 1, o);
        else
            writeValue(out, obj.value(keys[i]), depth + 1, o, {});
        if (i + 1 < keys.size())
            out += ',';
        if (o.indented)
            out += '\n';
    }
    indent(out, depth, o.indented);
    out += '}';
}

void writeArray(QByteArray &out, const QJsonArray &arr, int depth, const JsonWriteOptions &o)
{
    out += '[';
    if (o.indented)
        out += '\n';
    for (qsizetype i = 0; i < arr.size(); ++i) {
        indent(out, depth + 1, o.indented);
        writeValue(out, arr.at(i), depth + 1, o, {});
        if (i + 1 < arr.size())
            out += ',';
        if (o.indented)
            out += '\n';
    }
    indent(out, depth, o.indented);
    out += ']';
}

void writeValue(QByteArray &out, const QJsonValue &v, int depth, const JsonWriteOptions &o, const QStringList &lead)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, v);
        break;
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Array:
        writeArray(out, v.toArray(), depth, o);
        break;
    case QJsonValue::Object:
        writeObject(out, v.toObject(), depth, o, lead);
        break;
    }
}

} // namespace

QByteArray writeJson(const QJsonValue &value, const JsonWriteOptions &options)
{
    QByteArray out;
    writeValue(out, value, 0, options, options.leadingKeys);
    if (options.indented)
        out += '\n';
    return out;
}

void writeJsonStreaming(const QJsonObject &object, const JsonWriteOptions &options, const QString &streamKey, qsizetype count,
                        const std::function<QJsonValue(qsizetype)> &element, const std::function<void(const QByteArray &)> &sink)
{
    const StreamedArray streamed{streamKey, count, &element, &sink};
    QByteArray out;
    writeObject(out, object, 0, options, options.leadingKeys, &streamed);
    if (options.indented)
        out += '\n';
    sink(out);
}

QByteArray jsonString(const QString &s)
{
    QByteArray out;
    writeString(out, s);
    return out;
}

} // namespace seedscope
