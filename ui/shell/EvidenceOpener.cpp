// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/EvidenceOpener.h"

#include "dump/DumpTab.h"
#include "dump/DumpWorkbench.h"
#include "dump/VerdictBanner.h"
#include "keys/KeyDialog.h"
#include "omega/OmegaView.h"
#include "reconcile/ReconcileTab.h"
#include "shell/EvidenceViews.h"

#include <QDir>
#include <QFileInfo>

namespace seedscope::ui {

EvidenceOpener::EvidenceOpener(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

QString EvidenceOpener::keyFor(const QString &path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

static QStringList dumpsIn(const QString &dir)
{
    QStringList out;
    for (const QString &d : {dir, dir + QStringLiteral("/devices")}) {
        const QDir qd(d);
        for (const QString &n : qd.entryList({QStringLiteral("*.seeddump")}, QDir::Files, QDir::Name))
            out.append(qd.filePath(n));
    }
    return out;
}

static bool hasOmegaFiles(const QString &dir)
{
    const QStringList filters{QStringLiteral("checkpoint_*.json"), QStringLiteral("checkpoint_*.json.enc")};
    return !QDir(dir).entryList(filters, QDir::Files).isEmpty() ||
           !QDir(dir + QStringLiteral("/checkpoints")).entryList(filters, QDir::Files).isEmpty();
}

bool EvidenceOpener::open(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        Q_EMIT refused(path, tr("There is no such file or folder (no such file)."));
        return false;
    }
    if (fi.isDir()) {
        const QStringList dumps = dumpsIn(fi.absoluteFilePath());
        const bool omega = hasOmegaFiles(fi.absoluteFilePath());
        if (!omega && dumps.isEmpty()) {
            Q_EMIT refused(path, tr("This folder holds no Seed device dumps (*.seeddump) and no Ω checkpoint files "
                                    "(checkpoint_<seconds>.json), here or in its checkpoints/ or devices/ folder."));
            return false;
        }
        if (omega) {
            OpenedEvidence opened = openEvidence(path);
            if (!opened.error.isEmpty()) {
                Q_EMIT refused(path, opened.error);
                return false;
            }
            Q_EMIT evidenceListed(opened.row, QString());
            Q_EMIT viewReady(opened.view, keyFor(path), opened.row.identity.displayName, opened.row.identity.path);
        }
        QHash<QString, QStringList> byDir;
        for (const QString &d : dumps)
            byDir[QFileInfo(d).absolutePath()].append(d);
        for (auto it = byDir.cbegin(); it != byDir.cend(); ++it)
            openDumps(it.key(), it.value());
        return true;
    }
    if (fi.size() == 0) {
        Q_EMIT refused(path, tr("The file is empty: there is no device dump in it."));
        return false;
    }
    openDumps(fi.absolutePath(), {fi.absoluteFilePath()});
    return true;
}

void EvidenceOpener::openDumps(const QString &dir, const QStringList &dumps)
{
    const auto known = m_choices.constFind(dir);
    if (known != m_choices.cend()) {
        startAll(dir, dumps, *known);
        return;
    }
    const FoundKeys found = findKeysBeside(dir);
    if (found.empty() || !m_ask) {
        const KeyChoice c = defaultChoice(dir, found);
        m_choices.insert(dir, c);
        startAll(dir, dumps, c);
        return;
    }
    const bool asking = m_waiting.contains(dir);
    m_waiting[dir].append(dumps);
    if (asking)
        return;
    auto *dlg = new KeyDialog(dir, found, m_parent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::finished, this, [this, dlg, dir](int result) {
        KeyChoice c = result == QDialog::Accepted ? dlg->choice() : KeyChoice{};
        c.decided = true;
        m_choices.insert(dir, c);
        startAll(dir, m_waiting.take(dir), c);
    });
    dlg->open();
}

void EvidenceOpener::startAll(const QString &dir, const QStringList &dumps, const KeyChoice &c)
{
    // Several dumps of one network: set them side by side against the merged ledger.
    if (dumps.size() >= 2 && !c.trustStorePath.isEmpty()) {
        auto *rec = new ReconcileTab({dumps, c.keyFiles, c.keysDir, c.trustStorePath});
        Q_EMIT viewReady(rec, QStringLiteral("reconcile:") + keyFor(dir), tr("Reconciliation (%n dumps)", nullptr, int(dumps.size())), dir);
        rec->start();
    }
    for (const QString &d : dumps)
        startDump(d, c);
}

void EvidenceOpener::startDump(const QString &path, const KeyChoice &c)
{
    auto *tab = new DumpTab({path, c.keyFiles, c.keysDir, c.trustStorePath});
    const QString key = keyFor(path);
    connect(tab, &DumpTab::failed, this, [this, tab, path](const QString &message) {
        Q_EMIT refused(path, message);
        tab->deleteLater();
    });
    connect(tab, &DumpTab::loaded, this, [this, tab] {
        const session::EvidenceSession &s = tab->workbench()->session();
        const EvidenceRow row{tr("Seed device dump"), s.identity(), 1};
        const auto report = s.verifyReport();
        const OverallVerdict v = report ? overallVerdict(*report, s.image() && s.image()->keyMismatch) : OverallVerdict::Unknown;
        Q_EMIT evidenceListed(row, overallVerdictWord(v));
        if (v == OverallVerdict::Tampered) // what the examiner must see first
            Q_EMIT attentionNeeded(tab);
    });
    Q_EMIT viewReady(tab, key, QFileInfo(path).fileName(), path);
    tab->start();
}

} // namespace seedscope::ui
