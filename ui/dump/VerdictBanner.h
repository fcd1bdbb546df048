// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One line per evidence item that a non-programmer reads first: clean, damaged (torn
// tail, corruption), tampered or unknown, with the root causes in words. Colour, icon
// and a leading word all carry the verdict, so it never rests on colour alone.

#include "verify/VerifyReport.h"

#include <QFrame>

#include <functional>

class QLabel;

namespace seedscope::ui {

// KeyMismatch: the storage key given decrypts nothing; an input problem, never a verdict.
enum class OverallVerdict { Clean, Damaged, Tampered, Unknown, KeyMismatch };

// Reads the verdicts core already put on the findings; decides nothing new.
OverallVerdict overallVerdict(const verify::VerifyReport &report, bool keyDecryptsNothing = false);
QString overallVerdictWord(OverallVerdict v);

class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget *parent = nullptr);
    // `describe`, when given, adds what a root cause's record holds (its entry in words),
    // so the banner says what was changed, not only that something was.
    void setReport(const verify::VerifyReport &report, bool keyDecryptsNothing = false,
                   const std::function<QString(const Finding &)> &describe = {});
    const Findings &rootCauses() const { return m_rootCauses; }

    OverallVerdict verdict() const { return m_verdict; }
    QString text() const;

Q_SIGNALS:
    void rootCauseActivated(const seedscope::Finding &finding);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    OverallVerdict m_verdict = OverallVerdict::Unknown;
    Findings m_rootCauses;
};

} // namespace seedscope::ui
