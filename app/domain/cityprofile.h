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
    QString tileUrl;   // empty: no online basemap unless the user configures one
    QString tileAttribution;

    // Parses geodata/city.json; throws CityProfileError naming the field at fault.
    static CityProfile fromJson(const QByteArray &json);
};

} // namespace stadtplan
