// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One findings model for the whole product (dump verifier, replay, reconciliation, Omega).
// Every finding names the evidence and where in it (byte offset, or file and JSON path),
// what was expected and what was found, and says it in one plain sentence.

#include "findings/FindingText.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace seedscope {

enum class Severity { Info = 0, Warning = 1, Error = 2, Critical = 3 };
const char *severityName(Severity s);
std::optional<Severity> severityFromName(QStringView name);

// Damage verdicts for a journal region, after RocksDB's recovery vocabulary.
enum class Verdict { None, TornTail, Corruption, Tampering, Unknown };
const char *verdictName(Verdict v);

// The words of a finding that core composes (docs/findings/README.md, "Translated words").
enum class FindingField { Location, Subject, Explanation, Expected, Found };

// The translatable forms of a finding's words, kept only where core composed them from a
// template. Shared between copies of a finding (findings are copied often, rarely
// translated); compared by value.
struct FindingTexts {
    FindingText location, subject, explanation, expected, found;
    FindingText &at(FindingField field);
    const FindingText &at(FindingField field) const;
    bool operator==(const FindingTexts &) const = default;
};

class SharedFindingTexts {
public:
    const FindingTexts *get() const { return m_texts.get(); }
    FindingTexts &edit(); // detaches
    bool operator==(const SharedFindingTexts &o) const
    {
        if (!m_texts || !o.m_texts)
            return m_texts == o.m_texts;
        return *m_texts == *o.m_texts;
    }

private:
    std::shared_ptr<FindingTexts> m_texts;
};

struct Finding {
    QString code;              // stable identifier, e.g. JOURNAL_TORN_TAIL; documented in docs/findings.md
    Severity severity = Severity::Info;
    QString evidence;          // the evidence's display name (file name, or folder/file for Omega)
    qint64 offset = -1;        // absolute byte offset in the evidence; -1 when not byte-addressed
    qint64 length = 0;         // bytes concerned, from offset
    QString location;          // structural position: "journal block 3, record 7" or "$.coherence_score"
    QString subject;           // the record or entry concerned: "seq 42", a tx_id, a file name
    QString expected;
    QString found;
    QString explanation;       // one sentence a non-programmer can read
    Verdict verdict = Verdict::None;
    // Identity within one report ("F1", "F2", ... in report order; numberFindings) and the
    // id of the finding that explains this one (empty for a root cause): one damaged entry
    // reads as one problem with its consequences (docs/cli.md, "Root causes").
    QString id;
    QString cause;

    // Where a word was composed from a template, its translatable form (texts). The
    // English fields above are what JSON, the CLI and golden files carry.
    SharedFindingTexts texts;

    // Sets the English field and, for a template, keeps its translatable form.
    void setText(FindingField field, const FindingText &text);
    QString &english(FindingField field);
    const QString &english(FindingField field) const;
    // The word in the interface language (installed translators); the English field
    // where core composed no template.
    QString translated(FindingField field) const;

    // The English report form: one fixed schema, no translatable forms (golden files).
    QJsonObject toJson() const;
    static std::optional<Finding> fromJson(const QJsonObject &o);
    // The translatable forms for storage beside toJson() (a case file): {"explanation":
    // {...}, ...}, only the fields composed from templates. restoreTexts() accepts a stored
    // form only when its English rendering is exactly the English field, so a stored
    // template can never make the translated text say something the finding does not.
    QJsonObject textsJson() const;
    void restoreTexts(const QJsonObject &o);
    bool operator==(const Finding &) const = default;
};

using Findings = QList<Finding>;

// Every layer builds findings through this one factory, fields in the order they are
// read out: where (evidence, offset, length, structural location, subject), why, what
// was expected and found, and the verdict.
// Each word is a plain QString (shown as it is in every language) or an ftr() template.
Finding makeFinding(const QString &evidence, const char *code, Severity severity, qint64 offset, qint64 length,
                    const FindingText &location, const FindingText &subject, const FindingText &explanation,
                    const FindingText &expected = {}, const FindingText &found = {}, Verdict verdict = Verdict::None);

Severity worstSeverity(const Findings &findings); // Info when empty

// Gives every finding without an id the id "F<n>", n its 1-based position; ids already
// set are kept (a report numbers once, after its final sort).
void numberFindings(Findings &findings);
// Whether the finding is a root cause (no cause named).
inline bool isRootCause(const Finding &f) { return f.cause.isEmpty(); }

// Process exit codes shared by `verify`, `omega` and friends (docs/cli.md).
namespace exitcode {
inline constexpr int Clean = 0;          // nothing above info
inline constexpr int Findings = 1;       // warnings only
inline constexpr int ErrorsOrTamper = 2; // at least one error, critical or tampering verdict
inline constexpr int Unreadable = 3;     // an input could not be opened or parsed at all
// The examiner's inputs do not fit the evidence (a key file that decrypts nothing, a trust
// store that certifies no key in it): a problem with the inputs, never a verdict on the
// device; what could not be checked is reported as not checked.
inline constexpr int InputMismatch = 4;
inline constexpr int Usage = 64;         // EX_USAGE
} // namespace exitcode

int exitCodeFor(const Findings &findings);
// The exit code of several inputs: the most serious of the two. InputMismatch ranks
// below a verdict on the evidence (2) and an unreadable input (3), above warnings (1).
int combineExitCodes(int a, int b);

} // namespace seedscope
