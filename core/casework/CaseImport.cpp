// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/CaseImport.h"

#include "findings/Finding.h"
#include "omega/OmegaAnalysis.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"
#include "verify/Verifier.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace seedscope::casedb {

namespace {

// Each stored finding keeps its translatable words beside its English ones ("texts",
// Finding::textsJson), so a report written from the case later shows them in the
// interface language. A finding whose stored object does not match (by code and
// offset) is left with its English only; readers that know no "texts" ignore it.
void storeFindingTexts(QJsonObject &payload, const Findings &findings)
{
    QJsonArray fs = payload.value(QStringLiteral("findings")).toArray();
    if (fs.size() != findings.size())
        return;
    for (qsizetype i = 0; i < fs.size(); ++i) {
        QJsonObject o = fs.at(i).toObject();
        const Finding &f = findings.at(i);
        const QJsonObject texts = f.textsJson();
        if (texts.isEmpty() || o.value(QStringLiteral("code")).toString() != f.code
            || o.value(QStringLiteral("explanation")).toString() != f.explanation)
            continue;
        o.insert(QStringLiteral("texts"), texts);
        fs.replace(i, o);
    }
    payload.insert(QStringLiteral("findings"), fs);
}

} // namespace

QString resultKindFor(const QString &evidenceKind)
{
    return evidenceKind == QLatin1String("omega") ? QStringLiteral("omega") : QStringLiteral("verify");
}

Result<QString> recordInputs(CaseFile &c, const ImportInputs &inputs, const QString &examiner)
{
    QJsonArray keys;
    for (const QString &k : inputs.keyFiles) {
        auto fp = fingerprintFile(k);
        if (!fp)
            return fp.error();
        keys.append(*fp);
        if (auto s = c.recordKey({*fp, QStringLiteral("storage-key"), QFileInfo(k).fileName(), {}}, examiner); !s)
            return s.error();
    }
    QString trustFp;
    if (!inputs.trustStore.isEmpty()) {
        auto fp = fingerprintFile(inputs.trustStore);
        if (!fp)
            return fp.error();
        trustFp = *fp;
        if (auto s = c.recordKey({trustFp, QStringLiteral("trust-store"), QFileInfo(inputs.trustStore).fileName(), {}}, examiner); !s)
            return s.error();
    }
    JsonWriteOptions compact;
    compact.indented = false;
    return QString::fromUtf8(
        writeJson(QJsonObject{{QStringLiteral("key_fingerprints"), keys}, {QStringLiteral("trust_store_fingerprint"), trustFp}}, compact));
}

Result<ImportOutcome> importEvidence(CaseFile &c, const QString &path, const ImportInputs &inputs, const QString &params,
                                     const QString &examiner)
{
    auto h = hashEvidence(path);
    if (!h)
        return h.error();
    auto rec = c.addEvidence(*h, examiner);
    if (!rec)
        return rec.error();
    ImportOutcome out;
    out.evidence = *rec;
    const QString kind = resultKindFor(h->kind);
    auto cached = c.cachedResult(h->sha256, CaseFile::toolVersion(), kind, params);
    if (!cached)
        return cached.error();
    if (cached->has_value()) {
        out.result = **cached;
        out.fromCache = true;
    } else {
        CachedResult &result = out.result;
        result.evidenceSha256 = h->sha256;
        result.toolVersion = CaseFile::toolVersion();
        result.kind = kind;
        result.params = params;
        if (kind == QLatin1String("verify")) {
            verify::VerifyOptions o;
            o.dumpPath = h->path;
            o.keyFiles = inputs.keyFiles;
            o.trustStorePath = inputs.trustStore;
            auto r = verify::verifyDump(o);
            if (!r)
                return r.error();
            if (toHex(r->evidence.sha256) != h->sha256)
                return makeError(ErrorCode::Io, QStringLiteral("%1 changed while it was being imported").arg(path));
            result.payload = r->toJson();
            storeFindingTexts(result.payload, r->findings);
            result.summary = result.payload.value(QStringLiteral("summary")).toObject();
        } else {
            omega::AnalysisOptions o;
            o.now = double(QDateTime::currentSecsSinceEpoch());
            auto r = omega::analyzeOmegaDirectory(h->path, o);
            if (!r)
                return r.error();
            result.payload = omega::reportToJson(*r);
            storeFindingTexts(result.payload, r->findings);
            result.summary = result.payload.value(QStringLiteral("summary")).toObject();
            result.summary.insert(QStringLiteral("exit_code"), exitCodeFor(r->findings));
        }
        if (auto s = c.storeResult(result, examiner, QString::fromLatin1(action::Verify)); !s)
            return s.error();
    }
    out.exitCode = out.result.summary.value(QStringLiteral("exit_code")).toInt();
    return out;
}

} // namespace seedscope::casedb
