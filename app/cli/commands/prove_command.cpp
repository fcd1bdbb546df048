// SPDX-License-Identifier: GPL-3.0-or-later
// `prove DUMP --account ID [--at SEQ] [--out FILE]`: writes a proof file
// (docs/format/proof-v1.md) that the account's record (balance, trust) is in a
// checkpoint the device signed: the latest decodable checkpoint, or the latest one
// covering at most journal sequence SEQ. `--group ID` proves a savings pool instead.
#include "CommandList.h"

#include "findings/Finding.h"
#include "dumpledger/DumpLedger.h"
#include "util/Hex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

using namespace seedscope::ledger;

int runProve(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli", "Export a standalone proof of one balance (or pool) from a signed checkpoint."));
    p.addOption({ QStringLiteral("trust-store"), QCoreApplication::translate("cli", "Trust store JSON."),
        QStringLiteral("T") });
    p.addOption({ QStringLiteral("key-file"), QCoreApplication::translate("cli", "Storage key file (repeatable)."),
        QStringLiteral("K") });
    p.addOption({ QStringLiteral("keys"), QCoreApplication::translate("cli", "Directory with <dump-name>.key files."),
        QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("account"), QCoreApplication::translate("cli", "Account to prove (32 hex digits)."),
        QStringLiteral("ID") });
    p.addOption({ QStringLiteral("group"),
        QCoreApplication::translate("cli", "Savings group pool to prove (32 hex digits)."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("at"),
        QCoreApplication::translate("cli", "Use the latest checkpoint covering at most journal sequence SEQ."),
        QStringLiteral("SEQ") });
    p.addOption({ QStringLiteral("out"), QCoreApplication::translate("cli", "Write the proof here (default: stdout)."),
        QStringLiteral("FILE") });
    p.addPositionalArgument(
        QStringLiteral("dump"), QCoreApplication::translate("cli", "Seed dump file."), QStringLiteral("DUMP"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("prove: exactly one dump"));
    if (!p.isSet(QStringLiteral("trust-store")))
        return usageError(ctx, QStringLiteral("prove: --trust-store is required"));
    if (p.isSet(QStringLiteral("account")) == p.isSet(QStringLiteral("group")))
        return usageError(ctx, QStringLiteral("prove: give exactly one of --account or --group"));
    const RecordKind kind = p.isSet(QStringLiteral("account")) ? RecordKind::Account : RecordKind::Group;
    auto key = fromHexStrict(p.value(kind == RecordKind::Account ? QStringLiteral("account") : QStringLiteral("group")).toLower());
    if (!key || key->size() != kIdSize)
        return usageError(ctx, QStringLiteral("prove: the id needs 32 hex digits"));
    bool ok = true;
    const uint64_t at = p.isSet(QStringLiteral("at")) ? p.value(QStringLiteral("at")).toULongLong(&ok) : UINT64_MAX;
    if (!ok)
        return usageError(ctx, QStringLiteral("prove: --at needs a journal sequence number"));

    auto opened = openDumpLedger(DumpOpenOptions{p.positionalArguments().first(), p.values(QStringLiteral("key-file")),
                                                 p.value(QStringLiteral("keys")), p.value(QStringLiteral("trust-store"))});
    if (!opened)
        return fail(ctx, exitcode::Unreadable, opened.error());
    const QList<DumpCheckpoint> &cks = opened->ledger.checkpoints;
    const DumpCheckpoint *chosen = nullptr;
    for (const DumpCheckpoint &c : cks)
        if (c.state && c.journalSeq <= at && (!chosen || c.checkpointSeq > chosen->checkpointSeq))
            chosen = &c;
    if (!chosen && opened->image.contentsLocked()) {
        // The examiner's input, not the device: exit 4 (docs/cli.md).
        ctx.err << "error: nothing could be proven: the checkpoints of " << opened->ledger.evidence << " are encrypted and "
                << (opened->image.keyMismatch ? "the storage key given is not this dump's (KEY_MISMATCH)" : "no storage key was given")
                << "\n";
        return exitcode::InputMismatch;
    }
    if (!chosen) {
        return fail(ctx, exitcode::ErrorsOrTamper, QStringLiteral("NOT_FOUND"),
                    QStringLiteral("no decodable, signed checkpoint%1 in %2")
                        .arg(at != UINT64_MAX ? QStringLiteral(" at or before that journal sequence") : QString(), opened->ledger.evidence));
    }
    auto proof = buildProof(chosen->proofInputs, *chosen->state, kind, *key);
    if (!proof) {
        // An id the checkpoint does not hold is a question the evidence cannot answer, not a
        // finding about it: a usage error, as `replay --account` for an unknown account.
        if (proof.error().code == ErrorCode::NotFound)
            return usageError(ctx, QStringLiteral("prove: %1").arg(proof.error().message));
        return fail(ctx, exitcode::ErrorsOrTamper, proof.error());
    }
    const QByteArray bytes = QJsonDocument(*proof).toJson(QJsonDocument::Indented);
    if (p.isSet(QStringLiteral("out"))) {
        QFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
            ctx.err << "error: cannot write " << f.fileName() << ": " << f.errorString() << "\n";
            return exitcode::Unreadable;
        }
        ctx.err << "proof of " << recordKindName(kind) << " " << toHex(*key) << " at checkpoint " << chosen->checkpointSeq
                << " written to " << f.fileName() << "\n";
    } else {
        ctx.out << bytes;
    }
    return exitcode::Clean;
}

} // namespace

const CliCommand kProveCommand { "prove",
    QT_TRANSLATE_NOOP("cli", "Export a standalone Merkle proof of a balance or pool from a dump"), runProve };

} // namespace seedscope::cli
