// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything core computed about one opened device dump, held together for the views:
// the mapped evidence bytes (for the hex view), the reader's image, the ledger view and
// its replay timeline, and the verifier's report. Built once, off the GUI thread, by
// loadDumpDocument(); the views only read it.

#include "evidence/EvidenceFile.h"
#include "dumpledger/DumpLedger.h"
#include "ledger/TimelineSeries.h"
#include "util/Progress.h"
#include "util/Result.h"
#include "verify/VerifyReport.h"

#include <QHash>

#include <memory>
#include <optional>

namespace seedscope::ui {

// What the examiner chose to open a dump with. Paths only: key bytes are never kept.
struct DumpInputs {
    QString path;
    QStringList keyFiles;
    QString keysDir;
    QString trustStorePath;
};

struct DumpDocument {
    DumpInputs inputs;
    std::shared_ptr<EvidenceFile> file;
    ledger::OpenedDump opened;
    std::optional<ledger::DumpReplay> replay;
    verify::VerifyReport report;
    ledger::TimelineSeries series;      // trust and pool charts
    // The storage key given decrypts no encrypted record at all: the examiner's input does
    // not fit this dump (exit code 4's definition), which says nothing about the device.
    bool keyDecryptsNothing = false;
    QHash<int, int> canonicalByStorage; // journal item (storage order) -> timeline index
    QHash<qint64, int> recordByOffset;  // journal record offset -> index in image().journal
    QHash<int, int> findingsByItem;     // journal item -> findings whose offset falls in its record

    // The journal item whose record holds this absolute offset, or -1.
    int itemAtOffset(qint64 offset) const;
    // Byte range (offset, length) of a journal item's record; length 0 when unknown.
    QPair<qint64, qint64> itemRange(int item) const;

    const dump::DumpImage &image() const { return opened.image; }
    // The timeline outcome for a journal item in storage order, or nullptr.
    const ledger::EntryOutcome *outcomeForItem(int storageIndex) const;
};

// Opens, reads, replays and verifies a dump. Errors: not a Seed dump at all (refused),
// unreadable file, key file or trust store, or Cancelled when the token was tripped
// between stages.
Result<std::shared_ptr<const DumpDocument>> loadDumpDocument(const DumpInputs &inputs, const Progress &progress);

} // namespace seedscope::ui
