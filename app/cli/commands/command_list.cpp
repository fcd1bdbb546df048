// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandList.h"

namespace seedscope::cli {

QList<const CliCommand *> allCommands()
{
    const QList<const CliCommand *> all = {&kSimulateCommand, &kInfoCommand,      &kVerifyCommand,
                                           &kReplayCommand,   &kProveCommand,     &kVerifyProofCommand,
                                           &kReconcileCommand, &kOmegaCommand,    &kHashCommand,
                                           &kCaseCommand,     &kReportCommand};
    QList<const CliCommand *> live;
    for (const CliCommand *c : all)
        if (c->run)
            live.append(c);
    return live;
}

const CliCommand *findCommand(const QString &name)
{
    for (const CliCommand *c : allCommands())
        if (name == QLatin1StringView(c->name))
            return c;
    return nullptr;
}

} // namespace seedscope::cli
