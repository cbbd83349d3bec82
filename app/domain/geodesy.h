#pragma once

#include "geopoint.h"

namespace stadtplan {

// Distances on the WGS84 ellipsoid, computed by PROJ's geodesic routines
// (Karney's algorithm, accurate to nanometres), not by a spherical shortcut.
namespace Geodesy {

// The geodesic distance between two points in metres.
double distanceMetres(const GeoPoint &from, const GeoPoint &to);

// The point reached from `from` after `metres` along the initial bearing
// `azimuthDegrees` (clockwise from north).
GeoPoint destination(const GeoPoint &from, double azimuthDegrees, double metres);

} // namespace Geodesy
} // namespace stadtplan
