// SPDX-License-Identifier: GPL-3.0-or-later
// Every translations/seedscope_<lang>.ts is complete against the sources as they are
// now: lupdate (run on a copy, keeping what it would drop) must find no new string
// (unfinished), no string that left the sources (vanished/obsolete), and every
// translation must keep its placeholders (%1.., %n) and menu accelerators.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context, source, type;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isEndElement() && x.name() == QLatin1String("message")) {
            out.append(m);
            continue;
        }
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("name")) {
            context = x.readElementText();
        } else if (x.name() == QLatin1String("message")) {
            m = Message { context, {}, {}, {}, x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (x.name() == QLatin1String("source")) {
            m.source = x.readElementText();
        } else if (x.name() == QLatin1String("translation")) {
            m.type = x.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations = { x.readElementText() };
        } else if (x.name() == QLatin1String("numerusform")) {
            m.translations.append(x.readElementText());
        }
    }
    if (x.hasError())
        *error = x.errorString();
    return out;
}

QStringList placeholders(const QString &s)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.append(it.next().captured(0));
    out.removeDuplicates();
    out.sort();
    return out;
}

// The folders scripts/update-translations.sh runs lupdate over: its `sources=(...)` line.
QStringList scriptSources(const QString &script)
{
    QFile f(script);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression re(QStringLiteral("^sources=\\(([^)]*)\\)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(f.readAll()));
    return m.hasMatch() ? m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList {};
}

bool hasAccelerator(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s;]"));
    return re.match(QString(s).remove(QStringLiteral("&&"))).hasMatch();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *l : { "es", "fr", "pt", "sw" })
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void complete()
    {
        QFETCH(QString, lang);
        const QString source = QStringLiteral(SEEDSCOPE_SOURCE_DIR);
        const QString ts = source + QStringLiteral("/translations/seedscope_%1.ts").arg(lang);
        QVERIFY2(QFile::exists(ts), qPrintable(ts));
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // The same sources as scripts/update-translations.sh (read from it, so the two
        // cannot drift apart), but keeping what would be dropped, so the test sees it as
        // vanished or obsolete.
        const QStringList sources = scriptSources(source + QStringLiteral("/scripts/update-translations.sh"));
        QVERIFY2(sources.contains(QStringLiteral("app/cli")) && sources.contains(QStringLiteral("ui")),
            qPrintable(QStringLiteral("sources=(...) not found in update-translations.sh: ") + sources.join(u' ')));
        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(QStringLiteral(SEEDSCOPE_LUPDATE),
            QStringList { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none") } + sources
                + QStringList { QStringLiteral("-ts"), copy });
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
            qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, "suspiciously few strings: did lupdate read the sources?");
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty()) {
                problems.append(m.type + QStringLiteral(" ") + where);
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("empty ") + where);
                    continue;
                }
                QStringList want = placeholders(m.source);
                if (m.numerus && !want.contains(QStringLiteral("%n")))
                    want.append(QStringLiteral("%n"));
                want.removeDuplicates();
                want.sort();
                if (placeholders(t) != want)
                    problems.append(QStringLiteral("placeholders differ in ") + where + QStringLiteral(" -> ") + t);
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems.append(QStringLiteral("accelerator lost in ") + where + QStringLiteral(" -> ") + t);
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s) in %2 (run scripts/update-translations.sh):\n  %3")
                           .arg(problems.size())
                           .arg(QFileInfo(ts).fileName(), problems.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
