// SPDX-License-Identifier: GPL-3.0-or-later
// reportToJson(): the `seedscope-cli omega --json` document (docs/findings/omega.md).
#include "omega/OmegaAnalysis.h"

#include "omega/OmegaCodes.h"
#include "omega/PythonJson.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QJsonArray>

#include <cmath>

namespace seedscope::omega {
namespace {

// JSON has no NaN or infinities: non-finite numbers are spelled as Python writes them.
QJsonValue num(double v)
{
    if (std::isfinite(v))
        return v;
    return QString::fromLatin1(pythonFloatRepr(v));
}

QJsonValue scalar(const ScalarField &s)
{
    if (!s.present)
        return QJsonValue();
    if (s.isNumber)
        return num(s.value);
    return s.text; // a wrong type, as written
}

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QString status(const CheckpointFile &f)
{
    if (f.encrypted && !f.decrypted)
        return f.readable ? QStringLiteral("encrypted") : QStringLiteral("encrypted_unread");
    if (!f.regularFile || !f.readable)
        return QStringLiteral("unreadable");
    if (f.parseError == JsonError::Truncated)
        return QStringLiteral("truncated");
    if (!f.parsed())
        return QStringLiteral("malformed");
    return f.valid ? QStringLiteral("valid") : QStringLiteral("invalid");
}

QJsonArray names(const QStringList &l) { return QJsonArray::fromStringList(l); }

} // namespace

QJsonObject reportToJson(const OmegaReport &r)
{
    QJsonArray files;
    for (const CheckpointFile &f : r.files) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), f.name);
        o.insert(QStringLiteral("status"), status(f));
        o.insert(QStringLiteral("size"), jsonExact(f.size));
        o.insert(QStringLiteral("sha256"), f.sha256.isEmpty() ? QJsonValue() : QJsonValue(toHex(f.sha256)));
        o.insert(QStringLiteral("name_seconds"), f.nameSeconds ? QJsonValue(jsonExact(*f.nameSeconds)) : QJsonValue());
        o.insert(QStringLiteral("timestamp"), scalar(f.timestamp));
        o.insert(QStringLiteral("coherence_score"), scalar(f.coherence));
        o.insert(QStringLiteral("modulator"), scalar(f.modulator));
        o.insert(QStringLiteral("network_id"), f.networkIdIsString ? QJsonValue(f.networkId) : QJsonValue());
        o.insert(QStringLiteral("vector_length"), f.vectorsNumeric ? QJsonValue(jsonExact(f.omegaVector.size())) : QJsonValue());
        o.insert(QStringLiteral("encrypted"), f.encrypted);
        o.insert(QStringLiteral("errors"), f.errorFindings);
        o.insert(QStringLiteral("warnings"), f.warningFindings);
        files.append(o);
    }
    QJsonObject loader;
    loader.insert(QStringLiteral("picks"), orNull(r.loader.picked));
    loader.insert(QStringLiteral("returns"), r.loader.returnsCheckpoint ? QStringLiteral("checkpoint")
                                             : r.loader.unknown          ? QStringLiteral("unknown")
                                                                         : QStringLiteral("nothing"));
    loader.insert(QStringLiteral("returned_timestamp"), r.loader.returnedTimestamp ? num(*r.loader.returnedTimestamp) : QJsonValue());
    loader.insert(QStringLiteral("result_valid"), r.loader.resultValid);
    loader.insert(QStringLiteral("reason"), orNull(r.loader.reason));

    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(f.toJson());

    int valid = 0;
    int parsed = 0;
    for (const CheckpointFile &f : r.files) {
        valid += f.valid ? 1 : 0;
        parsed += f.parsed() ? 1 : 0;
    }
    QStringList outOfRange = r.namesWith(code::PsiOutOfRange);
    for (const QString &n : r.namesWith(code::ModulatorNotPositive) + r.namesWith(code::ModulatorUnstable))
        if (!outOfRange.contains(n))
            outOfRange.append(n);

    QJsonObject summary;
    summary.insert(QStringLiteral("files_on_disk"), r.filesOnDisk);
    summary.insert(QStringLiteral("parsed"), parsed);
    summary.insert(QStringLiteral("valid"), valid);
    summary.insert(QStringLiteral("truncated"), names(r.namesWith(code::TruncatedJson)));
    summary.insert(QStringLiteral("malformed"), names(r.namesWith(code::MalformedJson)));
    summary.insert(QStringLiteral("non_finite"), names(r.namesWith(code::NonFinite)));
    summary.insert(QStringLiteral("out_of_range"), names(outOfRange));
    summary.insert(QStringLiteral("original_loader"), loader);
    summary.insert(QStringLiteral("numerically_latest"), orNull(r.numericallyLatest));
    summary.insert(QStringLiteral("newest_by_content"), orNull(r.newestByContent));
    summary.insert(QStringLiteral("newest_valid"), orNull(r.newestValid));
    summary.insert(QStringLiteral("retention"), QJsonObject{{QStringLiteral("guide_limit"), kGuideRetention},
                                                            {QStringLiteral("on_disk"), r.filesOnDisk}});
    summary.insert(QStringLiteral("continuity"), QJsonObject{{QStringLiteral("limit"), r.series.limit},
                                                             {QStringLiteral("pairs"), int(r.series.violation.size())},
                                                             {QStringLiteral("violations"), r.series.violationCount()}});
    summary.insert(QStringLiteral("authentication"), QLatin1StringView(authStateName(r.auth)));
    summary.insert(QStringLiteral("signer_key_id"), orNull(r.signerKeyId));
    summary.insert(QStringLiteral("worst_severity"), QLatin1StringView(severityName(worstSeverity(r.findings))));
    summary.insert(QStringLiteral("exit_code"), exitCodeFor(r.findings));

    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QStringLiteral("seedscope-omega-report"));
    doc.insert(QStringLiteral("version"), 1);
    doc.insert(QStringLiteral("folder"), r.displayName);
    doc.insert(QStringLiteral("examined_at"), r.now);
    doc.insert(QStringLiteral("summary"), summary);
    doc.insert(QStringLiteral("files"), files);
    doc.insert(QStringLiteral("findings"), findings);
    return doc;
}

} // namespace seedscope::omega
