#include "servicefinder.h"

#include <QTest>
#include <cmath>
#include <geodesic.h>

using namespace stadtplan;

namespace {

Institution at(const QString &id, double lat, double lon, const QString &focus,
               const QStringList &languages = {}, const QString &hours = {},
               const QStringList &targetGroups = {})
{
    Institution i;
    i.id = id;
    i.name = QStringLiteral("Einrichtung ") + id;
    i.position = {lat, lon};
    Service s;
    s.id = id + QStringLiteral("-1");
    s.name = QStringLiteral("Angebot");
    s.focusAreas = {focus};
    s.languages = languages;
    s.openingHours = hours;
    s.targetGroups = targetGroups;
    i.services = {s};
    return i;
}

// The distance by PROJ's geodesic routines called here directly.
double projMetres(const GeoPoint &a, const GeoPoint &b)
{
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double s12 = 0;
    geod_inverse(&g, a.latitude, a.longitude, b.latitude, b.longitude, &s12, nullptr, nullptr);
    return s12;
}

QStringList ids(const QList<Institution> &all, const std::vector<FoundInstitution> &found)
{
    QStringList out;
    for (const auto &f : found)
        out.append(all[f.institution].id);
    return out;
}

} // namespace

class TestServiceFinder : public QObject
{
    Q_OBJECT
    const GeoPoint m_client{52.0211, 8.5325};
    // Around the client: north 300 m, east 800 m, south 1.5 km, west 3 km, and far away.
    QList<Institution> m_all{
        at(QStringLiteral("north"), 52.0238, 8.5325, QStringLiteral("language_courses"),
           {QStringLiteral("ar"), QStringLiteral("de")},
           QStringLiteral("Mo-Fr 09:00-17:00; PH off"), {QStringLiteral("refugees")}),
        at(QStringLiteral("east"), 52.0211, 8.5442, QStringLiteral("language_courses"),
           {QStringLiteral("tr")}, QStringLiteral("Sa 10:00-14:00")),
        at(QStringLiteral("south"), 52.0076, 8.5325, QStringLiteral("counselling"),
           {QStringLiteral("ar")}, QStringLiteral("Mo-Fr 08:00-12:00")),
        at(QStringLiteral("west"), 52.0211, 8.4887, QStringLiteral("language_courses"),
           {QStringLiteral("ar")}),
        at(QStringLiteral("far"), 48.137, 11.575, QStringLiteral("language_courses"),
           {QStringLiteral("ar")}),
    };
    ServiceFinder m_finder{m_all};

private Q_SLOTS:
    void nearestFirstWithPROJsDistances()
    {
        ServiceQuery q;
        q.near = m_client;
        const auto found = m_finder.find(q);
        QCOMPARE(ids(m_all, found), (QStringList{QStringLiteral("north"), QStringLiteral("east"),
                                                 QStringLiteral("south"), QStringLiteral("west"),
                                                 QStringLiteral("far")}));
        for (const auto &f : found)
            QVERIFY(std::abs(*f.metres - projMetres(m_client, m_all[f.institution].position)) <
                    0.001);
        QVERIFY(std::abs(*found[0].metres - 300) < 5);
        QCOMPARE(ServiceFinder::walkingMinutes(*found[0].metres), 5);
        q.limit = 2;
        QCOMPARE(m_finder.find(q).size(), std::size_t(2));
        q.withinMetres = 1000;
        q.limit = 20;
        QCOMPARE(ids(m_all, m_finder.find(q)),
                 (QStringList{QStringLiteral("north"), QStringLiteral("east")}));
    }

    void filtersCombine()
    {
        ServiceQuery q;
        q.near = m_client;
        q.filter.focusAreas = {QStringLiteral("language_courses")};
        QCOMPARE(ids(m_all, m_finder.find(q)).size(), 4);
        q.filter.languages = {QStringLiteral("ar")};
        QCOMPARE(
            ids(m_all, m_finder.find(q)),
            (QStringList{QStringLiteral("north"), QStringLiteral("west"), QStringLiteral("far")}));
        q.filter.targetGroups = {QStringLiteral("refugees")};
        // The filter's rule: a target group chosen needs a service that names it.
        QCOMPARE(ids(m_all, m_finder.find(q)), QStringList{QStringLiteral("north")});
        q.filter.targetGroups.clear();
        q.filter.languages = {QStringLiteral("tr")};
        QCOMPARE(ids(m_all, m_finder.find(q)), QStringList{QStringLiteral("east")});
    }

    void openAtAFixedTimeAndOnAPublicHoliday()
    {
        ServiceQuery q;
        q.near = m_client;
        // Wednesday 25 November 2026, 10:00: north and south open, east closed, west and far
        // unknown.
        q.filter.openAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
        auto found = m_finder.find(q);
        QCOMPARE(ids(m_all, found), (QStringList{QStringLiteral("north"), QStringLiteral("south"),
                                                 QStringLiteral("west"), QStringLiteral("far")}));
        QCOMPARE(found[0].open, OpenState::Open);
        QCOMPARE(found[2].open, OpenState::Unknown);
        // Friday 25 December 2026, 10:00, Christmas Day, a public holiday in NRW: north is closed.
        q.filter.openAt = QDateTime(QDate(2026, 12, 25), QTime(10, 0));
        found = m_finder.find(q);
        QVERIFY(!ids(m_all, found).contains(QStringLiteral("north")));
        QVERIFY(ids(m_all, found).contains(QStringLiteral("south"))); // no PH rule: open
        // Saturday 28 November 2026, 11:00: only east of those with hours.
        q.filter.openAt = QDateTime(QDate(2026, 11, 28), QTime(11, 0));
        QCOMPARE(
            ids(m_all, m_finder.find(q)),
            (QStringList{QStringLiteral("east"), QStringLiteral("west"), QStringLiteral("far")}));
        QCOMPARE(openAt(QStringLiteral("Mo-Fr 09:00-17:00"),
                        QDateTime(QDate(2026, 11, 25), QTime(8, 59)), QStringLiteral("DE-NW")),
                 OpenState::Closed);
        QCOMPARE(openAt(QStringLiteral("Mo-Fr 09:00-17:00"),
                        QDateTime(QDate(2026, 11, 25), QTime(9, 0)), QStringLiteral("DE-NW")),
                 OpenState::Open);
        QCOMPARE(openAt(QStringLiteral("kaputt"), QDateTime(QDate(2026, 11, 25), QTime(9, 0)),
                        QStringLiteral("DE-NW")),
                 OpenState::Unknown);
    }

    void textAndEmptyStores()
    {
        ServiceQuery q;
        q.text = QStringLiteral("Einrichtung east");
        QCOMPARE(ids(m_all, m_finder.find(q)), QStringList{QStringLiteral("east")});
        q.text = QStringLiteral("nichts");
        QVERIFY(m_finder.find(q).empty());
        const QList<Institution> none;
        const ServiceFinder empty(none);
        ServiceQuery nearby;
        nearby.near = m_client;
        QVERIFY(empty.find(nearby).empty());
        QVERIFY(empty.find(ServiceQuery{}).empty());
    }
};

QTEST_APPLESS_MAIN(TestServiceFinder)
#include "tst_servicefinder.moc"
