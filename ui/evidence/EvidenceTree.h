// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The structure of one device dump as the reader found it: identity and registration,
// both superblock copies, checkpoint slots (active, fallback, interrupted), journal
// blocks and recovery markers. Selecting a node asks for its bytes.

#include "dump/DumpInputs.h"

#include <QHash>
#include <QTreeWidget>

#include <memory>

namespace seedscope::ui {

class EvidenceTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit EvidenceTree(QWidget *parent = nullptr);
    // `structure`: core's layout of the dump when the caller already has it (computed off the
    // GUI thread); empty = ask the session.
    void setSession(const SessionPtr &session, const DumpInputs &inputs, QList<session::StructureNode> structure = {});
    // The width that shows the expanded names whole, in the interface language.
    int contentWidth() const;

Q_SIGNALS:
    void bytesRequested(const QString &title, qint64 offset, qint64 length);

private:
    QTreeWidgetItem *add(QTreeWidgetItem *parent, const QString &name, const QString &status, qint64 offset, qint64 length);
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, int node);
    void populate(QTreeWidgetItem *item); // a lazy node's children, on first expand

    QList<session::StructureNode> m_structure;
    int m_recordCount = 0;
    // A node with many children (journal blocks of a large dump) gets them on first expand.
    QHash<QTreeWidgetItem *, QList<int>> m_lazy;
};

} // namespace seedscope::ui
