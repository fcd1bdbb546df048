// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hostile file-system objects for tests: FIFOs, links, files named with bytes that are
// not UTF-8. POSIX calls on raw byte paths, because that is what the hostile user uses.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seedscope::testing {

inline bool makeFifo(const QString &path) { return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0; }

inline bool makeLink(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

// Writes `bytes` to dir/<rawName>, rawName being any bytes but '/' and NUL.
inline bool writeRaw(const QString &dir, const QByteArray &rawName, const QByteArray &bytes)
{
    const QByteArray path = QFile::encodeName(dir) + '/' + rawName;
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size());
    return ::close(fd) == 0 && ok;
}

// QTemporaryDir cannot name (so cannot remove) an entry that is not valid UTF-8.
inline void removeRaw(const QString &dir, const QByteArray &rawName)
{
    ::unlink((QFile::encodeName(dir) + '/' + rawName).constData());
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace seedscope::testing
