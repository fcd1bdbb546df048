// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RecordIndex.h"

#include "dump/DumpImage.h"

#include <algorithm>

namespace seedscope::session {

namespace {

// A record's footprint on flash, as the journal table shows it.
uint32_t recordLength(const dump::RecordInfo &r) { return uint32_t(std::min<qint64>(r.footprint(), UINT32_MAX)); }

} // namespace

Result<RecordIndex> RecordIndex::build(const dump::DumpImage &img, const Progress &progress)
{
    RecordIndex idx;
    idx.m_img = &img;
    const qsizetype n = img.journal.size();
    idx.m_entries.reserve(size_t(n));
    if (!img.identity.header.deviceId.isEmpty())
        idx.m_devices.append(img.identity.header.deviceId); // the dump's own device first
    // The previous entry's digest as a view (RecordInfo::linksTo compares it by pointer
    // first), or an EPOCH record's head, kept in epochHead: no copy per record.
    QByteArray epochHead;
    QByteArrayView prevHash;
    bool havePrev = false;
    for (qsizetype i = 0; i < n; ++i) {
        if ((i & 1023) == 0) {
            if (progress.stopRequested())
                return makeError(ErrorCode::Cancelled, QStringLiteral("index cancelled"));
            progress.report(QStringLiteral("index"), i, n);
        }
        const dump::RecordInfo &r = img.journal[i];
        IndexEntry e;
        e.flags |= HeaderCrcOk; // the reader lists only records whose header CRC holds
        if (r.payloadCrcOk)
            e.flags |= PayloadCrcOk;
        if (r.header.encrypted())
            e.flags |= Encrypted;
        if (r.known())
            e.flags |= KnownType;
        // The hash chain links ENTRY records; an EPOCH record names the head the next
        // generation continues from. Other records are not on the chain (flag set).
        if (r.header.type == uint8_t(dump::RecordType::Epoch)) {
            e.flags |= ChainOk;
            if (r.payloadCrcOk)
                if (auto ep = dump::decodeEpochPayload(r.payload())) {
                    epochHead = ep->headHash;
                    prevHash = epochHead;
                    havePrev = true;
                }
        } else if (r.header.type == uint8_t(dump::RecordType::Entry)) {
            if (!havePrev || r.linksTo(prevHash))
                e.flags |= ChainOk;
            if (r.payloadCrcOk) {
                prevHash = r.payloadHash.view();
                havePrev = true;
            }
        } else {
            e.flags |= ChainOk;
        }
        if (const std::optional<ledger::Entry> entry = r.decodedEntry()) {
            e.flags |= IsEntry;
            e.entryType = int8_t(entry->type);
            const QByteArray origin = entry->origin.toByteArray();
            qsizetype dev = idx.m_devices.indexOf(origin);
            if (dev < 0) {
                idx.m_devices.append(origin);
                dev = idx.m_devices.size() - 1;
            }
            e.device = int32_t(dev);
        }
        idx.m_entries.push_back(e);
    }
    progress.report(QStringLiteral("index"), n, n);
    return idx;
}

RecordSummary RecordIndex::summary(int i, const dump::DumpImage &img) const
{
    const IndexEntry &e = m_entries[size_t(i)];
    const dump::RecordInfo &r = img.journal[i];
    RecordSummary s;
    s.index = i;
    s.offset = r.offset;
    s.length = recordLength(r);
    s.recordType = r.header.type;
    s.kind = QString::fromLatin1(dump::recordTypeName(r.header.type));
    s.seq = r.header.seq;
    s.lamport = r.lamport();
    s.deviceIndex = e.device;
    s.flags = e.flags;
    s.decrypt = r.decrypt;
    if (e.entryType >= 0)
        s.entryType = ledger::EntryType(e.entryType);
    if (const std::optional<ledger::Entry> entry = r.decodedEntry()) {
        s.from = entry->from.toByteArray();
        s.to = entry->to.toByteArray();
        s.amount = entry->amount;
    }
    return s;
}

int RecordIndex::indexAtOffset(qint64 offset) const
{
    if (!m_img)
        return -1;
    const auto &j = m_img->journal;
    auto it = std::lower_bound(j.cbegin(), j.cbegin() + size(), offset,
                               [](const dump::RecordInfo &r, qint64 o) { return r.offset < o; });
    if (it == j.cbegin() + size() || it->offset != offset)
        return -1;
    return int(it - j.cbegin());
}

int RecordIndex::indexContaining(qint64 offset) const
{
    if (!m_img)
        return -1;
    const auto &j = m_img->journal;
    auto it = std::upper_bound(j.cbegin(), j.cbegin() + size(), offset,
                               [](qint64 o, const dump::RecordInfo &r) { return o < r.offset; });
    if (it == j.cbegin())
        return -1;
    --it;
    if (offset >= it->offset + qint64(recordLength(*it)))
        return -1;
    return int(it - j.cbegin());
}

std::vector<bool> RecordIndex::recordsWithFindings(const Findings &findings) const
{
    std::vector<bool> out(m_entries.size(), false);
    for (const Finding &f : findings) {
        if (f.offset < 0 || f.severity == Severity::Info)
            continue;
        const int i = indexContaining(f.offset);
        if (i >= 0)
            out[size_t(i)] = true;
    }
    return out;
}

} // namespace seedscope::session
