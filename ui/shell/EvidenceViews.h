// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decides what an opened path is and builds the view for it. Each evidence kind adds its
// view here, so MainWindow never learns about kinds.

#include "shell/EvidenceListModel.h"

#include <QString>

class QWidget;

namespace seedscope::ui {

struct OpenedEvidence {
    EvidenceRow row;
    QWidget *view = nullptr; // owned by the caller once returned
    QString error;           // non-empty when the path could not be opened
};

OpenedEvidence openEvidence(const QString &path);

} // namespace seedscope::ui
