// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/LedgerChart.h"

#include "charts/ChartStyle.h"
#include "ledger/JournalModel.h"
#include "session/SessionLookup.h"

#include <QLabel>
#include <cmath>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace seedscope::ui {
namespace {
constexpr int kMaxGraphs = 12; // beyond this a legend is unreadable; the busiest are shown

QColor seriesColour(int i) { return QColor::fromHsv((i * 67) % 360, 190, 210); }
} // namespace

LedgerChart::LedgerChart(Kind kind, SessionPtr session, QWidget *parent) : QWidget(parent), m_kind(kind), m_session(std::move(session))
{
    m_plot = new QCustomPlot;
    m_plot->setObjectName(kind == Kind::Trust ? QStringLiteral("trustChart") : QStringLiteral("poolChart"));
    m_plot->setMinimumHeight(160);
    m_readout = new QLabel(tr("Hover a point to read it; click it to select its entry."));
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_mark = new QCPItemStraightLine(m_plot);
    m_mark->setPen(QPen(palette().color(QPalette::Highlight), 2));
    m_mark->setVisible(false);
    applyChartPalette(m_plot);
    connect(m_plot, &QCustomPlot::mouseMove, this, &LedgerChart::onMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &LedgerChart::onClick);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(2, 2, 2, 2);
    box->addWidget(chartToolbar(m_plot, kind == Kind::Trust ? QStringLiteral("trust") : QStringLiteral("pools"), this, m_readout));
    box->addWidget(m_plot, 1);
}

void LedgerChart::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    ensureBuilt();
}

QCustomPlot *LedgerChart::plot() const
{
    const_cast<LedgerChart *>(this)->ensureBuilt();
    return m_plot;
}

// The series are drawn when the chart is first shown (or asked about), not when the
// workbench is built: a long journal's series cost nothing until the chart is looked at.
void LedgerChart::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    const Kind kind = m_kind;
    // Core's series as (subject, points); the entry behind a point is looked up on click.
    QList<QPair<QByteArray, QList<ledger::SeriesPoint>>> src;
    auto points = [](const auto &lamports, const auto &values) {
        QList<ledger::SeriesPoint> out;
        for (qsizetype i = 0; i < lamports.size() && i < values.size(); ++i)
            out.append(ledger::SeriesPoint{lamports[i], i == 0 ? -1 : -2, int64_t(values[i])});
        return out;
    };
    if (m_session && kind == Kind::Trust)
        for (const session::TrustSeries &t : m_session->trustSeries())
            src.append({t.account, points(t.lamport, t.trust)});
    else if (m_session)
        for (const session::PoolSeries &p : m_session->poolSeries())
            src.append({p.group, points(p.lamport, p.pool)});
    // Busiest subjects first, so the chart shows where things happened.
    std::stable_sort(src.begin(), src.end(), [](const auto &a, const auto &b) { return a.second.size() > b.second.size(); });
    src = src.mid(0, kMaxGraphs);
    const double scale = kind == Kind::Trust ? 10.0 : 100.0; // tenths -> score; minor units -> units
    double maxLamport = 1;
    for (int i = 0; i < src.size(); ++i) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(shortId(src[i].first));
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setPen(QPen(seriesColour(i), 2));
        // Markers help on short series; on long ones they hide the line and cost a draw each.
        if (src[i].second.size() <= 400)
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        QVector<double> x, y;
        for (const ledger::SeriesPoint &p : src[i].second) {
            x.append(double(p.lamport));
            y.append(double(p.value) / scale);
            maxLamport = qMax(maxLamport, double(p.lamport));
        }
        g->setData(x, y, true);
        m_points.append(src[i].second);
        m_ids.append(src[i].first);
        m_names.append(shortId(src[i].first));
    }
    m_plot->xAxis->setLabel(tr("Lamport time"));
    if (kind == Kind::Trust) {
        m_plot->yAxis->setLabel(tr("Trust score"));
        // The band thresholds: below 100 high risk, above 300 reliable, above 600 excellent.
        const QList<QPair<double, QString>> bands{{100, tr("high risk below 100")}, {300, tr("reliable above 300")}, {600, tr("excellent above 600")}};
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        for (const auto &b : bands) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->point1->setCoords(0, b.first);
            line->point2->setCoords(1, b.first);
            line->setPen(QPen(QColor(150, 150, 150), 1, Qt::DashLine));
            // Labels sit at the left edge of the plot whatever the zoom, just above their line.
            auto *label = new QCPItemText(m_plot);
            label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            label->position->setTypeY(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(0.005, b.first);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setClipToAxisRect(true);
            label->setFont(small);
            label->setText(b.second);
            label->setColor(QColor(130, 130, 130));
        }
    } else {
        m_plot->yAxis->setLabel(tr("Pool balance"));
        for (const session::CycleTransition &t : m_session ? m_session->cycleTransitions() : QList<session::CycleTransition>{}) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->point1->setCoords(double(t.lamport), 0);
            line->point2->setCoords(double(t.lamport), 1);
            line->setPen(QPen(QColor(160, 120, 40, 120), 1, Qt::DotLine));
        }
    }
    m_plot->legend->setVisible(!src.isEmpty());
    if (!src.isEmpty()) {
        // Beside the plot, not over it: the newest points are at the right edge, where an
        // inset legend would cover them.
        m_plot->axisRect()->insetLayout()->take(m_plot->legend);
        auto *side = new QCPLayoutGrid;
        m_plot->plotLayout()->addElement(0, 1, side);
        side->addElement(0, 0, m_plot->legend);
        side->addElement(1, 0, new QCPLayoutElement(m_plot)); // pushes the legend to the top
        side->setRowStretchFactor(0, 0.001);
        m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    }
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->rescaleAxes();
    if (kind == Kind::Trust) {
        m_plot->yAxis->setRange(0, 1000);
    } else {
        // Headroom above the highest pool, so its steps do not run along the frame.
        const QCPRange r = m_plot->yAxis->range();
        const double lower = qMin(0.0, r.lower);
        m_plot->yAxis->setRange(lower, r.upper + qMax((r.upper - lower) * 0.12, 1.0));
    }
    m_plot->xAxis->setRangeLower(0);
    applyChartPalette(m_plot);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LedgerChart::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange) {
        // This widget hears of the change before its plot child has the new palette;
        // restyle once the change has reached the plot, or it keeps the old colours.
        QMetaObject::invokeMethod(
            this,
            [this] {
                applyChartPalette(m_plot);
                m_plot->replot();
            },
            Qt::QueuedConnection);
    }
}

int LedgerChart::graphCount() const { return plot()->graphCount(); }

QPair<int, int> LedgerChart::nearest(const QPoint &pos) const
{
    QPair<int, int> best{-1, -1};
    double bestDist = 8.0; // pixels
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        const auto data = m_plot->graph(g)->data();
        int i = 0;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++i) {
            const double px = m_plot->xAxis->coordToPixel(it->key), py = m_plot->yAxis->coordToPixel(it->value);
            const double d = std::hypot(px - pos.x(), py - pos.y());
            if (d < bestDist) {
                bestDist = d;
                best = {g, i};
            }
        }
    }
    return best;
}

void LedgerChart::onMove(QMouseEvent *e)
{
    const auto [g, i] = nearest(e->pos());
    if (g < 0 || i >= m_points[g].size())
        return;
    const ledger::SeriesPoint &p = m_points[g][i];
    const QString value = m_kind == Kind::Trust ? QString::number(double(p.value) / 10.0, 'f', 1) : formatAmount(p.value);
    m_readout->setText(tr("%1 at Lamport %2: %3%4").arg(m_names[g]).arg(p.lamport).arg(value).arg(p.canonicalIndex < 0 ? tr(" (before the journal)") : QString()));
}

void LedgerChart::onClick(QMouseEvent *e)
{
    const auto [g, i] = nearest(e->pos());
    if (g < 0 || i >= m_points[g].size() || m_points[g][i].canonicalIndex == -1 || !m_session)
        return;
    ledger::SeriesPoint &p = m_points[g][i];
    if (p.canonicalIndex == -2)
        p.canonicalIndex = session::entryChanging(*m_session, p.lamport, m_ids[g]);
    if (p.canonicalIndex >= 0)
        Q_EMIT entryClicked(p.canonicalIndex);
}

void LedgerChart::markEntry(int canonicalIndex, uint64_t lamport)
{
    m_mark->setVisible(canonicalIndex >= 0);
    m_markedLamport = canonicalIndex >= 0 ? double(lamport) : -1;
    m_mark->point1->setCoords(double(lamport), 0);
    m_mark->point2->setCoords(double(lamport), 1);
    // Queued: stepping through entries replots once per event-loop pass, not per step.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace seedscope::ui
