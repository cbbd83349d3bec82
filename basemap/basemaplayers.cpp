#include "basemaplayers.h"

#include <QSet>

namespace stadtplan::basemap {

QString layerName(Theme theme)
{
    switch (theme) {
    case Theme::Green:
        return QStringLiteral("basemap_green");
    case Theme::Water:
        return QStringLiteral("basemap_water");
    case Theme::Waterways:
        return QStringLiteral("basemap_waterways");
    case Theme::Buildings:
        return QStringLiteral("basemap_buildings");
    case Theme::Railways:
        return QStringLiteral("basemap_railways");
    case Theme::Roads:
        return QStringLiteral("basemap_roads");
    case Theme::Places:
        return QStringLiteral("basemap_places");
    case Theme::Stops:
        return QStringLiteral("basemap_stops");
    }
    return {};
}

GeometryKind geometryKind(Theme theme)
{
    switch (theme) {
    case Theme::Green:
    case Theme::Water:
    case Theme::Buildings:
        return GeometryKind::Polygon;
    case Theme::Waterways:
    case Theme::Railways:
    case Theme::Roads:
        return GeometryKind::Line;
    case Theme::Places:
    case Theme::Stops:
        return GeometryKind::Point;
    }
    return GeometryKind::Point;
}

namespace {

const QStringList &roadClasses()
{
    static const QStringList classes{
        QStringLiteral("motorway"), QStringLiteral("primary"),     QStringLiteral("secondary"),
        QStringLiteral("tertiary"), QStringLiteral("residential"), QStringLiteral("pedestrian"),
        QStringLiteral("service"),  QStringLiteral("track"),       QStringLiteral("path")};
    return classes;
}

QString roadClass(const QString &highway)
{
    static const QHash<QString, QString> classes{
        {QStringLiteral("motorway"), QStringLiteral("motorway")},
        {QStringLiteral("motorway_link"), QStringLiteral("motorway")},
        {QStringLiteral("trunk"), QStringLiteral("motorway")},
        {QStringLiteral("trunk_link"), QStringLiteral("motorway")},
        {QStringLiteral("primary"), QStringLiteral("primary")},
        {QStringLiteral("primary_link"), QStringLiteral("primary")},
        {QStringLiteral("secondary"), QStringLiteral("secondary")},
        {QStringLiteral("secondary_link"), QStringLiteral("secondary")},
        {QStringLiteral("tertiary"), QStringLiteral("tertiary")},
        {QStringLiteral("tertiary_link"), QStringLiteral("tertiary")},
        {QStringLiteral("residential"), QStringLiteral("residential")},
        {QStringLiteral("unclassified"), QStringLiteral("residential")},
        {QStringLiteral("living_street"), QStringLiteral("residential")},
        {QStringLiteral("road"), QStringLiteral("residential")},
        {QStringLiteral("pedestrian"), QStringLiteral("pedestrian")},
        {QStringLiteral("service"), QStringLiteral("service")},
        {QStringLiteral("track"), QStringLiteral("track")},
        {QStringLiteral("footway"), QStringLiteral("path")},
        {QStringLiteral("path"), QStringLiteral("path")},
        {QStringLiteral("cycleway"), QStringLiteral("path")},
        {QStringLiteral("steps"), QStringLiteral("path")},
        {QStringLiteral("bridleway"), QStringLiteral("path")},
    };
    return classes.value(highway);
}

QString greenClass(const QString &landuse, const QString &leisure, const QString &natural,
                   const QString &amenity)
{
    if (landuse == u"forest" || natural == u"wood")
        return QStringLiteral("wood");
    if (leisure == u"park" || leisure == u"garden" || leisure == u"nature_reserve" ||
        leisure == u"recreation_ground" || landuse == u"recreation_ground" ||
        landuse == u"village_green")
        return QStringLiteral("park");
    if (landuse == u"grass" || landuse == u"meadow" || natural == u"grassland" ||
        natural == u"scrub" || natural == u"heath" || leisure == u"pitch" ||
        leisure == u"playground")
        return QStringLiteral("grass");
    if (landuse == u"cemetery" || amenity == u"grave_yard")
        return QStringLiteral("cemetery");
    if (landuse == u"allotments")
        return QStringLiteral("allotments");
    return {};
}

} // namespace

int roadRank(const QString &featureClass)
{
    return int(roadClasses().indexOf(featureClass));
}

std::optional<Classification> classify(OsmLayer layer,
                                       const std::function<QString(const char *key)> &tag)
{
    switch (layer) {
    case OsmLayer::Points: {
        const QString name = tag("name");
        const QString place = tag("place");
        static const QSet<QString> places{
            QStringLiteral("city"),    QStringLiteral("town"),    QStringLiteral("suburb"),
            QStringLiteral("quarter"), QStringLiteral("village"), QStringLiteral("neighbourhood")};
        if (!name.isEmpty() && places.contains(place))
            return Classification{Theme::Places, place == u"town" ? QStringLiteral("city") : place};
        const QString railway = tag("railway");
        if (railway == u"station" || railway == u"halt")
            return Classification{Theme::Stops, QStringLiteral("rail")};
        if (railway == u"tram_stop")
            return Classification{Theme::Stops, QStringLiteral("tram")};
        if (tag("highway") == u"bus_stop")
            return Classification{Theme::Stops, QStringLiteral("bus")};
        return std::nullopt;
    }
    case OsmLayer::Lines: {
        if (tag("area") == u"yes")
            return std::nullopt;
        const QString road = roadClass(tag("highway"));
        if (!road.isEmpty())
            return Classification{Theme::Roads, road};
        const QString railway = tag("railway");
        if (railway == u"rail" || railway == u"light_rail" || railway == u"subway" ||
            railway == u"narrow_gauge")
            return Classification{Theme::Railways, QStringLiteral("rail")};
        if (railway == u"tram")
            return Classification{Theme::Railways, QStringLiteral("tram")};
        const QString waterway = tag("waterway");
        if (waterway == u"river" || waterway == u"canal")
            return Classification{Theme::Waterways, QStringLiteral("river")};
        if (waterway == u"stream" || waterway == u"ditch" || waterway == u"drain")
            return Classification{Theme::Waterways, QStringLiteral("stream")};
        return std::nullopt;
    }
    case OsmLayer::Multipolygons: {
        const QString building = tag("building");
        if (!building.isEmpty() && building != u"no")
            return Classification{Theme::Buildings, QStringLiteral("building")};
        const QString natural = tag("natural");
        const QString landuse = tag("landuse");
        const QString waterway = tag("waterway");
        if (natural == u"water" || waterway == u"riverbank" || waterway == u"dock" ||
            landuse == u"reservoir" || landuse == u"basin")
            return Classification{Theme::Water, QStringLiteral("water")};
        const QString green = greenClass(landuse, tag("leisure"), natural, tag("amenity"));
        if (!green.isEmpty())
            return Classification{Theme::Green, green};
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace stadtplan::basemap
