// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartStyle.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace seedscope::ui {

void applyChartPalette(QCustomPlot *plot)
{
    const QPalette pal = plot->palette();
    const QColor fg = pal.color(QPalette::WindowText);
    plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2}) {
        axis->setBasePen(QPen(fg));
        axis->setTickPen(QPen(fg));
        axis->setSubTickPen(QPen(fg));
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        QColor grid = fg;
        grid.setAlpha(40);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    if (plot->legend) {
        plot->legend->setBrush(pal.brush(QPalette::Base));
        plot->legend->setTextColor(fg);
        plot->legend->setBorderPen(QPen(fg));
    }
}

bool saveChartSvg(QCustomPlot *plot, const QString &path, int width, int height)
{
    const int w = width > 0 ? width : plot->width();
    const int h = height > 0 ? height : plot->height();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(w, h));
    svg.setViewBox(QRect(0, 0, w, h));
    svg.setTitle(plot->objectName());
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    plot->toPainter(&painter, w, h);
    return painter.end();
}

QWidget *chartToolbar(QCustomPlot *plot, const QString &baseName, QWidget *parent, QLabel *readout)
{
    auto *bar = new QWidget(parent);
    auto *box = new QHBoxLayout(bar);
    box->setContentsMargins(0, 0, 0, 0);
    const QString hintText = QObject::tr("Drag to pan, wheel to zoom, click a point to select its entry.");
    QLabel *hint = readout ? readout : new QLabel(hintText);
    hint->setToolTip(hintText);
    auto *reset = new QPushButton(QObject::tr("Reset view"));
    auto *png = new QPushButton(QObject::tr("PNG…"));
    auto *pdf = new QPushButton(QObject::tr("PDF…"));
    auto *svg = new QPushButton(QObject::tr("SVG…"));
    png->setToolTip(QObject::tr("Export the chart as PNG"));
    pdf->setToolTip(QObject::tr("Export the chart as PDF"));
    svg->setToolTip(QObject::tr("Export the chart as SVG"));
    svg->setObjectName(QStringLiteral("exportSvg"));
    QObject::connect(reset, &QPushButton::clicked, plot, [plot] {
        plot->rescaleAxes();
        plot->replot();
    });
    QObject::connect(png, &QPushButton::clicked, plot, [plot, baseName] {
        const QString f = QFileDialog::getSaveFileName(plot, QObject::tr("Export chart"), baseName + QStringLiteral(".png"), QStringLiteral("PNG (*.png)"));
        if (!f.isEmpty())
            plot->savePng(f, 0, 0, 2.0);
    });
    QObject::connect(pdf, &QPushButton::clicked, plot, [plot, baseName] {
        const QString f = QFileDialog::getSaveFileName(plot, QObject::tr("Export chart"), baseName + QStringLiteral(".pdf"), QStringLiteral("PDF (*.pdf)"));
        if (!f.isEmpty())
            plot->savePdf(f);
    });
    QObject::connect(svg, &QPushButton::clicked, plot, [plot, baseName] {
        const QString f = QFileDialog::getSaveFileName(plot, QObject::tr("Export chart"), baseName + QStringLiteral(".svg"), QStringLiteral("SVG (*.svg)"));
        if (!f.isEmpty())
            saveChartSvg(plot, f);
    });
    box->addWidget(hint, 1);
    box->addWidget(reset);
    box->addWidget(png);
    box->addWidget(pdf);
    box->addWidget(svg);
    return bar;
}

} // namespace seedscope::ui
