// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tolerant, position-keeping JSON reader for the files Python's json.dump writes.
// QJsonDocument rejects the bare NaN / Infinity / -Infinity tokens the Omega writer
// emits, and it forgets where each value was; findings must name the byte offset and the
// JSON path of the value they are about. So this small parser:
//  - accepts exactly what Python's json.load accepts (including the three non-finite
//    tokens and lone \uXXXX surrogates), and fails where Python fails (BOM, trailing data,
//    raw control characters in strings, invalid UTF-8), so "would the original loader read
//    this file" is answered by the same code;
//  - keeps every value's byte span, parent and key/index, so paths like $.Omega_t_L[2]
//    are rebuilt on demand;
//  - is iterative (no recursion) with a depth cap, a node cap and an input-size cap, and
//    never allocates from a length found in the input: it only appends as it reads.
// On error the values completed so far are kept (a truncated checkpoint still shows its
// I_t_L) and the error says where the input stopped making sense.

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace seedscope::omega {

// Documented caps (docs/format/omega-hardened.md, "Limits").
inline constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024; // a real checkpoint is ~450 bytes
inline constexpr int kMaxJsonDepth = 64;                  // a checkpoint needs 2
inline constexpr int kMaxJsonNodes = 262144; // values per document: bounds memory at ~27 MB (104 bytes each)
inline constexpr int kMaxNumberChars = 4300;              // Python 3.11's int digit limit

enum class JsonType : uint8_t { Null, Bool, Number, String, Array, Object };
enum class NumberKind : uint8_t { Int, Float, NaN, PosInfinity, NegInfinity };

struct JsonNode {
    JsonType type = JsonType::Null;
    NumberKind numberKind = NumberKind::Float;
    bool boolean = false;
    bool complete = false; // false when the input ended (or broke) inside this value
    int parent = -1;
    int firstChild = -1;
    int lastChild = -1;
    int nextSibling = -1;
    int childCount = 0;
    int index = -1;        // position in the parent array / object
    qint64 offset = 0;     // first byte of the value in the input
    qint64 length = 0;     // bytes of the value's text (up to the break when incomplete)
    double number = 0.0;
    QString text;          // string value
    QString key;           // member name when the parent is an object
};

enum class JsonError : uint8_t {
    None,
    Truncated,    // the input ends inside a value (a torn write)
    Syntax,       // a byte that cannot start or continue a value here
    InvalidUtf8,  // Python opens the file as UTF-8 and fails on this
    Bom,          // Python's json.load refuses a leading U+FEFF
    TrailingData, // something after the top-level value ("Extra data")
    TooDeep,      // nesting beyond kMaxJsonDepth
    TooLarge,     // input beyond kMaxJsonBytes
    TooManyNodes, // more than kMaxJsonNodes values
};
const char *jsonErrorName(JsonError e);

// Oddities Python accepts silently but an auditor wants to hear about.
struct JsonNote {
    enum Kind : uint8_t { LoneSurrogate, DuplicateKey, NonAsciiByte } kind;
    qint64 offset = 0;
    int node = -1; // the string value or the duplicated member
};

class JsonDocument {
public:
    int root() const { return m_nodes.empty() ? -1 : 0; }
    const JsonNode &node(int i) const { return m_nodes[size_t(i)]; }
    int nodeCount() const { return int(m_nodes.size()); }
    bool ok() const { return m_error == JsonError::None; }
    JsonError error() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    QString errorMessage() const { return m_errorMessage; }
    // The innermost value that was open when the error occurred (-1 before the root).
    int errorNode() const { return m_errorNode; }
    // JSON path of where the error is: the open value, or the member whose value was due.
    QString errorPath() const { return m_errorPath; }
    const QList<JsonNote> &notes() const { return m_notes; }

    // Member of an object by name: the LAST one, as Python's dict keeps the last duplicate.
    int member(int object, QStringView key) const;
    int child(int container, int index) const;
    // "$", "$.I_t_L", "$.Omega_t_L[2]", "$[\"odd key\"]".
    QString path(int node) const;

private:
    friend class JsonParser;
    std::vector<JsonNode> m_nodes;
    JsonError m_error = JsonError::None;
    qint64 m_errorOffset = 0;
    QString m_errorMessage;
    int m_errorNode = -1;
    QString m_errorPath;
    QList<JsonNote> m_notes;
};

JsonDocument parseJson(QByteArrayView input);

// Python-style spelling of a number node ("NaN", "Infinity", "1", "0.5").
QString numberText(const JsonNode &n);

} // namespace seedscope::omega
