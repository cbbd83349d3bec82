#include "basemapsource.h"
#include "clock.h"
#include "bundleddata.h"
#include "cityprofile.h"
#include "storelocation.h"
#include "tileset.h"
#include "tileserver.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtplan;
using stadtplan::test::TileServer;

namespace {
// Asks the source at `url` whether tiles come, and returns what it says then.
QString answerOf(const CityProfile &city, const QString &url, bool *problem = nullptr)
{
    BasemapSource source(city, url, {}, {}, true, {});
    QSignalSpy checked(&source, &BasemapSource::reachabilityChecked);
    source.checkReachable();
    const bool answered = checked.wait(30000);
    if (problem)
        *problem = answered && source.boundaryOnly();
    return source.message();
}

} // namespace

// What the map is drawn on: the offline map when there, else online tiles,
// else the boundary with what to do; the user's choice kept in the settings.
class TestBasemapSource : public QObject
{
    Q_OBJECT
    const CityProfile m_city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    QTemporaryDir m_dir;

    static QSettings settings()
    {
        return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("stadtplan"),
                         QStringLiteral("stadtplan"));
    }

    // A tile folder as stadtplan-basemap leaves it (its manifest is what makes it one).
    QString tileFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("tiles"));
        QDir().mkpath(folder);
        QFile manifest(QDir(folder).filePath(QStringLiteral("stadtplan-basemap.json")));
        if (!manifest.open(QIODevice::WriteOnly))
            return {};
        manifest.write(R"json({"minimumZoom":10,"maximumZoom":16,"attribution":"© OpenStreetMap contributors (ODbL)",
                          "bounds":[8.3777,51.915,8.6635,52.1148]})json");
        return folder;
    }

private Q_SLOTS:
    void init() { settings().remove(QLatin1String(BasemapSource::SettingsKey)); }
    void cleanup() { settings().remove(QLatin1String(BasemapSource::SettingsKey)); }

    void automaticIsOfflineWhenThereElseOnline()
    {
        const BasemapSource online(m_city, m_city.tileUrl, {}, m_dir.filePath(QStringLiteral("none")), true, {});
        QCOMPARE(online.choice(), QStringLiteral("automatic"));
        QCOMPARE(online.kind(), BasemapSource::Kind::Online);
        QCOMPARE(online.tileHost(), QStringLiteral("https://tile.openstreetmap.org/"));
        QCOMPARE(online.attribution(), m_city.tileAttribution);
        QCOMPARE(online.maximumZoom(), 19);
        QVERIFY(online.message().isEmpty());
        QVERIFY(!online.boundaryOnly());

        const QString folder = tileFolder();
        const BasemapSource offline(m_city, m_city.tileUrl, {}, folder, true, {});
        QCOMPARE(offline.kind(), BasemapSource::Kind::Offline);
        QCOMPARE(offline.maximumZoom(), 16);
        QVERIFY(offline.attribution().contains(QStringLiteral("ODbL")));
        QVERIFY(offline.offlineHost().startsWith(QStringLiteral("file://")));
        // A manifest without a date (made before dates were kept): the credit alone, nothing offered.
        QCOMPARE(offline.attribution(), QStringLiteral("© OpenStreetMap contributors (ODbL)"));
        QVERIFY(!offline.offlineMapOld());
        // Online chosen: the tiles, although the offline map is there.
        const BasemapSource chosen(m_city, m_city.tileUrl, QStringLiteral("online"), folder, true, {});
        QCOMPARE(chosen.kind(), BasemapSource::Kind::Online);

        // No network and nothing downloaded: the boundary, and what to do.
        const BasemapSource nothing(m_city, m_city.tileUrl, {}, {}, false, {});
        QCOMPARE(nothing.kind(), BasemapSource::Kind::None);
        QVERIFY(nothing.boundaryOnly());
        QVERIFY2(nothing.message().contains(QStringLiteral("this computer seems to be offline")), qPrintable(nothing.message()));
        // The ground's credit: the bundled boundary, districts and population.
        QVERIFY(nothing.attribution().contains(QStringLiteral("BKG")));
        QVERIFY(nothing.attribution().contains(QStringLiteral("Stadt Bielefeld")));
        QVERIFY(nothing.attributionUrl().isEmpty());
        QCOMPARE(online.attributionUrl(), QStringLiteral("https://www.openstreetmap.org/copyright"));
    }

    // The date of the offline map's data stands beside its credit; after 30
    // days the app offers an update (the clock decides, not the test's day).
    void theOfflineMapSaysHowOldItsDataIs()
    {
        const QString folder = m_dir.filePath(QStringLiteral("dated"));
        QDir().mkpath(folder);
        QFile manifest(QDir(folder).filePath(QStringLiteral("stadtplan-basemap.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"json({"minimumZoom":10,"maximumZoom":16,"attribution":"© OpenStreetMap contributors (ODbL)",
                          "dataDate":"2026-11-30","bounds":[8.3777,51.915,8.6635,52.1148]})json");
        manifest.close();
        {
            const clock::Fixed day(QDateTime(QDate(2026, 12, 30), QTime(12, 0)));
            const BasemapSource fresh(m_city, m_city.tileUrl, {}, folder, true, {});
            QCOMPARE(fresh.attribution(), QStringLiteral("© OpenStreetMap contributors (ODbL), 2026-11-30"));
            QCOMPARE(fresh.offlineDataDate(), QStringLiteral("2026-11-30"));
            QVERIFY(!fresh.offlineMapOld()); // 30 days: not yet
        }
        {
            const clock::Fixed day(QDateTime(QDate(2026, 12, 31), QTime(0, 1)));
            const BasemapSource old(m_city, m_city.tileUrl, {}, folder, true, {});
            QVERIFY(old.offlineMapOld()); // 31 days
            // Online chosen: no offline map in use, nothing to offer.
            const BasemapSource online(m_city, m_city.tileUrl, QStringLiteral("online"), folder, true, {});
            QVERIFY(!online.offlineMapOld());
        }
    }

    // An update built in the folder of the offline map shown is read at
    // once: its date, credit and deepest zoom, and no more offer to update.
    // Without an offline map in use there is nothing to refresh.
    void anUpdatedOfflineMapIsReadAtOnce()
    {
        // The folder the app looks in beside this store.
        const QString store = m_dir.filePath(QStringLiteral("updated.gpkg"));
        const QString folder = m_dir.filePath(QStringLiteral("updated-tiles"));
        QDir().mkpath(folder);
        const auto writeManifest = [&](const char *date, int maximumZoom) {
            QFile manifest(QDir(folder).filePath(QStringLiteral("stadtplan-basemap.json")));
            QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
            manifest.write(QStringLiteral(R"json({"minimumZoom":10,"maximumZoom":%1,"attribution":"© OpenStreetMap contributors (ODbL)",
                          "dataDate":"%2","bounds":[8.3777,51.915,8.6635,52.1148]})json")
                               .arg(maximumZoom)
                               .arg(QLatin1String(date))
                               .toUtf8());
        };
        writeManifest("2026-10-01", 16);
        const clock::Fixed day(QDateTime(QDate(2026, 12, 6), QTime(12, 0)));
        BasemapSource source(m_city, m_city.tileUrl, {}, folder, true, {});
        QCOMPARE(source.kind(), BasemapSource::Kind::Offline);
        QVERIFY(source.offlineMapOld());
        QSignalSpy changed(&source, &BasemapSource::offlineChanged);
        writeManifest("2026-12-05", 17);
        QVERIFY(!source.refreshOffline(m_dir.filePath(QStringLiteral("other.gpkg")))); // not the map shown
        QCOMPARE(changed.count(), 0);
        QVERIFY(source.refreshOffline(store));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(source.offlineDataDate(), QStringLiteral("2026-12-05"));
        QVERIFY(!source.offlineMapOld());
        QCOMPARE(source.maximumZoom(), 17);
        QCOMPARE(source.attribution(), QStringLiteral("© OpenStreetMap contributors (ODbL), 2026-12-05"));

        BasemapSource online(m_city, m_city.tileUrl, QStringLiteral("online"), folder, true, {});
        QVERIFY(!online.refreshOffline(store));
        BasemapSource none(m_city, m_city.tileUrl, QStringLiteral("none"), folder, true, {});
        QVERIFY(!none.refreshOffline(store));
        // No store named: the app's own, as the dialog's job names none by default.
        {
            const QString own = basemap::tileFolderFor(defaultStoreLocation());
            QVERIFY(QDir().mkpath(own));
            QVERIFY(QFile::copy(QDir(folder).filePath(QStringLiteral("stadtplan-basemap.json")),
                                QDir(own).filePath(QStringLiteral("stadtplan-basemap.json"))));
            BasemapSource ownMap(m_city, m_city.tileUrl, {}, own, true, {});
            QVERIFY(ownMap.refreshOffline(QString()));
            QVERIFY(!source.refreshOffline(QString()));
            QDir(own).removeRecursively();
        }
        // A first offline map, over online tiles: taken when the choice for
        // this run leaves it open (automatic), not when online or none was
        // asked; never twice.
        {
            const QString firstStore = m_dir.filePath(QStringLiteral("first.gpkg"));
            const QString firstFolder = m_dir.filePath(QStringLiteral("first-tiles"));
            BasemapSource automatic(m_city, m_city.tileUrl, {}, firstFolder, true, {});
            BasemapSource onlineAsked(m_city, m_city.tileUrl, QStringLiteral("online"), firstFolder, true, {});
            QCOMPARE(automatic.kind(), BasemapSource::Kind::Online);
            QVERIFY(!automatic.switchToOffline(firstStore)); // nothing built yet
            QVERIFY(QDir().mkpath(firstFolder));
            QVERIFY(QFile::copy(QDir(folder).filePath(QStringLiteral("stadtplan-basemap.json")),
                                QDir(firstFolder).filePath(QStringLiteral("stadtplan-basemap.json"))));
            QSignalSpy switched(&automatic, &BasemapSource::offlineChanged);
            QVERIFY(automatic.switchToOffline(firstStore));
            QCOMPARE(switched.count(), 1);
            QCOMPARE(automatic.kind(), BasemapSource::Kind::Offline);
            QCOMPARE(automatic.offlineDirectory(), QDir(firstFolder).absolutePath());
            QCOMPARE(automatic.offlineDataDate(), QStringLiteral("2026-12-05"));
            QVERIFY(!automatic.boundaryOnly());
            QVERIFY(!automatic.switchToOffline(firstStore));
            QVERIFY(!onlineAsked.switchToOffline(firstStore));
            QCOMPARE(onlineAsked.kind(), BasemapSource::Kind::Online);
        }
        // A folder that stopped being one (a broken manifest) keeps what was read.
        writeManifest("2026-12-05", 17);
        QFile(QDir(folder).filePath(QStringLiteral("stadtplan-basemap.json"))).resize(3);
        QVERIFY(!source.refreshOffline(store));
        QCOMPARE(source.offlineDataDate(), QStringLiteral("2026-12-05"));
    }

    void theChoiceIsKeptForTheNextStart()
    {
        BasemapSource first(m_city, m_city.tileUrl, {}, {}, true, {});
        QSignalSpy changed(&first, &BasemapSource::choiceChanged);
        first.setChoice(QStringLiteral("none"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(first.restartNeeded());
        QCOMPARE(first.kind(), BasemapSource::Kind::Online); // this start keeps its map
        first.setChoice(QStringLiteral("sideways"));         // not a choice: ignored
        QCOMPARE(first.choice(), QStringLiteral("none"));

        const BasemapSource next(m_city, m_city.tileUrl, {}, tileFolder(), true, {});
        QCOMPARE(next.choice(), QStringLiteral("none"));
        QCOMPARE(next.kind(), BasemapSource::Kind::None);
        QVERIFY(!next.restartNeeded());
        QVERIFY2(next.message().contains(QStringLiteral("switched off")), qPrintable(next.message()));
        QVERIFY(next.boundaryOnly());
        // --basemap for one start: followed, and not saved.
        const BasemapSource once(m_city, m_city.tileUrl, QStringLiteral("offline"), tileFolder(), true, {});
        QCOMPARE(once.kind(), BasemapSource::Kind::Offline);
        QCOMPARE(settings().value(QLatin1String(BasemapSource::SettingsKey)).toString(), QStringLiteral("none"));
    }

    // The tile server out of reach, refusing, failing or sending no image:
    // said on the map, in words that say what and what still works.
    void anUnreachableOrFailingTileServerIsSaid()
    {
        bool problem = false;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        QString said = answerOf(m_city, QStringLiteral("http://127.0.0.1:%1/").arg(port), &problem);
        QVERIFY(problem);
        QVERIFY2(said.contains(QStringLiteral("does not answer")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("markers, list and search work")), qPrintable(said));

        // A name that cannot resolve (".invalid" never does): offline.
        said = answerOf(m_city, QStringLiteral("http://tiles.stadtplan.invalid/{z}/{x}/{y}.png"), &problem);
        QVERIFY(problem);
        QVERIFY2(said.contains(QStringLiteral("this computer seems to be offline")), qPrintable(said));

        TileServer server;
        QVERIFY(server.start());
        const QList<std::pair<QByteArray, QString>> answers = {
            {"403 Forbidden", QStringLiteral("refused them (403 Forbidden)")},
            {"429 Too Many Requests", QStringLiteral("busy or failing (429 Too Many Requests)")},
            {"500 Internal Server Error", QStringLiteral("busy or failing (500 Internal Server Error)")},
            {"200 OK", QStringLiteral("not a map image")}, // and the body is not a PNG
        };
        server.body = "<html>Welcome to the captive portal</html>";
        for (const auto &[status, expected] : answers) {
            server.status = status;
            said = answerOf(m_city, server.url(), &problem);
            QVERIFY2(problem, status.constData());
            QVERIFY2(said.contains(expected), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("127.0.0.1")), qPrintable(said));
        }
        // One request each, for the tile at the city's centre at its zoom
        // (12.5 -> 12: x 2145, y 1352), with the app's User-Agent.
        QCOMPARE(server.paths.size(), answers.size());
        for (const QString &path : std::as_const(server.paths))
            QCOMPARE(path, QStringLiteral("/12/2145/1352.png"));
        for (const QString &agent : std::as_const(server.userAgents))
            QVERIFY2(agent.startsWith(QStringLiteral("Stadtplan/")) && agent.contains(QStringLiteral("+https://")),
                     qPrintable(agent));
    }

    // A real PNG: the tiles show, and nothing is said.
    void aWorkingTileServerIsUsed()
    {
        TileServer server;
        QVERIFY(server.start());
        server.body = TileServer::png(QColor(0xf2, 0xef, 0xe9));
        BasemapSource source(m_city, server.url(), {}, {}, true, {});
        QSignalSpy checked(&source, &BasemapSource::reachabilityChecked);
        source.checkReachable();
        QVERIFY(checked.wait(30000));
        QCOMPARE(server.paths.size(), 1);
        QVERIFY(!source.boundaryOnly());
        QCOMPARE(source.message(), QString());
        QCOMPARE(source.attribution(), m_city.tileAttribution);
    }

    // A tile address the map cannot use: said, and nothing is fetched.
    void aMalformedTileAddressIsSaid()
    {
        for (const char *url : {"https://tiles.example.org/{x}/{y}/{z}.png", "ftp://tiles.example.org/{z}/{x}/{y}.png",
                                "tiles/{z}/{x}/{y}.png"}) {
            const BasemapSource source(m_city, QString::fromLatin1(url), {}, {}, true, {});
            QCOMPARE(source.kind(), BasemapSource::Kind::None);
            QVERIFY(source.boundaryOnly());
            QVERIFY2(source.message().contains(QStringLiteral("tile address cannot be used")), qPrintable(source.message()));
            QVERIFY2(source.message().contains(QString::fromLatin1(url)), qPrintable(source.message()));
        }
    }
};

QTEST_MAIN(TestBasemapSource)
#include "tst_basemapsource.moc"
