// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceFile.h"

#include "crypto/Hash.h"

#include <QFile>
#include <QFileInfo>

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

Result<std::shared_ptr<EvidenceFile>> EvidenceFile::open(const QString &path, qint64 maxSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::Io, QStringLiteral("%1: no such file").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::Io, QStringLiteral("%1: not a regular file").arg(path));
    if (maxSize > 0 && info.size() > maxSize)
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("%1 is %2 bytes, above the cap of %3 bytes").arg(path).arg(info.size()).arg(maxSize));

    std::shared_ptr<EvidenceFile> ev(new EvidenceFile);
    ev->m_file = std::make_unique<QFile>(info.absoluteFilePath());
    // ReadOnly only: never ReadWrite, never Append, never Truncate. QIODevice::ExistingOnly
    // makes sure a vanished file is an error rather than a new empty file.
    if (!ev->m_file->open(QIODevice::ReadOnly | QIODevice::ExistingOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, ev->m_file->errorString()));

    ev->m_identity.path = info.absoluteFilePath();
    ev->m_identity.displayName = info.fileName();
    ev->m_identity.size = ev->m_file->size();
    ev->m_identity.modified = info.lastModified().toUTC();

    if (ev->m_identity.size > 0)
        ev->m_mapped = ev->m_file->map(0, ev->m_identity.size, QFileDevice::NoOptions);
    if (ev->m_mapped) {
        ev->m_view = QByteArrayView(reinterpret_cast<const char *>(ev->m_mapped), ev->m_identity.size);
    } else {
        ev->m_copy = ev->m_file->readAll();
        if (ev->m_copy.size() != ev->m_identity.size)
            return makeError(ErrorCode::Io, QStringLiteral("%1: short read").arg(path));
        ev->m_view = ev->m_copy;
    }
    crypto::Sha256 h;
    for (qint64 pos = 0; pos < ev->m_view.size(); pos += kHashChunk)
        h.update(ev->m_view.sliced(pos, std::min(kHashChunk, ev->m_view.size() - pos)));
    ev->m_identity.sha256 = h.finish();
    return ev;
}

EvidenceFile::~EvidenceFile()
{
    if (m_mapped && m_file)
        m_file->unmap(m_mapped);
}

Result<QByteArray> EvidenceFile::rehash() const { return sha256OfFile(m_identity.path); }

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
