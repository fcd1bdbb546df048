// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// verifyDump(): the forensic verifier over one Seed dump (issue 5). It reads the image
// with dump::readDump, loads the ledger view and replays it when a trust store is given,
// and adds its own checks: hash chain, sequence and Lamport order, seals, checkpoint
// anchors and signatures, the marker chain, damage verdicts with explicit UNKNOWN
// ranges, and the emulated boot-time recovery against the device's BOOT and RECOVERY
// markers. Codes: docs/findings/verify.md.

#include "crypto/SecureBytes.h"
#include "dump/DumpReader.h"
#include "ledger/Proof.h"
#include "util/Progress.h"
#include "util/Result.h"
#include "verify/VerifyReport.h"

#include <optional>

namespace seedscope::verify {

struct VerifyOptions {
    QString dumpPath;
    QStringList keyFiles;          // candidates; the one whose name matches the dump is tried first
    QString keysDir;               // <dump-base-name>.key inside it
    QString trustStorePath;        // optional
};

// Error only when the dump cannot be opened at all (missing, unreadable, empty) or a
// given key file / trust store cannot be read; everything about the contents is a finding.
// Progress: the reader's stages, then "verify" (checks done of checks) and the replay's.
// A tripped token returns ErrorCode::Cancelled.
Result<VerifyReport> verifyDump(const VerifyOptions &options, const Progress &progress = {});

// The same over bytes already in memory (tests, the simulator, the GUI). When the
// progress token trips, it stops between checks and returns an incomplete report: the
// caller must check progress.stopRequested() and discard it. Signatures are
// always checked on every core (util/Parallel.h); ledger tests prove parallel and
// sequential checks agree.
VerifyReport verifyImage(QByteArrayView image, const EvidenceSummary &evidence,
                         const std::optional<crypto::SecureBytes> &storageKey,
                         const std::optional<ledger::TrustStore> &trust, const Progress &progress = {});

// The reader's options verifyImage uses: an evidence session reads its dump once with
// these and hands the result to verifyReadImage, so the dump is not read twice.
dump::ReadOptions verifyReadOptions(const EvidenceSummary &evidence, const std::optional<crypto::SecureBytes> &storageKey,
                                    const std::optional<ledger::TrustStore> &trust);
// verifyImage over a DumpImage already read from `image` with verifyReadOptions().
VerifyReport verifyReadImage(QByteArrayView image, const dump::DumpImage &img, const EvidenceSummary &evidence,
                             const std::optional<crypto::SecureBytes> &storageKey,
                             const std::optional<ledger::TrustStore> &trust, const Progress &progress = {});

} // namespace seedscope::verify
