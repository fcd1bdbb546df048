// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/PythonJson.h"

#include <charconv>
#include <cmath>

namespace seedscope::omega {

QByteArray pythonFloatRepr(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "Infinity" : "-Infinity";
    if (v == 0.0)
        return std::signbit(v) ? "-0.0" : "0.0";
    // Shortest round-trip digits in scientific form: "d.ddde[+-]x".
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    const QByteArray sci(buf, int(r.ptr - buf));
    const bool neg = sci.startsWith('-');
    const int ePos = int(sci.indexOf('e'));
    QByteArray digits = sci.mid(neg ? 1 : 0, ePos - (neg ? 1 : 0));
    digits.replace(".", "");
    const int exp = sci.mid(ePos + 1).toInt();
    QByteArray out = neg ? "-" : "";
    // CPython's repr switches to exponent notation when the decimal exponent is < -4 or >= 16.
    if (exp < -4 || exp >= 16) {
        out += digits.left(1);
        if (digits.size() > 1)
            out += '.' + digits.mid(1);
        out += 'e';
        out += exp < 0 ? '-' : '+';
        out += QByteArray::number(std::abs(exp)).rightJustified(2, '0');
        return out;
    }
    if (exp >= 0) {
        const int intDigits = exp + 1;
        if (digits.size() <= intDigits)
            return out + digits + QByteArray(intDigits - digits.size(), '0') + ".0";
        return out + digits.left(intDigits) + '.' + digits.mid(intDigits);
    }
    return out + "0." + QByteArray(-exp - 1, '0') + digits;
}

QByteArray pythonJsonString(const QString &s)
{
    QByteArray out = "\"";
    static const char hex[] = "0123456789abcdef";
    for (QChar qc : s) {
        const char16_t c = qc.unicode();
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        default: break;
        }
        if (c >= 0x20 && c < 0x7f) {
            out += char(c);
            continue;
        }
        // UTF-16 units are exactly what ensure_ascii writes, surrogate pairs included.
        out += "\\u";
        out += hex[(c >> 12) & 0xF];
        out += hex[(c >> 8) & 0xF];
        out += hex[(c >> 4) & 0xF];
        out += hex[c & 0xF];
    }
    out += '"';
    return out;
}

QByteArray pythonNumber(const PyNumber &n)
{
    if (n.isInt && std::isfinite(n.value))
        return QByteArray::number(qint64(n.value));
    return pythonFloatRepr(n.value);
}

static void dumpVector(QByteArray &out, const QList<PyNumber> &v)
{
    if (v.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (int i = 0; i < v.size(); ++i) {
        out += "    " + pythonNumber(v[i]);
        out += i + 1 < v.size() ? ",\n" : "\n";
    }
    out += "  ]";
}

QByteArray dumpCheckpoint(const CheckpointRecord &r)
{
    QByteArray out = "{\n  \"I_t_L\": ";
    dumpVector(out, r.iVector);
    out += ",\n  \"Omega_t_L\": ";
    dumpVector(out, r.omegaVector);
    out += ",\n  \"timestamp\": " + pythonNumber(r.timestamp);
    out += ",\n  \"coherence_score\": " + pythonNumber(r.coherenceScore);
    out += ",\n  \"modulator\": " + pythonNumber(r.modulator);
    out += ",\n  \"network_id\": " + pythonJsonString(r.networkId);
    out += "\n}";
    return out;
}

} // namespace seedscope::omega
