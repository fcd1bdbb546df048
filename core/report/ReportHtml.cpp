// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportHtml.h"

#include "report/HtmlEscape.h"
#include "report/SvgChart.h"
#include "findings/Finding.h"
#include "util/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace seedscope::report {

namespace {

const char *kCss = R"(body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;margin:2em;color:#111}
h1{font-size:18pt;border-bottom:2px solid #333}h2{font-size:14pt;margin-top:1.6em;border-bottom:1px solid #999}
h3{font-size:12pt}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top;font-size:9pt}
th{background:#eee}.mono{font-family:"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
.v-tampering,.v-corruption,.v-errors,.bad{color:#fff;background:#b2182b;padding:1px 6px}
.v-unknown,.v-warnings,.v-torn_tail{background:#fddbc7;padding:1px 6px}.v-clean,.ok{background:#d1e5f0;padding:1px 6px}
.meta td:first-child{width:12em;font-weight:bold}.code{white-space:nowrap}.small{font-size:9pt;color:#444}
@page{size:A4;margin:12mm}@media print{body{margin:0;font-size:10pt}th,td{font-size:7.5pt;padding:2px 3px}}
)";

QString e(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isArray() || v.isObject())
        return htmlEscape(QString::fromUtf8(seedscope::writeJson(v, JsonWriteOptions{false, {}})));
    return htmlEscape(v.toString());
}

// A list as "a, b, c" and an object as one "key: value" per line, so the proofs read
// as sentences; deeper structure stays compact JSON.
QString readable(const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QStringLiteral("none");
        QStringList parts;
        for (const auto &x : a)
            parts << ((x.isArray() || x.isObject()) ? e(x) : e(x).replace(QLatin1Char('_'), QLatin1Char(' ')));
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            return QStringLiteral("none");
        QStringList lines;
        for (auto it = o.begin(); it != o.end(); ++it)
            lines << htmlEscape(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')) + QStringLiteral(": ")
                         + ((it.value().isArray() || it.value().isObject()) ? QStringLiteral("<span class=\"mono\">%1</span>").arg(e(it.value()))
                                                                            : e(it.value()));
        return lines.join(QStringLiteral("<br>"));
    }
    return e(v);
}

QString offsetText(const QJsonValue &v)
{
    if (!v.isDouble() || v.toInteger(-1) < 0)
        return QStringLiteral("-");
    return QStringLiteral("0x%1").arg(v.toInteger(), 0, 16);
}

// widthPercent, when given, sizes the columns (one per header): without it Qt's rich-text
// layout, which prints the PDF, splits wide tables evenly and breaks finding codes
// mid-word. Browsers honour the same attribute.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &monoColumns = {},
              const QList<int> &widthPercent = {})
{
    QString s = QStringLiteral("<table><tr>");
    for (int i = 0; i < headers.size(); ++i)
        s += (i < widthPercent.size() ? QStringLiteral("<th width=\"%1%\">").arg(widthPercent[i]) : QStringLiteral("<th>"))
            + htmlEscape(headers[i]) + QStringLiteral("</th>");
    s += QStringLiteral("</tr>\n");
    for (const QStringList &r : rows) {
        s += QStringLiteral("<tr>");
        for (int i = 0; i < r.size(); ++i)
            s += (monoColumns.contains(i) ? QStringLiteral("<td class=\"mono\">") : QStringLiteral("<td>")) + r[i] + QStringLiteral("</td>");
        s += QStringLiteral("</tr>\n");
    }
    return s + QStringLiteral("</table>\n");
}

QString get(const QJsonObject &o, const char *key) { return e(o.value(QLatin1String(key))); }

// The report's own labels in the interface language (context "Report"); English where no
// catalogue is installed (the CLI), byte for byte.
QString L(const char *english) { return QCoreApplication::translate("Report", english); }

// A finding's word in the interface language: the case file keeps each finding's
// templates ("texts", see storeFindingTexts) beside its English words, and a template is
// used only where its English rendering is the stored English (Finding::restoreTexts).
// Without a translator installed this is the English word, byte for byte.
QString word(const QJsonObject &f, const std::optional<Finding> &finding, FindingField field, const char *key)
{
    if (!finding || f.value(QLatin1String(key)).isNull() || f.value(QLatin1String(key)).isUndefined())
        return get(f, key);
    return htmlEscape(finding->translated(field));
}

} // namespace

QByteArray writeHtml(const QJsonObject &report, const QString &generatedAtUtc, const ChartSource &chartSource)
{
    int chartIndex = 0;
    const QJsonObject c = report.value(QStringLiteral("case")).toObject();
    const QJsonObject tool = report.value(QStringLiteral("tool")).toObject();
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
                               "<title>Case report: %1</title><style>%2</style></head><body>\n")
                    .arg(get(c, "title"), QString::fromLatin1(kCss));
    h += QStringLiteral("<h1>%1</h1>\n").arg(htmlEscape(L(QT_TRANSLATE_NOOP("Report", "Case report: %1"))).replace(QStringLiteral("%1"), get(c, "title")));
    h += table({L(QT_TRANSLATE_NOOP("Report", "Field")), L(QT_TRANSLATE_NOOP("Report", "Value"))},
               {{L(QT_TRANSLATE_NOOP("Report", "Case number")), get(c, "number")},
                {L(QT_TRANSLATE_NOOP("Report", "Agency")), get(c, "agency")},
                {L(QT_TRANSLATE_NOOP("Report", "Examiner")), get(c, "examiner")},
                {L(QT_TRANSLATE_NOOP("Report", "Case opened (UTC)")), get(c, "created_at")},
                {L(QT_TRANSLATE_NOOP("Report", "Tool")), get(tool, "name") + QLatin1Char(' ') + get(tool, "version")},
                {L(QT_TRANSLATE_NOOP("Report", "Report generated (UTC)")), htmlEscape(generatedAtUtc)}})
             .replace(QStringLiteral("<table>"), QStringLiteral("<table class=\"meta\">"));

    h += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(L(QT_TRANSLATE_NOOP("Report", "Evidence manifest"))));
    QList<QStringList> rows;
    for (const auto &v : report.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject ev = v.toObject();
        const bool intact = ev.value(QStringLiteral("integrity")).toString() == QLatin1String("intact");
        rows.append({get(ev, "name"), get(ev, "kind"), get(ev, "size"), get(ev, "sha256"), get(ev, "added_at"), get(ev, "added_by"),
                     (intact ? QStringLiteral("<span class=\"ok\">intact</span>")
                             : QStringLiteral("<span class=\"bad\">CHANGED</span> ") + get(ev, "integrity_problem"))});
    }
    h += table({L(QT_TRANSLATE_NOOP("Report", "Name")), L(QT_TRANSLATE_NOOP("Report", "Kind")), L(QT_TRANSLATE_NOOP("Report", "Bytes")), L(QT_TRANSLATE_NOOP("Report", "SHA-256 at import")),
                L(QT_TRANSLATE_NOOP("Report", "Imported (UTC)")), L(QT_TRANSLATE_NOOP("Report", "By")), L(QT_TRANSLATE_NOOP("Report", "Re-hashed now"))},
               rows, {3});

    h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
             .arg(htmlEscape(L(QT_TRANSLATE_NOOP("Report", "Methods and parameters"))),
                  htmlEscape(L(QT_TRANSLATE_NOOP("Report", "Hash: SHA-256. Custody chain: seedscope-custody-v1. Keys and trust stores are identified by the SHA-256 of their file; their contents are never stored."))));
    rows.clear();
    for (const auto &v : report.value(QStringLiteral("methods")).toObject().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        rows.append({get(k, "kind"), get(k, "label"), get(k, "fingerprint"), get(k, "first_used_at")});
    }
    h += table({L(QT_TRANSLATE_NOOP("Report", "Kind")), L(QT_TRANSLATE_NOOP("Report", "File")), L(QT_TRANSLATE_NOOP("Report", "Fingerprint (SHA-256)")), L(QT_TRANSLATE_NOOP("Report", "First used (UTC)"))}, rows,
               {2});

    h += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(L(QT_TRANSLATE_NOOP("Report", "Results"))));
    for (const auto &v : report.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString verdict = r.value(QStringLiteral("verdict")).toString();
        h += QStringLiteral("<h3>%1</h3>\n<p>Verdict: <span class=\"v-%2\">%3</span>").arg(get(r, "evidence"),
                                                                                          htmlEscape(verdict).replace(QLatin1Char(' '), QLatin1Char('_')),
                                                                                          htmlEscape(verdict));
        if (r.contains(QStringLiteral("exit_code")))
            h += QStringLiteral(" &middot; exit code %1 &middot; computed by Seedscope %2 at %3").arg(get(r, "exit_code"), get(r, "tool_version"),
                                                                                                     get(r, "computed_at"));
        if (r.contains(QStringLiteral("note")))
            h += QStringLiteral("<br>") + get(r, "note");
        h += QStringLiteral("</p>\n");
        if (r.contains(QStringLiteral("inputs")))
            h += QStringLiteral("<p class=\"small\">Inputs: <span class=\"mono\">%1</span></p>\n").arg(get(r, "inputs"));
        if (r.contains(QStringLiteral("chart"))) {
            const QJsonObject chart = r.value(QStringLiteral("chart")).toObject();
            const QString src = chartSource ? chartSource(chart, chartIndex++)
                                            : QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(chartSvg(chart).toBase64());
            h += QStringLiteral("<p><img alt=\"chart\" src=\"%1\"></p>\n").arg(htmlEscape(src));
        }
        const QJsonObject proofs = r.value(QStringLiteral("proofs")).toObject();
        if (!proofs.isEmpty()) {
            QList<QStringList> prow;
            for (auto it = proofs.begin(); it != proofs.end(); ++it)
                prow.append({htmlEscape(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')), readable(it.value())});
            h += QStringLiteral("<p><b>%1</b></p>\n").arg(htmlEscape(L(QT_TRANSLATE_NOOP("Report", "What was checked and proven")))) + table({L(QT_TRANSLATE_NOOP("Report", "Item")), L(QT_TRANSLATE_NOOP("Report", "Value"))}, prow);
        }
        rows.clear();
        for (const auto &fv : r.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = fv.toObject();
            std::optional<Finding> finding;
            if (f.value(QStringLiteral("texts")).isObject()) {
                finding = Finding::fromJson(f);
                if (finding)
                    finding->restoreTexts(f.value(QStringLiteral("texts")).toObject());
            }
            // The id is what notes and bookmarks on a finding refer to; a consequence
            // names the root cause it follows from.
            QString id = get(f, "id");
            if (f.value(QStringLiteral("cause")).isString())
                id += QStringLiteral("<br><span class=\"small\">from %1</span>").arg(get(f, "cause"));
            rows.append({id, QStringLiteral("<span class=\"code\">%1</span>").arg(get(f, "code")), get(f, "severity"), get(f, "verdict"),
                         offsetText(f.value(QStringLiteral("offset"))), word(f, finding, FindingField::Location, "location"),
                         word(f, finding, FindingField::Expected, "expected"), word(f, finding, FindingField::Found, "found"),
                         word(f, finding, FindingField::Explanation, "explanation")});
        }
        if (!rows.isEmpty())
            h += table({L(QT_TRANSLATE_NOOP("Report", "ID")), L(QT_TRANSLATE_NOOP("Report", "Code")), L(QT_TRANSLATE_NOOP("Report", "Severity")), L(QT_TRANSLATE_NOOP("Report", "Verdict")), L(QT_TRANSLATE_NOOP("Report", "Offset")),
                        L(QT_TRANSLATE_NOOP("Report", "Where")), L(QT_TRANSLATE_NOOP("Report", "Expected")), L(QT_TRANSLATE_NOOP("Report", "Found")), L(QT_TRANSLATE_NOOP("Report", "Explanation"))},
                       rows, {4, 6, 7}, {4, 21, 6, 7, 6, 11, 13, 13, 19});
    }

    // Bookmarks, notes and tags: what each is on, then its own words.
    const std::pair<const char *, const char *> sections[] = {{"bookmarks", QT_TRANSLATE_NOOP("Report", "Bookmarks")},
                                                              {"notes", QT_TRANSLATE_NOOP("Report", "Notes")},
                                                              {"tags", QT_TRANSLATE_NOOP("Report", "Tags")}};
    for (const auto &[key, title] : sections) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(L(title)));
        rows.clear();
        for (const auto &v : report.value(QLatin1String(key)).toArray()) {
            const QJsonObject n = v.toObject();
            rows.append({get(n, "evidence"), get(n, "subject"), get(n, "label"), get(n, "text"), get(n, "examiner"), get(n, "created_at")});
        }
        h += table({L(QT_TRANSLATE_NOOP("Report", "Evidence")), L(QT_TRANSLATE_NOOP("Report", "On")), qstrcmp(key, "tags") == 0 ? L(QT_TRANSLATE_NOOP("Report", "Tag")) : L(QT_TRANSLATE_NOOP("Report", "Label")),
                    L(QT_TRANSLATE_NOOP("Report", "Note")), L(QT_TRANSLATE_NOOP("Report", "Examiner")), L(QT_TRANSLATE_NOOP("Report", "When (UTC)"))},
                   rows);
    }

    const QJsonObject custody = report.value(QStringLiteral("custody")).toObject();
    h += QStringLiteral("<h2>%1</h2>\n<p>%2 %3</p>\n")
             .arg(htmlEscape(L(QT_TRANSLATE_NOOP("Report", "Chain of custody"))), htmlEscape(L(QT_TRANSLATE_NOOP("Report", "Hash chain:"))),
                  custody.value(QStringLiteral("chain_intact")).toBool()
                      ? QStringLiteral("<span class=\"ok\">intact</span>")
                      : QStringLiteral("<span class=\"bad\">BROKEN</span> at record %1: %2")
                            .arg(e(custody.value(QStringLiteral("first_break")).toObject().value(QStringLiteral("seq"))),
                                 e(custody.value(QStringLiteral("first_break")).toObject().value(QStringLiteral("reason")))));
    rows.clear();
    for (const auto &v : custody.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        rows.append({get(r, "seq"), get(r, "utc"), get(r, "examiner"), get(r, "action"), get(r, "details"), get(r, "hash")});
    }
    h += table({QStringLiteral("#"), L(QT_TRANSLATE_NOOP("Report", "UTC")), L(QT_TRANSLATE_NOOP("Report", "Examiner")), L(QT_TRANSLATE_NOOP("Report", "Action")), L(QT_TRANSLATE_NOOP("Report", "Details")),
                L(QT_TRANSLATE_NOOP("Report", "Record hash"))},
               rows, {4, 5});
    h += QStringLiteral("<p class=\"small\">%1</p>\n</body></html>\n").arg(get(custody, "note"));
    return h.toUtf8();
}

} // namespace seedscope::report
