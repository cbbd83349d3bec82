#pragma once

#include "basemaperror.h"
#include "basemaplayers.h"
#include "geopoint.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <vector>

namespace stadtplan::basemap {

// Web Mercator (EPSG:3857), the projection of map tiles: x east, y north, in metres.
inline constexpr double MercatorHalfWorld = 20037508.342789244;

// One basemap feature, projected for drawing.
struct Feature
{
    Theme theme;
    QString featureClass;
    QString name;
    QString osmId;
    // Polygons: their rings (outer and holes, filled even-odd); lines: their
    // parts; points: one polygon of one point. Web Mercator metres.
    QList<QPolygonF> parts;
    QRectF bounds;    // Web Mercator metres, y growing north
    quint64 hash = 0; // of theme, class, name and geometry: what a tile shows of it
};

// The store's basemap layers in memory, projected to Web Mercator through
// PROJ, with a grid index to find what a tile or a page shows.
class BasemapData
{
public:
    // Reads the basemap layers of the store; throws BasemapError when the
    // store cannot be read or holds no basemap.
    static BasemapData load(const QString &store);

    const std::vector<Feature> &features() const { return m_features; }
    // Indices of the features whose bounds meet `rect` (metres), ascending.
    std::vector<quint32> query(const QRectF &rect) const;

    GeoBox clipBounds() const { return m_clipBounds; } // what the build kept, in degrees
    QRectF clipRect() const { return m_clipRect; }     // the same in Web Mercator metres
    QString source() const { return m_source; }
    QString builtAt() const { return m_builtAt; }
    QString attribution() const { return m_attribution; }
    // When the data was taken from OpenStreetMap (ISO 8601 date); empty: unknown.
    QString dataDate() const { return m_dataDate; }

private:
    void buildIndex();
    std::vector<Feature> m_features;
    GeoBox m_clipBounds;
    QRectF m_clipRect;
    QString m_source, m_builtAt, m_attribution, m_dataDate;
    // A uniform grid over the features' extent; each cell lists the features
    // whose bounds meet it.
    QRectF m_extent;
    double m_cellSize = 2000;
    int m_columns = 0, m_rows = 0;
    std::vector<std::vector<quint32>> m_cells;
};

// Degrees to Web Mercator metres and back (the spherical formulas EPSG:3857 defines).
QPointF toMercator(const GeoPoint &point);
GeoPoint fromMercator(const QPointF &metres);

} // namespace stadtplan::basemap
