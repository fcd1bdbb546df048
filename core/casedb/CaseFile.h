// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A forensic case: details, evidence registry, keys by fingerprint, cached results,
// annotations and the hash-chained custody log, on any CaseBackend (a .seedcase file,
// or a PostgreSQL database for team cases). Every write is one transaction that also
// appends its custody record, so an action and its record land together or not at all.
// Evidence is only ever read (hashing), never written.

#include "casedb/CaseBackend.h"
#include "casedb/CaseTypes.h"
#include "casedb/CustodyRecord.h"
#include "casedb/EvidenceHash.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace seedscope::casedb {

class CaseFile {
public:
    // A new case in an empty backend: schema, details and the "create" record.
    static Result<std::unique_ptr<CaseFile>> create(std::unique_ptr<CaseBackend> backend, const CaseDetails &details);
    // An existing case: checks the schema version, refuses a newer one, and migrates an
    // older one when the backend is writable.
    static Result<std::unique_ptr<CaseFile>> open(std::unique_ptr<CaseBackend> backend);

    const CaseDetails &details() const { return m_details; }
    CaseBackend &backend() { return *m_db; }

    // Writes. `examiner` signs the custody record each write appends.
    Status appendCustody(const QString &examiner, const QString &action, const QJsonObject &details);
    // Registers evidence (or finds it already registered by SHA-256) and logs "import".
    Result<EvidenceRecord> addEvidence(const EvidenceHash &hash, const QString &examiner);
    // Records that a key or trust store was used ("key used"); never the key bytes.
    Status recordKey(const KeyRecord &key, const QString &examiner);
    // Stores a result in the cache and logs the action (e.g. "verify") with its summary.
    Status storeResult(const CachedResult &result, const QString &examiner, const QString &action);
    // Adds a note, bookmark or tag (CaseTypes.h says on what) and logs it under its kind.
    // An annotation that does not name its target completely is an InvalidArgument error.
    Result<qint64> addAnnotation(const Annotation &annotation, const QString &examiner);
    // Re-hashes every registered evidence item and logs "open" with the outcome; a
    // changed or missing item also gets an "evidence mismatch" record.
    Result<QList<EvidenceCheck>> checkAndLogEvidence(const QString &examiner);

    // Reads.
    Result<QList<EvidenceRecord>> evidence();
    Result<QList<KeyRecord>> keys();
    Result<QList<Annotation>> annotations();
    Result<QList<CustodyRecord>> custodyLog();
    // The newest cached result for exactly this evidence and tool version; `params`
    // empty matches any inputs.
    Result<std::optional<CachedResult>> cachedResult(const QString &evidenceSha256, const QString &toolVersion,
                                                     const QString &kind, const QString &params = {});
    // Re-hashes the evidence without writing anything.
    QList<EvidenceCheck> checkEvidence(const QList<EvidenceRecord> &items) const;

    static QString nowUtc();
    static QString toolVersion();

private:
    explicit CaseFile(std::unique_ptr<CaseBackend> backend) : m_db(std::move(backend)) {}
    Status loadDetails();
    static Status checkAnnotation(const Annotation &annotation);
    // Runs `body` and appends the custody record in one transaction.
    Status write(const QString &examiner, const QString &action, const QJsonObject &details, const std::function<Status()> &body);
    Status appendInTransaction(const QString &examiner, const QString &action, const QJsonObject &details);

    std::unique_ptr<CaseBackend> m_db;
    CaseDetails m_details;
};

} // namespace seedscope::casedb
