// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a path into evidence views: an Ω checkpoint folder, device dumps (a file, or a
// folder holding *.seeddump files directly or in its devices/ child), or a refusal with
// a reason. It asks once per folder and session which keys and trust store to use.

#include "keys/KeyChoice.h"
#include "shell/EvidenceListModel.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace seedscope::ui {

class DumpTab;

class EvidenceOpener : public QObject {
    Q_OBJECT
public:
    explicit EvidenceOpener(QWidget *dialogParent);

    // When false, the keys found beside the evidence are used without asking (scripted
    // runs, screenshots, tests).
    void setAskForKeys(bool ask) { m_ask = ask; }
    bool asksForKeys() const { return m_ask; }
    void setKeyChoice(const QString &dir, const KeyChoice &c) { m_choices.insert(dir, c); }
    void forgetKeyChoices() { m_choices.clear(); }
    const QHash<QString, KeyChoice> &keyChoices() const { return m_choices; }

    // Returns false (and emits refused) when the path is not evidence at all. Dumps
    // are verified in their tabs; a dump that turns out not to be one is refused later.
    bool open(const QString &path);

    // The identity a path is known by, to focus an already open tab.
    static QString keyFor(const QString &path);

Q_SIGNALS:
    void viewReady(QWidget *view, const QString &key, const QString &title, const QString &toolTip);
    void evidenceListed(const seedscope::ui::EvidenceRow &row, const QString &verdict);
    void refused(const QString &path, const QString &reason);
    void attentionNeeded(QWidget *view); // a dump just verified as tampered

private:
    void openDumps(const QString &dir, const QStringList &dumps);
    void startAll(const QString &dir, const QStringList &dumps, const KeyChoice &c);
    void startDump(const QString &path, const KeyChoice &c);

    QWidget *m_parent;
    bool m_ask = true;
    QHash<QString, KeyChoice> m_choices; // folder -> answer
    QHash<QString, QStringList> m_waiting; // folder -> dumps waiting for the key dialog
};

} // namespace seedscope::ui
