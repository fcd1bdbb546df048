// SPDX-License-Identifier: GPL-3.0-or-later
// Chain-level checks the reader does not make (it judges framing only): prev_hash links,
// sequence continuity, Lamport order, seals and checkpoints as anchors of the chain, the
// marker chain. A record whose CRC holds but which does not link is tampering (or a
// device bug), never flash damage: damage would have failed the CRC first.
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "ledger/Merkle.h"
#include "util/Hex.h"
#include "verify/VerifyChecks.h"

#include <QSet>

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>

namespace seedscope::verify::detail {

using namespace seedscope::dump;


bool isJournalDamage(const Finding &f)
{
    return f.code.startsWith(QLatin1String("JOURNAL_"))
        && (f.verdict == Verdict::TornTail || f.verdict == Verdict::Corruption) && f.offset >= 0;
}

JournalDamage journalDamage(const DumpImage &img)
{
    JournalDamage d;
    QSet<qint64> namedRecords;
    for (const RecordInfo &r : img.journal)
        if (r.header.type == uint8_t(RecordType::Entry) && (!r.payloadCrcOk || r.decrypt == DecryptState::Failed)) {
            d.damagedSeqs.insert(r.header.seq);
            namedRecords.insert(r.offset);
        }
    for (const Finding &f : img.findings) {
        if (f.code == QLatin1String("IMAGE_TRUNCATED")) {
            d.any = true;
            d.unreadableRanges = true;
        }
        if (!isJournalDamage(f))
            continue;
        d.any = true;
        if (!namedRecords.contains(f.offset))
            d.unreadableRanges = true;
    }
    return d;
}


SeqHashes entryHashes(const DumpImage &img)
{
    SeqHashes h;
    h.m_bySeq.reserve(size_t(img.journal.size())); // not up to twice that by doubling
    for (const RecordInfo &r : img.journal)
        if (r.header.type == uint8_t(RecordType::Entry) && r.payloadCrcOk && r.payloadHash.data())
            h.m_bySeq.emplace_back(r.header.seq, r.payloadHash.data());
    const auto bySeq = [](const auto &a, const auto &b) { return a.first < b.first; };
    if (!std::is_sorted(h.m_bySeq.begin(), h.m_bySeq.end(), bySeq))
        std::stable_sort(h.m_bySeq.begin(), h.m_bySeq.end(), bySeq);
    return h;
}

namespace {

auto seqRange(const std::vector<std::pair<uint64_t, const char *>> &v, uint64_t seq)
{
    return std::equal_range(v.cbegin(), v.cend(), std::pair<uint64_t, const char *>(seq, nullptr),
                            [](const auto &a, const auto &b) { return a.first < b.first; });
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

// Byte strings as hash keys without a copy: views into the image's records.
// Journal records by a byte string each one holds (its payload digest, its entry bytes),
// as record indices in an open-addressed table: 8 to 16 bytes per record. Three
// std::unordered_map tables of views over every record were about 35 MB at verify's peak
// on 200,004 entries, and 600,000 allocations. Sized once for every record of the
// journal, so it never grows and never fills; the seeded hash keeps crafted keys from
// lining up in one probe chain.
template <typename KeyOf>
class RecordTable {
public:
    RecordTable(qsizetype records, KeyOf keyOf) : m_keyOf(keyOf)
    {
        size_t cap = 16;
        while (cap < 2 * size_t(records))
            cap *= 2;
        m_slots.assign(cap, 0);
    }
    // The record holding `key`, -1 when none.
    int find(QByteArrayView key) const { return int(m_slots[slotOf(key)]) - 1; }
    // Files `record` under its key; an equal key already filed keeps its record when
    // `keepFirst`, else gives way. Returns the record filed now.
    int put(int record, bool keepFirst)
    {
        uint32_t &v = m_slots[slotOf(m_keyOf(record))];
        if (v == 0 || !keepFirst)
            v = uint32_t(record) + 1;
        return int(v) - 1;
    }

private:
    size_t slotOf(QByteArrayView key) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t s = qHash(key, QHashSeed::globalSeed()) & mask;; s = (s + 1) & mask)
            if (m_slots[s] == 0 || sameBytes(m_keyOf(int(m_slots[s]) - 1), key))
                return s;
    }
    KeyOf m_keyOf;
    std::vector<uint32_t> m_slots; // record index + 1; 0 empty
};

} // namespace

bool SeqHashes::contains(uint64_t seq, QByteArrayView hash) const
{
    const auto [from, to] = seqRange(m_bySeq, seq);
    return std::any_of(from, to, [&](const auto &e) { return sameBytes(QByteArrayView(e.second, DigestRef::size()), hash); });
}

bool SeqHashes::hasSeq(uint64_t seq) const
{
    const auto [from, to] = seqRange(m_bySeq, seq);
    return from != to;
}

QByteArray SeqHashes::latest(uint64_t seq) const
{
    const auto [from, to] = seqRange(m_bySeq, seq);
    return from == to ? QByteArray() : QByteArray(std::prev(to)->second, DigestRef::size());
}

namespace {

FindingText recLoc(const RecordInfo &r) { return ftr(QT_TRANSLATE_NOOP("Finding", "journal block %1, seq %2"), r.block, r.header.seq); }

// Sorted offsets of the reader's damage findings for one region prefix ("JOURNAL_" or
// "MARKER_"): "is there damage between two records" is then a binary search, so a
// hostile image full of unlinked records stays O(n log n).
QList<qint64> damageOffsets(const DumpImage &img, bool journal)
{
    QList<qint64> out;
    for (const Finding &f : img.findings)
        if (journal ? isJournalDamage(f) : (f.code.startsWith(QLatin1String("MARKER_")) && f.offset >= 0))
            out.append(f.offset);
    std::sort(out.begin(), out.end());
    return out;
}

bool damageBetween(const QList<qint64> &sorted, qint64 from, qint64 to)
{
    auto it = std::upper_bound(sorted.cbegin(), sorted.cend(), from);
    return it != sorted.cend() && *it < to;
}


// How a (seq, hash) a signed structure names stands against the journal's intact entries.
enum class Head { Known, Absent, Different };

// minSeq: h.minSeq(), computed once by the caller.
Head headIn(const SeqHashes &h, uint64_t minSeq, uint64_t seq, const QByteArray &hash)
{
    if (seq == 0)
        return hash == QByteArray(32, '\0') ? Head::Known : Head::Different;
    if (seq < minSeq)
        return Head::Known; // before the oldest entry the journal still holds: cannot be checked
    if (h.contains(seq, hash))
        return Head::Known;
    return h.hasSeq(seq) ? Head::Different : Head::Absent;
}

// A named (seq, hash) that the journal lacks is tampering only when no damage could
// hold it: absent with no damage at all, or different from an intact entry of that seq
// while no damaged record of that seq and no unreadable range exists.
bool damageExplains(const JournalDamage &d, Head head, uint64_t seq)
{
    if (head == Head::Absent)
        return d.any;
    return d.damagedSeqs.contains(seq) || d.unreadableRanges;
}

// The key that signs device structures at a Lamport value: the identity key, or the
// newest rotation valid from at most that value.
QByteArray deviceKeyAt(const DumpImage &img, uint64_t lamport)
{
    QByteArray key = img.identity.header.devicePublicKey;
    for (const KeyHistoryItem &k : img.identity.keyHistory)
        if (k.record.validFromLamport <= lamport)
            key = k.record.newPublicKey;
    return key;
}

} // namespace

namespace {

// "The previous entry" once records are moved or duplicated (format section 11.5): an
// intact ENTRY is *in place* when its physical neighbour on either side continues it by
// sequence (the entry before has seq - 1, or an EPOCH record between them names seq - 1
// as its head; the entry after has seq + 1), or when damage between it and a neighbour
// leaves that side unknown. A record in place on neither side was moved or inserted
// there; only such records are reported for order, so two swapped distant records give
// two findings, not one per record between them. Indexed by position in img.journal.
QSet<int> outOfPlace(const DumpImage &img, const QList<qint64> &damage, uint64_t minSeq)
{
    struct Node {
        int idx;
        uint64_t seq;
        bool epochBefore; // an EPOCH record lies between the previous entry and this one
        uint64_t epochHead;
    };
    // Each entry is judged by its neighbours alone, so three entries are held at a time
    // (a list of every entry was 8 MB at verify's peak on 200,000 entries).
    QSet<int> out;
    auto judge = [&](const Node &n, const Node *before, const Node *after) {
        const qint64 off = img.journal[n.idx].offset;
        bool predOk, succOk;
        if (!before)
            predOk = n.seq == minSeq || (n.epochBefore && n.epochHead + 1 == n.seq);
        else
            predOk = (n.epochBefore ? n.epochHead : before->seq) + 1 == n.seq
                || before->seq + 1 == n.seq || damageBetween(damage, img.journal[before->idx].offset, off);
        if (after)
            succOk = after->seq == n.seq + 1 || damageBetween(damage, off, img.journal[after->idx].offset);
        else
            succOk = false; // the last entry is judged by the one before it
        if (!predOk && !succOk)
            out.insert(n.idx);
    };
    std::optional<Node> prev, cur;
    bool epochSeen = false;
    uint64_t epochHead = 0;
    for (int i = 0; i < img.journal.size(); ++i) {
        const RecordInfo &r = img.journal[i];
        if (!r.payloadCrcOk)
            continue;
        if (r.header.type == uint8_t(RecordType::Epoch)) {
            if (auto ep = decodeEpochPayload(r.payload())) {
                epochSeen = true;
                epochHead = ep->headSeq;
            }
            continue;
        }
        if (r.header.type != uint8_t(RecordType::Entry))
            continue;
        const Node n{i, r.header.seq, epochSeen, epochHead};
        epochSeen = false;
        if (cur)
            judge(*cur, prev ? &*prev : nullptr, &n);
        prev = cur;
        cur = n;
    }
    if (cur)
        judge(*cur, prev ? &*prev : nullptr, nullptr);
    return out;
}

} // namespace

void checkJournalChain(const DumpImage &img, const SeqHashes &hashes, Findings &out)
{
    uint64_t expSeq = 0;
    // A view of the previous record's digest (RecordInfo::linksTo compares it by pointer
    // first), or of an EPOCH record's head, kept in epochHead: no copy per record.
    const QByteArray genesis(32, '\0');
    QByteArray epochHead;
    QByteArrayView expHash = genesis;
    qint64 lastOffset = -1;
    bool haveLamport = false;
    uint64_t lastLamport = 0;
    auto digestOf = [&img](int i) { return QByteArrayView(img.journal[i].payloadHash); };
    auto entryOf = [&img](int i) { return img.journal[i].entryBytes(); };
    RecordTable seen(img.journal.size(), digestOf);         // payload hashes so far
    RecordTable seenEntries(img.journal.size(), entryOf);   // signed entry bytes -> the first copy
    const QList<qint64> damage = damageOffsets(img, true);
    const uint64_t minSeq = hashes.minSeq();
    const JournalDamage jd = journalDamage(img);
    const QSet<int> moved = outOfPlace(img, damage, minSeq);
    // Stored-at Lamport of every intact entry by its chain hash: an entry's Lamport is
    // compared with the entry its prev_hash names (its predecessor by the chain), not
    // with whatever physically precedes it.
    RecordTable byHash(img.journal.size(), digestOf); // the last copy's, as the chain names it
    for (int ri = 0; ri < img.journal.size(); ++ri)
        if (img.journal[ri].header.type == uint8_t(RecordType::Entry) && img.journal[ri].payloadCrcOk)
            byHash.put(ri, false);
    for (int ri = 0; ri < img.journal.size(); ++ri) {
        const RecordInfo &r = img.journal[ri];
        if (!r.payloadCrcOk)
            continue;
        if (r.header.type == uint8_t(RecordType::Epoch)) {
            auto ep = decodeEpochPayload(r.payload());
            if (!ep)
                continue;
            const Head head = headIn(hashes, minSeq, ep->headSeq, ep->headHash);
            if (head != Head::Known) {
                const bool explained = damageExplains(jd, head, ep->headSeq);
                out.append(makeFinding(img.evidence, code::kEpochHeadUnknown, explained ? Severity::Warning : Severity::Error, r.offset,
                                       r.footprint(), recLoc(r), ftr(QT_TRANSLATE_NOOP("Finding", "epoch %1"), ep->epoch),
                                       explained ? ftr(QT_TRANSLATE_NOOP("Finding", "A new log generation continues from a journal entry that is not among the intact entries; damaged or missing journal bytes could hold it, so this is not evidence of tampering."))
                                                 : ftr(QT_TRANSLATE_NOOP("Finding", "A new log generation says it continues from a journal entry that is not in the journal, and no damage could hold it: entries were removed or the record was altered.")),
                                       ftr(QT_TRANSLATE_NOOP("Finding", "an entry with seq %1 and hash %2"), ep->headSeq, toHex(ep->headHash)),
                                       ftr(QT_TRANSLATE_NOOP("Finding", "no such entry")), explained ? Verdict::Unknown : Verdict::Tampering));
            }
            expSeq = ep->headSeq;
            epochHead = ep->headHash;
            expHash = epochHead;
            lastOffset = r.offset;
            continue;
        }
        if (r.header.type != uint8_t(RecordType::Entry))
            continue;
        const uint64_t seq = r.header.seq;
        const bool linked = seq == expSeq + 1 && r.linksTo(expHash);
        const FindingText subj = ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), seq);
        const bool isMoved = moved.contains(ri);
        // In place but not linked to what physically precedes it, while its prev_hash
        // names an intact entry of seq - 1 elsewhere: that entry was moved away, and the
        // finding belongs to it, not here.
        const bool linksBySeq = !isMoved && seq >= 1 && hashes.contains(seq - 1, r.prevHash());
        if (!linked && !linksBySeq && !damageBetween(damage, lastOffset, r.offset)) {
            if (seq <= expSeq) {
                const bool copy = seen.find(QByteArrayView(r.payloadHash)) >= 0;
                out.append(makeFinding(img.evidence, code::kSeqDuplicate, Severity::Error, r.offset, r.footprint(), recLoc(r), subj,
                                       copy ? ftr(QT_TRANSLATE_NOOP("Finding", "An exact copy of an earlier journal entry was stored again after it: a replayed record."))
                                            : ftr(QT_TRANSLATE_NOOP("Finding", "A journal sequence number that was already used appears again in the same log generation.")),
                                       ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), expSeq + 1), ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), seq), Verdict::Tampering));
                continue; // the chain continues from the head before it
            }
            if (seq > expSeq + 1)
                out.append(makeFinding(img.evidence, code::kSeqGap, Severity::Error, r.offset, r.footprint(), recLoc(r), subj,
                                       ftr(QT_TRANSLATE_NOOP("Finding", "Journal sequence numbers jump here with no damaged record in between: %1 entries are missing."), seq - expSeq - 1),
                                       ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), expSeq + 1), ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), seq), Verdict::Tampering));
            if (!r.linksTo(expHash))
                out.append(makeFinding(img.evidence, code::kChainBreak, Severity::Critical, r.offset, r.footprint(), recLoc(r), subj,
                                       ftr(QT_TRANSLATE_NOOP("Finding", "The entry's checksum holds but its link to the previous entry does not: the previous entry was altered or removed, or this one was inserted or moved.")),
                                       toHex(expHash), toHex(r.prevHash()), Verdict::Tampering));
        }
        if (!r.entryBytes().isEmpty()) {
            // Compared as bytes (the record's own), not through a hash of them.
            const int first = seenEntries.put(ri, true);
            if (first != ri)
                out.append(makeFinding(img.evidence, code::kEntryDuplicate, Severity::Error, r.offset, r.footprint(), recLoc(r), subj,
                                       ftr(QT_TRANSLATE_NOOP("Finding", "This transaction is already stored earlier in the journal (at %1): a replayed copy."), formatOffset(img.journal[first].offset)),
                                       ftr(QT_TRANSLATE_NOOP("Finding", "a transaction stored once")), ftr(QT_TRANSLATE_NOOP("Finding", "second copy")), Verdict::Tampering));
        }
        const int pred = byHash.find(r.prevHash());
        const bool predKnown = pred >= 0;
        const uint64_t before = predKnown ? img.journal[pred].lamport() : lastLamport;
        if ((predKnown || haveLamport) && !isMoved && r.lamport() <= before)
            out.append(makeFinding(img.evidence, code::kLamportRegression, Severity::Error, r.offset, r.footprint(), recLoc(r), subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The entry's stored Lamport clock is not above the one of the entry before it in the chain: the device clock went back (rollback or reset).")),
                                   QStringLiteral("> %1").arg(before), QString::number(r.lamport())));
        seen.put(ri, true);
        if (isMoved)
            continue; // a moved record does not move the chain: the next one is judged against the entry before it
        haveLamport = true;
        lastLamport = r.lamport();
        expSeq = seq;
        expHash = r.payloadHash.view();
        lastOffset = r.offset;
    }
}

void checkAnchors(const DumpImage &img, const SeqHashes &hashes, Findings &out)
{
    const uint64_t maxSeq = hashes.maxSeq();
    uint64_t anchored = 0; // highest journal seq a valid seal or usable checkpoint covers
    const uint64_t minSeq = hashes.minSeq();

    // Leaf hashes of the chain by sequence, for the log roots (first copy of each seq).
    auto leafFor = [&](uint64_t s) -> QByteArray { return hashes.latest(s); };
    const JournalDamage jd = journalDamage(img);
    auto anchorCheck = [&](const char *mismatchCode, qint64 off, qint64 len, const FindingText &loc, const FindingText &subj,
                           uint64_t seq, const QByteArray &hash, const FindingText &what) {
        const Head head = seq == 0 ? Head::Known : headIn(hashes, minSeq, seq, hash);
        if (head == Head::Known)
            return true;
        const bool explained = damageExplains(jd, head, seq);
        if (seq > maxSeq) {
            // Offset convention: the signed structure that names the missing entries.
            out.append(makeFinding(img.evidence, code::kJournalTruncated, Severity::Error, off, len, loc, subj,
                                   explained ? ftr(QT_TRANSLATE_NOOP("Finding", "%1 covers journal entries up to seq %2, but the intact journal ends at seq %3; the journal's end is damaged or the file is cut, which explains the loss, so it is not evidence of tampering."), what, seq, maxSeq)
                                             : ftr(QT_TRANSLATE_NOOP("Finding", "%1 covers journal entries up to seq %2, but the journal ends at seq %3 with no damage: signed entries were removed from the end."), what, seq, maxSeq),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "seq %1"), seq), ftr(QT_TRANSLATE_NOOP("Finding", "last seq %1"), maxSeq),
                                   explained ? Verdict::Corruption : Verdict::Tampering));
        } else if (explained) {
            out.append(makeFinding(img.evidence, mismatchCode, Severity::Warning, off, len, loc, subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "%1 names a chain hash at seq %2 that no intact entry has, but damaged journal records could hold it: neither confirmed nor refuted."), what, seq),
                                   toHex(hash), toHex(leafFor(seq)), Verdict::Unknown));
        } else {
            out.append(makeFinding(img.evidence, mismatchCode, Severity::Critical, off, len, loc, subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "%1 names a chain hash at seq %2 that no entry in the journal has, and no damage could hold it: history before it was rewritten."), what, seq),
                                   toHex(hash), toHex(leafFor(seq)), Verdict::Tampering));
        }
        return false;
    };

    // The journal's Merkle log root at every size a seal names, from one incremental pass
    // over the leaves (rebuilding the log from seq 1 for each seal was quadratic: a third
    // of `verify` on a 10,000-entry dump). A size whose leaves are not all there maps to
    // an empty root and is not checked, as before.
    std::map<uint64_t, QByteArray> logRootAt;
    if (minSeq <= 1) {
        for (const RecordInfo &m : img.markers)
            if (m.header.type == uint8_t(RecordType::Seal) && m.payloadCrcOk)
                if (auto s = decodeSealMarker(m.payload()); s && s->logSize != 0 && s->logSize == s->journalSeq)
                    logRootAt.emplace(s->journalSeq, QByteArray());
        ledger::merkle::MerkleLog log;
        for (auto &[size, root] : logRootAt) {
            while (log.size() < size) {
                const QByteArray h = leafFor(log.size() + 1);
                if (h.isEmpty())
                    break;
                log.appendLeaf(h);
            }
            if (log.size() < size)
                break; // a missing leaf: this size and every larger one stay unchecked
            root = log.root();
        }
    }

    for (const RecordInfo &m : img.markers) {
        if (m.header.type != uint8_t(RecordType::Seal) || !m.payloadCrcOk)
            continue;
        auto s = decodeSealMarker(m.payload());
        if (!s)
            continue;
        const FindingText loc = ftr(QT_TRANSLATE_NOOP("Finding", "marker block %1, seq %2"), m.block, m.header.seq);
        const FindingText subj = ftr(QT_TRANSLATE_NOOP("Finding", "seal of journal seq %1"), s->journalSeq);
        const auto sig = crypto::ed25519Verify(deviceKeyAt(img, s->lamport), sealSignedBytes(img.superblock.deviceId, m.payload()),
                                               s->signature);
        if (sig != crypto::SignatureCheck::Valid && !img.identity.keyEstablished)
            continue; // the device key is unknown (damaged identity, no trust store key): VERIFY_NOT_CHECKED
        if (sig != crypto::SignatureCheck::Valid) {
            out.append(makeFinding(img.evidence, code::kSealSigInvalid, Severity::Critical, m.offset + kRecordHeaderSize + kSealSignedSize, 64,
                                   loc, subj, ftr(QT_TRANSLATE_NOOP("Finding", "The device's signature over this seal of the journal does not verify: the seal was altered or forged.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "valid")), QLatin1String(crypto::signatureCheckName(sig)), Verdict::Tampering));
            continue;
        }
        if (!anchorCheck(code::kSealMismatch, m.offset, m.footprint(), loc, subj, s->journalSeq, s->chainHash, ftr(QT_TRANSLATE_NOOP("Finding", "A signed seal"))))
            continue;
        anchored = std::max(anchored, s->journalSeq);
        if (s->logSize == 0 || s->logSize != s->journalSeq || s->journalSeq < 1 || minSeq > 1)
            continue; // log root not maintained (device said so) or the journal start was recycled
        const auto at = logRootAt.find(s->journalSeq);
        const QByteArray root = at == logRootAt.end() ? QByteArray() : at->second;
        if (!root.isEmpty() && root != s->logRoot)
            out.append(makeFinding(img.evidence, code::kSealLogRoot, Severity::Critical, m.offset, m.footprint(), loc, subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The Merkle root of the journal entries up to this seal differs from the one the device signed: an earlier entry was rewritten.")),
                                   toHex(s->logRoot), toHex(root), Verdict::Tampering));
    }

    for (const SlotInfo &s : img.checkpointSlots) {
        if (s.state != SlotState::Committed)
            continue;
        const FindingText loc = ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint slot %1"), s.index);
        const FindingText subj = ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint %1"), s.header.checkpointSeq);
        if (s.signature != crypto::SignatureCheck::Valid && !img.identity.keyEstablished)
            continue; // the device key is unknown: not checkable, see VERIFY_NOT_CHECKED
        if (s.signature != crypto::SignatureCheck::Valid) {
            out.append(makeFinding(img.evidence, code::kSlotSigInvalid, Severity::Critical, s.commitOffset + 48, 64, loc, subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The checkpoint's commit record and checksums hold but the device signature does not verify: the checkpoint was altered or forged.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "valid")), QLatin1String(crypto::signatureCheckName(s.signature)), Verdict::Tampering));
            continue;
        }
        if (!anchorCheck(code::kCheckpointChain, s.offset + 32, 32, loc, subj, s.header.journalSeq, s.header.chainHash,
                         ftr(QT_TRANSLATE_NOOP("Finding", "A signed checkpoint"))))
            continue;
        anchored = std::max(anchored, s.header.journalSeq);
        uint64_t maxLamport = 0;
        qint64 at = -1;
        for (const RecordInfo &r : img.journal)
            if (r.header.type == uint8_t(RecordType::Entry) && r.payloadCrcOk && r.header.seq <= s.header.journalSeq
                && r.header.epoch <= s.header.epoch && r.lamport() > maxLamport) {
                maxLamport = r.lamport();
                at = r.offset;
            }
        if (s.header.lamport < maxLamport)
            out.append(makeFinding(img.evidence, code::kCheckpointLamport, Severity::Error, s.offset + 64, 8, loc, subj,
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The checkpoint's Lamport clock is below that of an entry it covers (at %1): the clock was rolled back."), formatOffset(at)),
                                   QStringLiteral(">= %1").arg(maxLamport), QString::number(s.header.lamport)));
    }

    // Entries after the last anchor: authentic only as far as their own signatures go.
    qint64 first = -1, end = -1;
    int n = 0;
    for (const RecordInfo &r : img.journal)
        if (r.header.type == uint8_t(RecordType::Entry) && r.payloadCrcOk && r.header.seq > anchored) {
            if (first < 0)
                first = r.offset;
            end = r.offset + r.footprint();
            ++n;
        }
    if (n > 0)
        out.append(makeFinding(img.evidence, code::kUnsealedTail, Severity::Info, first, end - first, ftr(QT_TRANSLATE_NOOP("Finding", "journal")),
                               ftr(QT_TRANSLATE_NOOP("Finding", "seq %1.."), anchored + 1),
                               ftr(QT_TRANSLATE_NOOP("Finding", "%1 journal entries after the last seal or checkpoint are not yet covered by a device signature over the chain; removing them from the end would not be detectable."), n),
                               ftr(QT_TRANSLATE_NOOP("Finding", "sealed")), ftr(QT_TRANSLATE_NOOP("Finding", "%1 unsealed"), n)));
}

void checkMarkerChain(const DumpImage &img, Findings &out)
{
    uint64_t expSeq = 0;
    const QByteArray genesis(32, '\0');
    QByteArrayView expHash = genesis; // the previous marker's digest, as in checkJournalChain
    qint64 lastOffset = -1;
    const QList<qint64> damaged = damageOffsets(img, false);
    for (const RecordInfo &m : img.markers) {
        if (!m.payloadCrcOk)
            continue;
        const bool damage = damageBetween(damaged, lastOffset, m.offset);
        if ((m.header.seq != expSeq + 1 || !m.linksTo(expHash)) && !damage)
            out.append(makeFinding(img.evidence, code::kMarkerChain, Severity::Error, m.offset, m.footprint(),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "marker block %1, seq %2"), m.block, m.header.seq),
                                   QLatin1String(recordTypeName(m.header.type)),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "The device's marker log does not link here: a marker was removed, inserted or altered.")),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "seq %1 prev %2"), expSeq + 1, toHex(expHash.first(std::min<qsizetype>(8, expHash.size())))),
                                   ftr(QT_TRANSLATE_NOOP("Finding", "seq %1 prev %2"), m.header.seq, toHex(m.prevHash().first(8))), Verdict::Tampering));
        expSeq = m.header.seq;
        expHash = m.payloadHash.view();
        lastOffset = m.offset;
    }
}

} // namespace seedscope::verify::detail
