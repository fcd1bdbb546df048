// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Evidence is opened read-only and never written. The bytes are memory-mapped where the
// platform allows (huge dumps without copying), and SHA-256 is taken at open so every
// result can name exactly what it was computed from. rehash() lets a session prove the
// file did not change under it (hash before and after).
//
// Opening stats the file before reading anything, so a size cap refuses a huge (or
// sparse) file before a byte of it is mapped or hashed. Files are opened by their native
// name bytes (POSIX open), so names that are not valid UTF-8 open too. Reads through the
// mapping are guarded (evidence/MappingGuard.h): if the file shrinks underneath, the
// missing pages read as zeros and changedDuringRead() turns true instead of SIGBUS.

#include "util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <memory>

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
    // Who takes the identity's SHA-256: open itself, or the caller through hashContents()
    // (a session hashes on a second core while its index pass reads the same bytes).
    enum class HashAt { Open, Caller };
    // The same by the file name's native bytes (as argv gave them). `displayPath` names the
    // file in messages and the identity; empty = QFile::decodeName(nativePath).
    static Result<std::shared_ptr<EvidenceFile>> openNative(const QByteArray &nativePath, qint64 maxSize = 0,
                                                            const QString &displayPath = {}, HashAt hashAt = HashAt::Open);
    ~EvidenceFile();
    EvidenceFile(const EvidenceFile &) = delete;
    EvidenceFile &operator=(const EvidenceFile &) = delete;

    const EvidenceIdentity &identity() const { return m_identity; }
    QByteArrayView bytes() const { return m_view; }
    bool isMapped() const { return m_mapped != nullptr; }

    // For a file opened with HashAt::Caller: hashes the bytes as read (the mapping or the
    // copy) into identity().sha256, which stays empty until then. Safe beside readers of
    // bytes(), not beside readers of identity(). An error when the file shrank while it was
    // read, or Cancelled once `stop` turns true (checked between 1 MiB chunks).
    Status hashContents(const std::atomic_bool *stop = nullptr);

    // Re-reads the file from disk and returns its current SHA-256.
    Result<QByteArray> rehash() const;

    // True once a read through the mapping found the file shorter than at open.
    bool changedDuringRead() const { return m_changed->load(std::memory_order_relaxed); }
    // Compares the open file's size and modification time with those at open, then
    // re-hashes it (reading the open descriptor, not the mapping). True when all match.
    // Any mismatch also turns changedDuringRead() true. Cancellable between chunks.
    Result<bool> unchangedSinceOpen(const std::atomic_bool *stop = nullptr) const;

private:
    EvidenceFile() = default;

    EvidenceIdentity m_identity;
    QByteArray m_native;
    int m_fd = -1;
    qint64 m_mtimeNs = 0;
    uchar *m_mapped = nullptr;
    bool m_guarded = false;
    QByteArray m_copy; // used when mapping is not possible (some file systems)
    QByteArrayView m_view;
    // Shared with the SIGBUS guard; heap-allocated so its address stays fixed.
    std::unique_ptr<std::atomic_bool> m_changed = std::make_unique<std::atomic_bool>(false);
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
