// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace seedscope {

QString substitutePlaceholders(const QString &pattern, const std::vector<QString> &values)
{
    QString out;
    out.reserve(pattern.size() + 16 * qsizetype(values.size()));
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= n || !pattern.at(i + 1).isDigit() || pattern.at(i + 1) == QLatin1Char('0')) {
            out.append(c);
            continue;
        }
        int index = pattern.at(i + 1).digitValue();
        qsizetype used = 2;
        if (i + 2 < n && pattern.at(i + 2).isDigit()) {
            index = index * 10 + pattern.at(i + 2).digitValue();
            used = 3;
        }
        if (index >= 1 && size_t(index) <= values.size()) {
            out.append(values[size_t(index - 1)]);
            i += used - 1;
        } else {
            out.append(c);
        }
    }
    return out;
}

namespace {

template <typename Render>
QString render(const FindingText &t, Render &&renderTemplate)
{
    if (t.source.isEmpty())
        return t.value;
    std::vector<QString> values;
    values.reserve(t.args.size());
    for (const FindingText &a : t.args)
        values.push_back(render(a, renderTemplate));
    return substitutePlaceholders(renderTemplate(t.source), values);
}

constexpr int kMaxNesting = 4;
constexpr int kMaxArgs = 99;

FindingText fromJsonAt(const QJsonObject &o, int depth)
{
    FindingText t;
    t.source = o.value(QStringLiteral("t")).toString();
    t.value = o.value(QStringLiteral("v")).toString();
    if (depth >= kMaxNesting)
        return t;
    const QJsonArray args = o.value(QStringLiteral("a")).toArray();
    for (const QJsonValue &a : args) {
        if (t.args.size() >= size_t(kMaxArgs))
            break;
        t.args.push_back(fromJsonAt(a.toObject(), depth + 1));
    }
    return t;
}

} // namespace

QString FindingText::english() const
{
    return render(*this, [](const QString &s) { return s; });
}

QString FindingText::translated() const
{
    return render(*this, [](const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        return QCoreApplication::translate(kFindingTextContext, utf8.constData());
    });
}

QJsonObject FindingText::toJson() const
{
    QJsonObject o;
    if (!source.isEmpty())
        o.insert(QStringLiteral("t"), source);
    if (!value.isEmpty())
        o.insert(QStringLiteral("v"), value);
    if (!args.empty()) {
        QJsonArray a;
        for (const FindingText &x : args)
            a.append(x.toJson());
        o.insert(QStringLiteral("a"), a);
    }
    return o;
}

FindingText FindingText::fromJson(const QJsonObject &o)
{
    return fromJsonAt(o, 0);
}

} // namespace seedscope
