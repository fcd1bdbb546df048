// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPainter.h"

#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace seedscope::reportpdf {

namespace {

constexpr int kW = 960, kH = 440, kLeft = 120, kBottom = 80, kTop = 60, kRight = 40;

} // namespace

QImage paintChart(const QJsonObject &chart)
{
    QImage img(kW, kH, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(24);
    p.setFont(f);
    p.drawText(kLeft, 36, chart.value(QStringLiteral("title")).toString());
    p.setPen(QPen(QColor(0x44, 0x44, 0x44), 2));
    p.drawLine(kLeft, kTop, kLeft, kH - kBottom);
    p.drawLine(kLeft, kH - kBottom, kW - kRight, kH - kBottom);
    const double plotW = kW - kLeft - kRight, plotH = kH - kTop - kBottom;
    f.setPixelSize(20);
    p.setFont(f);
    if (chart.value(QStringLiteral("type")).toString() == QLatin1String("line")) {
        const QJsonArray pts = chart.value(QStringLiteral("points")).toArray();
        if (pts.isEmpty()) {
            p.drawText(kLeft + 20, kH / 2, QStringLiteral("no plottable points"));
            return img;
        }
        double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
        for (const auto &v : pts) {
            const double x = v.toArray().at(0).toDouble(), y = v.toArray().at(1).toDouble();
            x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
        }
        x1 = x1 > x0 ? x1 : x0 + 1;
        y1 = y1 > y0 ? y1 : y0 + 1;
        QPainterPath path;
        p.setPen(QPen(QColor(0x21, 0x66, 0xac), 3));
        for (int i = 0; i < pts.size(); ++i) {
            const QPointF pt(kLeft + plotW * (pts[i].toArray().at(0).toDouble() - x0) / (x1 - x0),
                             kH - kBottom - plotH * (pts[i].toArray().at(1).toDouble() - y0) / (y1 - y0));
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
            p.drawEllipse(pt, 4, 4);
        }
        p.drawPath(path);
        p.setPen(Qt::black);
        p.drawText(8, kTop + 16, QString::number(y1, 'g', 6));
        p.drawText(8, kH - kBottom, QString::number(y0, 'g', 6));
        p.drawText(kLeft, kH - 24, chart.value(QStringLiteral("x")).toString());
        return img;
    }
    const QJsonArray bars = chart.value(QStringLiteral("bars")).toArray();
    double maxV = 1;
    for (const auto &b : bars)
        maxV = std::max(maxV, b.toArray().at(1).toDouble());
    maxV *= 1.2; // headroom: the tallest bar's count sits above it, below the title
    static const QColor kColours[] = {QColor(0xb2182b), QColor(0xef8a62), QColor(0xfddbc7), QColor(0xd1e5f0), QColor(0x67a9cf)};
    const double slot = bars.isEmpty() ? plotW : plotW / double(bars.size());
    for (int i = 0; i < bars.size(); ++i) {
        const QJsonArray b = bars[i].toArray();
        const double v = b.at(1).toDouble();
        const double h = plotH * v / maxV;
        const QRectF r(kLeft + slot * i + slot * 0.15, kH - kBottom - h, slot * 0.7, h);
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(kColours[i % 5]);
        p.drawRect(r);
        p.drawText(QRectF(r.left(), kH - kBottom + 6, r.width(), 30), Qt::AlignHCenter, b.at(0).toString());
        p.drawText(QRectF(r.left(), r.top() - 30, r.width(), 28), Qt::AlignHCenter | Qt::AlignBottom, QString::number(qint64(v)));
    }
    return img;
}

} // namespace seedscope::reportpdf
