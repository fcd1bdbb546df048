// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CaseDock.h"

#include "case/CaseController.h"
#include "shell/CoreTerms.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seedscope::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}

} // namespace

CaseDock::CaseDock(CaseController *controller, QWidget *parent) : QDockWidget(tr("Case"), parent), m_controller(controller)
{
    setObjectName(QStringLiteral("caseDock"));
    auto *w = new QWidget(this);
    m_header = new QLabel(w);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::PlainText);
    // One line each, cut at the dock's edge (the full text is the tooltip): wrapped
    // labels in a narrow dock overlap what follows them.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_chain = new QLabel(w);
    m_chain->setObjectName(QStringLiteral("caseChainStatus"));
    m_chain->setTextFormat(Qt::PlainText);
    m_chain->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_evidence = makeTable({tr("Evidence"), tr("Verdict (stored)"), tr("Findings"), tr("Integrity")}, w);
    m_evidence->setObjectName(QStringLiteral("caseEvidence"));
    m_log = makeTable({tr("#"), tr("UTC"), tr("Examiner"), tr("Action"), tr("Details")}, w);
    m_log->setObjectName(QStringLiteral("custodyLog"));
    auto *split = new QSplitter(Qt::Vertical, w);
    split->addWidget(m_evidence);
    split->addWidget(m_log);
    split->setStretchFactor(1, 2);
    auto *box = new QVBoxLayout(w);
    box->setContentsMargins(4, 4, 4, 4);
    box->addWidget(m_header);
    box->addWidget(m_chain);
    box->addWidget(split, 1);
    setWidget(w);
    connect(controller, &CaseController::caseChanged, this, &CaseDock::reload);
    reload();
}

void CaseDock::reload()
{
    if (!m_controller->isOpen()) {
        m_header->setText(tr("No case open. File > New case… or Open case…"));
        m_header->setToolTip({});
        m_chain->clear();
        m_evidence->setRowCount(0);
        m_log->setRowCount(0);
        return;
    }
    const casedb::CaseDetails &d = m_controller->caseFile()->details();
    m_header->setText(tr("%1%2 · %3").arg(d.title, d.number.isEmpty() ? QString() : tr(" (no. %1)").arg(d.number), d.examiner));
    m_header->setToolTip(tr("%1\nExaminer: %2\nAgency: %3\nFile: %4").arg(d.title, d.examiner, d.agency, m_controller->path()));
    const QString problem = m_controller->chainProblem();
    const QList<casedb::CustodyRecord> log = m_controller->custodyLog();
    m_chain->setText(problem.isEmpty() ? tr("Custody chain intact (%1 records verified)").arg(log.size())
                                       : tr("Custody chain BROKEN at %1").arg(problem));
    m_chain->setToolTip(m_chain->text());
    m_chain->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #1b6e20; font-weight: bold")
                                             : QStringLiteral("color: white; background: #b2182b; font-weight: bold"));

    const QList<CaseEvidenceRow> &rows = m_controller->evidenceRows();
    m_evidence->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const CaseEvidenceRow &r = rows[i];
        setRow(m_evidence, i,
            { r.evidence.name, coreTerm(r.verdict), r.cached ? QString::number(r.findings) : QStringLiteral("-"),
                r.intact ? tr("intact") : tr("CHANGED: %1").arg(r.problem) });
        m_evidence->item(i, 0)->setToolTip(tr("%1\nSHA-256 %2").arg(r.evidence.path, r.evidence.sha256));
    }
    m_evidence->resizeColumnsToContents();
    m_log->setRowCount(int(log.size()));
    for (int i = 0; i < log.size(); ++i) {
        const casedb::CustodyRecord &r = log[i];
        setRow(m_log, i, { QString::number(r.seq), r.utc, r.examiner, coreTerm(r.action), r.details });
    }
    m_log->resizeColumnsToContents();
    m_log->scrollToBottom();
}

} // namespace seedscope::ui
