// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaDirectory.h"

#include "util/SideInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seedscope::omega {
namespace {

// Length of the strictly valid UTF-8 sequence starting at s[i] (Python's decoder: no
// overlong forms, no surrogates, nothing above U+10FFFF), 0 when none starts there.
int validSequence(QByteArrayView s, qsizetype i)
{
    const auto b = [&](qsizetype k) { return uchar(s[k]); };
    const uchar c = b(i);
    if (c < 0x80)
        return 1;
    const qsizetype left = s.size() - i;
    const auto cont = [&](qsizetype k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !cont(i + 1) || !cont(i + 2))
            return 0;
        if (c == 0xE0 && b(i + 1) < 0xA0)
            return 0; // overlong
        if (c == 0xED && b(i + 1) >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3))
            return 0;
        if (c == 0xF0 && b(i + 1) < 0x90)
            return 0; // overlong
        if (c == 0xF4 && b(i + 1) >= 0x90)
            return 0; // above U+10FFFF
        return 4;
    }
    return 0;
}

EntryKind kindOfMode(mode_t m)
{
    if (S_ISREG(m))
        return EntryKind::Regular;
    if (S_ISFIFO(m))
        return EntryKind::Fifo;
    if (S_ISCHR(m) || S_ISBLK(m))
        return EntryKind::Device;
    if (S_ISDIR(m))
        return EntryKind::Directory;
    return EntryKind::Other;
}

QString kindPhrase(mode_t m)
{
    if (S_ISREG(m))
        return QStringLiteral("a regular file");
    if (S_ISFIFO(m))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(m))
        return QStringLiteral("a character device");
    if (S_ISBLK(m))
        return QStringLiteral("a block device");
    if (S_ISDIR(m))
        return QStringLiteral("a directory");
    if (S_ISSOCK(m))
        return QStringLiteral("a socket");
    return QStringLiteral("a special file");
}

QDateTime mtimeOf(const struct stat &st) { return QDateTime::fromSecsSinceEpoch(qint64(st.st_mtime), Qt::UTC); }

QByteArray canonical(const QByteArray &native)
{
    char buf[PATH_MAX];
    if (!::realpath(native.constData(), buf))
        return {};
    return QByteArray(buf);
}

bool interesting(QByteArrayView raw)
{
    return raw.startsWith("checkpoint_") || raw == QByteArrayView("manifest.json");
}

QString errnoText(int e) { return QString::fromLocal8Bit(std::strerror(e)); }

// Classifies one entry with lstat/stat only: nothing is opened here.
void classify(FolderEntry &e, int dirFd, const QByteArray &nativeDir, const QByteArray &canonicalDir)
{
    struct stat st {};
    if (::fstatat(dirFd, e.rawName.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        e.kind = EntryKind::Unreadable;
        e.error = errnoText(errno);
        return;
    }
    e.modified = mtimeOf(st);
    if (!S_ISLNK(st.st_mode)) {
        e.kind = kindOfMode(st.st_mode);
        e.size = S_ISREG(st.st_mode) ? qint64(st.st_size) : 0;
        if (e.kind == EntryKind::Directory)
            e.error = QStringLiteral("is a directory");
        else if (e.kind != EntryKind::Regular)
            e.error = QStringLiteral("is %1, not a regular file; not opened").arg(kindPhrase(st.st_mode));
        return;
    }
    e.isLink = true;
    char target[PATH_MAX];
    const ssize_t n = ::readlinkat(dirFd, e.rawName.constData(), target, sizeof target - 1);
    e.linkTarget = n >= 0 ? displayName(QByteArrayView(target, n)) : QStringLiteral("?");
    const QByteArray resolved = canonical(nativeDir + '/' + e.rawName);
    if (resolved.isEmpty()) {
        e.kind = EntryKind::Unreadable;
        e.error = QStringLiteral("a symbolic link to %1 that does not resolve (%2)").arg(e.linkTarget, errnoText(errno));
        return;
    }
    e.resolvedTarget = displayName(resolved);
    if (!resolved.startsWith(canonicalDir + '/')) {
        e.kind = EntryKind::LinkOutside;
        e.error = QStringLiteral("a symbolic link leading out of the folder to %1; not followed").arg(e.resolvedTarget);
        return;
    }
    struct stat target_st {};
    if (::stat(resolved.constData(), &target_st) != 0) {
        e.kind = EntryKind::Unreadable;
        e.error = errnoText(errno);
        return;
    }
    if (!S_ISREG(target_st.st_mode)) {
        e.kind = kindOfMode(target_st.st_mode);
        if (e.kind == EntryKind::Regular)
            e.kind = EntryKind::Other;
        e.targetKind = kindPhrase(target_st.st_mode);
        e.error = QStringLiteral("a symbolic link to %1 (%2), not a regular file; not opened").arg(e.resolvedTarget, e.targetKind);
        return;
    }
    e.kind = EntryKind::LinkInside;
    e.size = qint64(target_st.st_size);
}

void index(DirectoryListing &l)
{
    for (int i = 0; i < l.entries.size(); ++i) {
        const QByteArray &raw = l.entries[i].rawName;
        if (raw == QByteArrayView("manifest.json"))
            l.manifest = i;
        else if (!raw.startsWith("checkpoint_"))
            continue;
        else if (raw.endsWith(".json"))
            l.candidates.append(i);
        else if (raw.endsWith(".json.enc"))
            l.encrypted.append(i);
    }
}

} // namespace

const char *entryKindName(EntryKind k)
{
    switch (k) {
    case EntryKind::Regular: return "regular";
    case EntryKind::LinkInside: return "link-inside";
    case EntryKind::LinkOutside: return "link-outside";
    case EntryKind::Fifo: return "fifo";
    case EntryKind::Device: return "device";
    case EntryKind::Directory: return "directory";
    case EntryKind::Other: return "other";
    case EntryKind::Unreadable: return "unreadable";
    }
    return "other";
}

QString displayName(const QByteArrayView raw, bool *validUtf8)
{
    QByteArray utf8;
    utf8.reserve(raw.size());
    bool valid = true;
    for (qsizetype i = 0; i < raw.size();) {
        const int n = validSequence(raw, i);
        if (n > 0) {
            utf8.append(raw.data() + i, n);
            i += n;
            continue;
        }
        valid = false;
        static const char hex[] = "0123456789abcdef";
        const uchar c = uchar(raw[i]);
        utf8.append("\\x");
        utf8.append(hex[c >> 4]);
        utf8.append(hex[c & 15]);
        ++i;
    }
    if (validUtf8)
        *validUtf8 = valid;
    return QString::fromUtf8(utf8);
}

QByteArray pythonSortKey(QByteArrayView raw)
{
    QByteArray key;
    key.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const int n = validSequence(raw, i);
        if (n > 0) {
            key.append(raw.data() + i, n);
            i += n;
            continue;
        }
        const unsigned cp = 0xDC00u + uchar(raw[i]);
        key.append(char(0xE0 | (cp >> 12)));
        key.append(char(0x80 | ((cp >> 6) & 0x3F)));
        key.append(char(0x80 | (cp & 0x3F)));
        ++i;
    }
    return key;
}

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
    l.nativeDir = QFile::encodeName(l.checkpointDir);
    const QByteArray canonicalDir = canonical(l.nativeDir);

    DIR *d = ::opendir(l.nativeDir.constData());
    if (!d) {
        const int e = errno;
        if (e == EACCES)
            return makeError(ErrorCode::Io, QStringLiteral("%1: permission denied").arg(l.checkpointDir));
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot list: %2").arg(l.checkpointDir, errnoText(e)));
    }
    // readdir on the encoded path, not QDir: QDir cannot name an entry that is not valid
    // UTF-8, and such an entry is exactly what the original loader would still pick.
    const int dirFd = ::dirfd(d);
    while (true) {
        errno = 0;
        const dirent *de = ::readdir(d);
        if (!de)
            break;
        const QByteArrayView raw(de->d_name);
        if (raw == QByteArrayView(".") || raw == QByteArrayView(".."))
            continue;
        // The cap stops reading a hostile folder early.
        if (++l.entriesSeen > kMaxFilesPerDirectory) {
            l.tooManyEntries = true;
            break;
        }
        if (!interesting(raw))
            continue;
        FolderEntry e;
        e.rawName = raw.toByteArray();
        e.name = displayName(raw, &e.nameIsUtf8);
        classify(e, dirFd, l.nativeDir, canonicalDir);
        l.entries.append(std::move(e));
    }
    ::closedir(d);
    index(l);
    return l;
}

DirectoryListing memoryListing(const QString &displayName_, const QList<MemoryFile> &files)
{
    DirectoryListing l;
    l.openedPath = l.checkpointDir = l.displayName = displayName_;
    l.inMemory = true;
    for (const MemoryFile &m : files) {
        if (++l.entriesSeen > kMaxFilesPerDirectory) {
            l.tooManyEntries = true;
            break;
        }
        if (!interesting(m.rawName))
            continue;
        FolderEntry e;
        e.rawName = m.rawName;
        e.name = displayName(m.rawName, &e.nameIsUtf8);
        e.size = m.content.size();
        e.modified = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        e.content = m.content;
        l.entries.append(std::move(e));
    }
    index(l);
    return l;
}

FileRead readEntry(const DirectoryListing &l, const FolderEntry &e, qint64 maxBytes)
{
    FileRead r;
    r.regularFile = e.kind == EntryKind::Regular || e.kind == EntryKind::LinkInside;
    r.size = e.size;
    if (!r.regularFile) {
        r.error = e.error;
        return r;
    }
    if (e.content) {
        if (e.content->size() > maxBytes) {
            r.tooLarge = true;
            r.error = QStringLiteral("%1 bytes, above the %2-byte cap").arg(e.content->size()).arg(maxBytes);
            return r;
        }
        r.bytes = *e.content;
        r.ok = true;
        return r;
    }
    SideInputOptions o;
    o.maxBytes = maxBytes;
    // A regular entry is opened with O_NOFOLLOW: if it was swapped for a link since the
    // listing, it is refused rather than followed out of the folder.
    o.noFollow = e.kind == EntryKind::Regular;
    o.shownAs = e.name;
    const Status s = readSideInputNative(l.nativeDir + '/' + e.rawName, u"file", o, r.bytes);
    if (!s) {
        r.tooLarge = s.error().code == ErrorCode::LimitExceeded;
        // The documented wording for the cap (docs/findings/omega.md).
        r.error = r.tooLarge && e.size > maxBytes ? QStringLiteral("%1 bytes, above the %2-byte cap").arg(e.size).arg(maxBytes)
                                                 : s.error().message;
        return r;
    }
    r.size = r.bytes.size();
    r.ok = true;
    return r;
}

} // namespace seedscope::omega
