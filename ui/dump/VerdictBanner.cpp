// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/VerdictBanner.h"

#include "findings/FindingsModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace seedscope::ui {

OverallVerdict overallVerdict(const verify::VerifyReport &report, bool keyDecryptsNothing)
{
    const bool keyMismatch = std::any_of(report.findings.begin(), report.findings.end(),
                                         [](const Finding &f) { return f.code == QLatin1String("KEY_MISMATCH"); });
    if (keyDecryptsNothing || keyMismatch)
        return OverallVerdict::KeyMismatch;
    bool damaged = false, unknown = false;
    for (const Finding &f : report.findings) {
        if (f.verdict == Verdict::Tampering)
            return OverallVerdict::Tampered;
        damaged |= f.verdict == Verdict::TornTail || f.verdict == Verdict::Corruption;
        unknown |= f.verdict == Verdict::Unknown || (f.verdict == Verdict::None && f.severity >= Severity::Error);
    }
    if (damaged)
        return OverallVerdict::Damaged;
    if (unknown || !report.readable)
        return OverallVerdict::Unknown;
    return OverallVerdict::Clean;
}

QString overallVerdictWord(OverallVerdict v)
{
    switch (v) {
    case OverallVerdict::Clean: return QObject::tr("CLEAN");
    case OverallVerdict::Damaged: return QObject::tr("DAMAGED");
    case OverallVerdict::Tampered: return QObject::tr("TAMPERED");
    case OverallVerdict::Unknown: return QObject::tr("NEEDS REVIEW");
    case OverallVerdict::KeyMismatch: return QObject::tr("KEY DOES NOT FIT");
    }
    return {};
}

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel;
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("verdictText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        const int i = link.mid(6).toInt(); // "cause:N"
        if (i >= 0 && i < m_rootCauses.size())
            Q_EMIT rootCauseActivated(m_rootCauses[i]);
    });
    auto *box = new QHBoxLayout(this);
    box->addWidget(m_icon, 0, Qt::AlignTop);
    box->addWidget(m_text, 1);
}

QString VerdictBanner::text() const { return m_text->text(); }

void VerdictBanner::setReport(const verify::VerifyReport &report, bool keyDecryptsNothing,
                              const std::function<QString(const Finding &)> &describe)
{
    m_verdict = overallVerdict(report, keyDecryptsNothing);
    Findings sorted = report.findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Finding &a, const Finding &b) { return FindingsModel::rank(a) < FindingsModel::rank(b); });
    // One line per distinct code: three lines naming three different problems say more
    // than three copies of one.
    m_rootCauses.clear();
    QSet<QString> codes;
    for (const Finding &f : sorted) {
        if (m_rootCauses.size() == 3 || FindingsModel::rank(f) > FindingsModel::rank(sorted.first()))
            break;
        if (!codes.contains(f.code)) {
            codes.insert(f.code);
            m_rootCauses.append(f);
        }
    }

    QColor bg;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString lead;
    switch (m_verdict) {
    case OverallVerdict::Clean:
        bg = QColor(40, 150, 70);
        icon = QStyle::SP_DialogApplyButton;
        lead = tr("no damage and no sign of tampering was found.");
        m_rootCauses.clear();
        break;
    case OverallVerdict::Damaged:
        bg = QColor(210, 140, 0);
        icon = QStyle::SP_MessageBoxWarning;
        lead = tr("the media is damaged (a torn write or corruption), which does not by itself point to tampering.");
        break;
    case OverallVerdict::Tampered:
        bg = QColor(190, 30, 30);
        icon = QStyle::SP_MessageBoxCritical;
        lead = tr("the device's records were changed in a way media damage cannot explain.");
        break;
    case OverallVerdict::Unknown:
        bg = QColor(110, 110, 120);
        icon = QStyle::SP_MessageBoxQuestion;
        lead = tr("problems were found that need an examiner's judgement.");
        break;
    case OverallVerdict::KeyMismatch:
        bg = QColor(60, 90, 160);
        icon = QStyle::SP_MessageBoxQuestion;
        lead = tr("the storage key given does not decrypt this dump. That is a problem with the examiner's inputs, "
                  "not a finding about the device: close the tab, use File > Ask for keys again, and open the dump again. "
                  "What needs the key was not checked.");
        m_rootCauses.clear();
        break;
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, bg);
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    m_text->setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));

    QString html = QStringLiteral("<b>%1</b> — %2: %3").arg(overallVerdictWord(m_verdict), report.evidence.name.toHtmlEscaped(), lead.toHtmlEscaped());
    for (int i = 0; i < m_rootCauses.size(); ++i) {
        const Finding &f = m_rootCauses[i];
        const QString what = describe ? describe(f) : QString();
        html += QStringLiteral("<br>• <a style='color:white' href='cause:%1'>%2</a>%3 %4%5")
                    .arg(i)
                    .arg(f.code.toHtmlEscaped())
                    .arg(f.offset >= 0 ? tr(" at 0x%1").arg(f.offset, 0, 16) : QString())
                    .arg(f.translated(FindingField::Explanation).toHtmlEscaped())
                    .arg(what.isEmpty() ? QString() : QStringLiteral(" <b>%1</b>").arg(what.toHtmlEscaped()));
    }
    int critical = 0;
    for (const Finding &f : report.findings)
        critical += f.severity == Severity::Critical ? 1 : 0;
    if (!report.findings.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(tr("%n finding(s) in all, %1 critical.", nullptr, int(report.findings.size())).arg(critical));
    if (!report.notChecked.isEmpty()) {
        // "<check>: <why>", the why in the interface language where the report carries its template.
        QStringList notChecked = report.notChecked;
        if (report.notCheckedWhy.size() == size_t(notChecked.size()))
            for (qsizetype i = 0; i < notChecked.size(); ++i)
                notChecked[i] = notChecked[i].section(QStringLiteral(": "), 0, 0) + QStringLiteral(": ") + report.notCheckedWhy[size_t(i)].translated();
        html += QStringLiteral("<br><small>%1 %2</small>").arg(tr("Not checked:"), notChecked.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    m_text->setText(html);
}

} // namespace seedscope::ui
