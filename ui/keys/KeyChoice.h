// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which key files and trust store the examiner chose for the evidence in one folder.
// Only paths are kept (for this session); key bytes are never stored by the GUI.

#include <QString>
#include <QStringList>

namespace seedscope::ui {

struct KeyChoice {
    QString keysDir;        // "<dump name>.key" is looked up here
    QStringList keyFiles;   // explicit key files (tried in order)
    QString trustStorePath; // empty: none
    bool decided = false;   // the examiner answered (even "none")
};

// The key files (*.key) and trust stores (trust*.json, *trust*.json) lying beside the
// evidence in `dir`: what the simulator and the field kit write next to a dump.
struct FoundKeys {
    QStringList keyFiles;
    QStringList trustStores;
    bool empty() const { return keyFiles.isEmpty() && trustStores.isEmpty(); }
};
FoundKeys findKeysBeside(const QString &dir);

// The default offer: a key per dump from `dir` when any *.key is there, and the only
// (or first) trust store found.
KeyChoice defaultChoice(const QString &dir, const FoundKeys &found);

} // namespace seedscope::ui
