#include "geodesy.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace stadtplan;

// Reference values on the WGS84 ellipsoid: the quarter meridian and one
// degree of the equator follow from the ellipsoid's definition; JFK to LHR is
// GeographicLib's documented example (Karney, "Algorithms for geodesics").
class TestGeodesy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownGeodesicDistances_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("quarter meridian") << 0.0 << 0.0 << 90.0 << 0.0 << 10001965.729 << 0.001;
        QTest::newRow("one degree of the equator")
            << 0.0 << 0.0 << 0.0 << 1.0 << 111319.491 << 0.001;
        QTest::newRow("JFK to LHR") << 40.6 << -73.8 << 51.6 << -0.5 << 5551759.400 << 0.001;
        QTest::newRow("same point") << 52.02 << 8.53 << 52.02 << 8.53 << 0.0 << 1e-9;
    }

    void knownGeodesicDistances()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, metres);
        QFETCH(double, tolerance);
        const double d = Geodesy::distanceMetres({lat1, lon1}, {lat2, lon2});
        QVERIFY2(
            std::abs(d - metres) <= tolerance,
            qPrintable(
                QStringLiteral("%1 m, expected %2 m").arg(d, 0, 'f', 4).arg(metres, 0, 'f', 4)));
        QCOMPARE(Geodesy::distanceMetres({lat2, lon2}, {lat1, lon1}), d); // symmetric
    }

    void aKilometreEastOfTheTownHallIsAKilometreAway()
    {
        const GeoPoint townHall{52.01985, 8.53395};
        for (double azimuth : {0.0, 90.0, 180.0, 270.0, 33.3}) {
            const GeoPoint there = Geodesy::destination(townHall, azimuth, 1000.0);
            QVERIFY(std::abs(Geodesy::distanceMetres(townHall, there) - 1000.0) < 1e-6);
        }
        // Over a kilometre the geodesic east hugs the parallel, whose radius is
        // N cos(phi) with N the prime vertical radius of curvature of WGS84.
        const double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f);
        const double phi = townHall.latitude * std::numbers::pi / 180.0;
        const double parallelRadius =
            a / std::sqrt(1 - e2 * std::sin(phi) * std::sin(phi)) * std::cos(phi);
        const double expectedDegrees = 1000.0 / parallelRadius * 180.0 / std::numbers::pi;
        const GeoPoint east = Geodesy::destination(townHall, 90.0, 1000.0);
        QVERIFY2(std::abs(east.longitude - townHall.longitude - expectedDegrees) < 1e-7,
                 qPrintable(QString::number(east.longitude - townHall.longitude, 'f', 9)));
        QVERIFY(std::abs(east.latitude - townHall.latitude) < 1e-5);
    }
    void parsesLatLon()
    {
        const auto p = parseLatLon(QStringLiteral(" 52.0211 , 8.5325"));
        QVERIFY(p);
        QCOMPARE(p->latitude, 52.0211);
        QCOMPARE(p->longitude, 8.5325);
        for (const char *bad : {"52.02", "52,x", "91,8", "52,181", "52,8,1", ""})
            QVERIFY2(!parseLatLon(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
