// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LanguageMenu.h"

#include "shell/Language.h"

#include <QActionGroup>

namespace seedscope::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString saved = savedLanguage();
    QAction *system = addAction(tr("System default (%1)").arg(languageName(resolveLanguage({}))));
    system->setData(QString());
    addSeparator();
    for (const QString &code : availableLanguages())
        addAction(languageName(code))->setData(code); // each in its own language, on purpose
    for (QAction *a : actions()) {
        if (a->isSeparator())
            continue;
        a->setCheckable(true);
        a->setChecked(a->data().toString() == saved);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { choose(a->data().toString()); });
    }
}

void LanguageMenu::choose(const QString &code)
{
    saveLanguage(code);
    installLanguage(resolveLanguage(code));
}

} // namespace seedscope::ui
