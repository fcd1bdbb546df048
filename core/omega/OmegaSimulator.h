// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deterministic stand-in for the real CAL engine's checkpoint writer: same maths
// (m_t = exp(clamp(λ·mean(I), ±10)), Ω = unit(features)·m_t, Ψ = mean pairwise cosine of
// recent Ω), same naming (checkpoint_<int(ts)>.json, so same-second checkpoints overwrite
// each other) and the same Python JSON bytes. Same options and seed, same bytes.
// Optional: the real writer's typical defects, and the hardened layout (signed manifest,
// encrypted files) the guide promises.

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace seedscope::omega {

inline constexpr int kMaxSimulatedFiles = 1'000'000;

struct SimulationOptions {
    int files = 24;            // checkpoint files on disk at the end (before defects)
    uint64_t seed = 20251109;
    double clockStart = 1762692000.0;
    QString networkId = QStringLiteral("quantum-currency-uhes-001");
    bool defects = false;      // append the real writer's typical defects
    bool hardened = false;     // write a signed manifest.json
    bool encrypt = false;      // AES-256-GCM checkpoint_<int>.json.enc files (implies hardened)
    std::optional<crypto::SecureBytes> nodeSecret; // default: derived from the seed
};

struct SimulatedFile {
    QString name;
    QByteArray bytes;
};

struct SimulationResult {
    QList<SimulatedFile> files; // final folder content, name order; manifest.json included
    int createCalls = 0;        // create_checkpoint calls made (> files when seconds collided)
    QByteArray publicKey;       // node public key when hardened
};

Result<SimulationResult> simulateOmega(const SimulationOptions &options);

// Writes the result into <outDir>/checkpoints/ (created; existing files there are
// replaced). Never used on evidence: only by `simulate` and tests.
Status writeSimulation(const SimulationResult &result, const QString &outDir);

// The node secret the simulator uses for `seed` when none is given.
crypto::SecureBytes defaultNodeSecret(uint64_t seed);

} // namespace seedscope::omega
