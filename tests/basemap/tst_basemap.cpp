#include "basemapbuild.h"
#include "basemapdata.h"
#include "basemappainter.h"
#include "basemapprint.h"
#include "institutionstore.h"
#include "osmfixture.h"
#include "streetindex.h"
#include "testsupport.h"
#include "tileset.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <gdal_priv.h>
#include <numbers>
#include <ogrsf_frmts.h>

using namespace stadtplan;
using namespace stadtplan::basemap;
using stadtplan::test::OsmFixture;

namespace {

const GeoBox Bielefeld{8.3777, 51.9150, 8.6635, 52.1148};
// A small box around the fixture's streets, so the tile sets stay small.
const QString FixtureBox = QStringLiteral("8.5100,52.0080,8.5560,52.0300");

// Web Mercator world pixels at a zoom, computed here from the textbook
// formula, independently of the code under test.
QPointF worldPixel(double lat, double lon, int z)
{
    const double n = 256.0 * std::pow(2.0, z);
    const double phi = lat * std::numbers::pi / 180.0;
    return {(lon + 180.0) / 360.0 * n,
            (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / std::numbers::pi) / 2.0 * n};
}

bool near(QRgb pixel, const QColor &colour, int tolerance = 6)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

int countFeatures(const QString &store, const QString &layer, const QString &where = {})
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(store.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds)
        return -1;
    OGRLayer *l = ds->GetLayerByName(layer.toUtf8().constData());
    if (!l)
        return -1;
    if (!where.isEmpty())
        l->SetAttributeFilter(where.toUtf8().constData());
    return int(l->GetFeatureCount());
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    BuildResult build(const OsmFixture &fixture, const QString &store,
                      const QString &clip = FixtureBox,
                      const QString &name = QStringLiteral("extract.osm"))
    {
        fixture.write(path(name));
        return buildBasemap({path(name), store, clip, Bielefeld, QStringLiteral("Bielefeld")});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void classifiesTheTagsTheMapShows()
    {
        const auto tags = [](std::initializer_list<std::pair<const char *, const char *>> list) {
            return [list](const char *key) {
                for (const auto &[k, v] : list)
                    if (qstrcmp(k, key) == 0)
                        return QString::fromUtf8(v);
                return QString();
            };
        };
        auto c = classify(OsmLayer::Lines, tags({{"highway", "trunk_link"}}));
        QVERIFY(c && c->theme == Theme::Roads && c->featureClass == u"motorway");
        c = classify(OsmLayer::Lines, tags({{"highway", "living_street"}}));
        QVERIFY(c && c->featureClass == u"residential");
        QVERIFY(!classify(OsmLayer::Lines, tags({{"highway", "proposed"}})));
        QVERIFY(!classify(OsmLayer::Lines, tags({{"highway", "pedestrian"}, {"area", "yes"}})));
        c = classify(OsmLayer::Lines, tags({{"railway", "light_rail"}}));
        QVERIFY(c && c->theme == Theme::Railways && c->featureClass == u"rail");
        c = classify(OsmLayer::Lines, tags({{"railway", "tram"}}));
        QVERIFY(c && c->featureClass == u"tram");
        QVERIFY(!classify(OsmLayer::Lines, tags({{"railway", "abandoned"}})));
        c = classify(OsmLayer::Multipolygons, tags({{"building", "yes"}, {"landuse", "forest"}}));
        QVERIFY(c && c->theme == Theme::Buildings);
        QVERIFY(!classify(OsmLayer::Multipolygons, tags({{"building", "no"}})));
        c = classify(OsmLayer::Multipolygons, tags({{"natural", "wood"}}));
        QVERIFY(c && c->theme == Theme::Green && c->featureClass == u"wood");
        c = classify(OsmLayer::Multipolygons, tags({{"waterway", "riverbank"}}));
        QVERIFY(c && c->theme == Theme::Water);
        c = classify(OsmLayer::Points, tags({{"place", "town"}, {"name", "Brackwede"}}));
        QVERIFY(c && c->theme == Theme::Places && c->featureClass == u"city");
        QVERIFY(!classify(OsmLayer::Points, tags({{"place", "suburb"}}))); // no name, no label
        c = classify(OsmLayer::Points, tags({{"railway", "tram_stop"}}));
        QVERIFY(c && c->theme == Theme::Stops && c->featureClass == u"tram");
        QVERIFY(!classify(OsmLayer::Points, tags({{"amenity", "cafe"}, {"name", "Café"}})));
    }

    void storesTheThemesOfAnExtract()
    {
        const QString store = path(QStringLiteral("layers.gpkg"));
        const BuildResult result = build(OsmFixture{}, store, QString());
        QCOMPARE(result.counts.value(Theme::Roads), 3);
        QCOMPARE(result.counts.value(Theme::Waterways), 1);
        QCOMPARE(result.counts.value(Theme::Green), 1);
        QCOMPARE(result.counts.value(Theme::Buildings), 1);
        QCOMPARE(result.counts.value(Theme::Railways), 1);
        QCOMPARE(result.counts.value(Theme::Places), 1);
        QCOMPARE(result.counts.value(Theme::Stops), 1);
        QCOMPARE(result.counts.value(Theme::Water), 0);
        QCOMPARE(result.outside, 1); // the street in Munich
        QCOMPARE(
            countFeatures(
                store, QStringLiteral("basemap_roads"),
                QStringLiteral(
                    "name = 'Jöllenbecker Straße' AND class = 'residential' AND osm_id = '101'")),
            1);
        QCOMPARE(
            countFeatures(store, QStringLiteral("basemap_roads"),
                          QStringLiteral("name = 'Große Kurfürstenstraße' AND class = 'tertiary'")),
            1);
        QCOMPARE(countFeatures(store, QStringLiteral("basemap_green"),
                               QStringLiteral("name = 'Bürgerpark' AND class = 'park'")),
                 1);
        QCOMPARE(countFeatures(store, QStringLiteral("basemap_roads"),
                               QStringLiteral("name = 'Außenweg'")),
                 0);
        // The store stays an institution store the app opens.
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)
                     ->institutions()
                     .size(),
                 0);
        // Building again replaces the basemap, it does not add to it.
        build(OsmFixture{}, store, QString());
        QCOMPARE(countFeatures(store, QStringLiteral("basemap_roads")), 3);
    }

    void clipsToABoxAndToAnArea()
    {
        // A box whose eastern edge cuts the Teststraße at 8.5300 east.
        const QString store = path(QStringLiteral("clip.gpkg"));
        const BuildResult result =
            build(OsmFixture{}, store, QStringLiteral("8.5000,52.0050,8.5300,52.0300"));
        QVERIFY(result.outside >= 1);
        const BasemapData data = BasemapData::load(store);
        const double east = toMercator({52.02, 8.5300}).x();
        bool found = false;
        for (const Feature &f : data.features()) {
            QVERIFY2(f.bounds.right() <= east + 0.01, qPrintable(f.name));
            if (f.name == u"Teststraße") {
                found = true;
                QCOMPARE(f.bounds.right(), east); // cut at the edge, not dropped
            }
        }
        QVERIFY(found);

        // An area of the store: a triangle around the Jöllenbecker Straße's south end.
        const QString areaStore = path(QStringLiteral("area.gpkg"));
        auto created = InstitutionStore::create(areaStore);
        Area mitte;
        mitte.id = QStringLiteral("d1");
        mitte.name = QStringLiteral("Mitte");
        mitte.kind = QStringLiteral("district");
        mitte.polygons = {
            {{{52.0100, 8.5250}, {52.0100, 8.5400}, {52.0175, 8.5325}, {52.0100, 8.5250}}}};
        created->replaceAreas({mitte});
        created.reset();
        build(OsmFixture{}, areaStore, QStringLiteral("Mitte"));
        const BasemapData clipped = BasemapData::load(areaStore);
        QStringList names;
        for (const Feature &f : clipped.features())
            names.append(f.name);
        QVERIFY(names.contains(QStringLiteral("Jöllenbecker Straße")));
        QVERIFY(names.contains(QStringLiteral("Große Kurfürstenstraße")));
        QVERIFY(!names.contains(QStringLiteral("Teststraße"))); // runs north of the triangle
        QVERIFY(!names.contains(QStringLiteral("Bürgerpark")));
        for (const Feature &f : clipped.features()) {
            if (f.name == u"Jöllenbecker Straße") {
                QVERIFY(std::abs(fromMercator(f.bounds.bottomLeft()).latitude - 52.0175) < 1e-6);
            }
        }
        // By kind: all districts together.
        build(OsmFixture{}, areaStore, QStringLiteral("district"));
        QCOMPARE(BasemapData::load(areaStore).features().size(), clipped.features().size());
        try {
            build(OsmFixture{}, areaStore, QStringLiteral("Nirgendwo"));
            QFAIL("an unknown clip area was accepted");
        } catch (const BasemapError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Nirgendwo")) &&
                         e.message().contains(QStringLiteral("Mitte")),
                     e.what());
        }
    }

    void readsProtocolBufferExtracts()
    {
        // The extracts people download are .osm.pbf; osmium converts the fixture.
        const QString osmium = QStandardPaths::findExecutable(QStringLiteral("osmium"));
        QVERIFY2(!osmium.isEmpty(), "osmium (osmium-tool) is needed; see scripts/packages.txt");
        OsmFixture{}.write(path(QStringLiteral("pbf.osm")));
        const QString pbf = path(QStringLiteral("fixture.osm.pbf"));
        QCOMPARE(run(osmium, {QStringLiteral("cat"), path(QStringLiteral("pbf.osm")),
                              QStringLiteral("-O"), QStringLiteral("-o"), pbf}),
                 QString());
        const QString store = path(QStringLiteral("pbf.gpkg"));
        const BuildResult result =
            buildBasemap({pbf, store, FixtureBox, Bielefeld, QStringLiteral("Bielefeld")});
        QCOMPARE(result.counts.value(Theme::Roads), 3);
        QCOMPARE(result.counts.value(Theme::Buildings), 1);
        QCOMPARE(countFeatures(store, QStringLiteral("basemap_roads"),
                               QStringLiteral("name = 'Jöllenbecker Straße'")),
                 1);
        const QByteArray before = test::digest(store);
        // Cut short, as an interrupted download is.
        QFile full(pbf);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        test::writeFile(path(QStringLiteral("cut.osm.pbf")), bytes.left(bytes.size() * 7 / 10));
        try {
            buildBasemap({path(QStringLiteral("cut.osm.pbf")), store, FixtureBox, Bielefeld,
                          QStringLiteral("Bielefeld")});
            QFAIL("a truncated PBF extract was accepted");
        } catch (const BasemapError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("truncated")), e.what());
        }
        QCOMPARE(test::digest(store), before);
    }

    void refusesBadInputAndKeepsTheStore()
    {
        const QString store = path(QStringLiteral("kept.gpkg"));
        build(OsmFixture{}, store);
        const QByteArray before = test::digest(store);
        const BasemapData original = BasemapData::load(store);

        const auto refused = [&](const QString &file, const QString &clip,
                                 const QString &expected) {
            try {
                buildBasemap({file, store, clip, Bielefeld, QStringLiteral("Bielefeld")});
            } catch (const BasemapError &e) {
                if (!e.message().contains(expected))
                    return QStringLiteral("unexpected message: ") + e.message();
                return QString();
            }
            return QStringLiteral("accepted");
        };
        // Truncated: the XML ends in the middle of the ways.
        const QByteArray xml = OsmFixture{}.xml();
        test::writeFile(path(QStringLiteral("truncated.osm")), xml.left(xml.size() * 3 / 4));
        QCOMPARE(
            refused(path(QStringLiteral("truncated.osm")), FixtureBox, QStringLiteral("truncated")),
            QString());
        // Not OSM at all, whatever the name says.
        test::writeFile(path(QStringLiteral("list.osm.pbf")),
                        "{\"type\": \"FeatureCollection\", \"features\": []}");
        QCOMPARE(refused(path(QStringLiteral("list.osm.pbf")), FixtureBox,
                         QStringLiteral("not an OpenStreetMap extract")),
                 QString());
        test::writeFile(path(QStringLiteral("empty.osm")), "");
        QCOMPARE(
            refused(path(QStringLiteral("empty.osm")), FixtureBox, QStringLiteral("empty.osm")),
            QString());
        QCOMPARE(refused(path(QStringLiteral("missing.osm")), FixtureBox,
                         QStringLiteral("no such file")),
                 QString());
        // An extract of another city.
        OsmFixture elsewhere;
        elsewhere.shiftLatitude = -3.9;
        elsewhere.shiftLongitude = 3.0;
        elsewhere.write(path(QStringLiteral("elsewhere.osm")));
        QCOMPARE(refused(path(QStringLiteral("elsewhere.osm")), QString(),
                         QStringLiteral("does not cover the bounds of Bielefeld")),
                 QString());
        // A clip that is neither a box nor an area.
        QCOMPARE(refused(path(QStringLiteral("extract.osm")), QStringLiteral("8.5,52.0,8.4"),
                         QStringLiteral("no area of that name, id or kind")),
                 QString());

        QCOMPARE(test::digest(store), before);
        const BasemapData after = BasemapData::load(store);
        QCOMPARE(after.features().size(), original.features().size());
        for (size_t i = 0; i < after.features().size(); ++i)
            QCOMPARE(after.features()[i].hash, original.features()[i].hash);
    }

    void aKilledBuildLeavesTheStoreAsItWas()
    {
        // A second process builds a large grid and is killed while writing.
        const QString store = path(QStringLiteral("killed.gpkg"));
        build(OsmFixture{}, store);
        const BasemapData original = BasemapData::load(store);
        QString grid = QStringLiteral("<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n");
        qint64 id = 1;
        QStringList ways;
        for (int row = 0; row < 400; ++row) {
            QString refs;
            for (int k = 0; k < 50; ++k) {
                grid += QStringLiteral("<node id=\"%1\" version=\"1\" lat=\"%2\" lon=\"%3\"/>\n")
                            .arg(id)
                            .arg(52.009 + row * 0.00005, 0, 'f', 6)
                            .arg(8.511 + k * 0.0009, 0, 'f', 6);
                refs += QStringLiteral("<nd ref=\"%1\"/>").arg(id++);
            }
            ways.append(QStringLiteral("<way id=\"%1\" version=\"1\">%2<tag k=\"highway\" "
                                       "v=\"residential\"/><tag k=\"name\" v=\"Straße %1\"/></way>")
                            .arg(row + 1)
                            .arg(refs));
        }
        grid += ways.join(QLatin1Char('\n')) + QStringLiteral("\n</osm>\n");
        test::writeFile(path(QStringLiteral("grid.osm")), grid.toUtf8());
        // Killed at different moments of the write: the store holds the old
        // basemap or the whole new one, never a part. The moments: as the
        // transaction starts, once SQLite's journal is there, and once it has
        // grown past each size (no fixed delays: each is a state of the files).
        const QString journal = store + QStringLiteral("-journal");
        QSet<size_t> seen;
        for (const qint64 journalBytes : {qint64(-1), qint64(0), qint64(8192), qint64(65536), qint64(262144)}) {
            QProcess tool;
            tool.start(QStringLiteral(STADTPLAN_BASEMAP_TOOL),
                       {QStringLiteral("build"), path(QStringLiteral("grid.osm")),
                        QStringLiteral("--into"), store, QStringLiteral("--clip"), FixtureBox});
            QVERIFY(tool.waitForStarted());
            // "writing N features" is printed right before the transaction starts.
            QByteArray out;
            while (!out.contains("writing") && tool.waitForReadyRead(30000))
                out += tool.readAllStandardOutput();
            QVERIFY2(out.contains("writing"), out.constData());
            if (journalBytes >= 0)
                test::waitUntil(tool, QFileInfo(store).absolutePath(), [&] {
                    const QFileInfo file(journal);
                    return file.exists() && file.size() >= journalBytes;
                });
            tool.kill();
            tool.waitForFinished();
            const BasemapData after = BasemapData::load(store);
            const size_t count = after.features().size();
            QVERIFY2(count == original.features().size() || count == 400,
                     qPrintable(QStringLiteral("killed at a journal of %1 bytes: %2 features")
                                    .arg(journalBytes)
                                    .arg(count)));
            seen.insert(count);
            QVERIFY(InstitutionStore::open(store, InstitutionStore::Access::ReadWrite));
            if (count == 400) // the new basemap is complete; start again from the old one
                build(OsmFixture{}, store);
        }
        qInfo("kills left the old basemap or the whole new one: %d distinct outcomes",
              int(seen.size()));
    }

    void theTileShowsTheStreetWhereItIs()
    {
        const QString store = path(QStringLiteral("tiles.gpkg"));
        build(OsmFixture{}, store);
        const BasemapData data = BasemapData::load(store);
        // West of the street's middle, where its name label is not.
        const double lat = 52.0200, lon = 8.5230;
        for (const int z : {15, 16, 17}) {
            const TileKey key = tileAt({lat, lon}, z);
            const QPointF world = worldPixel(lat, lon, z);
            QCOMPARE(key.x, int(world.x() / 256));
            QCOMPARE(key.y, int(world.y() / 256));
            const QImage tile = renderTile(data, key);
            QCOMPARE(tile.size(), QSize(256, 256));
            const int x = int(world.x()) - key.x * 256;
            const int y = int(std::lround(world.y() - 0.5)) - key.y * 256;
            const QRgb onStreet = tile.pixel(x, y);
            QVERIFY2(near(onStreet, Qt::white, 3),
                     qPrintable(QStringLiteral("zoom %1: pixel %2,%3 is %4, not the street's white")
                                    .arg(z)
                                    .arg(x)
                                    .arg(y)
                                    .arg(QColor(onStreet).name())));
            const int away = std::min(y + 20, 255) == y + 20 ? y + 20 : y - 20;
            QVERIFY2(near(tile.pixel(x, away), BasemapPainter::land(), 3),
                     qPrintable(QStringLiteral("zoom %1: 20 px from the street is %2, not land")
                                    .arg(z)
                                    .arg(QColor(tile.pixel(x, away)).name())));
        }
        // The river is drawn in water colour where it is.
        // A quarter along its first stretch, away from its name in the middle.
        const TileKey river = tileAt({52.01075, 8.5150}, 16);
        const QPointF w = worldPixel(52.01075, 8.5150, 16);
        const QImage tile = renderTile(data, river);
        QVERIFY(near(tile.pixel(int(w.x()) - river.x * 256, int(w.y()) - river.y * 256),
                     QColor(0xc6, 0xda, 0xe6), 8));
    }

    void tilesJoinWithoutSeams()
    {
        // Four tiles side by side look like the same area drawn at once:
        // street names crossing a tile edge are drawn on both tiles, whole
        // (here the Große Kurfürstenstraße's name crosses the edge between
        // the two columns).
        const QString store = path(QStringLiteral("seams.gpkg"));
        build(OsmFixture{}, store);
        const BasemapData data = BasemapData::load(store);
        const TileKey first = tileAt({52.0205, 8.5300}, 16);
        const QRectF area = tileRect(first).united(tileRect({16, first.x + 1, first.y + 1}));
        const MapView view{area, QSizeF(512, 512), 1.0};
        QImage whole(512, 512, QImage::Format_RGB32);
        {
            QPainter painter(&whole);
            const double m = view.margin();
            BasemapPainter::paint(painter, data, data.query(area.adjusted(-m, -m, m, m)), view);
        }
        int labelled = 0;
        for (const int dx : {0, 1}) {
            for (const int dy : {0, 1}) {
                const QImage tile = renderTile(data, {16, first.x + dx, first.y + dy});
                int differing = 0;
                for (int y = 0; y < 256; ++y) {
                    for (int x = 0; x < 256; ++x) {
                        const QRgb a = tile.pixel(x, y),
                                   b = whole.pixel(dx * 256 + x, dy * 256 + y);
                        if (std::abs(qRed(a) - qRed(b)) > 24 ||
                            std::abs(qGreen(a) - qGreen(b)) > 24 ||
                            std::abs(qBlue(a) - qBlue(b)) > 24)
                            ++differing;
                        if (qRed(a) < 0x80) // dark: label text
                            ++labelled;
                    }
                }
                QVERIFY2(differing < 256 * 256 / 200,
                         qPrintable(QStringLiteral("tile +%1,+%2: %3 pixels differ")
                                        .arg(dx)
                                        .arg(dy)
                                        .arg(differing)));
            }
        }
        QVERIFY2(labelled > 50, "the tiles hold no street names to compare");
    }

    void rebuildsOnlyTheTilesThatChanged()
    {
        const QString store = path(QStringLiteral("incremental.gpkg"));
        const QString folder = path(QStringLiteral("incremental-tiles"));
        build(OsmFixture{}, store);
        TilePlan plan;
        TileRun first;
        {
            const BasemapData data = BasemapData::load(store);
            TileBuilder builder(data, {folder, 14, 16, 2});
            plan = builder.plan();
            QVERIFY(plan.tiles > 50);
            QCOMPARE(plan.toRender, plan.tiles);
            QVERIFY(plan.seconds > 0 && plan.bytes > 0);
            first = builder.run();
        }
        QCOMPARE(first.rendered, plan.tiles);
        const QStringList files = QDir(folder).entryList({QStringLiteral("osm_100-l-8-*.png")});
        QCOMPARE(files.size(), plan.tiles);
        const auto folderFound = readTileFolder(folder);
        QVERIFY(folderFound);
        QCOMPARE(folderFound->maximumZoom, 16);
        QVERIFY(folderFound->attribution.contains(QStringLiteral("OpenStreetMap")));

        // A far tile (north-west corner, away from the Teststraße) and the street's own tile.
        const TileKey far = tileAt({52.0295, 8.5110}, 16);
        const TileKey street = tileAt({52.0200, 8.5230}, 16);
        const QString farFile = QDir(folder).filePath(tileFileName(far));
        const QString streetFile = QDir(folder).filePath(tileFileName(street));
        const QByteArray farBefore = test::digest(farFile);
        const QByteArray streetBefore = test::digest(streetFile);
        QVERIFY(!farBefore.isEmpty() && !streetBefore.isEmpty());

        // Nothing changed: nothing is drawn.
        {
            const BasemapData data = BasemapData::load(store);
            TileBuilder builder(data, {folder, 14, 16, 2});
            QCOMPARE(builder.plan().toRender, 0);
            QCOMPARE(builder.run().rendered, 0);
        }
        // The street moves 30 m north: only the tiles that show it are drawn again.
        OsmFixture moved;
        moved.teststrasseLatitude = 52.0203;
        build(moved, store);
        TileRun second;
        {
            const BasemapData data = BasemapData::load(store);
            TileBuilder builder(data, {folder, 14, 16, 2});
            second = builder.run();
        }
        QVERIFY2(
            second.rendered > 0 && second.rendered < plan.tiles / 2,
            qPrintable(
                QStringLiteral("%1 of %2 tiles drawn again").arg(second.rendered).arg(plan.tiles)));
        QCOMPARE(second.unchanged, plan.tiles - second.rendered);
        QCOMPARE(test::digest(farFile), farBefore);
        QVERIFY(test::digest(streetFile) != streetBefore);

        // A folder holding other files is refused and left alone.
        const QString other = path(QStringLiteral("photos"));
        QDir().mkpath(other);
        test::writeFile(QDir(other).filePath(QStringLiteral("holiday.jpg")), "jpeg");
        const BasemapData data = BasemapData::load(store);
        QVERIFY_THROWS_EXCEPTION(BasemapError, TileBuilder(data, {other, 14, 16, 2}));
        QCOMPARE(QDir(other).entryList(QDir::Files).size(), 1);
        // A store without a basemap is a clear error.
        const QString plain = path(QStringLiteral("plain.gpkg"));
        InstitutionStore::create(plain);
        try {
            BasemapData::load(plain);
            QFAIL("a store without a basemap loaded");
        } catch (const BasemapError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("holds no basemap")), e.what());
        }
    }

    void indexesStreetsByGridCell()
    {
        const QString store = path(QStringLiteral("index.gpkg"));
        build(OsmFixture{}, store);
        const BasemapData data = BasemapData::load(store);
        PrintGrid grid;
        grid.metres = data.clipRect();
        grid.columns = 5;
        grid.rows = 4;
        const QList<StreetIndexEntry> index = streetIndex(data, grid);
        QStringList names;
        for (const StreetIndexEntry &e : index)
            names.append(e.name);
        // German order: "Große" before "Jöllenbecker" before "Teststraße"; Munich is not on the
        // map.
        QCOMPARE(names, (QStringList{QStringLiteral("Große Kurfürstenstraße"),
                                     QStringLiteral("Jöllenbecker Straße"),
                                     QStringLiteral("Teststraße")}));

        // The Teststraße, a straight east–west line: its row and columns from the grid's own
        // geometry.
        const QPointF west = toMercator({52.0200, 8.5200}), east = toMercator({52.0200, 8.5450});
        const double w = grid.metres.width() / grid.columns, h = grid.metres.height() / grid.rows;
        const int row = int((grid.metres.bottom() - west.y()) / h);
        QStringList expected;
        for (int c = int((west.x() - grid.metres.left()) / w);
             c <= int((east.x() - grid.metres.left()) / w); ++c)
            expected.append(PrintGrid::columnName(c) + QString::number(row + 1));
        QCOMPARE(index.at(2).cells, expected);
        QCOMPARE(PrintGrid::columnName(0), QStringLiteral("A"));
        QCOMPARE(PrintGrid::columnName(25), QStringLiteral("Z"));
        QCOMPARE(PrintGrid::columnName(26), QStringLiteral("AA"));
    }

    void printsTheMapAsVectorsWithItsStreetIndex()
    {
        const QString store = path(QStringLiteral("print.gpkg"));
        build(OsmFixture{}, store);
        const BasemapData data = BasemapData::load(store);
        PrintOptions options;
        options.output = path(QStringLiteral("map.pdf"));
        options.paper = QPageSize::A4;
        options.title = QStringLiteral("Stadtplan Bielefeld");
        const PrintResult result = printBasemap(data, options);
        QVERIFY(result.pages >= 2);
        QCOMPARE(result.index.size(), 3);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        if (pdftotext.isEmpty() || pdfimages.isEmpty())
            QSKIP("the PDF's text and images are not checked: poppler-utils (pdftotext, "
                  "pdfimages) is not installed; see scripts/packages.txt");
        const QString text =
            run(pdftotext, {QStringLiteral("-layout"), options.output, QStringLiteral("-")});
        QVERIFY2(!text.startsWith(QStringLiteral("FAILED")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Stadtplan Bielefeld")));
        QVERIFY(text.contains(QStringLiteral("OpenStreetMap")));
        for (const StreetIndexEntry &entry : result.index) {
            // Each street with its cells on one line of the index.
            const QRegularExpression line(
                QRegularExpression::escape(entry.name) + QStringLiteral("\\s+") +
                QRegularExpression::escape(entry.cells.join(QStringLiteral(", "))));
            QVERIFY2(line.match(text).hasMatch(),
                     qPrintable(entry.name + QStringLiteral(" ") +
                                entry.cells.join(QStringLiteral(", ")) +
                                QStringLiteral(" not in:\n") + text));
        }
        // Vectors: the PDF holds no raster image at all.
        const QString images = run(pdfimages, {QStringLiteral("-list"), options.output});
        QVERIFY2(!images.startsWith(QStringLiteral("FAILED")), qPrintable(images));
        QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only
    }
};

QTEST_MAIN(TestBasemap)
#include "tst_basemap.moc"
