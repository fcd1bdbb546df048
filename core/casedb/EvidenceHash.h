// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Identity of a piece of evidence for the case registry: a dump file's SHA-256, or for
// an Omega folder the SHA-256 of a canonical manifest of its files (docs/case-file.md).
// Reads only; never writes beside the evidence.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace seedscope::casedb {

struct EvidenceHash {
    QString path;       // absolute
    QString name;
    QString kind;       // "dump" or "omega"
    qint64 size = 0;    // bytes (a folder: the sum of its files)
    QString sha256;     // hex
};

Result<EvidenceHash> hashEvidence(const QString &path);

// SHA-256 of a key or trust-store file's bytes: the fingerprint recorded in the case
// (the bytes themselves are never stored).
Result<QString> fingerprintFile(const QString &path);

} // namespace seedscope::casedb
