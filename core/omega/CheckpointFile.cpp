// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/CheckpointFile.h"

#include "omega/OmegaCodes.h"
#include "omega/PythonJson.h"

#include <algorithm>
#include <cmath>

namespace seedscope::omega {
namespace {

const QString kKeys[] = {QStringLiteral("I_t_L"),          QStringLiteral("Omega_t_L"), QStringLiteral("timestamp"),
                         QStringLiteral("coherence_score"), QStringLiteral("modulator"), QStringLiteral("network_id")};

QString typeName(const JsonNode &n)
{
    switch (n.type) {
    case JsonType::Null: return QStringLiteral("null");
    case JsonType::Bool: return QStringLiteral("boolean");
    case JsonType::Number: return n.numberKind == NumberKind::Int ? QStringLiteral("integer") : QStringLiteral("number");
    case JsonType::String: return QStringLiteral("string");
    case JsonType::Array: return QStringLiteral("list");
    case JsonType::Object: return QStringLiteral("object");
    }
    return {};
}

QString show(double v) { return QString::fromLatin1(pythonFloatRepr(v)); }

class Inspector {
public:
    Inspector(CheckpointFile &f, const JsonDocument &doc, const ValidationContext &ctx, Findings &out)
        : m_f(f), m_doc(doc), m_ctx(ctx), m_out(out) {}

    Finding &add(const char *code, Severity sev, int node, const FindingText &expected, const FindingText &found, const FindingText &explanation)
    {
        Finding f = fileFinding(m_ctx, m_f, code, sev);
        if (node >= 0) {
            f.offset = m_doc.node(node).offset;
            f.length = m_doc.node(node).length;
            f.location = m_doc.path(node);
        }
        f.setText(FindingField::Expected, expected);
        f.setText(FindingField::Found, found);
        f.setText(FindingField::Explanation, explanation);
        m_out.append(std::move(f));
        return m_out.last();
    }

    void run()
    {
        reportParse();
        reportNotes();
        reportNonFinite();
        const int root = m_doc.root();
        if (root < 0 || !m_doc.ok())
            return extractPartial(root);
        if (m_doc.node(root).type != JsonType::Object) {
            add(code::WrongType, Severity::Error, root, QStringLiteral("object"), typeName(m_doc.node(root)),
                ftr(QT_TRANSLATE_NOOP("Finding", "A checkpoint file holds one JSON object; this one holds something else, so the original loader fails on it.")));
            return;
        }
        m_f.rootIsObject = true;
        checkKeys(root);
        checkVectors(root);
        checkScalars(root);
        checkNetworkId(root);
        checkMaths();
        emulateOriginal();
    }

private:
    void reportParse()
    {
        if (m_doc.ok())
            return;
        m_f.parseError = m_doc.error();
        m_f.parseErrorOffset = m_doc.errorOffset();
        Finding f = fileFinding(m_ctx, m_f, code::MalformedJson, Severity::Error);
        f.offset = m_doc.errorOffset();
        f.length = 0;
        f.location = m_doc.errorPath();
        f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "one complete JSON object")));
        f.found = m_doc.errorMessage();
        switch (m_doc.error()) {
        case JsonError::Truncated:
            f.code = QLatin1StringView(code::TruncatedJson);
            f.verdict = Verdict::TornTail;
            f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "file ends after %1 bytes inside %2"), m_f.size, f.location));
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The file stops in the middle of a value: the writer opens the file with truncation and "
                                           "writes in place, so a crash or a value json cannot serialise leaves half a checkpoint and "
                                           "destroys whatever this name held before.")));
            break;
        case JsonError::TooLarge:
        case JsonError::TooDeep:
        case JsonError::TooManyNodes:
            f.code = QLatin1StringView(code::LimitExceeded);
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The file exceeds a documented safety cap of the reader, so it was not read further; "
                                           "no real checkpoint comes near these caps.")));
            break;
        default:
            f.verdict = Verdict::Corruption;
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The bytes are not JSON Python can read (%1); the original loader returns nothing "
                                           "when it picks this file."), QLatin1StringView(jsonErrorName(m_doc.error()))));
        }
        m_out.append(std::move(f));
    }

    void reportNotes()
    {
        for (const JsonNote &n : m_doc.notes()) {
            const int node = n.node;
            switch (n.kind) {
            case JsonNote::LoneSurrogate:
                add(code::LoneSurrogate, Severity::Warning, node, ftr(QT_TRANSLATE_NOOP("Finding", "\\uD800-\\uDBFF followed by \\uDC00-\\uDFFF")),
                    ftr(QT_TRANSLATE_NOOP("Finding", "unpaired surrogate escape at byte %1"), n.offset),
                    ftr(QT_TRANSLATE_NOOP("Finding", "A text value contains half of a UTF-16 pair: Python keeps it, but it is not a character and "
                                   "cannot be written as UTF-8.")));
                break;
            case JsonNote::DuplicateKey:
                add(code::DuplicateKey, Severity::Warning, node, ftr(QT_TRANSLATE_NOOP("Finding", "each key once")),
                    ftr(QT_TRANSLATE_NOOP("Finding", "\"%1\" again at byte %2"), m_doc.node(node).key, n.offset),
                    ftr(QT_TRANSLATE_NOOP("Finding", "A key appears twice; Python silently keeps the last value, so two readers can disagree "
                                   "about this checkpoint.")));
                break;
            case JsonNote::NonAsciiByte:
                add(code::NonAscii, Severity::Info, node, ftr(QT_TRANSLATE_NOOP("Finding", "ASCII only (json.dump ensure_ascii)")),
                    ftr(QT_TRANSLATE_NOOP("Finding", "raw non-ASCII byte at %1"), n.offset),
                    ftr(QT_TRANSLATE_NOOP("Finding", "The real writer escapes every non-ASCII character, so this file was written or edited by "
                                   "something else.")));
                break;
            }
        }
    }

    void reportNonFinite()
    {
        int reported = 0;
        int more = 0;
        for (int i = 0; i < m_doc.nodeCount(); ++i) {
            const JsonNode &n = m_doc.node(i);
            if (n.type != JsonType::Number || !n.complete)
                continue;
            if (n.numberKind != NumberKind::NaN && n.numberKind != NumberKind::PosInfinity && n.numberKind != NumberKind::NegInfinity)
                continue;
            // A hostile file can hold millions; the first ones locate the problem.
            if (reported++ >= kMaxNonFiniteFindings) {
                ++more;
                continue;
            }
            add(code::NonFinite, Severity::Error, i, ftr(QT_TRANSLATE_NOOP("Finding", "a finite number")), numberText(n),
                ftr(QT_TRANSLATE_NOOP("Finding", "Python's json writes NaN and infinities as bare tokens that are not JSON; the original "
                               "validator never looks at the vectors and compares NaN as 'not out of range', so this value "
                               "would be restored.")));
        }
        if (more > 0)
            add(code::NonFinite, Severity::Error, -1, ftr(QT_TRANSLATE_NOOP("Finding", "finite numbers")),
                ftr(QT_TRANSLATE_NOOP("Finding", "%1 more non-finite value(s) not listed"), more),
                ftr(QT_TRANSLATE_NOOP("Finding", "Only the first %1 non-finite values of a file are listed one by one."), kMaxNonFiniteFindings));
    }

    void fillScalar(ScalarField &s, int node)
    {
        if (node < 0 || !m_doc.node(node).complete)
            return;
        const JsonNode &n = m_doc.node(node);
        s.present = true;
        s.offset = n.offset;
        s.length = n.length;
        s.isNumber = n.type == JsonType::Number;
        s.isBool = n.type == JsonType::Bool;
        s.isInt = s.isNumber && n.numberKind == NumberKind::Int;
        if (s.isNumber)
            s.value = n.number;
        else if (s.isBool)
            s.value = n.boolean ? 1.0 : 0.0;
        s.text = s.isNumber ? numberText(n) : (n.type == JsonType::String ? QLatin1Char('"') + n.text + QLatin1Char('"') : typeName(n));
    }

    bool fillVector(int node, QList<double> &out)
    {
        if (node < 0 || m_doc.node(node).type != JsonType::Array || !m_doc.node(node).complete)
            return false;
        out.reserve(std::min(m_doc.node(node).childCount, kMaxVectorLength));
        for (int c = m_doc.node(node).firstChild; c >= 0 && out.size() < kMaxVectorLength; c = m_doc.node(c).nextSibling) {
            if (m_doc.node(c).type != JsonType::Number)
                return false;
            out.append(m_doc.node(c).number);
        }
        return true;
    }

    // Best effort on a damaged file: keep whatever complete values precede the break, so
    // the per-file table can still show them (nothing is validated from them).
    void extractPartial(int root)
    {
        if (root < 0 || m_doc.node(root).type != JsonType::Object)
            return;
        fillScalar(m_f.timestamp, m_doc.member(root, kKeys[2]));
        fillScalar(m_f.coherence, m_doc.member(root, kKeys[3]));
        fillScalar(m_f.modulator, m_doc.member(root, kKeys[4]));
        const int id = m_doc.member(root, kKeys[5]);
        if (id >= 0 && m_doc.node(id).type == JsonType::String && m_doc.node(id).complete) {
            m_f.networkIdIsString = true;
            m_f.networkId = m_doc.node(id).text;
        }
    }

    void checkKeys(int root)
    {
        m_f.hasAllKeys = true;
        for (const QString &k : kKeys) {
            if (m_doc.member(root, k) >= 0)
                continue;
            m_f.hasAllKeys = false;
            Finding &f = add(code::MissingField, Severity::Error, root, ftr(QT_TRANSLATE_NOOP("Finding", "key \"%1\""), k), ftr(QT_TRANSLATE_NOOP("Finding", "absent")),
                             ftr(QT_TRANSLATE_NOOP("Finding", "The original loader indexes this key and returns nothing when it is missing.")));
            f.location = QStringLiteral("$.") + k;
        }
        for (int c = m_doc.node(root).firstChild; c >= 0; c = m_doc.node(c).nextSibling)
            if (std::find(std::begin(kKeys), std::end(kKeys), m_doc.node(c).key) == std::end(kKeys))
                add(code::UnknownField, Severity::Info, c, ftr(QT_TRANSLATE_NOOP("Finding", "only the six CheckpointData keys")),
                    ftr(QT_TRANSLATE_NOOP("Finding", "extra key \"%1\""), m_doc.node(c).key),
                    ftr(QT_TRANSLATE_NOOP("Finding", "The real writer never writes this key; the original loader ignores it.")));
    }

    void checkVector(int root, int which, QList<double> &out, bool &isList)
    {
        const int node = m_doc.member(root, kKeys[which]);
        if (node < 0)
            return;
        const JsonNode &n = m_doc.node(node);
        if (n.type != JsonType::Array) {
            add(code::WrongType, Severity::Error, node, ftr(QT_TRANSLATE_NOOP("Finding", "list of numbers")), typeName(n),
                ftr(QT_TRANSLATE_NOOP("Finding", "The original validator requires a list here and rejects this checkpoint.")));
            return;
        }
        isList = true;
        if (n.childCount == 0) {
            add(code::EmptyVector, Severity::Error, node, ftr(QT_TRANSLATE_NOOP("Finding", "at least one component")), QStringLiteral("[]"),
                ftr(QT_TRANSLATE_NOOP("Finding", "An empty state vector cannot restore anything, yet the original validator accepts it.")));
        } else if (n.childCount > kMaxVectorLength) {
            add(code::LimitExceeded, Severity::Error, node, ftr(QT_TRANSLATE_NOOP("Finding", "at most %1 components"), kMaxVectorLength),
                QString::number(n.childCount), ftr(QT_TRANSLATE_NOOP("Finding", "The vector is longer than the reader's documented cap; it was not checked.")));
            return;
        }
        int firstInt = -1;
        int ints = 0;
        bool numeric = true;
        for (int c = n.firstChild; c >= 0; c = m_doc.node(c).nextSibling) {
            const JsonNode &e = m_doc.node(c);
            if (e.type != JsonType::Number) {
                numeric = false;
                add(code::WrongType, Severity::Error, c, QStringLiteral("number"), typeName(e),
                    ftr(QT_TRANSLATE_NOOP("Finding", "A vector component is not a number; restoring this state fails in numpy.")));
                continue;
            }
            if (e.numberKind == NumberKind::Int && ints++ == 0)
                firstInt = c;
        }
        if (ints > 0)
            add(code::IntForFloat, Severity::Info, firstInt, ftr(QT_TRANSLATE_NOOP("Finding", "float components")),
                ftr(QT_TRANSLATE_NOOP("Finding", "%1 integer component(s)"), ints),
                ftr(QT_TRANSLATE_NOOP("Finding", "The real engine writes floats; integers mean the caller passed a hand-made list (as the "
                               "project's own tests do).")));
        if (numeric)
            fillVector(node, out);
        else
            out.clear();
        if (!numeric)
            m_vectorsNumeric = false;
    }

    void checkVectors(int root)
    {
        checkVector(root, 0, m_f.iVector, m_f.iIsList);
        checkVector(root, 1, m_f.omegaVector, m_f.omegaIsList);
        m_f.vectorsNumeric = m_vectorsNumeric && m_f.iIsList && m_f.omegaIsList;
        const int iNode = m_doc.member(root, kKeys[0]);
        const int oNode = m_doc.member(root, kKeys[1]);
        if (m_f.iIsList && m_f.omegaIsList && m_doc.node(iNode).childCount != m_doc.node(oNode).childCount)
            add(code::VectorLengthMismatch, Severity::Error, oNode,
                ftr(QT_TRANSLATE_NOOP("Finding", "%1 components, as I_t_L"), m_doc.node(iNode).childCount),
                ftr(QT_TRANSLATE_NOOP("Finding", "%1 components"), m_doc.node(oNode).childCount),
                ftr(QT_TRANSLATE_NOOP("Finding", "I_t_L and Omega_t_L describe the same features and must have the same length.")));
    }

    bool checkScalarType(int node, ScalarField &s, const FindingText &what)
    {
        if (node < 0)
            return false;
        fillScalar(s, node);
        if (!s.isNumber) {
            add(code::WrongType, Severity::Error, node, QStringLiteral("number"), typeName(m_doc.node(node)),
                ftr(QT_TRANSLATE_NOOP("Finding", "%1 must be a number; the original validator's comparison raises on this and rejects the file."), what));
            return false;
        }
        if (s.isInt)
            add(code::IntForFloat, Severity::Info, node, QStringLiteral("float"), s.text,
                ftr(QT_TRANSLATE_NOOP("Finding", "%1 was written as an integer: the real engine writes floats, so a person or a test harness "
                               "produced this value."), what));
        return s.finite();
    }

    void checkScalars(int root)
    {
        const int tsNode = m_doc.member(root, kKeys[2]);
        if (checkScalarType(tsNode, m_f.timestamp, ftr(QT_TRANSLATE_NOOP("Finding", "The timestamp")))) {
            const double ts = m_f.timestamp.value;
            if (ts > m_ctx.now + kFutureToleranceSeconds)
                add(code::TimestampFuture, Severity::Error, tsNode,
                    ftr(QT_TRANSLATE_NOOP("Finding", "<= %1 (examination time + 60 s)"), show(m_ctx.now + kFutureToleranceSeconds)), show(ts),
                    ftr(QT_TRANSLATE_NOOP("Finding", "The checkpoint claims to be from %1 s after the examination time: a wrong clock or a forged file."), show(ts - m_ctx.now)));
            if (m_f.nameSeconds && std::trunc(ts) != double(*m_f.nameSeconds))
                add(code::NameTimestampMismatch, Severity::Error, tsNode, ftr(QT_TRANSLATE_NOOP("Finding", "int(timestamp) = %1"), *m_f.nameSeconds),
                    // Printed as a double: a hostile timestamp (1e22) has no qint64 value.
                    ftr(QT_TRANSLATE_NOOP("Finding", "%1 (int %2)"), show(ts), QString::number(std::trunc(ts), 'f', 0)),
                    ftr(QT_TRANSLATE_NOOP("Finding", "The writer names each file after int(timestamp); this content belongs to another second, "
                                   "so the file was renamed, copied over or edited.")));
        }
        const int psiNode = m_doc.member(root, kKeys[3]);
        if (checkScalarType(psiNode, m_f.coherence, ftr(QT_TRANSLATE_NOOP("Finding", "coherence_score (Ψ)")))) {
            const double psi = m_f.coherence.value;
            if (!(psi >= 0.0 && psi <= 1.0))
                add(code::PsiOutOfRange, Severity::Error, psiNode, QStringLiteral("0 <= Ψ <= 1"), show(psi),
                    ftr(QT_TRANSLATE_NOOP("Finding", "Ψ is a mean of cosine similarities clamped to [0, 1]; this value cannot come from the engine.")));
        }
        const int mNode = m_doc.member(root, kKeys[4]);
        if (checkScalarType(mNode, m_f.modulator, ftr(QT_TRANSLATE_NOOP("Finding", "modulator (m_t)")))) {
            const double m = m_f.modulator.value;
            if (m <= 0.0)
                add(code::ModulatorNotPositive, Severity::Error, mNode, QStringLiteral("m_t > 0"), show(m),
                    ftr(QT_TRANSLATE_NOOP("Finding", "m_t is exp(...) and always positive; a zero or negative modulator is impossible.")));
            else if (std::fabs(std::log(m)) > kClampK)
                add(code::ModulatorUnstable, Severity::Error, mNode, QStringLiteral("|ln m_t| <= 10"),
                    ftr(QT_TRANSLATE_NOOP("Finding", "%1 (ln = %2)"), show(m), show(std::log(m))),
                    ftr(QT_TRANSLATE_NOOP("Finding", "The engine clamps ln m_t to ±10 (its dimensional stability test); this modulator is outside it.")));
        }
    }

    void checkNetworkId(int root)
    {
        const int node = m_doc.member(root, kKeys[5]);
        if (node < 0)
            return;
        const JsonNode &n = m_doc.node(node);
        if (n.type != JsonType::String) {
            add(code::WrongType, Severity::Error, node, QStringLiteral("string"), typeName(n),
                ftr(QT_TRANSLATE_NOOP("Finding", "network_id must be a string naming the node's network.")));
            return;
        }
        m_f.networkIdIsString = true;
        m_f.networkId = n.text;
        m_f.networkIdOffset = n.offset;
        m_f.networkIdLength = n.length;
    }

    void checkMaths()
    {
        if (!m_f.vectorsNumeric || !m_f.modulator.finite() || m_f.modulator.value <= 0.0 || m_f.omegaVector.isEmpty())
            return;
        const auto allFinite = [](const QList<double> &v) { return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); }); };
        if (!allFinite(m_f.iVector) || !allFinite(m_f.omegaVector))
            return;
        const double m = m_f.modulator.value;
        double sq = 0;
        for (double x : m_f.omegaVector)
            sq += x * x;
        const double norm = std::sqrt(sq);
        const int mNode = m_doc.member(m_doc.root(), kKeys[4]);
        if (std::fabs(norm - m) > m_ctx.relTolerance * m)
            add(code::NormMismatch, Severity::Warning, mNode, ftr(QT_TRANSLATE_NOOP("Finding", "‖Omega_t_L‖ = m_t within %1 relative"), QStringLiteral("%1").arg(m_ctx.relTolerance)),
                ftr(QT_TRANSLATE_NOOP("Finding", "‖Ω‖ = %1, m_t = %2"), show(norm), show(m)),
                ftr(QT_TRANSLATE_NOOP("Finding", "The engine builds Ω as a unit vector times m_t; this file's Ω does not have length m_t, so "
                               "it was not produced by update_omega (hand-made or edited).")));
        double sum = 0;
        for (double x : m_f.iVector)
            sum += x;
        const double mean = m_f.iVector.isEmpty() ? 0.0 : sum / double(m_f.iVector.size());
        const double expected = std::exp(std::clamp(kLambda * mean, -kClampK, kClampK));
        if (std::fabs(expected - m) > m_ctx.relTolerance * expected)
            add(code::ModulatorMismatch, Severity::Warning, mNode,
                ftr(QT_TRANSLATE_NOOP("Finding", "exp(clamp(λ·mean(I_t_L), -10, 10)) = %1"), show(expected)), show(m),
                ftr(QT_TRANSLATE_NOOP("Finding", "The coded maths gives m_t from I_t_L with λ = 1.2944271909999159; this modulator does not "
                               "follow from the file's own I_t_L.")));
    }

    // What load_latest_checkpoint and validate_checkpoint_consistency would do.
    void emulateOriginal()
    {
        m_f.originalLoaderReturns = m_f.rootIsObject && m_f.hasAllKeys;
        if (!m_f.originalLoaderReturns)
            return;
        // Python compares numbers and bools; anything else raises TypeError -> False.
        auto cmpOk = [](const ScalarField &s) { return s.isNumber || s.isBool; };
        bool ok = m_f.iIsList && m_f.omegaIsList;
        ok = ok && cmpOk(m_f.coherence) && (0.0 <= m_f.coherence.value && m_f.coherence.value <= 1.0);
        ok = ok && cmpOk(m_f.modulator) && !(m_f.modulator.value <= 0.0);
        ok = ok && cmpOk(m_f.timestamp) && !(m_f.timestamp.value > m_ctx.now + kFutureToleranceSeconds);
        m_f.originalValidatorPasses = ok;
    }

    CheckpointFile &m_f;
    const JsonDocument &m_doc;
    const ValidationContext &m_ctx;
    Findings &m_out;
    bool m_vectorsNumeric = true;
};

} // namespace

std::optional<qint64> secondsFromName(const QString &name)
{
    static const QString prefix = QStringLiteral("checkpoint_");
    QStringView rest(name);
    if (!rest.startsWith(prefix))
        return std::nullopt;
    rest = rest.mid(prefix.size());
    if (rest.endsWith(QLatin1StringView(".json.enc")))
        rest.chop(9);
    else if (rest.endsWith(QLatin1StringView(".json")))
        rest.chop(5);
    else
        return std::nullopt;
    // str(int(ts)): optional '-', ASCII digits, no leading zeros beyond "0".
    if (rest.isEmpty() || rest.size() > 19)
        return std::nullopt;
    for (int i = 0; i < rest.size(); ++i)
        if (!(rest[i].isDigit() && rest[i].unicode() < 128) && !(i == 0 && rest[i] == QLatin1Char('-') && rest.size() > 1))
            return std::nullopt;
    bool ok = false;
    const qint64 v = rest.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

Finding fileFinding(const ValidationContext &ctx, const CheckpointFile &file, const char *code, Severity severity)
{
    Finding f;
    f.code = QLatin1StringView(code);
    f.severity = severity;
    f.evidence = ctx.evidencePrefix.isEmpty() ? file.name : ctx.evidencePrefix + QLatin1Char('/') + file.name;
    f.subject = file.name;
    return f;
}

void inspectCheckpoint(CheckpointFile &file, QByteArrayView bytes, const ValidationContext &ctx, Findings &out)
{
    const qsizetype before = out.size();
    const JsonDocument doc = parseJson(bytes);
    Inspector(file, doc, ctx, out).run();
    for (qsizetype i = before; i < out.size(); ++i) {
        if (out[i].severity >= Severity::Error)
            ++file.errorFindings;
        else if (out[i].severity == Severity::Warning)
            ++file.warningFindings;
    }
    file.valid = file.parsed() && file.errorFindings == 0;
}

} // namespace seedscope::omega
