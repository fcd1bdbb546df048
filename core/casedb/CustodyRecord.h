// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One examiner action in the custody log (table custody_log), and the hash that chains
// it to the record before. The hashed bytes are defined in docs/case-file.md; any
// change here is a new chain version and must keep verifying old chains.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace seedscope::casedb {

// Actions the log records (docs/case-file.md lists what each one's details hold).
namespace action {
inline constexpr const char *Create = "create";
inline constexpr const char *Open = "open";
inline constexpr const char *Import = "import";
inline constexpr const char *Verify = "verify";
inline constexpr const char *KeyUsed = "key used";
inline constexpr const char *Note = "note";
inline constexpr const char *Bookmark = "bookmark";
inline constexpr const char *Tag = "tag";
inline constexpr const char *Export = "export";
inline constexpr const char *EvidenceMismatch = "evidence mismatch";
} // namespace action

// prev_hash of the first record: 64 zeros.
QString genesisHash();

struct CustodyRecord {
    qint64 seq = 0;          // 1, 2, 3, ... with no gaps
    QString utc;             // ISO 8601 UTC with milliseconds, "2026-01-01T00:00:00.000Z"
    QString examiner;
    QString toolVersion;     // seedscope/version.h at the time of the action
    QString action;
    QString details;         // compact JSON object, keys sorted
    QString prevHash;        // hex SHA-256 of the record before
    QString hash;            // hex SHA-256 of canonicalBytes()

    QByteArray canonicalBytes() const;
    QString computeHash() const;
};

// Where a chain first breaks, or nothing when every record verifies.
struct ChainBreak {
    qint64 seq = 0;          // the record that fails
    QString reason;
};
std::optional<ChainBreak> verifyChain(const QList<CustodyRecord> &records);

} // namespace seedscope::casedb
