#include "bundleddata.h"
#include "cityprofile.h"
#include "clusterindex.h"
#include "coverage.h"
#include "institutionstore.h"
#include "filter.h"
#include "storelocation.h"
#include "taxonomy.h"
#include "tileserver.h"
#include "../basemap/osmfixture.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace stadtplan;
using stadtplan::test::TileServer;

// Runs the real app offscreen and checks from the pixels of its screenshot
// that every marker stands where its coordinates say, in its focus area's colour.
class TestScreenshot : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;
    QList<Institution> m_seed;
    Taxonomy m_taxonomy;
    const CityProfile m_city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));

    struct Shot
    {
        QImage image;
        QRectF map;
        double latitude = 0, longitude = 0, zoom = 0;
        QString attribution;    // the map corner's credit, as shown
        QString basemapMessage; // what the map says when no tiles show; empty: nothing
        QStringList districtNames; // the district names drawn on the map
        QStringList iconSizes;     // the window icon's sizes that load
    };

    Shot shoot(const QString &name, const QStringList &extra, QString *errors = nullptr)
    {
        const QString png = m_dir.filePath(name);
        QProcess app;
        app.setProcessChannelMode(QProcess::SeparateChannels);
        // Its own data and cache folders, so no run sees another's tiles or store.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(name + QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(name + QStringLiteral(".data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(name + QStringLiteral(".config")));
        app.setProcessEnvironment(env);
        QSignalSpy finished(&app, &QProcess::finished);
        app.start(QStringLiteral(STADTPLAN_APP),
                  QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                              QStringLiteral("1280x800"), QStringLiteral("--store"), m_store,
                              QStringLiteral("--center"), QStringLiteral("52.02,8.54"),
                              QStringLiteral("--zoom"), QStringLiteral("12.8")} +
                      extra);
        Shot shot;
        const auto fail = [&](const QString &why) {
            QTest::qFail(qPrintable(why), __FILE__, __LINE__);
            return shot;
        };
        // Wait with a running event loop: the tile server of this test answers
        // meanwhile. The app saves the first frame with data; its own limit
        // (two minutes) ends a broken run, this one a hung app.
        if (!finished.wait(180000))
            return fail(QStringLiteral("the app did not finish within three minutes"));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        const QString err = QString::fromUtf8(app.readAllStandardError());
        if (errors)
            *errors = err;
        if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0)
            return fail(QStringLiteral("the app failed (%1): %2").arg(app.exitCode()).arg(err));
        static const QRegularExpression line(
            QStringLiteral("map (\\S+) (\\S+) (\\S+) (\\S+) center (\\S+) (\\S+) zoom (\\S+)"));
        const auto m = line.match(out);
        if (!m.hasMatch())
            return fail(QStringLiteral("no map geometry in the output: ") + out);
        shot.image = QImage(png);
        shot.map = QRectF(m.captured(1).toDouble(), m.captured(2).toDouble(),
                          m.captured(3).toDouble(), m.captured(4).toDouble());
        shot.latitude = m.captured(5).toDouble();
        shot.longitude = m.captured(6).toDouble();
        shot.zoom = m.captured(7).toDouble();
        static const QRegularExpression attribution(QStringLiteral("stadtplan: attribution \"(.*)\"\n"));
        static const QRegularExpression message(QStringLiteral("stadtplan: basemap message \"(.*)\"\n"));
        shot.attribution = attribution.match(out).captured(1);
        shot.basemapMessage = message.match(out).captured(1);
        static const QRegularExpression districts(QStringLiteral("stadtplan: district names \"(.*)\"\n"));
        shot.districtNames = districts.match(out).captured(1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        static const QRegularExpression icon(QStringLiteral("stadtplan: window icon \"(.*)\"\n"));
        shot.iconSizes = icon.match(out).captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return shot;
    }

    // Web Mercator with 256-pixel tiles, written out here rather than asked of
    // Qt Location, so the test checks the map instead of repeating it.
    static QPointF world(double lat, double lon, double zoom)
    {
        const double size = 256.0 * std::pow(2.0, zoom);
        const double phi = lat * std::numbers::pi / 180.0;
        return {(lon + 180.0) / 360.0 * size,
                (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / std::numbers::pi) / 2.0 * size};
    }
    static QPointF project(const Shot &shot, const GeoPoint &p)
    {
        const QPointF centre = world(shot.latitude, shot.longitude, shot.zoom);
        const QPointF at = world(p.latitude, p.longitude, shot.zoom);
        return shot.map.center() + (at - centre);
    }

    // How many of 16 pixels on a ring of radius 10.5 around `at` have `colour`:
    // inside the marker disc and outside its icon.
    static int ringMatches(const QImage &image, const QPointF &at, const QColor &colour)
    {
        int matches = 0;
        for (int k = 0; k < 16; ++k) {
            const double angle = k * std::numbers::pi / 8.0;
            const QPoint p(qRound(at.x() + 10.5 * std::cos(angle)),
                           qRound(at.y() + 10.5 * std::sin(angle)));
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - colour.red()) <= 10 &&
                std::abs(c.green() - colour.green()) <= 10 &&
                std::abs(c.blue() - colour.blue()) <= 10)
                ++matches;
        }
        return matches;
    }

    // The markers the app shows at the shot's zoom, worked out here with the
    // domain's clustering of the seed (and a filter): single institutions
    // whose marker stands clear of every other marker, inside the map and
    // clear of its own controls (zoom buttons, scale bar, attribution).
    QList<QPair<qsizetype, QPointF>> isolatedSingles(const Shot &shot, const std::vector<bool> &matches = {}) const
    {
        // A filter this small gets a clustering of its own, as in the app.
        const ClusterIndex index = clusterIndex(matches);
        const auto items = index.items(GeoBox{-180, -85, 180, 85}, shot.zoom);
        const QRectF inner = shot.map.adjusted(20, 100, -60, -40);
        QList<QPair<qsizetype, QPointF>> result;
        for (const auto &item : items) {
            const QPointF at = project(shot, item.position);
            if (item.isCluster() || !inner.contains(at))
                continue;
            bool alone = true;
            for (const auto &other : items) {
                if (other.id != item.id && QLineF(at, project(shot, other.position)).length() < 44)
                    alone = false;
            }
            if (alone)
                result.append({qsizetype(item.id), at});
        }
        return result;
    }
    ClusterIndex clusterIndex(const std::vector<bool> &only = {}) const
    {
        std::vector<ClusterIndex::Point> points;
        for (const Institution &i : m_seed)
            points.push_back({i.position, 1u});
        const CityProfile city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
        return ClusterIndex(points, 1, ClusterOptions::forMarkers(city.maximumZoom), only);
    }

    QColor colourOf(const Institution &institution, const QSet<QString> &focus = {}) const
    {
        for (const Service &s : institution.services) {
            for (const QString &area : s.focusAreas) {
                if (focus.isEmpty() || focus.contains(area))
                    return QColor(m_taxonomy.focusArea(area)->colour);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("screenshot.gpkg"));
        openStore(m_store, true, bundledDemoSeed);
        m_seed = bundledDemoSeed().institutions;
        m_taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
    }

    // The app over an offline basemap built and rendered by stadtplan-basemap
    // from a fixture extract: the street is drawn where the street is.
    void theBasemapShowsTheStreetsWhereTheyAre()
    {
        const QString extract = m_dir.filePath(QStringLiteral("fixture.osm"));
        test::OsmFixture{}.write(extract);
        const QString store = m_dir.filePath(QStringLiteral("basemap.gpkg"));
        const QString tiles = m_dir.filePath(QStringLiteral("basemap-tiles"));
        const auto tool = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(STADTPLAN_BASEMAP_TOOL), args);
            p.waitForFinished(120000);
            return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
                       ? QString()
                       : QString::fromUtf8(p.readAllStandardError());
        };
        QCOMPARE(tool({QStringLiteral("build"), extract, QStringLiteral("--into"), store, QStringLiteral("--clip"),
                       QStringLiteral("8.5000,52.0050,8.5600,52.0320")}),
                 QString());
        QCOMPARE(tool({QStringLiteral("tiles"), store, QStringLiteral("--out"), tiles, QStringLiteral("--zooms"),
                       QStringLiteral("13-16")}),
                 QString());
        for (const double zoom : {14.0, 16.0}) {
            const QString name = QStringLiteral("basemap-z%1.png").arg(zoom);
            // The Teststraße runs east–west through the centre.
            const Shot shot = shoot(name, {QStringLiteral("--store"), store, QStringLiteral("--basemap"), tiles,
                                           QStringLiteral("--center"), QStringLiteral("52.0200,8.5230"),
                                           QStringLiteral("--zoom"), QString::number(zoom)});
            QVERIFY(!shot.image.isNull());
            QCOMPARE(shot.zoom, zoom);
            const QPoint centre = shot.map.center().toPoint();
            int whitest = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                const QColor c = shot.image.pixelColor(centre.x(), centre.y() + dy);
                whitest = std::max(whitest, std::min({c.red(), c.green(), c.blue()}));
            }
            QVERIFY2(whitest >= 250, qPrintable(QStringLiteral("zoom %1: no white street at the centre of %2").arg(zoom).arg(name)));
            const QColor land = shot.image.pixelColor(centre.x(), centre.y() + 25);
            QVERIFY2(std::abs(land.red() - 0xf2) <= 3 && std::abs(land.green() - 0xef) <= 3 && std::abs(land.blue() - 0xe9) <= 3,
                     qPrintable(QStringLiteral("zoom %1: 25 px from the street is %2, not land").arg(zoom).arg(land.name())));
        }
        // Deeper than the tiles go, the map stops where they end.
        const Shot deep = shoot(QStringLiteral("basemap-deep.png"), {QStringLiteral("--store"), store, QStringLiteral("--basemap"), tiles,
                                                                     QStringLiteral("--center"), QStringLiteral("52.0200,8.5230"),
                                                                     QStringLiteral("--zoom"), QStringLiteral("19")});
        QVERIFY(deep.zoom < 17);
    }

    // Coverage over six constructed districts: each is drawn in the colour
    // class of its uncovered share, darker where more of it is far from the
    // nearest counselling service.
    void coverageColoursEachDistrictByItsClass()
    {
        const QString store = m_dir.filePath(QStringLiteral("coverage.gpkg"));
        openStore(store, true, bundledDemoSeed);
        QList<Area> districts;
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 3; ++c) {
                const double south = 52.025 - r * 0.02, west = 8.49 + c * 0.03;
                Area a;
                a.id = QStringLiteral("d%1").arg(r * 3 + c);
                a.name = QStringLiteral("Testbezirk %1").arg(r * 3 + c);
                a.kind = QStringLiteral("district");
                a.population = 10000;
                a.polygons = {{{{south, west}, {south, west + 0.03}, {south + 0.02, west + 0.03}, {south + 0.02, west}, {south, west}}}};
                districts.append(a);
            }
        }
        InstitutionStore::open(store, InstitutionStore::Access::ReadWrite)->replaceAreas(districts);
        CoverageOptions options;
        options.focus = QStringLiteral("counselling");
        const CoverageReport report = computeCoverage(m_seed, districts, options);
        QSet<int> classes;
        for (const AreaCoverage &a : report.areas)
            classes.insert(std::clamp(int(a.uncoveredShare * 5), 0, 4));
        QVERIFY2(classes.size() >= 3, "the constructed districts should fall into several classes");

        const Shot shot = shoot(QStringLiteral("coverage.png"), {QStringLiteral("--store"), store, QStringLiteral("--coverage"), QStringLiteral("counselling"),
                                                                 QStringLiteral("--center"), QStringLiteral("52.02,8.535"), QStringLiteral("--zoom"), QStringLiteral("12.6")});
        QVERIFY(!shot.image.isNull());
        // The median lightness of each district's pixels (a grid inside it, away from its edges).
        QList<QPair<int, int>> classAndLightness;
        for (int k = 0; k < districts.size(); ++k) {
            const GeoBox b = districts[k].boundingBox();
            QList<int> lightness;
            for (int i = 1; i < 10; ++i) {
                for (int j = 1; j < 10; ++j) {
                    const QPointF at = project(shot, {b.south + (b.north - b.south) * (0.1 + 0.08 * i), b.west + (b.east - b.west) * (0.1 + 0.08 * j)});
                    if (shot.image.rect().contains(at.toPoint()))
                        lightness.append(shot.image.pixelColor(at.toPoint()).lightness());
                }
            }
            QVERIFY(lightness.size() > 40);
            std::sort(lightness.begin(), lightness.end());
            classAndLightness.append({std::clamp(int(report.areas[k].uncoveredShare * 5), 0, 4), lightness[lightness.size() / 2]});
            qInfo("district %d: class %d, lightness %d", k, classAndLightness.last().first, classAndLightness.last().second);
        }
        for (const auto &[classA, lightA] : classAndLightness) {
            for (const auto &[classB, lightB] : classAndLightness) {
                if (classA > classB)
                    QVERIFY2(lightA < lightB - 5, qPrintable(QStringLiteral("class %1 is not darker than class %2 (%3 vs %4)").arg(classA).arg(classB).arg(lightA).arg(lightB)));
            }
        }
    }

    void markersStandWhereTheirCoordinatesSay()
    {
        const Shot shot = shoot(QStringLiteral("all.png"), {});
        QVERIFY(!shot.image.isNull());
        QCOMPARE(shot.image.size(), QSize(1280, 800));
        QVERIFY(shot.map.width() > 600 && shot.map.height() > 500);
        const auto singles = isolatedSingles(shot);
        QVERIFY2(singles.size() >= 4, qPrintable(QString::number(singles.size())));
        for (const auto &[point, at] : singles) {
            const Institution &institution = m_seed[point];
            const int matches = ringMatches(shot.image, at, colourOf(institution));
            QVERIFY2(matches >= 10,
                     qPrintable(QStringLiteral("%1 at (%2, %3): %4 of 16 pixels in %5")
                                    .arg(institution.id)
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(matches)
                                    .arg(colourOf(institution).name())));
            // A few pixels off, and the ring would hit the marker's white border or the ground.
            const QPointF off = at + QPointF(9, 0);
            QVERIFY(ringMatches(shot.image, off, colourOf(institution)) < matches);
        }
        // Clusters: a white centre ringed in colour, where the clustering puts them.
        const ClusterIndex index = clusterIndex();
        int clusters = 0;
        for (const auto &item : index.items(GeoBox{-180, -85, 180, 85}, shot.zoom)) {
            const QPointF at = project(shot, item.position);
            if (!item.isCluster() || !shot.map.adjusted(30, 100, -60, -40).contains(at))
                continue;
            ++clusters;
            const QColor centre = shot.image.pixelColor(at.toPoint() + QPoint(-12, 0));
            QVERIFY2(centre.lightness() > 200, qPrintable(QStringLiteral("cluster at (%1, %2) has no white inside").arg(at.x()).arg(at.y())));
        }
        QVERIFY(clusters >= 2);
    }

    void oneFocusAreaLeavesOnlyItsInstitutions()
    {
        // Health: hospitals and counselling centres spread over the city, so
        // several stand alone at this zoom.
        const QSet<QString> focus{QStringLiteral("health")};
        const Shot shot = shoot(QStringLiteral("health.png"),
                                {QStringLiteral("--focus"), QStringLiteral("health")});
        QVERIFY(!shot.image.isNull());
        Filter filter;
        filter.focusAreas = focus;
        std::vector<bool> matches;
        for (const Institution &i : m_seed)
            matches.push_back(filter.matches(i));
        const auto present = isolatedSingles(shot, matches);
        for (const auto &[point, at] : present)
            QVERIFY2(ringMatches(shot.image, at, QColor(QStringLiteral("#2e7d32"))) >= 10, qPrintable(m_seed[point].id));
        // Nothing of any focus colour where a filtered-out institution stood alone.
        int absent = 0;
        for (const auto &[point, at] : isolatedSingles(shot)) {
            if (matches[std::size_t(point)])
                continue;
            bool nearShown = false;
            for (const auto &[shown, where] : present)
                nearShown = nearShown || QLineF(at, where).length() < 44;
            if (nearShown)
                continue;
            QVERIFY2(ringMatches(shot.image, at, colourOf(m_seed[point])) <= 2, qPrintable(m_seed[point].id));
            ++absent;
        }
        QVERIFY2(present.size() >= 2 && absent >= 2,
                 qPrintable(QStringLiteral("%1 present, %2 absent").arg(present.size()).arg(absent)));
    }

    void aConfiguredTileServerIsTheBasemap()
    {
        const QColor water(0x9e, 0xc5, 0xe8);
        TileServer tiles;
        tiles.body = TileServer::png(water);
        QVERIFY(tiles.start());
        // A base URL, the other form --tile-url takes.
        const QString url = QStringLiteral("http://127.0.0.1:%1/tiles").arg(tiles.port());
        const Shot shot = shoot(QStringLiteral("tiles.png"), {QStringLiteral("--tile-url"), url});
        QVERIFY(!shot.image.isNull());
        QVERIFY(!tiles.paths.isEmpty());
        static const QRegularExpression tilePath(QStringLiteral("^/tiles/(\\d+)/(\\d+)/(\\d+)\\.png$"));
        for (const QString &path : std::as_const(tiles.paths))
            QVERIFY2(tilePath.match(path).hasMatch(), qPrintable(path));
        QVERIFY(!tiles.userAgents.isEmpty());
        // The tile usage policy: the app, its version and its address in the User-Agent.
        for (const QString &agent : std::as_const(tiles.userAgents)) {
            QVERIFY2(agent.startsWith(QStringLiteral("Stadtplan/") + QStringLiteral(STADTPLAN_VERSION)), qPrintable(agent));
            QVERIFY2(agent.contains(QStringLiteral("+https://")), qPrintable(agent));
        }
        // The tiles' credit is on screen, and no message covers the map.
        QCOMPARE(shot.attribution, m_city.tileAttribution);
        QVERIFY(shot.attribution.contains(QStringLiteral("OpenStreetMap")));
        QCOMPARE(shot.basemapMessage, QString());
        // Away from the markers, the map shows the server's tiles.
        int tilePixels = 0, samples = 0;
        for (double fx = 0.05; fx < 0.5; fx += 0.05) {
            const QPoint p(qRound(shot.map.left() + fx * shot.map.width()),
                           qRound(shot.map.top() + 0.9 * shot.map.height() - 30));
            ++samples;
            tilePixels += shot.image.pixelColor(p) == water ? 1 : 0;
        }
        QVERIFY2(tilePixels >= samples - 2, qPrintable(QStringLiteral("%1 of %2").arg(tilePixels).arg(samples)));
    }

    // The ground without tiles: the districts with their names, the line
    // that says why, and the credit of the bundled data.
    void checkDistrictGround(const Shot &shot)
    {
        QVERIFY(!shot.image.isNull());
        QCOMPARE(shot.districtNames.size(), 10);
        QVERIFY(shot.districtNames.contains(QStringLiteral("Mitte")));
        QVERIFY(shot.districtNames.contains(QStringLiteral("Jöllenbeck")));
        QVERIFY2(shot.attribution.contains(QStringLiteral("Stadt Bielefeld")), qPrintable(shot.attribution));
        QVERIFY2(shot.basemapMessage.contains(QStringLiteral("markers, list and search work")),
                 qPrintable(shot.basemapMessage));
        // Inside the city the ground is the districts' light fill over white
        // (bright, a little blue); no tile colours. Of a 9 x 9 block, so that
        // a graticule line through it does not decide.
        const QPoint inside = project(shot, GeoPoint{51.995, 8.61}).toPoint(); // Stieghorst, away from the markers
        int groundPixels = 0;
        QString seen;
        for (int dy = -4; dy <= 4; ++dy)
            for (int dx = -4; dx <= 4; ++dx) {
                const QColor ground = shot.image.pixelColor(inside + QPoint(dx, dy));
                groundPixels += ground.red() > 200 && ground.blue() > ground.red() ? 1 : 0;
                if (dx == 0 && dy == 0)
                    seen = ground.name();
            }
        QVERIFY2(groundPixels >= 70, qPrintable(QStringLiteral("%1 of 81 pixels, e.g. %2").arg(groundPixels).arg(seen)));
    }

    // A tile server that refuses the app, or a name that does not resolve:
    // the districts and the line that says why, in the UI language.
    void unreachableTilesShowTheDistrictsAndSayWhy()
    {
        TileServer refusing;
        refusing.status = "403 Forbidden";
        QVERIFY(refusing.start());
        const QString url = refusing.url();
        const Shot refused = shoot(QStringLiteral("tiles-403.png"),
                                   {QStringLiteral("--tile-url"), url, QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY(!refusing.paths.isEmpty()); // the tiles were asked for
        QVERIFY2(refused.basemapMessage.contains(QStringLiteral("refused them (403 Forbidden)")),
                 qPrintable(refused.basemapMessage));
        checkDistrictGround(refused);

        const QStringList unresolvable{QStringLiteral("--tile-url"),
                                       QStringLiteral("http://tiles.stadtplan.invalid/{z}/{x}/{y}.png")};
        const Shot offline = shoot(QStringLiteral("tiles-offline.png"),
                                   unresolvable + QStringList{QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(offline.basemapMessage.startsWith(QStringLiteral("No map tiles: this computer seems to be offline.")),
                 qPrintable(offline.basemapMessage));
        checkDistrictGround(offline);
        // In German and in Arabic, the line is in that language.
        const Shot german = shoot(QStringLiteral("tiles-offline-de.png"),
                                  unresolvable + QStringList{QStringLiteral("--language"), QStringLiteral("de")});
        QVERIFY2(german.basemapMessage.contains(QStringLiteral("offline")) &&
                     german.basemapMessage.contains(QStringLiteral("Kartenkacheln")),
                 qPrintable(german.basemapMessage));
        const Shot arabic = shoot(QStringLiteral("tiles-offline-ar.png"),
                                  unresolvable + QStringList{QStringLiteral("--language"), QStringLiteral("ar")});
        QVERIFY2(!arabic.basemapMessage.isEmpty() && arabic.basemapMessage.at(0).script() == QChar::Script_Arabic,
                 qPrintable(arabic.basemapMessage));
    }

    // --basemap none switches the tiles off for one start, and says so.
    void noTilesForOneStart()
    {
        const Shot shot = shoot(QStringLiteral("basemap-none.png"), {QStringLiteral("--basemap"), QStringLiteral("none"),
                                                             QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(shot.basemapMessage.contains(QStringLiteral("switched off")), qPrintable(shot.basemapMessage));
        QCOMPARE(shot.districtNames.size(), 10);
        // The window has its icon, from the small to the large (app/shell).
        QCOMPARE(shot.iconSizes, (QStringList{QStringLiteral("16"), QStringLiteral("24"), QStringLiteral("32"),
                                              QStringLiteral("48"), QStringLiteral("64"), QStringLiteral("128"),
                                              QStringLiteral("256")}));
        // Offline chosen with nothing made yet: said so.
        const Shot offline = shoot(QStringLiteral("basemap-offline.png"), {QStringLiteral("--basemap"), QStringLiteral("offline"),
                                                                         QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(offline.basemapMessage.contains(QStringLiteral("No offline city map")), qPrintable(offline.basemapMessage));
    }

    void mapLinesNeverCoverThePanel()
    {
        // Selecting the AWO in the east pans the map after its first frame so
        // that graticule lines fall just left of the map, under the side
        // panel: none of them may show through it.
        const Shot shot = shoot(QStringLiteral("panel.png"),
                                {QStringLiteral("--select"), QStringLiteral("bi-011"),
                                 QStringLiteral("--zoom"), QStringLiteral("13")});
        QVERIFY(!shot.image.isNull());
        int columns = 0;
        for (double lon = 8.36; lon < 8.68; lon += 0.02) {
            const double x = project(shot, {shot.latitude, lon}).x();
            if (x < 20 || x > shot.map.left() - 20)
                continue;
            ++columns;
            // A line through the panel tints most rows of its column; text
            // (the brown "position estimated") only a few.
            for (int dx : {-1, 0, 1}) {
                int rows = 0, tinted = 0;
                for (int y = qRound(shot.map.top()) + 10; y < shot.image.height() - 10; y += 2) {
                    const QColor c = shot.image.pixelColor(qRound(x) + dx, y);
                    // The graticule's warm grey, alone or blended with the white panel.
                    tinted += c.red() >= 215 && c.green() >= 210 && c.red() - c.blue() >= 5 && c.red() < 250;
                    ++rows;
                }
                QVERIFY2(tinted < rows / 5, qPrintable(QStringLiteral("a map line shows through the panel at x=%1 "
                                                                      "(%2 of %3 rows)")
                                                           .arg(qRound(x) + dx)
                                                           .arg(tinted)
                                                           .arg(rows)));
            }
        }
        QVERIFY2(columns >= 2, "the view should put graticule lines under the panel");
    }

    void aDamagedStoreIsShownAndTheAppStillStarts()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.gpkg"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name;Adresse\nnot a GeoPackage\n");
        file.close();
        QString errors;
        // --store comes last and wins over the test's default store.
        const Shot shot = shoot(QStringLiteral("damaged.png"), {QStringLiteral("--store"), damaged}, &errors);
        QVERIFY(!shot.image.isNull()); // started, rendered and exited 0
        QVERIFY2(errors.contains(damaged) && errors.contains(QStringLiteral("may be damaged")), qPrintable(errors));
        // The red banner above the map says so too.
        const QColor banner(0xfd, 0xe7, 0xe9);
        int bannerPixels = 0;
        for (int x = 0; x < shot.image.width(); x += 8)
            bannerPixels += shot.image.pixelColor(x, qRound(shot.map.top()) - 12) == banner ? 1 : 0;
        QVERIFY2(bannerPixels > shot.image.width() / 8 / 2, qPrintable(QString::number(bannerPixels)));
        QFile untouched(damaged);
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray("Name;Adresse\nnot a GeoPackage\n"));
    }

    void aSelectedInstitutionOpensItsCard()
    {
        const Shot shot = shoot(QStringLiteral("card.png"),
                                {QStringLiteral("--select"), QStringLiteral("bi-016")});
        QVERIFY(!shot.image.isNull());
        // The card covers the right part of the map with a white panel.
        const QRectF card(shot.map.right() - 48 - 300, shot.map.top() + 60, 250, 200);
        int white = 0;
        for (int y = int(card.top()); y < int(card.bottom()); y += 10)
            for (int x = int(card.left()); x < int(card.right()); x += 10)
                white += shot.image.pixelColor(x, y) == QColor(Qt::white) ? 1 : 0;
        QVERIFY2(white > 200, qPrintable(QString::number(white)));
    }

    // Pixels of exactly this colour in the rectangle.
    static int countColour(const QImage &image, const QRect &rect, const QColor &colour)
    {
        int n = 0;
        for (int y = std::max(0, rect.top()); y <= std::min(image.height() - 1, rect.bottom()); ++y)
            for (int x = std::max(0, rect.left()); x <= std::min(image.width() - 1, rect.right()); ++x)
                n += image.pixelColor(x, y) == colour ? 1 : 0;
        return n;
    }

    void rightToLeftMirrorsTheLayout()
    {
        const Shot english = shoot(QStringLiteral("ltr.png"), {QStringLiteral("--language"), QStringLiteral("en")});
        const Shot arabic = shoot(QStringLiteral("rtl.png"), {QStringLiteral("--language"), QStringLiteral("ar")});
        QVERIFY(!english.image.isNull() && !arabic.image.isNull());
        // The map moves from the right of the panel to its left.
        QVERIFY2(english.map.left() > 300 && arabic.map.left() < 5,
                 qPrintable(QStringLiteral("%1 / %2").arg(english.map.left()).arg(arabic.map.left())));
        QCOMPARE(arabic.map.width(), english.map.width());
        // The focus areas' round icons: at the panel's left edge in English,
        // at its right edge in Arabic (the first one's colour, counted in strips).
        const QColor education(QStringLiteral("#01579b"));
        const int width = english.image.width();
        const QRect leftStrip(0, 100, 60, 330), rightStrip(width - 60, 100, 60, 330);
        QVERIFY(countColour(english.image, leftStrip, education) > 100);
        QCOMPARE(countColour(english.image, rightStrip, education), 0);
        QVERIFY(countColour(arabic.image, rightStrip, education) > 100);
        QCOMPARE(countColour(arabic.image, leftStrip, education), 0);
        // The zoom buttons move to the map's left: the panel's white where
        // the English map had land, and land where the English panel was.
        const QColor panel(Qt::white);
        const QRect englishPanel(40, 500, 200, 20), arabicPanel(width - 240, 500, 200, 20);
        QVERIFY(countColour(arabic.image, arabicPanel, panel) > countColour(english.image, arabicPanel, panel) + 1000);
        QVERIFY(countColour(english.image, englishPanel, panel) > countColour(arabic.image, englishPanel, panel) + 1000);
    }

    void theEditorShowsTheRecordItsHandleAndTheReviewQueue()
    {
        // A store of its own: one proposal waiting, one draft.
        const QString store = m_dir.filePath(QStringLiteral("editing.gpkg"));
        QList<Institution> records = m_seed;
        records[2].recordStatus = RecordStatus::Draft;
        InstitutionStore::create(store)->replaceInstitutions(records);
        Institution proposed = records[15];
        proposed.address.houseNumber = QStringLiteral("99");
        proposed.services[0].contact.email = QStringLiteral("neu@example.org");
        InstitutionStore::open(store, InstitutionStore::Access::ReadWrite)->propose(proposed, QStringLiteral("ben"));

        const Shot editing = shoot(QStringLiteral("editor.png"), {QStringLiteral("--store"), store, QStringLiteral("--edit"), records[15].id});
        QVERIFY(!editing.image.isNull());
        // The handle (orange) stands on the record's position, its tip on the point.
        const QPointF at = project(editing, records[15].position);
        const QColor handle(QStringLiteral("#e65100"));
        QVERIFY2(countColour(editing.image, QRect(int(at.x()) - 16, int(at.y()) - 44, 32, 46), handle) > 200,
                 qPrintable(QString::number(countColour(editing.image, QRect(int(at.x()) - 16, int(at.y()) - 44, 32, 46), handle))));
        // The panel is the form, not the search: no focus-area icons in its left strip.
        const QColor education(QStringLiteral("#01579b"));
        QCOMPARE(countColour(editing.image, QRect(0, 100, 60, 330), education), 0);

        const Shot review = shoot(QStringLiteral("review.png"), {QStringLiteral("--store"), store, QStringLiteral("--edit"), QStringLiteral("review")});
        QVERIFY(!review.image.isNull());
        // The difference: the published values struck through in red, the
        // proposed ones in green, in the panel; no handle without a record.
        const QRect panel(0, 60, 360, 700);
        QVERIFY2(countColour(review.image, panel, QColor(QStringLiteral("#8a1c1c"))) > 20, "no old values shown");
        QVERIFY2(countColour(review.image, panel, QColor(QStringLiteral("#1b5e20"))) > 20, "no proposed values shown");
        QCOMPARE(countColour(review.image, QRect(360, 0, 920, 800), handle), 0);

        // A record that is not there: said, and no window.
        QProcess unknown;
        unknown.start(QStringLiteral(STADTPLAN_APP), {QStringLiteral("--store"), store, QStringLiteral("--edit"),
                                                      QStringLiteral("gibt-es-nicht"), QStringLiteral("--screenshot"),
                                                      m_dir.filePath(QStringLiteral("none.png"))});
        QVERIFY(unknown.waitForFinished(60000));
        QCOMPARE(unknown.exitCode(), 2);
        QVERIFY(unknown.readAllStandardError().contains("no record with id 'gibt-es-nicht'"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.png"))));
    }

    void helpAndVersionNeedNoDisplay()
    {
        // As on a server or in a terminal without a window system: no display,
        // no Wayland, no platform chosen.
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            bare.remove(QString::fromLatin1(name));
        for (const QString &asked : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version")}) {
            QProcess app;
            app.setProcessEnvironment(bare);
            app.start(QStringLiteral(STADTPLAN_APP), {asked});
            QVERIFY(app.waitForFinished(30000));
            const QString out = QString::fromUtf8(app.readAllStandardOutput());
            const QString err = QString::fromUtf8(app.readAllStandardError());
            QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, qPrintable(asked + u' ' + err));
            QVERIFY2(!err.contains(QStringLiteral("xcb")) && !err.contains(QStringLiteral("platform plugin")), qPrintable(err));
            if (asked == u"--version")
                QCOMPARE(out.trimmed(), QStringLiteral("stadtplan " STADTPLAN_VERSION));
            else
                QVERIFY2(out.contains(QStringLiteral("--screenshot")) && out.contains(QStringLiteral("--store")), qPrintable(out));
        }
    }

    void theStartPageShowsATileForEachResidentsTopic()
    {
        const Shot shot = shoot(QStringLiteral("start-de.png"),
                                {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--start-page")});
        QVERIFY(!shot.image.isNull());
        const QRect page(0, 40, shot.image.width(), shot.image.height() - 40);
        QSet<QString> offered;
        for (const Institution &i : std::as_const(m_seed))
            for (const QString &f : i.focusAreas())
                offered.insert(f);
        int tiles = 0;
        for (const FocusArea &area : m_taxonomy.focusAreas()) {
            const int pixels = countColour(shot.image, page, QColor(area.colour));
            if (area.forProfessionals || !offered.contains(area.id)) {
                QVERIFY2(pixels < 100, qPrintable(QStringLiteral("%1: %2 pixels").arg(area.id).arg(pixels)));
            } else {
                // A large tile: at least 120 x 100 pixels of its colour (less its icon and label).
                QVERIFY2(pixels > 12000, qPrintable(QStringLiteral("%1: %2 pixels").arg(area.id).arg(pixels)));
                ++tiles;
            }
        }
        QVERIFY(tiles >= 10);
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
