// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Evidence is opened read-only and never written. The bytes are memory-mapped where the
// platform allows (huge dumps without copying), and SHA-256 is taken at open so every
// result can name exactly what it was computed from. rehash() lets a session prove the
// file did not change under it (hash before and after).

#include "util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <memory>

class QFile;

namespace seedscope {

struct EvidenceIdentity {
    QString path;         // absolute path as opened
    QString displayName;  // file name
    qint64 size = 0;
    QByteArray sha256;    // 32 bytes
    QDateTime modified;   // as the file system reports it (UTC)
};

class EvidenceFile {
public:
    // maxSize guards against opening something absurd by accident (documented caps,
    // docs/security.md); 0 = no cap beyond what the address space allows.
    static Result<std::shared_ptr<EvidenceFile>> open(const QString &path, qint64 maxSize = 0);
    ~EvidenceFile();
    EvidenceFile(const EvidenceFile &) = delete;
    EvidenceFile &operator=(const EvidenceFile &) = delete;

    const EvidenceIdentity &identity() const { return m_identity; }
    QByteArrayView bytes() const { return m_view; }
    bool isMapped() const { return m_mapped != nullptr; }

    // Re-reads the file from disk and returns its current SHA-256.
    Result<QByteArray> rehash() const;

private:
    EvidenceFile() = default;

    EvidenceIdentity m_identity;
    std::unique_ptr<QFile> m_file;
    uchar *m_mapped = nullptr;
    QByteArray m_copy; // used when mapping is not possible (empty files, some file systems)
    QByteArrayView m_view;
};

// SHA-256 of a file read in chunks (read-only), for files we do not keep open.
Result<QByteArray> sha256OfFile(const QString &path);

} // namespace seedscope

namespace seedscope {

// A folder of evidence files (an Omega checkpoint directory): identity is the SHA-256 of
// the sorted "name NUL sha256-hex LF" lines of the files matching the filters, so any
// added, removed, renamed or changed file changes it.
struct EvidenceFolderEntry {
    QString name;
    qint64 size = 0;
    QByteArray sha256;
};
Result<EvidenceIdentity> identifyFolder(const QString &path, const QStringList &nameFilters,
                                        QList<EvidenceFolderEntry> *entries = nullptr);

} // namespace seedscope
