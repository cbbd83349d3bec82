#pragma once

#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace stadtplan {

// A position in WGS84 (EPSG:4326), latitude and longitude in degrees.
struct GeoPoint
{
    double latitude = std::nan("");
    double longitude = std::nan("");

    bool isValid() const
    {
        return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90.0 &&
               latitude <= 90.0 && longitude >= -180.0 && longitude <= 180.0;
    }
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// A box in WGS84 degrees; does not wrap around the antimeridian (a city never does).
struct GeoBox
{
    double west = 0, south = 0, east = 0, north = 0;

    bool contains(const GeoPoint &p) const
    {
        return p.longitude >= west && p.longitude <= east && p.latitude >= south &&
               p.latitude <= north;
    }
    bool isValid() const { return west < east && south < north; }
    GeoPoint center() const { return {(south + north) / 2.0, (west + east) / 2.0}; }
    friend bool operator==(const GeoBox &, const GeoBox &) = default;
};

// "LAT,LON" in degrees (spaces allowed), or nothing when it is not one.
inline std::optional<GeoPoint> parseLatLon(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLat = false, okLon = false;
    const GeoPoint p{parts[0].trimmed().toDouble(&okLat), parts[1].trimmed().toDouble(&okLon)};
    if (!okLat || !okLon || !p.isValid())
        return std::nullopt;
    return p;
}

} // namespace stadtplan
