#include "basemapsource.h"
#include "bundleddata.h"
#include "cityprofile.h"
#include "clock.h"
#include "fileserver.h"
#include "osmfixture.h"
#include "focusiconprovider.h"
#include "fonts.h"
#include "storelocation.h"
#include "tileset.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QQmlContext>
#include <QUrl>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(StadtplanPlugin)
Q_IMPORT_QML_PLUGIN(Stadtplan_ModelsPlugin)

// Gives the QML tests a real GeoPackage made from the bundled demo data.
// The map's source as the app makes it at start, over the offline map
// beside a store (tests of what happens when that map is built anew).
class Basemaps : public QObject
{
    Q_OBJECT
public:
    QString cacheDirectory;
    Q_INVOKABLE stadtplan::BasemapSource *offlineBeside(const QString &store)
    {
        const auto city = stadtplan::CityProfile::fromJson(stadtplan::BundledData::read(QStringLiteral("city.json")));
        auto *source = new stadtplan::BasemapSource(city, city.tileUrl, QStringLiteral("offline"),
                                                    stadtplan::basemap::tileFolderFor(store), false, cacheDirectory, this);
        QQmlEngine::setObjectOwnership(source, QQmlEngine::CppOwnership);
        return source;
    }
    // No offline map beside the store.
    Q_INVOKABLE bool removeOfflineMap(const QString &store)
    {
        return QDir(stadtplan::basemap::tileFolderFor(store)).removeRecursively();
    }
    // An offline map beside the store in one colour, as a build leaves one
    // (its folder made anew, a manifest with the data's date): solid tiles
    // of zooms 10 to 14 over the city.
    Q_INVOKABLE bool paintOfflineMap(const QString &store, const QString &colour, const QString &dataDate)
    {
        const QString folder = stadtplan::basemap::tileFolderFor(store);
        QDir(folder).removeRecursively();
        if (!QDir().mkpath(folder))
            return false;
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(QColor(colour));
        const double west = 8.35, south = 51.90, east = 8.70, north = 52.12;
        using stadtplan::basemap::TileKey;
        for (int z = 10; z <= 14; ++z) {
            const TileKey from = stadtplan::basemap::tileAt({north, west}, z);
            const TileKey to = stadtplan::basemap::tileAt({south, east}, z);
            for (int x = from.x - 1; x <= to.x + 1; ++x)
                for (int y = from.y - 1; y <= to.y + 1; ++y)
                    if (!tile.save(QDir(folder).filePath(stadtplan::basemap::tileFileName({z, x, y}))))
                        return false;
        }
        QFile manifest(QDir(folder).filePath(QStringLiteral("stadtplan-basemap.json")));
        return manifest.open(QIODevice::WriteOnly)
               && manifest.write(QString::fromUtf8(R"json({"minimumZoom":10,"maximumZoom":14,)json"
                                                   R"json("attribution":"© OpenStreetMap contributors (ODbL)",)json"
                                                   R"json("dataDate":"%1","bounds":[%2,%3,%4,%5]})json")
                                     .arg(dataDate).arg(west).arg(south).arg(east).arg(north).toUtf8()) > 0;
    }
};

class Setup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_engines = 0;
    // The offline map's download server, on the loopback interface: a small
    // region extract, and a path that is not there (404).
    stadtplan::test::FileServer m_server;
    Basemaps m_basemaps;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The day is fixed at the edge of a year (23:59 on New Year's Eve), so
        // "tomorrow" is in the next one. (QStandardPaths' test mode: testmode.cpp.)
        stadtplan::clock::set(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
        // The app's fonts, as the app sets them before its window exists.
        stadtplan::fonts::useForApplication();
        stadtplan::test::OsmFixture region;
        region.regionNodes = 20000;
        const QByteArray pbf = stadtplan::test::osmPbf(region, m_dir.path(), QStringLiteral("region"),
                                                       QStringLiteral("2026-11-30T21:21:02Z"));
        if (pbf.isEmpty())
            qFatal("osmium (osmium-tool) is needed to make the offline map's test extract");
        m_server.files.insert(QStringLiteral("/region.osm.pbf"), pbf);
        if (!m_server.start())
            qFatal("cannot listen on the loopback interface");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // A store of its own for each test file: one file's edits are not another's data.
        const QString store = m_dir.filePath(QStringLiteral("qmltest%1.gpkg").arg(++m_engines));
        stadtplan::openStore(store, true, stadtplan::bundledDemoSeed);
        engine->rootContext()->setContextProperty(QStringLiteral("testStorePath"), store);
        // Lists for the import dialog: one with errors, one to import.
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(m_dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(content);
            return QUrl::fromLocalFile(file.fileName());
        };
        engine->rootContext()->setContextProperty(
            QStringLiteral("brokenList"),
            write(QStringLiteral("kaputt.csv"), "Name;Lat;Lon;Schwerpunkt\nKochtreff;52,03;8,54;Kochkurs\n"));
        // Two good rows and one at fault: the valid part can be imported without it.
        engine->rootContext()->setContextProperty(
            QStringLiteral("mixedList"),
            write(QStringLiteral("gemischt.csv"), "Name;Lat;Lon;Schwerpunkt\n"
                                                  "Elterncafe Mitte;52,021;8,531;Sprachkurse\n"
                                                  "Nähtreff;52,022;8,532;Nähkurs\n"
                                                  "Lernhilfe Ost;52,023;8,533;Sprachkurse\n"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("goodList"),
            write(QStringLiteral("neu.csv"), "Name;Lat;Lon;Schwerpunkt\n<b>Neuer</b> Treff;52,03;8,54;Sprachkurse\n"));
        // Gauss-Krueger without a word of its coordinate system, and a column the
        // usual names do not know, which the mapping file assigns.
        engine->rootContext()->setContextProperty(
            QStringLiteral("gaussKruegerList"),
            write(QStringLiteral("gk.csv"), "Name;Rechtswert;Hochwert;Schwerpunkt;Zimmer\n"
                                            "Alte Liste;3468506,0;5765745,0;Sprachkurse;seit 1998\n"));
        // Web Mercator metres, a system no list of the city's uses: not recognised.
        engine->rootContext()->setContextProperty(
            QStringLiteral("mercatorList"),
            write(QStringLiteral("mercator.csv"), "Name;Rechtswert;Hochwert;Schwerpunkt\n"
                                                  "Kartenexport;950145,2;6803851,1;Sprachkurse\n"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("mappingFile"),
            write(QStringLiteral("zuordnung.yaml"), "fields:\n  description: Zimmer\n"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("brokenMappingFile"),
            write(QStringLiteral("kaputt.json"), "{\"fields\": {\"bemerkung\": \"Zimmer\"}}"));
        // Addresses without positions, and a gazetteer that knows one of them.
        engine->rootContext()->setContextProperty(
            QStringLiteral("addressList"),
            write(QStringLiteral("adressen.csv"), "Name;Straße;Hausnummer;PLZ;Schwerpunkt\n"
                                                  "Treff am Wall;Niederwall;23;33602;Beratung\n"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("gazetteerFile"),
            write(QStringLiteral("hauskoordinaten.csv"), "Straße;Hausnummer;PLZ;Lat;Lon\nNiederwall;23;33602;52.0205;8.5352\n")
                .toLocalFile());
        engine->rootContext()->setContextProperty(
            QStringLiteral("areaList"),
            write(QStringLiteral("bezirke.geojson"),
                  "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                  "{\"name\":\"Mitte\",\"einwohner\":\"81000\"},\"geometry\":{\"type\":\"Polygon\","
                  "\"coordinates\":[[[8.50,52.00],[8.56,52.00],[8.56,52.04],[8.50,52.04],[8.50,52.00]]]}}]}"));
        engine->rootContext()->setContextProperty(QStringLiteral("exportTarget"),
                                                  QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("ansicht.geojson"))));
        engine->rootContext()->setContextProperty(QStringLiteral("printTarget"),
                                                  QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("stadtplan.pdf"))));
        // Where the tests save what they render, to be looked at (STADTPLAN_TEST_SHOTS); empty: nowhere.
        engine->rootContext()->setContextProperty(QStringLiteral("shotsDirectory"), qEnvironmentVariable("STADTPLAN_TEST_SHOTS"));
        engine->rootContext()->setContextProperty(QStringLiteral("regionExtract"),
                                                  m_server.url(QStringLiteral("/region.osm.pbf")));
        engine->rootContext()->setContextProperty(QStringLiteral("missingExtract"),
                                                  m_server.url(QStringLiteral("/missing.osm.pbf")));
        m_basemaps.cacheDirectory = m_dir.filePath(QStringLiteral("tile-cache"));
        engine->rootContext()->setContextProperty(QStringLiteral("testBasemaps"), &m_basemaps);
        stadtplan::FocusIconProvider::install(engine);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(stadtplan_qml, Setup)
#include "tst_qml.moc"
