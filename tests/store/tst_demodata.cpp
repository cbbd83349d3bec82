#include "bundleddata.h"
#include "cityprofile.h"
#include "storelocation.h"
#include "taxonomy.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace stadtplan;

// The bundled demo directory is honest data: real institutions, positions
// marked as estimated, nothing claimed as verified, vocabulary from the taxonomy.
class TestDemoData : public QObject
{
    Q_OBJECT
    QList<Institution> m_institutions;
    Taxonomy m_taxonomy;
    CityProfile m_city;

private Q_SLOTS:
    void initTestCase()
    {
        m_institutions = bundledDemoSeed().institutions;
        m_taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        m_city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    }

    void atLeastFortyInstitutionsWithUniqueIds()
    {
        QVERIFY2(m_institutions.size() >= 40, qPrintable(QString::number(m_institutions.size())));
        QSet<QString> ids, serviceIds;
        for (const Institution &i : std::as_const(m_institutions)) {
            QVERIFY2(!ids.contains(i.id), qPrintable(i.id));
            ids.insert(i.id);
            QVERIFY(!i.services.isEmpty());
            for (const Service &s : i.services) {
                QVERIFY2(!serviceIds.contains(s.id), qPrintable(s.id));
                serviceIds.insert(s.id);
            }
        }
    }

    void everyPositionIsMarkedEstimatedAndInsideTheCity()
    {
        for (const Institution &i : std::as_const(m_institutions)) {
            QVERIFY2(i.positionSource == PositionSource::Estimated, qPrintable(i.id));
            QVERIFY2(m_city.bounds.contains(i.position), qPrintable(i.id));
            QCOMPARE(i.address.city, QStringLiteral("Bielefeld"));
            QVERIFY2(i.address.postcode.startsWith(QStringLiteral("33")), qPrintable(i.id));
            QVERIFY2(!i.address.street.isEmpty() && !i.address.houseNumber.isEmpty(),
                     qPrintable(i.id));
        }
    }

    void nothingClaimsToBeVerified()
    {
        for (const Institution &i : std::as_const(m_institutions)) {
            QVERIFY2(i.lastVerified().isNull(), qPrintable(i.id));
            for (const Service &s : i.services)
                QVERIFY2(s.lastVerified.isNull(), qPrintable(s.id));
        }
    }

    void vocabularyComesFromTheTaxonomy()
    {
        QSet<QString> typesSeen;
        for (const Institution &i : std::as_const(m_institutions)) {
            QVERIFY2(m_taxonomy.institutionType(i.organisation.typeId), qPrintable(i.id));
            typesSeen.insert(i.organisation.typeId);
            for (const Service &s : i.services) {
                QVERIFY(!s.focusAreas.isEmpty());
                for (const QString &f : s.focusAreas)
                    QVERIFY2(m_taxonomy.focusArea(f), qPrintable(s.id + QLatin1Char(' ') + f));
                for (const QString &g : s.targetGroups)
                    QVERIFY2(m_taxonomy.targetGroup(g), qPrintable(s.id + QLatin1Char(' ') + g));
                QVERIFY2(!s.languages.isEmpty(), qPrintable(s.id));
                for (const QString &l : s.languages)
                    QVERIFY2(l.size() == 2 && QLocale(l).language() != QLocale::C,
                             qPrintable(s.id + QLatin1Char(' ') + l));
            }
        }
        // Municipal offices, welfare services, authorities and other institutions are all there.
        for (const char *type : {"municipal", "welfare_service", "non_municipal", "authority"})
            QVERIFY2(typesSeen.contains(QString::fromLatin1(type)), type);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
