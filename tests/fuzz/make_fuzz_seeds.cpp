// SPDX-License-Identifier: GPL-3.0-or-later
// Writes seed inputs for the libFuzzer targets, cut from small simulated dumps (plain and
// encrypted, with savings groups): whole images (the encrypted ones under the keys the
// targets use, FuzzSeedSim.h), images joined for reconciliation, each structure the reader
// decodes at its own offset, checkpoint payloads (FULL, DELTA, FULL\0DELTA pairs), a trust
// store paired with a real proof, key files, and simulated Omega folders (in-memory folder
// inputs, encrypted files with their salt). Seeds that are real structures let the fuzzer
// start deep inside the decoders instead of rediscovering the magic numbers. The test
// vectors (tests/vectors/data) are added by scripts/fuzz-seed-corpus.sh.
//   make_fuzz_seeds OUT_DIR
#include "FuzzInput.h"
#include "FuzzSeedSim.h"
#include "casedb/CaseFile.h"
#include "casedb/SqliteBackend.h"
#include "dump/DumpReader.h"
#include "dumpledger/DumpLedger.h"
#include "ledger/Proof.h"
#include "ledger/StateRecords.h"
#include "omega/OmegaHardened.h"
#include "omega/OmegaSimulator.h"
#include "sim/MeshSimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace seedscope;

namespace {

int g_written = 0;

void put(const QString &dir, const QString &name, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes.data(), bytes.size()) == bytes.size())
        ++g_written;
}

void seedsFromDevice(const QString &out, const QString &tag, const sim::SimDeviceOutput &dev, const ledger::TrustStore &trust,
                     const QByteArray &trustJson)
{
    dump::ReadOptions ro;
    if (!dev.storageRootKey.isEmpty())
        ro.storageRootKey = crypto::SecureBytes(dev.storageRootKey);
    auto img = dump::readDump(dev.image, ro);
    if (!img || !img->readable)
        return;
    // Whole images: the encrypted ones decrypt under the targets' keys (FuzzSeedSim.h).
    for (const char *target : {"fuzz_dump_image", "fuzz_verify_image", "fuzz_evidence_open"})
        put(out + QLatin1Char('/') + QLatin1StringView(target), tag + QStringLiteral("-image"), dev.image);
    if (!dev.storageRootKey.isEmpty())
        put(out + QStringLiteral("/fuzz_key_files"), tag + QStringLiteral("-key"), dev.storageRootKey.toHex() + '\n');
    const QString rec = out + QStringLiteral("/fuzz_dump_records");
    const QByteArrayView image(dev.image);
    put(rec, tag + QStringLiteral("-superblock"), image.first(256));
    put(rec, tag + QStringLiteral("-identity"), image.sliced(img->blockOffset(img->superblock.identity.firstBlock), img->superblock.blockSize));
    int n = 0;
    for (const dump::RecordInfo &r : img->journal) {
        if (n++ >= 24)
            break;
        put(rec, tag + QStringLiteral("-record-%1").arg(r.offset), r.stored().toByteArray());
        put(rec, tag + QStringLiteral("-entry-%1").arg(r.offset), r.entryBytes().toByteArray());
        put(rec, tag + QStringLiteral("-plain-%1").arg(r.offset), r.plaintext().toByteArray());
    }
    for (const dump::RecordInfo &m : img->markers)
        put(rec, tag + QStringLiteral("-marker-%1").arg(m.offset), m.plaintext().toByteArray());
    const QString ckp = out + QStringLiteral("/fuzz_checkpoint_payload");
    for (const dump::SlotInfo &s : img->checkpointSlots) {
        put(rec, tag + QStringLiteral("-slot-%1").arg(s.index), s.rawHeader);
        put(rec, tag + QStringLiteral("-commit-%1").arg(s.index), s.rawCommit);
        put(ckp, tag + QStringLiteral("-slot-%1").arg(s.index), s.plaintext);
    }

    const ledger::DumpLedger view = ledger::loadDumpLedger(*img, trust);
    std::optional<ledger::LedgerState> previous;
    for (const ledger::DumpCheckpoint &c : view.checkpoints) {
        if (!c.state)
            continue;
        const QByteArray full = ledger::encodeFullState(*c.state);
        put(ckp, tag + QStringLiteral("-full-%1").arg(c.checkpointSeq), full);
        const auto records = ledger::stateRecords(*c.state);
        for (int i = 0; i < records.size() && i < 8; ++i)
            put(ckp, tag + QStringLiteral("-leaf-%1-%2").arg(c.checkpointSeq).arg(i), records[i].leafBytes());
        if (previous)
            put(ckp, tag + QStringLiteral("-pair-%1").arg(c.checkpointSeq),
                ledger::encodeFullState(*previous) + QByteArray(1, '\0') + ledger::encodeDelta(*previous, *c.state));
        previous = c.state;
        if (c.state->accounts.empty())
            continue;
        auto proof = ledger::buildProof(c.proofInputs, *c.state, ledger::RecordKind::Account, c.state->accounts.begin()->first.toByteArray());
        if (proof)
            put(out + QStringLiteral("/fuzz_proof"), tag + QStringLiteral("-proof-%1").arg(c.checkpointSeq),
                trustJson + QByteArray(1, '\0') + QJsonDocument(*proof).toJson(QJsonDocument::Compact));
    }
}

// Omega: simulated folders (plain with the writer's defects, hardened, hardened and
// encrypted) as in-memory folder inputs, and each encrypted file with its salt.
void omegaSeeds(const QString &out)
{
    struct Variant {
        const char *tag;
        bool defects, hardened, encrypt;
    };
    for (const Variant &v : {Variant{"plain", true, false, false}, Variant{"hardened", false, true, false},
                             Variant{"encrypted", false, true, true}}) {
        omega::SimulationOptions o;
        o.files = 6;
        o.seed = fuzz::kOmegaSeed;
        o.defects = v.defects;
        o.hardened = v.hardened;
        o.encrypt = v.encrypt;
        auto r = omega::simulateOmega(o);
        if (!r)
            continue;
        QByteArray folder(1, char(0x03)); // trust the node key, give the node secret
        QByteArray salt;
        for (int i = 0; i < r->files.size(); ++i) {
            const omega::SimulatedFile &f = r->files[i];
            if (i)
                folder += fuzz::kEntrySeparator.toByteArray();
            folder += f.name.toUtf8() + '\0' + f.bytes;
            if (f.name == QLatin1StringView(omega::kManifestFileName)) {
                Findings ignored;
                salt = omega::checkManifest(f.bytes, {}, std::nullopt, ignored).manifest.salt;
                put(out + QStringLiteral("/fuzz_key_files"), QStringLiteral("omega-%1-manifest").arg(QLatin1StringView(v.tag)), f.bytes);
            }
        }
        put(out + QStringLiteral("/fuzz_omega_folder"), QStringLiteral("omega-%1").arg(QLatin1StringView(v.tag)), folder);
        if (salt.size() != omega::kManifestSaltSize)
            continue;
        for (const omega::SimulatedFile &f : r->files)
            if (f.name.endsWith(QLatin1StringView(".enc")))
                put(out + QStringLiteral("/fuzz_omega_decrypt"), f.name, salt + f.name.toUtf8() + '\0' + f.bytes);
    }
    put(out + QStringLiteral("/fuzz_key_files"), QStringLiteral("omega-node-public-key"), fuzz::fuzzKeys().nodePublicKey.toHex() + '\n');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: make_fuzz_seeds OUT_DIR\n";
        return 64;
    }
    const QString out = app.arguments().at(1);
    for (const bool encrypt : {false, true}) {
        auto r = sim::runSimulation(fuzz::seedSimOptions(encrypt));
        if (!r) {
            err << "simulation failed: " << r.error().message << "\n";
            return 1;
        }
        const QByteArray trustJson = QJsonDocument(r->trustStore).toJson(QJsonDocument::Compact);
        auto trust = ledger::parseTrustStore(trustJson);
        if (!trust) {
            err << "trust store: " << trust.error().message << "\n";
            return 1;
        }
        const QString tag = encrypt ? QStringLiteral("enc") : QStringLiteral("plain");
        for (const sim::SimDeviceOutput &d : r->devices)
            seedsFromDevice(out, tag + QLatin1Char('-') + d.name, d, *trust, trustJson);
        put(out + QStringLiteral("/fuzz_key_files"), tag + QStringLiteral("-trust-store"), trustJson);
        // Reconciliation: the devices' images, two and then all, joined by the separator.
        QByteArray joined;
        for (int i = 0; i < r->devices.size(); ++i) {
            if (i)
                joined += fuzz::kImageSeparator.toByteArray();
            joined += r->devices[i].image;
            if (i >= 1)
                put(out + QStringLiteral("/fuzz_reconcile"), tag + QStringLiteral("-%1-images").arg(i + 1), joined);
        }
        if (!r->devices.isEmpty()) // three inputs, one of them a copy of another
            put(out + QStringLiteral("/fuzz_reconcile"), tag + QStringLiteral("-with-copy"),
                joined + fuzz::kImageSeparator.toByteArray() + r->devices.first().image);
    }
    omegaSeeds(out);
    // fuzz_case_open: a small real case file (details, a note, custody records).
    {
        const QString dir = out + QStringLiteral("/fuzz_case_open");
        QDir().mkpath(dir);
        const QString path = dir + QStringLiteral("/case.seedcase");
        QFile::remove(path);
        if (auto b = casedb::SqliteBackend::open(path, casedb::SqliteBackend::Mode::Create)) {
            casedb::CaseDetails d;
            d.examiner = QStringLiteral("Fuzz");
            d.title = QStringLiteral("Seed case");
            if (auto c = casedb::CaseFile::create(std::move(*b), d)) {
                casedb::Annotation a;
                a.kind = QStringLiteral("note");
                a.body = QStringLiteral("seed");
                a.seq = 1;
                if ((*c)->addAnnotation(a, d.examiner))
                    ++g_written;
            }
        }
    }
    err << "make_fuzz_seeds: " << g_written << " seeds in " << out << "\n";
    return g_written > 0 ? 0 : 1;
}
