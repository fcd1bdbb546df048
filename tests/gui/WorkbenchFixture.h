// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the workbench GUI tests: where the bundled mesh sample lives, what its
// manifest says each device suffered, and a window that has opened and verified it.

#include "dump/DumpTab.h"
#include "shell/EvidenceOpener.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QStyleFactory>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

namespace seedscope::testing {

inline QString sampleDir() { return QStringLiteral(SEEDSCOPE_SOURCE_DIR "/resources/samples/omega-sample"); }
inline QString devicesDir() { return sampleDir() + QStringLiteral("/devices"); }

// Device file name -> the fault kinds the simulator injected (from its manifest).
inline QHash<QString, QStringList> injectedFaults()
{
    QFile f(devicesDir() + QStringLiteral("/manifest.json"));
    QHash<QString, QStringList> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
    for (const QJsonValue &d : m.value(QStringLiteral("faults")).toArray()) {
        const QJsonObject o = d.toObject();
        out[o.value(QStringLiteral("file")).toString()].append(o.value(QStringLiteral("kind")).toString());
    }
    return out;
}

// Isolates the tests from the examiner's own settings and recent files.
inline void isolateSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SeedscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    QSettings().clear();
}

// How every workbench test starts: its own settings, the Fusion style (screenshots look
// the same on every desktop), and the bundled sample. Returns why to skip, or nothing.
inline QString prepareWorkbenchTest()
{
    isolateSettings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!QFileInfo::exists(devicesDir() + QStringLiteral("/manifest.json")))
        return QStringLiteral("the bundled mesh sample (resources/samples/omega-sample/devices) is missing");
    return {};
}

inline QList<ui::DumpTab *> dumpTabs(ui::MainWindow &w)
{
    QList<ui::DumpTab *> out;
    for (int i = 0; i < w.tabs()->count(); ++i)
        if (auto *t = qobject_cast<ui::DumpTab *>(w.tabs()->widget(i)))
            out.append(t);
    return out;
}

inline bool allReady(ui::MainWindow &w)
{
    const auto tabs = dumpTabs(w);
    if (tabs.isEmpty())
        return false;
    for (auto *t : tabs)
        if (t->state() != ui::DumpTab::State::Ready)
            return false;
    return true;
}

inline ui::DumpTab *tabFor(ui::MainWindow &w, const QString &fileName)
{
    for (auto *t : dumpTabs(w))
        if (t->inputs().path.endsWith(QLatin1Char('/') + fileName))
            return t;
    return nullptr;
}

} // namespace seedscope::testing
