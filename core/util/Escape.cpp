// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Escape.h"

namespace seedscope {

namespace {

QString hex2(uint v)
{
    return QStringLiteral("\\x%1").arg(v, 2, 16, QLatin1Char('0'));
}
QString braced(uint v)
{
    return QStringLiteral("\\u{%1}").arg(v, 4, 16, QLatin1Char('0'));
}

bool isBidiOrSeparator(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

// Appends code point c (already decoded) in its terminal-safe form.
void appendSafe(QString &out, char32_t c)
{
    switch (c) {
    case U'\n':
        out += QStringLiteral("\\n");
        return;
    case U'\r':
        out += QStringLiteral("\\r");
        return;
    case U'\t':
        out += QStringLiteral("\\t");
        return;
    case U'\\':
        out += QStringLiteral("\\\\");
        return;
    default:
        break;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
        out += hex2(uint(c));
    else if (isBidiOrSeparator(c) || (c >= 0xD800 && c <= 0xDFFF))
        out += braced(uint(c));
    else
        out += QString::fromUcs4(&c, 1);
}

} // namespace

QString terminalSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool plain = u >= 0x20 && u != 0x7F && u != u'\\' && !(u >= 0x80 && u <= 0x9F) && !isBidiOrSeparator(u)
            && !c.isSurrogate();
        if (plain)
            out += c;
        else
            appendSafe(out, u);
    }
    return out;
}

QString terminalSafe(QByteArrayView b)
{
    QString out;
    const qsizetype n = b.size();
    const auto byte = [&](qsizetype i) { return uint8_t(b[i]); };
    for (qsizetype i = 0; i < n;) {
        const uint8_t c0 = byte(i);
        int len = c0 < 0x80 ? 1 : (c0 >> 5) == 0x6 ? 2 : (c0 >> 4) == 0xE ? 3 : (c0 >> 3) == 0x1E ? 4 : 0;
        char32_t cp = len == 1 ? c0 : len == 2 ? (c0 & 0x1F) : len == 3 ? (c0 & 0x0F) : (c0 & 0x07);
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            const uint8_t ck = byte(i + k);
            ok = (ck & 0xC0) == 0x80;
            cp = (cp << 6) | (ck & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid UTF-8.
        if (ok
            && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
                || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (!ok) {
            out += hex2(c0);
            ++i;
            continue;
        }
        appendSafe(out, cp);
        i += len;
    }
    return out;
}

QString htmlEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    const QString safe = terminalSafe(s);
    for (const QChar c : safe) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString csvField(const QString &s)
{
    QString v = terminalSafe(s);
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'))
        v.prepend(QLatin1Char('\''));
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')))
        return v;
    return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace seedscope
