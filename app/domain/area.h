#pragma once

#include "geopoint.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <optional>

namespace stadtplan {

// A polygon area such as a Stadtbezirk: the map draws them, coverage counts per area.
struct Area
{
    using Ring = QList<GeoPoint>;
    using Polygon = QList<Ring>; // the first ring is the outer boundary, the rest are holes

    QString id;
    QString name;
    QString kind; // e.g. "city", "district"
    std::optional<qint64> population;
    QList<Polygon> polygons;

    GeoBox boundingBox() const;
    friend bool operator==(const Area &, const Area &) = default;
};

inline GeoBox Area::boundingBox() const
{
    GeoBox box{180, 90, -180, -90};
    for (const Polygon &polygon : polygons) {
        for (const Ring &ring : polygon) {
            for (const GeoPoint &p : ring) {
                box.west = std::min(box.west, p.longitude);
                box.east = std::max(box.east, p.longitude);
                box.south = std::min(box.south, p.latitude);
                box.north = std::max(box.north, p.latitude);
            }
        }
    }
    return box;
}

} // namespace stadtplan
