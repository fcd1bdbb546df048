// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case dock: which case is open, its evidence with the stored verdict and a fresh
// integrity check, and the custody log with the chain's status. It only shows what the
// controller holds.

#include <QDockWidget>

class QLabel;
class QTableWidget;

namespace seedscope::ui {

class CaseController;

class CaseDock : public QDockWidget {
    Q_OBJECT
public:
    CaseDock(CaseController *controller, QWidget *parent = nullptr);

    QLabel *header() const { return m_header; }
    QLabel *chainStatus() const { return m_chain; }
    QTableWidget *evidenceTable() const { return m_evidence; }
    QTableWidget *custodyTable() const { return m_log; }

private:
    void reload();

    CaseController *m_controller;
    QLabel *m_header = nullptr;
    QLabel *m_chain = nullptr;
    QTableWidget *m_evidence = nullptr;
    QTableWidget *m_log = nullptr;
};

} // namespace seedscope::ui
