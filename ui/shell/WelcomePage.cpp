// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/WelcomePage.h"

#include "shell/RecentFiles.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace seedscope::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("<h2>Seedscope</h2>"));
    auto *text = new QLabel(tr("Open a Seed device dump (<tt>.seeddump</tt>), a folder of dumps, or an Ω checkpoint "
                               "directory. Evidence is opened read-only and hashed before anything else happens; "
                               "you can also drop files on this window."));
    text->setWordWrap(true);
    auto *openFile = new QPushButton(tr("Open device dump…"));
    auto *openFolder = new QPushButton(tr("Open a folder (Ω checkpoints or dumps)…"));
    auto *openSample = new QPushButton(tr("Open the bundled sample (a mesh with a tampered and a power-cut device)"));
    openSample->setObjectName(QStringLiteral("openSample"));
    openSample->setEnabled(!bundledSamplePath().isEmpty());
    connect(openFile, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(openSample, &QPushButton::clicked, this, [this] { Q_EMIT openPathRequested(bundledSamplePath()); });
    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("recentList"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *it) { Q_EMIT openPathRequested(it->text()); });

    auto *box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(text);
    box->addSpacing(12);
    box->addWidget(openFile);
    box->addWidget(openFolder);
    box->addWidget(openSample);
    box->addSpacing(12);
    box->addWidget(new QLabel(tr("<b>Recent evidence</b> (double-click or Enter to open)")));
    box->addWidget(m_recent, 1);
    auto *column = new QWidget;
    column->setLayout(box);
    column->setMaximumWidth(760);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(column, 2);
    outer->addStretch();
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    m_recent->addItems(RecentFiles::list());
    if (m_recent->count() == 0)
        m_recent->addItem(tr("(nothing opened yet)"));
}

} // namespace seedscope::ui
