// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seedscope::ui {
namespace {
void collect(QMenu *menu, QList<QPair<QString, QString>> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->menu())
            collect(a->menu(), out);
        else if (!a->shortcut().isEmpty())
            out.append({a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (QAction *a : menus->actions())
        if (a->menu())
            collect(a->menu(), rows);
    rows.append({tr("Previous journal entry (state time travel)"), tr("Alt+Left or [")});
    rows.append({tr("Next journal entry (state time travel)"), tr("Alt+Right or ]")});
    rows.append({tr("Jump to a finding's entry and bytes"), tr("select it in Findings (arrow keys)")});
    m_table = new QTableWidget(int(rows.size()), 2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_table);
    box->addWidget(buttons);
    // As wide as both columns need (long translations), within the screen.
    const int contentWidth = m_table->horizontalHeader()->length() + 2 * m_table->frameWidth() +
                             m_table->verticalScrollBar()->sizeHint().width() + box->contentsMargins().left() +
                             box->contentsMargins().right() + 8;
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qBound(520, contentWidth, screen.width() * 9 / 10), 420);
}

} // namespace seedscope::ui
