// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help > Keyboard shortcuts: every menu action that has a shortcut, read from the menus
// themselves so the list cannot drift, plus the workbench's own keys.

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace seedscope::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace seedscope::ui
