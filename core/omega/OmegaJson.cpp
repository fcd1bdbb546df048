// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaJson.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace seedscope::omega {

const char *jsonErrorName(JsonError e)
{
    switch (e) {
    case JsonError::None: return "none";
    case JsonError::Truncated: return "truncated";
    case JsonError::Syntax: return "syntax";
    case JsonError::InvalidUtf8: return "invalid_utf8";
    case JsonError::Bom: return "bom";
    case JsonError::TrailingData: return "trailing_data";
    case JsonError::TooDeep: return "too_deep";
    case JsonError::TooLarge: return "too_large";
    case JsonError::TooManyNodes: return "too_many_nodes";
    }
    return "unknown";
}

int JsonDocument::member(int object, QStringView key) const
{
    if (object < 0 || node(object).type != JsonType::Object)
        return -1;
    int found = -1;
    for (int c = node(object).firstChild; c >= 0; c = node(c).nextSibling)
        if (node(c).key == key)
            found = c;
    return found;
}

int JsonDocument::child(int container, int index) const
{
    if (container < 0)
        return -1;
    int i = 0;
    for (int c = node(container).firstChild; c >= 0; c = node(c).nextSibling, ++i)
        if (i == index)
            return c;
    return -1;
}

static bool isPlainKey(const QString &k);
static bool isPlainKeyPublic(const QString &k) { return isPlainKey(k); }
static bool isPlainKey(const QString &k)
{
    if (k.isEmpty() || k.front().isDigit())
        return false;
    for (QChar c : k)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    return true;
}

QString JsonDocument::path(int n) const
{
    QStringList parts;
    // Bounded by kMaxJsonDepth: parents always have smaller indices.
    for (int i = n; i > 0; i = node(i).parent) {
        const JsonNode &x = node(i);
        if (x.parent >= 0 && node(x.parent).type == JsonType::Object) {
            if (isPlainKey(x.key))
                parts.prepend(QLatin1Char('.') + x.key);
            else
                parts.prepend(QStringLiteral("[\"%1\"]").arg(x.key));
        } else {
            parts.prepend(QStringLiteral("[%1]").arg(x.index));
        }
    }
    return QLatin1Char('$') + parts.join(QString());
}

QString numberText(const JsonNode &n)
{
    switch (n.numberKind) {
    case NumberKind::NaN: return QStringLiteral("NaN");
    case NumberKind::PosInfinity: return QStringLiteral("Infinity");
    case NumberKind::NegInfinity: return QStringLiteral("-Infinity");
    case NumberKind::Int:
        if (std::fabs(n.number) < 9.0e15)
            return QString::number(qint64(n.number));
        return QString::number(n.number, 'g', 17);
    case NumberKind::Float: return QString::number(n.number, 'g', 17);
    }
    return {};
}

// Returns the offset of the first byte that is not valid UTF-8, or -1. A sequence cut
// by the end of input counts as invalid at its first byte (Python fails on it too).
static qint64 firstInvalidUtf8(QByteArrayView in)
{
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const qint64 n = in.size();
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else return i;
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += len;
    }
    return -1;
}

class JsonParser {
public:
    explicit JsonParser(QByteArrayView in) : m_in(in), m_n(in.size()) {}

    JsonDocument run()
    {
        if (m_n > kMaxJsonBytes)
            return fail(JsonError::TooLarge, 0, QStringLiteral("input is %1 bytes, above the %2-byte cap").arg(m_n).arg(kMaxJsonBytes));
        if (m_n >= 3 && uchar(m_in[0]) == 0xEF && uchar(m_in[1]) == 0xBB && uchar(m_in[2]) == 0xBF)
            return fail(JsonError::Bom, 0, QStringLiteral("byte-order mark before the JSON value"));
        if (const qint64 bad = firstInvalidUtf8(m_in); bad >= 0)
            return fail(JsonError::InvalidUtf8, bad, QStringLiteral("byte 0x%1 is not valid UTF-8").arg(uchar(m_in[bad]), 2, 16, QLatin1Char('0')));
        parseDocument();
        return std::move(m_doc);
    }

private:
    enum class State { Value, FirstKeyOrEnd, Key, Colon, CommaOrEnd, FirstValueOrEnd };

    JsonDocument fail(JsonError e, qint64 at, const QString &msg)
    {
        setError(e, at, msg);
        return std::move(m_doc);
    }
    void setError(JsonError e, qint64 at, const QString &msg)
    {
        m_doc.m_error = e;
        m_doc.m_errorOffset = at;
        m_doc.m_errorMessage = msg;
        m_doc.m_errorNode = m_open.empty() ? (m_doc.m_nodes.empty() ? -1 : int(m_doc.m_nodes.size()) - 1) : m_open.back();
        const int open = m_doc.m_errorNode;
        m_doc.m_errorPath = open >= 0 ? m_doc.path(open) : QStringLiteral("$");
        if (m_keyActive && !m_open.empty() && open == m_open.back())
            m_doc.m_errorPath += isPlainKeyPublic(m_pendingKey) ? QLatin1Char('.') + m_pendingKey
                                                               : QStringLiteral("[\"%1\"]").arg(m_pendingKey);
        // Every still-open container spans up to the break.
        for (int c : m_open)
            m_doc.m_nodes[size_t(c)].length = at - m_doc.m_nodes[size_t(c)].offset;
    }
    bool eof() const { return m_pos >= m_n; }
    char cur() const { return m_in[m_pos]; }
    void skipWs()
    {
        while (m_pos < m_n && (cur() == ' ' || cur() == '\t' || cur() == '\n' || cur() == '\r'))
            ++m_pos;
    }
    // Error helper: running out of input is a truncation, anything else a syntax error.
    void unexpected(const char *what)
    {
        if (eof())
            setError(JsonError::Truncated, m_n, QStringLiteral("input ends where %1 was expected").arg(QLatin1StringView(what)));
        else
            setError(JsonError::Syntax, m_pos, QStringLiteral("unexpected byte 0x%1 where %2 was expected")
                                                   .arg(uchar(cur()), 2, 16, QLatin1Char('0')).arg(QLatin1StringView(what)));
    }

    int addNode(JsonType type, qint64 offset)
    {
        if (int(m_doc.m_nodes.size()) >= kMaxJsonNodes) {
            setError(JsonError::TooManyNodes, offset, QStringLiteral("more than %1 values").arg(kMaxJsonNodes));
            return -1;
        }
        JsonNode n;
        n.type = type;
        n.offset = offset;
        const int id = int(m_doc.m_nodes.size());
        m_keyActive = false;
        if (!m_open.empty()) {
            const int p = m_open.back();
            JsonNode &parent = m_doc.m_nodes[size_t(p)];
            n.parent = p;
            n.index = parent.childCount;
            n.key = m_pendingKey;
            if (parent.lastChild >= 0)
                m_doc.m_nodes[size_t(parent.lastChild)].nextSibling = id;
            else
                parent.firstChild = id;
            parent.lastChild = id;
            ++parent.childCount;
        }
        m_doc.m_nodes.push_back(std::move(n));
        return id;
    }

    // After a value completes: what the enclosing container expects next.
    State afterValue() { return m_open.empty() ? State::Value : State::CommaOrEnd; }

    bool matchLiteral(const char *lit)
    {
        for (const char *p = lit; *p; ++p, ++m_pos) {
            if (eof()) {
                unexpected(lit);
                return false;
            }
            if (cur() != *p) {
                unexpected(lit);
                return false;
            }
        }
        return true;
    }

    bool parseNumber(JsonNode &n)
    {
        const qint64 start = m_pos;
        if (cur() == '-')
            ++m_pos;
        if (eof()) { unexpected("a digit"); return false; }
        if (cur() == 'I') { // -Infinity
            if (!matchLiteral("Infinity"))
                return false;
            n.numberKind = NumberKind::NegInfinity;
            n.number = -std::numeric_limits<double>::infinity();
            return true;
        }
        auto digits = [this] { const qint64 s = m_pos; while (!eof() && cur() >= '0' && cur() <= '9') ++m_pos; return m_pos - s; };
        if (cur() == '0') ++m_pos;
        else if (digits() == 0) { unexpected("a digit"); return false; }
        bool isInt = true;
        bool negExp = false;
        if (!eof() && cur() == '.') {
            ++m_pos;
            isInt = false;
            if (digits() == 0) { unexpected("a digit after '.'"); return false; }
        }
        if (!eof() && (cur() == 'e' || cur() == 'E')) {
            ++m_pos;
            isInt = false;
            if (!eof() && (cur() == '+' || cur() == '-')) { negExp = cur() == '-'; ++m_pos; }
            if (digits() == 0) { unexpected("an exponent digit"); return false; }
        }
        if (m_pos - start > kMaxNumberChars) {
            setError(JsonError::TooLarge, start, QStringLiteral("number literal longer than %1 characters").arg(kMaxNumberChars));
            return false;
        }
        const char *b = m_in.data() + start;
        double v = 0;
        const auto r = std::from_chars(b, m_in.data() + m_pos, v);
        if (r.ec == std::errc::result_out_of_range) {
            // Python's float() gives +-inf on overflow and 0 on underflow; do the same.
            const bool neg = *b == '-';
            const char *m = neg ? b + 1 : b;
            const bool underflow = negExp || (*m == '0');
            v = underflow ? (neg ? -0.0 : 0.0) : (neg ? -1.0 : 1.0) * std::numeric_limits<double>::infinity();
        }
        n.number = v;
        n.numberKind = isInt ? NumberKind::Int
                             : (std::isinf(v) ? (v > 0 ? NumberKind::PosInfinity : NumberKind::NegInfinity) : NumberKind::Float);
        if (isInt && std::isinf(v))
            n.numberKind = v > 0 ? NumberKind::PosInfinity : NumberKind::NegInfinity;
        return true;
    }

    int hex4(qint64 at) const
    {
        if (at + 4 > m_n)
            return -2; // truncated
        int v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_in[at + k];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else return -1;
        }
        return v;
    }

    // m_pos is at the opening quote. Appends the decoded text to out.
    bool parseString(QString &out, int noteNode)
    {
        const qint64 open = m_pos++;
        qint64 runStart = m_pos;
        auto flush = [&] { if (m_pos > runStart) out += QString::fromUtf8(m_in.data() + runStart, m_pos - runStart); };
        while (true) {
            if (eof()) {
                setError(JsonError::Truncated, m_n, QStringLiteral("input ends inside the string that starts at byte %1").arg(open));
                return false;
            }
            const uchar c = uchar(cur());
            if (c == '"') {
                flush();
                ++m_pos;
                return true;
            }
            if (c < 0x20) {
                setError(JsonError::Syntax, m_pos, QStringLiteral("raw control character 0x%1 inside a string").arg(c, 2, 16, QLatin1Char('0')));
                return false;
            }
            if (c >= 0x80 && m_nonAsciiNoted < 1) {
                ++m_nonAsciiNoted;
                m_doc.m_notes.append({JsonNote::NonAsciiByte, m_pos, noteNode});
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            const qint64 esc = m_pos++;
            if (eof()) { setError(JsonError::Truncated, m_n, QStringLiteral("input ends inside an escape")); return false; }
            const char e = cur();
            ++m_pos;
            switch (e) {
            case '"': out += QLatin1Char('"'); break;
            case '\\': out += QLatin1Char('\\'); break;
            case '/': out += QLatin1Char('/'); break;
            case 'b': out += QLatin1Char('\b'); break;
            case 'f': out += QLatin1Char('\f'); break;
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'u': {
                const int u = hex4(m_pos);
                if (u < 0) {
                    if (u == -2 && firstNonHex(m_pos) < 0) setError(JsonError::Truncated, m_n, QStringLiteral("input ends inside a \\u escape"));
                    else setError(JsonError::Syntax, esc, QStringLiteral("invalid \\u escape"));
                    return false;
                }
                m_pos += 4;
                // Python pairs a high surrogate with an immediately following \uDC00-\uDFFF
                // escape and keeps anything else as a lone surrogate.
                if (u >= 0xD800 && u <= 0xDBFF && m_pos + 1 < m_n && m_in[m_pos] == '\\' && m_in[m_pos + 1] == 'u') {
                    const int lo = hex4(m_pos + 2);
                    if (lo < 0) {
                        if (lo == -2 && firstNonHex(m_pos + 2) < 0) setError(JsonError::Truncated, m_n, QStringLiteral("input ends inside a \\u escape"));
                        else setError(JsonError::Syntax, m_pos, QStringLiteral("invalid \\u escape"));
                        return false;
                    }
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        out += QChar(char16_t(u));
                        out += QChar(char16_t(lo));
                        m_pos += 6;
                        break;
                    }
                }
                if (u >= 0xD800 && u <= 0xDFFF)
                    m_doc.m_notes.append({JsonNote::LoneSurrogate, esc, noteNode});
                out += QChar(char16_t(u));
                break;
            }
            default:
                setError(JsonError::Syntax, esc, QStringLiteral("invalid escape \\%1").arg(QLatin1Char(e)));
                return false;
            }
            runStart = m_pos;
        }
    }
    qint64 firstNonHex(qint64 at) const
    {
        for (qint64 i = at; i < m_n && i < at + 4; ++i) {
            const char c = m_in[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return i;
        }
        return -1;
    }

    void closeContainer()
    {
        const int c = m_open.back();
        m_open.pop_back();
        JsonNode &n = m_doc.m_nodes[size_t(c)];
        n.complete = true;
        n.length = m_pos - n.offset;
    }

    // Starts the value at m_pos. Returns false on error.
    bool startValue(State &state)
    {
        skipWs();
        if (eof()) { unexpected("a value"); return false; }
        const qint64 at = m_pos;
        const char c = cur();
        if (c == '{' || c == '[') {
            if (int(m_open.size()) >= kMaxJsonDepth) {
                setError(JsonError::TooDeep, at, QStringLiteral("nesting deeper than %1 levels").arg(kMaxJsonDepth));
                return false;
            }
            const int id = addNode(c == '{' ? JsonType::Object : JsonType::Array, at);
            if (id < 0) return false;
            m_open.push_back(id);
            ++m_pos;
            state = c == '{' ? State::FirstKeyOrEnd : State::FirstValueOrEnd;
            return true;
        }
        JsonType t = JsonType::Null;
        if (c == '"') t = JsonType::String;
        else if (c == 't' || c == 'f') t = JsonType::Bool;
        else if (c == 'n') t = JsonType::Null;
        else if (c == 'N' || c == 'I' || c == '-' || (c >= '0' && c <= '9')) t = JsonType::Number;
        else { unexpected("a value"); return false; }
        const int id = addNode(t, at);
        if (id < 0) return false;
        bool ok = true;
        switch (t) {
        case JsonType::String: {
            QString s;
            ok = parseString(s, id);
            m_doc.m_nodes[size_t(id)].text = std::move(s);
            break;
        }
        case JsonType::Bool:
            ok = matchLiteral(c == 't' ? "true" : "false");
            m_doc.m_nodes[size_t(id)].boolean = c == 't';
            break;
        case JsonType::Null: ok = matchLiteral("null"); break;
        default: {
            JsonNode &n = m_doc.m_nodes[size_t(id)];
            if (c == 'N') {
                ok = matchLiteral("NaN");
                n.numberKind = NumberKind::NaN;
                n.number = std::numeric_limits<double>::quiet_NaN();
            } else if (c == 'I') {
                ok = matchLiteral("Infinity");
                n.numberKind = NumberKind::PosInfinity;
                n.number = std::numeric_limits<double>::infinity();
            } else {
                ok = parseNumber(n);
            }
        }
        }
        JsonNode &n = m_doc.m_nodes[size_t(id)];
        n.length = m_pos - at;
        if (!ok) {
            m_doc.m_errorNode = id;
            m_doc.m_errorPath = m_doc.path(id);
            return false;
        }
        n.complete = true;
        state = afterValue();
        return true;
    }

    void parseDocument()
    {
        State state = State::Value;
        bool started = false;
        while (true) {
            if (state == State::Value) {
                if (started && m_open.empty())
                    break; // the top-level value is done
                started = true;
                if (!startValue(state))
                    return;
                if (m_open.empty() && state == State::Value)
                    break;
                continue;
            }
            skipWs();
            if (eof()) {
                unexpected(state == State::Colon ? "':'" : (state == State::CommaOrEnd ? "',' or a closing bracket" : "a member name or value"));
                return;
            }
            const JsonNode &container = m_doc.m_nodes[size_t(m_open.back())];
            const bool inObject = container.type == JsonType::Object;
            const char c = cur();
            switch (state) {
            case State::FirstKeyOrEnd:
            case State::Key:
                if (state == State::FirstKeyOrEnd && c == '}') { ++m_pos; closeContainer(); state = afterValue(); break; }
                if (c != '"') { unexpected("a member name in double quotes"); return; }
                m_keyOffset = m_pos;
                m_pendingKey.clear();
                if (!parseString(m_pendingKey, -1))
                    return;
                m_keyActive = true;
                state = State::Colon;
                break;
            case State::Colon:
                if (c != ':') { unexpected("':'"); return; }
                ++m_pos;
                for (int s = container.firstChild; s >= 0; s = m_doc.m_nodes[size_t(s)].nextSibling)
                    if (m_doc.m_nodes[size_t(s)].key == m_pendingKey) {
                        m_doc.m_notes.append({JsonNote::DuplicateKey, m_keyOffset, s});
                        break;
                    }
                if (!startValue(state)) return;
                break;
            case State::FirstValueOrEnd:
                if (c == ']') { ++m_pos; closeContainer(); state = afterValue(); break; }
                m_pendingKey.clear();
                if (!startValue(state)) return;
                break;
            case State::CommaOrEnd:
                if (c == ',') {
                    ++m_pos;
                    if (inObject) {
                        state = State::Key;
                    } else {
                        m_pendingKey.clear();
                        if (!startValue(state)) return;
                    }
                } else if (c == (inObject ? '}' : ']')) {
                    ++m_pos;
                    closeContainer();
                    state = afterValue();
                } else {
                    unexpected(inObject ? "',' or '}'" : "',' or ']'");
                    return;
                }
                break;
            case State::Value: break;
            }
            if (m_open.empty())
                break;
        }
        skipWs();
        if (!eof())
            setError(JsonError::TrailingData, m_pos, QStringLiteral("extra data after the JSON value"));
    }

    QByteArrayView m_in;
    qint64 m_n = 0;
    qint64 m_pos = 0;
    JsonDocument m_doc;
    std::vector<int> m_open;
    QString m_pendingKey;
    qint64 m_keyOffset = 0;
    int m_nonAsciiNoted = 0;
    bool m_keyActive = false; // a member name was read and its value is not yet started
};

JsonDocument parseJson(QByteArrayView input)
{
    return JsonParser(input).run();
}

} // namespace seedscope::omega
