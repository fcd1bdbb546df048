// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/EntryCodec.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "util/ByteIo.h"

namespace seedscope::ledger {

namespace {

const char kEntryPrefix[] = "SEED1/entry"; // sizeof includes the NUL that ends the prefix

// Fixed body length per type (after the common header); GROUP_CREATE adds 16 per member.
int fixedBodySize(EntryType t)
{
    switch (t) {
    case EntryType::Transfer: return 16 + 16 + 8;
    case EntryType::Issue: return 16 + 16 + 8;
    case EntryType::GroupCreate: return 16 + 16 + 8 + 1;
    case EntryType::GroupJoin: return 16 + 16;
    case EntryType::GroupContribute: return 16 + 16 + 4 + 8;
    case EntryType::GroupPayout: return 16 + 16 + 4 + 8;
    case EntryType::GroupClose: return 16 + 16;
    case EntryType::TrustEvent: return 16 + 16 + 1 + 4;
    case EntryType::KeyRotation: return 32 + 8;
    }
    return 0;
}

// Writes exactly N bytes: the value, or zeros when it is absent (a malformed in-memory
// entry still encodes to a fixed layout; validation reports it as BAD_FORMAT). An absent
// value's bytes are zero.
template<int N>
void putId(QByteArray &out, const FixedBytes<N> &id)
{
    out.append(reinterpret_cast<const char *>(id.data()), N);
}

template<int N>
std::optional<FixedBytes<N>> readFixed(ByteReader &r)
{
    auto v = r.bytes(N);
    if (!v)
        return std::nullopt;
    return FixedBytes<N>::fromBytes(*v);
}

} // namespace

QByteArrayView entryDomainPrefix() { return QByteArrayView(kEntryPrefix, sizeof(kEntryPrefix)); }

QByteArray encodeEntryBody(const Entry &e)
{
    QByteArray out;
    out.reserve(64 + 16 * int(e.members.size()) + 64);
    putU8(out, kEntryVersion);
    putU8(out, uint8_t(e.type));
    putId(out, e.txId);
    putId(out, e.origin);
    putU64(out, e.lamport);
    putU64(out, e.sequence);
    if (e.dependsOn.isEmpty()) {
        putU8(out, 0);
    } else {
        putU8(out, 1);
        putId(out, e.dependsOn);
    }
    switch (e.type) {
    case EntryType::Transfer:
        putId(out, e.from);
        putId(out, e.to);
        putI64(out, e.amount);
        break;
    case EntryType::Issue:
        putId(out, e.to);
        putId(out, e.owner);
        putI64(out, e.amount);
        break;
    case EntryType::GroupCreate:
        putId(out, e.group);
        putId(out, e.from);
        putI64(out, e.amount);
        putU8(out, uint8_t(qMin<qsizetype>(e.members.size(), 255)));
        for (qsizetype i = 0; i < qMin<qsizetype>(e.members.size(), 255); ++i)
            putId(out, e.members[i]);
        break;
    case EntryType::GroupJoin:
    case EntryType::GroupClose:
        putId(out, e.group);
        putId(out, e.from);
        break;
    case EntryType::GroupContribute:
        putId(out, e.group);
        putId(out, e.from);
        putU32(out, e.cycle);
        putI64(out, e.amount);
        break;
    case EntryType::GroupPayout:
        putId(out, e.group);
        putId(out, e.to);
        putU32(out, e.cycle);
        putI64(out, e.amount);
        break;
    case EntryType::TrustEvent:
        putId(out, e.group);
        putId(out, e.to);
        putU8(out, e.trustReason);
        putU32(out, uint32_t(e.trustDelta));
        break;
    case EntryType::KeyRotation:
        putId(out, e.newPublicKey);
        putU64(out, e.validFromLamport);
        break;
    }
    return out;
}

QByteArray entrySignedBytes(const Entry &e)
{
    QByteArray out(entryDomainPrefix().data(), entryDomainPrefix().size());
    out.append(encodeEntryBody(e));
    return out;
}

QByteArray encodeEntry(const Entry &e)
{
    QByteArray out = encodeEntryBody(e);
    putId(out, e.signature);
    return out;
}

QByteArray entryContentHash(const Entry &e) { return crypto::sha256(encodeEntryBody(e)); }

Result<Entry> decodeEntry(QByteArrayView bytes)
{
    ByteReader r(bytes);
    auto bad = [&](const QString &what) {
        return makeError(ErrorCode::Malformed, QStringLiteral("entry byte %1: %2").arg(r.position()).arg(what));
    };
    auto id = [&] { return readFixed<kIdSize>(r); };
    Entry e;
    const auto version = r.u8();
    if (!version)
        return bad(QStringLiteral("empty entry"));
    if (*version != kEntryVersion)
        return makeError(ErrorCode::Unsupported, QStringLiteral("entry version %1 (this build reads %2)").arg(*version).arg(kEntryVersion));
    const auto type = r.u8();
    if (!type)
        return bad(QStringLiteral("truncated before the type"));
    if (!isKnownEntryType(*type))
        return bad(QStringLiteral("unknown entry type %1").arg(*type));
    e.type = EntryType(*type);
    auto tx = id(), origin = id();
    auto lamport = r.u64(), seq = r.u64();
    auto depFlag = r.u8();
    if (!tx || !origin || !lamport || !seq || !depFlag)
        return bad(QStringLiteral("truncated common header"));
    e.txId = *tx;
    e.origin = *origin;
    e.lamport = *lamport;
    e.sequence = *seq;
    if (*depFlag > 1)
        return bad(QStringLiteral("dependency flag %1 (must be 0 or 1)").arg(*depFlag));
    if (*depFlag == 1) {
        auto dep = id();
        if (!dep)
            return bad(QStringLiteral("truncated dependency"));
        e.dependsOn = *dep;
    }
    if (r.remaining() < fixedBodySize(e.type) + crypto::kEd25519SignatureSize)
        return makeError(ErrorCode::Truncated, QStringLiteral("entry body of %1 shorter than %2 bytes")
                                                   .arg(QLatin1String(entryTypeName(e.type)))
                                                   .arg(fixedBodySize(e.type) + crypto::kEd25519SignatureSize));
    // From here every fixed-size read fits (checked above).
    switch (e.type) {
    case EntryType::Transfer:
        e.from = *id();
        e.to = *id();
        e.amount = *r.i64();
        break;
    case EntryType::Issue:
        e.to = *id();
        e.owner = *id();
        e.amount = *r.i64();
        break;
    case EntryType::GroupCreate: {
        e.group = *id();
        e.from = *id();
        e.amount = *r.i64();
        const uint8_t n = *r.u8();
        if (n == 0 || n > kMaxGroupMembers)
            return bad(QStringLiteral("member count %1 (must be 1..%2)").arg(n).arg(kMaxGroupMembers));
        if (r.remaining() < qint64(n) * kIdSize + crypto::kEd25519SignatureSize)
            return makeError(ErrorCode::Truncated, QStringLiteral("GROUP_CREATE declares %1 members but the entry ends first").arg(n));
        for (int i = 0; i < n; ++i)
            e.members.append(*id());
        break;
    }
    case EntryType::GroupJoin:
    case EntryType::GroupClose:
        e.group = *id();
        e.from = *id();
        break;
    case EntryType::GroupContribute:
        e.group = *id();
        e.from = *id();
        e.cycle = *r.u32();
        e.amount = *r.i64();
        break;
    case EntryType::GroupPayout:
        e.group = *id();
        e.to = *id();
        e.cycle = *r.u32();
        e.amount = *r.i64();
        break;
    case EntryType::TrustEvent:
        e.group = *id();
        e.to = *id();
        e.trustReason = *r.u8();
        e.trustDelta = int32_t(*r.u32());
        break;
    case EntryType::KeyRotation:
        e.newPublicKey = *readFixed<crypto::kEd25519PublicKeySize>(r);
        e.validFromLamport = *r.u64();
        break;
    }
    if (r.remaining() != crypto::kEd25519SignatureSize)
        return bad(QStringLiteral("%1 bytes after the body (expected exactly a 64-byte signature)").arg(r.remaining()));
    e.signature = *readFixed<crypto::kEd25519SignatureSize>(r);
    return e;
}

Status signEntry(Entry &e, const crypto::Ed25519Signer &signer)
{
    auto sig = signer.sign(entrySignedBytes(e));
    if (!sig)
        return sig.error();
    e.signature = *sig;
    return {};
}

const char *entryTypeName(EntryType t)
{
    switch (t) {
    case EntryType::Transfer: return "TRANSFER";
    case EntryType::Issue: return "ISSUE";
    case EntryType::GroupCreate: return "GROUP_CREATE";
    case EntryType::GroupJoin: return "GROUP_JOIN";
    case EntryType::GroupContribute: return "GROUP_CONTRIBUTE";
    case EntryType::GroupPayout: return "GROUP_PAYOUT";
    case EntryType::GroupClose: return "GROUP_CLOSE";
    case EntryType::TrustEvent: return "TRUST_EVENT";
    case EntryType::KeyRotation: return "KEY_ROTATION";
    }
    return "UNKNOWN";
}

bool isKnownEntryType(uint8_t t) { return t >= 1 && t <= 9; }

int32_t trustReasonDelta(uint8_t reason, bool *ok)
{
    static const int32_t table[] = {0, 50, 70, -150, -80, 30, -250, -400, 2};
    const bool known = reason >= 1 && reason <= 8;
    if (ok)
        *ok = known;
    return known ? table[reason] : 0;
}

const char *trustReasonName(uint8_t reason)
{
    static const char *names[] = {"unknown", "loan_repaid_on_time", "loan_repaid_early", "loan_missed", "loan_delayed",
                                  "integrity_check", "integrity_check_failed", "key_reset", "relay_credit"};
    return reason <= 8 ? names[reason] : "unknown";
}

} // namespace seedscope::ledger
