// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportCsv.h"

#include <QJsonArray>
#include <QStringList>

namespace seedscope::report {

namespace {

QString num(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() < 0)
        return {};
    return QString::number(qint64(v.toDouble()));
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
    for (const auto &bv : report.value(QStringLiteral("bookmarks")).toArray()) {
        const QJsonObject b = bv.toObject();
        row(out, {QStringLiteral("bookmark"), b.value(QStringLiteral("evidence")).toString(), b.value(QStringLiteral("evidence_sha256")).toString(),
                  QString(), QString(), QString(), num(b.value(QStringLiteral("offset"))), QString(), QString(), QString(),
                  num(b.value(QStringLiteral("seq"))), b.value(QStringLiteral("label")).toString(),
                  b.value(QStringLiteral("examiner")).toString(), b.value(QStringLiteral("text")).toString()});
    }
    return out.toUtf8();
}

} // namespace seedscope::report
