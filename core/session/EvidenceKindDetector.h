// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decides what an opened path is before any analysis runs: a Seed dump (by its magic),
// an Omega checkpoint folder (by its checkpoint files), or neither, in which case the
// session refuses with a sentence naming what it looks like instead ("not a Seed dump:
// PNG image"), so an examiner who picked the wrong file learns it at once.

#include "util/Result.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace seedscope::session {

// File names that make up an Omega folder's identity (checkpoints, encrypted
// checkpoints, the hardened manifest).
QStringList omegaNameFilters();

// What the bytes look like when they are not a Seed dump: "PNG image", "text", "all
// zero bytes", "unrecognised data", ... Empty when they carry a Seed dump's magic (at
// offset 0, at a legal block size where superblock copy 1 lives, or a journal block
// header at a block boundary).
QString nonDumpDescription(QByteArrayView bytes);

// An error for bytes that are not a Seed dump (including an empty file); nullopt when
// they may be one.
std::optional<Error> refuseNonDump(const QString &path, QByteArrayView bytes);

} // namespace seedscope::session
