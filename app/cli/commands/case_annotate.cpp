// SPDX-License-Identifier: GPL-3.0-or-later
// `case note|bookmark|tag`: annotations on the case, a piece of evidence, a journal
// entry, a finding, an Omega file or a chart point. One target per command:
//   (none)                          the case (notes and tags only)
//   --evidence E                    the evidence as a whole
//   --evidence E --seq N|--offset O a journal entry
//   [--evidence E] --finding ID     a finding of E's stored result ("F3"); its code and
//                                   offset are copied into the annotation
//   [--evidence E] --omega-file F   a file of an Omega folder
//   [--evidence E] --chart S:X      a chart point: series S at x value X
// --evidence may be left out when the case holds exactly one piece of evidence that fits.
// Every annotation is one custody record (action = the kind). docs/case-file.md.
#include "CaseOpen.h"

#include "casedb/AnnotationJson.h"
#include "casedb/CaseFile.h"
#include "findings/Finding.h"
#include "util/JsonWriter.h"

#include <QJsonArray>

namespace seedscope::cli {
namespace {

const char *const kTargetOptions[] = {"finding", "omega-file", "chart"};

// The evidence an annotation is on: --evidence, else the only item of a fitting kind.
Result<casedb::EvidenceRecord> evidenceFor(casedb::CaseFile &c, const QCommandLineParser &p, const QString &onlyKind)
{
    auto items = c.evidence();
    if (!items)
        return items.error();
    if (p.isSet(QStringLiteral("evidence"))) {
        auto sha = resolveEvidence(c, p.value(QStringLiteral("evidence")));
        if (!sha)
            return sha.error();
        for (const casedb::EvidenceRecord &e : *items)
            if (e.sha256 == *sha) {
                if (!onlyKind.isEmpty() && e.kind != onlyKind)
                    return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not an Omega folder").arg(e.name));
                return e;
            }
    }
    QList<casedb::EvidenceRecord> fit;
    for (const casedb::EvidenceRecord &e : *items)
        if (onlyKind.isEmpty() || e.kind == onlyKind)
            fit << e;
    if (fit.size() == 1)
        return fit.constFirst();
    return makeError(ErrorCode::InvalidArgument, fit.isEmpty() ? QStringLiteral("the case holds no evidence this can be on")
                                                               : QStringLiteral("the case holds %1 pieces of evidence: name one with --evidence")
                                                                     .arg(fit.size()));
}

// The finding with this id in the evidence's stored result for this tool version.
Result<QJsonObject> storedFinding(casedb::CaseFile &c, const casedb::EvidenceRecord &e, const QString &id)
{
    const QString kind = e.kind == QLatin1String("omega") ? QStringLiteral("omega") : QStringLiteral("verify");
    auto cached = c.cachedResult(e.sha256, casedb::CaseFile::toolVersion(), kind);
    if (!cached)
        return cached.error();
    if (!cached->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 has no stored result of this Seedscope version; run `case add` first").arg(e.name));
    for (const auto &v : (**cached).payload.value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return makeError(ErrorCode::NotFound, QStringLiteral("no finding %1 in the stored result of %2").arg(id, e.name));
}

// Fills the annotation's target from the options; an error value names what is wrong.
Status fillTarget(casedb::CaseFile &c, const QCommandLineParser &p, casedb::Annotation &a)
{
    int targets = p.isSet(QStringLiteral("seq")) || p.isSet(QStringLiteral("offset")) ? 1 : 0;
    for (const char *opt : kTargetOptions)
        targets += p.isSet(QLatin1String(opt)) ? 1 : 0;
    if (targets > 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("give one target: --seq/--offset, --finding, --omega-file or --chart"));
    if (targets == 0) {
        if (!p.isSet(QStringLiteral("evidence"))) {
            a.target = QStringLiteral("case");
            return {};
        }
        auto e = evidenceFor(c, p, {});
        if (!e)
            return e.error();
        a.target = QStringLiteral("evidence");
        a.evidenceSha256 = e->sha256;
        return {};
    }
    if (p.isSet(QStringLiteral("seq")) || p.isSet(QStringLiteral("offset"))) {
        if (!p.isSet(QStringLiteral("evidence")))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("an entry needs --evidence"));
        for (const char *opt : {"seq", "offset"}) {
            if (!p.isSet(QLatin1String(opt)))
                continue;
            bool ok = false;
            const qint64 v = p.value(QLatin1String(opt)).toLongLong(&ok);
            if (!ok || v < 0)
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("--%1 needs a non-negative integer").arg(QLatin1String(opt)));
            (qstrcmp(opt, "seq") == 0 ? a.seq : a.offset) = v;
        }
        auto e = evidenceFor(c, p, {});
        if (!e)
            return e.error();
        a.target = QStringLiteral("entry");
        a.evidenceSha256 = e->sha256;
        return {};
    }
    const bool omegaFile = p.isSet(QStringLiteral("omega-file"));
    auto e = evidenceFor(c, p, omegaFile ? QStringLiteral("omega") : QString());
    if (!e)
        return e.error();
    a.evidenceSha256 = e->sha256;
    if (p.isSet(QStringLiteral("finding"))) {
        a.target = QStringLiteral("finding");
        a.targetRef = p.value(QStringLiteral("finding"));
        auto f = storedFinding(c, *e, a.targetRef);
        if (!f)
            return f.error();
        a.code = f->value(QStringLiteral("code")).toString();
        if (f->value(QStringLiteral("offset")).isDouble())
            a.offset = f->value(QStringLiteral("offset")).toInteger();
        return {};
    }
    if (omegaFile) {
        a.target = QStringLiteral("omega-file");
        a.targetRef = p.value(QStringLiteral("omega-file"));
        return a.targetRef.isEmpty() ? Status(makeError(ErrorCode::InvalidArgument, QStringLiteral("--omega-file needs a file name"))) : Status();
    }
    a.target = QStringLiteral("chart-point");
    a.targetRef = p.value(QStringLiteral("chart"));
    const qsizetype colon = a.targetRef.lastIndexOf(QLatin1Char(':'));
    bool numeric = false;
    if (colon > 0)
        a.targetRef.mid(colon + 1).toDouble(&numeric);
    if (!numeric)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--chart is SERIES:X with a number X, e.g. trust:154"));
    return {};
}

} // namespace

int runCaseAnnotation(CliContext &ctx, const QString &kind)
{
    const bool isNote = kind == QLatin1String("note"), isTag = kind == QLatin1String("tag");
    QCommandLineParser p;
    p.setApplicationDescription(isNote
            ? QCoreApplication::translate("cli",
                "Add a note to the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.")
            : isTag
            ? QCoreApplication::translate(
                "cli", "Tag the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.")
            : QCoreApplication::translate("cli", "Bookmark an entry, a finding, an Omega file or a chart point."));
    addCaseOptions(p);
    p.addOption({ QStringLiteral("evidence"),
        QCoreApplication::translate("cli", "The evidence: SHA-256 (or 8+ hex prefix), name or path."),
        QStringLiteral("E") });
    p.addOption({ QStringLiteral("seq"), QCoreApplication::translate("cli", "A journal entry by sequence number."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("offset"),
        QCoreApplication::translate("cli", "A journal entry by byte offset in the evidence."), QStringLiteral("OFF") });
    p.addOption({ QStringLiteral("finding"),
        QCoreApplication::translate("cli", "A finding of the evidence's stored result, by id (F1, F2 ...)."),
        QStringLiteral("ID") });
    p.addOption({ QStringLiteral("omega-file"),
        QCoreApplication::translate("cli", "A file of an Omega folder, by name."), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("chart"),
        QCoreApplication::translate("cli", "A chart point: SERIES:X (e.g. trust:154)."), QStringLiteral("SERIES:X") });
    p.addOption({ QStringLiteral("text"),
        isNote ? QCoreApplication::translate("cli", "The note.") : QCoreApplication::translate("cli", "A note on it."),
        QStringLiteral("T") });
    if (isTag)
        p.addOption({ QStringLiteral("tag"), QCoreApplication::translate("cli", "Tag name; repeatable."),
            QStringLiteral("NAME") });
    else
        p.addOption({ QStringLiteral("label"), QCoreApplication::translate("cli", "A label."), QStringLiteral("L") });
    p.addPositionalArgument(QStringLiteral("case"),
        QCoreApplication::translate("cli", "The .seedcase file (omit with --db)."), QStringLiteral("CASE"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    const QString locator = onlyCaseLocator(p);
    if (locator.isEmpty())
        return usageError(ctx, QStringLiteral("case %1: give one CASE or --db").arg(kind));
    if (isNote && p.value(QStringLiteral("text")).trimmed().isEmpty())
        return usageError(ctx, QStringLiteral("case note: --text is required"));
    QStringList tags = isTag ? p.values(QStringLiteral("tag")) : QStringList{p.value(QStringLiteral("label"))};
    tags.removeDuplicates();
    if (isTag && (tags.isEmpty() || tags.contains(QString())))
        return usageError(ctx, QStringLiteral("case tag: --tag NAME is required"));
    int targets = p.isSet(QStringLiteral("seq")) || p.isSet(QStringLiteral("offset")) ? 1 : 0;
    for (const char *opt : kTargetOptions)
        targets += p.isSet(QLatin1String(opt)) ? 1 : 0;
    if (targets > 1)
        return usageError(ctx, QStringLiteral("case %1: give one target: --seq/--offset, --finding, --omega-file or --chart").arg(kind));
    if (kind == QLatin1String("bookmark") && targets == 0)
        return usageError(ctx, QStringLiteral("case bookmark: name an entry (--evidence and --seq or --offset), --finding, --omega-file or --chart"));

    auto c = openCaseForWrite(ctx, locator, p.value(QStringLiteral("examiner")), nullptr);
    if (!c)
        return caseError(ctx, c.error());
    casedb::Annotation a;
    a.kind = kind;
    a.body = p.value(QStringLiteral("text"));
    if (auto s = fillTarget(**c, p, a); !s)
        return caseError(ctx, s.error());
    QJsonArray added;
    for (const QString &label : tags) {
        a.label = label;
        auto id = (*c)->addAnnotation(a, caseExaminer(p, **c));
        if (!id)
            return caseError(ctx, id.error());
        a.id = *id;
        added.append(casedb::annotationJson(a));
        if (!p.isSet(QStringLiteral("json")))
            ctx.out << kind << " " << *id << " added on " << a.target << (a.targetRef.isEmpty() ? QString() : QLatin1Char(' ') + a.targetRef)
                    << "\n";
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject payload{{QStringLiteral("action"), kind}, {QStringLiteral("annotations"), added}};
        payload.insert(QStringLiteral("id"), added.last().toObject().value(QStringLiteral("id")));
        printEnvelope(ctx, QStringLiteral("case"), 0, payload);
    }
    return 0;
}

} // namespace seedscope::cli
