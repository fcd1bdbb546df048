// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportHtml.h"

#include "report/HtmlEscape.h"
#include "report/SvgChart.h"
#include "util/JsonWriter.h"

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
.meta td:first-child{width:12em;font-weight:bold}.small{font-size:9pt;color:#444}
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

QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &monoColumns = {})
{
    QString s = QStringLiteral("<table><tr>");
    for (const QString &h : headers)
        s += QStringLiteral("<th>") + htmlEscape(h) + QStringLiteral("</th>");
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
    h += QStringLiteral("<h1>Case report: %1</h1>\n").arg(get(c, "title"));
    h += table({QStringLiteral("Field"), QStringLiteral("Value")},
               {{QStringLiteral("Case number"), get(c, "number")},
                {QStringLiteral("Agency"), get(c, "agency")},
                {QStringLiteral("Examiner"), get(c, "examiner")},
                {QStringLiteral("Case opened (UTC)"), get(c, "created_at")},
                {QStringLiteral("Tool"), get(tool, "name") + QLatin1Char(' ') + get(tool, "version")},
                {QStringLiteral("Report generated (UTC)"), htmlEscape(generatedAtUtc)}})
             .replace(QStringLiteral("<table>"), QStringLiteral("<table class=\"meta\">"));

    h += QStringLiteral("<h2>Evidence manifest</h2>\n");
    QList<QStringList> rows;
    for (const auto &v : report.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject ev = v.toObject();
        const bool intact = ev.value(QStringLiteral("integrity")).toString() == QLatin1String("intact");
        rows.append({get(ev, "name"), get(ev, "kind"), get(ev, "size"), get(ev, "sha256"), get(ev, "added_at"), get(ev, "added_by"),
                     (intact ? QStringLiteral("<span class=\"ok\">intact</span>")
                             : QStringLiteral("<span class=\"bad\">CHANGED</span> ") + get(ev, "integrity_problem"))});
    }
    h += table({QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Bytes"), QStringLiteral("SHA-256 at import"),
                QStringLiteral("Imported (UTC)"), QStringLiteral("By"), QStringLiteral("Re-hashed now")},
               rows, {3});

    h += QStringLiteral("<h2>Methods and parameters</h2>\n<p>Hash: SHA-256. Custody chain: seedscope-custody-v1. "
                        "Keys and trust stores are identified by the SHA-256 of their file; their contents are never stored.</p>\n");
    rows.clear();
    for (const auto &v : report.value(QStringLiteral("methods")).toObject().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        rows.append({get(k, "kind"), get(k, "label"), get(k, "fingerprint"), get(k, "first_used_at")});
    }
    h += table({QStringLiteral("Kind"), QStringLiteral("File"), QStringLiteral("Fingerprint (SHA-256)"), QStringLiteral("First used (UTC)")}, rows,
               {2});

    h += QStringLiteral("<h2>Results</h2>\n");
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
            h += QStringLiteral("<p><b>What was checked and proven</b></p>\n") + table({QStringLiteral("Item"), QStringLiteral("Value")}, prow);
        }
        rows.clear();
        for (const auto &fv : r.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = fv.toObject();
            // The id is what notes and bookmarks on a finding refer to; a consequence
            // names the root cause it follows from.
            QString id = get(f, "id");
            if (f.value(QStringLiteral("cause")).isString())
                id += QStringLiteral("<br><span class=\"small\">from %1</span>").arg(get(f, "cause"));
            rows.append({id, get(f, "code"), get(f, "severity"), get(f, "verdict"),
                         offsetText(f.value(QStringLiteral("offset"))), get(f, "location"), get(f, "expected"), get(f, "found"),
                         get(f, "explanation")});
        }
        if (!rows.isEmpty())
            h += table({QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Severity"), QStringLiteral("Verdict"), QStringLiteral("Offset"),
                        QStringLiteral("Where"), QStringLiteral("Expected"), QStringLiteral("Found"), QStringLiteral("Explanation")},
                       rows, {4, 6, 7});
    }

    // Bookmarks, notes and tags: what each is on, then its own words.
    const std::pair<const char *, const char *> sections[] = {{"bookmarks", "Bookmarks"}, {"notes", "Notes"}, {"tags", "Tags"}};
    for (const auto &[key, title] : sections) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(QLatin1String(title));
        rows.clear();
        for (const auto &v : report.value(QLatin1String(key)).toArray()) {
            const QJsonObject n = v.toObject();
            rows.append({get(n, "evidence"), get(n, "subject"), get(n, "label"), get(n, "text"), get(n, "examiner"), get(n, "created_at")});
        }
        h += table({QStringLiteral("Evidence"), QStringLiteral("On"), qstrcmp(key, "tags") == 0 ? QStringLiteral("Tag") : QStringLiteral("Label"),
                    QStringLiteral("Note"), QStringLiteral("Examiner"), QStringLiteral("When (UTC)")},
                   rows);
    }

    const QJsonObject custody = report.value(QStringLiteral("custody")).toObject();
    h += QStringLiteral("<h2>Chain of custody</h2>\n<p>Hash chain: %1</p>\n")
             .arg(custody.value(QStringLiteral("chain_intact")).toBool()
                      ? QStringLiteral("<span class=\"ok\">intact</span>")
                      : QStringLiteral("<span class=\"bad\">BROKEN</span> at record %1: %2")
                            .arg(e(custody.value(QStringLiteral("first_break")).toObject().value(QStringLiteral("seq"))),
                                 e(custody.value(QStringLiteral("first_break")).toObject().value(QStringLiteral("reason")))));
    rows.clear();
    for (const auto &v : custody.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        rows.append({get(r, "seq"), get(r, "utc"), get(r, "examiner"), get(r, "action"), get(r, "details"), get(r, "hash")});
    }
    h += table({QStringLiteral("#"), QStringLiteral("UTC"), QStringLiteral("Examiner"), QStringLiteral("Action"), QStringLiteral("Details"),
                QStringLiteral("Record hash")},
               rows, {4, 5});
    h += QStringLiteral("<p class=\"small\">%1</p>\n</body></html>\n").arg(get(custody, "note"));
    return h.toUtf8();
}

} // namespace seedscope::report
