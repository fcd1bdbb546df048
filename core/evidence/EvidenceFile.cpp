// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceFile.h"

#include "crypto/Hash.h"

#include "evidence/MappingGuard.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seedscope {
namespace {

constexpr qint64 kHashChunk = 1 << 20;

Result<QByteArray> hashOpenFile(QFile &file)
{
    crypto::Sha256 h;
    QByteArray buf;
    while (true) {
        buf = file.read(kHashChunk);
        if (buf.isEmpty())
            break;
        h.update(buf);
    }
    if (file.error() != QFile::NoError)
        return makeError(ErrorCode::Io, QStringLiteral("read error in %1: %2").arg(file.fileName(), file.errorString()));
    return h.finish();
}

} // namespace

namespace {

QString errnoText(int err)
{
    switch (err) {
    case ENOENT:
        return QStringLiteral("no such file");
    case ELOOP:
        return QStringLiteral("symbolic link loop (too many levels of symbolic links)");
    case EACCES:
        return QStringLiteral("permission denied");
    case ENOTDIR:
        return QStringLiteral("a component of the path is not a directory");
    case ENAMETOOLONG:
        return QStringLiteral("file name too long");
    default:
        return QString::fromLocal8Bit(strerror(err));
    }
}

qint64 mtimeNs(const struct stat &st) { return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec; }

} // namespace

Result<std::shared_ptr<EvidenceFile>> EvidenceFile::open(const QString &path, qint64 maxSize)
{
    return openNative(QFile::encodeName(path), maxSize, path);
}

Result<std::shared_ptr<EvidenceFile>> EvidenceFile::openNative(const QByteArray &nativePath, qint64 maxSize,
                                                               const QString &displayPath, HashAt hashAt)
{
    const QString path = displayPath.isEmpty() ? QFile::decodeName(nativePath) : displayPath;
    if (nativePath.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no file name given"));
    // stat before anything else: a cap must refuse a huge or sparse file before one byte
    // of it is mapped, hashed or allocated for.
    struct stat st = {};
    if (::stat(nativePath.constData(), &st) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, errnoText(errno)));
    if (S_ISDIR(st.st_mode))
        return makeError(ErrorCode::Io, QStringLiteral("%1: is a directory, not a file").arg(path));
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorCode::Io, QStringLiteral("%1: not a regular file").arg(path));
    if (maxSize > 0 && qint64(st.st_size) > maxSize)
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("%1 is %2 bytes, above the cap of %3 bytes").arg(path).arg(qint64(st.st_size)).arg(maxSize));

    std::shared_ptr<EvidenceFile> ev(new EvidenceFile);
    // O_RDONLY only: never write, append, truncate or create.
    ev->m_fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (ev->m_fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, errnoText(errno)));
    if (::fstat(ev->m_fd, &st) != 0 || !S_ISREG(st.st_mode))
        return makeError(ErrorCode::Io, QStringLiteral("%1: not a regular file").arg(path));
    if (maxSize > 0 && qint64(st.st_size) > maxSize) // replaced between stat and open
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("%1 is %2 bytes, above the cap of %3 bytes").arg(path).arg(qint64(st.st_size)).arg(maxSize));

    ev->m_native = nativePath;
    const QFileInfo info(path);
    ev->m_identity.path = info.absoluteFilePath();
    ev->m_identity.displayName = info.fileName();
    ev->m_identity.size = qint64(st.st_size);
    ev->m_identity.modified = QDateTime::fromMSecsSinceEpoch(mtimeNs(st) / 1000000, Qt::UTC);
    ev->m_mtimeNs = mtimeNs(st);

    if (ev->m_identity.size > 0) {
        void *p = ::mmap(nullptr, size_t(ev->m_identity.size), PROT_READ, MAP_PRIVATE, ev->m_fd, 0);
        if (p != MAP_FAILED) {
            ev->m_mapped = static_cast<uchar *>(p);
            ev->m_guarded = evidence::registerGuardedMapping(p, size_t(ev->m_identity.size), ev->m_changed.get());
            if (!ev->m_guarded) { // unguarded mappings could SIGBUS: read a copy instead
                ::munmap(p, size_t(ev->m_identity.size));
                ev->m_mapped = nullptr;
            }
        }
    }
    if (ev->m_mapped) {
        ev->m_view = QByteArrayView(reinterpret_cast<const char *>(ev->m_mapped), ev->m_identity.size);
    } else if (ev->m_identity.size > 0) {
        ev->m_copy.resize(ev->m_identity.size);
        qint64 done = 0;
        while (done < ev->m_identity.size) {
            const ssize_t n = ::pread(ev->m_fd, ev->m_copy.data() + done, size_t(ev->m_identity.size - done), off_t(done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return makeError(ErrorCode::Io, QStringLiteral("%1: short read (the file changed while it was read)").arg(path));
            done += n;
        }
        ev->m_view = ev->m_copy;
    }
    if (hashAt == HashAt::Open)
        if (Status hashed = ev->hashContents(); !hashed)
            return hashed.error();
    return ev;
}

Status EvidenceFile::hashContents(const std::atomic_bool *stop)
{
    crypto::Sha256 h;
    for (qint64 pos = 0; pos < m_view.size(); pos += kHashChunk) {
        if (stop && stop->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled, QStringLiteral("hash cancelled"));
        h.update(m_view.sliced(pos, std::min(kHashChunk, m_view.size() - pos)));
    }
    if (changedDuringRead())
        return makeError(ErrorCode::Io, QStringLiteral("%1: the file changed (shrank) while it was being read").arg(m_identity.path));
    m_identity.sha256 = h.finish();
    return {};
}

EvidenceFile::~EvidenceFile()
{
    if (m_mapped) {
        evidence::unregisterGuardedMapping(m_mapped);
        ::munmap(m_mapped, size_t(m_identity.size));
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<QByteArray> EvidenceFile::rehash() const { return sha256OfFile(m_identity.path); }

Result<bool> EvidenceFile::unchangedSinceOpen(const std::atomic_bool *stop) const
{
    if (changedDuringRead())
        return false;
    struct stat st = {};
    if (::fstat(m_fd, &st) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_identity.path, errnoText(errno)));
    if (qint64(st.st_size) != m_identity.size || mtimeNs(st) != m_mtimeNs) {
        m_changed->store(true);
        return false;
    }
    crypto::Sha256 h;
    QByteArray buf(kHashChunk, Qt::Uninitialized);
    qint64 pos = 0;
    while (true) {
        if (stop && stop->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled, QStringLiteral("re-hash cancelled"));
        const ssize_t n = ::pread(m_fd, buf.data(), size_t(buf.size()), off_t(pos));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_identity.path, errnoText(errno)));
        if (n == 0)
            break;
        h.update(QByteArrayView(buf.constData(), n));
        pos += n;
    }
    if (pos != m_identity.size || h.finish() != m_identity.sha256) {
        m_changed->store(true);
        return false;
    }
    return true;
}

Result<QByteArray> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::ExistingOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, f.errorString()));
    return hashOpenFile(f);
}

} // namespace seedscope

#include <QDir>

namespace seedscope {

Result<EvidenceIdentity> identifyFolder(const QString &path, const QStringList &nameFilters,
                                        QList<EvidenceFolderEntry> *entries)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return makeError(ErrorCode::Io, QStringLiteral("%1: not a directory").arg(path));
    QDir dir(info.absoluteFilePath());
    const QStringList names = dir.entryList(nameFilters, QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    EvidenceIdentity id;
    id.path = info.absoluteFilePath();
    id.displayName = info.fileName();
    id.modified = info.lastModified().toUTC();
    crypto::Sha256 folderHash;
    for (const QString &name : names) {
        const QString full = dir.filePath(name);
        auto h = sha256OfFile(full);
        if (!h)
            return h.error();
        const qint64 size = QFileInfo(full).size();
        id.size += size;
        folderHash.update(name.toUtf8());
        folderHash.update(QByteArrayView("\0", 1));
        folderHash.update(h->toHex());
        folderHash.update("\n");
        if (entries)
            entries->append({name, size, *h});
    }
    id.sha256 = folderHash.finish();
    return id;
}

} // namespace seedscope
