// SPDX-License-Identifier: GPL-3.0-or-later
// seedscope: the workbench. Usage: seedscope [--screenshot PNG] [EVIDENCE...]

#include "shell/MainWindow.h"

#include "seedscope/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Seedscope"));
    QApplication::setOrganizationName(QStringLiteral("Seedscope"));
    QApplication::setApplicationVersion(QString::fromLatin1(seedscope::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Audit and forensics workbench for Seed device dumps and Ω checkpoint directories"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to PNG after opening the evidence, then quit."),
                                        QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("evidence"), QStringLiteral("Dump files or Ω directories to open."),
                                 QStringLiteral("[EVIDENCE...]"));
    parser.process(app);

    seedscope::ui::MainWindow window;
    int failures = 0;
    for (const QString &path : parser.positionalArguments())
        failures += window.openPath(path) ? 0 : 1;
    window.show();

    if (parser.isSet(screenshot)) {
        // Lets CI and the README's checks look at exactly what a user would see.
        const QString out = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, out, failures] {
            const bool saved = window.grab().save(out);
            QApplication::exit(saved && failures == 0 ? 0 : 1);
        });
    }
    return app.exec();
}
