#pragma once

#include "basemaperror.h"
#include "geopoint.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace stadtplan::basemap {

struct ClipResult
{
    qint64 nodesRead = 0; // all nodes of the extract
    qint64 nodes = 0, ways = 0, relations = 0; // what the clipped file holds
    GeoBox extractBounds; // where the extract's nodes lie
    // When the data was taken from OpenStreetMap: the extract's replication
    // timestamp, else its newest object; invalid when it says neither.
    QDateTime dataTimestamp;
};

// Cuts an OpenStreetMap extract (.osm.pbf or .osm) down to a box, early, so
// that the rest of the work is city-sized: every node inside, every way with
// a node inside (whole, with all its nodes), every relation with a member
// inside; of multipolygons and boundaries also the member ways outside, so
// their areas close. Writes `output` as .osm.pbf (replaced only when whole).
// Throws BasemapError for a file that cannot be read (damaged, truncated, not
// OpenStreetMap data) and for an extract that has no node inside the box.
ClipResult clipExtract(const QString &input, const QString &output, const GeoBox &box,
                       const std::function<void(const QString &)> &progress = {});

// The box `metres` wider on every side (at the box's middle latitude).
GeoBox widened(const GeoBox &box, double metres);

} // namespace stadtplan::basemap
