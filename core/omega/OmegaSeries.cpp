// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaSeries.h"

#include "omega/CheckpointFile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace seedscope::omega {

int OmegaSeries::violationCount() const
{
    return int(std::count(violation.begin(), violation.end(), true));
}

OmegaSeries buildSeries(const QList<const CheckpointFile *> &ordered, double limit)
{
    OmegaSeries s;
    s.limit = limit;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    int components = 0;
    for (const CheckpointFile *f : ordered)
        components = std::max({components, int(f->omegaVector.size()), int(f->iVector.size())});
    components = std::min(components, kMaxChartedComponents);
    s.omegaComponents.resize(components);
    s.iComponents.resize(components);
    for (const CheckpointFile *f : ordered) {
        s.files.append(f->name);
        s.time.append(f->timestamp.value);
        s.psi.append(f->coherence.value);
        s.modulator.append(f->modulator.value);
        double sq = 0;
        for (double x : f->omegaVector)
            sq += x * x;
        s.omegaNorm.append(f->omegaVector.isEmpty() ? nan : std::sqrt(sq));
        for (int c = 0; c < components; ++c) {
            s.omegaComponents[c].append(c < f->omegaVector.size() ? f->omegaVector[c] : nan);
            s.iComponents[c].append(c < f->iVector.size() ? f->iVector[c] : nan);
        }
    }
    for (int i = 1; i < s.time.size(); ++i) {
        const double dp = s.psi[i] - s.psi[i - 1];
        const double dm = s.modulator[i] - s.modulator[i - 1];
        s.deltaTime.append(s.time[i]);
        s.deltaPsi.append(dp);
        s.deltaModulator.append(dm);
        s.violation.append(!(std::fabs(dp) < limit) || !(std::fabs(dm) < limit));
    }
    return s;
}

} // namespace seedscope::omega
