// SPDX-License-Identifier: GPL-3.0-or-later
// seedscope-cli: the headless twin of the workbench. `seedscope-cli help` lists commands.

#include "CliCommand.h"
#include "CommandList.h"

#include "findings/Finding.h"
#include "seedscope/version.h"
#include "util/AllocatorPolicy.h"

#include "Catalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace seedscope;
using namespace seedscope::cli;

namespace {

// Human help text is in the interface language (context "cli", translations/); command
// names, option names, JSON and the text reports stay English.
void printHelp(QTextStream &out, const QString &program)
{
    out << kProductName << " " << kVersion << ": "
        << QCoreApplication::translate(
               "cli", "audit and forensics for Seed device dumps and Omega checkpoint directories")
        << "\n\n"
        << QCoreApplication::translate("cli", "Usage: %1 <command> [options]").arg(program) << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const CliCommand *c : allCommands())
        out << "  " << QString::fromLatin1(c->name).leftJustified(14) << QCoreApplication::translate("cli", c->summary)
            << "\n";
    out << "  " << QStringLiteral("help").leftJustified(14)
        << QCoreApplication::translate("cli", "Show this list, or a command's options: help <command>") << "\n"
        << "  " << QStringLiteral("--version").leftJustified(14)
        << QCoreApplication::translate("cli", "Print the version") << "\n\n"
        << QCoreApplication::translate("cli",
               "Exit codes: 0 clean, 1 findings below error, 2 errors or tampering, 3 unreadable input,\n"
               "4 the examiner's key or trust store does not fit the evidence, 64 usage (docs/cli.md).")
        << "\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    seedscope::returnLargeBlocksToTheSystem(); // before anything is allocated
    seedscope::shareMallocArenas();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seedscope-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    // The help follows the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), English
    // when no catalogue fits. Only help text is translated: JSON, finding codes and the
    // text reports do not change with the locale.
    QTranslator catalogue;
    if (i18n::loadCatalogue(catalogue, i18n::languageForLocale(QLocale::system())))
        QCoreApplication::installTranslator(&catalogue);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString program = QStringLiteral("seedscope-cli");

    // Arguments straight from argv: QCoreApplication::arguments() replaces bytes that are
    // not valid in the local encoding, which loses non-UTF-8 file names. rawArgs keeps them.
    QStringList args;
    QList<QByteArray> rawArgs;
    QString progressMode;
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (raw == "--progress" || raw.startsWith("--progress=")) {
            progressMode = raw == "--progress" ? QStringLiteral("bar") : QString::fromLatin1(raw.mid(11));
            if (progressMode != QLatin1String("bar") && progressMode != QLatin1String("json") && progressMode != QLatin1String("none")) {
                err << program << ": --progress takes bar, json or none\n";
                return exitcode::Usage;
            }
            continue;
        }
        args.append(QString::fromLocal8Bit(raw));
        rawArgs.append(raw);
    }
    if (args.isEmpty()) {
        printHelp(err, program);
        return exitcode::Usage;
    }
    const QString name = args.takeFirst();
    rawArgs.removeFirst();
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        out << program << " " << kVersion << "\n";
        return exitcode::Clean;
    }
    if (name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        if (!args.isEmpty()) {
            if (const CliCommand *c = findCommand(args.first())) {
                CliContext ctx{program, {QStringLiteral("--help")}, out, err, false, QString::fromLatin1(c->name)};
                return c->run(ctx);
            }
            err << program << ": unknown command '" << args.first() << "'\n";
            return exitcode::Usage;
        }
        printHelp(out, program);
        return exitcode::Clean;
    }
    const CliCommand *command = findCommand(name);
    if (!command) {
        err << program << ": unknown command '" << name << "'\n";
        printHelp(err, program);
        return exitcode::Usage;
    }
    CliContext ctx{program, args, out, err, false, QString::fromLatin1(command->name)};
    ctx.rawArgs = rawArgs;
#ifdef Q_OS_UNIX
    ctx.stderrIsTerminal = isatty(fileno(stderr)) == 1;
#endif
    ctx.progressMode = progressMode.isEmpty() ? (ctx.stderrIsTerminal ? QStringLiteral("bar") : QStringLiteral("none")) : progressMode;
    const int rc = command->run(ctx);
    out.flush();
    err.flush();
    return rc;
}
