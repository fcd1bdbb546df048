// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaView.h"
#include "shell/CoreTerms.h"

#include "omega/PythonJson.h"
#include "util/Hex.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace seedscope::ui {
namespace {

QString num(double v) { return QString::fromLatin1(omega::pythonFloatRepr(v)); }

QColor severityColour(Severity s)
{
    switch (s) {
    case Severity::Critical: return QColor(0x8b, 0x00, 0x00);
    case Severity::Error: return QColor(0xc6, 0x28, 0x28);
    case Severity::Warning: return QColor(0xb2, 0x6a, 0x00);
    case Severity::Info: break;
    }
    return QColor(0x45, 0x5a, 0x64);
}

QTableWidget *makeTable(const QStringList &headers, int rows)
{
    auto *t = new QTableWidget(rows, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *i = new QTableWidgetItem(text);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    return i;
}

QString scalarText(const omega::ScalarField &s)
{
    if (!s.present)
        return QStringLiteral("—");
    return s.isNumber ? num(s.value) : s.text;
}

} // namespace

OmegaView::OmegaView(omega::OmegaReport report, QWidget *parent) : QWidget(parent), m_report(std::move(report))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildSummary());
    auto *across = new QSplitter(Qt::Horizontal, this);
    m_tree = buildTree();
    across->addWidget(m_tree);
    auto *split = new QSplitter(Qt::Vertical, across);
    m_chart = buildChart();
    auto *charts = new QTabWidget(split);
    charts->setDocumentMode(true);
    charts->addTab(m_chart, tr("Ψ and m_t"));
    charts->addTab(buildComponentsChart(), tr("Ω and I components"));
    split->addWidget(charts);
    auto *tabs = new QTabWidget(split);
    auto *findings = buildFindings();
    auto *files = buildFiles();
    m_findings = findings;
    m_files = files;
    connect(findings, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *it) { jumpToFinding(it->row()); });
    tabs->addTab(findings, tr("Findings (%1)").arg(m_report.findings.size()));
    tabs->addTab(files, tr("Files (%1)").arg(m_report.files.size()));
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    across->addWidget(split);
    across->setStretchFactor(0, 1);
    across->setStretchFactor(1, 4);
    layout->addWidget(across, 1);
    // Enough room for the chart and a readable table next to the evidence dock.
    setMinimumHeight(610);
}

QLabel *OmegaView::buildSummary()
{
    const omega::OmegaReport &r = m_report;
    int valid = 0;
    for (const omega::CheckpointFile &f : r.files)
        valid += f.valid ? 1 : 0;
    QString loader;
    if (r.loader.picked.isEmpty())
        loader = tr("finds no checkpoint_*.json");
    else if (!r.loader.returnsCheckpoint)
        loader = tr("picks <b>%1</b> and returns <b>nothing</b> (%2)").arg(r.loader.picked, r.loader.reason.toHtmlEscaped());
    else
        loader = tr("picks <b>%1</b> (%2 by its own validator)")
                     .arg(r.loader.picked, r.loader.resultValid ? tr("valid") : tr("invalid"));
    const QString auth = r.auth == omega::AuthState::None ? tr("<span style='color:#b26a00'>nothing is authenticated</span>")
                                                          : coreTerm(omega::authStateName(r.auth));
    auto *l = new QLabel(tr("<b>%1</b>: %2 files, %3 valid · original loader %4 · newest valid: <b>%5</b> · "
                            "continuity: %6 of %7 pairs break ±0.001 · %8")
                             .arg(r.displayName.toHtmlEscaped())
                             .arg(r.filesOnDisk)
                             .arg(valid)
                             .arg(loader, r.newestValid.isEmpty() ? tr("none") : r.newestValid)
                             .arg(r.series.violationCount())
                             .arg(r.series.violation.size())
                             .arg(auth));
    l->setObjectName(QStringLiteral("omegaSummary"));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QCustomPlot *OmegaView::buildChart()
{
    const omega::OmegaSeries &s = m_report.series;
    auto *plot = new QCustomPlot;
    plot->setObjectName(QStringLiteral("omegaChart"));
    plot->setAutoAddPlottableToLegend(false);
    plot->setMinimumHeight(390);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->plotLayout()->clear();

    // Times are shown relative to the first checkpoint: readable ticks, exact values in the table.
    const double t0 = s.time.isEmpty() ? 0.0 : s.time.first();
    QVector<double> t;
    for (double x : s.time)
        t.append(x - t0);
    QVector<double> dt;
    for (double x : s.deltaTime)
        dt.append(x - t0);

    auto *top = new QCPAxisRect(plot);
    auto *bottom = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, top);
    plot->plotLayout()->addElement(1, 0, bottom);
    plot->plotLayout()->setRowStretchFactor(0, 3);
    plot->plotLayout()->setRowStretchFactor(1, 2);
    top->axis(QCPAxis::atRight)->setVisible(true);
    top->axis(QCPAxis::atRight)->setTickLabels(true);
    auto *group = new QCPMarginGroup(plot);
    top->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    bottom->setMarginGroup(QCP::msLeft | QCP::msRight, group);

    const QString when = t0 > 0 ? tr("seconds after %1 UTC").arg(QDateTime::fromMSecsSinceEpoch(qint64(t0 * 1000), Qt::UTC)
                                                                      .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")))
                                : tr("seconds");
    top->axis(QCPAxis::atLeft)->setLabel(tr("Ψ (coherence_score)"));
    top->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("g"));
    top->axis(QCPAxis::atLeft)->setNumberPrecision(6);
    top->axis(QCPAxis::atRight)->setNumberFormat(QStringLiteral("g"));
    top->axis(QCPAxis::atRight)->setNumberPrecision(6);
    bottom->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("g"));
    bottom->axis(QCPAxis::atLeft)->setNumberPrecision(6);
    top->axis(QCPAxis::atRight)->setLabel(tr("m_t (modulator)"));
    top->axis(QCPAxis::atBottom)->setLabel(when);
    bottom->axis(QCPAxis::atLeft)->setLabel(tr("ΔΨ, Δm_t"));
    bottom->axis(QCPAxis::atBottom)->setLabel(when);

    QCPGraph *psi = plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
    psi->setName(tr("Ψ"));
    psi->setData(t, QVector<double>(s.psi.begin(), s.psi.end()), true);
    psi->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    psi->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    QCPGraph *mod = plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atRight));
    mod->setName(tr("m_t"));
    mod->setData(t, QVector<double>(s.modulator.begin(), s.modulator.end()), true);
    mod->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2));
    mod->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 4));

    // Violations: a red ring on Ψ at the later checkpoint of each breaking pair.
    QVector<double> vt, vpsi;
    for (int i = 0; i < s.violation.size(); ++i)
        if (s.violation[i]) {
            vt.append(t[i + 1]);
            vpsi.append(s.psi[i + 1]);
        }
    QCPGraph *marks = plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
    marks->setName(tr("continuity break (|Δ| ≥ %1)").arg(num(s.limit)));
    marks->setData(vt, vpsi, true);
    marks->setLineStyle(QCPGraph::lsNone);
    marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0xd3, 0x2f, 0x2f), 2), Qt::NoBrush, 11));

    QCPGraph *dpsi = plot->addGraph(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
    dpsi->setName(tr("ΔΨ"));
    dpsi->setData(dt, QVector<double>(s.deltaPsi.begin(), s.deltaPsi.end()), true);
    dpsi->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.5));
    dpsi->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
    QCPGraph *dm = plot->addGraph(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
    dm->setName(tr("Δm_t"));
    dm->setData(dt, QVector<double>(s.deltaModulator.begin(), s.deltaModulator.end()), true);
    dm->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1.5));
    dm->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 3));
    // The ±limit band, so a reader sees which deltas break it.
    for (double y : {s.limit, -s.limit}) {
        auto *line = new QCPItemStraightLine(plot);
        line->setClipAxisRect(bottom);
        line->point1->setAxes(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
        line->point2->setAxes(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
        line->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 1, Qt::DashLine));
    }

    psi->rescaleAxes();
    mod->rescaleAxes();
    marks->rescaleKeyAxis(true);
    const auto pad = [](QCPAxis *a, double minSpan) {
        QCPRange r = a->range();
        if (r.size() < minSpan)
            r = QCPRange(r.center() - minSpan / 2, r.center() + minSpan / 2);
        a->setRange(r.lower - r.size() * 0.08, r.upper + r.size() * 0.08);
    };
    pad(top->axis(QCPAxis::atLeft), 0.002);
    {
        // Ψ cannot exceed 1: do not pad the axis past it unless a value does.
        QCPAxis *y = top->axis(QCPAxis::atLeft);
        double maxPsi = 1.0;
        for (double v : s.psi)
            maxPsi = std::max(maxPsi, v);
        if (y->range().upper > maxPsi)
            y->setRangeUpper(maxPsi + y->range().size() * 0.02);
    }
    pad(top->axis(QCPAxis::atRight), 0.002);
    pad(top->axis(QCPAxis::atBottom), 1.0);
    // Deltas beyond ±5× the bound (the warm-up from Ψ = 0) would flatten everything else:
    // the axis shows ±5× the bound unless all deltas are smaller; clipped points stay
    // marked on the upper chart and listed in the findings.
    double maxAbs = s.limit * 1.5;
    for (int i = 0; i < s.deltaPsi.size(); ++i)
        maxAbs = std::max({maxAbs, std::fabs(s.deltaPsi[i]), std::fabs(s.deltaModulator[i])});
    maxAbs = std::min(maxAbs, 5 * s.limit);
    bottom->axis(QCPAxis::atLeft)->setRange(-maxAbs * 1.1, maxAbs * 1.1);
    bottom->axis(QCPAxis::atBottom)->setRange(top->axis(QCPAxis::atBottom)->range());
    connect(top->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            bottom->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));

    // Violations on the delta chart too, pinned to the edge when off-scale.
    QVector<double> vdt, vdv;
    for (int i = 0; i < s.violation.size(); ++i)
        if (s.violation[i]) {
            const double v = std::fabs(s.deltaPsi[i]) >= s.limit ? s.deltaPsi[i] : s.deltaModulator[i];
            vdt.append(dt[i]);
            vdv.append(std::clamp(v, -maxAbs * 0.9, maxAbs * 0.9));
        }
    QCPGraph *dmarks = plot->addGraph(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
    dmarks->setData(vdt, vdv, true);
    dmarks->setLineStyle(QCPGraph::lsNone);
    dmarks->setScatterStyle(marks->scatterStyle());

    // One legend above both charts, so it never hides a data point.
    auto *legend = new QCPLegend;
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(6);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 2, 4, 0));
    for (QCPGraph *g : {psi, mod, dpsi, dm, marks})
        legend->addItem(new QCPPlottableLegendItem(legend, g));
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    top->setRangeDrag(Qt::Horizontal);
    top->setRangeZoom(Qt::Horizontal);
    plot->replot();
    return plot;
}

QCustomPlot *OmegaView::buildComponentsChart()
{
    const omega::OmegaSeries &s = m_report.series;
    auto *plot = new QCustomPlot;
    plot->setObjectName(QStringLiteral("omegaComponentsChart"));
    plot->setAutoAddPlottableToLegend(false);
    plot->setMinimumHeight(390);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->plotLayout()->clear();
    const double t0 = s.time.isEmpty() ? 0.0 : s.time.first();
    QVector<double> t;
    for (double x : s.time)
        t.append(x - t0);
    auto *top = new QCPAxisRect(plot);
    auto *bottom = new QCPAxisRect(plot);
    auto *legend = new QCPLegend;
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->addElement(1, 0, top);
    plot->plotLayout()->addElement(2, 0, bottom);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(6); // rows of six: a wide legend would widen the whole window
    legend->setLayer(QStringLiteral("legend"));
    legend->setBorderPen(Qt::NoPen);
    auto *group = new QCPMarginGroup(plot);
    top->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    bottom->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    top->axis(QCPAxis::atLeft)->setLabel(tr("Omega_t_L components, ‖Ω‖"));
    bottom->axis(QCPAxis::atLeft)->setLabel(tr("I_t_L components"));
    bottom->axis(QCPAxis::atBottom)->setLabel(tr("seconds after the first checkpoint"));
    static const QColor palette[] = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00),
                                     QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57)};
    for (int c = 0; c < s.omegaComponents.size(); ++c) {
        const QPen pen(palette[c % 6], 1.5);
        QCPGraph *g = plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
        g->setData(t, QVector<double>(s.omegaComponents[c].begin(), s.omegaComponents[c].end()), true);
        g->setPen(pen);
        g->setName(tr("component %1").arg(c));
        legend->addItem(new QCPPlottableLegendItem(legend, g));
        QCPGraph *gi = plot->addGraph(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
        gi->setData(t, QVector<double>(s.iComponents[c].begin(), s.iComponents[c].end()), true);
        gi->setPen(pen);
    }
    QCPGraph *norm = plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
    norm->setData(t, QVector<double>(s.omegaNorm.begin(), s.omegaNorm.end()), true);
    norm->setPen(QPen(Qt::black, 2, Qt::DashLine));
    norm->setName(tr("‖Ω‖ (= m_t by construction)"));
    legend->addItem(new QCPPlottableLegendItem(legend, norm));
    plot->rescaleAxes();
    for (QCPAxisRect *r : {top, bottom}) {
        QCPAxis *y = r->axis(QCPAxis::atLeft);
        const QCPRange range = y->range();
        const double pad = std::max(range.size() * 0.08, 1e-6);
        y->setRange(range.lower - pad, range.upper + pad);
        y->setNumberFormat(QStringLiteral("g"));
        y->setNumberPrecision(6);
    }
    connect(top->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            bottom->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->replot();
    return plot;
}

QTableWidget *OmegaView::buildFindings()
{
    const Findings &fs = m_report.findings;
    auto *t = makeTable({tr("Severity"), tr("Code"), tr("Evidence"), tr("Location"), tr("Offset"), tr("Found"), tr("Explanation")},
                        int(fs.size()));
    t->setObjectName(QStringLiteral("omegaFindings"));
    for (int i = 0; i < fs.size(); ++i) {
        const Finding &f = fs[i];
        auto *sev = item(coreTerm(severityName(f.severity)));
        sev->setForeground(severityColour(f.severity));
        t->setItem(i, 0, sev);
        t->setItem(i, 1, item(f.code));
        t->setItem(i, 2, item(f.evidence, f.translated(FindingField::Subject)));
        t->setItem(i, 3, item(f.translated(FindingField::Location)));
        t->setItem(i, 4, item(f.offset >= 0 ? QString::number(f.offset) : QString()));
        t->setItem(i, 5, item(f.translated(FindingField::Found), tr("expected: %1").arg(f.translated(FindingField::Expected))));
        const QString explanation = f.translated(FindingField::Explanation);
        t->setItem(i, 6, item(explanation, explanation));
    }
    t->resizeColumnsToContents();
    t->setColumnWidth(5, std::min(t->columnWidth(5), 320));
    return t;
}

QTableWidget *OmegaView::buildFiles()
{
    const QList<omega::CheckpointFile> &files = m_report.files;
    auto *t = makeTable({tr("File"), tr("Status"), tr("Timestamp"), tr("Ψ"), tr("m_t"), tr("network_id"), tr("Size"), tr("SHA-256")},
                        int(files.size()));
    t->setObjectName(QStringLiteral("omegaFiles"));
    for (int i = 0; i < files.size(); ++i) {
        const omega::CheckpointFile &f = files[i];
        QString status = f.valid ? tr("valid") : tr("invalid");
        if (!f.readable)
            status = f.encrypted ? tr("encrypted") : tr("unreadable");
        else if (f.parseError == omega::JsonError::Truncated)
            status = tr("truncated");
        else if (!f.parsed())
            status = tr("malformed");
        if (f.name == m_report.loader.picked)
            status += tr(" · original loader's pick");
        if (f.name == m_report.newestValid)
            status += tr(" · newest valid");
        auto *st = item(status);
        st->setForeground(f.valid ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        t->setItem(i, 0, item(f.name));
        t->setItem(i, 1, st);
        t->setItem(i, 2, item(scalarText(f.timestamp)));
        t->setItem(i, 3, item(scalarText(f.coherence)));
        t->setItem(i, 4, item(scalarText(f.modulator)));
        t->setItem(i, 5, item(f.networkId));
        t->setItem(i, 6, item(QString::number(f.size)));
        t->setItem(i, 7, item(toHex(f.sha256)));
    }
    t->resizeColumnsToContents();
    return t;
}

namespace {
enum { PathRole = Qt::UserRole + 1, FileRole };
} // namespace

QTreeWidget *OmegaView::buildTree()
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("omegaTree"));
    tree->setHeaderLabels({tr("Folder and files"), tr("Status")});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *root = new QTreeWidgetItem(tree, {m_report.displayName, tr("%n file(s)", nullptr, int(m_report.files.size()))});
    root->setToolTip(0, m_report.checkpointDir);
    for (int i = 0; i < m_report.files.size(); ++i) {
        const omega::CheckpointFile &f = m_report.files[i];
        QString status = f.valid ? tr("valid") : tr("invalid");
        if (!f.readable)
            status = f.encrypted ? tr("encrypted") : tr("unreadable");
        else if (!f.parsed())
            status = tr("malformed");
        auto *file = new QTreeWidgetItem(root, {f.name, status});
        file->setData(0, FileRole, i);
        file->setForeground(1, f.valid ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        file->setToolTip(0, f.path);
        // The checkpoint's own keys, by their JSON path, so a finding's location finds them.
        auto field = [&](const QString &key, const QString &label, const QString &value) {
            auto *n = new QTreeWidgetItem(file, {label, value});
            n->setData(0, PathRole, QStringLiteral("$.") + key);
            n->setToolTip(1, value);
        };
        if (f.parsed()) {
            field(QStringLiteral("timestamp"), QStringLiteral("timestamp"), scalarText(f.timestamp));
            field(QStringLiteral("coherence_score"), tr("coherence_score (Ψ)"), scalarText(f.coherence));
            field(QStringLiteral("modulator"), tr("modulator (m_t)"), scalarText(f.modulator));
            field(QStringLiteral("network_id"), QStringLiteral("network_id"), f.networkIdIsString ? f.networkId : QStringLiteral("—"));
            field(QStringLiteral("I_t_L"), QStringLiteral("I_t_L"), f.iIsList ? tr("%n value(s)", nullptr, int(f.iVector.size())) : QStringLiteral("—"));
            field(QStringLiteral("Omega_t_L"), QStringLiteral("Omega_t_L"), f.omegaIsList ? tr("%n value(s)", nullptr, int(f.omegaVector.size())) : QStringLiteral("—"));
        } else if (f.readable) {
            new QTreeWidgetItem(file, {tr("parse error"), tr("at byte %1").arg(f.parseErrorOffset)});
        } else if (!f.readError.isEmpty()) {
            new QTreeWidgetItem(file, {tr("read error"), f.readError});
        }
        new QTreeWidgetItem(file, {tr("size"), tr("%n byte(s)", nullptr, int(qMin<qint64>(f.size, INT_MAX)))});
        new QTreeWidgetItem(file, {QStringLiteral("SHA-256"), toHex(f.sha256)});
        m_fileNodes.append(file);
    }
    root->setExpanded(true);
    // File names whole: checkpoint_<unix seconds>.json at two levels of indentation.
    tree->setMinimumWidth(qMax(220, tree->fontMetrics().horizontalAdvance(QStringLiteral("checkpoint_0000000000.json")) +
                                        2 * tree->indentation() + 2 * tree->frameWidth() + 16));
    return tree;
}

bool OmegaView::jumpToFinding(int row)
{
    if (row < 0 || row >= m_report.findings.size())
        return false;
    const Finding &f = m_report.findings[row];
    // The file a finding is about: its evidence ("folder/file"), else its subject; for a
    // pair ("a → b") the later file, where the break shows.
    int file = -1;
    qsizetype bestPos = -1;
    for (int i = 0; i < m_report.files.size(); ++i) {
        const QString &name = m_report.files[i].name;
        if (f.evidence.endsWith(QLatin1Char('/') + name) || f.evidence == name || f.subject == name) {
            file = i;
            break;
        }
        const qsizetype pos = f.subject.lastIndexOf(name);
        if (pos > bestPos) {
            bestPos = pos;
            file = i;
        }
    }
    if (file < 0 || file >= m_fileNodes.size())
        return false;
    QTreeWidgetItem *target = m_fileNodes[file];
    target->setExpanded(true);
    if (f.location.startsWith(QLatin1String("$."))) {
        for (int c = 0; c < target->childCount(); ++c) {
            const QString path = target->child(c)->data(0, PathRole).toString();
            if (!path.isEmpty() && (f.location == path || f.location.startsWith(path + QLatin1Char('[')) ||
                                    f.location.startsWith(path + QLatin1Char('.')))) {
                target = target->child(c);
                break;
            }
        }
    }
    m_tree->setCurrentItem(target);
    m_tree->scrollToItem(target);
    if (m_files)
        m_files->selectRow(file);
    return true;
}

} // namespace seedscope::ui
