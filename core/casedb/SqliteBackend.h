// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A case in a single .seedcase file, through SQLite's C API. The file is untrusted input
// when opened (it may come from anyone): the connection is hardened before the first
// query (no extension loading, trusted_schema off, defensive mode, small limits), the
// file must start with SQLite's magic, pass quick_check, and hold no triggers or views,
// which could otherwise run code on our writes.

#include "casedb/CaseBackend.h"

#include <memory>

struct sqlite3;

namespace seedscope::casedb {

class SqliteBackend final : public CaseBackend {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    static Result<std::unique_ptr<SqliteBackend>> open(const QString &path, Mode mode);
    ~SqliteBackend() override;

    Dialect dialect() const override { return Dialect::Sqlite; }
    bool readOnly() const override { return m_readOnly; }
    QString describe() const override { return m_path; }

    Result<SqlRows> query(const QString &sql, const QVariantList &params = {}) override;
    Status begin() override;
    Status commit() override;
    void rollback() override;
    Status lockCustodyHead() override { return {}; }

private:
    SqliteBackend() = default;
    Error sqlError(const QString &what) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = true;
};

// Caps applied to every case connection (docs/security.md): a case file holds text and
// JSON, never anything near these.
inline constexpr int kSqliteMaxLength = 64 * 1024 * 1024;  // one cell or row
inline constexpr int kSqliteMaxSqlLength = 1024 * 1024;
inline constexpr int kSqliteMaxColumns = 64;

} // namespace seedscope::casedb
