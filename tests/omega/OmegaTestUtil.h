// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the Omega tests: consistent checkpoint records, folders in temp dirs,
// finding lookups.

#include "omega/CheckpointFile.h"
#include "omega/OmegaAnalysis.h"
#include "omega/PythonJson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>

namespace seedscope::testing {

// A record that satisfies the coded maths exactly (‖Ω‖ = m_t = exp(λ·mean(I))).
inline omega::CheckpointRecord goodRecord(double ts, double psi, double iLevel = 0.04)
{
    omega::CheckpointRecord r;
    const double feats[5] = {0.36, 0.55, 0.54, 0.53, 0.33};
    double n = 0;
    for (double f : feats)
        n += f * f;
    n = std::sqrt(n);
    const double m = std::exp(omega::kLambda * iLevel);
    for (double f : feats) {
        r.iVector.append({iLevel, false});
        r.omegaVector.append({f / n * m, false});
    }
    r.timestamp = {ts, false};
    r.coherenceScore = {psi, false};
    r.modulator = {m, false};
    r.networkId = QStringLiteral("quantum-currency-uhes-001");
    return r;
}

inline QString nameFor(double ts) { return QStringLiteral("checkpoint_%1.json").arg(qint64(std::trunc(ts))); }

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QList<Finding> withCode(const Findings &all, const char *code)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.code == QLatin1StringView(code))
            out.append(f);
    return out;
}

inline omega::OmegaReport analyze(const QString &dir, double now = 1762695600.0)
{
    omega::AnalysisOptions o;
    o.now = now;
    auto r = omega::analyzeOmegaDirectory(dir, o);
    return r ? *r : omega::OmegaReport{};
}

} // namespace seedscope::testing
