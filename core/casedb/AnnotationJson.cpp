// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb/AnnotationJson.h"

#include "util/JsonWriter.h"

namespace seedscope::casedb {

QJsonObject annotationJson(const Annotation &a)
{
    QJsonObject o{{QStringLiteral("id"), jsonInt(a.id)}, {QStringLiteral("kind"), a.kind}, {QStringLiteral("target"), a.target}};
    if (!a.targetRef.isEmpty())
        o.insert(QStringLiteral("ref"), a.targetRef);
    if (!a.evidenceSha256.isEmpty())
        o.insert(QStringLiteral("evidence_sha256"), a.evidenceSha256);
    if (a.seq)
        o.insert(QStringLiteral("seq"), jsonInt(*a.seq));
    if (a.offset)
        o.insert(QStringLiteral("offset"), jsonInt(*a.offset));
    if (!a.code.isEmpty())
        o.insert(QStringLiteral("code"), a.code);
    if (!a.label.isEmpty())
        o.insert(QStringLiteral("label"), a.label);
    if (!a.body.isEmpty())
        o.insert(QStringLiteral("text"), a.body);
    return o;
}

} // namespace seedscope::casedb
