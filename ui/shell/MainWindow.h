// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window only arranges docks and tabs and routes "open" requests. Features live
// in their own views, models and controllers (style.md: thin main windows).

#include <QMainWindow>

class QStackedWidget;
class QTabWidget;
class QTableView;

namespace seedscope::ui {

class EvidenceListModel;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a dump file or an Omega directory read-only. Returns false and shows the
    // reason in the status bar when it cannot.
    bool openPath(const QString &path);

private:
    void createActions();
    void openFileDialog();
    void openFolderDialog();
    void showAbout();

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    EvidenceListModel *m_evidence = nullptr;
    QTableView *m_evidenceView = nullptr;
};

} // namespace seedscope::ui
