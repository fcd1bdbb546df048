// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `simulate --omega ...` is routed here from simulate_command.cpp, so the Omega writer and
// the device simulator each keep their own command file.
#include "CliCommand.h"

namespace seedscope::cli {
int runOmegaSimulate(CliContext &ctx);
} // namespace seedscope::cli
