// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window only arranges docks and tabs and routes "open" requests. Features live
// in their own views, models and controllers, so this class stays thin.

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>


class QStackedWidget;
class QTabWidget;
class QTableView;

namespace seedscope::ui {

class EvidenceListModel;
class EvidenceOpener;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a dump file, a folder of dumps or an Ω directory read-only. Evidence already
    // open is focused instead. Returns false and explains in a dialog when the path is
    // not evidence; a file that only turns out not to be a dump once read is refused
    // the same way a moment later.
    bool openPath(const QString &path);
    EvidenceOpener *opener() const { return m_opener; }
    QTabWidget *tabs() const { return m_tabs; }
    QMessageBox *lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void createActions();
    void openFileDialog();
    void openFolderDialog();
    void addView(QWidget *view, const QString &key, const QString &title, const QString &toolTip);
    void closeTab(int index);
    void showError(const QString &path, const QString &reason);
    void showAbout();
    void showShortcuts();
    void updateStack();

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    EvidenceListModel *m_evidence = nullptr;
    QTableView *m_evidenceView = nullptr;
    EvidenceOpener *m_opener = nullptr;
    QPointer<QMessageBox> m_lastError; // the latest refusal, while it is shown
};

} // namespace seedscope::ui
