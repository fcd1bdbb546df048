// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace seedscope::ui {

// Shown when nothing is open: what the tool does and how to start.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void openFileRequested();
    void openFolderRequested();
};

} // namespace seedscope::ui
