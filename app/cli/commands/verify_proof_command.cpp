// SPDX-License-Identifier: GPL-3.0-or-later
// `verify-proof FILE --trust-store T [--json]`: checks a proof file (docs/format/proof-v1.md)
// with nothing but the file and the auditor's trust store: registration certificate, key
// rotations, the device's checkpoint signature, and the Merkle path to the state_root.
#include "CommandList.h"

#include "findings/Finding.h"
#include "ledger/Proof.h"
#include "util/Escape.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"
#include "util/SideInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

// A proof is a few KiB; the cap (docs/security.md) is checked before reading.
constexpr qint64 kMaxProofBytes = 8 << 20;

int runVerifyProof(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Verify a Seedscope proof file standalone (no dump needed)."));
    p.addOption({ QStringLiteral("trust-store"),
        QCoreApplication::translate("cli", "Trust store JSON {network_id, authority_public_key}."),
        QStringLiteral("T") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.") });
    p.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("cli", "Proof file."), QStringLiteral("FILE"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("verify-proof: exactly one proof file"));
    if (!p.isSet(QStringLiteral("trust-store")))
        return usageError(ctx, QStringLiteral("verify-proof: --trust-store is required"));

    auto trust = ledger::readTrustStore(p.value(QStringLiteral("trust-store")));
    if (!trust)
        return fail(ctx, exitcode::Unreadable, trust.error());
    // Same safe reader as every side input: a FIFO or a device is refused, never read.
    auto proof = readSideInput(p.positionalArguments().first(), u"proof file", kMaxProofBytes);
    if (!proof)
        return fail(ctx, exitcode::Unreadable, proof.error());
    const ledger::ProofVerification v = ledger::verifyProof(*proof, *trust);
    // A file that fails before its format was recognised is not a proof at all: the input
    // is unusable (3), not a proof that failed verification (2).
    const int rc = v.ok ? exitcode::Clean : v.passed.isEmpty() ? exitcode::Unreadable : exitcode::ErrorsOrTamper;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("verified"), v.ok},
                      {QStringLiteral("is_proof"), !v.passed.isEmpty()},
                      {QStringLiteral("passed"), QJsonArray::fromStringList(v.passed)},
                      {QStringLiteral("record"), v.record}};
        if (!v.ok)
            o.insert(QStringLiteral("failure"), v.failure);
        else {
            o.insert(QStringLiteral("state_root"), toHex(v.stateRoot));
            o.insert(QStringLiteral("checkpoint_seq"), jsonUInt(v.checkpointSeq));
            o.insert(QStringLiteral("journal_seq"), jsonUInt(v.journalSeq));
            o.insert(QStringLiteral("lamport"), jsonUInt(v.lamport));
        }
        printEnvelope(ctx, rc, o);
    } else {
        for (const QString &s : v.passed)
            ctx.out << "ok: " << s << "\n";
        if (v.ok) {
            ctx.out << "VERIFIED: " << terminalSafe(v.record.value(QStringLiteral("kind")).toString()) << " "
                    << terminalSafe(v.record.value(QStringLiteral("key")).toString());
            if (v.record.contains(QStringLiteral("balance")))
                ctx.out << " balance " << v.record.value(QStringLiteral("balance")).toInteger() << " trust "
                        << QString::number(v.record.value(QStringLiteral("trust_tenths")).toInt() / 10.0, 'f', 1);
            if (v.record.contains(QStringLiteral("pool")))
                ctx.out << " pool " << v.record.value(QStringLiteral("pool")).toInteger();
            ctx.out << " at checkpoint " << v.checkpointSeq << " (journal seq " << v.journalSeq << ")\n";
        } else {
            ctx.out << (v.passed.isEmpty() ? "NOT A PROOF: " : "FAILED: ") << terminalSafe(v.failure) << "\n";
        }
    }
    return rc;
}

} // namespace

const CliCommand kVerifyProofCommand { "verify-proof",
    QT_TRANSLATE_NOOP("cli", "Verify a balance/pool/trust proof file against a trust store"), runVerifyProof };

} // namespace seedscope::cli
