// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RecentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace seedscope::ui {
namespace {
const QString kKey = QStringLiteral("recent/paths");
}

QStringList RecentFiles::list()
{
    QStringList out;
    for (const QString &p : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(p))
            out.append(p);
    return out;
}

void RecentFiles::add(const QString &path)
{
    QStringList l = QSettings().value(kKey).toStringList();
    l.removeAll(path);
    l.prepend(path);
    QSettings().setValue(kKey, l.mid(0, kMax));
}

void RecentFiles::remove(const QString &path)
{
    QStringList l = QSettings().value(kKey).toStringList();
    if (l.removeAll(path) > 0)
        QSettings().setValue(kKey, l);
}

void RecentFiles::clear() { QSettings().remove(kKey); }

QString bundledSamplePath()
{
    const QString app = QCoreApplication::applicationDirPath();
    const QStringList candidates{app + QStringLiteral("/../../resources/samples/omega-sample"),
                                 app + QStringLiteral("/../share/seedscope/samples/omega-sample"),
                                 QStringLiteral(SEEDSCOPE_SAMPLES_DIR "/omega-sample")};
    for (const QString &c : candidates)
        if (QFileInfo(c).isDir())
            return QDir(c).canonicalPath();
    return {};
}

} // namespace seedscope::ui
