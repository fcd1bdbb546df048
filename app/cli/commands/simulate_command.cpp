// SPDX-License-Identifier: GPL-3.0-or-later
// `simulate`: deterministic evidence generation. Device meshes are implemented here
// (core/sim/MeshSimulator); `--omega` is routed to OmegaSimulate (omega_simulate.cpp).
#include "CommandList.h"
#include "OmegaSimulate.h"

#include "findings/Finding.h"
#include "sim/MeshSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

int runDeviceSimulate(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli",
        "Simulate a mesh of Seed devices and write one .seeddump (+ .key) per device, trust-store.json and "
        "manifest.json.\n"
        "Same options and seed, same bytes."));
    p.addOption({ QStringLiteral("devices"), QCoreApplication::translate("cli", "Number of devices (1..64)."),
        QStringLiteral("N"), QStringLiteral("3") });
    p.addOption({ QStringLiteral("entries"), QCoreApplication::translate("cli", "Entries the devices create."),
        QStringLiteral("M"), QStringLiteral("1000") });
    p.addOption({ QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed."), QStringLiteral("S"),
        QStringLiteral("1") });
    p.addOption(
        { QStringLiteral("out"), QCoreApplication::translate("cli", "Output directory."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("encrypt"),
        QCoreApplication::translate("cli", "Encrypt journal payloads and checkpoints (AES-256-GCM).") });
    p.addOption({ QStringLiteral("groups"),
        QCoreApplication::translate("cli", "Run rotating savings groups (ROSCA) with trust events.") });
    p.addOption({ QStringLiteral("checkpoint-every"),
        QCoreApplication::translate("cli", "Checkpoint after K stored entries per device."), QStringLiteral("K"),
        QStringLiteral("0") });
    p.addOption({ QStringLiteral("fault"),
        QCoreApplication::translate("cli", "Inject a fault: KIND[@DEVICE[:SEQ]] (repeatable; see --list-faults)."),
        QStringLiteral("KIND") });
    p.addOption(
        { QStringLiteral("list-faults"), QCoreApplication::translate("cli", "List the fault kinds and exit.") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print the manifest as JSON.") });
    if (auto done = parseArguments(ctx, p)) {
        if (p.isSet(QStringLiteral("help"))) {
            // One help for the whole command: the Omega generator's options follow.
            ctx.out << "\n"
                    << QCoreApplication::translate(
                           "cli", "With --omega (Omega checkpoint folders instead of device dumps):")
                    << "\n";
            CliContext omega{ctx.program, {QStringLiteral("--omega"), QStringLiteral("--help")}, ctx.out, ctx.err, false,
                             ctx.command + QStringLiteral(" --omega")};
            runOmegaSimulate(omega);
        }
        return *done;
    }
    if (p.isSet(QStringLiteral("list-faults"))) {
        for (const auto &k : sim::faultKinds())
            ctx.out << k.first << "\t" << k.second << "\n";
        return exitcode::Clean;
    }
    if (!p.isSet(QStringLiteral("out")))
        return usageError(ctx, QStringLiteral("simulate: --out DIR is required"));
    sim::SimOptions o;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.devices = p.value(QStringLiteral("devices")).toInt(&ok1);
    o.entries = p.value(QStringLiteral("entries")).toInt(&ok2);
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok3);
    o.checkpointEvery = p.value(QStringLiteral("checkpoint-every")).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.devices < 1 || o.devices > 64 || o.entries < 0 || o.checkpointEvery < 0)
        return usageError(ctx, QStringLiteral("simulate: --devices, --entries, --seed and --checkpoint-every take non-negative integers (devices 1..64)"));
    o.encrypt = p.isSet(QStringLiteral("encrypt"));
    o.groups = p.isSet(QStringLiteral("groups"));
    for (const QString &f : p.values(QStringLiteral("fault"))) {
        auto spec = sim::parseFaultSpec(f);
        if (!spec)
            return usageError(ctx, QStringLiteral("simulate: %1").arg(spec.error().message));
        o.faults.append(*spec);
    }
    auto r = sim::runSimulation(o, ctx.progress());
    if (!r) {
        if (r.error().code == ErrorCode::InvalidArgument)
            return usageError(ctx, r.error().message);
        return fail(ctx, exitcode::Unreadable, r.error());
    }
    if (Status s = sim::writeSimulation(*r, p.value(QStringLiteral("out"))); !s)
        return fail(ctx, exitcode::Unreadable, s.error());
    if (p.isSet(QStringLiteral("json"))) {
        // The payload is the manifest (as written to manifest.json) and the output folder.
        QJsonObject o = r->manifest;
        o.insert(QStringLiteral("out"), p.value(QStringLiteral("out")));
        printEnvelope(ctx, exitcode::Clean, o);
    } else {
        for (const auto &v : r->manifest.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = v.toObject();
            ctx.out << f.value(QStringLiteral("name")).toString() << "  " << f.value(QStringLiteral("size")).toInteger()
                    << " bytes  " << f.value(QStringLiteral("journal_entries")).toInteger() << " journal entries  sha256 "
                    << f.value(QStringLiteral("sha256")).toString() << "\n";
        }
        for (const auto &v : r->manifest.value(QStringLiteral("faults")).toArray()) {
            const QJsonObject f = v.toObject();
            ctx.out << "fault " << f.value(QStringLiteral("kind")).toString() << " on " << f.value(QStringLiteral("file")).toString()
                    << " at offset " << f.value(QStringLiteral("offset")).toInteger() << ": "
                    << f.value(QStringLiteral("detail")).toString() << "\n";
        }
        ctx.out << "wrote " << p.value(QStringLiteral("out")) << "/manifest.json and trust-store.json\n";
    }
    return exitcode::Clean;
}

int runSimulate(CliContext &ctx)
{
    if (ctx.args.contains(QStringLiteral("--omega"))) {
        CliContext omega = ctx;
        omega.command = ctx.command + QStringLiteral(" --omega");
        return runOmegaSimulate(omega);
    }
    return runDeviceSimulate(ctx);
}

} // namespace

const CliCommand kSimulateCommand { "simulate",
    QT_TRANSLATE_NOOP("cli", "Generate deterministic evidence: device meshes, or --omega directories"), runSimulate };

} // namespace seedscope::cli
