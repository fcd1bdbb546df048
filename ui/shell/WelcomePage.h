// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace seedscope::ui {

// Shown when nothing is open: what the tool does and how to start (open evidence, the
// bundled sample, or something opened lately).
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void refresh(); // re-reads the recent list
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openFileRequested();
    void openFolderRequested();
    void openPathRequested(const QString &path);

private:
    QListWidget *m_recent = nullptr;
};

} // namespace seedscope::ui
