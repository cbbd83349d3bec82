#pragma once

#include "addresslayer.h"
#include "basemaperror.h"
#include "geopoint.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace stadtplan::basemap {

struct OsmAddresses
{
    std::vector<addresses::Entry> entries;
    // Where they came from: address nodes (entrances among them), building
    // outlines and other closed ways, multipolygon relations.
    qint64 fromNodes = 0, fromWays = 0, fromRelations = 0;
    qint64 onPlaces = 0;           // addr:place instead of addr:street
    qint64 postcodeFromArea = 0;   // postcode taken from the enclosing postal-code area
    qint64 cityFromArea = 0;       // city taken from the enclosing administrative area
    qint64 outside = 0;            // addresses outside the box, left out
    qint64 duplicates = 0;         // the same address again close by (e.g. a building and its entrance)
    QDateTime dataTimestamp;       // the extract's replication timestamp, else its newest object
};

// The addresses of an OpenStreetMap extract (.osm.pbf or .osm): nodes with
// addr:housenumber (address points and entrances), closed ways and
// multipolygons with an address (at a point inside their outline), on a
// street (addr:street) or a place (addr:place). A postcode or city the
// object does not carry is taken from the enclosing boundary=postal_code
// area and the smallest enclosing administrative area of a municipality
// (admin_level up to 8). Only addresses inside `keep` (when given) are kept.
// The same address twice within 50 m counts once, the entrance or address
// node before the building. Throws BasemapError for a file that is not
// OpenStreetMap data or ends early.
OsmAddresses readOsmAddresses(const QString &extract, const std::optional<GeoBox> &keep = {},
                              const std::function<void(const QString &)> &progress = {});

// Replaces the store's gazetteer with `read` (taken from the extract named
// `source`) in one transaction; a GeoPackage that does not exist is
// created. Throws BasemapError; the store is unchanged then.
void writeOsmAddresses(const OsmAddresses &read, const QString &source, const QString &store);

// Reads the extract's addresses (inside `keep`) and replaces the store's
// gazetteer with them in one transaction (a GeoPackage that does not exist
// is created). Throws BasemapError; the store is unchanged then.
OsmAddresses storeOsmAddresses(const QString &extract, const QString &store,
                               const std::optional<GeoBox> &keep,
                               const std::function<void(const QString &)> &progress = {});

} // namespace stadtplan::basemap
