#pragma once

#include "basemapbuild.h"
#include "extractclip.h"
#include "extractdownload.h"
#include "osmaddresses.h"
#include "tileset.h"

#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>

namespace stadtplan::basemap {

struct OfflineMapOptions
{
    QUrl source;     // the region's OpenStreetMap extract (the city profile names it)
    QUrl checksum;   // its MD5 file; empty: none
    QString extract; // an extract at hand instead of a download; empty: download `source`
    QString store;   // the store whose basemap layers are replaced
    GeoBox cityBounds; // what the map shows; the extract is cut to it plus the margin
    QString cityName;
    double marginMetres = 2000;
    int minimumZoom = 10;
    int maximumZoom = 17;
    int threads = 0;    // tiles: 0, every core
    QString tileFolder; // empty: tileFolderFor(store), where the app looks
};

struct OfflineMapStep
{
    enum class Phase { Download, Clip, Build, Tiles, Switch };
    Phase phase = Phase::Download;
    QString line;              // what happens, for people; empty for a progress-only step
    DownloadProgress download; // Phase::Download
    int done = 0, total = 0;   // Phase::Tiles
};

struct OfflineMapResult
{
    QString extract;  // the region's file, kept beside the store (for the next update)
    DownloadResult download; // when one ran
    bool downloaded = false;
    ClipResult clip;
    BuildResult build;
    TileRun tiles;
    QString tileFolder;
    QString dataDate; // ISO date of the OpenStreetMap data; empty: unknown
    OsmAddresses addresses; // the city's addresses in the extract
    // Whether they became the store's gazetteer: not when the store's
    // addresses come from an official list, which OpenStreetMap data does not replace.
    bool addressesStored = false;
};

// Where the downloaded extract and the work in progress are kept: beside a
// GeoPackage, named after it ("stadtplan.gpkg" → "stadtplan-osm"); for a
// database store, in the user's data folder.
QString offlineWorkFolderFor(const QString &store);

// The offline city map in one step: downloads the extract (resuming an
// interrupted download, verifying the checksum), cuts it to the city, builds
// the basemap layers, reads the city's addresses and draws the tiles beside
// the current ones, and only when all of that succeeded switches to them: the
// store's basemap layers in one transaction, its address gazetteer in another
// (unless it holds an official list), the tile folder by renaming. Until then, and whenever it
// fails (BasemapError or DownloadError), the previous offline map stays as it
// was. A run that was killed is cleaned up by the next one.
OfflineMapResult updateOfflineMap(const OfflineMapOptions &options,
                                  const std::function<void(const OfflineMapStep &)> &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

} // namespace stadtplan::basemap
