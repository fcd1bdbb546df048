// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saves a widget's rendering under <build>/screenshots/ and tells whether it shows
// something: a blank (single-colour) or near-blank image fails.

#include <QDir>
#include <QImage>
#include <QSet>
#include <QWidget>

namespace seedscope::testing {

inline QString screenshotDir()
{
    const QString dir = QStringLiteral(SEEDSCOPE_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// Number of distinct colours on a sampling grid: a blank window has 1 or 2.
inline int distinctColours(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

inline QImage saveScreenshot(QWidget *w, const QString &name)
{
    const QImage img = w->grab().toImage();
    img.save(screenshotDir() + QLatin1Char('/') + name);
    return img;
}

} // namespace seedscope::testing
