// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb/CaseFile.h"

#include "casedb/AnnotationJson.h"
#include "casedb/CaseSchema.h"
#include "util/JsonWriter.h"

#include <seedscope/version.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace seedscope::casedb {

namespace {

// Stored JSON (custody details, cached results) goes through the exact writer: 64-bit
// counters (seq, Lamport, amounts, offsets) keep every digit. Qt's parser reads integers
// back as qint64, so a stored value round-trips exactly.
QString compact(const QJsonObject &o)
{
    JsonWriteOptions opt;
    opt.indented = false;
    return QString::fromUtf8(writeJson(o, opt));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant optInt(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optText(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

// The target of an annotation that does not name one (rows before schema 3).
QString impliedTarget(const Annotation &a)
{
    if (a.evidenceSha256.isEmpty())
        return QStringLiteral("case");
    return a.seq || a.offset ? QStringLiteral("entry") : QStringLiteral("evidence");
}

std::optional<qint64> toOptInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace

QString CaseFile::nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString CaseFile::toolVersion() { return QString::fromLatin1(kVersion); }

Result<std::unique_ptr<CaseFile>> CaseFile::create(std::unique_ptr<CaseBackend> backend, const CaseDetails &details)
{
    if (details.examiner.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a case needs an examiner"));
    if (details.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a case needs a title"));
    std::unique_ptr<CaseFile> c(new CaseFile(std::move(backend)));
    CaseBackend &db = *c->m_db;
    if (auto s = db.begin(); !s)
        return s.error();
    const QString now = nowUtc();
    Status s = createSchema(db);
    const std::pair<const char *, QString> meta[] = {{"examiner", details.examiner}, {"case_title", details.title},
                                                     {"case_number", details.number}, {"agency", details.agency},
                                                     {"created_at", now}};
    for (const auto &[key, value] : meta)
        if (s)
            s = db.exec(QStringLiteral("INSERT INTO case_meta (key, value) VALUES (?, ?)"), {QString::fromLatin1(key), value});
    if (s)
        s = c->appendInTransaction(details.examiner, QString::fromLatin1(action::Create),
                                   QJsonObject{{QStringLiteral("case_title"), details.title},
                                               {QStringLiteral("case_number"), details.number},
                                               {QStringLiteral("agency"), details.agency}});
    if (s)
        s = db.commit();
    if (!s) {
        db.rollback();
        return s.error();
    }
    if (auto l = c->loadDetails(); !l)
        return l.error();
    return c;
}

Result<std::unique_ptr<CaseFile>> CaseFile::open(std::unique_ptr<CaseBackend> backend)
{
    std::unique_ptr<CaseFile> c(new CaseFile(std::move(backend)));
    CaseBackend &db = *c->m_db;
    auto version = readSchemaVersion(db);
    if (!version)
        return version.error();
    if (*version > kSchemaVersion)
        return makeError(ErrorCode::Unsupported, QStringLiteral("%1: case schema version %2 is newer than this Seedscope supports (%3); "
                                                                "open it with a newer Seedscope")
                                                     .arg(db.describe()).arg(*version).arg(kSchemaVersion));
    if (*version < kSchemaVersion && !db.readOnly()) {
        if (auto s = db.begin(); !s)
            return s.error();
        // Another writer may have migrated meanwhile: re-read under the write lock.
        auto again = readSchemaVersion(db);
        Status s = again ? migrate(db, *again) : Status(again.error());
        if (s)
            s = db.commit();
        if (!s) {
            db.rollback();
            return s.error();
        }
    }
    if (auto l = c->loadDetails(); !l)
        return l.error();
    return c;
}

Status CaseFile::loadDetails()
{
    auto rows = m_db->query(QStringLiteral("SELECT key, value FROM case_meta"));
    if (!rows)
        return rows.error();
    for (const SqlRow &r : *rows) {
        const QString key = r.value(0).toString();
        const QString value = r.value(1).toString();
        if (key == QLatin1String("examiner"))
            m_details.examiner = value;
        else if (key == QLatin1String("case_title"))
            m_details.title = value;
        else if (key == QLatin1String("case_number"))
            m_details.number = value;
        else if (key == QLatin1String("agency"))
            m_details.agency = value;
        else if (key == QLatin1String("created_at"))
            m_details.createdAt = value;
        else if (key == QLatin1String("schema_version"))
            m_details.schemaVersion = value.toInt();
    }
    return {};
}

Status CaseFile::appendInTransaction(const QString &examiner, const QString &actionName, const QJsonObject &details)
{
    if (auto s = m_db->lockCustodyHead(); !s)
        return s;
    auto head = m_db->query(QStringLiteral("SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return head.error();
    CustodyRecord r;
    r.seq = head->isEmpty() ? 1 : head->constFirst().value(0).toLongLong() + 1;
    r.prevHash = head->isEmpty() ? genesisHash() : head->constFirst().value(1).toString();
    r.utc = nowUtc();
    r.examiner = examiner;
    r.toolVersion = toolVersion();
    r.action = actionName;
    r.details = compact(details);
    r.hash = r.computeHash();
    return m_db->exec(QStringLiteral("INSERT INTO custody_log (seq, utc, examiner, tool_version, action, details, prev_hash, hash) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {r.seq, r.utc, r.examiner, r.toolVersion, r.action, r.details, r.prevHash, r.hash});
}

Status CaseFile::write(const QString &examiner, const QString &actionName, const QJsonObject &details, const std::function<Status()> &body)
{
    if (m_db->readOnly())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is open read-only").arg(m_db->describe()));
    if (examiner.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("every case action needs an examiner"));
    if (auto s = m_db->begin(); !s)
        return s;
    Status s = body ? body() : Status();
    if (s)
        s = appendInTransaction(examiner, actionName, details);
    if (s)
        s = m_db->commit();
    if (!s)
        m_db->rollback();
    return s;
}

Status CaseFile::appendCustody(const QString &examiner, const QString &actionName, const QJsonObject &details)
{
    return write(examiner, actionName, details, {});
}

Result<EvidenceRecord> CaseFile::addEvidence(const EvidenceHash &hash, const QString &examiner)
{
    EvidenceRecord rec;
    rec.path = hash.path;
    rec.name = hash.name;
    rec.kind = hash.kind;
    rec.size = hash.size;
    rec.sha256 = hash.sha256;
    rec.addedAt = nowUtc();
    rec.examiner = examiner;
    auto existing = m_db->query(QStringLiteral("SELECT id, added_at, examiner, path FROM evidence WHERE sha256 = ? ORDER BY id LIMIT 1"),
                                {hash.sha256});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        rec.id = existing->constFirst().value(0).toLongLong();
        rec.addedAt = existing->constFirst().value(1).toString();
        rec.examiner = existing->constFirst().value(2).toString();
        rec.path = existing->constFirst().value(3).toString();
        return rec;
    }
    const QJsonObject details{{QStringLiteral("name"), rec.name},
                              {QStringLiteral("path"), rec.path},
                              {QStringLiteral("kind"), rec.kind},
                              {QStringLiteral("size"), jsonInt(rec.size)},
                              {QStringLiteral("sha256"), rec.sha256}};
    Status s = write(examiner, QString::fromLatin1(action::Import), details, [&]() -> Status {
        return m_db->exec(QStringLiteral("INSERT INTO evidence (path, name, kind, size, sha256, added_at, examiner) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {rec.path, rec.name, rec.kind, rec.size, rec.sha256, rec.addedAt, rec.examiner});
    });
    if (!s)
        return s.error();
    auto id = m_db->query(QStringLiteral("SELECT id FROM evidence WHERE sha256 = ? ORDER BY id LIMIT 1"), {rec.sha256});
    if (!id)
        return id.error();
    rec.id = id->isEmpty() ? 0 : id->constFirst().value(0).toLongLong();
    return rec;
}

Status CaseFile::recordKey(const KeyRecord &key, const QString &examiner)
{
    const QJsonObject details{{QStringLiteral("kind"), key.kind}, {QStringLiteral("fingerprint"), key.fingerprint},
                              {QStringLiteral("label"), key.label}};
    return write(examiner, QString::fromLatin1(action::KeyUsed), details, [&]() -> Status {
        auto known = m_db->query(QStringLiteral("SELECT 1 FROM keys_used WHERE fingerprint = ? AND kind = ?"), {key.fingerprint, key.kind});
        if (!known)
            return known.error();
        if (!known->isEmpty())
            return {};
        return m_db->exec(QStringLiteral("INSERT INTO keys_used (fingerprint, kind, label, first_used_at) VALUES (?, ?, ?, ?)"),
                          {key.fingerprint, key.kind, key.label, nowUtc()});
    });
}

Status CaseFile::storeResult(const CachedResult &result, const QString &examiner, const QString &actionName)
{
    QJsonObject details{{QStringLiteral("evidence_sha256"), result.evidenceSha256},
                        {QStringLiteral("kind"), result.kind},
                        {QStringLiteral("summary"), result.summary}};
    return write(examiner, actionName, details, [&]() -> Status {
        if (auto s = m_db->exec(QStringLiteral("DELETE FROM results_cache WHERE evidence_sha256 = ? AND tool_version = ? AND kind = ? AND params = ?"),
                                {result.evidenceSha256, result.toolVersion, result.kind, result.params});
            !s)
            return s;
        return m_db->exec(QStringLiteral("INSERT INTO results_cache (evidence_sha256, tool_version, kind, params, summary, payload, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {result.evidenceSha256, result.toolVersion, result.kind, result.params, compact(result.summary),
                           compact(result.payload), nowUtc()});
    });
}

Result<qint64> CaseFile::addAnnotation(const Annotation &given, const QString &examiner)
{
    Annotation a = given;
    if (a.target.isEmpty())
        a.target = impliedTarget(a);
    if (auto s = checkAnnotation(a); !s)
        return s.error();
    // The custody record names what was annotated, as the annotation reads in JSON (its
    // id is not known before the insert).
    QJsonObject details = annotationJson(a);
    details.remove(QStringLiteral("id"));
    qint64 id = 0;
    // The custody action is the annotation's kind: "note", "bookmark" or "tag".
    Status s = write(examiner, a.kind, details, [&]() -> Status {
        auto ins = m_db->query(QStringLiteral("INSERT INTO annotations (kind, target, target_ref, evidence_sha256, seq, byte_offset, code, label, "
                                              "body, examiner, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {a.kind, a.target, optText(a.targetRef), optText(a.evidenceSha256), optInt(a.seq), optInt(a.offset),
                                optText(a.code), optText(a.label), optText(a.body), examiner, nowUtc()});
        if (!ins)
            return ins.error();
        id = ins->isEmpty() ? 0 : ins->constFirst().value(0).toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status CaseFile::checkAnnotation(const Annotation &a)
{
    const auto bad = [](const QString &why) { return Status(makeError(ErrorCode::InvalidArgument, why)); };
    if (a.kind != QLatin1String(action::Note) && a.kind != QLatin1String(action::Bookmark) && a.kind != QLatin1String(action::Tag))
        return bad(QStringLiteral("an annotation is a note, a bookmark or a tag, not \"%1\"").arg(a.kind));
    if (a.kind == QLatin1String(action::Note) && a.body.trimmed().isEmpty())
        return bad(QStringLiteral("a note needs text"));
    if (a.kind == QLatin1String(action::Tag) && a.label.trimmed().isEmpty())
        return bad(QStringLiteral("a tag needs a name"));
    const bool onEvidence = !a.evidenceSha256.isEmpty();
    const bool whole = a.target == QLatin1String("case") || a.target == QLatin1String("evidence");
    if (whole && a.kind == QLatin1String(action::Bookmark))
        return bad(QStringLiteral("a bookmark marks an entry, a finding, an Omega file or a chart point"));
    if (a.target == QLatin1String("case"))
        return onEvidence ? bad(QStringLiteral("an annotation on the case names no evidence")) : Status();
    if (!onEvidence)
        return bad(QStringLiteral("an annotation on an %1 needs its evidence").arg(a.target));
    if (a.target == QLatin1String("evidence"))
        return {};
    if (a.target == QLatin1String("entry"))
        return a.seq || a.offset ? Status() : bad(QStringLiteral("an entry is named by its seq or byte offset"));
    if (a.target == QLatin1String("finding") || a.target == QLatin1String("omega-file"))
        return a.targetRef.isEmpty() ? bad(QStringLiteral("an annotation on a %1 needs its name").arg(a.target)) : Status();
    if (a.target == QLatin1String("chart-point")) {
        const qsizetype colon = a.targetRef.lastIndexOf(QLatin1Char(':'));
        return colon > 0 && colon + 1 < a.targetRef.size() ? Status() : bad(QStringLiteral("a chart point is SERIES:X"));
    }
    return bad(QStringLiteral("unknown annotation target \"%1\"").arg(a.target));
}

QList<EvidenceCheck> CaseFile::checkEvidence(const QList<EvidenceRecord> &items) const
{
    QList<EvidenceCheck> out;
    for (const EvidenceRecord &e : items) {
        EvidenceCheck c;
        c.evidence = e;
        auto h = hashEvidence(e.path);
        if (!h) {
            c.problem = QStringLiteral("cannot be read: %1").arg(h.error().message);
        } else {
            c.currentSha256 = h->sha256;
            if (h->sha256 != e.sha256)
                c.problem = QStringLiteral("SHA-256 is %1, was %2 at import").arg(h->sha256, e.sha256);
            else if (h->size != e.size)
                c.problem = QStringLiteral("size is %1, was %2 at import").arg(h->size).arg(e.size);
            else
                c.intact = true;
        }
        out.append(c);
    }
    return out;
}

Result<QList<EvidenceCheck>> CaseFile::checkAndLogEvidence(const QString &examiner)
{
    auto items = evidence();
    if (!items)
        return items.error();
    const QList<EvidenceCheck> checks = checkEvidence(*items);
    QJsonArray bad;
    for (const EvidenceCheck &c : checks) {
        if (c.intact)
            continue;
        bad.append(QJsonObject{{QStringLiteral("name"), c.evidence.name},
                               {QStringLiteral("sha256"), c.evidence.sha256},
                               {QStringLiteral("problem"), c.problem}});
    }
    if (auto s = appendCustody(examiner, QString::fromLatin1(action::Open),
                               QJsonObject{{QStringLiteral("evidence_checked"), int(checks.size())},
                                           {QStringLiteral("evidence_changed"), int(bad.size())}});
        !s)
        return s.error();
    if (!bad.isEmpty())
        if (auto s = appendCustody(examiner, QString::fromLatin1(action::EvidenceMismatch), QJsonObject{{QStringLiteral("evidence"), bad}}); !s)
            return s.error();
    return checks;
}

Result<QList<EvidenceRecord>> CaseFile::evidence()
{
    auto rows = m_db->query(QStringLiteral("SELECT id, path, name, kind, size, sha256, added_at, examiner FROM evidence ORDER BY id"));
    if (!rows)
        return rows.error();
    QList<EvidenceRecord> out;
    for (const SqlRow &r : *rows)
        out.append(EvidenceRecord{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                  r.value(4).toLongLong(), r.value(5).toString(), r.value(6).toString(), r.value(7).toString()});
    return out;
}

Result<QList<KeyRecord>> CaseFile::keys()
{
    auto rows = m_db->query(QStringLiteral("SELECT fingerprint, kind, label, first_used_at FROM keys_used ORDER BY kind, fingerprint"));
    if (!rows)
        return rows.error();
    QList<KeyRecord> out;
    for (const SqlRow &r : *rows)
        out.append(KeyRecord{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString()});
    return out;
}

Result<QList<Annotation>> CaseFile::annotations()
{
    // Before schema 3 there are no target columns (a read-only open does not migrate).
    const bool targets = m_details.schemaVersion >= 3;
    auto rows = m_db->query(QStringLiteral("SELECT id, kind, evidence_sha256, seq, byte_offset, code, label, body, examiner, created_at%1 "
                                           "FROM annotations ORDER BY id")
                                .arg(targets ? QStringLiteral(", target, target_ref") : QString()));
    if (!rows)
        return rows.error();
    QList<Annotation> out;
    for (const SqlRow &r : *rows) {
        Annotation a;
        a.id = r.value(0).toLongLong();
        a.kind = r.value(1).toString();
        a.evidenceSha256 = r.value(2).toString();
        a.seq = toOptInt(r.value(3));
        a.offset = toOptInt(r.value(4));
        a.code = r.value(5).toString();
        a.label = r.value(6).toString();
        a.body = r.value(7).toString();
        a.examiner = r.value(8).toString();
        a.createdAt = r.value(9).toString();
        a.target = targets ? r.value(10).toString() : QString();
        a.targetRef = targets ? r.value(11).toString() : QString();
        if (a.target.isEmpty())
            a.target = impliedTarget(a);
        out.append(a);
    }
    return out;
}

Result<QList<CustodyRecord>> CaseFile::custodyLog()
{
    auto rows = m_db->query(QStringLiteral("SELECT seq, utc, examiner, tool_version, action, details, prev_hash, hash FROM custody_log ORDER BY seq"));
    if (!rows)
        return rows.error();
    QList<CustodyRecord> out;
    for (const SqlRow &r : *rows)
        out.append(CustodyRecord{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                 r.value(4).toString(), r.value(5).toString(), r.value(6).toString(), r.value(7).toString()});
    return out;
}

Result<std::optional<CachedResult>> CaseFile::cachedResult(const QString &sha, const QString &version, const QString &kind,
                                                           const QString &params)
{
    QString sql = QStringLiteral("SELECT params, summary, payload, created_at FROM results_cache "
                                 "WHERE evidence_sha256 = ? AND tool_version = ? AND kind = ?");
    QVariantList args{sha, version, kind};
    if (!params.isEmpty()) {
        sql += QStringLiteral(" AND params = ?");
        args.append(params);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, params LIMIT 1");
    auto rows = m_db->query(sql, args);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<CachedResult>();
    const SqlRow &r = rows->constFirst();
    return std::optional<CachedResult>(CachedResult{sha, version, kind, r.value(0).toString(), parseObject(r.value(1).toString()),
                                                    parseObject(r.value(2).toString()), r.value(3).toString()});
}

} // namespace seedscope::casedb
