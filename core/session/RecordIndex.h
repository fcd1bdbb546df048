// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The compact per-record index of a dump's journal, built in one pass at open: what a
// journal table needs to sort, filter and scroll without touching record bytes. Record i
// is the image's journal record i: its offset, length, sequence, Lamport value, type and
// decrypt state are read from the image's own record list (dump::RecordInfo), and only
// what that list does not hold is kept here, in one IndexEntry per record (see sizeof
// below); everything else (accounts, amounts, field spans) is decoded on demand.

#include "findings/Finding.h"
#include "session/EvidenceSession.h"
#include "util/Progress.h"

#include <vector>

namespace seedscope::session {

struct IndexEntry {
    int32_t device = -1;      // index into RecordIndex::devices()
    uint16_t flags = 0;       // RecordFlag
    int8_t entryType = -1;    // ledger::EntryType, -1 none
};
static_assert(sizeof(IndexEntry) <= 8, "the index must stay compact beside the image's record list");

class RecordIndex {
public:
    // The index reads `img`, which must outlive it (the session holds both).
    static Result<RecordIndex> build(const dump::DumpImage &img, const Progress &progress);

    int size() const { return int(m_entries.size()); }
    const IndexEntry &entry(int i) const { return m_entries[size_t(i)]; }
    int journalPosition(int i) const { return i; }
    RecordSummary summary(int i, const dump::DumpImage &img) const;
    int indexAtOffset(qint64 offset) const;            // exact record header offset, -1 none
    int indexContaining(qint64 offset) const;          // record whose footprint holds offset, -1 none
    std::vector<bool> recordsWithFindings(const Findings &findings) const;
    const QList<QByteArray> &devices() const { return m_devices; }
    qint64 memoryBytes() const { return qint64(m_entries.capacity() * sizeof(IndexEntry)); }

private:
    const dump::DumpImage *m_img = nullptr;
    std::vector<IndexEntry> m_entries; // like the image's journal list (storage order)
    QList<QByteArray> m_devices;
};

} // namespace seedscope::session
