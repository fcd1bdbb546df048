// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace seedscope::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("<h2>Seedscope</h2>"));
    auto *text = new QLabel(tr("Open a Seed device dump (<tt>.seeddump</tt>) or an Ω checkpoint directory. "
                               "Evidence is opened read-only and hashed before anything else happens."));
    text->setWordWrap(true);
    auto *openFile = new QPushButton(tr("Open device dump…"));
    auto *openFolder = new QPushButton(tr("Open Ω checkpoint directory…"));
    connect(openFile, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);

    auto *box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(text);
    box->addSpacing(12);
    box->addWidget(openFile);
    box->addWidget(openFolder);
    box->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addLayout(box, 2);
    outer->addStretch();
}

} // namespace seedscope::ui
