// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Case actions in the main window: File > New case…, Open case…, Add open evidence to
// case, Bookmark / Note / Tag on the selection (the selected finding, else the selected
// journal entry, of the current dump tab), Export report… (HTML, PDF, JSON, CSV), and the
// case dock. The main window only creates it; everything else is wired here.

#include "casedb/CaseTypes.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>

class QMainWindow;
class QMenu;
class QTabWidget;

namespace seedscope::ui {

class CaseController;
class CaseDock;

class CaseUi : public QObject {
    Q_OBJECT
public:
    // `tabs` holds the evidence views (DumpTab pages carry their inputs; every page its
    // path in the "evidenceKey" property).
    CaseUi(QMainWindow *window, QTabWidget *tabs);

    CaseController *controller() const { return m_controller; }
    CaseDock *dock() const { return m_dock; }

    // What an annotation of the selection is on. Auto: the selected finding when the
    // findings list has the focus or no journal entry is selected, else the entry
    // (selecting a finding also selects its entry, so focus decides).
    enum class Pick { Auto, Entry, Finding };

    // The dialog-free halves of the menu actions (tests and scripted runs call these).
    Status addOpenEvidence();
    // kind: "bookmark", "note" or "tag" (label = tag name); on the selection.
    Result<qint64> annotateSelection(const QString &kind, const QString &label, const QString &text, Pick pick = Pick::Auto);
    // What annotateSelection would be on, in words; an error when nothing fits.
    Result<QString> selectionSubject(Pick pick = Pick::Auto);

private:
    void install(QMenu *file);
    void newCase();
    void openCase();
    void annotateWithDialog(const QString &kind);
    void exportReport();
    void report(const Status &s, const QString &done);
    // The annotation target of the current tab's selection, without kind/label/text.
    Result<casedb::Annotation> selectionTarget(Pick pick);
    Result<QString> shaOf(const QString &path);

    QMainWindow *m_window;
    QTabWidget *m_tabs;
    CaseController *m_controller;
    CaseDock *m_dock;
    QHash<QString, QString> m_shaByPath; // evidence path -> SHA-256, hashed once
};

} // namespace seedscope::ui
