// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chart data computed in core: the UI only draws these lists. One point per checkpoint
// that has a finite timestamp, Ψ and m_t, in content-timestamp order (not name order).

#include <QList>
#include <QString>
#include <QStringList>

namespace seedscope::omega {

struct CheckpointFile;

inline constexpr int kMaxChartedComponents = 16;

struct OmegaSeries {
    QStringList files;
    QList<double> time;        // unix seconds
    QList<double> psi;
    QList<double> modulator;
    QList<double> omegaNorm;   // NaN when the vector is missing or not numeric
    QList<QList<double>> omegaComponents; // [component][point], NaN where absent
    QList<QList<double>> iComponents;
    // One entry per consecutive pair, at the later point's time.
    QList<double> deltaTime;
    QList<double> deltaPsi;
    QList<double> deltaModulator;
    QList<bool> violation;     // |ΔΨ| >= limit or |Δm_t| >= limit
    double limit = 0.001;

    int pointCount() const { return int(time.size()); }
    int violationCount() const;
};

// `ordered` must already be sorted by content timestamp and hold only usable points.
OmegaSeries buildSeries(const QList<const CheckpointFile *> &ordered, double limit);

} // namespace seedscope::omega
