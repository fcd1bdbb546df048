// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns the main window and rebuilds it when the language changes. Many views build
// their text once, so rather than retranslate each of them, the whole window is made
// again in the new language: geometry, dock layout, open evidence (re-opened read-only
// with the same key choices) and the current tab carry over.

#include <QObject>
#include <QPointer>

namespace seedscope::ui {

class MainWindow;

class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    MainWindow *window() const { return m_window; }

Q_SIGNALS:
    void windowRebuilt(seedscope::ui::MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void adopt(MainWindow *w);
    void rebuild();

    QPointer<MainWindow> m_window;
    QObject *m_watched = nullptr; // m_window, for comparisons only (never dereferenced)
    bool m_pending = false;
};

} // namespace seedscope::ui
