// SPDX-License-Identifier: GPL-3.0-or-later
// `info DUMP [--json] [--key-file K]`: what a Seed dump holds, as the reader parsed it:
// geometry, identity, checkpoint slots, journal extent, markers and reader findings.
// A layout overview, not a verdict (that is `verify`).
#include "CommandList.h"

#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "findings/Finding.h"
#include "dumpledger/BootRecovery.h"
#include "util/Escape.h"
#include "session/EvidenceSession.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace seedscope::cli {
namespace {

using namespace seedscope::dump;

QJsonObject regionJson(const Region &r, uint32_t bs)
{
    return QJsonObject{{QStringLiteral("first_block"), jsonExact(r.firstBlock)},
                       {QStringLiteral("blocks"), jsonExact(r.blockCount)},
                       {QStringLiteral("offset"), jsonExact(qint64(r.firstBlock) * bs)}};
}

QJsonObject infoJson(const DumpImage &img)
{
    QJsonObject o;
    o.insert(QStringLiteral("evidence"), img.evidence);
    o.insert(QStringLiteral("size"), jsonExact(img.imageSize));
    o.insert(QStringLiteral("readable"), img.readable);
    QJsonArray sbs;
    for (const SuperblockCopy &c : img.superblocks) {
        QJsonObject s{{QStringLiteral("copy"), c.index}, {QStringLiteral("offset"), jsonExact(c.offset)},
                      {QStringLiteral("valid"), c.valid}, {QStringLiteral("erased"), !c.present}};
        if (c.superblock)
            s.insert(QStringLiteral("revision"), jsonExact(c.superblock->revision));
        sbs.append(s);
    }
    o.insert(QStringLiteral("superblocks"), sbs);
    QJsonArray findings;
    Findings numbered = img.findings;
    numberFindings(numbered);
    for (const Finding &f : numbered)
        findings.append(f.toJson());
    o.insert(QStringLiteral("findings"), findings);
    if (!img.readable)
        return o;
    const Superblock &sb = img.superblock;
    o.insert(QStringLiteral("active_superblock"), img.activeSuperblock);
    o.insert(QStringLiteral("format_version"), QStringLiteral("%1.%2").arg(sb.versionMajor).arg(sb.versionMinor));
    o.insert(QStringLiteral("encrypted"), sb.encrypted());
    o.insert(QStringLiteral("geometry"), QJsonObject{
        {QStringLiteral("block_size"), jsonExact(sb.blockSize)},
        {QStringLiteral("total_blocks"), jsonExact(sb.totalBlocks)},
        {QStringLiteral("identity"), regionJson(sb.identity, sb.blockSize)},
        {QStringLiteral("checkpoints"), regionJson(sb.checkpoints, sb.blockSize)},
        {QStringLiteral("journal"), regionJson(sb.journal, sb.blockSize)},
        {QStringLiteral("markers"), regionJson(sb.markers, sb.blockSize)},
        {QStringLiteral("slot_count"), jsonExact(sb.slotCount)},
        {QStringLiteral("slot_blocks"), jsonExact(sb.slotBlocks)},
        {QStringLiteral("flags"), QJsonObject{{QStringLiteral("compat"), jsonExact(sb.compatFlags)},
                                              {QStringLiteral("ro_compat"), jsonExact(sb.roCompatFlags)},
                                              {QStringLiteral("incompat"), jsonExact(sb.incompatFlags)}}},
    });
    const IdentityInfo &id = img.identity;
    QJsonArray keys;
    for (const KeyHistoryItem &k : id.keyHistory)
        keys.append(QJsonObject{{QStringLiteral("index"), jsonExact(k.record.index)}, {QStringLiteral("offset"), jsonExact(k.offset)},
                                {QStringLiteral("public_key"), toHex(k.record.newPublicKey)},
                                {QStringLiteral("valid_from_lamport"), jsonExact(k.record.validFromLamport)}});
    o.insert(QStringLiteral("identity"), QJsonObject{
        {QStringLiteral("offset"), jsonExact(id.offset)},
        {QStringLiteral("valid"), id.valid},
        {QStringLiteral("device_id"), toHex(id.header.deviceId)},
        {QStringLiteral("network_id"), id.header.networkId},
        {QStringLiteral("public_key"), toHex(id.header.devicePublicKey)},
        {QStringLiteral("registration_certificate"), toHex(id.header.registrationSignature)},
        {QStringLiteral("key_history"), keys},
    });
    QJsonArray slotList;
    for (const SlotInfo &s : img.checkpointSlots) {
        QJsonObject j{{QStringLiteral("slot"), s.index}, {QStringLiteral("offset"), jsonExact(s.offset)},
                      {QStringLiteral("state"), QString::fromLatin1(slotStateName(s.state))},
                      {QStringLiteral("role"), s.index == img.activeSlot ? QStringLiteral("active")
                                               : s.index == img.fallbackSlot ? QStringLiteral("fallback") : QString()}};
        if (s.headerValid) {
            j.insert(QStringLiteral("kind"), s.header.kind == 1 ? QStringLiteral("FULL") : s.header.kind == 2 ? QStringLiteral("DELTA") : QStringLiteral("UNKNOWN"));
            j.insert(QStringLiteral("checkpoint_seq"), jsonExact(s.header.checkpointSeq));
            j.insert(QStringLiteral("base_seq"), jsonExact(s.header.baseSeq));
            j.insert(QStringLiteral("journal_seq"), jsonExact(s.header.journalSeq));
            j.insert(QStringLiteral("lamport"), jsonExact(s.header.lamport));
            j.insert(QStringLiteral("state_root"), toHex(s.header.stateRoot));
            j.insert(QStringLiteral("log_root"), toHex(s.header.logRoot));
            j.insert(QStringLiteral("log_size"), jsonExact(s.header.logSize));
            j.insert(QStringLiteral("payload_length"), jsonExact(s.header.payloadLength));
            j.insert(QStringLiteral("signature"), QString::fromLatin1(crypto::signatureCheckName(s.signature)));
            j.insert(QStringLiteral("decrypt"), QString::fromLatin1(decryptStateName(s.decrypt)));
        }
        slotList.append(j);
    }
    o.insert(QStringLiteral("slots"), slotList);
    int used = 0;
    for (const BlockInfo &b : img.journalBlocks)
        used += b.state != BlockInfo::State::Erased;
    QMap<QString, int> types;
    uint64_t firstSeq = 0, lastSeq = 0;
    int entries = 0, decrypted = 0;
    for (const RecordInfo &r : img.journal) {
        types[QString::fromLatin1(recordTypeName(r.header.type))]++;
        if (r.header.type == uint8_t(RecordType::Entry)) {
            if (!entries)
                firstSeq = r.header.seq;
            lastSeq = r.header.seq;
            ++entries;
            decrypted += r.decrypt == DecryptState::Decrypted;
        }
    }
    QJsonObject typeCounts;
    for (auto it = types.begin(); it != types.end(); ++it)
        typeCounts.insert(it.key(), it.value());
    QJsonArray epochs;
    for (const EpochInfo &e : img.epochs)
        epochs.append(QJsonObject{{QStringLiteral("epoch"), jsonExact(e.epoch)}, {QStringLiteral("offset"), jsonExact(e.recordOffset)},
                                  {QStringLiteral("reason"), e.payload.reason}, {QStringLiteral("head_seq"), jsonExact(e.payload.headSeq)}});
    // The journal head (format section 12, steps 2-4): the entry the boot-time recovery's
    // walk ends on, or the loaded checkpoint's head when the journal does not reach it.
    // Its hash is the chain hash the device's next entry links to.
    const ledger::RecoveryCheckpoint ck = ledger::chooseRecoveryCheckpoint(img);
    const ledger::JournalWalk walk = ledger::walkJournal({}, img, ledger::walkRecords(img), ck.journalSeq, ck.chainHash, {});
    o.insert(QStringLiteral("journal_head"), QJsonObject{
        {QStringLiteral("seq"), jsonExact(walk.headSeq)},
        {QStringLiteral("hash"), toHex(walk.headHash)},
        {QStringLiteral("from_checkpoint"), walk.endedAtCheckpoint ? QJsonValue(jsonExact(ck.checkpointSeq)) : QJsonValue()},
    });
    o.insert(QStringLiteral("journal"), QJsonObject{
        {QStringLiteral("blocks_used"), used},
        {QStringLiteral("records"), jsonExact(img.journal.size())},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("decrypted"), decrypted},
        {QStringLiteral("first_seq"), jsonExact(firstSeq)},
        {QStringLiteral("last_seq"), jsonExact(lastSeq)},
        {QStringLiteral("record_types"), typeCounts},
        {QStringLiteral("epochs"), epochs},
    });
    QMap<QString, int> mtypes;
    QJsonArray boots;
    for (const RecordInfo &r : img.markers) {
        mtypes[QString::fromLatin1(recordTypeName(r.header.type))]++;
        if (r.header.type == uint8_t(RecordType::Boot) && r.payloadCrcOk)
            if (auto b = decodeBootMarker(r.payload()))
                boots.append(QJsonObject{{QStringLiteral("offset"), jsonExact(r.offset)},
                                         {QStringLiteral("boot"), jsonExact(b->bootCounter)},
                                         {QStringLiteral("loaded_slot"), b->loadedSlot == kNoSlot ? -1 : b->loadedSlot},
                                         {QStringLiteral("used_fallback"), b->usedFallback != 0},
                                         {QStringLiteral("truncated_at"), b->truncatedAt == kNoOffset ? QJsonValue(-1) : jsonExact(b->truncatedAt)},
                                         {QStringLiteral("epoch"), jsonExact(b->newEpoch)}});
    }
    QJsonObject mcounts;
    for (auto it = mtypes.begin(); it != mtypes.end(); ++it)
        mcounts.insert(it.key(), it.value());
    o.insert(QStringLiteral("markers"), QJsonObject{{QStringLiteral("records"), jsonExact(img.markers.size())},
                                                    {QStringLiteral("types"), mcounts},
                                                    {QStringLiteral("boots"), boots}});
    return o;
}

void printText(QTextStream &out, const QJsonObject &o)
{
    out << "evidence:   " << terminalSafe(o.value(QStringLiteral("evidence")).toString()) << " (" << o.value(QStringLiteral("size")).toInteger() << " bytes)\n";
    if (!o.value(QStringLiteral("readable")).toBool()) {
        out << "not readable as a Seed dump v1:\n";
    } else {
        const QJsonObject g = o.value(QStringLiteral("geometry")).toObject();
        out << "format:     " << o.value(QStringLiteral("format_version")).toString()
            << (o.value(QStringLiteral("encrypted")).toBool() ? ", encrypted" : ", unencrypted") << ", superblock copy "
            << o.value(QStringLiteral("active_superblock")).toInt() << "\n";
        out << "geometry:   " << g.value(QStringLiteral("total_blocks")).toInt() << " blocks of " << g.value(QStringLiteral("block_size")).toInt()
            << " bytes; " << g.value(QStringLiteral("slot_count")).toInt() << " slots of " << g.value(QStringLiteral("slot_blocks")).toInt() << " blocks\n";
        for (const char *r : {"identity", "checkpoints", "journal", "markers"}) {
            const QJsonObject reg = g.value(QLatin1String(r)).toObject();
            out << "  " << QString::fromLatin1(r).leftJustified(12) << formatOffset(reg.value(QStringLiteral("offset")).toInteger())
                << "  " << reg.value(QStringLiteral("blocks")).toInt() << " blocks\n";
        }
        const QJsonObject id = o.value(QStringLiteral("identity")).toObject();
        out << "device:     " << terminalSafe(id.value(QStringLiteral("device_id")).toString()) << " on network '" << terminalSafe(id.value(QStringLiteral("network_id")).toString())
            << "'" << (id.value(QStringLiteral("valid")).toBool() ? "" : " (identity damaged)") << "\n";
        out << "public key: " << id.value(QStringLiteral("public_key")).toString() << "\n";
        out << "slots:\n";
        for (const auto &v : o.value(QStringLiteral("slots")).toArray()) {
            const QJsonObject s = v.toObject();
            out << "  " << s.value(QStringLiteral("slot")).toInt() << "  " << s.value(QStringLiteral("state")).toString().leftJustified(12);
            if (s.contains(QStringLiteral("kind")))
                out << s.value(QStringLiteral("kind")).toString().leftJustified(6) << " seq " << s.value(QStringLiteral("checkpoint_seq")).toInteger()
                    << " journal " << s.value(QStringLiteral("journal_seq")).toInteger() << " sig " << s.value(QStringLiteral("signature")).toString();
            if (!s.value(QStringLiteral("role")).toString().isEmpty())
                out << "  [" << s.value(QStringLiteral("role")).toString() << "]";
            out << "\n";
        }
        const QJsonObject j = o.value(QStringLiteral("journal")).toObject();
        out << "journal:    " << j.value(QStringLiteral("entries")).toInt() << " entries (seq " << j.value(QStringLiteral("first_seq")).toInteger()
            << ".." << j.value(QStringLiteral("last_seq")).toInteger() << ") in " << j.value(QStringLiteral("blocks_used")).toInt()
            << " blocks, " << j.value(QStringLiteral("epochs")).toArray().size() << " epochs\n";
        const QJsonObject head = o.value(QStringLiteral("journal_head")).toObject();
        out << "head:       seq " << head.value(QStringLiteral("seq")).toInteger() << ", hash " << head.value(QStringLiteral("hash")).toString()
            << "\n";
        const QJsonObject m = o.value(QStringLiteral("markers")).toObject();
        out << "markers:    " << m.value(QStringLiteral("records")).toInteger() << " records:";
        const QJsonObject types = m.value(QStringLiteral("types")).toObject();
        for (auto it = types.begin(); it != types.end(); ++it)
            out << " " << it.key() << "=" << it.value().toInt();
        out << "\n";
    }
    const QJsonArray f = o.value(QStringLiteral("findings")).toArray();
    out << "reader findings: " << f.size() << "\n";
    for (const auto &v : f) {
        const QJsonObject x = v.toObject();
        out << "  " << x.value(QStringLiteral("severity")).toString() << " " << x.value(QStringLiteral("code")).toString();
        if (x.value(QStringLiteral("offset")).isDouble() && x.value(QStringLiteral("offset")).toInteger() >= 0)
            out << " at " << formatOffset(x.value(QStringLiteral("offset")).toInteger());
        out << ": " << terminalSafe(x.value(QStringLiteral("explanation")).toString()) << "\n";
    }
}

int runInfo(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli", "Show the layout of a Seed device dump: geometry, identity, slots, journal extent, markers."));
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.") });
    p.addOption({ QStringLiteral("key-file"),
        QCoreApplication::translate("cli", "Storage root key file (64 hex characters)."), QStringLiteral("K") });
    p.addPositionalArgument(
        QStringLiteral("dump"), QCoreApplication::translate("cli", "A .seeddump file."), QStringLiteral("DUMP"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("info: give exactly one dump file"));
    ReadOptions ro;
    if (p.isSet(QStringLiteral("key-file"))) {
        auto k = readKeyFile(p.value(QStringLiteral("key-file")));
        if (!k) // an unreadable key file is an unreadable input (docs/cli.md), not a usage error
            return fail(ctx, exitcode::Unreadable, k.error());
        ro.storageRootKey = *k;
    }
    // Through the session: stat-first caps, raw file names, kind detection.
    session::SessionOptions so;
    if (p.isSet(QStringLiteral("key-file")))
        so.keyFiles = QStringList{p.value(QStringLiteral("key-file"))};
    const QString dumpArg = p.positionalArguments().first();
    auto opened = session::EvidenceSession::open(session::EvidenceRef{dumpArg, ctx.nativeArg(dumpArg)}, so, ctx.progress());
    if (!opened)
        return fail(ctx, exitcode::Unreadable, opened.error());
    const auto img = (*opened)->image();
    QJsonObject o = infoJson(*img);
    // Which key was used, without the key: its fingerprint (first 16 hex of its SHA-256).
    if (ro.storageRootKey)
        o.insert(QStringLiteral("storage_key_fingerprint"), ro.storageRootKey->fingerprint());
    // Not a verdict, but the reader's own findings count (docs/cli.md exit codes): an error
    // the reader found is an error, whatever `verify` would add to it.
    const int rc = img->readable ? exitCodeFor(img->findings) : exitcode::Unreadable;
    if (p.isSet(QStringLiteral("json")))
        printEnvelope(ctx, rc, o);
    else
        printText(ctx.out, o);
    return rc;
}

} // namespace

const CliCommand kInfoCommand { "info",
    QT_TRANSLATE_NOOP("cli", "Show a Seed dump's layout: geometry, identity, slots, journal, markers"), runInfo };

} // namespace seedscope::cli
