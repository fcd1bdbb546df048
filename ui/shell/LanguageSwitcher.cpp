// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LanguageSwitcher.h"

#include "shell/EvidenceOpener.h"
#include "shell/MainWindow.h"

#include <QEvent>
#include <QTabWidget>

namespace seedscope::ui {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
    adopt(new MainWindow);
}

LanguageSwitcher::~LanguageSwitcher()
{
    // The window's destruction still delivers events (ChildRemoved) to its filters while
    // it is no longer a MainWindow: stop filtering first.
    if (m_window) {
        m_window->removeEventFilter(this);
        delete m_window;
    }
}

void LanguageSwitcher::adopt(MainWindow *w)
{
    m_window = w;
    m_watched = w;
    w->installEventFilter(this);
}

bool LanguageSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // Qt sends LanguageChange to every widget once a translator is installed or removed;
    // rebuilding inside that delivery would delete widgets still being notified.
    // Compared as a plain QObject pointer: a window being destroyed is no longer a
    // MainWindow, and QPointer<MainWindow> would cast it to one.
    if (watched == m_watched && event->type() == QEvent::LanguageChange && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(this, &LanguageSwitcher::rebuild, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void LanguageSwitcher::rebuild()
{
    m_pending = false;
    MainWindow *old = m_window;
    if (!old)
        return;
    const QByteArray geometry = old->saveGeometry();
    const QByteArray state = old->saveState();
    const bool visible = old->isVisible();
    QStringList open;
    for (int i = 0; i < old->tabs()->count(); ++i)
        open.append(old->tabs()->widget(i)->property("evidenceKey").toString());
    const int current = old->tabs()->currentIndex();

    auto *w = new MainWindow;
    w->opener()->setAskForKeys(old->opener()->asksForKeys());
    for (auto it = old->opener()->keyChoices().cbegin(); it != old->opener()->keyChoices().cend(); ++it)
        w->opener()->setKeyChoice(it.key(), it.value());
    w->restoreGeometry(geometry);
    w->restoreState(state);
    for (const QString &path : open)
        if (!path.isEmpty())
            w->openPath(path);
    if (current >= 0 && current < w->tabs()->count())
        w->tabs()->setCurrentIndex(current);
    old->removeEventFilter(this);
    adopt(w);
    if (visible)
        w->show();
    old->hide();
    old->deleteLater();
    Q_EMIT windowRebuilt(w);
}

} // namespace seedscope::ui
