// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/ReconcileTab.h"
#include "crypto/ThreadState.h"
#include "shell/CoreTerms.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seedscope::ui {
namespace {
QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
QTableWidgetItem *cell(const QString &text, bool bad = false)
{
    auto *i = new QTableWidgetItem(text);
    if (bad) {
        i->setBackground(QColor(230, 60, 60, 70));
        QFont f = i->font();
        f.setBold(true);
        i->setFont(f);
    }
    return i;
}
} // namespace

ReconcileTab::ReconcileTab(reconcile::ReconcileOptions options, QWidget *parent) : QWidget(parent), m_options(std::move(options))
{
    setObjectName(QStringLiteral("reconcileTab"));
    m_summary = new QLabel(tr("Reconciling %n dump(s) against the merged ledger…", nullptr, int(m_options.dumpPaths.size())));
    m_summary->setWordWrap(true);
    m_devices = table({tr("Device"), tr("Entries"), tr("Only here"), tr("Missing"), tr("Altered"), tr("Matches merged ledger"), tr("First divergent entry")});
    m_devices->setObjectName(QStringLiteral("reconcileDevices"));
    QStringList conflictHeaders{tr("Transaction")};
    for (const QString &p : m_options.dumpPaths)
        conflictHeaders.append(QFileInfo(p).completeBaseName());
    m_conflicts = table(conflictHeaders);
    m_conflicts->setObjectName(QStringLiteral("reconcileConflicts"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_devices);
    auto *lower = new QWidget;
    auto *lbox = new QVBoxLayout(lower);
    lbox->setContentsMargins(0, 0, 0, 0);
    lbox->addWidget(new QLabel(tr("<b>Transactions the devices disagree on</b> (each device's copy; the authentic one is marked)")));
    lbox->addWidget(m_conflicts);
    split->addWidget(lower);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_summary);
    box->addWidget(split, 1);
    connect(&m_watcher, &QFutureWatcher<ReconcileOutcome>::finished, this, [this] {
        m_done = true;
        const ReconcileOutcome out = m_watcher.result();
        if (out.report)
            show(*out.report);
        else
            m_summary->setText(tr("Reconciliation failed: %1").arg(out.error.message));
    });
}

void ReconcileTab::start()
{
    const reconcile::ReconcileOptions o = m_options;
    m_watcher.setFuture(QtConcurrent::run([o] {
        ReconcileOutcome out;
        auto r = reconcile::reconcileFiles(o);
        if (r)
            out.report = std::move(*r);
        else
            out.error = r.error();
        // This pool thread may outlive OpenSSL's exit-time cleanup (crypto/ThreadState.h).
        crypto::releaseThreadState();
        return out;
    }));
}

void ReconcileTab::show(const reconcile::ReconcileReport &r)
{
    int diverging = 0;
    for (const auto &d : r.devices)
        diverging += d.matchesMerged ? 0 : 1;
    m_summary->setText(tr("<b>%1 transactions</b> across %2 devices, %3 on every device; merged ledger: %4 entries "
                          "(%5 valid, %6 rejected). <b>%7 device(s) depart from the merged ledger</b>; %8 conflicting "
                          "transaction(s).")
                           .arg(r.transactions)
                           .arg(r.devices.size())
                           .arg(r.onAllDevices)
                           .arg(r.mergedEntries)
                           .arg(r.mergedValid)
                           .arg(r.mergedRejected)
                           .arg(diverging)
                           .arg(r.conflicts.size()));
    m_devices->setRowCount(int(r.devices.size()));
    for (int i = 0; i < r.devices.size(); ++i) {
        const reconcile::DeviceView &d = r.devices[i];
        m_devices->setItem(i, 0, cell(d.name));
        m_devices->setItem(i, 1, cell(QString::number(d.entries)));
        m_devices->setItem(i, 2, cell(QString::number(d.onlyHere), d.onlyHere > 0));
        m_devices->setItem(i, 3, cell(QString::number(d.missing)));
        m_devices->setItem(i, 4, cell(QString::number(d.altered), d.altered > 0));
        m_devices->setItem(i, 5, cell(d.matchesMerged ? tr("yes") : tr("NO"), !d.matchesMerged));
        QString div;
        if (d.divergence)
            div = tr("%1: journal seq %2 (merged #%3) %4").arg(coreTerm(d.divergence->kind)).arg(d.divergence->journalSeq).arg(d.divergence->canonicalIndex).arg(d.divergence->translatableDetail().translated());
        m_devices->setItem(i, 6, cell(div, d.divergence.has_value()));
    }
    m_devices->resizeColumnsToContents();
    m_conflicts->setRowCount(int(r.conflicts.size()));
    for (int i = 0; i < r.conflicts.size(); ++i) {
        const reconcile::Conflict &c = r.conflicts[i];
        m_conflicts->setItem(i, 0, cell(QString::fromLatin1(c.txId.toHex().left(16))));
        for (const reconcile::CopyInfo &copy : c.copies) {
            if (copy.device < 0 || copy.device + 1 >= m_conflicts->columnCount())
                continue;
            const QString text = tr("seq %1, signature %2%3").arg(copy.journalSeq).arg(coreTerm(copy.signature), copy.authentic ? tr(", authentic") : tr(", DIFFERS"));
            m_conflicts->setItem(i, copy.device + 1, cell(text, !copy.authentic));
        }
    }
    m_conflicts->resizeColumnsToContents();
}

} // namespace seedscope::ui
