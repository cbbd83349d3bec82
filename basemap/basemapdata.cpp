#include "basemapdata.h"

#include "gdalsupport.h"

#include <algorithm>
#include <cmath>
#include <gdal_priv.h>
#include <numbers>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace stadtplan::basemap {

namespace {

// FNV-1a: stable across runs and platforms, unlike qHash's seeded hashes, so
// the tile manifest of one run can be compared with the next.
struct Fnv
{
    quint64 value = 14695981039346656037ull;
    void add(const void *data, size_t size)
    {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i) {
            value ^= bytes[i];
            value *= 1099511628211ull;
        }
    }
    void add(const QString &text)
    {
        add(text.constData(), size_t(text.size()) * sizeof(QChar));
        add("\0", 1);
    }
};

void appendLine(const OGRLineString *line, QList<QPolygonF> &parts)
{
    QPolygonF polygon;
    polygon.reserve(line->getNumPoints());
    for (int i = 0; i < line->getNumPoints(); ++i)
        polygon.append(QPointF(line->getX(i), line->getY(i)));
    parts.append(polygon);
}

void appendGeometry(const OGRGeometry *geometry, QList<QPolygonF> &parts)
{
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbPoint:
        parts.append(QPolygonF{QPointF(geometry->toPoint()->getX(), geometry->toPoint()->getY())});
        break;
    case wkbLineString:
        appendLine(geometry->toLineString(), parts);
        break;
    case wkbPolygon:
        for (const OGRLinearRing *ring : *geometry->toPolygon())
            appendLine(ring, parts);
        break;
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            appendGeometry(part, parts);
        break;
    default:
        break;
    }
}

} // namespace

QPointF toMercator(const GeoPoint &point)
{
    const double lat = std::clamp(point.latitude, -85.05112878, 85.05112878);
    return {MercatorHalfWorld * point.longitude / 180.0,
            MercatorHalfWorld / std::numbers::pi *
                std::log(std::tan(std::numbers::pi / 4 + lat * std::numbers::pi / 360.0))};
}

GeoPoint fromMercator(const QPointF &metres)
{
    const double lon = metres.x() / MercatorHalfWorld * 180.0;
    const double lat = 360.0 / std::numbers::pi *
                           std::atan(std::exp(metres.y() / MercatorHalfWorld * std::numbers::pi)) -
                       90.0;
    return {lat, lon};
}

BasemapData BasemapData::load(const QString &store)
{
    gdal::ensureInitialised();
    const QString where = gdal::displayLocation(store);
    GDALDatasetUniquePtr dataset;
    QString openFailure;
    {
        gdal::ErrorCollector opening;
        dataset.reset(GDALDataset::Open(store.toUtf8().constData(),
                                        GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr,
                                        nullptr));
        // A writer killed mid-transaction leaves SQLite's journal behind, and
        // only a connection that may write can roll it back; then the store
        // reads as it was before that write.
        if ((!dataset || !opening.failures().isEmpty()) &&
            !store.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
            dataset.reset();
            dataset.reset(GDALDataset::Open(store.toUtf8().constData(),
                                            GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr,
                                            nullptr));
        }
        openFailure = opening.lastFailure(QStringLiteral("no such store"));
    }
    gdal::ErrorCollector errors;
    if (!dataset) {
        throw BasemapError(QStringLiteral("cannot open the store %1: %2").arg(where, openFailure));
    }
    OGRLayer *source = dataset->GetLayerByName(SourceLayer);
    if (!source) {
        throw BasemapError(QStringLiteral("the store %1 holds no basemap; build one first with "
                                          "stadtplan-basemap build EXTRACT --into STORE")
                               .arg(where));
    }
    BasemapData data;
    source->ResetReading();
    if (OGRFeatureUniquePtr row{source->GetNextFeature()}) {
        data.m_source = QString::fromUtf8(row->GetFieldAsString("source"));
        data.m_builtAt = QString::fromUtf8(row->GetFieldAsString("built_at"));
        data.m_attribution = QString::fromUtf8(row->GetFieldAsString("attribution"));
        // (Basemaps built before the date was kept have no such field.)
        if (row->GetFieldIndex("data_date") >= 0)
            data.m_dataDate = QString::fromUtf8(row->GetFieldAsString("data_date"));
        data.m_clipBounds = GeoBox{row->GetFieldAsDouble("west"), row->GetFieldAsDouble("south"),
                                   row->GetFieldAsDouble("east"), row->GetFieldAsDouble("north")};
    }
    if (!data.m_clipBounds.isValid())
        throw BasemapError(
            QStringLiteral("the basemap in %1 has no valid bounds; build it again").arg(where));
    const QPointF sw = toMercator({data.m_clipBounds.south, data.m_clipBounds.west});
    const QPointF ne = toMercator({data.m_clipBounds.north, data.m_clipBounds.east});
    data.m_clipRect = QRectF(sw, ne).normalized();

    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    for (const Theme theme : AllThemes) {
        OGRLayer *layer = dataset->GetLayerByName(layerName(theme).toUtf8().constData());
        if (!layer)
            throw BasemapError(
                QStringLiteral("the basemap in %1 lacks the layer %2; build it again")
                    .arg(where, layerName(theme)));
        const OGRSpatialReference *layerCrs = layer->GetSpatialRef();
        if (!layerCrs)
            throw BasemapError(QStringLiteral("the layer %1 in %2 has no coordinate system")
                                   .arg(layerName(theme), where));
        OGRSpatialReference from(*layerCrs);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> transform(
            OGRCreateCoordinateTransformation(&from, &mercator));
        if (!transform)
            throw BasemapError(QStringLiteral("PROJ cannot project %1 to Web Mercator: %2")
                                   .arg(layerName(theme), errors.lastFailure()));
        const int classField = layer->GetLayerDefn()->GetFieldIndex("class");
        const int nameField = layer->GetLayerDefn()->GetFieldIndex("name");
        const int idField = layer->GetLayerDefn()->GetFieldIndex("osm_id");
        layer->ResetReading();
        while (OGRFeatureUniquePtr row{layer->GetNextFeature()}) {
            OGRGeometry *geometry = row->GetGeometryRef();
            if (!geometry || geometry->IsEmpty() ||
                geometry->transform(transform.get()) != OGRERR_NONE)
                continue;
            Feature feature;
            feature.theme = theme;
            feature.featureClass =
                classField < 0 ? QString() : QString::fromUtf8(row->GetFieldAsString(classField));
            feature.name =
                nameField < 0 ? QString() : QString::fromUtf8(row->GetFieldAsString(nameField));
            feature.osmId =
                idField < 0 ? QString() : QString::fromUtf8(row->GetFieldAsString(idField));
            appendGeometry(geometry, feature.parts);
            if (feature.parts.isEmpty())
                continue;
            OGREnvelope e;
            geometry->getEnvelope(&e);
            feature.bounds = QRectF(QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MaxY));
            Fnv hash;
            const int themeNumber = int(theme);
            hash.add(&themeNumber, sizeof themeNumber);
            hash.add(feature.featureClass);
            hash.add(feature.name);
            for (const QPolygonF &part : std::as_const(feature.parts)) {
                hash.add(part.constData(), size_t(part.size()) * sizeof(QPointF));
                hash.add("|", 1);
            }
            feature.hash = hash.value;
            data.m_features.push_back(std::move(feature));
        }
    }
    if (!errors.failures().isEmpty())
        throw BasemapError(QStringLiteral("the basemap in %1 could not be read: %2")
                               .arg(where, errors.lastFailure()));
    data.buildIndex();
    return data;
}

void BasemapData::buildIndex()
{
    m_extent = QRectF();
    for (const Feature &f : m_features)
        m_extent = m_extent.isNull() ? f.bounds.normalized().adjusted(0, 0, 1, 1)
                                     : m_extent.united(f.bounds.adjusted(0, 0, 1, 1));
    if (m_features.empty())
        return;
    // About 64 features per cell for a city; cells no smaller than 250 m.
    m_cellSize = std::max(250.0, std::sqrt(m_extent.width() * m_extent.height() /
                                           std::max<size_t>(1, m_features.size() / 64)));
    m_columns = std::max(1, int(std::ceil(m_extent.width() / m_cellSize)));
    m_rows = std::max(1, int(std::ceil(m_extent.height() / m_cellSize)));
    m_cells.assign(size_t(m_columns) * size_t(m_rows), {});
    for (quint32 i = 0; i < m_features.size(); ++i) {
        const QRectF &b = m_features[i].bounds;
        const int c0 = std::clamp(int((b.left() - m_extent.left()) / m_cellSize), 0, m_columns - 1);
        const int c1 =
            std::clamp(int((b.right() - m_extent.left()) / m_cellSize), 0, m_columns - 1);
        const int r0 = std::clamp(int((b.top() - m_extent.top()) / m_cellSize), 0, m_rows - 1);
        const int r1 = std::clamp(int((b.bottom() - m_extent.top()) / m_cellSize), 0, m_rows - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                m_cells[size_t(r) * size_t(m_columns) + size_t(c)].push_back(i);
    }
}

std::vector<quint32> BasemapData::query(const QRectF &rect) const
{
    std::vector<quint32> found;
    if (m_cells.empty() || !rect.intersects(m_extent))
        return found;
    const int c0 = std::clamp(int((rect.left() - m_extent.left()) / m_cellSize), 0, m_columns - 1);
    const int c1 = std::clamp(int((rect.right() - m_extent.left()) / m_cellSize), 0, m_columns - 1);
    const int r0 = std::clamp(int((rect.top() - m_extent.top()) / m_cellSize), 0, m_rows - 1);
    const int r1 = std::clamp(int((rect.bottom() - m_extent.top()) / m_cellSize), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            for (const quint32 i : m_cells[size_t(r) * size_t(m_columns) + size_t(c)]) {
                const QRectF &b = m_features[i].bounds;
                // Points and straight lines have empty bounds; compare edges, not
                // QRectF::intersects.
                if (b.left() <= rect.right() && b.right() >= rect.left() &&
                    b.top() <= rect.bottom() && b.bottom() >= rect.top())
                    found.push_back(i);
            }
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

} // namespace stadtplan::basemap
