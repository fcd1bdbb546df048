// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmegaSimulate.h"

#include "findings/Finding.h"

namespace seedscope::cli {
int runOmegaSimulate(CliContext &ctx)
{
    ctx.err << "simulate --omega: not implemented yet\n";
    return exitcode::Usage;
}
} // namespace seedscope::cli
