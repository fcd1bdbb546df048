// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/KeyDialog.h"

#include "evidence/EvidenceFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace seedscope::ui {
namespace {
enum Kind { None, PerDump, File };

QString fingerprint(const QString &path)
{
    auto h = sha256OfFile(path);
    return h ? QString::fromLatin1(h->toHex().left(16)) : QObject::tr("unreadable");
}
} // namespace

KeyDialog::KeyDialog(const QString &dir, const FoundKeys &found, QWidget *parent) : QDialog(parent), m_dir(dir)
{
    setObjectName(QStringLiteral("keyDialog"));
    setWindowTitle(tr("Keys and trust store"));
    auto *intro = new QLabel(tr("<p>The evidence in <b>%1</b> may need its storage keys (to decrypt the journal and "
                                "checkpoints) and the network's trust store (to tell certified keys from unknown ones).</p>"
                                "<p>These files were found beside it. Only their paths are remembered, for this session; "
                                "Seedscope never stores key bytes. A key that does not fit is reported as a problem with "
                                "the inputs, never as tampering.</p>")
                                 .arg(QDir::toNativeSeparators(dir).toHtmlEscaped()));
    intro->setWordWrap(true);
    m_keys = new QComboBox;
    m_keys->setObjectName(QStringLiteral("keyCombo"));
    if (!found.keyFiles.isEmpty())
        m_keys->addItem(tr("The key named like each dump (<dump>.key), %n found here", nullptr, int(found.keyFiles.size())), QVariantList{PerDump, dir});
    for (const QString &k : found.keyFiles)
        m_keys->addItem(tr("%1 (SHA-256 %2…)").arg(QFileInfo(k).fileName(), fingerprint(k)), QVariantList{File, k});
    m_keys->addItem(tr("No storage key"), QVariantList{None, QString()});
    m_trust = new QComboBox;
    m_trust->setObjectName(QStringLiteral("trustCombo"));
    for (const QString &t : found.trustStores)
        m_trust->addItem(tr("%1 (SHA-256 %2…)").arg(QFileInfo(t).fileName(), fingerprint(t)), t);
    m_trust->addItem(tr("No trust store"), QString());

    auto *browseKey = new QPushButton(tr("Other key file…"));
    auto *browseTrust = new QPushButton(tr("Other trust store…"));
    connect(browseKey, &QPushButton::clicked, this, &KeyDialog::browseKey);
    connect(browseTrust, &QPushButton::clicked, this, &KeyDialog::browseTrust);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keys, 1);
    keyRow->addWidget(browseKey);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust, 1);
    trustRow->addWidget(browseTrust);
    auto *form = new QFormLayout;
    form->addRow(tr("Storage key:"), keyRow);
    form->addRow(tr("Trust store:"), trustRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Verify with these"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(buttons);
    resize(640, sizeHint().height());
}

void KeyDialog::browseKey()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Storage key file"), m_dir, tr("Key files (*.key);;All files (*)"));
    if (f.isEmpty())
        return;
    m_keys->insertItem(0, tr("%1 (SHA-256 %2…)").arg(QFileInfo(f).fileName(), fingerprint(f)), QVariantList{File, f});
    m_keys->setCurrentIndex(0);
}

void KeyDialog::browseTrust()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Trust store"), m_dir, tr("Trust stores (*.json);;All files (*)"));
    if (f.isEmpty())
        return;
    m_trust->insertItem(0, tr("%1 (SHA-256 %2…)").arg(QFileInfo(f).fileName(), fingerprint(f)), f);
    m_trust->setCurrentIndex(0);
}

KeyChoice KeyDialog::choice() const
{
    KeyChoice c;
    c.decided = true;
    const QVariantList k = m_keys->currentData().toList();
    if (k.size() == 2) {
        if (k[0].toInt() == PerDump)
            c.keysDir = k[1].toString();
        else if (k[0].toInt() == File)
            c.keyFiles = {k[1].toString()};
    }
    c.trustStorePath = m_trust->currentData().toString();
    return c;
}

} // namespace seedscope::ui
