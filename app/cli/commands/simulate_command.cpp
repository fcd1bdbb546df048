// SPDX-License-Identifier: GPL-3.0-or-later
// `simulate`: deterministic evidence generation. Device meshes are implemented here;
// `--omega` is routed to OmegaSimulate (omega_simulate.cpp).
#include "CommandList.h"
#include "OmegaSimulate.h"

#include "findings/Finding.h"

namespace seedscope::cli {
namespace {

int runSimulate(CliContext &ctx)
{
    if (ctx.args.contains(QStringLiteral("--omega")))
        return runOmegaSimulate(ctx);
    ctx.err << "simulate: device simulation is not implemented yet (use --omega)\n";
    return exitcode::Usage;
}

} // namespace

const CliCommand kSimulateCommand{"simulate", "Generate deterministic evidence: device meshes, or --omega directories", runSimulate};

} // namespace seedscope::cli
