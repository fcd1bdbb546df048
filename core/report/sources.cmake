# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    CaseReport.h CaseReport.cpp
    HtmlEscape.h HtmlEscape.cpp
    ReportCsv.h ReportCsv.cpp
    ReportHtml.h ReportHtml.cpp
    SvgChart.h SvgChart.cpp
    ReportFormats.h ReportFormats.cpp)
