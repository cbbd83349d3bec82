#pragma once

#include "area.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace stadtplan {

// One feature of a GeoJSON file: its properties and its polygons (Polygon and
// MultiPolygon, in longitude/latitude as GeoJSON has them).
struct GeoJsonFeature
{
    QJsonObject properties;
    QList<Area::Polygon> polygons;
};

// The features of a FeatureCollection (or a lone Feature or geometry), e.g.
// the bundled city boundary and districts. Empty when the text is not
// GeoJSON; a feature without a polygon has an empty list.
QList<GeoJsonFeature> featuresFromGeoJson(const QByteArray &json);

// The polygons of every feature together.
QList<Area::Polygon> polygonsFromGeoJson(const QByteArray &json);

} // namespace stadtplan
