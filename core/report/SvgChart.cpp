// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/SvgChart.h"

#include "report/HtmlEscape.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace seedscope::report {

namespace {

constexpr double kW = 480, kH = 220, kLeft = 60, kBottom = 40, kTop = 30, kRight = 20;

QString n(double v) { return QString::number(v, 'f', 1); }

QString frame(const QString &title)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">"
                          "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                          "<text x=\"%3\" y=\"18\" font-family=\"sans-serif\" font-size=\"13\">%4</text>"
                          "<line x1=\"%3\" y1=\"%5\" x2=\"%3\" y2=\"%6\" stroke=\"#444\"/>"
                          "<line x1=\"%3\" y1=\"%6\" x2=\"%7\" y2=\"%6\" stroke=\"#444\"/>")
        .arg(n(kW), n(kH), n(kLeft), htmlEscape(title), n(kTop), n(kH - kBottom), n(kW - kRight));
}

QString bars(const QJsonObject &chart)
{
    const QJsonArray bars = chart.value(QStringLiteral("bars")).toArray();
    double maxV = 1;
    for (const auto &b : bars)
        maxV = std::max(maxV, b.toArray().at(1).toDouble());
    maxV *= 1.2; // headroom: the tallest bar's count sits above it, below the title
    QString s = frame(chart.value(QStringLiteral("title")).toString());
    const double plotW = kW - kLeft - kRight, plotH = kH - kTop - kBottom;
    const double slot = bars.isEmpty() ? plotW : plotW / double(bars.size());
    static const char *const kColours[] = {"#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf"};
    for (int i = 0; i < bars.size(); ++i) {
        const QJsonArray b = bars.at(i).toArray();
        const double v = b.at(1).toDouble();
        const double h = plotH * v / maxV;
        const double x = kLeft + slot * i + slot * 0.15;
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" stroke=\"#333\"/>")
                 .arg(n(x), n(kH - kBottom - h), n(slot * 0.7), n(h), QLatin1String(kColours[i % 5]));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"11\" text-anchor=\"middle\">%3</text>")
                 .arg(n(x + slot * 0.35), n(kH - kBottom + 14), htmlEscape(b.at(0).toString()));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"11\" text-anchor=\"middle\">%3</text>")
                 .arg(n(x + slot * 0.35), n(kH - kBottom - h - 4), QString::number(qint64(v)));
    }
    return s + QStringLiteral("</svg>");
}

QString line(const QJsonObject &chart)
{
    QString s = frame(chart.value(QStringLiteral("title")).toString());
    const QJsonArray pts = chart.value(QStringLiteral("points")).toArray();
    if (pts.isEmpty())
        return s + QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"12\">no plottable points</text></svg>")
                       .arg(n(kLeft + 10), n(kH / 2));
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (const auto &p : pts) {
        const double x = p.toArray().at(0).toDouble(), y = p.toArray().at(1).toDouble();
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
    }
    if (x1 <= x0)
        x1 = x0 + 1;
    if (y1 <= y0)
        y1 = y0 + 1;
    const double plotW = kW - kLeft - kRight, plotH = kH - kTop - kBottom;
    QString path;
    for (const auto &p : pts) {
        const double px = kLeft + plotW * (p.toArray().at(0).toDouble() - x0) / (x1 - x0);
        const double py = kH - kBottom - plotH * (p.toArray().at(1).toDouble() - y0) / (y1 - y0);
        path += (path.isEmpty() ? QStringLiteral("M") : QStringLiteral(" L")) + n(px) + QLatin1Char(' ') + n(py);
        s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2.5\" fill=\"#2166ac\"/>").arg(n(px), n(py));
    }
    s += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#2166ac\" stroke-width=\"1.5\"/>").arg(path);
    s += QStringLiteral("<text x=\"4\" y=\"%1\" font-family=\"sans-serif\" font-size=\"10\">%2</text>").arg(n(kTop + 8), QString::number(y1, 'g', 6));
    s += QStringLiteral("<text x=\"4\" y=\"%1\" font-family=\"sans-serif\" font-size=\"10\">%2</text>").arg(n(kH - kBottom), QString::number(y0, 'g', 6));
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"10\">%3</text>")
             .arg(n(kLeft), n(kH - 8), htmlEscape(chart.value(QStringLiteral("x")).toString()));
    return s + QStringLiteral("</svg>");
}

} // namespace

QByteArray chartSvg(const QJsonObject &chart)
{
    const QString type = chart.value(QStringLiteral("type")).toString();
    return (type == QLatin1String("line") ? line(chart) : bars(chart)).toUtf8();
}

} // namespace seedscope::report
