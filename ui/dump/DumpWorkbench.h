// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workbench for one verified dump: verdict banner and journal table in the middle,
// docks for the evidence structure, findings, entry inspector (fields + hex) and state.
// It is a QMainWindow inside the tab so each evidence keeps its own dock layout.

#include "dump/DumpInputs.h"
#include "findings/Finding.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLineEdit;
class QComboBox;
class QCheckBox;
class QLabel;
class QTableView;
class QTimer;

namespace seedscope::ui {

class EntryInspector;
class EvidenceTree;
class FindingsPanel;
class JournalFilter;
class LedgerChart;
class JournalModel;
class StateInspector;
class VerdictBanner;

class DumpWorkbench : public QMainWindow {
    Q_OBJECT
public:
    DumpWorkbench(SessionPtr session, DumpInputs inputs, QList<session::StructureNode> structure = {}, QWidget *parent = nullptr);

    const session::EvidenceSession &session() const { return *m_session; }
    SessionPtr sessionPtr() const { return m_session; }
    const DumpInputs &inputs() const { return m_inputs; }
    VerdictBanner *banner() const { return m_banner; }
    QTableView *journalView() const { return m_journalView; }
    JournalModel *journalModel() const { return m_journal; }
    JournalFilter *journalFilter() const { return m_filter; }
    FindingsPanel *findings() const { return m_findings; }
    EntryInspector *inspector() const { return m_inspector; }
    StateInspector *state() const { return m_state; }
    EvidenceTree *tree() const { return m_tree; }
    LedgerChart *trustChart() const { return m_trustChart; }
    LedgerChart *poolChart() const { return m_poolChart; }

    // Journal record (storage order) shown now, -1 when none.
    int currentItem() const;
    void selectItem(int item);
    // Moves the selection one visible row (time travel: step back / forward).
    void step(int delta);
    // Jumps to what a finding names: its entry and bytes, else its bytes alone.
    void jumpToFinding(const Finding &f);

protected:
    void showEvent(QShowEvent *e) override;

private:
    QWidget *buildCentre();
    void addDocks();
    void applyFilter();
    void clearFilters();
    void onFiltered(int shown, int total);

    SessionPtr m_session;
    DumpInputs m_inputs;
    int m_pendingSelect = -1; // a record to select once the running filter pass lands
    VerdictBanner *m_banner = nullptr;
    JournalModel *m_journal = nullptr;
    JournalFilter *m_filter = nullptr;
    QTableView *m_journalView = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_order = nullptr;
    QLineEdit *m_lamportMin = nullptr;
    QLineEdit *m_lamportMax = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_filterDelay = nullptr;
    QCheckBox *m_withFindings = nullptr;
    FindingsPanel *m_findings = nullptr;
    EntryInspector *m_inspector = nullptr;
    StateInspector *m_state = nullptr;
    EvidenceTree *m_tree = nullptr;
    LedgerChart *m_trustChart = nullptr;
    LedgerChart *m_poolChart = nullptr;
    std::function<void()> m_initialSizes;
};

} // namespace seedscope::ui
