// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks which storage keys and trust store to verify a folder's dumps with, offering the
// files found beside the evidence with their SHA-256 fingerprints. The answer is kept
// for the session as paths only.

#include "keys/KeyChoice.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace seedscope::ui {

class KeyDialog : public QDialog {
    Q_OBJECT
public:
    KeyDialog(const QString &dir, const FoundKeys &found, QWidget *parent = nullptr);
    KeyChoice choice() const;

    QComboBox *keyCombo() const { return m_keys; }
    QComboBox *trustCombo() const { return m_trust; }

private:
    void browseTrust();
    void browseKey();

    QString m_dir;
    QComboBox *m_keys = nullptr;
    QComboBox *m_trust = nullptr;
};

} // namespace seedscope::ui
