// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Importing evidence into a case, the one way the CLI (`case add`) and the GUI do it:
// record the inputs by fingerprint, hash and register the evidence, and verify it (a
// dump) or examine it (an Omega folder) unless the results cache already holds a result
// for these exact bytes, this tool version and these inputs. Reads the evidence only.

#include "casedb/CaseFile.h"

#include <QStringList>

namespace seedscope::casedb {

struct ImportInputs {
    QStringList keyFiles;  // storage root key files (hex)
    QString trustStore;    // network trust store, or empty
};

struct ImportOutcome {
    EvidenceRecord evidence;
    CachedResult result;
    bool fromCache = false;
    int exitCode = 0;      // as `verify` (or `omega`) would exit for this item
};

// Records each key and the trust store by fingerprint ("key used") and returns the
// canonical JSON of the inputs: the results cache's `params`.
Result<QString> recordInputs(CaseFile &c, const ImportInputs &inputs, const QString &examiner);

// Registers one piece of evidence and returns its (cached or fresh) result.
Result<ImportOutcome> importEvidence(CaseFile &c, const QString &path, const ImportInputs &inputs, const QString &params,
                                     const QString &examiner);

// The cache kind for a registered evidence kind: "omega" for Omega folders, else "verify".
QString resultKindFor(const QString &evidenceKind);

} // namespace seedscope::casedb
