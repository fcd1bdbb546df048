// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/CoreTerms.h"

#include <QCoreApplication>

namespace seedscope::ui {
namespace {
// Every name core uses for these states (Finding.h verdictName and severityName, ledger trustBandName,
// dump decryptStateName, ledger eventKindName, omega authStateName, reconcile signature states and divergence kinds,
// report overallVerdict, and the case file's custody actions, casedb/CustodyRecord.h action::).
// lupdate reads the list; coreTerm() looks the words up at run time.
const char *const kTerms[] = {
    QT_TRANSLATE_NOOP("CoreTerms", "torn_tail"),
    QT_TRANSLATE_NOOP("CoreTerms", "corruption"),
    QT_TRANSLATE_NOOP("CoreTerms", "tampering"),
    QT_TRANSLATE_NOOP("CoreTerms", "unknown"),
    QT_TRANSLATE_NOOP("CoreTerms", "high_risk"),
    QT_TRANSLATE_NOOP("CoreTerms", "standard"),
    QT_TRANSLATE_NOOP("CoreTerms", "reliable"),
    QT_TRANSLATE_NOOP("CoreTerms", "excellent"),
    QT_TRANSLATE_NOOP("CoreTerms", "plain"),
    QT_TRANSLATE_NOOP("CoreTerms", "decrypted"),
    QT_TRANSLATE_NOOP("CoreTerms", "no-key"),
    QT_TRANSLATE_NOOP("CoreTerms", "failed"),
    QT_TRANSLATE_NOOP("CoreTerms", "valid"),
    QT_TRANSLATE_NOOP("CoreTerms", "invalid"),
    QT_TRANSLATE_NOOP("CoreTerms", "unknown_key"),
    QT_TRANSLATE_NOOP("CoreTerms", "altered"),
    QT_TRANSLATE_NOOP("CoreTerms", "missing"),
    QT_TRANSLATE_NOOP("CoreTerms", "extra"),
    QT_TRANSLATE_NOOP("CoreTerms", "balance"),
    QT_TRANSLATE_NOOP("CoreTerms", "pool"),
    QT_TRANSLATE_NOOP("CoreTerms", "group_status"),
    QT_TRANSLATE_NOOP("CoreTerms", "trust"),
    QT_TRANSLATE_NOOP("CoreTerms", "issuance"),
    QT_TRANSLATE_NOOP("CoreTerms", "info"),
    QT_TRANSLATE_NOOP("CoreTerms", "warning"),
    QT_TRANSLATE_NOOP("CoreTerms", "error"),
    QT_TRANSLATE_NOOP("CoreTerms", "critical"),
    QT_TRANSLATE_NOOP("CoreTerms", "none"),
    QT_TRANSLATE_NOOP("CoreTerms", "verified"),
    QT_TRANSLATE_NOOP("CoreTerms", "untrusted_key"),
    QT_TRANSLATE_NOOP("CoreTerms", "clean"),
    QT_TRANSLATE_NOOP("CoreTerms", "warnings"),
    QT_TRANSLATE_NOOP("CoreTerms", "errors"),
    QT_TRANSLATE_NOOP("CoreTerms", "not verified"),
    QT_TRANSLATE_NOOP("CoreTerms", "create"),
    QT_TRANSLATE_NOOP("CoreTerms", "open"),
    QT_TRANSLATE_NOOP("CoreTerms", "import"),
    QT_TRANSLATE_NOOP("CoreTerms", "verify"),
    QT_TRANSLATE_NOOP("CoreTerms", "key used"),
    QT_TRANSLATE_NOOP("CoreTerms", "note"),
    QT_TRANSLATE_NOOP("CoreTerms", "bookmark"),
    QT_TRANSLATE_NOOP("CoreTerms", "tag"),
    QT_TRANSLATE_NOOP("CoreTerms", "export"),
    QT_TRANSLATE_NOOP("CoreTerms", "evidence mismatch"),
};
} // namespace

QString coreTerm(const QString &name)
{
    for (const char *t : kTerms)
        if (name == QLatin1String(t))
            return QCoreApplication::translate("CoreTerms", t);
    return name;
}

} // namespace seedscope::ui
