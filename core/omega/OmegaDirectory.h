// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way into an Omega checkpoint directory, for the CLI and the GUI alike: lists
// every entry by its raw byte name (POSIX readdir; QDir drops names that are not valid
// UTF-8, and the original Python loader does see them), classifies each entry without
// opening it (regular file, link staying inside the folder, link leading out, FIFO,
// device, directory, unreadable), and reads only regular files, through the shared
// side-input reader with a size cap. Nothing is written, renamed or created next to the
// evidence. Accepts the checkpoints/ folder itself or a parent holding one (the writer's
// working directory). A listing can also be built in memory (fuzzing, tests): the same
// analysis then runs on names and contents that never touched a disk.

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seedscope::omega {

// Documented cap (docs/format/omega-hardened.md, "Limits"): entries examined per folder.
inline constexpr int kMaxFilesPerDirectory = 100'000;

enum class EntryKind {
    Regular,     // read (with a cap) and hashed
    LinkInside,  // symbolic link whose canonical target is a regular file inside the folder: followed
    LinkOutside, // symbolic link leading out of the folder: never followed
    Fifo,        // never opened (open() would block)
    Device,      // never opened (/dev/zero reads without end)
    Directory,
    Other,       // socket or another special file
    Unreadable,  // dangling link, permission denied, vanished
};
const char *entryKindName(EntryKind k); // "regular", "link-inside", ...

struct FolderEntry {
    QByteArray rawName;   // the name as the file system stores it
    QString name;         // shown: UTF-8, undecodable bytes as \xNN
    bool nameIsUtf8 = true;
    EntryKind kind = EntryKind::Regular;
    bool isLink = false;  // the entry itself is a symbolic link
    QString linkTarget;   // what the link says (as written, escaped like names)
    QString resolvedTarget; // canonical target of a link, when it resolves
    QString targetKind;   // for a link to a non-regular file: what it points at ("a FIFO")
    QString error;        // why it cannot be read
    qint64 size = 0;
    QDateTime modified;   // UTC, of the entry (the link itself for a link leading out)
    std::optional<QByteArray> content; // in-memory listings only
};

struct DirectoryListing {
    QString openedPath;     // absolute path of what the user opened
    QString checkpointDir;  // absolute path of the folder holding the checkpoints
    QString displayName;    // name of the opened folder ("run_defects", not "checkpoints")
    QByteArray nativeDir;   // checkpointDir as the file system names it (empty in memory)
    bool inMemory = false;
    // Entries named like the writer's files ("checkpoint_*" and manifest.json), in the
    // directory's own order; the indexes below point into it.
    QList<FolderEntry> entries;
    // What load_latest_checkpoint sees: names starting "checkpoint_" and ending ".json",
    // files or not.
    QList<int> candidates;
    QList<int> encrypted;   // checkpoint_*.json.enc (hardened layout)
    int manifest = -1;
    bool tooManyEntries = false; // listing stopped at kMaxFilesPerDirectory
    int entriesSeen = 0;
};

Result<DirectoryListing> listOmegaDirectory(const QString &path);

// An in-memory folder: names (raw bytes) and contents. Every entry is a regular file.
struct MemoryFile {
    QByteArray rawName;
    QByteArray content;
};
DirectoryListing memoryListing(const QString &displayName, const QList<MemoryFile> &files);

// Reads one entry completely, refusing more than maxBytes (the file is not read further:
// the caller reports the cap). Only Regular and LinkInside entries are ever opened.
struct FileRead {
    bool ok = false;
    bool regularFile = false;
    bool tooLarge = false;
    QString error;
    QByteArray bytes;
    qint64 size = 0;
};
FileRead readEntry(const DirectoryListing &listing, const FolderEntry &entry, qint64 maxBytes);

// Names: Python's view of a raw name. Undecodable bytes are shown as \xNN.
QString displayName(const QByteArrayView raw, bool *validUtf8 = nullptr);
// A byte string whose byte order is the order of Python's str comparison on the name as
// os.listdir returns it (UTF-8 with surrogateescape: an undecodable byte 0xNN becomes
// U+DCNN). Valid UTF-8 is kept as is; an escaped byte is encoded as the 3-byte form of
// U+DCNN, which sorts exactly where the code point does.
QByteArray pythonSortKey(QByteArrayView raw);

} // namespace seedscope::omega
