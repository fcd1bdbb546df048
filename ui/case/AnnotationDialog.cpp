// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/AnnotationDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace seedscope::ui {

AnnotationDialog::AnnotationDialog(const QString &kind, const QString &subject, QWidget *parent) : QDialog(parent)
{
    const bool note = kind == QLatin1String("note"), tag = kind == QLatin1String("tag");
    setWindowTitle(note ? tr("Note") : tag ? tr("Tag") : tr("Bookmark"));
    auto *form = new QFormLayout(this);
    auto *on = new QLabel(subject, this);
    on->setTextFormat(Qt::PlainText);
    form->addRow(tr("On:"), on);
    if (!note) {
        m_label = new QLineEdit(this);
        form->addRow(tag ? tr("&Tag:") : tr("&Label:"), m_label);
    }
    if (!tag) {
        m_text = new QPlainTextEdit(this);
        form->addRow(note ? tr("&Note:") : tr("N&ote (optional):"), m_text);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons, note, tag] {
        const bool ok = note ? !m_text->toPlainText().trimmed().isEmpty() : tag ? !m_label->text().trimmed().isEmpty() : true;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    if (m_label)
        connect(m_label, &QLineEdit::textChanged, this, update);
    if (m_text)
        connect(m_text, &QPlainTextEdit::textChanged, this, update);
    update();
}

QString AnnotationDialog::label() const { return m_label ? m_label->text().trimmed() : QString(); }

QString AnnotationDialog::text() const { return m_text ? m_text->toPlainText().trimmed() : QString(); }

} // namespace seedscope::ui
