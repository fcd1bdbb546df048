// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain rows of a case (docs/case-file.md has the tables). Hashes are lower-case hex.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace seedscope::casedb {

struct CaseDetails {
    QString examiner;     // the examiner who opened the case
    QString title;
    QString number;       // the agency's case number
    QString agency;
    QString createdAt;    // UTC, ISO 8601
    int schemaVersion = 0;
};

struct EvidenceRecord {
    qint64 id = 0;
    QString path;         // absolute, as imported
    QString name;
    QString kind;         // "dump" or "omega"
    qint64 size = 0;
    QString sha256;       // at import
    QString addedAt;
    QString examiner;
};

// A key or trust store used on the case, by fingerprint only.
struct KeyRecord {
    QString fingerprint;  // SHA-256 of the file's bytes
    QString kind;         // "storage-key", "trust-store"
    QString label;        // the file name it was read from
    QString firstUsedAt;
};

// An examiner's annotation: `kind` says what it is, `target` what it is about.
//   kind    "note" (body), "bookmark" (optional label and body), "tag" (label = tag name)
//   target  "case"        the whole case (no evidence)
//           "evidence"    one piece of evidence as a whole
//           "entry"       a journal entry: evidence + seq and/or byte offset
//           "finding"     a finding of the evidence's cached result: ref = finding id,
//                         with its code and offset copied so it reads without the cache
//           "omega-file"  a file of an Omega folder: ref = file name
//           "chart-point" a point of a chart: ref = "SERIES:X"
// Cases older than schema 3 have no target column; their rows read as "entry" when they
// carry a seq or offset, else "evidence" or "case".
struct Annotation {
    qint64 id = 0;
    QString kind;
    QString target;               // empty on write: inferred as above
    QString targetRef;
    QString evidenceSha256;       // empty: about the whole case
    std::optional<qint64> seq;    // journal sequence number
    std::optional<qint64> offset; // byte offset in the evidence
    QString code;                 // a finding code (target "finding")
    QString label;                // bookmark label or tag name
    QString body;                 // note text
    QString examiner;
    QString createdAt;
};

// A session result that reopening the case shows without recomputing. Valid only for
// the exact evidence bytes (sha256) and tool version it was computed with; `kind`
// separates a verification ("verify", "omega") from later kinds such as a session index.
struct CachedResult {
    QString evidenceSha256;
    QString toolVersion;
    QString kind;
    QString params;        // canonical JSON of the inputs (key fingerprints, trust store)
    QJsonObject summary;   // verdict summary
    QJsonObject payload;   // the full result (findings ...)
    QString createdAt;
};

// The outcome of re-hashing one registered piece of evidence.
struct EvidenceCheck {
    EvidenceRecord evidence;
    bool intact = false;
    QString currentSha256;  // empty when it could not be read
    QString problem;        // why it is not intact
};

} // namespace seedscope::casedb
