// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One journal entry: its decoded fields, its record's raw bytes in the hex view at their
// real offsets, the signature, chain and trust status core reported, the state changes
// it caused and the earlier entries its balances rest on (provenance). Selecting a field
// highlights its bytes; activating a provenance line asks to select that entry.
// Everything shown comes from core's EvidenceSession: decode(i) with byte spans per
// field, outcome(), provenance() and the findings.

#include "dump/DumpInputs.h"

#include <QWidget>

#include <memory>

class QTreeWidget;
class QTreeWidgetItem;

namespace seedscope::ui {

class HexView;

class EntryInspector : public QWidget {
    Q_OBJECT
public:
    explicit EntryInspector(QWidget *parent = nullptr);
    void setSession(SessionPtr session);
    // Shows journal item `item` (storage order); -1 clears. Highlights the whole record,
    // or [offset, offset+length) when a finding names a narrower range.
    void showItem(int item, qint64 offset = -1, qint64 length = 0);
    // Shows raw bytes without an entry (slots, superblocks, markers, damaged ranges).
    void showBytes(const QString &title, qint64 offset, qint64 length);

    QTreeWidget *fields() const { return m_fields; }
    HexView *hex() const { return m_hex; }
    int currentItem() const { return m_item; }
    QSize sizeHint() const override { return {540, 440}; }

Q_SIGNALS:
    void entryRequested(int item);

private:
    QTreeWidgetItem *addField(QTreeWidgetItem *parent, const QString &name, const QString &value, qint64 offset = -1,
                              qint64 length = 0);

    // Loads the evidence bytes around [offset, offset+length) into the hex view. The view
    // shows a window of the evidence (read through the session), not the whole file, so a
    // multi-gigabyte dump is never copied.
    void showWindow(qint64 offset, qint64 length);

    SessionPtr m_session;
    QByteArray m_window;
    qint64 m_windowBase = -1;
    QTreeWidget *m_fields = nullptr;
    HexView *m_hex = nullptr;
    int m_item = -1;
};

} // namespace seedscope::ui
