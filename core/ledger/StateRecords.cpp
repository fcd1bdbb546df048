// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/StateRecords.h"

#include "crypto/Hash.h"
#include "ledger/Merkle.h"
#include "util/ByteIo.h"

#include <QMap>

namespace seedscope::ledger {

namespace {

constexpr uint8_t kStateVersion = 1;
constexpr char kFullMagic[4] = {'S', 'S', 'T', '1'};
constexpr char kDeltaMagic[4] = {'S', 'D', 'L', '1'};
constexpr uint8_t kOpPut = 1;
constexpr uint8_t kOpDelete = 2;
constexpr uint8_t kFlagContributed = 0x01;
constexpr uint8_t kFlagMissed = 0x02;

bool knownKind(uint8_t k) { return k >= 1 && k <= 6; }

// 16 bytes: the id, or zeros when it is absent (an absent id's bytes are zero).
void appendId(QByteArray &v, const Id16 &id) { v.append(reinterpret_cast<const char *>(id.data()), kIdSize); }

QByteArray metaValue(const LedgerState &s)
{
    QByteArray v;
    putU8(v, kStateVersion);
    putU64(v, s.lamport);
    putU64(v, s.journalPosition);
    putI64(v, s.totalIssued);
    return v;
}

QByteArray accountValue(const AccountState &a)
{
    QByteArray v;
    putI64(v, a.balance);
    putU32(v, uint32_t(a.trust));
    appendId(v, a.owner);
    return v;
}

QByteArray groupValue(const GroupState &g)
{
    QByteArray v;
    appendId(v, g.founder);
    putI64(v, g.contribution);
    putU8(v, uint8_t(g.status));
    putU32(v, g.cycle);
    putU8(v, g.started ? 1 : 0);
    putI64(v, g.pool);
    putI64(v, g.contributedTotal);
    putI64(v, g.paidTotal);
    putU8(v, uint8_t(g.members.size()));
    for (qsizetype i = 0; i < g.members.size(); ++i) {
        v.append(g.members[i]);
        uint8_t flags = 0;
        if (i < g.contributed.size() && g.contributed[i])
            flags |= kFlagContributed;
        if (i < g.missed.size() && g.missed[i])
            flags |= kFlagMissed;
        putU8(v, flags);
    }
    return v;
}

QByteArray windowValue(const QList<SpendMark> &marks)
{
    QByteArray v;
    putU16(v, uint16_t(marks.size()));
    for (const SpendMark &m : marks) {
        putU64(v, m.lamport);
        putI64(v, m.amount);
    }
    return v;
}

Error malformed(const QString &what) { return makeError(ErrorCode::Malformed, what); }

// Parses one record value into the state; strict lengths and field ranges.
Status absorb(LedgerState &s, const StateRecord &r, bool &sawMeta)
{
    ByteReader rd(r.value);
    const QString where = QStringLiteral("%1 record %2").arg(QLatin1String(recordKindName(r.kind)), QString::fromLatin1(r.key.toHex()));
    switch (r.kind) {
    case RecordKind::Meta: {
        if (r.value.size() != 25)
            return malformed(where + QStringLiteral(": META value must be 25 bytes"));
        if (*rd.u8() != kStateVersion)
            return makeError(ErrorCode::Unsupported, where + QStringLiteral(": unknown state version"));
        s.lamport = *rd.u64();
        s.journalPosition = *rd.u64();
        s.totalIssued = *rd.i64();
        sawMeta = true;
        return {};
    }
    case RecordKind::Account: {
        if (r.value.size() != 28)
            return malformed(where + QStringLiteral(": ACCOUNT value must be 28 bytes"));
        AccountState a;
        a.balance = *rd.i64();
        a.trust = int32_t(*rd.u32());
        a.owner = Id16::fromBytes(*rd.bytes(kIdSize));
        if (a.trust < kTrustMin || a.trust > kTrustMax)
            return malformed(where + QStringLiteral(": trust %1 outside 0..10000").arg(a.trust));
        s.accounts.emplace(r.key, a);
        return {};
    }
    case RecordKind::Group: {
        if (r.value.size() < 55)
            return malformed(where + QStringLiteral(": GROUP value shorter than 55 bytes"));
        GroupState g;
        g.founder = Id16::fromBytes(*rd.bytes(kIdSize));
        g.contribution = *rd.i64();
        const uint8_t status = *rd.u8();
        if (status < 1 || status > 3)
            return malformed(where + QStringLiteral(": group status %1").arg(status));
        g.status = GroupStatus(status);
        g.cycle = *rd.u32();
        const uint8_t started = *rd.u8();
        if (started > 1)
            return malformed(where + QStringLiteral(": started flag %1").arg(started));
        g.started = started == 1;
        g.pool = *rd.i64();
        g.contributedTotal = *rd.i64();
        g.paidTotal = *rd.i64();
        const uint8_t n = *rd.u8();
        if (n == 0 || n > kMaxGroupMembers || rd.remaining() != qint64(n) * 17)
            return malformed(where + QStringLiteral(": %1 members do not match the value length").arg(n));
        for (int i = 0; i < n; ++i) {
            g.members.append(Id16::fromBytes(*rd.bytes(kIdSize)));
            const uint8_t flags = *rd.u8();
            if (flags & ~(kFlagContributed | kFlagMissed))
                return malformed(where + QStringLiteral(": member flags 0x%1").arg(flags, 2, 16, QLatin1Char('0')));
            g.contributed.append(flags & kFlagContributed);
            g.missed.append(flags & kFlagMissed);
        }
        s.groups.emplace(r.key, g);
        return {};
    }
    case RecordKind::Origin:
        if (r.value.size() != 8)
            return malformed(where + QStringLiteral(": ORIGIN value must be 8 bytes"));
        s.originSequence.emplace(r.key, *rd.u64());
        return {};
    case RecordKind::Tx:
        if (r.value.size() != crypto::kSha256Size)
            return malformed(where + QStringLiteral(": TX value must be 32 bytes"));
        s.txs.insert(TxId(r.key), Hash32(r.value));
        return {};
    case RecordKind::Window: {
        const uint16_t count = r.value.size() >= 2 ? *rd.u16() : 0;
        if (count == 0 || rd.remaining() != qint64(count) * 16)
            return malformed(where + QStringLiteral(": WINDOW count does not match the value length"));
        QList<SpendMark> marks;
        for (int i = 0; i < count; ++i) {
            SpendMark m;
            m.lamport = *rd.u64();
            m.amount = *rd.i64();
            marks.append(m);
        }
        s.windows.emplace(r.key, marks);
        return {};
    }
    }
    return malformed(where + QStringLiteral(": unknown kind"));
}

bool recordLess(RecordKind ak, const QByteArray &a, RecordKind bk, const QByteArray &b)
{
    return ak != bk ? ak < bk : a < b;
}

// kind u8 || key || value_len u32 || value
void putRecord(QByteArray &out, const StateRecord &r)
{
    putU8(out, uint8_t(r.kind));
    out.append(r.key);
    putU32(out, uint32_t(r.value.size()));
    out.append(r.value);
}

// Reads kind and key; nullopt-style via Error.
Result<StateRecord> readKindKey(ByteReader &rd)
{
    const auto kind = rd.u8();
    if (!kind)
        return makeError(ErrorCode::Truncated, QStringLiteral("state ends before a record kind at byte %1").arg(rd.position()));
    if (!knownKind(*kind))
        return malformed(QStringLiteral("unknown state record kind %1 at byte %2").arg(*kind).arg(rd.position() - 1));
    StateRecord r;
    r.kind = RecordKind(*kind);
    const auto key = rd.bytes(recordKeySize(r.kind));
    if (!key)
        return makeError(ErrorCode::Truncated, QStringLiteral("state ends inside a record key at byte %1").arg(rd.position()));
    r.key = key->toByteArray();
    return r;
}

Result<QByteArray> readValue(ByteReader &rd)
{
    const auto len = rd.u32();
    if (!len)
        return makeError(ErrorCode::Truncated, QStringLiteral("state ends inside a value length at byte %1").arg(rd.position()));
    const auto v = rd.bytes(qint64(*len)); // bounded by what remains: no allocation from the field
    if (!v)
        return makeError(ErrorCode::Truncated, QStringLiteral("value length %1 at byte %2 runs past the end").arg(*len).arg(rd.position() - 4));
    return v->toByteArray();
}

} // namespace

const char *recordKindName(RecordKind k)
{
    switch (k) {
    case RecordKind::Meta: return "META";
    case RecordKind::Account: return "ACCOUNT";
    case RecordKind::Group: return "GROUP";
    case RecordKind::Origin: return "ORIGIN";
    case RecordKind::Tx: return "TX";
    case RecordKind::Window: return "WINDOW";
    }
    return "UNKNOWN";
}

int recordKeySize(RecordKind k) { return k == RecordKind::Meta ? 0 : kIdSize; }

QByteArray StateRecord::leafBytes() const
{
    QByteArray out;
    out.reserve(1 + key.size() + value.size());
    putU8(out, uint8_t(kind));
    out.append(key);
    out.append(value);
    return out;
}

QList<StateRecord> stateRecords(const LedgerState &s)
{
    QList<StateRecord> out;
    out.reserve(qsizetype(1 + s.accounts.size() + s.groups.size() + s.originSequence.size() + s.txs.size() + s.windows.size()));
    out.append({RecordKind::Meta, {}, metaValue(s)});
    for (const auto &[k, a] : s.accounts)
        out.append({RecordKind::Account, k.toByteArray(), accountValue(a)});
    for (const auto &[k, g] : s.groups)
        out.append({RecordKind::Group, k.toByteArray(), groupValue(g)});
    for (const auto &[k, seq] : s.originSequence) {
        QByteArray v;
        putU64(v, seq);
        out.append({RecordKind::Origin, k.toByteArray(), v});
    }
    s.txs.forEach([&](const uint8_t *k, const uint8_t *h) {
        out.append({RecordKind::Tx, QByteArray(reinterpret_cast<const char *>(k), kIdSize),
                    QByteArray(reinterpret_cast<const char *>(h), crypto::kSha256Size)});
    });
    for (const auto &[k, marks] : s.windows)
        if (!marks.isEmpty())
            out.append({RecordKind::Window, k.toByteArray(), windowValue(marks)});
    return out;
}

Result<LedgerState> stateFromRecords(const QList<StateRecord> &records)
{
    LedgerState s;
    bool sawMeta = false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const StateRecord &r = records[i];
        if (r.key.size() != recordKeySize(r.kind))
            return malformed(QStringLiteral("record %1: key of %2 bytes").arg(i).arg(r.key.size()));
        if (i > 0 && !recordLess(records[i - 1].kind, records[i - 1].key, r.kind, r.key))
            return malformed(QStringLiteral("record %1 is not in canonical order (or repeats a key)").arg(i));
        if (auto st = absorb(s, r, sawMeta); !st)
            return st.error();
    }
    if (!sawMeta)
        return malformed(QStringLiteral("state has no META record"));
    return s;
}

QList<QByteArray> stateLeafHashes(const QList<StateRecord> &records)
{
    QList<QByteArray> out;
    out.reserve(records.size());
    for (const StateRecord &r : records)
        out.append(merkle::leafHash(r.leafBytes()));
    return out;
}

QByteArray stateRoot(const LedgerState &s) { return merkle::rootOf(stateLeafHashes(stateRecords(s))); }

qsizetype findRecord(const QList<StateRecord> &records, RecordKind kind, const QByteArray &key)
{
    auto it = std::lower_bound(records.cbegin(), records.cend(), 0, [&](const StateRecord &r, int) {
        return recordLess(r.kind, r.key, kind, key);
    });
    if (it != records.cend() && it->kind == kind && it->key == key)
        return it - records.cbegin();
    return -1;
}

Result<StateRecord> parseLeaf(QByteArrayView leafBytes)
{
    ByteReader rd(leafBytes);
    auto r = readKindKey(rd);
    if (!r)
        return r.error();
    r->value = rd.bytes(rd.remaining())->toByteArray();
    LedgerState scratch;
    bool sawMeta = false;
    if (auto st = absorb(scratch, *r, sawMeta); !st)
        return st.error();
    return r;
}

QByteArray encodeFullState(const LedgerState &s)
{
    const QList<StateRecord> records = stateRecords(s);
    QByteArray out(kFullMagic, 4);
    putU32(out, uint32_t(records.size()));
    for (const StateRecord &r : records)
        putRecord(out, r);
    return out;
}

Result<LedgerState> decodeFullState(QByteArrayView bytes)
{
    ByteReader rd(bytes);
    const auto magic = rd.bytes(4);
    if (!magic || *magic != QByteArrayView(kFullMagic, 4))
        return malformed(QStringLiteral("full state does not start with SST1"));
    const auto count = rd.u32();
    if (!count)
        return makeError(ErrorCode::Truncated, QStringLiteral("full state ends before its record count"));
    // Every record takes at least 5 bytes: a count beyond that cannot be honest.
    if (qint64(*count) > rd.remaining() / 5)
        return malformed(QStringLiteral("record count %1 cannot fit in %2 bytes").arg(*count).arg(rd.remaining()));
    QList<StateRecord> records;
    records.reserve(qsizetype(*count));
    for (uint32_t i = 0; i < *count; ++i) {
        auto r = readKindKey(rd);
        if (!r)
            return r.error();
        auto v = readValue(rd);
        if (!v)
            return v.error();
        r->value = *v;
        records.append(*r);
    }
    if (!rd.atEnd())
        return malformed(QStringLiteral("%1 bytes after the last state record").arg(rd.remaining()));
    return stateFromRecords(records);
}

QByteArray encodeDelta(const LedgerState &base, const LedgerState &next)
{
    const QList<StateRecord> a = stateRecords(base);
    const QList<StateRecord> b = stateRecords(next);
    QByteArray ops;
    uint32_t count = 0;
    qsizetype i = 0, j = 0;
    auto emitOp = [&](const StateRecord &key, const StateRecord *prior, const StateRecord *now) {
        putU8(ops, uint8_t(key.kind));
        ops.append(key.key);
        putU8(ops, now ? kOpPut : kOpDelete);
        ops.append(prior ? merkle::leafHash(prior->leafBytes()) : QByteArray(crypto::kSha256Size, '\0'));
        if (now) {
            putU32(ops, uint32_t(now->value.size()));
            ops.append(now->value);
        }
        ++count;
    };
    while (i < a.size() || j < b.size()) {
        if (j >= b.size() || (i < a.size() && recordLess(a[i].kind, a[i].key, b[j].kind, b[j].key))) {
            emitOp(a[i], &a[i], nullptr);
            ++i;
        } else if (i >= a.size() || recordLess(b[j].kind, b[j].key, a[i].kind, a[i].key)) {
            emitOp(b[j], nullptr, &b[j]);
            ++j;
        } else {
            if (a[i].value != b[j].value)
                emitOp(b[j], &a[i], &b[j]);
            ++i;
            ++j;
        }
    }
    QByteArray out(kDeltaMagic, 4);
    out.append(merkle::rootOf(stateLeafHashes(a)));
    out.append(merkle::rootOf(stateLeafHashes(b)));
    putU32(out, count);
    out.append(ops);
    return out;
}

Result<LedgerState> applyDelta(const LedgerState &base, QByteArrayView delta)
{
    ByteReader rd(delta);
    const auto magic = rd.bytes(4);
    if (!magic || *magic != QByteArrayView(kDeltaMagic, 4))
        return malformed(QStringLiteral("delta does not start with SDL1"));
    const auto baseRoot = rd.bytes(32);
    const auto resultRoot = rd.bytes(32);
    const auto count = rd.u32();
    if (!baseRoot || !resultRoot || !count)
        return makeError(ErrorCode::Truncated, QStringLiteral("delta header truncated"));
    QList<StateRecord> records = stateRecords(base);
    if (merkle::rootOf(stateLeafHashes(records)) != *baseRoot)
        return makeError(ErrorCode::AuthFailed, QStringLiteral("delta base_root does not match the base state"));
    if (qint64(*count) > rd.remaining() / 34)
        return malformed(QStringLiteral("op count %1 cannot fit in %2 bytes").arg(*count).arg(rd.remaining()));
    QMap<QPair<int, QByteArray>, StateRecord> map;
    for (const StateRecord &r : records)
        map.insert({int(r.kind), r.key}, r);
    std::optional<QPair<int, QByteArray>> previous;
    for (uint32_t i = 0; i < *count; ++i) {
        auto r = readKindKey(rd);
        if (!r)
            return r.error();
        const QPair<int, QByteArray> key{int(r->kind), r->key};
        if (previous && !(*previous < key))
            return malformed(QStringLiteral("delta op %1 is not in canonical order").arg(i));
        previous = key;
        const auto op = rd.u8();
        const auto prior = rd.bytes(32);
        if (!op || !prior)
            return makeError(ErrorCode::Truncated, QStringLiteral("delta op %1 truncated").arg(i));
        auto existing = map.constFind(key);
        const QByteArray expectedPrior = existing == map.cend() ? QByteArray(32, '\0') : merkle::leafHash(existing->leafBytes());
        if (*prior != expectedPrior)
            return makeError(ErrorCode::AuthFailed, QStringLiteral("delta op %1 (%2 %3): prior value hash does not match the base")
                                                        .arg(i).arg(QLatin1String(recordKindName(r->kind)), QString::fromLatin1(r->key.toHex())));
        if (*op == kOpPut) {
            auto v = readValue(rd);
            if (!v)
                return v.error();
            r->value = *v;
            map.insert(key, *r);
        } else if (*op == kOpDelete) {
            if (existing == map.cend())
                return malformed(QStringLiteral("delta op %1 deletes a record that does not exist").arg(i));
            map.remove(key);
        } else {
            return malformed(QStringLiteral("delta op %1 has unknown op code %2").arg(i).arg(*op));
        }
    }
    if (!rd.atEnd())
        return malformed(QStringLiteral("%1 bytes after the last delta op").arg(rd.remaining()));
    auto next = stateFromRecords(map.values());
    if (!next)
        return next.error();
    if (stateRoot(*next) != *resultRoot)
        return makeError(ErrorCode::AuthFailed, QStringLiteral("state after the delta does not match its result_root"));
    return next;
}

QList<RecordDiff> diffStates(const LedgerState &expected, const LedgerState &found)
{
    const QList<StateRecord> a = stateRecords(expected);
    const QList<StateRecord> b = stateRecords(found);
    QList<RecordDiff> out;
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j >= b.size() || (i < a.size() && recordLess(a[i].kind, a[i].key, b[j].kind, b[j].key))) {
            out.append({a[i].kind, a[i].key, a[i].value, {}, true, false});
            ++i;
        } else if (i >= a.size() || recordLess(b[j].kind, b[j].key, a[i].kind, a[i].key)) {
            out.append({b[j].kind, b[j].key, {}, b[j].value, false, true});
            ++j;
        } else {
            if (a[i].value != b[j].value)
                out.append({a[i].kind, a[i].key, a[i].value, b[j].value, true, true});
            ++i;
            ++j;
        }
    }
    return out;
}

} // namespace seedscope::ledger
