// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For targets that must go through a real file (the readers under test open paths):
// one file per process in a temporary directory, rewritten for every input.
#include <QFile>
#include <QTemporaryDir>

namespace seedscope::fuzz {

inline QString writeTempFile(const QByteArrayView bytes, const QString &name)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes.data(), bytes.size()) != bytes.size())
        return {};
    return path;
}

} // namespace seedscope::fuzz
