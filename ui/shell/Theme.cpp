// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace seedscope::ui {

void applyTheme(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!dark) {
        // Every role set explicitly: a palette whose roles are unresolved would be merged
        // into the current (dark) application palette and change nothing.
        QPalette light = QApplication::style()->standardPalette();
        for (int g = 0; g < QPalette::NColorGroups; ++g)
            for (int r = 0; r < QPalette::NColorRoles; ++r)
                light.setBrush(QPalette::ColorGroup(g), QPalette::ColorRole(r), light.brush(QPalette::ColorGroup(g), QPalette::ColorRole(r)));
        QApplication::setPalette(light);
        return;
    }
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::Highlight, QColor(60, 120, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    QApplication::setPalette(p);
}

bool savedThemeIsDark() { return QSettings().value(QStringLiteral("view/dark"), false).toBool(); }
void saveTheme(bool dark) { QSettings().setValue(QStringLiteral("view/dark"), dark); }

} // namespace seedscope::ui
