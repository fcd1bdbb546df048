// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/Finding.h"

#include "util/JsonWriter.h"

#include <QJsonValue>
#include <QVariant>

#include <algorithm>

namespace seedscope {

const char *severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    case Severity::Critical: return "critical";
    }
    return "info";
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error, Severity::Critical})
        if (name == QLatin1StringView(severityName(s)))
            return s;
    return std::nullopt;
}

const char *verdictName(Verdict v)
{
    switch (v) {
    case Verdict::None: return "";
    case Verdict::TornTail: return "torn_tail";
    case Verdict::Corruption: return "corruption";
    case Verdict::Tampering: return "tampering";
    case Verdict::Unknown: return "unknown";
    }
    return "";
}

QJsonObject Finding::toJson() const
{
    // Keys are always present (null when not applicable) so the schema is fixed.
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("severity"), QLatin1StringView(severityName(severity)));
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("offset"), offset >= 0 ? jsonInt(offset) : QJsonValue());
    o.insert(QStringLiteral("length"), offset >= 0 ? jsonInt(length) : QJsonValue());
    o.insert(QStringLiteral("location"), location.isEmpty() ? QJsonValue() : QJsonValue(location));
    o.insert(QStringLiteral("subject"), subject.isEmpty() ? QJsonValue() : QJsonValue(subject));
    o.insert(QStringLiteral("expected"), expected);
    o.insert(QStringLiteral("found"), found);
    o.insert(QStringLiteral("explanation"), explanation);
    o.insert(QStringLiteral("verdict"),
             verdict == Verdict::None ? QJsonValue() : QJsonValue(QLatin1StringView(verdictName(verdict))));
    o.insert(QStringLiteral("id"), id.isEmpty() ? QJsonValue() : QJsonValue(id));
    o.insert(QStringLiteral("cause"), cause.isEmpty() ? QJsonValue() : QJsonValue(cause));
    return o;
}

namespace {
// JSON numbers are doubles; an offset is valid only as a whole number that a double holds
// exactly (<= 2^53). Anything else is refused rather than cast (a huge double cast to
// qint64 is undefined behaviour: found by fuzz_findings_json).
std::optional<qint64> exactNonNegative(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    if (v.toVariant().typeId() == QMetaType::LongLong) // parsed as an integer: exact
        return v.toInteger() >= 0 ? std::optional<qint64>(v.toInteger()) : std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 0.0 && d <= 9007199254740992.0) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}
} // namespace

Finding makeFinding(const QString &evidence, const char *code, Severity severity, qint64 offset, qint64 length,
                    const FindingText &location, const FindingText &subject, const FindingText &explanation,
                    const FindingText &expected, const FindingText &found, Verdict verdict)
{
    Finding f;
    f.code = QString::fromLatin1(code);
    f.severity = severity;
    f.evidence = evidence;
    f.offset = offset;
    f.length = length;
    f.setText(FindingField::Location, location);
    f.setText(FindingField::Subject, subject);
    f.setText(FindingField::Explanation, explanation);
    f.setText(FindingField::Expected, expected);
    f.setText(FindingField::Found, found);
    f.verdict = verdict;
    return f;
}

namespace {
// The words in FindingField order.
constexpr FindingText FindingTexts::*kTextMembers[] = {&FindingTexts::location, &FindingTexts::subject, &FindingTexts::explanation,
                                                       &FindingTexts::expected, &FindingTexts::found};
constexpr QString Finding::*kEnglishMembers[] = {&Finding::location, &Finding::subject, &Finding::explanation, &Finding::expected,
                                                 &Finding::found};
} // namespace

FindingText &FindingTexts::at(FindingField field)
{
    return this->*kTextMembers[int(field)];
}

const FindingText &FindingTexts::at(FindingField field) const
{
    return this->*kTextMembers[int(field)];
}

FindingTexts &SharedFindingTexts::edit()
{
    if (!m_texts)
        m_texts = std::make_shared<FindingTexts>();
    else if (m_texts.use_count() > 1)
        m_texts = std::make_shared<FindingTexts>(*m_texts);
    return *m_texts;
}

QString &Finding::english(FindingField field)
{
    return this->*kEnglishMembers[int(field)];
}

const QString &Finding::english(FindingField field) const
{
    return this->*kEnglishMembers[int(field)];
}

void Finding::setText(FindingField field, const FindingText &text)
{
    english(field) = text.english();
    if (text.translatable())
        texts.edit().at(field) = text;
    else if (texts.get() && texts.get()->at(field).translatable())
        texts.edit().at(field) = FindingText();
}

QString Finding::translated(FindingField field) const
{
    const FindingTexts *t = texts.get();
    if (t && t->at(field).translatable())
        return t->at(field).translated();
    return english(field);
}

namespace {
constexpr std::pair<FindingField, const char *> kTextKeys[] = {
    {FindingField::Location, "location"}, {FindingField::Subject, "subject"}, {FindingField::Explanation, "explanation"},
    {FindingField::Expected, "expected"}, {FindingField::Found, "found"},
};
} // namespace

QJsonObject Finding::textsJson() const
{
    QJsonObject o;
    if (const FindingTexts *t = texts.get())
        for (const auto &[field, key] : kTextKeys)
            if (t->at(field).translatable())
                o.insert(QLatin1StringView(key), t->at(field).toJson());
    return o;
}

void Finding::restoreTexts(const QJsonObject &o)
{
    for (const auto &[field, key] : kTextKeys) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isObject())
            continue;
        const FindingText t = FindingText::fromJson(v.toObject());
        if (t.translatable() && t.english() == english(field))
            texts.edit().at(field) = t;
    }
}

std::optional<Finding> Finding::fromJson(const QJsonObject &o)
{
    Finding f;
    f.code = o.value(QStringLiteral("code")).toString();
    const auto sev = severityFromName(o.value(QStringLiteral("severity")).toString());
    if (f.code.isEmpty() || !sev)
        return std::nullopt;
    f.severity = *sev;
    f.evidence = o.value(QStringLiteral("evidence")).toString();
    const QJsonValue off = o.value(QStringLiteral("offset"));
    if (!off.isNull() && !off.isUndefined()) {
        const auto offset = exactNonNegative(off);
        const auto length = exactNonNegative(o.value(QStringLiteral("length")));
        if (!offset || !length)
            return std::nullopt;
        f.offset = *offset;
        f.length = *length;
    }
    f.location = o.value(QStringLiteral("location")).toString();
    f.subject = o.value(QStringLiteral("subject")).toString();
    f.expected = o.value(QStringLiteral("expected")).toString();
    f.found = o.value(QStringLiteral("found")).toString();
    f.explanation = o.value(QStringLiteral("explanation")).toString();
    const QString v = o.value(QStringLiteral("verdict")).toString();
    for (Verdict cand : {Verdict::TornTail, Verdict::Corruption, Verdict::Tampering, Verdict::Unknown})
        if (v == QLatin1StringView(verdictName(cand)))
            f.verdict = cand;
    // Optional: reports written before findings carried ids have neither key.
    f.id = o.value(QStringLiteral("id")).toString();
    f.cause = o.value(QStringLiteral("cause")).toString();
    return f;
}

Severity worstSeverity(const Findings &findings)
{
    Severity worst = Severity::Info;
    for (const Finding &f : findings)
        worst = std::max(worst, f.severity);
    return worst;
}

void numberFindings(Findings &findings)
{
    for (qsizetype i = 0; i < findings.size(); ++i)
        if (findings[i].id.isEmpty())
            findings[i].id = QStringLiteral("F%1").arg(i + 1);
}

int exitCodeFor(const Findings &findings)
{
    // A key or trust store that does not fit the evidence is the examiner's input
    // problem (exit 4), unless something independent of it is wrong with the evidence.
    auto inputMismatch = [](const Finding &f) {
        return f.code == QLatin1String("KEY_MISMATCH") || f.code == QLatin1String("TRUST_STORE_MISMATCH")
            || f.code == QLatin1String("OMEGA_KEY_MISMATCH") || f.code == QLatin1String("OMEGA_TRUST_KEY_MISMATCH");
    };
    Findings evidence;
    for (const Finding &f : findings)
        if (!inputMismatch(f))
            evidence.append(f);
    const bool tamper = std::any_of(evidence.begin(), evidence.end(),
                                    [](const Finding &f) { return f.verdict == Verdict::Tampering; });
    const Severity worst = worstSeverity(evidence);
    if (tamper || worst >= Severity::Error)
        return exitcode::ErrorsOrTamper;
    if (evidence.size() != findings.size())
        return exitcode::InputMismatch;
    if (worst == Severity::Warning)
        return exitcode::Findings;
    return exitcode::Clean;
}

int combineExitCodes(int a, int b)
{
    auto rank = [](int c) {
        switch (c) {
        case exitcode::Clean: return 0;
        case exitcode::Findings: return 1;
        case exitcode::InputMismatch: return 2;
        case exitcode::ErrorsOrTamper: return 3;
        case exitcode::Unreadable: return 4;
        default: return 5;
        }
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace seedscope
