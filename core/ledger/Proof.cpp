// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Proof.h"

#include "crypto/Ed25519.h"
#include "ledger/JsonFields.h"
#include "ledger/Merkle.h"
#include "ledger/Network.h"
#include "util/ByteIo.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace seedscope::ledger {

namespace {

QJsonValue u64Json(uint64_t v) { return QJsonValue(double(v)); } // proofs stay below 2^53 (checked on read)

bool onlyKeys(const QJsonObject &o, std::initializer_list<const char *> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const char *a : allowed)
            ok = ok || it.key() == QLatin1String(a);
        if (!ok)
            return false;
    }
    return int(o.size()) == int(allowed.size());
}

QString kindName(RecordKind k) { return QString::fromLatin1(recordKindName(k)); }

} // namespace

QByteArray checkpointSignedMessage(QByteArrayView header, QByteArrayView payloadSha256)
{
    static const char prefix[] = "SEED1/checkpoint";
    QByteArray out(prefix, sizeof(prefix)); // with its NUL
    out.append(header.data(), header.size());
    out.append(payloadSha256.data(), payloadSha256.size());
    return out;
}

QJsonObject describeRecord(const StateRecord &r)
{
    LedgerState s;
    QList<StateRecord> recs;
    if (r.kind != RecordKind::Meta)
        recs.append(StateRecord{RecordKind::Meta, {}, stateRecords(LedgerState{}).first().value});
    recs.append(r);
    std::sort(recs.begin(), recs.end(), [](const StateRecord &a, const StateRecord &b) { return a.kind < b.kind; });
    auto parsed = stateFromRecords(recs);
    QJsonObject o{{QStringLiteral("kind"), kindName(r.kind)}, {QStringLiteral("key"), toHex(r.key)}};
    if (!parsed)
        return o;
    const LedgerState &p = *parsed;
    switch (r.kind) {
    case RecordKind::Meta:
        o.insert(QStringLiteral("lamport"), jsonUInt(p.lamport));
        o.insert(QStringLiteral("journal_position"), jsonUInt(p.journalPosition));
        o.insert(QStringLiteral("total_issued"), jsonExact(p.totalIssued));
        break;
    case RecordKind::Account: {
        const AccountState &a = p.accounts.begin()->second;
        o.insert(QStringLiteral("balance"), jsonExact(a.balance));
        o.insert(QStringLiteral("trust_tenths"), a.trust);
        o.insert(QStringLiteral("trust_band"), QLatin1String(trustBandName(trustBand(a.trust))));
        o.insert(QStringLiteral("owner_device_id"), toHex(a.owner));
        break;
    }
    case RecordKind::Group: {
        const GroupState &g = p.groups.begin()->second;
        o.insert(QStringLiteral("pool"), jsonExact(g.pool));
        o.insert(QStringLiteral("status"), QLatin1String(groupStatusName(g.status)));
        o.insert(QStringLiteral("cycle"), jsonExact(g.cycle));
        o.insert(QStringLiteral("contribution"), jsonExact(g.contribution));
        o.insert(QStringLiteral("contributed_total"), jsonExact(g.contributedTotal));
        o.insert(QStringLiteral("paid_total"), jsonExact(g.paidTotal));
        o.insert(QStringLiteral("members"), int(g.members.size()));
        break;
    }
    case RecordKind::Origin: o.insert(QStringLiteral("highest_sequence"), jsonUInt(p.originSequence.begin()->second)); break;
    case RecordKind::Tx: o.insert(QStringLiteral("content_sha256"), toHex(p.txs.front().second)); break;
    case RecordKind::Window: o.insert(QStringLiteral("recent_spends"), int(p.windows.begin()->second.size())); break;
    }
    return o;
}

Result<QJsonObject> buildProof(const ProofInputs &in, const LedgerState &state, RecordKind kind, const QByteArray &key)
{
    if (in.checkpointHeader.size() != kCheckpointHeaderSize)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("checkpoint header must be 256 bytes"));
    const QList<StateRecord> records = stateRecords(state);
    const QList<QByteArray> leaves = stateLeafHashes(records);
    const QByteArray root = merkle::rootOf(leaves);
    if (root != in.checkpointHeader.mid(kHeaderStateRootOffset, 32))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the state does not have the checkpoint's state_root"));
    const qsizetype idx = findRecord(records, kind, key);
    if (idx < 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no %1 record %2 in this checkpoint").arg(kindName(kind), toHex(key)));
    QJsonArray path;
    for (const QByteArray &h : merkle::inclusionProof(leaves, uint64_t(idx)))
        path.append(toHex(h));
    QJsonArray history;
    for (const RotationLink &l : in.keyHistory)
        history.append(QJsonObject{{QStringLiteral("public_key"), toHex(l.newPublicKey)},
                                   {QStringLiteral("valid_from_lamport"), u64Json(l.validFromLamport)},
                                   {QStringLiteral("signature"), toHex(l.signature)}});
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kProofFormat)},
        {QStringLiteral("version"), kProofVersion},
        {QStringLiteral("network_id"), in.networkId},
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("public_key"), toHex(in.devicePublicKey)},
                                               {QStringLiteral("device_id"), toHex(in.deviceId)},
                                               {QStringLiteral("registration_certificate"), toHex(in.registrationCertificate)},
                                               {QStringLiteral("key_history"), history}}},
        {QStringLiteral("checkpoint"), QJsonObject{{QStringLiteral("header"), toHex(in.checkpointHeader)},
                                                   {QStringLiteral("payload_sha256"), toHex(in.payloadSha256)},
                                                   {QStringLiteral("signature"), toHex(in.checkpointSignature)},
                                                   {QStringLiteral("key_index"), double(in.keyIndex)}}},
        {QStringLiteral("state_root"), toHex(root)},
        {QStringLiteral("record"), QJsonObject{{QStringLiteral("leaf"), toHex(records[idx].leafBytes())},
                                               {QStringLiteral("decoded"), describeRecord(records[idx])}}},
        {QStringLiteral("inclusion"), QJsonObject{{QStringLiteral("leaf_index"), double(idx)},
                                                  {QStringLiteral("tree_size"), double(records.size())},
                                                  {QStringLiteral("path"), path}}},
    };
}

ProofVerification verifyProof(QByteArrayView proofJson, const TrustStore &trust)
{
    ProofVerification v;
    auto fail = [&](const QString &why) {
        v.ok = false;
        v.failure = why;
        return v;
    };
    auto pass = [&](const QString &what) { v.passed.append(what); };

    if (proofJson.size() > 4 * 1024 * 1024)
        return fail(QStringLiteral("proof larger than 4 MiB"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(proofJson.toByteArray(), &err);
    if (!doc.isObject())
        return fail(QStringLiteral("not a JSON object: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    if (!onlyKeys(o, {"format", "version", "network_id", "device", "checkpoint", "state_root", "record", "inclusion"}))
        return fail(QStringLiteral("unexpected or missing top-level fields"));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kProofFormat) || !o.value(QStringLiteral("version")).isDouble()
        || o.value(QStringLiteral("version")).toDouble() != kProofVersion)
        return fail(QStringLiteral("not a seedscope-proof version 1"));
    pass(QStringLiteral("format seedscope-proof v1"));

    // 1. Network and registration.
    const QString network = o.value(QStringLiteral("network_id")).toString();
    if (network != trust.networkId)
        return fail(QStringLiteral("network_id '%1' is not the trust store's '%2'").arg(network, trust.networkId));
    const QJsonObject dev = o.value(QStringLiteral("device")).toObject();
    if (!onlyKeys(dev, {"public_key", "device_id", "registration_certificate", "key_history"}))
        return fail(QStringLiteral("unexpected or missing device fields"));
    auto pub = hexField(dev, "public_key", 32);
    auto devId = hexField(dev, "device_id", 16);
    auto cert = hexField(dev, "registration_certificate", 64);
    if (!pub || !devId || !cert)
        return fail(QStringLiteral("device fields are not lowercase hex of the right sizes"));
    if (crypto::keyId16(*pub) != *devId)
        return fail(QStringLiteral("device_id is not SHA-256(public_key)[0..16]"));
    if (!verifyRegistration(*cert, trust.authorityPublicKey, *pub, *devId, network))
        return fail(QStringLiteral("registration certificate does not verify under the trust store's authority key"));
    pass(QStringLiteral("device key certified by the network authority"));

    // 2. Key history: each rotation signed by the key before it.
    QList<QByteArray> keys{*pub};
    const QJsonValue histValue = dev.value(QStringLiteral("key_history"));
    if (!histValue.isArray() || histValue.toArray().size() > 1024)
        return fail(QStringLiteral("key_history must be an array of at most 1024 rotations"));
    for (const QJsonValue &hv : histValue.toArray()) {
        const QJsonObject h = hv.toObject();
        auto nk = hexField(h, "public_key", 32);
        auto from = uintField(h, "valid_from_lamport");
        auto sig = hexField(h, "signature", 64);
        if (!onlyKeys(h, {"public_key", "valid_from_lamport", "signature"}) || !nk || !from || !sig)
            return fail(QStringLiteral("malformed key_history item"));
        if (crypto::ed25519Verify(keys.last(), rotationSignedBytes(*devId, *nk, *from), *sig) != crypto::SignatureCheck::Valid)
            return fail(QStringLiteral("key rotation %1 is not signed by the previous key").arg(keys.size()));
        keys.append(*nk);
    }
    if (keys.size() > 1)
        pass(QStringLiteral("%1 key rotation(s) chained to the certified key").arg(keys.size() - 1));

    // 3. The signed checkpoint header.
    const QJsonObject ck = o.value(QStringLiteral("checkpoint")).toObject();
    if (!onlyKeys(ck, {"header", "payload_sha256", "signature", "key_index"}))
        return fail(QStringLiteral("unexpected or missing checkpoint fields"));
    auto header = hexField(ck, "header", kCheckpointHeaderSize);
    auto payloadHash = hexField(ck, "payload_sha256", 32);
    auto ckSig = hexField(ck, "signature", 64);
    auto keyIndex = uintField(ck, "key_index");
    if (!header || !payloadHash || !ckSig || !keyIndex)
        return fail(QStringLiteral("checkpoint fields are not lowercase hex of the right sizes"));
    if (header->left(4) != QByteArray("SCKP"))
        return fail(QStringLiteral("checkpoint header does not start with SCKP"));
    if (*keyIndex >= uint64_t(keys.size()))
        return fail(QStringLiteral("key_index %1 beyond the key history").arg(*keyIndex));
    if (header->mid(kHeaderDeviceIdOffset, 16) != *devId)
        return fail(QStringLiteral("checkpoint header names another device"));
    if (crypto::ed25519Verify(keys[qsizetype(*keyIndex)], checkpointSignedMessage(*header, *payloadHash), *ckSig)
        != crypto::SignatureCheck::Valid)
        return fail(QStringLiteral("checkpoint signature does not verify with the device key"));
    const auto *hp = reinterpret_cast<const unsigned char *>(header->constData());
    v.checkpointSeq = getU64(hp + 8);
    v.journalSeq = getU64(hp + 24);
    v.lamport = getU64(hp + 64);
    v.stateRoot = header->mid(kHeaderStateRootOffset, 32);
    pass(QStringLiteral("checkpoint %1 header signed by the device").arg(v.checkpointSeq));
    auto rootField = hexField(o, "state_root", 32);
    if (!rootField || *rootField != v.stateRoot)
        return fail(QStringLiteral("state_root field differs from the signed header's"));

    // 4. The record and its Merkle path.
    const QJsonObject rec = o.value(QStringLiteral("record")).toObject();
    if (!onlyKeys(rec, {"leaf", "decoded"}))
        return fail(QStringLiteral("unexpected or missing record fields"));
    auto leaf = hexField(rec, "leaf", -1);
    if (!leaf || leaf->size() > 2048)
        return fail(QStringLiteral("record leaf is not lowercase hex"));
    auto parsed = parseLeaf(*leaf);
    if (!parsed)
        return fail(QStringLiteral("record leaf does not decode: %1").arg(parsed.error().message));
    v.record = describeRecord(*parsed);
    if (rec.value(QStringLiteral("decoded")).toObject() != v.record)
        return fail(QStringLiteral("decoded record does not match the leaf bytes"));
    const QJsonObject inc = o.value(QStringLiteral("inclusion")).toObject();
    if (!onlyKeys(inc, {"leaf_index", "tree_size", "path"}))
        return fail(QStringLiteral("unexpected or missing inclusion fields"));
    auto index = uintField(inc, "leaf_index");
    auto size = uintField(inc, "tree_size");
    const QJsonValue pathValue = inc.value(QStringLiteral("path"));
    if (!index || !size || !pathValue.isArray() || pathValue.toArray().size() > 64)
        return fail(QStringLiteral("malformed inclusion fields"));
    QList<QByteArray> path;
    for (const QJsonValue &p : pathValue.toArray()) {
        QJsonObject wrap{{QStringLiteral("h"), p}};
        auto h = hexField(wrap, "h", 32);
        if (!h)
            return fail(QStringLiteral("path element is not 32 bytes of lowercase hex"));
        path.append(*h);
    }
    if (!merkle::verifyInclusion(*index, *size, merkle::leafHash(*leaf), path, v.stateRoot))
        return fail(QStringLiteral("Merkle path does not lead from the record to the signed state_root"));
    pass(QStringLiteral("record %1 %2 included in state_root (leaf %3 of %4)")
             .arg(kindName(parsed->kind), toHex(parsed->key)).arg(*index).arg(*size));
    v.ok = true;
    return v;
}

} // namespace seedscope::ledger
