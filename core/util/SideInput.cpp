// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SideInput.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seedscope {
namespace {

FileKind kindOf(mode_t m)
{
    if (S_ISREG(m))
        return FileKind::Regular;
    if (S_ISDIR(m))
        return FileKind::Directory;
    if (S_ISFIFO(m))
        return FileKind::Fifo;
    if (S_ISCHR(m))
        return FileKind::CharDevice;
    if (S_ISBLK(m))
        return FileKind::BlockDevice;
    if (S_ISSOCK(m))
        return FileKind::Socket;
    if (S_ISLNK(m))
        return FileKind::Symlink;
    return FileKind::Other;
}

QString display(const QByteArray &nativePath) { return QFile::decodeName(nativePath); }

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Opens without blocking and checks the kind and the size on the descriptor itself, so
// nothing can be swapped in between the check and the read.
Status openChecked(const QByteArray &nativePath, QStringView what, const SideInputOptions &o, int &fdOut, qint64 &size)
{
    fdOut = -1;
    const QString shown = o.shownAs.isEmpty() ? display(nativePath) : o.shownAs;
    int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
    if (o.noFollow)
        flags |= O_NOFOLLOW;
    int raw;
    do
        raw = ::open(nativePath.constData(), flags);
    while (raw < 0 && errno == EINTR);
    if (raw < 0) {
        const int e = errno;
        if (e == ELOOP && o.noFollow)
            return makeError(ErrorCode::Io, QStringLiteral("%1 %2 is a symbolic link, not a regular file").arg(what, shown));
        return makeError(ErrorCode::Io, QStringLiteral("cannot open %1 %2: %3").arg(what, shown, QString::fromLocal8Bit(std::strerror(e))));
    }
    struct stat st {};
    if (::fstat(raw, &st) != 0) {
        const int e = errno;
        ::close(raw);
        return makeError(ErrorCode::Io, QStringLiteral("cannot examine %1 %2: %3").arg(what, shown, QString::fromLocal8Bit(std::strerror(e))));
    }
    const FileKind kind = kindOf(st.st_mode);
    if (kind != FileKind::Regular) {
        ::close(raw);
        return makeError(ErrorCode::Io, QStringLiteral("%1 %2 is %3, not a regular file").arg(what, shown, fileKindPhrase(kind)));
    }
    if (st.st_size > o.maxBytes) {
        ::close(raw);
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("%1 %2 is %3 bytes, above the cap of %4 bytes")
                                                       .arg(what, shown)
                                                       .arg(qint64(st.st_size))
                                                       .arg(o.maxBytes));
    }
    fdOut = raw;
    size = st.st_size;
    return {};
}

// Reads until end of file or until `limit` bytes are in `buffer`.
Status readSome(int fd, const QString &shown, QStringView what, char *buffer, qint64 limit, qint64 &got)
{
    while (got < limit) {
        const ssize_t n = ::read(fd, buffer + got, size_t(limit - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorCode::Io, QStringLiteral("read error in %1 %2: %3")
                                                .arg(what, shown, QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        got += n;
    }
    return {};
}

Error grew(const QString &shown, QStringView what, qint64 maxBytes)
{
    return makeError(ErrorCode::LimitExceeded, QStringLiteral("%1 %2 grew above the cap of %3 bytes while being read")
                                                   .arg(what, shown)
                                                   .arg(maxBytes));
}

} // namespace

QString fileKindPhrase(FileKind kind)
{
    switch (kind) {
    case FileKind::Missing: return QStringLiteral("missing");
    case FileKind::Regular: return QStringLiteral("a regular file");
    case FileKind::Directory: return QStringLiteral("a directory");
    case FileKind::Fifo: return QStringLiteral("a FIFO");
    case FileKind::CharDevice: return QStringLiteral("a character device");
    case FileKind::BlockDevice: return QStringLiteral("a block device");
    case FileKind::Socket: return QStringLiteral("a socket");
    case FileKind::Symlink: return QStringLiteral("a symbolic link");
    case FileKind::Other: return QStringLiteral("a special file");
    }
    return QStringLiteral("a special file");
}

Status readSideInputNative(const QByteArray &nativePath, QStringView what, const SideInputOptions &options, QByteArray &out)
{
    out.clear();
    int raw = -1;
    qint64 size = 0;
    if (Status s = openChecked(nativePath, what, options, raw, size); !s)
        return s;
    const Fd fd(raw);
    // Sized from fstat (already checked against the cap); one byte more tells whether the
    // file grew since, in which case reading goes on up to the cap and no further.
    const QString shown = options.shownAs.isEmpty() ? display(nativePath) : options.shownAs;
    QByteArray buf(qsizetype(size + 1), Qt::Uninitialized);
    qint64 got = 0;
    if (Status s = readSome(fd.get(), shown, what, buf.data(), size + 1, got); !s)
        return s;
    if (got > size) {
        buf.resize(qsizetype(options.maxBytes + 1));
        if (Status s = readSome(fd.get(), shown, what, buf.data(), options.maxBytes + 1, got); !s)
            return s;
        if (got > options.maxBytes)
            return grew(shown, what, options.maxBytes);
    }
    buf.resize(qsizetype(got));
    out = std::move(buf);
    return {};
}

Result<QByteArray> readSideInput(const QString &path, QStringView what, qint64 maxBytes)
{
    QByteArray out;
    SideInputOptions o;
    o.maxBytes = maxBytes;
    if (Status s = readSideInputNative(QFile::encodeName(path), what, o, out); !s)
        return s.error();
    return out;
}

Status readSideInputInto(const QString &path, QStringView what, qint64 maxBytes, char *buffer, qint64 &got)
{
    got = 0;
    SideInputOptions o;
    o.maxBytes = maxBytes;
    const QByteArray native = QFile::encodeName(path);
    int raw = -1;
    qint64 size = 0;
    if (Status s = openChecked(native, what, o, raw, size); !s)
        return s;
    const Fd fd(raw);
    if (Status s = readSome(fd.get(), path, what, buffer, maxBytes + 1, got); !s)
        return s;
    if (got > maxBytes)
        return grew(path, what, maxBytes);
    return {};
}

} // namespace seedscope
