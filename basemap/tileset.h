#pragma once

#include "basemapdata.h"

#include <QImage>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace stadtplan::basemap {

struct TileKey
{
    int z = 0, x = 0, y = 0;
    friend bool operator==(const TileKey &, const TileKey &) = default;
};

// The area of a tile in Web Mercator metres (the usual XYZ scheme: y grows southwards).
QRectF tileRect(const TileKey &key);
// The tile holding a position at a zoom.
TileKey tileAt(const GeoPoint &point, int z);
// Where a store's tiles are kept unless the user names a folder: beside a
// GeoPackage, named after it ("stadtplan.gpkg" → "stadtplan-tiles"); for a
// database store, in the user's data folder.
QString tileFolderFor(const QString &store);
// The file name Qt Location's osm plugin reads from its offline directory
// ("osm_100-l-8-Z-X-Y.png"; map 8 is the plugin's custom map).
QString tileFileName(const TileKey &key);
// The manifest that makes a folder a Stadtplan tile folder: style, zooms,
// attribution, bounds and one content hash per tile. The app reads it to
// know the folder holds a basemap.
inline constexpr const char *TileManifest = "stadtplan-basemap.json";

// A tile folder as the app sees it, from its manifest.
struct TileFolder
{
    QString directory;
    int minimumZoom = 0;
    int maximumZoom = 0;
    QString attribution;
    QString dataDate; // when the data was taken from OpenStreetMap; empty: unknown
    GeoBox bounds;
};
// The tile folder at `directory`, or nothing when it holds no readable manifest.
std::optional<TileFolder> readTileFolder(const QString &directory);

// Every tile of the zooms that meets the area.
std::vector<TileKey> planTiles(const QRectF &metres, int minimumZoom, int maximumZoom);
// The tile drawn (256 x 256 pixels).
QImage renderTile(const BasemapData &data, const TileKey &key);
// What the tile shows, as a hash: the style and every feature that can reach it.
quint64 tileContentHash(const BasemapData &data, const TileKey &key);

struct TileOptions
{
    QString directory;
    int minimumZoom = 10;
    int maximumZoom = 17;
    int threads = 0; // 0: every core
};

struct TilePlan
{
    int tiles = 0;     // tiles in the set
    int unchanged = 0; // already in the folder with the same content
    int toRender = 0;
    int stale = 0;      // in the folder from an earlier, larger set: removed
    double seconds = 0; // estimated time to render, on all threads
    qint64 bytes = 0;   // estimated size of the whole set on disk
    int threads = 1;
};

struct TileRun
{
    int rendered = 0;
    int unchanged = 0;
    int removed = 0;
    double seconds = 0;
    qint64 bytesWritten = 0;
};

// Renders a basemap into a folder of tiles for the app, incrementally: a tile
// is drawn only when what it shows changed since the last run (its content
// hash differs from the manifest's) or its file is missing. Tiles are drawn
// in parallel, each written to a temporary file and moved into place, and
// the manifest is written last; a run stopped midway leaves only whole tiles,
// and the next run redraws what it did not record.
class TileBuilder
{
public:
    // Throws BasemapError if the folder cannot be used (e.g. it holds other files).
    TileBuilder(const BasemapData &data, TileOptions options);

    // Compares the set with the folder and times a sample of tiles.
    TilePlan plan();
    // `progress(done, total)` is called about twice a second from the calling thread.
    TileRun run(const std::function<void(int done, int total)> &progress = {});

private:
    const BasemapData &m_data;
    TileOptions m_options;
    std::vector<TileKey> m_tiles;
    std::vector<quint64> m_hashes;
    std::vector<TileKey> m_toRender;
    QStringList m_stale;
    bool m_planned = false;
};

} // namespace stadtplan::basemap
