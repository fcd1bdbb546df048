// SPDX-License-Identifier: GPL-3.0-or-later
// `verify-proof FILE --trust-store T [--json]`: checks a proof file (docs/format/proof-v1.md)
// with nothing but the file and the auditor's trust store: registration certificate, key
// rotations, the device's checkpoint signature, and the Merkle path to the state_root.
#include "CommandList.h"

#include "findings/Finding.h"
#include "ledger/Proof.h"
#include "util/Hex.h"
#include "util/SideInput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

// A proof is a few KiB; the cap (docs/security.md) is checked before reading.
constexpr qint64 kMaxProofBytes = 8 << 20;

int runVerifyProof(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Verify a Seedscope proof file standalone (no dump needed)."));
    p.addOption({QStringLiteral("trust-store"), QStringLiteral("Trust store JSON {network_id, authority_public_key}."), QStringLiteral("T")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Proof file."), QStringLiteral("FILE"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("verify-proof: exactly one proof file"));
    if (!p.isSet(QStringLiteral("trust-store")))
        return usageError(ctx, QStringLiteral("verify-proof: --trust-store is required"));

    auto trust = ledger::readTrustStore(p.value(QStringLiteral("trust-store")));
    if (!trust) {
        ctx.err << "error: " << trust.error().message << "\n";
        return exitcode::Unreadable;
    }
    // Same safe reader as every side input: a FIFO or a device is refused, never read.
    auto proof = readSideInput(p.positionalArguments().first(), u"proof file", kMaxProofBytes);
    if (!proof) {
        ctx.err << "error: " << proof.error().message << "\n";
        return exitcode::Unreadable;
    }
    const ledger::ProofVerification v = ledger::verifyProof(*proof, *trust);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("verified"), v.ok},
                      {QStringLiteral("passed"), QJsonArray::fromStringList(v.passed)},
                      {QStringLiteral("record"), v.record}};
        if (!v.ok)
            o.insert(QStringLiteral("failure"), v.failure);
        else {
            o.insert(QStringLiteral("state_root"), toHex(v.stateRoot));
            o.insert(QStringLiteral("checkpoint_seq"), double(v.checkpointSeq));
            o.insert(QStringLiteral("journal_seq"), double(v.journalSeq));
            o.insert(QStringLiteral("lamport"), double(v.lamport));
        }
        printJson(ctx.out, QJsonDocument(o));
    } else {
        for (const QString &s : v.passed)
            ctx.out << "ok: " << s << "\n";
        if (v.ok) {
            ctx.out << "VERIFIED: " << v.record.value(QStringLiteral("kind")).toString() << " "
                    << v.record.value(QStringLiteral("key")).toString();
            if (v.record.contains(QStringLiteral("balance")))
                ctx.out << " balance " << qint64(v.record.value(QStringLiteral("balance")).toDouble()) << " trust "
                        << v.record.value(QStringLiteral("trust_tenths")).toInt() / 10.0;
            if (v.record.contains(QStringLiteral("pool")))
                ctx.out << " pool " << qint64(v.record.value(QStringLiteral("pool")).toDouble());
            ctx.out << " at checkpoint " << v.checkpointSeq << " (journal seq " << v.journalSeq << ")\n";
        } else {
            ctx.out << "FAILED: " << v.failure << "\n";
        }
    }
    return v.ok ? exitcode::Clean : exitcode::ErrorsOrTamper;
}

} // namespace

const CliCommand kVerifyProofCommand{"verify-proof", "Verify a balance/pool/trust proof file against a trust store",
                                     runVerifyProof};

} // namespace seedscope::cli
