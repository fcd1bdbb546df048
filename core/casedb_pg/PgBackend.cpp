// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb_pg/PgBackend.h"

#include "casedb_pg/LibPq.h"

#include <vector>

namespace seedscope::casedb {

namespace {

// A libpq result freed on every path.
struct ResultGuard {
    const LibPq &pq;
    PGresult *r;
    ~ResultGuard() { pq.clear(r); }
};

} // namespace

QString PgBackend::toDollarParams(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    bool quoted = false;
    int n = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            out += QLatin1Char('$') + QString::number(++n);
        else
            out += c;
    }
    return out;
}

Result<std::unique_ptr<PgBackend>> PgBackend::connect(const QString &url, bool readOnly)
{
    auto pq = libPq();
    if (!pq)
        return pq.error();
    std::unique_ptr<PgBackend> b(new PgBackend);
    b->m_pq = *pq;
    b->m_readOnly = readOnly;
    const QByteArray u = url.toUtf8();
    b->m_conn = b->m_pq->connectdb(u.constData());
    if (!b->m_conn || b->m_pq->status(b->m_conn) != CONNECTION_OK)
        return makeError(ErrorCode::Io, QStringLiteral("cannot connect to the team case database: %1")
                                            .arg(b->m_conn ? QString::fromUtf8(b->m_pq->errorMessage(b->m_conn)).trimmed() : QStringLiteral("out of memory")));
    // For messages only: never the password.
    b->m_describe = QStringLiteral("postgresql://%1@%2:%3/%4")
                        .arg(QString::fromUtf8(b->m_pq->user(b->m_conn)), QString::fromUtf8(b->m_pq->host(b->m_conn)), QString::fromUtf8(b->m_pq->port(b->m_conn)),
                             QString::fromUtf8(b->m_pq->db(b->m_conn)));
    for (const char *s : {"SET client_min_messages = warning", "SET client_encoding = 'UTF8'"})
        if (auto r = b->exec(QString::fromLatin1(s)); !r)
            return r.error();
    if (readOnly)
        if (auto r = b->exec(QStringLiteral("SET default_transaction_read_only = on")); !r)
            return r.error();
    return b;
}

PgBackend::~PgBackend()
{
    if (m_conn)
        m_pq->finish(m_conn);
}

Result<SqlRows> PgBackend::query(const QString &sql, const QVariantList &params)
{
    const QByteArray text = toDollarParams(sql).toUtf8();
    std::vector<QByteArray> values;
    std::vector<const char *> ptrs;
    values.reserve(size_t(params.size()));
    for (const QVariant &v : params) {
        if (v.isNull()) {
            values.emplace_back();
            ptrs.push_back(nullptr);
            continue;
        }
        values.push_back(v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ? QByteArray::number(v.toLongLong())
                                                                                           : v.toString().toUtf8());
        ptrs.push_back(values.back().constData());
    }
    ResultGuard res{*m_pq, m_pq->execParams(m_conn, text.constData(), int(ptrs.size()), nullptr, ptrs.data(), nullptr, nullptr, 0)};
    const ExecStatusType st = m_pq->resultStatus(res.r);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        const char *state = m_pq->resultErrorField(res.r, PG_DIAG_SQLSTATE);
        return makeError(ErrorCode::Io, QStringLiteral("team case %1: %2%3")
                                            .arg(m_describe, QString::fromUtf8(m_pq->errorMessage(m_conn)).trimmed(),
                                                 state ? QStringLiteral(" (SQLSTATE %1)").arg(QLatin1String(state)) : QString()));
    }
    SqlRows rows;
    const int nr = m_pq->ntuples(res.r), nc = m_pq->nfields(res.r);
    rows.reserve(nr);
    for (int r = 0; r < nr; ++r) {
        SqlRow row;
        row.reserve(nc);
        for (int c = 0; c < nc; ++c)
            row.append(m_pq->getisnull(res.r, r, c) ? QVariant() : QVariant(QString::fromUtf8(m_pq->getvalue(res.r, r, c), m_pq->getlength(res.r, r, c))));
        rows.append(std::move(row));
    }
    return rows;
}

Status PgBackend::begin()
{
    auto s = exec(QStringLiteral("BEGIN"));
    m_inTransaction = s.ok();
    return s;
}

Status PgBackend::commit()
{
    auto s = exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
    return s;
}

void PgBackend::rollback()
{
    if (m_inTransaction)
        (void)exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Status PgBackend::lockCustodyHead()
{
    // Held to commit: the next writer's head read (a new statement, a new snapshot under
    // READ COMMITTED) sees this writer's record.
    return exec(QStringLiteral("SELECT value FROM case_meta WHERE key = 'custody_lock' FOR UPDATE"));
}

} // namespace seedscope::casedb
