// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A team case in a PostgreSQL database (docs/team-cases.md), through libpq (loaded on
// first use: casedb_pg/LibPq.h). Same tables
// as a .seedcase file; custody appends are serialised by locking one case_meta row, so
// all examiners share one totally ordered chain.

#include "casedb/CaseBackend.h"

#include <memory>

struct pg_conn;

namespace seedscope::casedb {

struct LibPq;

class PgBackend final : public CaseBackend {
public:
    // `url`: a libpq connection URI, postgresql://user@host:port/database.
    static Result<std::unique_ptr<PgBackend>> connect(const QString &url, bool readOnly);
    ~PgBackend() override;

    Dialect dialect() const override { return Dialect::Postgres; }
    bool readOnly() const override { return m_readOnly; }
    QString describe() const override { return m_describe; }

    Result<SqlRows> query(const QString &sql, const QVariantList &params = {}) override;
    Status begin() override;
    Status commit() override;
    void rollback() override;
    Status lockCustodyHead() override;

    // `?` placeholders (outside quoted literals) become $1, $2, ...
    static QString toDollarParams(const QString &sql);

private:
    PgBackend() = default;

    const LibPq *m_pq = nullptr; // set with m_conn
    pg_conn *m_conn = nullptr;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    QString m_describe;
};

} // namespace seedscope::casedb
