// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The evidence opened lately, newest first, kept in QSettings (paths only).

#include <QStringList>

namespace seedscope::ui {

class RecentFiles {
public:
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    static constexpr int kMax = 10;
};

// Where the bundled sample evidence lives: beside the build tree or the installation.
QString bundledSamplePath();

} // namespace seedscope::ui
