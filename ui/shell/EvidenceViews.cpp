// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/EvidenceViews.h"

#include "evidence/EvidenceFile.h"
#include "omega/OmegaAnalysis.h"
#include "omega/OmegaView.h"
#include "util/Hex.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableWidget>

namespace seedscope::ui {
namespace {

// Fallback view until a kind has its own: the files and their hashes.
QWidget *fileTable(const QList<EvidenceFolderEntry> &entries)
{
    auto *t = new QTableWidget(int(entries.size()), 3);
    t->setHorizontalHeaderLabels({QObject::tr("File"), QObject::tr("Size"), QObject::tr("SHA-256")});
    for (int i = 0; i < entries.size(); ++i) {
        t->setItem(i, 0, new QTableWidgetItem(entries[i].name));
        t->setItem(i, 1, new QTableWidgetItem(QString::number(entries[i].size)));
        t->setItem(i, 2, new QTableWidgetItem(toHex(entries[i].sha256)));
    }
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->resizeColumnsToContents();
    return t;
}

} // namespace

OpenedEvidence openEvidence(const QString &path)
{
    OpenedEvidence result;
    const QFileInfo info(path);
    if (info.isDir()) {
        // An Ω checkpoint folder (or the writer's working directory holding checkpoints/):
        // core examines it read-only and the Ω view draws the result.
        omega::AnalysisOptions options;
        options.now = double(QDateTime::currentSecsSinceEpoch());
        auto report = omega::analyzeOmegaDirectory(info.absoluteFilePath(), options);
        if (!report) {
            result.error = report.error().message;
            return result;
        }
        // The folder's identity comes from the same pass that examined it: core lists,
        // classifies and hashes with a size cap, and never opens a FIFO or a device.
        EvidenceIdentity id;
        id.path = report->openedPath;
        id.displayName = report->displayName; // the folder the user opened, not its checkpoints/ child
        id.size = report->folderBytes;
        id.sha256 = report->folderSha256;
        id.modified = QFileInfo(report->checkpointDir).lastModified().toUTC();
        result.row = {QObject::tr("Ω directory"), id, report->folderEntries};
        result.view = new OmegaView(std::move(*report));
        return result;
    }
    auto ev = EvidenceFile::open(path);
    if (!ev) {
        result.error = ev.error().message;
        return result;
    }
    result.row = {QObject::tr("Seed device dump"), (*ev)->identity(), 1};
    result.view = fileTable({{(*ev)->identity().displayName, (*ev)->identity().size, (*ev)->identity().sha256}});
    return result;
}

} // namespace seedscope::ui
