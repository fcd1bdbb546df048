// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The storage a case lives in, reduced to what CaseFile needs: parameterised SQL, a
// transaction, and a lock that serialises custody appends. One case logic (CaseFile)
// runs on every backend, so a team case on PostgreSQL and a .seedcase file on SQLite
// hold the same tables and the same hash-chained custody log (docs/case-file.md).
//
// SQL is written once with `?` placeholders; a backend rewrites them for its server.
// Values cross the interface as QVariant: null, qint64 or QString. Rows come back as
// null or text/integer values; callers convert with toString()/toLongLong().

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace seedscope::casedb {

using SqlRow = QList<QVariant>;
using SqlRows = QList<SqlRow>;

enum class Dialect { Sqlite, Postgres };

class CaseBackend {
public:
    virtual ~CaseBackend() = default;

    virtual Dialect dialect() const = 0;
    virtual bool readOnly() const = 0;
    // Where the case lives, for messages: a file path, or the connection's host/database
    // (never a password).
    virtual QString describe() const = 0;

    virtual Result<SqlRows> query(const QString &sql, const QVariantList &params = {}) = 0;
    Status exec(const QString &sql, const QVariantList &params = {})
    {
        auto r = query(sql, params);
        if (!r)
            return r.error();
        return {};
    }

    // A write transaction. Only one is open at a time per backend.
    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Inside a transaction: blocks other writers' custody appends until commit, so the
    // head read next is the true head. SQLite's write transaction already excludes other
    // writers; PostgreSQL locks one row (docs/team-cases.md).
    virtual Status lockCustodyHead() = 0;
};

} // namespace seedscope::casedb
