// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb/CaseSchema.h"

#include <QStringList>

namespace seedscope::casedb {

namespace {

QString idColumn(Dialect d) { return d == Dialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGSERIAL PRIMARY KEY"); }

QStringList schemaV2Statements()
{
    return {QStringLiteral("CREATE TABLE results_cache (evidence_sha256 TEXT NOT NULL, tool_version TEXT NOT NULL, kind TEXT NOT NULL, "
                           "params TEXT NOT NULL, summary TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, "
                           "PRIMARY KEY (evidence_sha256, tool_version, kind, params))")};
}

QStringList schemaV3Statements()
{
    return {QStringLiteral("ALTER TABLE annotations ADD COLUMN target TEXT"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN target_ref TEXT")};
}

const char *const kRequiredTables[] = {"case_meta", "evidence", "keys_used", "custody_log", "annotations"};

Status runAll(CaseBackend &db, const QStringList &statements)
{
    for (const QString &s : statements)
        if (auto r = db.exec(s); !r)
            return r;
    return {};
}

} // namespace

QStringList schemaV1Statements(Dialect d)
{
    return {QStringLiteral("CREATE TABLE case_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE evidence (id %1, path TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, "
                           "size BIGINT NOT NULL, sha256 TEXT NOT NULL, added_at TEXT NOT NULL, examiner TEXT NOT NULL)")
                .arg(idColumn(d)),
            QStringLiteral("CREATE TABLE keys_used (fingerprint TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, "
                           "first_used_at TEXT NOT NULL, PRIMARY KEY (fingerprint, kind))"),
            QStringLiteral("CREATE TABLE custody_log (seq BIGINT PRIMARY KEY, utc TEXT NOT NULL, examiner TEXT NOT NULL, "
                           "tool_version TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, "
                           "hash TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE annotations (id %1, kind TEXT NOT NULL, evidence_sha256 TEXT, seq BIGINT, byte_offset BIGINT, "
                           "code TEXT, label TEXT, body TEXT, examiner TEXT NOT NULL, created_at TEXT NOT NULL)")
                .arg(idColumn(d)),
            QStringLiteral("INSERT INTO case_meta (key, value) VALUES ('schema_version', '1')"),
            // The row PostgreSQL writers lock to serialise custody appends.
            QStringLiteral("INSERT INTO case_meta (key, value) VALUES ('custody_lock', '')")};
}

Status createSchema(CaseBackend &db)
{
    if (auto s = runAll(db, schemaV1Statements(db.dialect())); !s)
        return s;
    return migrate(db, 1);
}

Result<int> readSchemaVersion(CaseBackend &db)
{
    QString tableList;
    if (db.dialect() == Dialect::Sqlite)
        tableList = QStringLiteral("SELECT name FROM sqlite_master WHERE type='table'");
    else
        tableList = QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    auto tables = db.query(tableList);
    if (!tables)
        return tables.error();
    QStringList names;
    for (const SqlRow &r : *tables)
        names << r.value(0).toString();
    for (const char *t : kRequiredTables)
        if (!names.contains(QLatin1String(t)))
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("%1 is not a Seedscope case (table %2 is missing)").arg(db.describe(), QLatin1String(t)));
    auto v = db.query(QStringLiteral("SELECT value FROM case_meta WHERE key = 'schema_version'"));
    if (!v)
        return v.error();
    bool ok = false;
    const int version = v->isEmpty() ? 0 : v->constFirst().value(0).toString().toInt(&ok);
    if (!ok || version < 1)
        return makeError(ErrorCode::Malformed, QStringLiteral("%1 has no valid schema version").arg(db.describe()));
    return version;
}

Status migrate(CaseBackend &db, int fromVersion)
{
    if (fromVersion > kSchemaVersion)
        return makeError(ErrorCode::Unsupported, QStringLiteral("case schema version %1 is newer than this Seedscope supports (%2); "
                                                                "open it with a newer Seedscope")
                                                     .arg(fromVersion).arg(kSchemaVersion));
    if (fromVersion < 2)
        if (auto s = runAll(db, schemaV2Statements()); !s)
            return s;
    if (fromVersion < 3)
        if (auto s = runAll(db, schemaV3Statements()); !s)
            return s;
    if (fromVersion < kSchemaVersion)
        return db.exec(QStringLiteral("UPDATE case_meta SET value = ? WHERE key = 'schema_version'"),
                       {QString::number(kSchemaVersion)});
    return {};
}

} // namespace seedscope::casedb
