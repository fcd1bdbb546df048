// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb/EvidenceHash.h"

#include "crypto/Hash.h"
#include "util/Hex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace seedscope::casedb {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr int kMaxFolderFiles = 100000;

Result<QByteArray> hashFile(const QString &path, qint64 *size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    crypto::Sha256 h;
    qint64 total = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty() && f.error() != QFile::NoError)
            return makeError(ErrorCode::Io, QStringLiteral("read error in %1: %2").arg(path, f.errorString()));
        if (chunk.isEmpty())
            break;
        h.update(chunk);
        total += chunk.size();
    }
    *size = total;
    return h.finish();
}

} // namespace

Result<EvidenceHash> hashEvidence(const QString &path)
{
    const QFileInfo info(path);
    EvidenceHash e;
    e.path = info.absoluteFilePath();
    e.name = info.fileName();
    if (info.isFile()) {
        e.kind = QStringLiteral("dump");
        auto h = hashFile(e.path, &e.size);
        if (!h)
            return h.error();
        e.sha256 = toHex(*h);
        return e;
    }
    if (!info.isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("no evidence at %1").arg(path));
    // A folder: "<relative path>\t<size>\t<sha256 hex>\n" per regular file, sorted by
    // relative path (byte order of UTF-8), hashed as one manifest.
    e.kind = QStringLiteral("omega");
    QStringList files;
    QDirIterator it(e.path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(e.path).relativeFilePath(it.next());
        if (files.size() > kMaxFolderFiles)
            return makeError(ErrorCode::LimitExceeded, QStringLiteral("%1 holds more than %2 files").arg(path).arg(kMaxFolderFiles));
    }
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QByteArray manifest;
    for (const QString &rel : files) {
        qint64 size = 0;
        auto h = hashFile(QDir(e.path).filePath(rel), &size);
        if (!h)
            return h.error();
        e.size += size;
        manifest += rel.toUtf8() + '\t' + QByteArray::number(size) + '\t' + h->toHex() + '\n';
    }
    e.sha256 = toHex(crypto::sha256(manifest));
    return e;
}

Result<QString> fingerprintFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, QStringLiteral("no file at %1").arg(path));
    qint64 size = 0;
    auto h = hashFile(path, &size);
    if (!h)
        return h.error();
    return toHex(*h);
}

} // namespace seedscope::casedb
