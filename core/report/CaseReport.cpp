// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CaseReport.h"

#include "casedb/AnnotationJson.h"

#include "findings/Finding.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace seedscope::report {

namespace {

using casedb::Annotation;
using casedb::CaseFile;

int severityRank(const QJsonObject &f)
{
    const auto s = severityFromName(f.value(QStringLiteral("severity")).toString());
    return s ? int(*s) : -1;
}

int verdictRank(const QString &v)
{
    if (v == QLatin1String("tampering"))
        return 4;
    if (v == QLatin1String("corruption"))
        return 3;
    if (v == QLatin1String("unknown"))
        return 2;
    if (v == QLatin1String("torn_tail"))
        return 1;
    return 0;
}

// What an annotation is on, in words, so every format names it the same way.
QString subjectOf(const Annotation &a)
{
    if (a.target == QLatin1String("case"))
        return QStringLiteral("the case");
    if (a.target == QLatin1String("evidence"))
        return QStringLiteral("the evidence");
    if (a.target == QLatin1String("finding"))
        return QStringLiteral("finding %1%2").arg(a.targetRef, a.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.code));
    if (a.target == QLatin1String("omega-file"))
        return QStringLiteral("Omega file %1").arg(a.targetRef);
    if (a.target == QLatin1String("chart-point"))
        return QStringLiteral("chart point %1").arg(a.targetRef);
    QStringList where;
    if (a.seq)
        where << QStringLiteral("seq %1").arg(*a.seq);
    if (a.offset)
        where << QStringLiteral("offset 0x%1").arg(*a.offset, 0, 16);
    return QStringLiteral("entry %1").arg(where.join(QStringLiteral(", ")));
}

QJsonObject annotationJson(const Annotation &a, const QHash<QString, QString> &names)
{
    QJsonObject o = casedb::annotationJson(a);
    o.insert(QStringLiteral("subject"), subjectOf(a));
    o.insert(QStringLiteral("examiner"), a.examiner);
    o.insert(QStringLiteral("created_at"), a.createdAt);
    if (!a.evidenceSha256.isEmpty())
        o.insert(QStringLiteral("evidence"), names.value(a.evidenceSha256));
    return o;
}

// What the verifier proved and could not prove, from the cached result.
QJsonObject proofsOf(const QJsonObject &payload)
{
    QJsonObject sigCodes;
    for (const auto &v : payload.value(QStringLiteral("findings")).toArray()) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        if (code.startsWith(QLatin1String("SIG_")))
            sigCodes.insert(code, sigCodes.value(code).toInt() + 1);
    }
    QJsonObject p{{QStringLiteral("checked"), payload.value(QStringLiteral("checked"))},
                  {QStringLiteral("not_checked"), payload.value(QStringLiteral("not_checked"))},
                  {QStringLiteral("signature_findings"), sigCodes}};
    for (const char *key : {"counts", "recovery", "regions"})
        if (payload.contains(QLatin1String(key)))
            p.insert(QLatin1String(key), payload.value(QLatin1String(key)));
    if (payload.contains(QStringLiteral("summary"))) {
        const QJsonObject s = payload.value(QStringLiteral("summary")).toObject();
        if (s.contains(QStringLiteral("authentication")))
            p.insert(QStringLiteral("authentication"), s.value(QStringLiteral("authentication")));
    }
    return p;
}

// Series data for the report's charts; the writers draw them.
QJsonObject chartOf(const QString &kind, const QJsonObject &payload, const QJsonArray &findings)
{
    if (kind == QLatin1String("omega")) {
        QJsonArray points;
        for (const auto &v : payload.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = v.toObject();
            const QJsonValue t = f.value(QStringLiteral("timestamp"));
            const QJsonValue psi = f.value(QStringLiteral("coherence_score"));
            if (t.isDouble() && psi.isDouble())
                points.append(QJsonArray{t, psi});
        }
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("line")},
                           {QStringLiteral("title"), QStringLiteral("Coherence score per checkpoint")},
                           {QStringLiteral("x"), QStringLiteral("timestamp (unix s)")},
                           {QStringLiteral("y"), QStringLiteral("coherence score")},
                           {QStringLiteral("points"), points}};
    }
    int counts[4] = {0, 0, 0, 0};
    for (const auto &v : findings) {
        const int r = severityRank(v.toObject());
        if (r >= 0 && r < 4)
            ++counts[r];
    }
    QJsonArray bars;
    for (int s = 3; s >= 0; --s)
        bars.append(QJsonArray{QLatin1String(severityName(Severity(s))), counts[s]});
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("bars")},
                       {QStringLiteral("title"), QStringLiteral("Findings by severity")},
                       {QStringLiteral("bars"), bars}};
}

} // namespace

QJsonArray orderFindings(const QJsonArray &findings)
{
    QList<QJsonObject> list;
    bool anyCause = false;
    for (const auto &v : findings) {
        list.append(v.toObject());
        anyCause = anyCause || list.last().contains(QStringLiteral("cause"));
    }
    std::stable_sort(list.begin(), list.end(), [anyCause](const QJsonObject &a, const QJsonObject &b) {
        if (anyCause) {
            const bool ra = a.value(QStringLiteral("cause")).isNull();
            const bool rb = b.value(QStringLiteral("cause")).isNull();
            if (ra != rb)
                return ra;
        }
        const int sa = severityRank(a), sb = severityRank(b);
        if (sa != sb)
            return sa > sb;
        const qint64 oa = a.value(QStringLiteral("offset")).toInteger(-1), ob = b.value(QStringLiteral("offset")).toInteger(-1);
        if (oa != ob)
            return oa < ob;
        return a.value(QStringLiteral("code")).toString() < b.value(QStringLiteral("code")).toString();
    });
    QJsonArray out;
    for (const QJsonObject &o : list)
        out.append(o);
    return out;
}

QString overallVerdict(const QJsonArray &findings)
{
    int worstVerdict = 0, worstSeverity = -1;
    QString verdict;
    for (const auto &v : findings) {
        const QJsonObject f = v.toObject();
        const QString fv = f.value(QStringLiteral("verdict")).toString();
        if (verdictRank(fv) > worstVerdict) {
            worstVerdict = verdictRank(fv);
            verdict = fv;
        }
        worstSeverity = std::max(worstSeverity, severityRank(f));
    }
    if (worstVerdict > 0)
        return verdict;
    if (worstSeverity >= int(Severity::Error))
        return QStringLiteral("errors");
    if (worstSeverity == int(Severity::Warning))
        return QStringLiteral("warnings");
    return QStringLiteral("clean");
}

Result<QJsonObject> buildCaseReport(CaseFile &c)
{
    auto evidence = c.evidence();
    if (!evidence)
        return evidence.error();
    auto keys = c.keys();
    if (!keys)
        return keys.error();
    auto annotations = c.annotations();
    if (!annotations)
        return annotations.error();
    auto log = c.custodyLog();
    if (!log)
        return log.error();

    const casedb::CaseDetails &d = c.details();
    const QJsonObject caseObj{{QStringLiteral("title"), d.title},       {QStringLiteral("number"), d.number},
                              {QStringLiteral("agency"), d.agency},     {QStringLiteral("examiner"), d.examiner},
                              {QStringLiteral("created_at"), d.createdAt}, {QStringLiteral("schema_version"), d.schemaVersion},
                              {QStringLiteral("location"), c.backend().describe()}};

    QHash<QString, QString> names;
    QJsonArray manifest, results;
    const QList<casedb::EvidenceCheck> checks = c.checkEvidence(*evidence);
    for (const casedb::EvidenceCheck &chk : checks) {
        const casedb::EvidenceRecord &e = chk.evidence;
        names.insert(e.sha256, e.name);
        manifest.append(QJsonObject{{QStringLiteral("name"), e.name},
                                    {QStringLiteral("path"), e.path},
                                    {QStringLiteral("kind"), e.kind},
                                    {QStringLiteral("size"), jsonInt(e.size)},
                                    {QStringLiteral("sha256"), e.sha256},
                                    {QStringLiteral("added_at"), e.addedAt},
                                    {QStringLiteral("added_by"), e.examiner},
                                    {QStringLiteral("integrity"), chk.intact ? QStringLiteral("intact") : QStringLiteral("changed")},
                                    {QStringLiteral("integrity_problem"), chk.problem}});
        const QString kind = e.kind == QLatin1String("omega") ? QStringLiteral("omega") : QStringLiteral("verify");
        auto cached = c.cachedResult(e.sha256, CaseFile::toolVersion(), kind);
        if (!cached)
            return cached.error();
        QJsonObject r{{QStringLiteral("evidence"), e.name}, {QStringLiteral("evidence_sha256"), e.sha256}, {QStringLiteral("kind"), kind}};
        if (!cached->has_value()) {
            r.insert(QStringLiteral("verdict"), QStringLiteral("not verified"));
            r.insert(QStringLiteral("note"), QStringLiteral("no result of Seedscope %1 is stored for these exact bytes; run `case add` again")
                                                 .arg(CaseFile::toolVersion()));
            results.append(r);
            continue;
        }
        const casedb::CachedResult &cr = **cached;
        const QJsonArray findings = orderFindings(cr.payload.value(QStringLiteral("findings")).toArray());
        r.insert(QStringLiteral("verdict"), overallVerdict(findings));
        r.insert(QStringLiteral("exit_code"), cr.summary.value(QStringLiteral("exit_code")));
        r.insert(QStringLiteral("inputs"), QJsonDocument::fromJson(cr.params.toUtf8()).object());
        r.insert(QStringLiteral("tool_version"), cr.toolVersion);
        r.insert(QStringLiteral("computed_at"), cr.createdAt);
        r.insert(QStringLiteral("summary"), cr.summary);
        r.insert(QStringLiteral("findings"), findings);
        r.insert(QStringLiteral("proofs"), proofsOf(cr.payload));
        r.insert(QStringLiteral("chart"), chartOf(kind, cr.payload, findings));
        results.append(r);
    }

    QJsonArray keyList;
    for (const casedb::KeyRecord &k : *keys)
        keyList.append(QJsonObject{{QStringLiteral("kind"), k.kind},
                                   {QStringLiteral("fingerprint"), k.fingerprint},
                                   {QStringLiteral("label"), k.label},
                                   {QStringLiteral("first_used_at"), k.firstUsedAt}});

    QJsonArray bookmarks, notes, tags;
    for (const Annotation &a : *annotations) {
        const QJsonObject o = annotationJson(a, names);
        (a.kind == QLatin1String("bookmark") ? bookmarks : a.kind == QLatin1String("note") ? notes : tags).append(o);
    }

    // Export records are left out of the listing (not out of the chain check): listing
    // them would make each report differ from the one before it.
    QJsonArray records;
    for (const casedb::CustodyRecord &rec : *log) {
        if (rec.action == QLatin1String(casedb::action::Export))
            continue;
        records.append(QJsonObject{{QStringLiteral("seq"), jsonInt(rec.seq)},
                                   {QStringLiteral("utc"), rec.utc},
                                   {QStringLiteral("examiner"), rec.examiner},
                                   {QStringLiteral("tool_version"), rec.toolVersion},
                                   {QStringLiteral("action"), rec.action},
                                   {QStringLiteral("details"), QJsonDocument::fromJson(rec.details.toUtf8()).object()},
                                   {QStringLiteral("prev_hash"), rec.prevHash},
                                   {QStringLiteral("hash"), rec.hash}});
    }
    const auto brk = casedb::verifyChain(*log);
    QJsonObject custody{{QStringLiteral("chain_intact"), !brk.has_value()},
                        {QStringLiteral("records"), records},
                        {QStringLiteral("note"), QStringLiteral("report exports are recorded in the custody log and verified with it, but not "
                                                                "listed, so that reports of the same case are identical")}};
    if (brk)
        custody.insert(QStringLiteral("first_break"), QJsonObject{{QStringLiteral("seq"), jsonInt(brk->seq)},
                                                                  {QStringLiteral("reason"), brk->reason}});

    return QJsonObject{{QStringLiteral("format"), QStringLiteral("seedscope-case-report")},
                       {QStringLiteral("version"), kReportVersion},
                       {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Seedscope")},
                                                            {QStringLiteral("version"), CaseFile::toolVersion()}}},
                       {QStringLiteral("case"), caseObj},
                       {QStringLiteral("evidence"), manifest},
                       {QStringLiteral("methods"), QJsonObject{{QStringLiteral("keys"), keyList},
                                                               {QStringLiteral("hash"), QStringLiteral("SHA-256")},
                                                               {QStringLiteral("custody_chain"), QStringLiteral("seedscope-custody-v1")}}},
                       {QStringLiteral("results"), results},
                       {QStringLiteral("bookmarks"), bookmarks},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("tags"), tags},
                       {QStringLiteral("custody"), custody}};
}

QByteArray writeJson(const QJsonObject &report)
{
    // The JSON report is English only: the findings' stored templates stay out of it.
    QJsonObject out = report;
    QJsonArray results = out.value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonObject r = results.at(i).toObject();
        if (!r.contains(QStringLiteral("findings")))
            continue;
        QJsonArray fs = r.value(QStringLiteral("findings")).toArray();
        for (qsizetype k = 0; k < fs.size(); ++k) {
            QJsonObject f = fs.at(k).toObject();
            f.remove(QStringLiteral("texts"));
            fs.replace(k, f);
        }
        r.insert(QStringLiteral("findings"), fs);
        results.replace(i, r);
    }
    if (out.contains(QStringLiteral("results")))
        out.insert(QStringLiteral("results"), results);
    return seedscope::writeJson(out);
}

} // namespace seedscope::report
