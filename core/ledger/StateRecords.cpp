// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/StateRecords.h"

#include "crypto/Hash.h"
#include "ledger/Merkle.h"
#include "util/ByteIo.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <vector>

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
// An existing record of the same kind and key is replaced (a delta's PUT).
Status absorb(LedgerState &s, RecordKind kind, QByteArrayView key, QByteArrayView value, bool &sawMeta)
{
    ByteReader rd(value);
    // Built only for a record that is refused: this runs for every record of a state.
    const auto where = [&] {
        return QStringLiteral("%1 record %2").arg(QLatin1String(recordKindName(kind)), QString::fromLatin1(key.toByteArray().toHex()));
    };
    switch (kind) {
    case RecordKind::Meta: {
        if (value.size() != 25)
            return malformed(where() + QStringLiteral(": META value must be 25 bytes"));
        if (*rd.u8() != kStateVersion)
            return makeError(ErrorCode::Unsupported, where() + QStringLiteral(": unknown state version"));
        s.lamport = *rd.u64();
        s.journalPosition = *rd.u64();
        s.totalIssued = *rd.i64();
        sawMeta = true;
        return {};
    }
    case RecordKind::Account: {
        if (value.size() != 28)
            return malformed(where() + QStringLiteral(": ACCOUNT value must be 28 bytes"));
        AccountState a;
        a.balance = *rd.i64();
        a.trust = int32_t(*rd.u32());
        a.owner = Id16::fromBytes(*rd.bytes(kIdSize));
        if (a.trust < kTrustMin || a.trust > kTrustMax)
            return malformed(where() + QStringLiteral(": trust %1 outside 0..10000").arg(a.trust));
        s.accounts.insert_or_assign(Id16::fromBytes(key), a);
        return {};
    }
    case RecordKind::Group: {
        if (value.size() < 55)
            return malformed(where() + QStringLiteral(": GROUP value shorter than 55 bytes"));
        GroupState g;
        g.founder = Id16::fromBytes(*rd.bytes(kIdSize));
        g.contribution = *rd.i64();
        const uint8_t status = *rd.u8();
        if (status < 1 || status > 3)
            return malformed(where() + QStringLiteral(": group status %1").arg(status));
        g.status = GroupStatus(status);
        g.cycle = *rd.u32();
        const uint8_t started = *rd.u8();
        if (started > 1)
            return malformed(where() + QStringLiteral(": started flag %1").arg(started));
        g.started = started == 1;
        g.pool = *rd.i64();
        g.contributedTotal = *rd.i64();
        g.paidTotal = *rd.i64();
        const uint8_t n = *rd.u8();
        if (n == 0 || n > kMaxGroupMembers || rd.remaining() != qint64(n) * 17)
            return malformed(where() + QStringLiteral(": %1 members do not match the value length").arg(n));
        for (int i = 0; i < n; ++i) {
            g.members.append(Id16::fromBytes(*rd.bytes(kIdSize)));
            const uint8_t flags = *rd.u8();
            if (flags & ~(kFlagContributed | kFlagMissed))
                return malformed(where() + QStringLiteral(": member flags 0x%1").arg(flags, 2, 16, QLatin1Char('0')));
            g.contributed.append(flags & kFlagContributed);
            g.missed.append(flags & kFlagMissed);
        }
        s.groups.insert_or_assign(Id16::fromBytes(key), g);
        return {};
    }
    case RecordKind::Origin:
        if (value.size() != 8)
            return malformed(where() + QStringLiteral(": ORIGIN value must be 8 bytes"));
        s.originSequence.insert_or_assign(Id16::fromBytes(key), *rd.u64());
        return {};
    case RecordKind::Tx:
        if (value.size() != crypto::kSha256Size)
            return malformed(where() + QStringLiteral(": TX value must be 32 bytes"));
        s.txs.insert(TxId::fromBytes(key), Hash32::fromBytes(value));
        return {};
    case RecordKind::Window: {
        const uint16_t count = value.size() >= 2 ? *rd.u16() : 0;
        if (count == 0 || rd.remaining() != qint64(count) * 16)
            return malformed(where() + QStringLiteral(": WINDOW count does not match the value length"));
        QList<SpendMark> marks;
        for (int i = 0; i < count; ++i) {
            SpendMark m;
            m.lamport = *rd.u64();
            m.amount = *rd.i64();
            marks.append(m);
        }
        s.windows.insert_or_assign(Id16::fromBytes(key), marks);
        return {};
    }
    }
    return malformed(where() + QStringLiteral(": unknown kind"));
}

bool recordLess(RecordKind ak, QByteArrayView a, RecordKind bk, QByteArrayView b)
{
    if (ak != bk)
        return ak < bk;
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n > 0 ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    return c != 0 ? c < 0 : a.size() < b.size();
}

// kind u8 || key || value_len u32 || value
void putRecord(QByteArray &out, const StateRecord &r)
{
    putU8(out, uint8_t(r.kind));
    out.append(r.key);
    putU32(out, uint32_t(r.value.size()));
    out.append(r.value);
}

// Reads kind and key as a view into the bytes.
Status readKindKey(ByteReader &rd, RecordKind &kindOut, QByteArrayView &keyOut)
{
    const auto kind = rd.u8();
    if (!kind)
        return makeError(ErrorCode::Truncated, QStringLiteral("state ends before a record kind at byte %1").arg(rd.position()));
    if (!knownKind(*kind))
        return malformed(QStringLiteral("unknown state record kind %1 at byte %2").arg(*kind).arg(rd.position() - 1));
    kindOut = RecordKind(*kind);
    const auto key = rd.bytes(recordKeySize(kindOut));
    if (!key)
        return makeError(ErrorCode::Truncated, QStringLiteral("state ends inside a record key at byte %1").arg(rd.position()));
    keyOut = *key;
    return {};
}

Result<StateRecord> readKindKey(ByteReader &rd)
{
    StateRecord r;
    QByteArrayView key;
    if (auto st = readKindKey(rd, r.kind, key); !st)
        return st.error();
    r.key = key.toByteArray();
    return r;
}

Status readValue(ByteReader &rd, QByteArrayView &out)
{
    const auto len = rd.u32();
    if (!len)
        return makeError(ErrorCode::Truncated, QStringLiteral("state ends inside a value length at byte %1").arg(rd.position()));
    const auto v = rd.bytes(qint64(*len)); // bounded by what remains: no allocation from the field
    if (!v)
        return makeError(ErrorCode::Truncated, QStringLiteral("value length %1 at byte %2 runs past the end").arg(*len).arg(rd.position() - 4));
    out = *v;
    return {};
}

// The value of the record (kind, key) in s, nullopt when s has no such record.
std::optional<QByteArray> recordValue(const LedgerState &s, RecordKind kind, QByteArrayView key, bool hasMeta)
{
    const Id16 id = Id16::fromBytes(key);
    switch (kind) {
    case RecordKind::Meta:
        return hasMeta ? std::optional<QByteArray>(metaValue(s)) : std::nullopt;
    case RecordKind::Account:
        if (auto it = s.accounts.find(id); it != s.accounts.end())
            return accountValue(it->second);
        return std::nullopt;
    case RecordKind::Group:
        if (auto it = s.groups.find(id); it != s.groups.end())
            return groupValue(it->second);
        return std::nullopt;
    case RecordKind::Origin:
        if (auto it = s.originSequence.find(id); it != s.originSequence.end()) {
            QByteArray v;
            putU64(v, it->second);
            return v;
        }
        return std::nullopt;
    case RecordKind::Tx:
        if (const uint8_t *h = s.txs.find(id))
            return QByteArray(reinterpret_cast<const char *>(h), crypto::kSha256Size);
        return std::nullopt;
    case RecordKind::Window:
        if (auto it = s.windows.find(id); it != s.windows.end() && !it->second.isEmpty())
            return windowValue(it->second);
        return std::nullopt;
    }
    return std::nullopt;
}

void eraseRecord(LedgerState &s, RecordKind kind, QByteArrayView key)
{
    const Id16 id = Id16::fromBytes(key);
    switch (kind) {
    case RecordKind::Meta: break; // the caller tracks that META is gone
    case RecordKind::Account: s.accounts.erase(id); break;
    case RecordKind::Group: s.groups.erase(id); break;
    case RecordKind::Origin: s.originSequence.erase(id); break;
    case RecordKind::Tx: s.txs.erase(id); break;
    case RecordKind::Window: s.windows.erase(id); break;
    }
}

// What a state rebuilt from its records holds: no empty spend window, and per-member
// flags for every member.
void normalize(LedgerState &s)
{
    std::erase_if(s.windows, [](const auto &w) { return w.second.isEmpty(); });
    for (auto &[id, g] : s.groups) {
        g.contributed.resize(g.members.size(), false);
        g.missed.resize(g.members.size(), false);
    }
}

// RFC 9162 MTH built leaf by leaf from the perfect subtrees of the leaves so far (as
// merkle::MerkleLog does), with fixed-size hashes: no list of leaf hashes.
class RootBuilder {
public:
    using Digest = std::array<uint8_t, crypto::kSha256Size>;
    void addRecord(RecordKind kind, QByteArrayView key, QByteArrayView value)
    {
        const uint8_t prefix[2] = {0x00, uint8_t(kind)};
        m_sha.update(QByteArrayView(prefix, 2));
        m_sha.update(key);
        m_sha.update(value);
        Digest d;
        m_sha.finishInto(d.data());
        push(d);
    }
    void addTx(const uint8_t *key, const uint8_t *hash)
    {
        uint8_t leaf[2 + kIdSize + crypto::kSha256Size];
        leaf[0] = 0x00;
        leaf[1] = uint8_t(RecordKind::Tx);
        std::memcpy(leaf + 2, key, kIdSize);
        std::memcpy(leaf + 2 + kIdSize, hash, crypto::kSha256Size);
        // Through the builder's one context: OpenSSL's one-shot SHA256() looks the
        // algorithm up in its provider store under a lock at every call, which was more
        // than half of a state root's time (a root hashes two nodes per tx_id).
        m_sha.update(QByteArrayView(leaf, sizeof leaf));
        Digest d;
        m_sha.finishInto(d.data());
        push(d);
    }
    QByteArray root() const
    {
        if (m_stack.empty())
            return crypto::sha256(QByteArray());
        Digest r = m_stack.back().first;
        for (size_t i = m_stack.size() - 1; i-- > 0;)
            r = node(m_stack[i].first, r);
        return QByteArray(reinterpret_cast<const char *>(r.data()), qsizetype(r.size()));
    }

private:
    Digest node(const Digest &l, const Digest &r) const
    {
        uint8_t buf[1 + 2 * crypto::kSha256Size];
        buf[0] = 0x01;
        std::memcpy(buf + 1, l.data(), l.size());
        std::memcpy(buf + 1 + l.size(), r.data(), r.size());
        m_sha.update(QByteArrayView(buf, sizeof buf));
        Digest d;
        m_sha.finishInto(d.data());
        return d;
    }
    void push(Digest d)
    {
        uint64_t size = 1;
        while (!m_stack.empty() && m_stack.back().second == size) {
            d = node(m_stack.back().first, d);
            size *= 2;
            m_stack.pop_back();
        }
        m_stack.emplace_back(d, size);
    }
    mutable crypto::Sha256 m_sha; // reset after each digest, so root() const may use it too
    std::vector<std::pair<Digest, uint64_t>> m_stack; // perfect subtrees, largest first
};

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
        if (auto st = absorb(s, r.kind, r.key, r.value, sawMeta); !st)
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

QByteArray stateRoot(const LedgerState &s)
{
    // The records of stateRecords(), in its order, hashed as they are produced.
    RootBuilder root;
    root.addRecord(RecordKind::Meta, {}, metaValue(s));
    for (const auto &[k, a] : s.accounts)
        root.addRecord(RecordKind::Account, k.view(), accountValue(a));
    for (const auto &[k, g] : s.groups)
        root.addRecord(RecordKind::Group, k.view(), groupValue(g));
    for (const auto &[k, seq] : s.originSequence) {
        QByteArray v;
        putU64(v, seq);
        root.addRecord(RecordKind::Origin, k.view(), v);
    }
    s.txs.forEach([&](const uint8_t *k, const uint8_t *h) { root.addTx(k, h); });
    for (const auto &[k, marks] : s.windows)
        if (!marks.isEmpty())
            root.addRecord(RecordKind::Window, k.view(), windowValue(marks));
    return root.root();
}

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
    if (auto st = absorb(scratch, r->kind, r->key, r->value, sawMeta); !st)
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
    // Records go straight into the state. A record that is refused (order, value) is
    // reported once the framing of the whole payload has been read, as when the records
    // were listed first: a framing error anywhere takes precedence.
    LedgerState s;
    // Its tx_id set fills in key order: sized once rather than by doubling and then
    // shrinking (twice the set's size at once, for a state of a whole journal). A TX record
    // takes 53 bytes, which bounds what a count can ask for by the payload itself.
    s.txs.reserve(std::min<qint64>(*count, rd.remaining() / 53));
    bool sawMeta = false;
    std::optional<Error> refused;
    RecordKind prevKind = RecordKind::Meta;
    QByteArrayView prevKey;
    for (uint32_t i = 0; i < *count; ++i) {
        RecordKind kind;
        QByteArrayView key, value;
        if (auto st = readKindKey(rd, kind, key); !st)
            return st.error();
        if (auto st = readValue(rd, value); !st)
            return st.error();
        if (refused)
            continue;
        if (i > 0 && !recordLess(prevKind, prevKey, kind, key))
            refused = malformed(QStringLiteral("record %1 is not in canonical order (or repeats a key)").arg(i));
        else if (auto st = absorb(s, kind, key, value, sawMeta); !st)
            refused = st.error();
        prevKind = kind;
        prevKey = key;
    }
    if (!rd.atEnd())
        return malformed(QStringLiteral("%1 bytes after the last state record").arg(rd.remaining()));
    if (refused)
        return *refused;
    if (!sawMeta)
        return malformed(QStringLiteral("state has no META record"));
    s.txs.freeze();
    return s;
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
    if (stateRoot(base) != *baseRoot)
        return makeError(ErrorCode::AuthFailed, QStringLiteral("delta base_root does not match the base state"));
    if (qint64(*count) > rd.remaining() / 34)
        return malformed(QStringLiteral("op count %1 cannot fit in %2 bytes").arg(*count).arg(rd.remaining()));
    // The ops change a copy of the base in place (its tx_id set shared, not rebuilt). A
    // value that is refused is reported after the ops have been read, as when the state
    // was rebuilt from its records afterwards.
    LedgerState next = base;
    bool hasMeta = true;
    std::optional<Error> refused;
    std::optional<QPair<int, QByteArray>> previous;
    for (uint32_t i = 0; i < *count; ++i) {
        RecordKind kind;
        QByteArrayView keyView;
        if (auto st = readKindKey(rd, kind, keyView); !st)
            return st.error();
        const QPair<int, QByteArray> key{int(kind), keyView.toByteArray()};
        if (previous && !(*previous < key))
            return malformed(QStringLiteral("delta op %1 is not in canonical order").arg(i));
        previous = key;
        const auto op = rd.u8();
        const auto prior = rd.bytes(32);
        if (!op || !prior)
            return makeError(ErrorCode::Truncated, QStringLiteral("delta op %1 truncated").arg(i));
        const std::optional<QByteArray> existing = recordValue(next, kind, keyView, hasMeta);
        QByteArray expectedPrior(32, '\0');
        if (existing) {
            StateRecord r{kind, key.second, *existing};
            expectedPrior = merkle::leafHash(r.leafBytes());
        }
        if (*prior != expectedPrior)
            return makeError(ErrorCode::AuthFailed, QStringLiteral("delta op %1 (%2 %3): prior value hash does not match the base")
                                                        .arg(i).arg(QLatin1String(recordKindName(kind)), QString::fromLatin1(key.second.toHex())));
        if (*op == kOpPut) {
            QByteArrayView value;
            if (auto st = readValue(rd, value); !st)
                return st.error();
            if (refused)
                continue;
            bool sawMeta = false;
            if (auto st = absorb(next, kind, keyView, value, sawMeta); !st)
                refused = st.error();
            else if (sawMeta)
                hasMeta = true;
        } else if (*op == kOpDelete) {
            if (!existing)
                return malformed(QStringLiteral("delta op %1 deletes a record that does not exist").arg(i));
            eraseRecord(next, kind, keyView);
            if (kind == RecordKind::Meta)
                hasMeta = false;
        } else {
            return malformed(QStringLiteral("delta op %1 has unknown op code %2").arg(i).arg(*op));
        }
    }
    if (!rd.atEnd())
        return malformed(QStringLiteral("%1 bytes after the last delta op").arg(rd.remaining()));
    if (refused)
        return *refused;
    if (!hasMeta)
        return malformed(QStringLiteral("state has no META record"));
    normalize(next);
    if (stateRoot(next) != *resultRoot)
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
