// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb/SqliteBackend.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace seedscope::casedb {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

Status checkMagic(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot open case file %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(16);
    if (head.size() < 16 || !head.startsWith(QByteArrayView(kSqliteMagic, sizeof kSqliteMagic)))
        return makeError(ErrorCode::Malformed, QStringLiteral("%1 is not a Seedscope case file (not an SQLite database)").arg(path));
    return {};
}

} // namespace

Error SqliteBackend::sqlError(const QString &what) const
{
    const int code = m_db ? sqlite3_errcode(m_db) : SQLITE_ERROR;
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
    ErrorCode ec = ErrorCode::Io;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_FORMAT || code == SQLITE_SCHEMA || code == SQLITE_ERROR)
        ec = ErrorCode::Malformed;
    else if (code == SQLITE_TOOBIG)
        ec = ErrorCode::LimitExceeded;
    else if (code == SQLITE_READONLY)
        ec = ErrorCode::InvalidArgument;
    return makeError(ec, QStringLiteral("case file %1: %2: %3").arg(m_path, what, msg));
}

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const QString &path, Mode mode)
{
    std::unique_ptr<SqliteBackend> b(new SqliteBackend);
    b->m_path = path;
    b->m_readOnly = mode == Mode::ReadOnly;
    if (mode == Mode::Create) {
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 already exists; a new case needs a new file").arg(path));
    } else {
        if (!QFileInfo(path).isFile())
            return makeError(ErrorCode::NotFound, QStringLiteral("no case file at %1").arg(path));
        if (auto s = checkMagic(path); !s)
            return s.error();
    }
    // A writer killed mid-transaction leaves a hot journal beside the case file, which a
    // read-only connection may not roll back. Roll it back through one short read-write
    // open (the case file is ours, never evidence), then continue read-only.
    if (mode == Mode::ReadOnly && QFileInfo(path + QStringLiteral("-journal")).size() > 0 && QFileInfo(path).isWritable()) {
        auto rw = open(path, Mode::ReadWrite);
        if (!rw)
            return rw.error();
    }
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &b->m_db, flags, nullptr) != SQLITE_OK)
        return b->sqlError(QStringLiteral("open"));

    // Harden before the schema is first read.
    sqlite3_db_config(b->m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(b->m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(b->m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(b->m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(b->m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(b->m_db, SQLITE_LIMIT_LENGTH, kSqliteMaxLength);
    sqlite3_limit(b->m_db, SQLITE_LIMIT_SQL_LENGTH, kSqliteMaxSqlLength);
    sqlite3_limit(b->m_db, SQLITE_LIMIT_COLUMN, kSqliteMaxColumns);
    sqlite3_limit(b->m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(b->m_db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(b->m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_busy_timeout(b->m_db, 10000);

    for (const char *pragma : {"PRAGMA trusted_schema=OFF", "PRAGMA cell_size_check=ON", "PRAGMA mmap_size=0"}) {
        if (auto s = b->exec(QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    if (mode != Mode::ReadOnly) {
        if (auto s = b->exec(QStringLiteral("PRAGMA synchronous=FULL")); !s)
            return s.error();
    }
    if (mode != Mode::Create) {
        auto qc = b->query(QStringLiteral("PRAGMA quick_check"));
        if (!qc)
            return qc.error();
        if (qc->isEmpty() || qc->constFirst().value(0).toString() != QLatin1String("ok"))
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("case file %1 is damaged (SQLite quick_check: %2)")
                                 .arg(path, qc->isEmpty() ? QStringLiteral("no answer") : qc->constFirst().value(0).toString()));
        auto code = b->query(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger','view')"));
        if (!code)
            return code.error();
        if (code->constFirst().value(0).toLongLong() != 0)
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("case file %1 holds triggers or views, which Seedscope never writes; refusing to use it").arg(path));
    }
    return b;
}

SqliteBackend::~SqliteBackend()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<SqlRows> SqliteBackend::query(const QString &sql, const QVariantList &params)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK)
        return sqlError(QStringLiteral("prepare"));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(st, sqlite3_finalize);
    if (sqlite3_bind_parameter_count(st) != params.size())
        return makeError(ErrorCode::Internal, QStringLiteral("parameter count mismatch in: %1").arg(sql));
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params[i];
        int rc = SQLITE_OK;
        if (v.isNull())
            rc = sqlite3_bind_null(st, i + 1);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            rc = sqlite3_bind_int64(st, i + 1, v.toLongLong());
        else {
            const QByteArray u = v.toString().toUtf8();
            rc = sqlite3_bind_text64(st, i + 1, u.constData(), sqlite3_uint64(u.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        if (rc != SQLITE_OK)
            return sqlError(QStringLiteral("bind"));
    }
    SqlRows rows;
    for (;;) {
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return sqlError(QStringLiteral("query"));
        const int n = sqlite3_column_count(st);
        SqlRow row;
        row.reserve(n);
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            case SQLITE_INTEGER:
                row.append(QVariant(qint64(sqlite3_column_int64(st, c))));
                break;
            default: {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                row.append(QVariant(QString::fromUtf8(p, sqlite3_column_bytes(st, c))));
            }
            }
        }
        rows.append(std::move(row));
    }
    return rows;
}

Status SqliteBackend::begin()
{
    // IMMEDIATE takes the write lock now: the custody head read inside is the true head.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Status SqliteBackend::commit() { return exec(QStringLiteral("COMMIT")); }

void SqliteBackend::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        (void)exec(QStringLiteral("ROLLBACK"));
}

} // namespace seedscope::casedb
