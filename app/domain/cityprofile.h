#pragma once

#include "geopoint.h"

#include <QByteArray>
#include <QString>
#include <stdexcept>

namespace stadtplan {

class CityProfileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The city the map is set up for: where it opens, how far it may be panned,
// the metric CRS for distances and areas, and the default basemap.
struct CityProfile
{
    QString id;
    QString name;
    GeoPoint center;
    double zoom = 12;
    double minimumZoom = 10;
    double maximumZoom = 19;
    GeoBox bounds;
    QString metricCrs; // e.g. "EPSG:25832"
    QString region; // ISO 3166-2, for public holidays in opening hours, e.g. "DE-NW"
    // The online map tiles used when no offline map is there: an XYZ URL
    // template ("https://tile.example.org/{z}/{x}/{y}.png"), the credit the
    // tile provider requires, and the deepest zoom it serves. Empty: none.
    QString tileUrl;
    QString tileAttribution;
    QString tileAttributionUrl; // where the credit links to (the provider's copyright page)
    int tileMaximumZoom = 19;
    // Why the tile URL cannot be used (not a {z}/{x}/{y}.png template, not
    // http(s)); empty when it can. The rest of the profile is still good.
    QString tileProblem;
    // The offline map: the OpenStreetMap extract of the region around the
    // city (.osm.pbf, http(s)), the MD5 file its source publishes beside it
    // (empty: none), and how far beyond the city's bounds the map reaches.
    QString extractUrl;
    QString extractChecksumUrl;
    double extractMarginMetres = 2000;

    // The bundled files (relative to geodata/) that every new store receives:
    // the city's boundary, its districts (with the properties that hold each
    // one's id and name) and the population per district and age group (a
    // CSV joined to the districts by id), with their sources' credit. Empty: none.
    QString outlineFile;
    QString districtsFile;
    QString districtIdProperty;
    QString districtNameProperty;
    QString populationFile;
    QString dataAttribution;
    QString dataAttributionShort; // the same in one line, for the map's corner

    // Parses geodata/city.json; throws CityProfileError naming the field at fault.
    static CityProfile fromJson(const QByteArray &json);
};

// The base URL Qt Location's osm plugin takes (it appends "z/x/y.png") for a
// tile URL: a template ending in "{z}/{x}/{y}.png", or a base URL as it is.
// Empty when the template has another shape, which the plugin cannot fetch.
QString osmPluginHost(const QString &tileUrl);

// What is wrong with a tile URL for the map (not http(s), no host, not a
// {z}/{x}/{y}.png template), for people; empty when nothing is.
QString tileUrlProblem(const QString &tileUrl);

} // namespace stadtplan
