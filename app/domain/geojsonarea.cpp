#include "geojsonarea.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stadtplan {

namespace {

Area::Polygon polygon(const QJsonArray &rings)
{
    Area::Polygon out;
    for (const QJsonValue &ring : rings) {
        Area::Ring points;
        for (const QJsonValue &position : ring.toArray()) {
            const QJsonArray xy = position.toArray();
            if (xy.size() >= 2)
                points.append(GeoPoint{xy.at(1).toDouble(), xy.at(0).toDouble()});
        }
        if (points.size() >= 3)
            out.append(points);
    }
    return out;
}

void collect(const QJsonObject &geometry, QList<Area::Polygon> &out)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    if (type == u"Polygon") {
        if (Area::Polygon p = polygon(coordinates); !p.isEmpty())
            out.append(p);
    } else if (type == u"MultiPolygon") {
        for (const QJsonValue &part : coordinates)
            if (Area::Polygon p = polygon(part.toArray()); !p.isEmpty())
                out.append(p);
    }
}

} // namespace

QList<GeoJsonFeature> featuresFromGeoJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QString type = root.value(QLatin1String("type")).toString();
    const auto feature = [](const QJsonObject &f) {
        GeoJsonFeature out;
        out.properties = f.value(QLatin1String("properties")).toObject();
        collect(f.value(QLatin1String("geometry")).toObject(), out.polygons);
        return out;
    };
    QList<GeoJsonFeature> out;
    if (type == u"FeatureCollection") {
        for (const QJsonValue &f : root.value(QLatin1String("features")).toArray())
            out.append(feature(f.toObject()));
    } else if (type == u"Feature") {
        out.append(feature(root));
    } else if (!type.isEmpty()) {
        GeoJsonFeature geometry;
        collect(root, geometry.polygons);
        out.append(geometry);
    }
    return out;
}

QList<Area::Polygon> polygonsFromGeoJson(const QByteArray &json)
{
    QList<Area::Polygon> out;
    for (const GeoJsonFeature &f : featuresFromGeoJson(json))
        out.append(f.polygons);
    return out;
}

} // namespace stadtplan
