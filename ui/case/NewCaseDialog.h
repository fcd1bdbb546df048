// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks for a new case's details: examiner and title (required), number and agency.

#include "casedb/CaseTypes.h"

#include <QDialog>

class QLineEdit;

namespace seedscope::ui {

class NewCaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewCaseDialog(QWidget *parent = nullptr);
    casedb::CaseDetails details() const;

private:
    QLineEdit *m_examiner, *m_title, *m_number, *m_agency;
};

} // namespace seedscope::ui
