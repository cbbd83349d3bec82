#include "offlinemap.h"

#include "basemapdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

#include <filesystem>
#include <system_error>

namespace stadtplan::basemap {

namespace {

bool removeFolder(const QString &path)
{
    QDir dir(path);
    return !dir.exists() || dir.removeRecursively();
}

// The current tiles as the start of the new set: hard links where the file
// system has them (no copy; the tile builder replaces a changed tile by
// renaming a new file over it, so the current set is never touched), else
// copies. The builder then draws only the tiles whose content changed.
void seedTiles(const QString &current, const QString &next)
{
    if (!readTileFolder(current))
        return;
    QDir().mkpath(next);
    const QDir from(current), to(next);
    for (const QString &name : from.entryList(QDir::Files)) {
        std::error_code error;
        std::filesystem::create_hard_link(std::filesystem::path(from.filePath(name).toStdU16String()),
                                          std::filesystem::path(to.filePath(name).toStdU16String()),
                                          error);
        if (error)
            QFile::copy(from.filePath(name), to.filePath(name));
    }
}

void checkCancel(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        throw DownloadError(DownloadError::Kind::Cancelled,
                            QStringLiteral("cancelled; the offline map is unchanged"), true);
}

// Less free space than this where the work is done, when a step fails, means
// the step failed because the disk is full: GDAL, SQLite and the tile writer
// then say only that a write failed, or that what they wrote is damaged.
constexpr qint64 NearlyFullBytes = 1024 * 1024;

// A failure of cutting or building, said as the full disk it was when the
// disk holding `folder` is (nearly) full; else nothing.
std::optional<DownloadError> diskFull(const QString &folder, const QString &what)
{
    QStorageInfo disk(folder);
    if (!disk.isValid())
        return std::nullopt;
    disk.refresh();
    const qint64 free = disk.bytesAvailable();
    if (free < 0 || free >= NearlyFullBytes)
        return std::nullopt;
    return DownloadError(DownloadError::Kind::Disk,
                         QStringLiteral("the disk holding %1 is full (%2 KB free), so the offline "
                                        "map could not be made; the current map is unchanged "
                                        "(%3)")
                             .arg(QDir::toNativeSeparators(folder))
                             .arg(free / 1024)
                             .arg(what),
                         true);
}

} // namespace

QString offlineWorkFolderFor(const QString &store)
{
    if (store.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("basemap-osm"));
    const QFileInfo file(store);
    return file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("-osm"));
}

OfflineMapResult updateOfflineMap(const OfflineMapOptions &options,
                                  const std::function<void(const OfflineMapStep &)> &progress,
                                  const std::atomic_bool *cancel)
{
    using Phase = OfflineMapStep::Phase;
    const auto say = [&](Phase phase, const QString &line) {
        if (progress) {
            OfflineMapStep step;
            step.phase = phase;
            step.line = line;
            progress(step);
        }
    };
    OfflineMapResult result;
    result.tileFolder = options.tileFolder.isEmpty() ? tileFolderFor(options.store)
                                                     : QDir(options.tileFolder).absolutePath();
    const QString work = offlineWorkFolderFor(options.store);
    if (!QDir().mkpath(work))
        throw BasemapError(QStringLiteral("cannot create the folder %1")
                               .arg(QDir::toNativeSeparators(work)));
    const QString newTiles = result.tileFolder + QStringLiteral(".new");
    const QString oldTiles = result.tileFolder + QStringLiteral(".old");
    const QString staging = QDir(work).filePath(QStringLiteral("staging.gpkg"));
    const QString city = QDir(work).filePath(QStringLiteral("city.osm.pbf"));

    // What a killed run left: a switch halfway (the old tiles moved aside, the
    // new ones not yet in place) is undone; unfinished work is removed.
    if (QFileInfo::exists(oldTiles) && !QFileInfo::exists(result.tileFolder))
        QDir().rename(oldTiles, result.tileFolder);
    removeFolder(oldTiles);
    removeFolder(newTiles);
    QFile::remove(staging);

    // 1. The region's extract: downloaded (or resumed), or the one at hand.
    if (options.extract.isEmpty()) {
        QString name = options.source.fileName();
        if (name.isEmpty())
            name = QStringLiteral("region.osm.pbf");
        result.extract = QDir(work).filePath(name);
        say(Phase::Download, QStringLiteral("downloading %1").arg(options.source.toDisplayString()));
        result.download = downloadExtract(
            {options.source, result.extract, options.checksum},
            [&](const DownloadProgress &p) {
                if (progress) {
                    OfflineMapStep step;
                    step.phase = Phase::Download;
                    step.download = p;
                    progress(step);
                }
            },
            cancel);
        result.downloaded = true;
        say(Phase::Download,
            result.download.checksumVerified
                ? QStringLiteral("the download matches its published checksum")
                : result.download.checksumNote);
    } else {
        result.extract = options.extract;
    }
    checkCancel(cancel);

    // 2. Cut to the city, early: everything after works on the city's size.
    const GeoBox box = widened(options.cityBounds, options.marginMetres);
    try {
        result.clip = clipExtract(result.extract, city, box,
                                  [&](const QString &line) { say(Phase::Clip, line); });
    } catch (const BasemapError &e) {
        const std::optional<DownloadError> full = diskFull(work, e.message());
        QFile::remove(city);
        if (full)
            throw *full;
        throw;
    }
    if (result.clip.dataTimestamp.isValid())
        result.dataDate = result.clip.dataTimestamp.toUTC().date().toString(Qt::ISODate);
    say(Phase::Clip, QStringLiteral("kept %L1 nodes, %L2 ways and %L3 relations of %L4 nodes; "
                                    "the data is of %5")
                         .arg(result.clip.nodes)
                         .arg(result.clip.ways)
                         .arg(result.clip.relations)
                         .arg(result.clip.nodesRead)
                         .arg(result.dataDate.isEmpty() ? QStringLiteral("an unknown date")
                                                        : result.dataDate));
    checkCancel(cancel);

    // 3. The layers and the tiles, beside the current ones.
    try {
        BuildOptions build{city, staging, QString(), options.cityBounds, options.cityName,
                           result.dataDate};
        buildBasemap(build, [&](const QString &line) { say(Phase::Build, line); });
        checkCancel(cancel);
        result.addresses = readOsmAddresses(city, options.cityBounds,
                                            [&](const QString &line) { say(Phase::Build, line); });
        say(Phase::Build, QStringLiteral("%L1 addresses in the city").arg(result.addresses.entries.size()));
        checkCancel(cancel);
        {
            const BasemapData data = BasemapData::load(staging);
            seedTiles(result.tileFolder, newTiles);
            TileBuilder tiles(data, {newTiles, options.minimumZoom, options.maximumZoom,
                                     options.threads});
            result.tiles = tiles.run([&](int done, int total) {
                if (progress) {
                    OfflineMapStep step;
                    step.phase = Phase::Tiles;
                    step.done = done;
                    step.total = total;
                    progress(step);
                }
            });
        }
        checkCancel(cancel);

        // 4. The switch: the store's layers in one transaction, then the tiles.
        say(Phase::Switch, QStringLiteral("replacing the offline map"));
        // The addresses first: a newer gazetteer beside the old map, should
        // the map's switch fail, is harmless.
        const auto current = addresses::describe(options.store);
        if (!result.addresses.entries.empty() &&
            (!current || current->kind == QLatin1String("openstreetmap"))) {
            writeOsmAddresses(result.addresses, QFileInfo(result.extract).fileName(), options.store);
            result.addressesStored = true;
        } else if (current) {
            say(Phase::Switch, QStringLiteral("the store's addresses from %1 are kept")
                                   .arg(current->source));
        }
        result.build = buildBasemap({city, options.store, QString(), options.cityBounds,
                                     options.cityName, result.dataDate});
    } catch (const DownloadError &) {
        removeFolder(newTiles);
        QFile::remove(staging);
        throw;
    } catch (const BasemapError &e) {
        // Whether the disk was full is seen before the unfinished work is
        // removed, which frees it again.
        const std::optional<DownloadError> full = diskFull(work, e.message());
        removeFolder(newTiles);
        QFile::remove(staging);
        if (full)
            throw *full;
        throw;
    } catch (...) {
        removeFolder(newTiles);
        QFile::remove(staging);
        throw;
    }
    QFile::remove(staging);
    if (QFileInfo::exists(result.tileFolder) && !QDir().rename(result.tileFolder, oldTiles)) {
        removeFolder(newTiles);
        throw BasemapError(QStringLiteral("cannot move the old tiles %1 aside")
                               .arg(QDir::toNativeSeparators(result.tileFolder)));
    }
    if (!QDir().rename(newTiles, result.tileFolder)) {
        QDir().rename(oldTiles, result.tileFolder);
        removeFolder(newTiles);
        throw BasemapError(QStringLiteral("cannot move the new tiles to %1")
                               .arg(QDir::toNativeSeparators(result.tileFolder)));
    }
    removeFolder(oldTiles);
    QFile::remove(city);
    return result;
}

} // namespace stadtplan::basemap
