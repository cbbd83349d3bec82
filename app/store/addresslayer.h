#pragma once

// The store's address gazetteer: every address of the city with its position,
// in the layer "addresses" (points, WGS84), and where it came from in the
// table "addresses_source" (one row: the source, its kind, the date of its
// data, when it was stored). Built from OpenStreetMap data or from a city's
// official house-coordinates list; the app and every tool find a typed
// address in it without being told where a gazetteer is.

#include "geopoint.h"
#include "institution.h"

#include <QString>
#include <optional>
#include <vector>

class GDALDataset;

namespace stadtplan::addresses {

inline constexpr const char *Layer = "addresses";
inline constexpr const char *SourceLayer = "addresses_source";

struct Entry
{
    Address address;
    GeoPoint position;
    // Where the entry came from in its source: "node/123", "way/45",
    // "relation/6", or the row of a list ("row 17"). Empty when unknown.
    QString origin;
};

struct Description
{
    QString source;   // the file or download it was made from ("detmold-regbez-latest.osm.pbf")
    QString kind;     // "openstreetmap" or "list"
    QString dataDate; // ISO 8601 date of the data, when known
    QString builtAt;  // ISO 8601 time it was stored
    QString attribution; // the credit its licence asks for, if any
    qint64 count = 0;
    // Made new at every replacement: the same value, the same addresses.
    QString generation;
};

// Replaces the store's addresses and their description in one transaction:
// the new gazetteer is stored completely or the store stays as it was. A
// GeoPackage that does not exist is refused (create the store first).
// Throws StoreError. `description.builtAt`, `count` and `generation` are set here.
void replace(const QString &store, const std::vector<Entry> &entries, Description description);

// The description of the store's gazetteer; nothing when the store has none
// (or cannot be read: `problem` says why).
std::optional<Description> describe(const QString &store, QString *problem = nullptr);
// The same of a store open already.
std::optional<Description> describe(GDALDataset &store);

// Every entry of the store's gazetteer. Throws StoreError when the store
// cannot be read or has no gazetteer (Kind::NotAStore).
std::vector<Entry> read(const QString &store, Description *description = nullptr);

} // namespace stadtplan::addresses
