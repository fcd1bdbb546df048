set(SOURCES MainWindow.h MainWindow.cpp EvidenceListModel.h EvidenceListModel.cpp WelcomePage.h WelcomePage.cpp EvidenceViews.h EvidenceViews.cpp
    EvidenceOpener.h EvidenceOpener.cpp RecentFiles.h RecentFiles.cpp ShortcutsDialog.h ShortcutsDialog.cpp Theme.h Theme.cpp
    CoreTerms.h CoreTerms.cpp Language.h Language.cpp LanguageMenu.h LanguageMenu.cpp LanguageSwitcher.h LanguageSwitcher.cpp)
