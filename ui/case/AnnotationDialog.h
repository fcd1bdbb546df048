// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks for a bookmark (label, optional note), a note (text) or a tag (name) on the
// target it names ("entry seq 154", "finding F3 (SIG_INVALID)").

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace seedscope::ui {

class AnnotationDialog : public QDialog {
    Q_OBJECT
public:
    AnnotationDialog(const QString &kind, const QString &subject, QWidget *parent = nullptr);
    QString label() const;
    QString text() const;

private:
    QLineEdit *m_label = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace seedscope::ui
