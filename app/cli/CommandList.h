// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QList>

namespace seedscope::cli {

// Commands in the order `help` lists them; each is defined in commands/<name>_command.cpp.
extern const CliCommand kSimulateCommand;
extern const CliCommand kInfoCommand;
extern const CliCommand kVerifyCommand;
extern const CliCommand kReplayCommand;
extern const CliCommand kProveCommand;
extern const CliCommand kVerifyProofCommand;
extern const CliCommand kReconcileCommand;
extern const CliCommand kOmegaCommand;
extern const CliCommand kHashCommand;
extern const CliCommand kCaseCommand;
extern const CliCommand kReportCommand;

// Only commands with a run function are listed and dispatched.
QList<const CliCommand *> allCommands();
const CliCommand *findCommand(const QString &name);

} // namespace seedscope::cli
