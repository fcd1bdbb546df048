// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built seedscope-cli (path from $SEEDSCOPE_CLI, set by CTest) and captures its
// output: the CLI's JSON is the contract tests check. Include from any area's tests.

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace seedscope::testing {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline QString cliPath() { return QProcessEnvironment::systemEnvironment().value(QStringLiteral("SEEDSCOPE_CLI")); }

// env: the program's whole environment (default: the test's own).
inline CliRun runCli(const QStringList &args, int timeoutMs = 600000, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "seedscope-cli did not start or did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace seedscope::testing
