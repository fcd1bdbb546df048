// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder: 'simulate' is not implemented yet, so it is not listed by 'help'.
#include "CommandList.h"

namespace seedscope::cli {
const CliCommand kSimulateCommand{"simulate", "", nullptr};
} // namespace seedscope::cli
