// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportCsv.h"

#include <QJsonArray>
#include <QStringList>

namespace seedscope::report {

namespace {

QString num(const QJsonValue &v)
{
    if (!v.isDouble() || v.toInteger(-1) < 0)
        return {};
    return QString::number(v.toInteger());
}

void row(QString &out, const QStringList &fields)
{
    QStringList q;
    for (const QString &f : fields)
        q << csvField(f);
    out += q.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') || c == QLatin1Char('\t')
            || c == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray writeCsv(const QJsonObject &report)
{
    QString out;
    row(out, {QStringLiteral("record"), QStringLiteral("evidence"), QStringLiteral("evidence_sha256"), QStringLiteral("code"),
              QStringLiteral("severity"), QStringLiteral("verdict"), QStringLiteral("offset"), QStringLiteral("length"),
              QStringLiteral("location"), QStringLiteral("subject"), QStringLiteral("seq"), QStringLiteral("label"),
              QStringLiteral("examiner"), QStringLiteral("text")});
    for (const auto &rv : report.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = rv.toObject();
        for (const auto &fv : r.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = fv.toObject();
            row(out, {QStringLiteral("finding"), r.value(QStringLiteral("evidence")).toString(),
                      r.value(QStringLiteral("evidence_sha256")).toString(), f.value(QStringLiteral("code")).toString(),
                      f.value(QStringLiteral("severity")).toString(), f.value(QStringLiteral("verdict")).toString(),
                      num(f.value(QStringLiteral("offset"))), num(f.value(QStringLiteral("length"))),
                      f.value(QStringLiteral("location")).toString(), f.value(QStringLiteral("subject")).toString(), QString(), QString(),
                      QString(), f.value(QStringLiteral("explanation")).toString()});
        }
    }
    // Bookmarks, then notes and tags: "subject" says what each is on.
    const std::pair<const char *, const char *> kinds[] = {{"bookmarks", "bookmark"}, {"notes", "note"}, {"tags", "tag"}};
    for (const auto &[key, record] : kinds) {
        for (const auto &bv : report.value(QLatin1String(key)).toArray()) {
            const QJsonObject b = bv.toObject();
            row(out, {QLatin1String(record), b.value(QStringLiteral("evidence")).toString(), b.value(QStringLiteral("evidence_sha256")).toString(),
                      b.value(QStringLiteral("code")).toString(), QString(), QString(), num(b.value(QStringLiteral("offset"))), QString(),
                      b.value(QStringLiteral("ref")).toString(), b.value(QStringLiteral("subject")).toString(), num(b.value(QStringLiteral("seq"))),
                      b.value(QStringLiteral("label")).toString(), b.value(QStringLiteral("examiner")).toString(),
                      b.value(QStringLiteral("text")).toString()});
        }
    }
    return out.toUtf8();
}

} // namespace seedscope::report
