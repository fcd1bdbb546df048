// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings list with a severity floor and a search box. Root causes sort first,
// grouped by code. Selecting a finding announces it so the workbench can jump to the
// entry, bytes, slot or file it names.

#include "findings/Finding.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace seedscope::ui {

class FindingsModel;
class FindingsFilter;

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    void setFindings(const Findings &findings);

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *severityFilter() const { return m_severity; }
    QLineEdit *search() const { return m_search; }
    // Selects the n-th visible row (sorted and filtered) and announces it.
    void selectRow(int visibleRow);
    // Modest, so a dock holding it leaves the journal room on first layout.
    QSize sizeHint() const override { return {800, 170}; }

Q_SIGNALS:
    void findingSelected(const seedscope::Finding &finding);

private:
    FindingsModel *m_model = nullptr;
    FindingsFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace seedscope::ui
