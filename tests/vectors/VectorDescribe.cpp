// SPDX-License-Identifier: GPL-3.0-or-later
// describeImage(): what a correct reader extracts from a dump, as the JSON committed
// beside each test vector ("read"): every field of every structure the reader parsed,
// hashes of raw and decrypted bytes, and the state roots recomputed from the slots.
#include "VectorGen.h"

#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "ledger/StateRecords.h"
#include "util/Hex.h"

#include <QJsonArray>

namespace seedscope::vectors {

using namespace seedscope::dump;

namespace {

QJsonValue num(uint64_t v)
{
    // JSON numbers are exact up to 2^53; larger values (the ~0 "none" sentinels) as text.
    if (v <= (uint64_t(1) << 53))
        return double(v);
    return QString::number(v);
}

QString hex32(uint32_t v) { return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')); }
QString sha(QByteArrayView b) { return toHex(crypto::sha256(b)); }

// The ledger state a slot holds, following a DELTA's chain back to its FULL base.
std::optional<ledger::LedgerState> slotState(const DumpImage &img, int index, int depth = 0)
{
    if (index < 0 || depth > 16)
        return std::nullopt;
    const SlotInfo &s = img.checkpointSlots[index];
    if (!s.usable() || !(s.decrypt == DecryptState::Plain || s.decrypt == DecryptState::Decrypted))
        return std::nullopt;
    if (s.header.kind == uint8_t(CheckpointKind::Full)) {
        auto st = ledger::decodeFullState(s.plaintext);
        return st ? std::optional(*st) : std::nullopt;
    }
    for (const SlotInfo &b : img.checkpointSlots)
        if (b.usable() && b.header.checkpointSeq == s.header.baseSeq && b.header.stateRoot == s.header.baseStateRoot) {
            auto base = slotState(img, b.index, depth + 1);
            if (!base)
                return std::nullopt;
            auto st = ledger::applyDelta(*base, s.plaintext);
            return st ? std::optional(*st) : std::nullopt;
        }
    return std::nullopt;
}

QJsonObject regionJson(const Region &r)
{
    return QJsonObject{{QStringLiteral("first_block"), double(r.firstBlock)}, {QStringLiteral("block_count"), double(r.blockCount)}};
}

QJsonObject superblockJson(const SuperblockCopy &c)
{
    QJsonObject o{{QStringLiteral("index"), c.index}, {QStringLiteral("offset"), double(c.offset)},
                  {QStringLiteral("present"), c.present}, {QStringLiteral("valid"), c.valid},
                  {QStringLiteral("raw_sha256"), sha(c.raw)}};
    if (!c.superblock)
        return o;
    const Superblock &s = *c.superblock;
    o.insert(QStringLiteral("version"), QStringLiteral("%1.%2").arg(s.versionMajor).arg(s.versionMinor));
    o.insert(QStringLiteral("compat_flags"), hex32(s.compatFlags));
    o.insert(QStringLiteral("ro_compat_flags"), hex32(s.roCompatFlags));
    o.insert(QStringLiteral("incompat_flags"), hex32(s.incompatFlags));
    o.insert(QStringLiteral("revision"), num(s.revision));
    o.insert(QStringLiteral("block_size"), double(s.blockSize));
    o.insert(QStringLiteral("total_blocks"), double(s.totalBlocks));
    o.insert(QStringLiteral("device_id"), toHex(s.deviceId));
    o.insert(QStringLiteral("network_id"), s.networkId);
    o.insert(QStringLiteral("identity"), regionJson(s.identity));
    o.insert(QStringLiteral("checkpoints"), regionJson(s.checkpoints));
    o.insert(QStringLiteral("journal"), regionJson(s.journal));
    o.insert(QStringLiteral("markers"), regionJson(s.markers));
    o.insert(QStringLiteral("slot_count"), double(s.slotCount));
    o.insert(QStringLiteral("slot_blocks"), double(s.slotBlocks));
    o.insert(QStringLiteral("hash_alg"), s.hashAlg);
    o.insert(QStringLiteral("sig_alg"), s.sigAlg);
    o.insert(QStringLiteral("aead_alg"), s.aeadAlg);
    o.insert(QStringLiteral("stored_crc"), hex32(s.storedCrc));
    o.insert(QStringLiteral("computed_crc"), hex32(s.computedCrc));
    return o;
}

QJsonObject recordCommon(const RecordInfo &r)
{
    const RecordHeader h = r.decodedHeader();
    return QJsonObject{
        {QStringLiteral("offset"), double(r.offset)},
        {QStringLiteral("block"), double(r.block)},
        {QStringLiteral("type"), QString::fromLatin1(recordTypeName(h.type))},
        {QStringLiteral("type_code"), h.type},
        {QStringLiteral("flags"), h.flags},
        {QStringLiteral("epoch"), double(h.epoch)},
        {QStringLiteral("seq"), num(h.seq)},
        {QStringLiteral("lamport"), num(h.lamport)},
        {QStringLiteral("prev_hash"), toHex(h.prevHash)},
        {QStringLiteral("payload_length"), double(h.payloadLength)},
        {QStringLiteral("payload_crc"), hex32(h.payloadCrc)},
        {QStringLiteral("payload_crc_ok"), r.payloadCrcOk},
        {QStringLiteral("header_crc"), hex32(h.storedCrc)},
        {QStringLiteral("payload_sha256"), toHex(r.payloadHash)},
        {QStringLiteral("footprint"), double(r.footprint())},
    };
}

QJsonObject markerPayloadJson(const RecordInfo &m, const DumpImage &img)
{
    const auto t = RecordType(m.header.type);
    QJsonObject o;
    if (t == RecordType::Boot) {
        if (auto b = decodeBootMarker(m.payload()))
            o = {{QStringLiteral("boot_counter"), double(b->bootCounter)},
                 {QStringLiteral("loaded_slot"), b->loadedSlot},
                 {QStringLiteral("used_fallback"), b->usedFallback},
                 {QStringLiteral("loaded_checkpoint_seq"), num(b->loadedCheckpointSeq)},
                 {QStringLiteral("truncated_at"), num(b->truncatedAt)},
                 {QStringLiteral("last_valid_seq"), num(b->lastValidSeq)},
                 {QStringLiteral("lamport"), num(b->lamport)},
                 {QStringLiteral("new_epoch"), double(b->newEpoch)}};
    } else if (t == RecordType::CheckpointBegin || t == RecordType::CheckpointCommit) {
        const bool commit = t == RecordType::CheckpointCommit;
        if (auto c = decodeCheckpointMarker(m.payload(), commit)) {
            o = {{QStringLiteral("checkpoint_seq"), num(c->checkpointSeq)},
                 {QStringLiteral("slot"), c->slot},
                 {QStringLiteral("kind"), c->kind},
                 {QStringLiteral("journal_seq"), num(c->journalSeq)}};
            if (commit)
                o.insert(QStringLiteral("state_root"), toHex(c->stateRoot));
        }
    } else if (t == RecordType::Seal) {
        if (auto s = decodeSealMarker(m.payload())) {
            const auto check = crypto::ed25519Verify(img.identity.header.devicePublicKey,
                                                     sealSignedBytes(img.superblock.deviceId, m.payload()), s->signature);
            o = {{QStringLiteral("epoch"), double(s->epoch)},
                 {QStringLiteral("journal_seq"), num(s->journalSeq)},
                 {QStringLiteral("chain_hash"), toHex(s->chainHash)},
                 {QStringLiteral("lamport"), num(s->lamport)},
                 {QStringLiteral("log_size"), num(s->logSize)},
                 {QStringLiteral("log_root"), toHex(s->logRoot)},
                 {QStringLiteral("signature_valid"), check == crypto::SignatureCheck::Valid}};
        }
    } else if (t == RecordType::Recovery) {
        if (auto rm = decodeRecoveryMarker(m.payload()))
            o = {{QStringLiteral("last_good_seq"), num(rm->lastGoodSeq)},
                 {QStringLiteral("last_good_hash"), toHex(rm->lastGoodHash)},
                 {QStringLiteral("damage_offset"), num(rm->damageOffset)},
                 {QStringLiteral("bytes_dropped"), num(rm->bytesDropped)},
                 {QStringLiteral("dropped_sha256"), toHex(rm->droppedHash)},
                 {QStringLiteral("new_epoch"), double(rm->newEpoch)},
                 {QStringLiteral("reason"), double(rm->reason)}};
    } else if (isMarkerType(m.header.type)) {
        if (auto g = decodeGenericMarker(m.payload()))
            o = {{QStringLiteral("value"), num(g->value)}, {QStringLiteral("value2"), num(g->value2)}};
    }
    return o;
}

} // namespace

QJsonObject describeImage(const DumpImage &img)
{
    QJsonObject out;
    out.insert(QStringLiteral("readable"), img.readable);
    out.insert(QStringLiteral("superblocks"), QJsonArray{superblockJson(img.superblocks[0]), superblockJson(img.superblocks[1])});
    out.insert(QStringLiteral("active_superblock"), img.activeSuperblock);

    const IdentityInfo &id = img.identity;
    QJsonArray keys;
    for (const KeyHistoryItem &k : id.keyHistory)
        keys.append(QJsonObject{{QStringLiteral("offset"), double(k.offset)},
                                {QStringLiteral("index"), double(k.record.index)},
                                {QStringLiteral("new_public_key"), toHex(k.record.newPublicKey)},
                                {QStringLiteral("valid_from_lamport"), num(k.record.validFromLamport)},
                                {QStringLiteral("signature"), toHex(k.record.signature)}});
    out.insert(QStringLiteral("identity"), QJsonObject{
        {QStringLiteral("offset"), double(id.offset)},
        {QStringLiteral("valid"), id.valid},
        {QStringLiteral("version"), id.header.version},
        {QStringLiteral("public_key"), toHex(id.header.devicePublicKey)},
        {QStringLiteral("device_id"), toHex(id.header.deviceId)},
        {QStringLiteral("network_id"), id.header.networkId},
        {QStringLiteral("registration_certificate"), toHex(id.header.registrationSignature)},
        {QStringLiteral("key_history_count"), id.header.keyHistoryCount},
        {QStringLiteral("crc"), hex32(id.header.storedCrc)},
        {QStringLiteral("key_history"), keys}});

    QJsonArray slotArray;
    for (const SlotInfo &s : img.checkpointSlots) {
        QJsonObject o{{QStringLiteral("index"), s.index}, {QStringLiteral("offset"), double(s.offset)},
                      {QStringLiteral("state"), QString::fromLatin1(slotStateName(s.state))}};
        if (s.state != SlotState::Empty && s.headerValid) {
            const SlotHeader &h = s.header;
            o.insert(QStringLiteral("kind"), h.kind == 1 ? QStringLiteral("FULL") : h.kind == 2 ? QStringLiteral("DELTA") : QString::number(h.kind));
            o.insert(QStringLiteral("flags"), h.flags);
            o.insert(QStringLiteral("checkpoint_seq"), num(h.checkpointSeq));
            o.insert(QStringLiteral("base_seq"), num(h.baseSeq));
            o.insert(QStringLiteral("journal_seq"), num(h.journalSeq));
            o.insert(QStringLiteral("chain_hash"), toHex(h.chainHash));
            o.insert(QStringLiteral("lamport"), num(h.lamport));
            o.insert(QStringLiteral("timestamp_hint"), num(h.timestampHint));
            o.insert(QStringLiteral("state_root"), toHex(h.stateRoot));
            o.insert(QStringLiteral("base_state_root"), toHex(h.baseStateRoot));
            o.insert(QStringLiteral("log_root"), toHex(h.logRoot));
            o.insert(QStringLiteral("log_size"), num(h.logSize));
            o.insert(QStringLiteral("kdf_salt"), toHex(h.kdfSalt));
            o.insert(QStringLiteral("nonce"), toHex(h.nonce));
            o.insert(QStringLiteral("epoch"), double(h.epoch));
            o.insert(QStringLiteral("payload_length"), double(h.payloadLength));
            o.insert(QStringLiteral("payload_crc_ok"), s.payloadCrcOk);
            o.insert(QStringLiteral("payload_sha256"), sha(s.payload));
            o.insert(QStringLiteral("header_crc"), hex32(h.storedCrc));
            o.insert(QStringLiteral("commit_offset"), double(s.commitOffset));
            o.insert(QStringLiteral("commit_valid"), s.commitValid);
            o.insert(QStringLiteral("commit_key_index"), double(s.commit.keyIndex));
            o.insert(QStringLiteral("signature_valid"), s.signature == crypto::SignatureCheck::Valid);
            o.insert(QStringLiteral("decrypt"), QString::fromLatin1(decryptStateName(s.decrypt)));
            if (!s.plaintext.isEmpty())
                o.insert(QStringLiteral("plaintext_sha256"), sha(s.plaintext));
            if (auto st = slotState(img, s.index))
                o.insert(QStringLiteral("loaded_state_root"), toHex(ledger::stateRoot(*st)));
        }
        slotArray.append(o);
    }
    out.insert(QStringLiteral("slots"), slotArray);
    out.insert(QStringLiteral("active_slot"), img.activeSlot);
    out.insert(QStringLiteral("fallback_slot"), img.fallbackSlot);
    if (auto st = slotState(img, img.activeSlot))
        out.insert(QStringLiteral("active_state_root"), toHex(ledger::stateRoot(*st)));
    else
        out.insert(QStringLiteral("active_state_root"), QJsonValue());

    QJsonArray journal;
    for (const RecordInfo &r : img.journal) {
        QJsonObject o = recordCommon(r);
        o.insert(QStringLiteral("decrypt"), QString::fromLatin1(decryptStateName(r.decrypt)));
        if (r.hasEntryHeader()) {
            o.insert(QStringLiteral("plaintext_length"), double(r.plaintext().size()));
            o.insert(QStringLiteral("entry_bytes_sha256"), sha(r.entryBytes()));
        }
        if (const std::optional<ledger::Entry> entry = r.decodedEntry()) {
            o.insert(QStringLiteral("entry_type"), QString::fromLatin1(ledger::entryTypeName(entry->type)));
            o.insert(QStringLiteral("tx_id"), toHex(entry->txId));
            o.insert(QStringLiteral("origin"), toHex(entry->origin));
            o.insert(QStringLiteral("entry_lamport"), num(entry->lamport));
            o.insert(QStringLiteral("origin_sequence"), num(entry->sequence));
            o.insert(QStringLiteral("amount"), double(entry->amount));
        }
        journal.append(o);
    }
    out.insert(QStringLiteral("journal"), journal);

    QJsonArray epochs;
    for (const EpochInfo &e : img.epochs)
        epochs.append(QJsonObject{{QStringLiteral("epoch"), double(e.epoch)},
                                  {QStringLiteral("record_offset"), double(e.recordOffset)},
                                  {QStringLiteral("reason"), e.payload.reason},
                                  {QStringLiteral("salt"), toHex(e.payload.salt)},
                                  {QStringLiteral("head_seq"), num(e.payload.headSeq)},
                                  {QStringLiteral("head_hash"), toHex(e.payload.headHash)}});
    out.insert(QStringLiteral("epochs"), epochs);

    QJsonArray markers;
    for (const RecordInfo &m : img.markers) {
        QJsonObject o = recordCommon(m);
        if (m.payloadCrcOk)
            o.insert(QStringLiteral("fields"), markerPayloadJson(m, img));
        markers.append(o);
    }
    out.insert(QStringLiteral("markers"), markers);

    QJsonArray findings;
    for (const Finding &f : img.findings)
        findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("severity"), QString::fromLatin1(severityName(f.severity))},
                                    {QStringLiteral("verdict"), QString::fromLatin1(verdictName(f.verdict))},
                                    {QStringLiteral("offset"), double(f.offset)},
                                    {QStringLiteral("length"), double(f.length)},
                                    {QStringLiteral("expected"), f.expected},
                                    {QStringLiteral("found"), f.found}});
    out.insert(QStringLiteral("findings"), findings);
    return out;
}


} // namespace seedscope::vectors
