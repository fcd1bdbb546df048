// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The structure of one device dump as the reader found it: identity and registration,
// both superblock copies, checkpoint slots (active, fallback, interrupted), journal
// blocks and recovery markers. Selecting a node asks for its bytes.

#include "dump/DumpInputs.h"

#include <QTreeWidget>

#include <memory>

namespace seedscope::ui {

class EvidenceTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit EvidenceTree(QWidget *parent = nullptr);
    void setSession(const SessionPtr &session, const DumpInputs &inputs);

Q_SIGNALS:
    void bytesRequested(const QString &title, qint64 offset, qint64 length);

private:
    QTreeWidgetItem *add(QTreeWidgetItem *parent, const QString &name, const QString &status, qint64 offset, qint64 length);
};

} // namespace seedscope::ui
