// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/StateInspector.h"
#include "shell/CoreTerms.h"

#include "ledger/JournalModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seedscope::ui {

StateInspector::StateInspector(QWidget *parent) : QWidget(parent)
{
    m_caption = new QLabel(tr("Select a journal entry to see the ledger state as of it."));
    m_caption->setObjectName(QStringLiteral("stateCaption"));
    m_caption->setWordWrap(true);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("stateTree"));
    m_tree->setHeaderLabels({tr("Account / group"), tr("Balance / pool"), tr("Trust / status"), tr("This entry changed")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(2, 2, 2, 2);
    box->addWidget(m_caption);
    box->addWidget(m_tree);
}

void StateInspector::setSession(SessionPtr session)
{
    m_session = std::move(session);
    m_tree->clear();
}

void StateInspector::showItem(int item)
{
    m_tree->clear();
    m_changed = 0;
    if (!m_session || !m_session->hasTimeline()) {
        m_caption->setText(tr("No replay: the ledger state is not known."));
        return;
    }
    const int canonical = m_session->storageToCanonical(item);
    const auto outcome = m_session->outcome(canonical);
    auto after = m_session->stateAfter(canonical);
    if (canonical < 0 || !outcome || !after) {
        m_caption->setText(tr("Not replayed: no ledger entry here, or it did not decode."));
        m_caption->setToolTip(tr("Only decoded entries inside the replayed range have a ledger state."));
        return;
    }
    const ledger::EntryOutcome &o = *outcome;
    const ledger::LedgerState &state = *after;
    QHash<ledger::Id16, QStringList> changes;
    for (const ledger::Event &e : o.events()) {
        const bool trust = e.kind == ledger::EventKind::Trust;
        const QString text = trust ? tr("trust %1 → %2").arg(QLocale().toString(e.before / 10.0, 'f', 1), QLocale().toString(e.after / 10.0, 'f', 1))
                                   : tr("%1 %2 → %3").arg(coreTerm(ledger::eventKindName(e.kind)),
                                                         formatAmount(e.before), formatAmount(e.after));
        changes[e.subject].append(text);
    }
    // One line, so a short dock never clips it; how to read the rows is in the tooltip.
    m_caption->setToolTip(tr("Bold rows changed here; the last column shows before → after."));
    m_caption->setText(tr("State after entry seq %1 (canonical #%2, Lamport %3): %4")
                           .arg(o.journalSeq)
                           .arg(canonical)
                           .arg(o.lamport)
                           .arg(QString::fromLatin1(ledger::entryStatusName(o.status))));
    QFont bold = m_tree->font();
    bold.setBold(true);
    auto mark = [&](QTreeWidgetItem *it, const ledger::Id16 &key) {
        const auto c = changes.constFind(key);
        if (c == changes.cend())
            return;
        it->setText(3, c->join(QStringLiteral("; ")));
        for (int col = 0; col < 4; ++col) {
            it->setFont(col, bold);
            it->setBackground(col, QColor(255, 200, 0, 70));
        }
        ++m_changed;
    };
    auto *accounts = new QTreeWidgetItem(m_tree, {tr("Accounts (%1)").arg(state.accounts.size())});
    for (const auto &[id, a] : state.accounts) {
        auto *it = new QTreeWidgetItem(accounts, {shortId(id), formatAmount(a.balance),
                                                  tr("%1 (%2)").arg(QLocale().toString(a.trust / 10.0, 'f', 1), coreTerm(ledger::trustBandName(ledger::trustBand(a.trust))))});
        it->setToolTip(0, QString::fromLatin1(id.toHex()));
        mark(it, id);
    }
    accounts->setExpanded(true);
    auto *groups = new QTreeWidgetItem(m_tree, {tr("Groups and pools (%1)").arg(state.groups.size())});
    for (const auto &[id, g] : state.groups) {
        auto *it = new QTreeWidgetItem(groups, {shortId(id), formatAmount(g.pool),
                                                tr("%1, cycle %2, %3 members").arg(QString::fromLatin1(ledger::groupStatusName(g.status))).arg(g.cycle).arg(g.members.size())});
        mark(it, id);
    }
    groups->setExpanded(true);
    new QTreeWidgetItem(m_tree, {tr("Total issued"), formatAmount(state.totalIssued)});
}

} // namespace seedscope::ui
