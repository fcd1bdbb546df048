// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceTree.h"
#include "ledger/JournalModel.h"
#include "shell/CoreTerms.h"

#include <QHeaderView>

#include <functional>

namespace seedscope::ui {
namespace {
enum { OffsetRole = Qt::UserRole + 1, LengthRole };
}

EvidenceTree::EvidenceTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("evidenceTree"));
    setHeaderLabels({tr("Structure"), tr("Status")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *cur) {
        if (cur && cur->data(0, LengthRole).toLongLong() > 0)
            Q_EMIT bytesRequested(cur->text(0), cur->data(0, OffsetRole).toLongLong(), cur->data(0, LengthRole).toLongLong());
    });
    connect(this, &QTreeWidget::itemExpanded, this, &EvidenceTree::populate);
}

QTreeWidgetItem *EvidenceTree::add(QTreeWidgetItem *parent, const QString &name, const QString &status, qint64 offset,
                                   qint64 length)
{
    auto *it = parent ? new QTreeWidgetItem(parent, {name, status}) : new QTreeWidgetItem(this, {name, status});
    it->setData(0, OffsetRole, offset);
    it->setData(0, LengthRole, length);
    if (length > 0)
        it->setToolTip(0, tr("0x%1, %n byte(s)", nullptr, int(qMin<qint64>(length, INT_MAX))).arg(offset, 0, 16));
    return it;
}

int EvidenceTree::contentWidth() const
{
    // Walked here rather than asked of the view: sizeHintForColumn() measures only the
    // rows in the viewport, and the tree is measured before its first layout.
    int widest = 0;
    const QFontMetrics fm(font());
    std::function<void(const QTreeWidgetItem *, int)> walk = [&](const QTreeWidgetItem *it, int depth) {
        widest = qMax(widest, (depth + 1) * indentation() + fm.horizontalAdvance(it->text(0)));
        if (it->isExpanded())
            for (int i = 0; i < it->childCount(); ++i)
                walk(it->child(i), depth + 1);
    };
    for (int i = 0; i < topLevelItemCount(); ++i)
        walk(topLevelItem(i), 0);
    return widest + 2 * frameWidth() + 28; // the item's own margins and a little air
}

QTreeWidgetItem *EvidenceTree::addNode(QTreeWidgetItem *parent, int node)
{
    const session::StructureNode &n = m_structure[node];
    QString label = n.labelText.isEmpty() ? n.label : n.labelText.translated();
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    QString state = n.stateText.isEmpty() ? n.state : n.stateText.translated();
    const bool journal = n.kind == QLatin1String("journal");
    if (journal)
        state = tr("%n record(s)", nullptr, m_recordCount);
    QTreeWidgetItem *it = add(parent, label, state, n.offset, n.length);
    if (!journal && (n.state.contains(QLatin1String("damaged")) || n.state.contains(QLatin1String("uncommitted"))))
        it->setForeground(1, QColor(200, 30, 30));
    return it;
}

void EvidenceTree::populate(QTreeWidgetItem *item)
{
    const QList<int> children = m_lazy.take(item);
    for (int c : children)
        addNode(item, c);
}

void EvidenceTree::setSession(const SessionPtr &session, const DumpInputs &inputs, QList<session::StructureNode> structure)
{
    clear();
    m_lazy.clear();
    if (!session || !session->image())
        return;
    m_structure = structure.isEmpty() ? session->structure() : std::move(structure);
    m_recordCount = session->recordCount();
    const EvidenceIdentity &ident = session->identity();
    auto *root = add(nullptr, ident.displayName, tr("read-only, SHA-256 %1…").arg(QString::fromLatin1(ident.sha256.toHex().left(16))), 0, 0);
    const auto &id = session->image()->identity;
    const QString registered = inputs.trustStorePath.isEmpty() ? tr("registration not checked (no trust store)")
                                                               : tr("trust store: %1").arg(inputs.trustStorePath.section(QLatin1Char('/'), -1));
    // The short id the journal's Device column shows; the whole id is in the tooltip and
    // in the inspector's identity fields.
    QTreeWidgetItem *device = add(root, tr("Device %1").arg(shortId(id.header.deviceId)),
        id.valid ? tr("identity ok, network %1; %2").arg(id.header.networkId, registered) : tr("identity header DAMAGED"), id.offset,
        id.raw.size());
    device->setToolTip(0, QString::fromLatin1(id.header.deviceId.toHex()));
    // The layout as core described it: superblocks, identity, slots, journal and markers.
    constexpr int kEagerChildren = 64;
    QList<QList<int>> childrenOf(m_structure.size());
    for (int i = 0; i < m_structure.size(); ++i)
        if (m_structure[i].parent >= 0 && m_structure[i].parent < m_structure.size())
            childrenOf[m_structure[i].parent].append(i);
    for (int i = 0; i < m_structure.size(); ++i) {
        if (m_structure[i].parent >= 0)
            continue;
        QTreeWidgetItem *top = addNode(root, i);
        const QList<int> &kids = childrenOf[i];
        if (kids.size() > kEagerChildren) {
            top->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            m_lazy.insert(top, kids);
        } else {
            for (int c : kids)
                addNode(top, c);
        }
        if (m_structure[i].kind == QLatin1String("slots"))
            top->setExpanded(true);
    }
    const auto report = session->verifyReport();
    const int regions = report ? int(report->regions.size()) : 0;
    auto *damage = add(root, tr("Damaged regions"), tr("%n region(s)", nullptr, regions), 0, 0);
    if (report)
        for (const verify::DamageRegion &r : report->regions)
            add(damage, tr("%1 at 0x%2").arg(r.region).arg(r.offset, 0, 16), QStringLiteral("%1 (%2)").arg(coreTerm(verdictName(r.verdict)), r.code), r.offset, r.length);
    damage->setExpanded(true);
    root->setExpanded(true);
}

} // namespace seedscope::ui
