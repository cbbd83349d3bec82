#include "bundleddata.h"
#include "taxonomy.h"

#include <QColor>
#include <QSet>
#include <QTest>
#include <cmath>

using namespace stadtplan;

namespace {
// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
// JSON written with single quotes, to keep the test cases readable.
QByteArray json(QByteArray text)
{
    return text.replace('\'', '"');
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledTaxonomyHasTheSeedVocabulary()
    {
        const Taxonomy t = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        // The eleven work focus areas of the 2013 survey, and the five topics that are also offers.
        const QStringList expected{QStringLiteral("education"),
                                   QStringLiteral("training_and_jobs"),
                                   QStringLiteral("counselling"),
                                   QStringLiteral("networking"),
                                   QStringLiteral("language_courses"),
                                   QStringLiteral("integration_courses"),
                                   QStringLiteral("project_work"),
                                   QStringLiteral("jobcenter"),
                                   QStringLiteral("youth_work"),
                                   QStringLiteral("womens_counselling"),
                                   QStringLiteral("immigration_office"),
                                   QStringLiteral("health"),
                                   QStringLiteral("domestic_violence"),
                                   QStringLiteral("sport"),
                                   QStringLiteral("environmental_education"),
                                   QStringLiteral("refugee_counselling")};
        QStringList ids;
        for (const FocusArea &f : t.focusAreas())
            ids.append(f.id);
        QCOMPARE(ids, expected);
        QCOMPARE(t.focusArea(QStringLiteral("language_courses"))->label.text(QStringLiteral("de")),
                 QStringLiteral("Sprachkurse"));
        QCOMPARE(t.focusArea(QStringLiteral("language_courses"))->label.text(QStringLiteral("en")),
                 QStringLiteral("Language courses"));
        QVERIFY(t.targetGroup(QStringLiteral("refugees")));
        QVERIFY(t.targetGroup(QStringLiteral("eu_citizens")));
        QVERIFY(t.institutionType(QStringLiteral("migrant_organisation")));
        QCOMPARE(t.institutionTypes().size(), 5);
    }

    void coloursCarryWhiteIconsReadably()
    {
        const Taxonomy t = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        QSet<QString> colours;
        for (const FocusArea &f : t.focusAreas()) {
            const double ratio = contrast(QColor(f.colour), Qt::white);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: contrast %2 with white").arg(f.id).arg(ratio)));
            QVERIFY2(!colours.contains(f.colour),
                     qPrintable(f.id + QStringLiteral(" repeats a colour")));
            colours.insert(f.colour);
            QVERIFY(!f.icon.isEmpty());
        }
    }

    void labelsFallBackToGermanThenEnglish()
    {
        LocalizedText text;
        text.set(QStringLiteral("de"), QStringLiteral("Sprachkurse"));
        text.set(QStringLiteral("en"), QStringLiteral("Language courses"));
        QCOMPARE(text.text(QStringLiteral("tr")), QStringLiteral("Sprachkurse"));
        QVERIFY(text.isFallback(QStringLiteral("tr")));
        QVERIFY(!text.isFallback(QStringLiteral("en")));
        LocalizedText english;
        english.set(QStringLiteral("en"), QStringLiteral("Only English"));
        QCOMPARE(english.text(QStringLiteral("ar")), QStringLiteral("Only English"));
    }

    void brokenTaxonomiesAreRefusedWithTheEntryNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray groups = "'target_groups':[{'id':'x','label':{'de':'X','en':'X'}}],"
                                  "'institution_types':[{'id':'t','label':{'de':'T','en':'T'}}]";
        const QByteArray area =
            "{'id':'a','label':{'de':'A','en':'A'},'colour':'#000000','icon':'M0 0h1z'}";
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("no english")
            << json("{'languages':['de']}") << QStringLiteral("'de' and 'en'");
        QTest::newRow("label missing")
            << json("{'languages':['de','en'],'focus_areas':[{'id':'a','label':{'de':'A'},"
                    "'colour':'#000000','icon':'M0 0h1z'}]," +
                    groups + "}")
            << QStringLiteral("focus_areas[0] (a): label in 'en' is missing");
        QTest::newRow("duplicate id") << json("{'languages':['de','en'],'focus_areas':[" + area +
                                              "," + area + "]," + groups + "}")
                                      << QStringLiteral("focus_areas[1] (a): duplicate id");
        QTest::newRow("bad colour")
            << json("{'languages':['de','en'],'focus_areas':[" +
                    QByteArray(area).replace("#000000", "red") + "]," + groups + "}")
            << QStringLiteral("colour must be #rrggbb");
        QTest::newRow("bad id") << json("{'languages':['de','en'],'focus_areas':[" +
                                        QByteArray(area).replace("'a'", "'Sprach Kurs'") + "]," +
                                        groups + "}")
                                << QStringLiteral("id must be lower-case");
    }

    void brokenTaxonomiesAreRefusedWithTheEntryNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        try {
            Taxonomy::fromJson(json);
            QFAIL("accepted a broken taxonomy");
        } catch (const TaxonomyError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
