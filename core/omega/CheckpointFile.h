// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One checkpoint_*.json file: what was read, what the original Python loader and
// validator would make of it, and the per-file findings (schema, ranges, non-finite
// values, the coded maths). Directory-level conclusions live in OmegaAnalysis.

#include "findings/Finding.h"
#include "omega/OmegaDirectory.h"
#include "omega/OmegaJson.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>

namespace seedscope::omega {

// λ = φ · 0.8: the writer's placeholder Ψ times the golden ratio (design/omega.md).
inline constexpr double kLambda = 1.2944271909999159;
inline constexpr double kClampK = 10.0;
inline constexpr double kFutureToleranceSeconds = 60.0;
// Relative tolerance for the two coded invariants; the real runs hold to ~2e-16.
inline constexpr double kInvariantRelTolerance = 1e-9;
inline constexpr int kMaxVectorLength = 65536;
inline constexpr int kMaxNonFiniteFindings = 32; // listed one by one per file, then one summary

// A scalar as found in the file.
struct ScalarField {
    bool present = false;
    bool isNumber = false; // JSON number (NaN/Infinity included), not bool
    bool isBool = false;   // Python treats a bool as an int in comparisons
    bool isInt = false;
    double value = std::numeric_limits<double>::quiet_NaN();
    qint64 offset = -1;
    qint64 length = 0;
    QString text; // as written, for reports
    bool finite() const { return isNumber && std::isfinite(value); }
};

struct CheckpointFile {
    QString name;                  // file name in the folder
    QString path;                  // absolute path
    bool regularFile = true;
    EntryKind kind = EntryKind::Regular; // how the entry is stored (OmegaDirectory.h)
    bool readable = false;
    QString readError;
    qint64 size = 0;
    QByteArray sha256;             // of the bytes on disk (the ciphertext when encrypted)
    QDateTime modified;            // file system time, UTC
    std::optional<qint64> nameSeconds; // the <int> of checkpoint_<int>.json

    bool encrypted = false;        // hardened layout: checkpoint_<int>.json.enc
    bool decrypted = false;

    // Parsing
    JsonError parseError = JsonError::None;
    qint64 parseErrorOffset = -1;
    bool rootIsObject = false;
    bool hasAllKeys = false;       // the six keys the original loader indexes

    // Content (set when present and of the right type)
    ScalarField timestamp;
    ScalarField coherence;
    ScalarField modulator;
    QList<double> iVector;
    QList<double> omegaVector;
    bool iIsList = false;
    bool omegaIsList = false;
    bool vectorsNumeric = false;   // both lists, every element a number
    bool networkIdIsString = false;
    QString networkId;
    qint64 networkIdOffset = -1;
    qint64 networkIdLength = 0;

    // The original writer's own code on this file
    bool originalLoaderReturns = false;   // load_latest_checkpoint would return a CheckpointData
    bool originalValidatorPasses = false; // validate_checkpoint_consistency would say True

    // Ours
    bool valid = false; // no error or critical finding about this file
    int errorFindings = 0;
    int warningFindings = 0;

    bool parsed() const { return readable && parseError == JsonError::None; }
};

struct ValidationContext {
    QString evidencePrefix; // folder display name, "run_defects"
    double now = 0.0;       // examination time, unix seconds (a parameter: tests are deterministic)
    double relTolerance = kInvariantRelTolerance;
};

// Parses `bytes` (the plaintext) into `file` and appends its per-file findings.
void inspectCheckpoint(CheckpointFile &file, QByteArrayView bytes, const ValidationContext &ctx, Findings &out);

// "checkpoint_1762692027.json" -> 1762692027; nullopt for checkpoint_latest.json etc.
std::optional<qint64> secondsFromName(const QString &name);

// Helper shared by the analysis: a finding about a file.
Finding fileFinding(const ValidationContext &ctx, const CheckpointFile &file, const char *code, Severity severity);

} // namespace seedscope::omega
