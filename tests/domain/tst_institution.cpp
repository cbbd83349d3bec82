#include "bundleddata.h"
#include "cityprofile.h"
#include "institution.h"
#include "place.h"

#include <QTest>

using namespace stadtplan;

class TestInstitution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressReadsAsOneLine()
    {
        QCOMPARE((Address{QStringLiteral("Niederwall"), QStringLiteral("23"),
                          QStringLiteral("33602"), QStringLiteral("Bielefeld")})
                     .oneLine(),
                 QStringLiteral("Niederwall 23, 33602 Bielefeld"));
        QCOMPARE((Address{{}, {}, QStringLiteral("33602"), QStringLiteral("Bielefeld")}).oneLine(),
                 QStringLiteral("33602 Bielefeld"));
        QCOMPARE((Address{QStringLiteral("Niederwall"), {}, {}, {}}).oneLine(),
                 QStringLiteral("Niederwall"));
    }

    void addressesCompareWhateverTheSpellingOfStreet()
    {
        const Address a{
            QStringLiteral("Detmolder Straße"), QStringLiteral("280"), QStringLiteral("33605"), {}};
        const Address b{
            QStringLiteral("detmolder str."), QStringLiteral("280"), QStringLiteral("33605"), {}};
        const Address c{QStringLiteral("Detmolder Strasse"),
                        QStringLiteral("280"),
                        QStringLiteral("33605"),
                        {}};
        const Address d{
            QStringLiteral("Detmolder Straße"), QStringLiteral("282"), QStringLiteral("33605"), {}};
        QCOMPARE(a.normalised(), b.normalised());
        QCOMPARE(a.normalised(), c.normalised());
        QVERIFY(a.normalised() != d.normalised());
    }

    void enumsRoundTripThroughText()
    {
        for (auto v :
             {PositionSource::Surveyed, PositionSource::Geocoded, PositionSource::Estimated})
            QCOMPARE(positionSourceFromId(toId(v)), v);
        for (auto v : {StepFree::Yes, StepFree::No, StepFree::Unknown})
            QCOMPARE(stepFreeFromId(toId(v)), v);
        for (auto v :
             {ServiceStatus::Active, ServiceStatus::TemporarilyClosed, ServiceStatus::Inactive})
            QCOMPARE(serviceStatusFromId(toId(v)), v);
        QCOMPARE(serviceStatusFromId(QStringLiteral(" Temporarily_Closed ")),
                 ServiceStatus::TemporarilyClosed);
        QVERIFY(!positionSourceFromId(QStringLiteral("guessed")));
    }

    void institutionAggregatesItsShownServices()
    {
        Institution i;
        Service a;
        a.focusAreas = {QStringLiteral("counselling"), QStringLiteral("networking")};
        a.languages = {QStringLiteral("de"), QStringLiteral("tr")};
        a.lastVerified = QDate(2026, 3, 1);
        Service b;
        b.focusAreas = {QStringLiteral("networking"), QStringLiteral("language_courses")};
        b.languages = {QStringLiteral("de")};
        b.lastVerified = QDate(2025, 11, 15);
        Service gone;
        gone.focusAreas = {QStringLiteral("sport")};
        gone.status = ServiceStatus::Inactive;
        i.services = {a, b, gone};
        QCOMPARE(i.focusAreas(),
                 (QStringList{QStringLiteral("counselling"), QStringLiteral("networking"),
                              QStringLiteral("language_courses")}));
        QCOMPARE(i.languages(), (QStringList{QStringLiteral("de"), QStringLiteral("tr")}));
        QCOMPARE(i.lastVerified(), QDate(2025, 11, 15)); // the oldest counts
        i.services[1].lastVerified = QDate();
        QVERIFY(i.lastVerified().isNull()); // one unverified service: the record is not verified
    }

    void placesAreKnownByAddressOrPosition()
    {
        const auto make = [](const char *id, const char *street, const char *number, double lat,
                             double lon) {
            Institution i;
            i.id = QString::fromLatin1(id);
            i.address = {QString::fromLatin1(street),
                         QString::fromLatin1(number),
                         QStringLiteral("33602"),
                         {}};
            i.position = {lat, lon};
            return i;
        };
        const QList<Institution> list{
            make("a", "Niederwall", "23", 52.0198, 8.5339),
            make("b", "Niederwall", "23", 52.0199, 8.5340), // same address, slightly other estimate
            make("c", "Turnerstraße", "4", 52.0239, 8.5396),
            make("d", "", "", 52.0300, 8.5400),
            make("e", "", "", 52.0300, 8.5400), // same position, no address
            make("f", "", "", 52.0301, 8.5400),
        };
        // Same address, whatever the estimate; without an address, the same metre.
        QCOMPARE(placeKey(list[0]), placeKey(list[1]));
        QVERIFY(placeKey(list[0]) != placeKey(list[2]));
        QCOMPARE(placeKey(list[3]), placeKey(list[4]));
        QVERIFY(placeKey(list[4]) != placeKey(list[5]));
        QVERIFY(placeKey(list[2]) != placeKey(list[3]));
    }

    void cityProfileOfBielefeld()
    {
        const CityProfile city =
            CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
        QCOMPARE(city.id, QStringLiteral("bielefeld"));
        QVERIFY(city.bounds.contains(city.center));
        QCOMPARE(city.metricCrs, QStringLiteral("EPSG:25832"));
        QVERIFY(city.tileUrl.isEmpty()); // no public tile server is used unless configured
    }

    void cityProfileErrorsNameTheField()
    {
        try {
            CityProfile::fromJson(R"({"id":"x","name":"X","center":{"lat":52,"lon":8},"zoom":12,
                "bounds":{"west":9,"south":51,"east":10,"north":53}})");
            QFAIL("accepted a centre outside the bounds");
        } catch (const CityProfileError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("contain 'center'")));
        }
        QVERIFY_THROWS_EXCEPTION(
            CityProfileError,
            CityProfile::fromJson(R"({"id":"x","name":"X","center":{"lat":52}})"));
    }
};

QTEST_GUILESS_MAIN(TestInstitution)
#include "tst_institution.moc"
