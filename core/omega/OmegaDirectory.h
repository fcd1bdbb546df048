// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds and reads the files of an Omega checkpoint directory, read-only: nothing is
// written, renamed or created next to the evidence. Accepts the checkpoints/ folder
// itself or a parent holding one (the writer's working directory).

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace seedscope::omega {

// Documented cap (docs/format/omega-hardened.md, "Limits"): entries examined per folder.
inline constexpr int kMaxFilesPerDirectory = 100'000;

struct DirectoryListing {
    QString openedPath;     // absolute path of what the user opened
    QString checkpointDir;  // absolute path of the folder holding the checkpoints
    QString displayName;    // name of the opened folder ("run_defects", not "checkpoints")
    // What load_latest_checkpoint sees: names starting "checkpoint_" and ending ".json",
    // files or not, in the directory's own order.
    QStringList candidates;
    QStringList encrypted;  // checkpoint_*.json.enc (hardened layout)
    bool hasManifest = false;
    bool tooManyEntries = false; // listing stopped at kMaxFilesPerDirectory
    int entriesSeen = 0;
};

Result<DirectoryListing> listOmegaDirectory(const QString &path);

// Reads one file completely, refusing more than maxBytes (the file is not read further:
// the caller reports the cap). Never follows a length found inside the file.
struct FileRead {
    bool ok = false;
    bool regularFile = false;
    bool tooLarge = false;
    QString error;
    QByteArray bytes;
    qint64 size = 0;
};
FileRead readEvidenceFile(const QString &path, qint64 maxBytes);

} // namespace seedscope::omega
