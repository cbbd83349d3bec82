// The address gazetteer from OpenStreetMap data: address nodes and entrances,
// buildings and multipolygons (a point inside the outline), addr:place,
// postcode and town from the enclosing areas; stored as the store's layer in
// one transaction, found by the gazetteer the app and the tools use.

#include "addressgazetteer.h"
#include "addresslayer.h"
#include "geodesy.h"
#include "institutionstore.h"
#include "osmaddresses.h"
#include "testsupport.h"

#include <QPolygonF>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtplan;
using namespace stadtplan::basemap;

namespace {

const GeoBox City{8.3777, 51.9150, 8.6635, 52.1148};

// A small extract written by hand: each kind of address OpenStreetMap has.
class Extract
{
public:
    qint64 node(double lat, double lon, const QList<std::pair<QString, QString>> &tags = {})
    {
        const qint64 id = m_next++;
        m_nodes += QStringLiteral("<node id=\"%1\" version=\"1\" timestamp=\"2026-11-29T10:00:00Z\" "
                                  "lat=\"%2\" lon=\"%3\">%4</node>\n")
                       .arg(id)
                       .arg(lat, 0, 'f', 7)
                       .arg(lon, 0, 'f', 7)
                       .arg(tagText(tags));
        return id;
    }
    // A closed way through the points (lat, lon).
    qint64 ring(const QList<QPointF> &latLon, const QList<std::pair<QString, QString>> &tags = {})
    {
        QString refs;
        qint64 first = 0;
        for (const QPointF &p : latLon) {
            const qint64 n = node(p.x(), p.y());
            first = first ? first : n;
            refs += QStringLiteral("<nd ref=\"%1\"/>").arg(n);
        }
        refs += QStringLiteral("<nd ref=\"%1\"/>").arg(first);
        const qint64 id = m_next++;
        m_ways += QStringLiteral("<way id=\"%1\" version=\"1\" timestamp=\"2026-11-30T08:00:00Z\">"
                                 "%2%3</way>\n")
                      .arg(id)
                      .arg(refs, tagText(tags));
        return id;
    }
    qint64 area(const QList<qint64> &outer, const QList<qint64> &inner,
                const QList<std::pair<QString, QString>> &tags)
    {
        QString members;
        for (const qint64 w : outer)
            members += QStringLiteral("<member type=\"way\" ref=\"%1\" role=\"outer\"/>").arg(w);
        for (const qint64 w : inner)
            members += QStringLiteral("<member type=\"way\" ref=\"%1\" role=\"inner\"/>").arg(w);
        const qint64 id = m_next++;
        m_relations += QStringLiteral("<relation id=\"%1\" version=\"1\" "
                                      "timestamp=\"2026-11-28T08:00:00Z\">%2%3</relation>\n")
                           .arg(id)
                           .arg(members, tagText(tags));
        return id;
    }
    QByteArray xml() const
    {
        return (QStringLiteral("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\">\n") +
                m_nodes + m_ways + m_relations + QStringLiteral("</osm>\n"))
            .toUtf8();
    }
    // A rectangle's corners, south-west first.
    static QList<QPointF> box(double south, double west, double north, double east)
    {
        return {{south, west}, {south, east}, {north, east}, {north, west}};
    }

private:
    static QString tagText(const QList<std::pair<QString, QString>> &tags)
    {
        QString out;
        for (const auto &[k, v] : tags)
            out += QStringLiteral("<tag k=\"%1\" v=\"%2\"/>").arg(k, v);
        return out;
    }
    qint64 m_next = 1;
    QString m_nodes, m_ways, m_relations;
};

using Tags = QList<std::pair<QString, QString>>;

Tags address(const QString &street, const QString &number, const QString &postcode = {},
             const QString &city = QStringLiteral("Bielefeld"))
{
    Tags t{{QStringLiteral("addr:street"), street}, {QStringLiteral("addr:housenumber"), number}};
    if (!postcode.isEmpty())
        t.append({QStringLiteral("addr:postcode"), postcode});
    if (!city.isEmpty())
        t.append({QStringLiteral("addr:city"), city});
    return t;
}

bool insideRing(const QList<QPointF> &latLon, const GeoPoint &p)
{
    return QPolygonF(latLon).containsPoint(QPointF(p.latitude, p.longitude), Qt::OddEvenFill);
}

} // namespace

class TestAddresses : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The fixture's objects, where a test looks for them.
    QList<QPointF> m_lShape, m_courtyardOuter, m_courtyardInner, m_building;
    GeoPoint m_entrance{52.01905, 8.53030};

    QString writeExtract(const QString &name, double niederwallLat = 52.0205)
    {
        Extract e;
        e.node(niederwallLat, 8.5340, address(QStringLiteral("Niederwall"), QStringLiteral("25"),
                                              QStringLiteral("33602")));
        // A building whose entrance carries the address too: the entrance is kept.
        m_building = Extract::box(52.0190, 8.5300, 52.0194, 8.5306);
        e.ring(m_building, address(QStringLiteral("Detmolder Straße"), QStringLiteral("29"),
                                   QStringLiteral("33604")) +
                               Tags{{QStringLiteral("building"), QStringLiteral("yes")}});
        e.node(m_entrance.latitude, m_entrance.longitude,
               address(QStringLiteral("Detmolder Straße"), QStringLiteral("29"),
                       QStringLiteral("33604")) +
                   Tags{{QStringLiteral("entrance"), QStringLiteral("main")}});
        // A building without an entrance: its middle.
        e.ring(Extract::box(52.0180, 8.5310, 52.0184, 8.5316),
               address(QStringLiteral("Detmolder Straße"), QStringLiteral("31a"),
                       QStringLiteral("33604")) +
                   Tags{{QStringLiteral("building"), QStringLiteral("house")}});
        // An L-shaped building: its centre of mass lies outside it.
        const double s = 0.0001;
        m_lShape = {{52.0170, 8.5200},         {52.0170, 8.5200 + 10 * s},
                    {52.0170 + 2 * s, 8.5200 + 10 * s}, {52.0170 + 2 * s, 8.5200 + 2 * s},
                    {52.0170 + 10 * s, 8.5200 + 2 * s}, {52.0170 + 10 * s, 8.5200}};
        e.ring(m_lShape, address(QStringLiteral("Jahnplatz"), QStringLiteral("5"),
                                 QStringLiteral("33602")) +
                             Tags{{QStringLiteral("building"), QStringLiteral("yes")}});
        // A multipolygon with a courtyard where its middle would be.
        m_courtyardOuter = Extract::box(52.0250, 8.5400, 52.0260, 8.5410);
        m_courtyardInner = Extract::box(52.0253, 8.5403, 52.0257, 8.5407);
        const qint64 outer = e.ring(m_courtyardOuter);
        const qint64 inner = e.ring(m_courtyardInner);
        e.area({outer}, {inner},
               address(QStringLiteral("Ravensberger Straße"), QStringLiteral("12"),
                       QStringLiteral("33602")) +
                   Tags{{QStringLiteral("type"), QStringLiteral("multipolygon")},
                        {QStringLiteral("building"), QStringLiteral("school")}});
        // An address on a place, not a street.
        e.node(52.0300, 8.5500,
               {{QStringLiteral("addr:place"), QStringLiteral("Heeper Fichten")},
                {QStringLiteral("addr:housenumber"), QStringLiteral("3")},
                {QStringLiteral("addr:postcode"), QStringLiteral("33607")}});
        // Without postcode and town: both from the areas around it.
        e.node(52.0400, 8.5600,
               address(QStringLiteral("Teststraße"), QStringLiteral("7"), {}, {}));
        const qint64 postal = e.ring(Extract::box(52.0350, 8.5550, 52.0450, 8.5650));
        e.area({postal}, {},
               {{QStringLiteral("type"), QStringLiteral("boundary")},
                {QStringLiteral("boundary"), QStringLiteral("postal_code")},
                {QStringLiteral("postal_code"), QStringLiteral("33615")}});
        const qint64 town = e.ring(Extract::box(51.9200, 8.3800, 52.1100, 8.6600));
        e.area({town}, {},
               {{QStringLiteral("type"), QStringLiteral("boundary")},
                {QStringLiteral("boundary"), QStringLiteral("administrative")},
                {QStringLiteral("admin_level"), QStringLiteral("6")},
                {QStringLiteral("name"), QStringLiteral("Bielefeld")}});
        const qint64 district = e.ring(Extract::box(52.0300, 8.5500, 52.0500, 8.5700));
        e.area({district}, {},
               {{QStringLiteral("type"), QStringLiteral("boundary")},
                {QStringLiteral("boundary"), QStringLiteral("administrative")},
                {QStringLiteral("admin_level"), QStringLiteral("9")},
                {QStringLiteral("name"), QStringLiteral("Mitte")}});
        // Two numbers on one object.
        e.node(52.0210, 8.5330, address(QStringLiteral("Breite Straße"), QStringLiteral("1;3"),
                                        QStringLiteral("33602")));
        // Outside the city (Munich): left out.
        e.node(48.1370, 11.5750, address(QStringLiteral("Marienplatz"), QStringLiteral("1"),
                                         QStringLiteral("80331"), QStringLiteral("München")));
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(e.xml()) < 0)
            qFatal("cannot write the fixture");
        return file.fileName();
    }

    static GeoPoint at(const AddressGazetteer &g, const QString &typed)
    {
        const QList<AddressGazetteer::Match> found = g.lookup(typed);
        if (found.isEmpty() || !found.first().exact)
            return {};
        return found.first().position;
    }

private Q_SLOTS:
    void everyKindOfAddressIsFoundWhereItIs()
    {
        const QString extract = writeExtract(QStringLiteral("kinds.osm"));
        const QString store = path(QStringLiteral("kinds.gpkg"));
        const OsmAddresses read = storeOsmAddresses(extract, store, City);
        QCOMPARE(read.entries.size(), std::size_t(9));
        QCOMPARE(read.outside, 1);
        QCOMPARE(read.duplicates, 1); // the building of Detmolder Straße 29 behind its entrance
        QCOMPARE(read.onPlaces, 1);
        QCOMPARE(read.fromRelations, 1);
        QCOMPARE(read.postcodeFromArea, 1);
        QCOMPARE(read.cityFromArea, 2); // Teststraße 7 and the place
        QCOMPARE(read.dataTimestamp.date(), QDate(2026, 11, 30));

        const auto description = addresses::describe(store);
        QVERIFY(description);
        QCOMPARE(description->kind, QStringLiteral("openstreetmap"));
        QCOMPARE(description->source, QStringLiteral("kinds.osm"));
        QCOMPARE(description->dataDate, QStringLiteral("2026-11-30"));
        QCOMPARE(description->count, 9);

        QString problem;
        const auto g = AddressGazetteer::fromStore(store, &problem);
        QVERIFY2(g, qPrintable(problem));
        QCOMPARE(g->size(), 9);
        QCOMPARE(g->dataDate(), QStringLiteral("2026-11-30"));

        const GeoPoint niederwall = at(*g, QStringLiteral("Niederwall 25, 33602 Bielefeld"));
        QVERIFY(niederwall.isValid());
        QVERIFY(Geodesy::distanceMetres(niederwall, {52.0205, 8.5340}) < 0.1);
        // The entrance, not the building's middle.
        const GeoPoint door = at(*g, QStringLiteral("Detmolder Straße 29"));
        QVERIFY(Geodesy::distanceMetres(door, m_entrance) < 0.1);
        // A building: its middle.
        const GeoPoint house = at(*g, QStringLiteral("Detmolder Str. 31a"));
        QVERIFY(Geodesy::distanceMetres(house, {52.0182, 8.5313}) < 0.5);
        // The L and the courtyard: a point inside the outline, not in the hole.
        const GeoPoint l = at(*g, QStringLiteral("Jahnplatz 5"));
        QVERIFY(l.isValid());
        QVERIFY(insideRing(m_lShape, l));
        const GeoPoint school = at(*g, QStringLiteral("Ravensberger Straße 12"));
        QVERIFY(school.isValid());
        QVERIFY(insideRing(m_courtyardOuter, school));
        QVERIFY(!insideRing(m_courtyardInner, school));
        // A place; and an address given its postcode and town by the areas around it.
        QVERIFY(Geodesy::distanceMetres(at(*g, QStringLiteral("Heeper Fichten 3")), {52.0300, 8.5500}) < 0.1);
        const QList<AddressGazetteer::Match> test = g->lookup(QStringLiteral("Teststraße 7, 33615"));
        QVERIFY(!test.isEmpty() && test.first().exact);
        QCOMPARE(test.first().address.postcode, QStringLiteral("33615"));
        QCOMPARE(test.first().address.city, QStringLiteral("Bielefeld")); // the town, not the district
        QVERIFY(at(*g, QStringLiteral("Breite Straße 1")).isValid());
        QVERIFY(at(*g, QStringLiteral("Breite Straße 3")).isValid());
        QVERIFY(!at(*g, QStringLiteral("Marienplatz 1")).isValid());
    }

    void aNewExtractReplacesTheAddressesAndABrokenOneChangesNothing()
    {
        const QString store = path(QStringLiteral("replace.gpkg"));
        storeOsmAddresses(writeExtract(QStringLiteral("first.osm")), store, City);
        storeOsmAddresses(writeExtract(QStringLiteral("second.osm"), 52.0207), store, City);
        auto g = AddressGazetteer::fromStore(store, nullptr);
        QVERIFY(g);
        QCOMPARE(g->size(), 9); // replaced, not added
        QVERIFY(Geodesy::distanceMetres(at(*g, QStringLiteral("Niederwall 25")), {52.0207, 8.5340}) < 0.1);
        QCOMPARE(addresses::describe(store)->source, QStringLiteral("second.osm"));

        const QByteArray before = test::digest(store);
        QFile broken(path(QStringLiteral("broken.osm")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<osm version=\"0.6\"><node id=\"1\" lat=\"52.02\"");
        broken.close();
        QVERIFY_THROWS_EXCEPTION(BasemapError, storeOsmAddresses(broken.fileName(), store, City));
        // An extract with no address in the city is refused too.
        Extract empty;
        empty.node(52.02, 8.53);
        QFile none(path(QStringLiteral("none.osm")));
        QVERIFY(none.open(QIODevice::WriteOnly));
        none.write(empty.xml());
        none.close();
        try {
            storeOsmAddresses(none.fileName(), store, City);
            QFAIL("an extract without addresses was taken");
        } catch (const BasemapError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("holds no addresses")), qPrintable(e.message()));
        }
        QCOMPARE(test::digest(store), before);
    }

    void theToolStoresThemAndTheStoreIsFoundWithoutOptions()
    {
        const QString store = path(QStringLiteral("tool.gpkg"));
        QProcess tool;
        tool.start(QStringLiteral(STADTPLAN_BASEMAP_TOOL),
                   {QStringLiteral("addresses"), writeExtract(QStringLiteral("tool.osm")),
                    QStringLiteral("--into"), store});
        QVERIFY(tool.waitForFinished(60000));
        const QString out = QString::fromUtf8(tool.readAllStandardOutput());
        QVERIFY2(tool.exitCode() == 0, qPrintable(out + QString::fromUtf8(tool.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("stored 9 addresses of Bielefeld")), qPrintable(out));
        // The store was created with the schema, and is a store the app opens.
        QVERIFY(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly));
        QString problem, from;
        const auto g = AddressGazetteer::forStore(store, {}, FieldMapping{}, &problem, &from);
        QVERIFY2(g, qPrintable(problem));
        QCOMPARE(from, store);
        QCOMPARE(g->size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestAddresses)
#include "tst_addresses.moc"
