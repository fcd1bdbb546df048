// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaDirectory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace seedscope::omega {

Result<DirectoryListing> listOmegaDirectory(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such file or directory").arg(path));
    if (!info.isDir())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: not a directory").arg(path));
    DirectoryListing l;
    l.openedPath = info.absoluteFilePath();
    l.displayName = info.fileName().isEmpty() ? l.openedPath : info.fileName();
    l.checkpointDir = l.openedPath;
    const QFileInfo sub(QDir(l.openedPath).filePath(QStringLiteral("checkpoints")));
    if (sub.isDir())
        l.checkpointDir = sub.absoluteFilePath();
    if (!QFileInfo(l.checkpointDir).isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1: permission denied").arg(l.checkpointDir));

    QDir dir(l.checkpointDir);
    if (!dir.exists())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot list").arg(l.checkpointDir));
    // An iterator rather than entryList(): the cap stops reading a hostile folder early.
    QDirIterator it(l.checkpointDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        it.next();
        if (++l.entriesSeen > kMaxFilesPerDirectory) {
            l.tooManyEntries = true;
            break;
        }
        const QString name = it.fileName();
        if (name == QLatin1StringView("manifest.json")) {
            l.hasManifest = true;
            continue;
        }
        if (!name.startsWith(QLatin1StringView("checkpoint_")))
            continue;
        if (name.endsWith(QLatin1StringView(".json")))
            l.candidates.append(name);
        else if (name.endsWith(QLatin1StringView(".json.enc")))
            l.encrypted.append(name);
    }
    return l;
}

FileRead readEvidenceFile(const QString &path, qint64 maxBytes)
{
    FileRead r;
    const QFileInfo info(path);
    r.regularFile = info.isFile();
    if (!r.regularFile) {
        r.error = info.isDir() ? QStringLiteral("is a directory") : QStringLiteral("not a regular file");
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = f.errorString();
        return r;
    }
    r.size = f.size();
    if (r.size > maxBytes) {
        r.tooLarge = true;
        r.error = QStringLiteral("%1 bytes, above the %2-byte cap").arg(r.size).arg(maxBytes);
        return r;
    }
    // Read at most maxBytes + 1 so a file growing under us cannot make us read without end.
    r.bytes = f.read(maxBytes + 1);
    if (r.bytes.size() > maxBytes) {
        r.tooLarge = true;
        r.bytes.clear();
        r.error = QStringLiteral("grew above the %1-byte cap while being read").arg(maxBytes);
        return r;
    }
    r.size = r.bytes.size();
    r.ok = true;
    return r;
}

} // namespace seedscope::omega
