#pragma once

// The basemap's themes: what is kept of an OpenStreetMap extract, in which
// layer of the store it lives, and how OSM tags map onto it. The tile
// renderer, the print and the street index all read these layers.

#include <QString>
#include <array>
#include <functional>
#include <optional>

namespace stadtplan::basemap {

enum class Theme {
    Green,     // parks, woods, meadows, cemeteries (polygons)
    Water,     // lakes, ponds, river areas (polygons)
    Waterways, // rivers, streams, canals (lines)
    Buildings, // (polygons)
    Railways,  // railways, light rail and trams (lines)
    Roads,     // streets and paths by class, with names (lines)
    Places,    // names of districts and quarters (points)
    Stops,     // public transport stops (points)
};
inline constexpr std::array AllThemes{Theme::Green,     Theme::Water,    Theme::Waterways,
                                      Theme::Buildings, Theme::Railways, Theme::Roads,
                                      Theme::Places,    Theme::Stops};

enum class GeometryKind { Polygon, Line, Point };

// The store's layer for a theme, e.g. "basemap_roads".
QString layerName(Theme theme);
GeometryKind geometryKind(Theme theme);
// The store's table describing where the basemap came from (source file, time, bounds).
inline constexpr const char *SourceLayer = "basemap_source";
// OpenStreetMap's licence requires this credit wherever the map is shown.
inline constexpr const char *OsmAttribution = "\u00a9 OpenStreetMap contributors (ODbL)";

// Classes within a theme, as stored in the layer's "class" field.
// Roads, from the widest: motorway, primary, secondary, tertiary,
// residential, pedestrian, service, track, path.
// Railways: rail, tram. Waterways: river, stream. Green: wood, park, grass,
// cemetery, allotments. Water: water. Buildings: building.
// Places: city, suburb, quarter, village, neighbourhood. Stops: rail, tram, bus.
struct Classification
{
    Theme theme;
    QString featureClass;
};

// Which of GDAL's OSM layers a feature came from.
enum class OsmLayer { Points, Lines, Multipolygons };

// The theme and class of an OSM object given its tags (tag("highway") and so
// on; an empty string when the tag is absent), or nothing when the map does
// not show it.
std::optional<Classification> classify(OsmLayer layer,
                                       const std::function<QString(const char *key)> &tag);

// Road classes ordered from the widest (0) to the narrowest; -1 if unknown.
int roadRank(const QString &featureClass);

} // namespace stadtplan::basemap
