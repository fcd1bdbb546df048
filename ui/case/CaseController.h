// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case open in the window: create or open a .seedcase, import evidence, annotate,
// export reports. It holds no widgets; CaseUi asks the examiner and calls these. Every
// action goes through core's CaseFile, so the GUI writes exactly what the CLI writes
// (same custody records, same results cache). Opening a case re-hashes its evidence and
// reads each verdict from the results cache: nothing is verified again.

#include "casedb/CaseFile.h"
#include "casework/CaseImport.h"

#include <QObject>

#include <memory>

namespace seedscope::ui {

// One registered piece of evidence as the case dock shows it.
struct CaseEvidenceRow {
    casedb::EvidenceRecord evidence;
    bool intact = false;
    QString problem;       // why it is not intact
    QString verdict;       // from the cached result; "not verified" when none
    int findings = 0;
    bool cached = false;   // a result of this tool version is stored
};

class CaseController : public QObject {
    Q_OBJECT
public:
    explicit CaseController(QObject *parent = nullptr);
    ~CaseController() override;

    bool isOpen() const { return bool(m_case); }
    casedb::CaseFile *caseFile() const { return m_case.get(); }
    QString path() const { return m_path; }
    // Who acts: the case's examiner unless set.
    QString examiner() const;
    void setExaminer(const QString &name) { m_examiner = name; }

    Status createCase(const QString &path, const casedb::CaseDetails &details);
    Status openCase(const QString &path);
    void closeCase();

    // Imports a dump or Omega folder (verifying it unless the cache holds its result).
    Result<casedb::ImportOutcome> addEvidence(const QString &path, const casedb::ImportInputs &inputs);
    Result<qint64> annotate(const casedb::Annotation &annotation);
    // format: html, pdf, json or csv. Logs an "export" record with the file's SHA-256.
    Status exportReport(const QString &format, const QString &outPath, const QString &generatedAtUtc = {});

    // What the dock shows; recomputed after every change (re-hash on open only).
    const QList<CaseEvidenceRow> &evidenceRows() const { return m_rows; }
    QList<casedb::CustodyRecord> custodyLog() const;
    // Empty when the custody chain verifies, else where and why it breaks.
    QString chainProblem() const;

Q_SIGNALS:
    void caseChanged();

private:
    Status adopt(std::unique_ptr<casedb::CaseFile> c, const QString &path, bool logOpen);
    void refresh(bool rehash);

    std::unique_ptr<casedb::CaseFile> m_case;
    QString m_path;
    QString m_examiner;
    QList<CaseEvidenceRow> m_rows;
    QHash<QString, casedb::EvidenceCheck> m_checks; // sha256 -> last re-hash
};

} // namespace seedscope::ui
