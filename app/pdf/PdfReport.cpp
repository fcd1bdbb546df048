// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include "ChartPainter.h"
#include "report/ReportHtml.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace seedscope::reportpdf {

Status writePdf(const QJsonObject &report, const QString &generatedAtUtc, const QString &outPath)
{
    QTextDocument doc;
    QList<QImage> charts;
    const QByteArray html = report::writeHtml(report, generatedAtUtc, [&charts](const QJsonObject &chart, int index) {
        charts.append(paintChart(chart));
        return QStringLiteral("seedscope-chart-%1.png").arg(index);
    });
    for (int i = 0; i < charts.size(); ++i)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("seedscope-chart-%1.png").arg(i)), charts[i].scaledToWidth(480, Qt::SmoothTransformation));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    doc.setHtml(QString::fromUtf8(html));

    QPdfWriter pdf(outPath);
    pdf.setCreator(QStringLiteral("Seedscope"));
    pdf.setTitle(report.value(QStringLiteral("case")).toObject().value(QStringLiteral("title")).toString());
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    pdf.setResolution(150);
    doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    doc.print(&pdf);
    QFile check(outPath);
    if (!check.exists() || check.size() == 0)
        return makeError(ErrorCode::Io, QStringLiteral("the PDF writer could not write %1").arg(outPath));
    return {};
}

} // namespace seedscope::reportpdf
