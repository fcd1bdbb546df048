// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// readDump(): parse a Seed dump image (format v1) into a DumpImage. Read-only over the
// bytes it is given (memory-mapped evidence). It checks every length against what
// remains before using it, allocates nothing sized by an unchecked field, and never
// stops at the first damage: it records a Finding with the exact absolute offset and
// resynchronises at the next erase block.

#include "crypto/SecureBytes.h"
#include "dump/DumpImage.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QHash>

#include <optional>

namespace seedscope::dump {

// The reader keeps every record's bytes (and their plaintext) in memory beside the
// mapped image, about three times the image in all; this cap keeps that within a
// workstation. Real Seed flash is a few MiB. Larger images are refused with a finding.
inline constexpr qint64 kMaxDumpImageBytes = qint64(2) << 30; // 2 GiB

struct ReadOptions {
    QString evidenceName;                         // used in findings
    std::optional<crypto::SecureBytes> storageRootKey; // decrypts journal and slots when set
    qint64 maxImageBytes = kMaxDumpImageBytes;    // a parameter so tests can reach it
    // device_id -> Ed25519 public key from the examiner's trust store. Used only when the
    // identity header's CRC fails (format section 4.3): then the trust store's key for
    // the superblock's device_id signs for the device, not the damaged header's bytes.
    QHash<QByteArray, QByteArray> trustedDeviceKeys;
    // Journal and marker records refer to the image's bytes instead of copying them
    // (DumpImage::borrowed). Only for a caller that keeps the image alive and unchanged
    // for as long as the DumpImage: the verifier over a mapped evidence file. Saves a
    // copy of every record's header and payload.
    bool borrowImageBytes = false;
};

// Errors only for what is not a dump at all (empty input). Everything else, including
// both superblocks bad, is a DumpImage with readable == false and findings saying why.
// Progress: stage "read" (bytes scanned of the image), then "decrypt" (records). When the
// token trips, returns ErrorCode::Cancelled and nothing else.
Result<DumpImage> readDump(QByteArrayView image, const ReadOptions &options = {}, const Progress &progress = {});
Result<DumpImage> readDumpFile(const QString &path, const ReadOptions &options = {});

// Internal steps, exposed for the region scanner's own file.
namespace detail {
Finding makeFinding(const DumpImage &img, const char *code, Severity sev, qint64 offset, qint64 length, const FindingText &location,
                    const FindingText &explanation, const FindingText &expected = {}, const FindingText &found = {},
                    Verdict verdict = Verdict::None);
void scanRecordRegion(QByteArrayView image, DumpImage &img, bool journal, const Progress &progress = {});
void decryptJournal(DumpImage &img, const crypto::SecureBytes *rootKey, const Progress &progress = {});
} // namespace detail

} // namespace seedscope::dump
