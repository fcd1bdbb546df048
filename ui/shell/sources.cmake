set(SOURCES MainWindow.h MainWindow.cpp EvidenceListModel.h EvidenceListModel.cpp WelcomePage.h WelcomePage.cpp EvidenceViews.h EvidenceViews.cpp)
