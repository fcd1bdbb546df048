// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The compact per-record index of a dump's journal, built in one pass at open: what a
// journal table needs to sort, filter and scroll without touching record bytes. One
// IndexEntry per record (see sizeof below); everything else (accounts, amounts, field
// spans) is decoded on demand.

#include "findings/Finding.h"
#include "session/EvidenceSession.h"
#include "util/Progress.h"

#include <vector>

namespace seedscope::session {

struct IndexEntry {
    qint64 offset = 0;        // record header offset
    uint64_t seq = 0;
    uint64_t lamport = 0;
    uint32_t length = 0;      // footprint on flash
    int32_t journalPos = -1;  // position in DumpImage::journal
    int32_t device = -1;      // index into RecordIndex::devices()
    uint16_t flags = 0;       // RecordFlag
    uint8_t recordType = 0;
    uint8_t decrypt = 0;      // dump::DecryptState
    int8_t entryType = -1;    // ledger::EntryType, -1 none
};
static_assert(sizeof(IndexEntry) <= 64, "the index must stay compact (<= 64 bytes per record)");

class RecordIndex {
public:
    static Result<RecordIndex> build(const dump::DumpImage &img, const Progress &progress);

    int size() const { return int(m_entries.size()); }
    const IndexEntry &entry(int i) const { return m_entries[size_t(i)]; }
    int journalPosition(int i) const { return m_entries[size_t(i)].journalPos; }
    RecordSummary summary(int i, const dump::DumpImage &img) const;
    int indexAtOffset(qint64 offset) const;            // exact record header offset, -1 none
    int indexContaining(qint64 offset) const;          // record whose footprint holds offset, -1 none
    std::vector<bool> recordsWithFindings(const Findings &findings) const;
    const QList<QByteArray> &devices() const { return m_devices; }
    qint64 memoryBytes() const { return qint64(m_entries.capacity() * sizeof(IndexEntry)); }

private:
    std::vector<IndexEntry> m_entries; // by offset (storage order)
    QList<QByteArray> m_devices;
};

} // namespace seedscope::session
