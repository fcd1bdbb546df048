// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a small side input safely: key files, trust stores, proofs, manifests and the
// checkpoint files of an Omega folder. A path handed to Seedscope can name a FIFO (open()
// and read() would block forever), a device (/dev/zero reads without end) or a directory;
// an evidence bundle can carry any of these under a harmless name. So every side input
// is opened the same way: open() with O_NONBLOCK (a FIFO open returns at once), fstat()
// on the opened descriptor (no race between the check and the read), refuse anything but
// a regular file, compare the size with the cap BEFORE reading, then read at most cap+1
// bytes so a file growing under us is still refused rather than read without end.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace seedscope {

enum class FileKind { Missing, Regular, Directory, Fifo, CharDevice, BlockDevice, Socket, Symlink, Other };
// "a FIFO", "a character device", ... for messages ("X is a FIFO, not a regular file").
QString fileKindPhrase(FileKind kind);

struct SideInputOptions {
    qint64 maxBytes = 1 << 20;
    // Refuse a path whose last component is a symbolic link (O_NOFOLLOW). Off for
    // command-line inputs (a link the examiner made is fine; the target is checked).
    bool noFollow = false;
    // How messages name the file; empty: the path itself.
    QString shownAs;
};

// Reads the file at `nativePath` (bytes, as the file system names it) into `out`, which is
// resized to what was read. `what` names the input in messages ("trust store").
// Errors: Io (missing, permission, not a regular file), LimitExceeded (above the cap).
Status readSideInputNative(const QByteArray &nativePath, QStringView what, const SideInputOptions &options, QByteArray &out);

// The same for a path as Qt names it.
Result<QByteArray> readSideInput(const QString &path, QStringView what, qint64 maxBytes);

// Reads into a caller-owned buffer of maxBytes+1 bytes (so secret material is never copied
// by a reallocation); `got` is the byte count read.
Status readSideInputInto(const QString &path, QStringView what, qint64 maxBytes, char *buffer, qint64 &got);

} // namespace seedscope
