#include "search.h"

#include <QTest>

using namespace stadtplan;

namespace {

Institution make(const QString &id, const QString &name, const QString &traeger = {},
                 const QString &description = {}, const QStringList &focus = {})
{
    Institution i;
    i.id = id;
    i.name = name;
    i.organisation.name = traeger;
    i.description = description;
    Service s;
    s.id = id + QStringLiteral("-1");
    s.name = QStringLiteral("Angebot");
    s.focusAreas = focus;
    i.services = {s};
    return i;
}

QStringList ids(const QList<Institution> &all, const std::vector<SearchIndex::Hit> &hits)
{
    QStringList out;
    for (const auto &h : hits)
        out.append(all[h.institution].id);
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
    QList<Institution> m_all{
        make(QStringLiteral("awo"), QStringLiteral("AWO Migrationsberatung für Erwachsene"),
             QStringLiteral("AWO Kreisverband Bielefeld e.V."),
             QStringLiteral("Beratung zu Aufenthalt und Sprachkursen")),
        make(QStringLiteral("buergerberatung"), QStringLiteral("Bürgerberatung im Neuen Rathaus"),
             QStringLiteral("Stadt Bielefeld")),
        make(QStringLiteral("strasse"), QStringLiteral("Treffpunkt Große Straße"),
             QStringLiteral("Café Müller gGmbH"), QStringLiteral("Offener Treff")),
        make(QStringLiteral("vhs"), QStringLiteral("Volkshochschule Bielefeld"),
             QStringLiteral("Stadt Bielefeld"), QStringLiteral("Kurse"),
             {QStringLiteral("language_courses")}),
        make(QStringLiteral("jugend"), QStringLiteral("Jugendzentrum Kamp"),
             QStringLiteral("Stadt Bielefeld"),
             QStringLiteral("Migrationsberatung für junge Menschen")),
    };
    SearchIndex m_index{
        m_all,
        {{QStringLiteral("language_courses"), QStringLiteral("Sprachkurse Language courses")}}};

private Q_SLOTS:
    void foldsGermanSpelling()
    {
        QCOMPARE(SearchIndex::fold(QStringLiteral("Große Straße")),
                 QStringLiteral("grosse strasse"));
        QCOMPARE(SearchIndex::fold(QStringLiteral("Bürger ÖFFNUNG Äpfel")),
                 QStringLiteral("buerger oeffnung aepfel"));
        QCOMPARE(SearchIndex::fold(QStringLiteral("Café")), QStringLiteral("cafe"));
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("buergerberatung"))),
                 QStringList{QStringLiteral("buergerberatung")});
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("BÜRGERBERATUNG"))),
                 QStringList{QStringLiteral("buergerberatung")});
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("grosse strasse"))),
                 QStringList{QStringLiteral("strasse")});
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("Große Straße"))),
                 QStringList{QStringLiteral("strasse")});
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("cafe mueller"))),
                 QStringList{QStringLiteral("strasse")});
    }

    void toleratesOneTypoPerWord()
    {
        // A letter wrong, missing, extra, two swapped; the umlaut written without its e.
        for (const char *query :
             {"Volkshochschuke", "Volkshochschle", "Volkshochsschule", "Volkshcohschule"})
            QCOMPARE(ids(m_all, m_index.search(QString::fromLatin1(query))),
                     QStringList{QStringLiteral("vhs")});
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("Burgerberatung"))),
                 QStringList{QStringLiteral("buergerberatung")});
        // Two typos in one word are too many; short words must be exact.
        QVERIFY(m_index.search(QStringLiteral("Volkshohschuke")).empty());
        QVERIFY(m_index.search(QStringLiteral("Kamm ")).empty());
        // One typo in each of two words.
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("Jugendzentrun Bielefelt"))),
                 QStringList{QStringLiteral("jugend")});
    }

    void everyWordMustMatchAndTheLastMayBeAPrefix()
    {
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("Stadt Bielefeld Jugend"))),
                 QStringList{QStringLiteral("jugend")});
        QVERIFY(m_index.search(QStringLiteral("Jugendzentrum Sprachkurse")).empty());
        // As typed: "Volksh" finds the Volkshochschule, but not once the word is complete with a
        // space.
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("Volksh"))),
                 QStringList{QStringLiteral("vhs")});
        QVERIFY(m_index.search(QStringLiteral("Volksh ")).empty());
    }

    void namesRankAboveDescriptionsAndLabelsAreSearched()
    {
        // "Migrationsberatung": the name of one, the description of another.
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("Migrationsberatung"))),
                 (QStringList{QStringLiteral("awo"), QStringLiteral("jugend")}));
        // The focus area's label finds the institution offering it.
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("Sprachkurse"))),
                 (QStringList{QStringLiteral("vhs"), QStringLiteral("awo")}));
        QCOMPARE(ids(m_all, m_index.search(QStringLiteral("language courses"))),
                 QStringList{QStringLiteral("vhs")});
    }

    void inactiveServicesAreNotFound()
    {
        QList<Institution> all = m_all;
        all[3].services[0].status = ServiceStatus::Inactive;
        const SearchIndex index(
            all, {{QStringLiteral("language_courses"), QStringLiteral("Sprachkurse")}});
        QCOMPARE(ids(all, index.search(QStringLiteral("Sprachkurse"))),
                 QStringList{QStringLiteral("awo")});
    }

    void suggestsCompletionsOfTheLastWord()
    {
        const QStringList s = m_index.suggestions(QStringLiteral("Stadt Biel"));
        QCOMPARE(s.value(0), QStringLiteral("bielefeld"));
        QVERIFY(m_index.suggestions(QStringLiteral("Migr"))
                    .contains(QStringLiteral("migrationsberatung")));
        QVERIFY(m_index.suggestions(QStringLiteral("Biel ")).isEmpty());
        QVERIFY(m_index.search(QString()).empty());
        QVERIFY(SearchIndex().search(QStringLiteral("x")).empty());
    }
};

QTEST_APPLESS_MAIN(TestSearch)
#include "tst_search.moc"
