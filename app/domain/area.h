#pragma once

#include "geopoint.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <array>
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
    // Inhabitants per age group, in the order of AgeGroups (where known), for
    // coverage per target group: children and young people, adults, older people.
    std::array<std::optional<qint64>, 4> populationByAge;
    // The age groups as the store's and the exports' columns name them.
    static constexpr std::array<const char *, 4> AgeGroups = {
        "population_under_18", "population_18_to_64", "population_65_to_79", "population_80_and_over"};
    QList<Polygon> polygons;

    GeoBox boundingBox() const;
    // The same area in another list: the kind and the name, case aside
    // ("district\nmitte"); ids differ between sources.
    QString sameAreaKey() const { return kind + QLatin1Char('\n') + name.toCaseFolded(); }
    // A point well inside the area where its name can go (on the widest
    // stretch across its largest polygon at one of a few latitudes); none for
    // an area without polygons.
    std::optional<GeoPoint> labelPoint() const;
    friend bool operator==(const Area &, const Area &) = default;
};

// The box around polygons (an empty box, west > east, for none).
inline GeoBox boundingBoxOf(const QList<Area::Polygon> &polygons)
{
    GeoBox box{180, 90, -180, -90};
    for (const Area::Polygon &polygon : polygons) {
        for (const Area::Ring &ring : polygon) {
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

inline GeoBox Area::boundingBox() const
{
    return boundingBoxOf(polygons);
}

inline std::optional<GeoPoint> Area::labelPoint() const
{
    // The polygon with the most outline points stands for the largest.
    const Polygon *largest = nullptr;
    for (const Polygon &polygon : polygons)
        if (!polygon.isEmpty() && (!largest || polygon.first().size() > largest->first().size()))
            largest = &polygon;
    if (!largest)
        return std::nullopt;
    const GeoBox box = boundingBoxOf({*largest});
    std::optional<GeoPoint> best;
    double widest = -1;
    for (const double share : {0.5, 0.4, 0.6, 0.3, 0.7}) {
        const double lat = box.south + (box.north - box.south) * share;
        QList<double> crossings; // of every ring, holes too: inside is between odd and even
        for (const Ring &ring : *largest) {
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const GeoPoint &a = ring[i], &b = ring[(i + 1) % ring.size()];
                if ((a.latitude > lat) != (b.latitude > lat))
                    crossings.append(a.longitude + (lat - a.latitude) / (b.latitude - a.latitude) *
                                                       (b.longitude - a.longitude));
            }
        }
        std::sort(crossings.begin(), crossings.end());
        for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
            if (crossings[i + 1] - crossings[i] > widest * 1.25) { // prefer the middle latitude
                widest = crossings[i + 1] - crossings[i];
                best = GeoPoint{lat, (crossings[i] + crossings[i + 1]) / 2};
            }
        }
    }
    return best;
}

} // namespace stadtplan
