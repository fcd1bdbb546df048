// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Time travel": the ledger state (balances, trust scores, groups and pools) as of the
// selected entry, from core's replay timeline. What the entry itself changed is shown
// as "before → after" and in bold, so the state before and after are one glance apart.

#include "dump/DumpInputs.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;

namespace seedscope::ui {

class StateInspector : public QWidget {
    Q_OBJECT
public:
    explicit StateInspector(QWidget *parent = nullptr);
    void setSession(SessionPtr session);
    void showItem(int item); // journal item (storage order)

    QTreeWidget *tree() const { return m_tree; }
    QLabel *caption() const { return m_caption; }
    int changedRows() const { return m_changed; }

private:
    SessionPtr m_session;
    QLabel *m_caption = nullptr;
    QTreeWidget *m_tree = nullptr;
    int m_changed = 0;
};

} // namespace seedscope::ui
