// The offline city map in one step: download (resumed after a cut, verified
// against its checksum), cut to the city, layers and tiles, and the switch,
// against a file server of the test's own on the loopback interface.

#include "addresslayer.h"
#include "basemapdata.h"
#include "fileserver.h"
#include "institutionstore.h"
#include "offlinemap.h"
#include "osmfixture.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtplan;
using namespace stadtplan::basemap;
using stadtplan::test::FileServer;
using stadtplan::test::OsmFixture;

namespace {

// The city of these tests: a small box around the fixture's streets, so the
// tile sets stay small.
const GeoBox City{8.5100, 52.0080, 8.5560, 52.0300};
const QString ExtractPath = QStringLiteral("/detmold-regbez-latest.osm.pbf");
const QString DataDate = QStringLiteral("2026-11-30");

QByteArray md5Line(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex() +
           "  detmold-regbez-latest.osm.pbf\n";
}

} // namespace

class TestOfflineMap : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FileServer m_server;
    QByteArray m_pbf;       // the region: the city's streets and many nodes around it
    QByteArray m_elsewhere; // the same, in Munich

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray pbf(const OsmFixture &fixture, const QString &name)
    {
        return test::osmPbf(fixture, m_dir.path(), name, DataDate + QStringLiteral("T21:21:02Z"));
    }

    OfflineMapOptions options(const QString &store) const
    {
        OfflineMapOptions o;
        o.source = QUrl(m_server.url(ExtractPath));
        o.checksum = QUrl(m_server.url(ExtractPath + QStringLiteral(".md5")));
        o.store = store;
        o.cityBounds = City;
        o.cityName = QStringLiteral("Bielefeld");
        o.marginMetres = 300;
        o.minimumZoom = 12;
        o.maximumZoom = 14;
        o.threads = 2;
        return o;
    }

    void serve(const QByteArray &extract, const QByteArray &checksum)
    {
        m_server.files.clear();
        m_server.files.insert(ExtractPath, extract);
        if (!checksum.isEmpty())
            m_server.files.insert(ExtractPath + QStringLiteral(".md5"), checksum);
        m_server.status.clear();
        m_server.cutAfter = -1;
        m_server.requests.clear();
    }

    // A store with a good offline map, and its fingerprints.
    struct Map
    {
        QString store;
        QString tiles;
        QMap<QString, QByteArray> tileFiles;
        QString builtAt;
        size_t features = 0;
        QString addressesBuiltAt;
    };
    Map goodMap(const QString &name) { return goodMapAt(path(name + QStringLiteral(".gpkg"))); }
    Map goodMapAt(const QString &store)
    {
        serve(m_pbf, md5Line(m_pbf));
        Map map;
        map.store = store;
        const OfflineMapResult result = updateOfflineMap(options(map.store));
        map.tiles = result.tileFolder;
        map.tileFiles = test::folderDigests(map.tiles);
        const BasemapData data = BasemapData::load(map.store);
        map.builtAt = data.builtAt();
        map.features = data.features().size();
        map.addressesBuiltAt = addresses::describe(map.store).value_or(addresses::Description{}).builtAt;
        return map;
    }
    // The map is exactly as it was: every tile file, and the store's layers.
    static void unchanged(const Map &map)
    {
        QCOMPARE(test::folderDigests(map.tiles), map.tileFiles);
        const BasemapData data = BasemapData::load(map.store);
        QCOMPARE(data.builtAt(), map.builtAt);
        QCOMPARE(data.features().size(), map.features);
        QCOMPARE(addresses::describe(map.store).value_or(addresses::Description{}).builtAt,
                 map.addressesBuiltAt);
        // Nothing half-done is left beside it.
        QVERIFY(!QFileInfo::exists(map.tiles + QStringLiteral(".new")));
        QVERIFY(!QFileInfo::exists(map.tiles + QStringLiteral(".old")));
        QVERIFY(!QFileInfo::exists(
            QDir(offlineWorkFolderFor(map.store)).filePath(QStringLiteral("staging.gpkg"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        OsmFixture region;
        region.regionNodes = 40000;
        m_pbf = pbf(region, QStringLiteral("region"));
        OsmFixture munich;
        munich.shiftLatitude = 48.1374 - 52.0200;
        munich.shiftLongitude = 11.5755 - 8.5325;
        m_elsewhere = pbf(munich, QStringLiteral("munich"));
        QVERIFY2(!m_elsewhere.isEmpty(), "osmium (osmium-tool) made no extract");
        QVERIFY2(m_pbf.size() > 100'000, QByteArray::number(m_pbf.size()));
    }

    void downloadsCutsAndDrawsTheCity()
    {
        serve(m_pbf, md5Line(m_pbf));
        const QString store = path(QStringLiteral("first.gpkg"));
        QList<DownloadProgress> seen;
        QStringList lines;
        const OfflineMapResult result =
            updateOfflineMap(options(store), [&](const OfflineMapStep &step) {
                if (!step.line.isEmpty())
                    lines.append(step.line);
                else if (step.phase == OfflineMapStep::Phase::Download)
                    seen.append(step.download);
            });
        // The download: whole, verified, kept beside the store for the next update.
        QVERIFY(result.downloaded);
        QVERIFY(result.download.checksumVerified);
        QCOMPARE(result.download.bytes, qint64(m_pbf.size()));
        QCOMPARE(result.download.resumedFrom, 0);
        QCOMPARE(test::digest(result.extract),
                 QCryptographicHash::hash(m_pbf, QCryptographicHash::Sha256).toHex());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().received, qint64(m_pbf.size()));
        QCOMPARE(seen.last().total, qint64(m_pbf.size()));
        QVERIFY(!QFileInfo::exists(partFileFor(result.extract)));
        // The requests: the extract and its checksum, nothing else.
        QCOMPARE(m_server.requests.size(), 2);
        QCOMPARE(m_server.requests.at(0).path, ExtractPath);
        QVERIFY(m_server.requests.at(0).range.isEmpty());
        QCOMPARE(m_server.requests.at(1).path, ExtractPath + QStringLiteral(".md5"));
        // The app says who asks, as Geofabrik and the tile policy want it.
        for (const FileServer::Request &r : std::as_const(m_server.requests))
            QVERIFY2(r.userAgent.startsWith("Stadtplan/") && r.userAgent.contains("(+http")
                         && r.userAgent.contains("offline city map"),
                     r.userAgent.constData());

        // Cut to the city: the region's other nodes are gone.
        QVERIFY2(result.clip.nodesRead > 40000, qPrintable(QString::number(result.clip.nodesRead)));
        QVERIFY2(result.clip.nodes < 200, qPrintable(QString::number(result.clip.nodes)));
        QVERIFY(result.clip.ways >= 6);
        QCOMPARE(result.dataDate, DataDate);

        // The layers in the store and the tiles where the app looks, with the data's date.
        const BasemapData data = BasemapData::load(store);
        QCOMPARE(data.dataDate(), DataDate);
        QVERIFY(!data.features().empty());
        QCOMPARE(result.tileFolder, tileFolderFor(store));
        const auto folder = readTileFolder(result.tileFolder);
        QVERIFY(folder);
        QCOMPARE(folder->dataDate, DataDate);
        QCOMPARE(folder->minimumZoom, 12);
        QCOMPARE(folder->maximumZoom, 14);
        QVERIFY(result.tiles.rendered > 0);
        // The city's addresses became the store's gazetteer.
        QVERIFY(result.addressesStored);
        const auto addresses = addresses::describe(store);
        QVERIFY(addresses);
        QCOMPARE(addresses->count, 1);
        QCOMPARE(addresses->dataDate, DataDate);
        QCOMPARE(addresses->kind, QStringLiteral("openstreetmap"));
        const TileKey centre = tileAt(City.center(), 14);
        QVERIFY(QFileInfo::exists(QDir(result.tileFolder).filePath(tileFileName(centre))));
        QVERIFY(!QFileInfo::exists(result.tileFolder + QStringLiteral(".new")));
        QVERIFY(!QFileInfo::exists(
            QDir(offlineWorkFolderFor(store)).filePath(QStringLiteral("staging.gpkg"))));
    }

    void aCutDownloadResumesWhereItBroke()
    {
        serve(m_pbf, md5Line(m_pbf));
        const QString store = path(QStringLiteral("resumed.gpkg"));
        const qint64 cut = m_pbf.size() * 2 / 5;
        m_server.cutAfter = cut;
        try {
            updateOfflineMap(options(store));
            QFAIL("a download cut midway must fail");
        } catch (const DownloadError &e) {
            QCOMPARE(e.kind(), DownloadError::Kind::Network);
            QVERIFY(e.partKept());
            QVERIFY2(e.message().contains(QStringLiteral("resumes")), qPrintable(e.message()));
        }
        const QString extract = QDir(offlineWorkFolderFor(store)).filePath(ExtractPath.mid(1));
        QCOMPARE(QFileInfo(partFileFor(extract)).size(), cut);
        QVERIFY(!QFileInfo::exists(extract));
        QVERIFY(!QFileInfo::exists(tileFolderFor(store)));

        // The store holds the city's official address list meanwhile:
        // OpenStreetMap's addresses do not replace it.
        InstitutionStore::create(store);
        addresses::Description official;
        official.source = QStringLiteral("hauskoordinaten.csv");
        official.kind = QStringLiteral("list");
        addresses::replace(store, {{{QStringLiteral("Niederwall"), QStringLiteral("1"), {}, {}}, {52.02, 8.53}, {}}},
                           official);

        // The next run asks for the rest, and the whole file verifies.
        m_server.requests.clear();
        const OfflineMapResult result = updateOfflineMap(options(store));
        QStringList asked;
        bool resumed = false;
        for (const FileServer::Request &r : std::as_const(m_server.requests)) {
            asked.append(r.path + u' ' + QString::fromLatin1(r.range));
            resumed = resumed || (r.path == ExtractPath && r.range == "bytes=" + QByteArray::number(cut) + '-');
        }
        QVERIFY2(resumed, qPrintable(asked.join(QStringLiteral("; "))));
        QCOMPARE(result.download.resumedFrom, cut);
        QVERIFY(result.download.checksumVerified);
        QCOMPARE(test::digest(extract), QCryptographicHash::hash(m_pbf, QCryptographicHash::Sha256).toHex());
        QVERIFY(readTileFolder(tileFolderFor(store)));
        QVERIFY(!result.addressesStored);
        QCOMPARE(result.addresses.entries.size(), std::size_t(1)); // read, and left aside
        QCOMPARE(addresses::describe(store)->source, QStringLiteral("hauskoordinaten.csv"));
    }

    void whatGoesWrongLeavesTheOldMapAsItWas()
    {
        const Map map = goodMap(QStringLiteral("kept"));
        QVERIFY(!map.tileFiles.isEmpty());
        const QString extract =
            QDir(offlineWorkFolderFor(map.store)).filePath(ExtractPath.mid(1));
        const auto fails = [&](DownloadError::Kind kind, const QString &says) {
            try {
                updateOfflineMap(options(map.store));
            } catch (const DownloadError &e) {
                if (e.kind() != kind || !e.message().contains(says))
                    return QStringLiteral("wrong error: ") + e.message();
                return QString();
            } catch (const BasemapError &e) {
                return QStringLiteral("not a download error: ") + e.message();
            }
            return QStringLiteral("no error");
        };

        // A wrong checksum: refused, and the damaged file removed (no resume from it).
        serve(m_pbf, "0123456789abcdef0123456789abcdef  detmold-regbez-latest.osm.pbf\n");
        QCOMPARE(fails(DownloadError::Kind::Checksum, QStringLiteral("checksum")), QString());
        QVERIFY(!QFileInfo::exists(partFileFor(extract)));
        unchanged(map);

        // The server fails.
        serve(m_pbf, md5Line(m_pbf));
        m_server.status = "500 Internal Server Error";
        QCOMPARE(fails(DownloadError::Kind::Server, QStringLiteral("500")), QString());
        unchanged(map);

        // No server at all.
        serve(m_pbf, md5Line(m_pbf));
        OfflineMapOptions nowhere = options(map.store);
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            nowhere.source = QUrl(QStringLiteral("http://127.0.0.1:%1/x.osm.pbf").arg(closed.serverPort()));
        } // the port is closed again: connections are refused
        nowhere.checksum.clear();
        try {
            updateOfflineMap(nowhere);
            QFAIL("a download from nowhere must fail");
        } catch (const DownloadError &e) {
            QCOMPARE(e.kind(), DownloadError::Kind::Network);
            QVERIFY(!e.partKept());
        }
        unchanged(map);

        // A damaged file whose checksum matches (damaged at the source): the
        // cut refuses it.
        QByteArray damaged = m_pbf;
        for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 2000; ++i)
            damaged[i] = char(0x5a);
        serve(damaged, md5Line(damaged));
        try {
            updateOfflineMap(options(map.store));
            QFAIL("a damaged extract must be refused");
        } catch (const DownloadError &e) {
            QFAIL(qPrintable(QStringLiteral("not a download error: ") + e.message()));
        } catch (const BasemapError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cannot be read")), qPrintable(e.message()));
        }
        unchanged(map);

        // A truncated file that the server says is whole (no checksum published).
        serve(m_pbf.left(m_pbf.size() / 2), {});
        try {
            updateOfflineMap(options(map.store));
            QFAIL("a truncated extract must be refused");
        } catch (const BasemapError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cannot be read")), qPrintable(e.message()));
        }
        unchanged(map);

        // An extract of another region.
        serve(m_elsewhere, md5Line(m_elsewhere));
        try {
            updateOfflineMap(options(map.store));
            QFAIL("an extract without the city must be refused");
        } catch (const BasemapError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("does not cover the city")),
                     qPrintable(e.message()));
        }
        unchanged(map);

        // Cancelled during the download: the part stays for the next run.
        serve(m_pbf, md5Line(m_pbf));
        std::atomic_bool cancel = false;
        try {
            updateOfflineMap(options(map.store),
                             [&](const OfflineMapStep &step) {
                                 if (step.phase == OfflineMapStep::Phase::Download && step.line.isEmpty())
                                     cancel = true;
                             },
                             &cancel);
            QFAIL("a cancelled update must stop");
        } catch (const DownloadError &e) {
            QCOMPARE(e.kind(), DownloadError::Kind::Cancelled);
        }
        unchanged(map);

        // And after all that, an update that works replaces the map.
        serve(m_pbf, md5Line(m_pbf));
        const OfflineMapResult again = updateOfflineMap(options(map.store));
        QCOMPARE(BasemapData::load(map.store).dataDate(), DataDate);
        // The same data: every tile taken over from the current set, none drawn again,
        // and the set as it was, with nothing left beside it.
        QCOMPARE(again.tiles.rendered, 0);
        QCOMPARE(again.tiles.unchanged, map.tileFiles.size() - 1); // all but the manifest
        QCOMPARE(test::folderDigests(map.tiles).keys(), map.tileFiles.keys());
        QVERIFY(!QFileInfo::exists(map.tiles + QStringLiteral(".new")));
        QVERIFY(!QFileInfo::exists(map.tiles + QStringLiteral(".old")));
    }

    // A full disk, while downloading and while building: a small file system
    // of the test's own (tmpfs), filled up by the test. The error says the
    // disk is full (the app shows its "disk" message), the map stays exactly
    // as it was, and once there is room again the download resumes.
    void aFullDiskLeavesTheOldMapAsItWas()
    {
        const QString disk = path(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(disk));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                              QStringLiteral("-o"), QStringLiteral("size=64m"),
                                              QStringLiteral("stadtplan-test"), disk});
        if (!mount.waitForFinished(60000) || mount.exitStatus() != QProcess::NormalExit
            || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("a full disk needs a small file system of the test's own "
                                            "(mount -t tmpfs, as root): ")
                             + QString::fromLocal8Bit(mount.readAllStandardError()).trimmed()
                             + mount.errorString()));
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {disk}); });
        const Map map = goodMapAt(QDir(disk).filePath(QStringLiteral("full.gpkg")));
        QVERIFY(!map.tileFiles.isEmpty());
        const QString extract = QDir(offlineWorkFolderFor(map.store)).filePath(ExtractPath.mid(1));

        // Fills the disk until at most `leave` bytes are free.
        const QString filler = QDir(disk).filePath(QStringLiteral("filler"));
        const auto fill = [&](qint64 leave) {
            QFile file(filler);
            if (!file.open(QIODevice::Append))
                return false;
            const QByteArray block(64 * 1024, 'x');
            for (qint64 free = QStorageInfo(disk).bytesAvailable(); free > leave;
                 free = QStorageInfo(disk).bytesAvailable()) {
                const qint64 n = std::min<qint64>(block.size(), free - leave);
                if (file.write(block.constData(), n) != n || !file.flush())
                    break; // full
            }
            return QStorageInfo(disk).bytesAvailable() <= leave;
        };
        const auto diskError = [&](const std::function<void(const OfflineMapStep &)> &progress) {
            try {
                updateOfflineMap(options(map.store), progress);
            } catch (const DownloadError &e) {
                if (e.kind() != DownloadError::Kind::Disk || !e.message().contains(QStringLiteral("full")))
                    return QStringLiteral("wrong error: ") + e.message();
                return QString();
            } catch (const BasemapError &e) {
                return QStringLiteral("not a disk error: ") + e.message();
            }
            return QStringLiteral("no error");
        };

        // Full halfway through the download: the part is kept for later.
        serve(m_pbf, md5Line(m_pbf));
        QVERIFY(fill(m_pbf.size() / 2));
        QCOMPARE(diskError({}), QString());
        const qint64 kept = QFileInfo(partFileFor(extract)).size();
        QVERIFY2(kept > 0 && kept < m_pbf.size(), qPrintable(QString::number(kept)));
        QFile::remove(filler);
        unchanged(map);

        // Full once the download is done, while cutting, and while building
        // the layers: GDAL and SQLite only say that a write failed.
        for (const auto phase : {OfflineMapStep::Phase::Clip, OfflineMapStep::Phase::Build}) {
            serve(m_pbf, md5Line(m_pbf));
            bool filled = false;
            const QString error = diskError([&](const OfflineMapStep &step) {
                if (step.phase == phase && !filled)
                    filled = fill(0);
            });
            QVERIFY(filled);
            QCOMPARE(error, QString());
            QFile::remove(filler);
            unchanged(map);
        }

        // Room again: the update goes on from the part kept and replaces the map.
        QFile::remove(partFileFor(extract));
        serve(m_pbf, md5Line(m_pbf));
        QVERIFY(fill(m_pbf.size() / 2));
        QCOMPARE(diskError({}), QString());
        QFile::remove(filler);
        const OfflineMapResult result = updateOfflineMap(options(map.store));
        QVERIFY(result.download.resumedFrom > 0);
        QVERIFY(result.download.checksumVerified);
        QCOMPARE(BasemapData::load(map.store).dataDate(), DataDate);
        QVERIFY(readTileFolder(map.tiles));
    }

    // The command line: the whole step in one command; a run killed while it
    // draws the tiles leaves the previous map as it was, and the next run
    // cleans up after it and succeeds.
    void theCommandLineDoesItAllAndSurvivesAKill()
    {
        serve(m_pbf, md5Line(m_pbf));
        const QString store = path(QStringLiteral("cli.gpkg"));
        const QStringList arguments{QStringLiteral("download"),
                                    QStringLiteral("--source"), m_server.url(ExtractPath),
                                    QStringLiteral("--into"), store,
                                    QStringLiteral("--zooms"), QStringLiteral("12-15")};
        const auto start = [&](QProcess &tool, const QStringList &args) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            tool.setProcessEnvironment(env);
            tool.start(QStringLiteral(STADTPLAN_BASEMAP_TOOL), args);
        };
        const auto finish = [&](QProcess &tool) {
            // Served from this thread: wait with a running event loop.
            QSignalSpy done(&tool, &QProcess::finished);
            return done.wait(300000) ? tool.exitCode() : -1;
        };
        {
            QProcess tool;
            start(tool, arguments);
            QCOMPARE(finish(tool), 0);
            const QString out = QString::fromUtf8(tool.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("matches its published checksum")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("the offline map of Bielefeld is in place: data of %1").arg(DataDate)),
                     qPrintable(out));
        }
        Map map;
        map.store = store;
        map.tiles = tileFolderFor(store);
        map.tileFiles = test::folderDigests(map.tiles);
        {
            const BasemapData data = BasemapData::load(store);
            map.builtAt = data.builtAt();
            map.features = data.features().size();
        }
        QVERIFY(!map.tileFiles.isEmpty());

        // Killed while the new tiles are drawn beside the old ones.
        const QString newTiles = map.tiles + QStringLiteral(".new");
        {
            QProcess tool;
            start(tool, arguments);
            QVERIFY(test::waitUntil(tool, QFileInfo(store).absolutePath(),
                                    [&] { return QFileInfo::exists(newTiles); }, 300000));
            QCOMPARE(tool.state(), QProcess::Running); // not done yet: killed midway
            tool.kill();
            QVERIFY(tool.waitForFinished(60000));
            QCOMPARE(tool.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(test::folderDigests(map.tiles), map.tileFiles);
        QCOMPARE(BasemapData::load(store).builtAt(), map.builtAt);

        // The next run cleans up and succeeds; a missing extract is one line and exit 1.
        {
            QProcess tool;
            start(tool, arguments);
            QCOMPARE(finish(tool), 0);
        }
        QVERIFY(!QFileInfo::exists(newTiles));
        QVERIFY(!QFileInfo::exists(map.tiles + QStringLiteral(".old")));
        {
            QProcess tool;
            start(tool, {QStringLiteral("download"), QStringLiteral("--source"),
                         m_server.url(QStringLiteral("/missing.osm.pbf")), QStringLiteral("--into"), store});
            QCOMPARE(finish(tool), 1);
            const QString err = QString::fromUtf8(tool.readAllStandardError());
            QVERIFY2(err.contains(QStringLiteral("404")), qPrintable(err));
        }
        QVERIFY(readTileFolder(map.tiles));
    }
};

QTEST_MAIN(TestOfflineMap)
#include "tst_offlinemap.moc"
