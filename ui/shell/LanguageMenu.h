// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View > Language: "System default" or one of the available languages. Choosing saves
// the choice and installs it; the window then rebuilds itself (LanguageSwitcher).

#include <QMenu>

class QActionGroup;

namespace seedscope::ui {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The same as clicking the entry for code ("" = system default).
    void choose(const QString &code);

private:
    QActionGroup *m_group;
};

} // namespace seedscope::ui
