// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every entry below a folder with its size and modification time, one per line, sorted:
// two listings compare equal only if nothing was added, removed, resized or touched.
// Tests use it to show that evidence folders are left exactly as they were.

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QString>
#include <QStringList>

inline QString folderListing(const QString &dir)
{
    QStringList rows;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        rows << QStringLiteral("%1 %2 %3").arg(fi.filePath()).arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch());
    }
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}
