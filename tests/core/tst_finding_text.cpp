// SPDX-License-Identifier: GPL-3.0-or-later
// Translatable finding words: the English rendering is what JSON carries, a catalogue
// changes only what translated() shows, and a stored template cannot make the translated
// text say something the English field does not.
#include "MapTranslator.h"
#include "findings/Finding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtTest>

using namespace seedscope;

namespace {
// Two templates of a French catalogue.
QHash<QByteArray, QString> frenchFindings()
{
    return {{"Checkpoint %1 falls back to %2.", QStringLiteral("Le point de contrôle %1 se replie sur %2.")},
            {"slot %1", QStringLiteral("emplacement %1")}};
}
} // namespace

class TstFindingText : public QObject {
    Q_OBJECT
private slots:
    void substitutesInOnePass()
    {
        QCOMPARE(substitutePlaceholders(QStringLiteral("%1 and %2"), {QStringLiteral("%2"), QStringLiteral("b")}),
                 QStringLiteral("%2 and b"));
        QCOMPARE(substitutePlaceholders(QStringLiteral("%1%1 %3 100%"), {QStringLiteral("x")}), QStringLiteral("xx %3 100%"));
        QCOMPARE(substitutePlaceholders(QStringLiteral("%10 %0"), std::vector<QString>(10, QStringLiteral("v"))),
                 QStringLiteral("v %0"));
    }

    void rendersEnglishAndTranslated()
    {
        const FindingText t = ftr("Checkpoint %1 falls back to %2.", 7, ftr("slot %1", qint64(2)));
        QCOMPARE(t.english(), QStringLiteral("Checkpoint 7 falls back to slot 2."));
        QCOMPARE(t.translated(), t.english()); // no catalogue installed
        {
            testing::MapTranslator fr(frenchFindings());
            QCOMPARE(t.translated(), QStringLiteral("Le point de contrôle 7 se replie sur emplacement 2."));
            QCOMPARE(t.english(), QStringLiteral("Checkpoint 7 falls back to slot 2."));
        }
        QCOMPARE(t.translated(), t.english()); // the catalogue left with its scope
    }

    void findingKeepsEnglishInJson()
    {
        Finding f = makeFinding(QStringLiteral("a.seeddump"), "X", Severity::Warning, 64, 8, ftr("slot %1", 3), QString(),
                                ftr("Checkpoint %1 falls back to %2.", 9, QStringLiteral("slot 1")));
        QCOMPARE(f.location, QStringLiteral("slot 3"));
        QCOMPARE(f.explanation, QStringLiteral("Checkpoint 9 falls back to slot 1."));
        QVERIFY(!f.toJson().contains(QStringLiteral("texts")));
        {
            testing::MapTranslator fr(frenchFindings());
            QCOMPARE(f.translated(FindingField::Explanation), QStringLiteral("Le point de contrôle 9 se replie sur slot 1."));
            QCOMPARE(f.translated(FindingField::Subject), QString());
        }
        // Plain text replaces a template.
        f.setText(FindingField::Location, QStringLiteral("journal"));
        QVERIFY(!f.texts.get()->location.translatable());
    }

    void storedTemplatesMustMatchTheEnglish()
    {
        const Finding f = makeFinding(QString(), "X", Severity::Info, -1, 0, QString(), QString(), ftr("slot %1", 4));
        const QJsonObject stored = f.textsJson();
        Finding back = *Finding::fromJson(f.toJson());
        QVERIFY(back != f); // the JSON report form carries no templates
        back.restoreTexts(stored);
        QCOMPARE(back, f);
        // A template whose English differs from the finding's is refused.
        QJsonObject forged = stored;
        forged.insert(QStringLiteral("explanation"), ftr("slot %1", 5).toJson());
        Finding other = *Finding::fromJson(f.toJson());
        other.restoreTexts(forged);
        QVERIFY(other.texts.get() == nullptr);
    }

    void deepNestingIsBounded()
    {
        QJsonObject o{{QStringLiteral("t"), QStringLiteral("%1")}};
        for (int i = 0; i < 100; ++i)
            o = QJsonObject{{QStringLiteral("t"), QStringLiteral("%1")}, {QStringLiteral("a"), QJsonArray{o}}};
        const FindingText t = FindingText::fromJson(o);
        int depth = 0;
        for (const FindingText *p = &t; !p->args.empty(); p = &p->args.front())
            ++depth;
        QVERIFY(depth <= 4);
    }
};

QTEST_GUILESS_MAIN(TstFindingText)
#include "tst_finding_text.moc"
