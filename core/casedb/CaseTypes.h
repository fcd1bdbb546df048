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

// Kinds: "note", "bookmark", "tag", "finding", "omega-file", "chart-point".
struct Annotation {
    qint64 id = 0;
    QString kind;
    QString evidenceSha256;       // empty: about the whole case
    std::optional<qint64> seq;    // journal sequence number
    std::optional<qint64> offset; // byte offset in the evidence
    QString code;                 // a finding code (kind "finding")
    QString label;                // bookmark label, tag name, file name, chart series
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
