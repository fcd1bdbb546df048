// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Directory-level examination of an Omega checkpoint folder: loads every file (read-only),
// validates each, then answers the questions the real writer's defects raise: which file
// the original loader picks (string sort) and whether it gets anything, which file is
// really newest and which is the newest valid one, retention, gaps, same-second
// overwrites, mixed network ids, harmonic continuity, and whether anything in the folder
// is authenticated (hardened layout, OmegaHardened.h).

#include "crypto/SecureBytes.h"
#include "findings/Finding.h"
#include "omega/CheckpointFile.h"
#include "omega/OmegaDirectory.h"
#include "omega/OmegaSeries.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QJsonObject>

#include <optional>

namespace seedscope::omega {

inline constexpr double kContinuityLimit = 0.001; // |ΔΨ| and |Δm_t| between consecutive checkpoints
inline constexpr int kGuideRetention = 10;        // "Only the latest 10 checkpoints are retained"

struct AnalysisOptions {
    double now = 0.0; // examination time, unix seconds
    double relTolerance = kInvariantRelTolerance;
    double continuityLimit = kContinuityLimit;
    std::optional<QByteArray> trustedPublicKey; // 32-byte Ed25519 key the examiner trusts
    std::optional<crypto::SecureBytes> nodeSecret; // decrypts hardened checkpoint files
};

// What load_latest_checkpoint() of the real writer does on this folder.
struct OriginalLoaderResult {
    QString picked;              // empty: no candidate at all (returns None)
    bool returnsCheckpoint = false;
    std::optional<double> returnedTimestamp; // the timestamp value it returns, when a number
    bool resultValid = false;    // validate_checkpoint_consistency() on what it returned
    QString reason;              // why it returns nothing
    FindingText reasonText;      // `reason`'s translatable form
    void setReason(const FindingText &t) { reasonText = t; reason = t.english(); }
    bool unknown = false;        // what it returns depends on something Seedscope does not read
};

enum class AuthState { None, Verified, UntrustedKey, Failed };
const char *authStateName(AuthState s);

struct OmegaReport {
    QString openedPath;
    QString checkpointDir;
    QString displayName;
    double now = 0.0;
    QList<CheckpointFile> files;  // in numeric order (content timestamp, else name)
    int filesOnDisk = 0;          // checkpoint_*.json(.enc) entries
    OriginalLoaderResult loader;
    QString numericallyLatest;    // greatest checkpoint_<int>.json name by number
    QString newestByContent;      // greatest content timestamp among parsed files
    QString newestValid;          // greatest content timestamp among valid files
    AuthState auth = AuthState::None;
    QString signerKeyId;          // hex key id of the manifest's signer
    OmegaSeries series;
    Findings findings;
    // Identity of the folder as examined (the GUI's evidence row; see folderIdentity()).
    QByteArray folderSha256;
    qint64 folderBytes = 0;
    int folderEntries = 0;

    const CheckpointFile *file(const QString &name) const;
    QStringList namesWith(const char *code) const; // files with at least one finding of that code
};

// Fails only when the folder cannot be listed at all (exit code 3). The CLI and the GUI
// both open Omega folders through this one function.
// Progress: stage "omega" (files loaded of files listed). A tripped token returns
// ErrorCode::Cancelled.
Result<OmegaReport> analyzeOmegaDirectory(const QString &path, const AnalysisOptions &options, const Progress &progress = {});
// The same analysis on a listing already made (on disk or in memory, OmegaDirectory.h).
// A tripped token leaves a partial report: callers that pass one must check it.
OmegaReport analyzeOmegaListing(const DirectoryListing &listing, const AnalysisOptions &options, const Progress &progress = {});

// The CLI's JSON document (schema in docs/findings/omega.md). Deterministic for a given
// folder and options: no wall-clock values, no absolute paths beyond the opened path.
QJsonObject reportToJson(const OmegaReport &report);

} // namespace seedscope::omega
