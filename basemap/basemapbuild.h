#pragma once

#include "basemaperror.h"
#include "basemaplayers.h"
#include "geopoint.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace stadtplan::basemap {

struct BuildOptions
{
    QString extract; // an OpenStreetMap extract: .osm (XML) or .osm.pbf
    QString store;   // the store to write into: a GeoPackage path or a PG: connection
    // What to keep: "WEST,SOUTH,EAST,NORTH" in degrees, or the name or id of
    // an area in the store, or a kind of area ("city": the city outline;
    // "district": all districts together). Empty: the city's bounds.
    QString clip;
    GeoBox cityBounds; // the city profile's bounds, the default clip
    QString cityName;
    // When the data was taken from OpenStreetMap (ISO 8601 date), if known:
    // shown with the map's credit.
    QString dataDate = {};
};

struct BuildResult
{
    QMap<Theme, int> counts; // features stored per theme
    int read = 0;            // features of the extract the map could show
    int outside = 0;         // of those, wholly outside the clip
    GeoBox extractBounds;    // where the extract's map data lies
    GeoBox clipBounds;
    QString clipDescription;
    QStringList warnings;
};

// Reads the extract through GDAL's OSM driver with the project's own
// configuration, keeps the themes of basemaplayers.h, clips them to the clip
// area and replaces the store's basemap layers in one transaction: either the
// new basemap is stored completely, or the store stays as it was. A store
// file that does not exist yet is created empty. Throws BasemapError for a
// file that is not an OSM extract, an extract that ends early, one that holds
// nothing inside the clip, a clip that names no area, or a store that cannot
// be written. `progress` receives one line per phase.
BuildResult buildBasemap(const BuildOptions &options,
                         const std::function<void(const QString &)> &progress = {});

// Parses "WEST,SOUTH,EAST,NORTH"; nothing if the text is not such a box.
std::optional<GeoBox> parseBox(const QString &text);
// The box as parseBox() reads it, to four decimals ("8.3777,51.9150,8.6635,52.1148").
QString boxText(const GeoBox &box);

} // namespace stadtplan::basemap
