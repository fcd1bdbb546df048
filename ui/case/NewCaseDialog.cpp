// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/NewCaseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace seedscope::ui {

NewCaseDialog::NewCaseDialog(QWidget *parent)
    : QDialog(parent), m_examiner(new QLineEdit(this)), m_title(new QLineEdit(this)), m_number(new QLineEdit(this)),
      m_agency(new QLineEdit(this))
{
    setWindowTitle(tr("New case"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Examiner:"), m_examiner);
    form->addRow(tr("Case &title:"), m_title);
    form->addRow(tr("Case &number:"), m_number);
    form->addRow(tr("&Agency:"), m_agency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Examiner and title are what the custody log and every report lead with.
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_examiner->text().trimmed().isEmpty() && !m_title->text().trimmed().isEmpty());
    };
    connect(m_examiner, &QLineEdit::textChanged, this, update);
    connect(m_title, &QLineEdit::textChanged, this, update);
    update();
}

casedb::CaseDetails NewCaseDialog::details() const
{
    casedb::CaseDetails d;
    d.examiner = m_examiner->text().trimmed();
    d.title = m_title->text().trimmed();
    d.number = m_number->text().trimmed();
    d.agency = m_agency->text().trimmed();
    return d;
}

} // namespace seedscope::ui
