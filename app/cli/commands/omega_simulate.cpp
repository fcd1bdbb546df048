// SPDX-License-Identifier: GPL-3.0-or-later
// `simulate --omega --out DIR [--files N] [--seed S] [--defects] [--hardened] [--encrypt]
// [--key-file F] [--json]`: writes a deterministic Omega checkpoint folder (DIR/checkpoints/) the
// way the real writer does, optionally with its typical defects and/or the hardened layout.
#include "OmegaSimulate.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "findings/Finding.h"
#include "omega/OmegaHardened.h"
#include "omega/OmegaSimulator.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace seedscope::cli {

int runOmegaSimulate(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
        "Write a deterministic Omega checkpoint folder to DIR/checkpoints/ (same seed, same bytes).\n"
        "--hardened adds a signed manifest.json; --encrypt writes checkpoint_<int>.json.enc files.\n"
        "The node secret comes from --key-file F (64 hex characters); when F does not exist it is\n"
        "created (mode 0600) from the seed. Simulator keys protect nothing: never reuse them.\n"
        "With --hardened, the node's public key is written to DIR/node_public_key.hex (for --trust-key)."));
    p.addOption(
        { QStringLiteral("omega"), QCoreApplication::translate("cli", "Simulate an Omega checkpoint folder.") });
    p.addOption(
        { QStringLiteral("out"), QCoreApplication::translate("cli", "Output directory."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("files"),
        QCoreApplication::translate("cli", "Checkpoint files before defects (default 24)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("seed"), QCoreApplication::translate("cli", "Seed (default 20251109)."),
        QStringLiteral("S") });
    p.addOption(
        { QStringLiteral("defects"), QCoreApplication::translate("cli", "Append the real writer's typical defects.") });
    p.addOption({ QStringLiteral("hardened"), QCoreApplication::translate("cli", "Write a signed manifest.json.") });
    p.addOption({ QStringLiteral("encrypt"),
        QCoreApplication::translate("cli", "Encrypt checkpoint files (implies --hardened).") });
    p.addOption({ QStringLiteral("key-file"), QCoreApplication::translate("cli", "Node secret file (64 hex)."),
        QStringLiteral("F") });
    p.addOption({ QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print what was written as JSON (schema: docs/cli.md).") });
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (!p.isSet(QStringLiteral("out")))
        return usageError(ctx, QStringLiteral("simulate --omega: --out DIR is required"));

    omega::SimulationOptions o;
    bool ok = true;
    if (p.isSet(QStringLiteral("files")))
        o.files = p.value(QStringLiteral("files")).toInt(&ok);
    if (!ok)
        return usageError(ctx, QStringLiteral("simulate --omega: --files needs a number"));
    if (p.isSet(QStringLiteral("seed")))
        o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(ctx, QStringLiteral("simulate --omega: --seed needs a non-negative number"));
    o.defects = p.isSet(QStringLiteral("defects"));
    o.encrypt = p.isSet(QStringLiteral("encrypt"));
    o.hardened = p.isSet(QStringLiteral("hardened")) || o.encrypt;
    if (p.isSet(QStringLiteral("key-file"))) {
        const QString keyPath = p.value(QStringLiteral("key-file"));
        if (!QFileInfo::exists(keyPath)) {
            const crypto::SecureBytes s = omega::defaultNodeSecret(o.seed);
            QFile f(keyPath);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
                !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                ctx.err << "error: cannot create " << keyPath << "\n";
                return exitcode::Unreadable;
            }
            QByteArray raw = s.view().toByteArray();
            QByteArray hex = raw.toHex();
            const bool written = f.write(hex) == hex.size();
            raw.fill('\0'); // key material leaves only the file, never lingers in memory
            hex.fill('\0');
            if (!written) {
                ctx.err << "error: cannot write " << keyPath << "\n";
                return exitcode::Unreadable;
            }
        }
        auto secret = omega::readNodeSecret(keyPath);
        if (!secret)
            return usageError(ctx, secret.error().message);
        o.nodeSecret = std::move(*secret);
    }
    auto result = omega::simulateOmega(o);
    if (!result)
        return usageError(ctx, result.error().message);
    const QString out = p.value(QStringLiteral("out"));
    if (auto st = omega::writeSimulation(*result, out); !st) {
        ctx.err << "error: " << st.error().message << "\n";
        return exitcode::Unreadable;
    }
    if (o.hardened) {
        QFile pub(QDir(out).filePath(QStringLiteral("node_public_key.hex")));
        if (!pub.open(QIODevice::WriteOnly | QIODevice::Truncate) || pub.write(result->publicKey.toHex() + '\n') < 0) {
            ctx.err << "error: cannot write " << pub.fileName() << "\n";
            return exitcode::Unreadable;
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray files;
        for (const omega::SimulatedFile &f : result->files)
            files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("size"), jsonExact(qint64(f.bytes.size()))},
                                     {QStringLiteral("sha256"), toHex(crypto::sha256(f.bytes))}});
        return printEnvelope(ctx, exitcode::Clean,
                             QJsonObject{{QStringLiteral("format"), QStringLiteral("omega")},
                                         {QStringLiteral("seed"), QString::number(o.seed)},
                                         {QStringLiteral("out"), QDir(out).filePath(QStringLiteral("checkpoints"))},
                                         {QStringLiteral("defects"), o.defects},
                                         {QStringLiteral("hardened"), o.hardened},
                                         {QStringLiteral("encrypt"), o.encrypt},
                                         {QStringLiteral("create_calls"), result->createCalls},
                                         {QStringLiteral("node_key_id"), o.hardened ? QJsonValue(toHex(crypto::keyId16(result->publicKey))) : QJsonValue()},
                                         {QStringLiteral("files"), files}});
    }
    ctx.out << "wrote " << result->files.size() << " file(s) from " << result->createCalls << " create_checkpoint call(s) to "
            << QDir(out).filePath(QStringLiteral("checkpoints"));
    if (o.hardened)
        ctx.out << "; signed by node key id " << toHex(crypto::keyId16(result->publicKey));
    ctx.out << "\n";
    return exitcode::Clean;
}

} // namespace seedscope::cli
