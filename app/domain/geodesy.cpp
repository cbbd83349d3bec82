#include "geodesy.h"

#include <geodesic.h>

namespace stadtplan::Geodesy {

namespace {
// WGS84 semi-major axis and flattening, as PROJ's "WGS84" ellipsoid defines them.
const geod_geodesic &wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic init{};
        geod_init(&init, 6378137.0, 1.0 / 298.257223563);
        return init;
    }();
    return g;
}
} // namespace

double distanceMetres(const GeoPoint &from, const GeoPoint &to)
{
    double metres = 0;
    geod_inverse(&wgs84(), from.latitude, from.longitude, to.latitude, to.longitude, &metres,
                 nullptr, nullptr);
    return metres;
}

GeoPoint destination(const GeoPoint &from, double azimuthDegrees, double metres)
{
    GeoPoint to;
    geod_direct(&wgs84(), from.latitude, from.longitude, azimuthDegrees, metres, &to.latitude,
                &to.longitude, nullptr);
    return to;
}

} // namespace stadtplan::Geodesy
