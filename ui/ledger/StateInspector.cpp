// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/StateInspector.h"
#include "shell/CoreTerms.h"

#include "dump/DumpDocument.h"
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

void StateInspector::setDocument(std::shared_ptr<const DumpDocument> doc)
{
    m_doc = std::move(doc);
    m_tree->clear();
}

void StateInspector::showItem(int item)
{
    m_tree->clear();
    m_changed = 0;
    if (!m_doc || !m_doc->replay) {
        m_caption->setText(tr("No replay: the ledger state is not known."));
        return;
    }
    const int canonical = m_doc->canonicalByStorage.value(item, -1);
    if (canonical < 0) {
        m_caption->setText(tr("This record was not replayed (it does not decode or lies outside the replayed range)."));
        return;
    }
    const ledger::Timeline &tl = m_doc->replay->timeline;
    const ledger::EntryOutcome &o = tl.outcome(canonical);
    const ledger::LedgerState state = tl.stateAfter(canonical);
    QHash<QByteArray, QStringList> changes;
    for (const ledger::Event &e : o.events) {
        const bool trust = e.kind == ledger::EventKind::Trust;
        const QString text = trust ? tr("trust %1 → %2").arg(QLocale().toString(e.before / 10.0, 'f', 1), QLocale().toString(e.after / 10.0, 'f', 1))
                                   : tr("%1 %2 → %3").arg(coreTerm(ledger::eventKindName(e.kind)),
                                                         formatAmount(e.before), formatAmount(e.after));
        changes[e.subject].append(text);
    }
    m_caption->setText(tr("State after entry seq %1 (canonical #%2, Lamport %3): %4. Bold rows changed here; "
                          "the arrow shows before → after.")
                           .arg(o.journalSeq)
                           .arg(canonical)
                           .arg(o.entry.lamport)
                           .arg(QString::fromLatin1(ledger::entryStatusName(o.status))));
    QFont bold = m_tree->font();
    bold.setBold(true);
    auto mark = [&](QTreeWidgetItem *it, const QByteArray &key) {
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
