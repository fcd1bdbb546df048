// SPDX-License-Identifier: GPL-3.0-or-later
// seedscope: the workbench. Usage: seedscope [--screenshot PNG] [EVIDENCE...]

#include "dump/DumpTab.h"
#include "shell/EvidenceOpener.h"
#include "shell/Language.h"
#include "shell/LanguageSwitcher.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"

#include "seedscope/version.h"
#include "util/AllocatorPolicy.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QTimer>

namespace {
bool stillVerifying(const QWidget &w)
{
    for (const auto *t : w.findChildren<seedscope::ui::DumpTab *>())
        if (t->state() == seedscope::ui::DumpTab::State::Loading)
            return true;
    return false;
}

// macOS hands a double-clicked .seeddump / .seedcase to the running app as a FileOpen
// event rather than on the command line.
class FileOpenFilter : public QObject {
public:
    explicit FileOpenFilter(seedscope::ui::LanguageSwitcher *shell) : QObject(shell), m_shell(shell) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            m_shell->window()->openPath(static_cast<QFileOpenEvent *>(event)->file());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    seedscope::ui::LanguageSwitcher *m_shell;
};
} // namespace

int main(int argc, char **argv)
{
    seedscope::returnLargeBlocksToTheSystem(); // before anything is allocated
    seedscope::shareMallocArenas();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Seedscope"));
    QApplication::setOrganizationName(QStringLiteral("Seedscope"));
    QApplication::setApplicationVersion(QString::fromLatin1(seedscope::kVersion));
    seedscope::ui::installLanguage(seedscope::ui::resolveLanguage(seedscope::ui::savedLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Audit and forensics workbench for Seed device dumps and Ω checkpoint directories"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the window to PNG once the evidence is verified, then quit."),
                                        QStringLiteral("png"));
    const QCommandLineOption useFoundKeys(QStringLiteral("use-found-keys"),
                                          QCoreApplication::translate("main", "Use the key files and trust store found beside the evidence without asking."));
    parser.addOption(screenshot);
    parser.addOption(useFoundKeys);
    parser.addPositionalArgument(QStringLiteral("evidence"),
                                 QCoreApplication::translate("main", "Dump files, folders of dumps or Ω directories to open."),
                                 QStringLiteral("[EVIDENCE...]"));
    parser.process(app);

    if (seedscope::ui::savedThemeIsDark())
        seedscope::ui::applyTheme(true);
    seedscope::ui::LanguageSwitcher shell;
    app.installEventFilter(new FileOpenFilter(&shell));
    seedscope::ui::MainWindow &window = *shell.window(); // rebuilt only on a language change
    window.opener()->setAskForKeys(!parser.isSet(useFoundKeys) && !parser.isSet(screenshot));
    int failures = 0;
    for (const QString &path : parser.positionalArguments())
        failures += window.openPath(path) ? 0 : 1;
    window.show();

    if (parser.isSet(screenshot)) {
        // Lets CI and the README's checks look at exactly what a user would see, once
        // every dump has finished verifying (at most a minute).
        const QString out = parser.value(screenshot);
        auto *poll = new QTimer(&window);
        int ticks = 0;
        QObject::connect(poll, &QTimer::timeout, &window, [&window, &parser, poll, out, failures, ticks]() mutable {
            if (stillVerifying(window) && ++ticks < 600)
                return;
            poll->stop();
            const bool saved = window.grab().save(out);
            // Evidence named on the command line must be open in a tab, not just accepted
            // and refused a moment later.
            const bool opened = parser.positionalArguments().isEmpty() || window.tabs()->count() > 0;
            QApplication::exit(saved && opened && failures == 0 ? 0 : 1);
        });
        poll->start(100);
    }
    return app.exec();
}
