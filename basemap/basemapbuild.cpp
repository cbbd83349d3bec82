#include "basemapbuild.h"

#include "clock.h"
#include "gdalsupport.h"
#include "institutionstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cpl_vsi.h>
#include <cstring>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <vector>

namespace stadtplan::basemap {

namespace {

struct Kept
{
    Theme theme;
    QString osmId;
    QString featureClass;
    QString name;
    std::unique_ptr<OGRGeometry> geometry;
};

// GDAL reads the OSM configuration from a path; the project's own is compiled
// in and handed over through GDAL's in-memory file system, so it works from
// any installation folder.
class OsmConfiguration
{
public:
    OsmConfiguration()
        : m_path(QStringLiteral("/vsimem/stadtplan-osmconf-%1.ini")
                     .arg(quintptr(QThread::currentThreadId()))
                     .toUtf8())
    {
        QFile file(QStringLiteral(":/stadtplan/basemap/osmconf.ini"));
        if (!file.open(QIODevice::ReadOnly))
            throw BasemapError(QStringLiteral("the OSM configuration is missing from this build"));
        const QByteArray text = file.readAll();
        VSILFILE *out = VSIFOpenL(m_path.constData(), "wb");
        if (!out ||
            VSIFWriteL(text.constData(), 1, size_t(text.size()), out) != size_t(text.size()))
            throw BasemapError(QStringLiteral("could not prepare the OSM configuration"));
        VSIFCloseL(out);
    }
    ~OsmConfiguration() { VSIUnlink(m_path.constData()); }
    OsmConfiguration(const OsmConfiguration &) = delete;
    OsmConfiguration &operator=(const OsmConfiguration &) = delete;
    const char *path() const { return m_path.constData(); }

private:
    QByteArray m_path;
};

OGRPolygon boxPolygon(const GeoBox &box)
{
    OGRLinearRing ring;
    ring.addPoint(box.west, box.south);
    ring.addPoint(box.east, box.south);
    ring.addPoint(box.east, box.north);
    ring.addPoint(box.west, box.north);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    return polygon;
}

GeoBox toBox(const OGREnvelope &e)
{
    return GeoBox{e.MinX, e.MinY, e.MaxX, e.MaxY};
}

// The parts of `geometry` of the theme's dimension, as the layer's type:
// clipping a polygon by a box can leave lines and points on the box's edge.
std::unique_ptr<OGRGeometry> asLayerGeometry(std::unique_ptr<OGRGeometry> geometry,
                                             GeometryKind kind)
{
    if (!geometry || geometry->IsEmpty())
        return nullptr;
    const auto flat = wkbFlatten(geometry->getGeometryType());
    if (kind == GeometryKind::Point)
        return flat == wkbPoint ? std::move(geometry) : nullptr;
    const bool polygons = kind == GeometryKind::Polygon;
    if (flat == wkbGeometryCollection) {
        auto *collection = geometry->toGeometryCollection();
        std::unique_ptr<OGRGeometryCollection> kept;
        if (polygons)
            kept = std::make_unique<OGRMultiPolygon>();
        else
            kept = std::make_unique<OGRMultiLineString>();
        for (const OGRGeometry *part : *collection) {
            const auto partType = wkbFlatten(part->getGeometryType());
            if (polygons && (partType == wkbPolygon || partType == wkbMultiPolygon)) {
                auto forced = std::unique_ptr<OGRGeometry>(
                    OGRGeometryFactory::forceToMultiPolygon(part->clone()));
                for (const OGRGeometry *p : *forced->toMultiPolygon())
                    kept->addGeometry(p);
            } else if (!polygons && (partType == wkbLineString || partType == wkbMultiLineString)) {
                auto forced = std::unique_ptr<OGRGeometry>(
                    OGRGeometryFactory::forceToMultiLineString(part->clone()));
                for (const OGRGeometry *p : *forced->toMultiLineString())
                    kept->addGeometry(p);
            }
        }
        if (kept->IsEmpty())
            return nullptr;
        return kept;
    }
    if (polygons && (flat == wkbPolygon || flat == wkbMultiPolygon))
        return std::unique_ptr<OGRGeometry>(
            OGRGeometryFactory::forceToMultiPolygon(geometry.release()));
    if (!polygons && (flat == wkbLineString || flat == wkbMultiLineString))
        return std::unique_ptr<OGRGeometry>(
            OGRGeometryFactory::forceToMultiLineString(geometry.release()));
    return nullptr;
}

struct Clip
{
    std::unique_ptr<OGRGeometry> shape;
    OGREnvelope envelope;
    bool isBox = true;
    QString description;
};

Clip makeClip(const BuildOptions &options)
{
    Clip clip;
    if (options.clip.isEmpty() || parseBox(options.clip)) {
        const GeoBox box = options.clip.isEmpty() ? options.cityBounds : *parseBox(options.clip);
        if (!box.isValid())
            throw BasemapError(QStringLiteral(
                "no clip area: the city profile has no bounds; name one with --clip"));
        clip.shape = std::make_unique<OGRPolygon>(boxPolygon(box));
        clip.description =
            options.clip.isEmpty()
                ? QStringLiteral("the bounds of %1 (%2)").arg(options.cityName, boxText(box))
                : QStringLiteral("the box %1").arg(boxText(box));
    } else {
        std::unique_ptr<InstitutionStore> store;
        try {
            store = InstitutionStore::open(options.store, InstitutionStore::Access::ReadOnly);
        } catch (const StoreError &e) {
            throw BasemapError(QStringLiteral("--clip %1: it is not a box (WEST,SOUTH,EAST,NORTH), "
                                              "and the store's areas cannot be read: %2")
                                   .arg(options.clip, QString::fromUtf8(e.what())));
        }
        QStringList names;
        const QList<Area> areas = store->areas();
        for (const Area &area : areas) {
            if (area.id == options.clip ||
                area.name.compare(options.clip, Qt::CaseInsensitive) == 0) {
                clip.shape = std::make_unique<OGRMultiPolygon>(gdal::toMultiPolygon(area.polygons));
                clip.description = QStringLiteral("the area %1").arg(area.name);
                break;
            }
            names.append(area.name);
        }
        // A kind of area ("city", "district"): all areas of that kind together.
        if (!clip.shape) {
            QList<Area::Polygon> polygons;
            for (const Area &area : areas) {
                if (area.kind.compare(options.clip, Qt::CaseInsensitive) == 0)
                    polygons += area.polygons;
            }
            if (!polygons.isEmpty()) {
                const OGRMultiPolygon parts = gdal::toMultiPolygon(polygons);
                clip.shape.reset(OGRGeometryFactory::haveGEOS() ? parts.UnaryUnion()
                                                                : parts.clone());
                clip.description = QStringLiteral("the areas of kind %1").arg(options.clip);
            }
        }
        if (!clip.shape) {
            throw BasemapError(
                QStringLiteral(
                    "--clip %1: the store has no area of that name, id or kind, and it is not a "
                    "box WEST,SOUTH,EAST,NORTH. Areas in the store: %2")
                    .arg(options.clip, names.isEmpty() ? QStringLiteral("none")
                                                       : names.join(QStringLiteral(", "))));
        }
        clip.isBox = false;
    }
    clip.shape->getEnvelope(&clip.envelope);
    return clip;
}

std::vector<Kept> readExtract(const BuildOptions &options, const Clip &clip, BuildResult &result,
                              const std::function<void(const QString &)> &progress)
{
    if (!QFileInfo::exists(options.extract))
        throw BasemapError(QStringLiteral("%1: no such file").arg(options.extract));
    OsmConfiguration configuration;
    const QByteArray configOption = QByteArray("CONFIG_FILE=") + configuration.path();
    const char *openOptions[] = {configOption.constData(), nullptr};
    const char *drivers[] = {"OSM", nullptr};
    gdal::ErrorCollector errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(options.extract.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                                   openOptions, nullptr));
    if (!dataset) {
        throw BasemapError(
            QStringLiteral("%1 is not an OpenStreetMap extract (.osm XML or .osm.pbf) "
                           "that GDAL can read%2")
                .arg(options.extract, errors.failures().isEmpty()
                                          ? QString()
                                          : QStringLiteral(": ") + errors.lastFailure()));
    }
    const bool cut = OGRGeometryFactory::haveGEOS();
    if (!cut)
        result.warnings.append(
            QStringLiteral("GDAL was built without GEOS: features crossing the clip "
                           "edge are kept whole"));
    std::vector<Kept> kept;
    OGREnvelope extent;
    OGRLayer *layer = nullptr;
    int seen = 0;
    while (
        OGRFeatureUniquePtr feature{dataset->GetNextFeature(&layer, nullptr, nullptr, nullptr)}) {
        if (++seen % 200000 == 0 && progress)
            progress(QStringLiteral("read %L1 OSM features").arg(seen));
        if (!layer)
            continue;
        const char *layerName = layer->GetName();
        OsmLayer osmLayer;
        if (std::strcmp(layerName, "points") == 0)
            osmLayer = OsmLayer::Points;
        else if (std::strcmp(layerName, "lines") == 0)
            osmLayer = OsmLayer::Lines;
        else if (std::strcmp(layerName, "multipolygons") == 0)
            osmLayer = OsmLayer::Multipolygons;
        else
            continue;
        const OGRFeatureDefn *definition = feature->GetDefnRef();
        const auto tag = [&](const char *key) {
            const int index = definition->GetFieldIndex(key);
            return index < 0 || !feature->IsFieldSetAndNotNull(index)
                       ? QString()
                       : QString::fromUtf8(feature->GetFieldAsString(index));
        };
        const std::optional<Classification> classification = classify(osmLayer, tag);
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!classification || !geometry || geometry->IsEmpty())
            continue;
        ++result.read;
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        extent.Merge(envelope);
        if (!clip.envelope.Intersects(envelope)) {
            ++result.outside;
            continue;
        }
        std::unique_ptr<OGRGeometry> shape;
        if ((clip.isBox && clip.envelope.Contains(envelope)) || !cut) {
            shape.reset(geometry->clone());
        } else {
            if (!clip.shape->Intersects(geometry)) {
                ++result.outside;
                continue;
            }
            shape.reset(clip.shape->Intersection(geometry));
        }
        shape = asLayerGeometry(std::move(shape), geometryKind(classification->theme));
        if (!shape) {
            ++result.outside;
            continue;
        }
        const char *idField = osmLayer == OsmLayer::Multipolygons && tag("osm_id").isEmpty()
                                  ? "osm_way_id"
                                  : "osm_id";
        kept.push_back(Kept{classification->theme, tag(idField), classification->featureClass,
                            tag("name"), std::move(shape)});
    }
    if (!errors.failures().isEmpty()) {
        throw BasemapError(QStringLiteral("%1 could not be read to its end (is it truncated?): %2. "
                                          "Nothing was stored.")
                               .arg(options.extract, errors.lastFailure()));
    }
    if (result.read == 0) {
        throw BasemapError(
            QStringLiteral("%1 holds no streets, water, green, buildings, places or stops "
                           "the map could show. Nothing was stored.")
                .arg(options.extract));
    }
    result.extractBounds = toBox(extent);
    if (kept.empty()) {
        throw BasemapError(
            QStringLiteral("%1 does not cover %2: its map data lies within %3. "
                           "Nothing was stored.")
                .arg(options.extract, clip.description, boxText(result.extractBounds)));
    }
    // An extract cut too tightly leaves the map blank at the city's edges.
    OGREnvelope covered = extent;
    covered.Intersect(clip.envelope);
    const double share =
        ((covered.MaxX - covered.MinX) * (covered.MaxY - covered.MinY)) /
        ((clip.envelope.MaxX - clip.envelope.MinX) * (clip.envelope.MaxY - clip.envelope.MinY));
    if (share < 0.9) {
        result.warnings.append(
            QStringLiteral("the extract covers only %1 % of %2; the map will be blank "
                           "beyond %3")
                .arg(qRound(share * 100))
                .arg(clip.description, boxText(result.extractBounds)));
    }
    return kept;
}

void check(bool ok, const gdal::ErrorCollector &errors, const QString &what)
{
    if (!ok)
        throw BasemapError(QStringLiteral("%1: %2").arg(
            what, errors.lastFailure(QStringLiteral("GDAL gave no reason"))));
}

void writeStore(const BuildOptions &options, const Clip &clip, const std::vector<Kept> &kept,
                BuildResult &result)
{
    const bool database = InstitutionStore::isDatabaseConnection(options.store);
    if (!database && !QFileInfo::exists(options.store)) {
        try {
            InstitutionStore::create(options.store);
        } catch (const StoreError &e) {
            throw BasemapError(QString::fromUtf8(e.what()));
        }
    }
    gdal::ErrorCollector errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(options.store.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                                   nullptr, nullptr));
    const QString where = gdal::displayLocation(options.store);
    if (!dataset) {
        throw BasemapError(QStringLiteral("cannot open the store %1 for writing: %2")
                               .arg(where, errors.lastFailure(QStringLiteral("unknown reason"))));
    }
    if (dataset->StartTransaction(FALSE) != OGRERR_NONE) {
        throw BasemapError(QStringLiteral("the store %1 cannot write in one transaction: %2")
                               .arg(where, errors.lastFailure()));
    }
    try {
        for (int i = dataset->GetLayerCount() - 1; i >= 0; --i) {
            const QString name = QString::fromUtf8(dataset->GetLayer(i)->GetName());
            if (name.startsWith(QLatin1String("basemap_")))
                check(dataset->DeleteLayer(i) == OGRERR_NONE, errors,
                      QStringLiteral("cannot replace the layer %1").arg(name));
        }
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const bool geopackage = QByteArray(dataset->GetDriverName()) == "GPKG";
        // The renderer reads whole layers; a GeoPackage R-tree would only slow the write.
        const char *noIndex[] = {"SPATIAL_INDEX=NO", nullptr};
        for (const Theme theme : AllThemes) {
            const GeometryKind kind = geometryKind(theme);
            const OGRwkbGeometryType type = kind == GeometryKind::Polygon ? wkbMultiPolygon
                                            : kind == GeometryKind::Line  ? wkbMultiLineString
                                                                          : wkbPoint;
            const QByteArray name = layerName(theme).toUtf8();
            OGRLayer *layer =
                dataset->CreateLayer(name.constData(), &wgs84, type,
                                     geopackage ? const_cast<char **>(noIndex) : nullptr);
            check(layer != nullptr, errors,
                  QStringLiteral("cannot create the layer %1").arg(layerName(theme)));
            for (const char *field : {"osm_id", "class", "name"}) {
                OGRFieldDefn definition(field, OFTString);
                check(layer->CreateField(&definition) == OGRERR_NONE, errors,
                      QStringLiteral("cannot create the field %1").arg(QString::fromLatin1(field)));
            }
            int count = 0;
            for (const Kept &k : kept) {
                if (k.theme != theme)
                    continue;
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField("osm_id", k.osmId.toUtf8().constData());
                feature.SetField("class", k.featureClass.toUtf8().constData());
                if (!k.name.isEmpty())
                    feature.SetField("name", k.name.toUtf8().constData());
                feature.SetGeometry(k.geometry.get());
                check(layer->CreateFeature(&feature) == OGRERR_NONE, errors,
                      QStringLiteral("cannot write OSM object %1 into %2")
                          .arg(k.osmId, layerName(theme)));
                ++count;
            }
            result.counts.insert(theme, count);
        }
        OGRLayer *source = dataset->CreateLayer(SourceLayer, nullptr, wkbNone, nullptr);
        check(source != nullptr, errors,
              QStringLiteral("cannot create the layer %1").arg(QLatin1String(SourceLayer)));
        for (const char *field : {"source", "built_at", "clip", "attribution", "data_date"}) {
            OGRFieldDefn definition(field, OFTString);
            check(source->CreateField(&definition) == OGRERR_NONE, errors,
                  QStringLiteral("cannot describe the basemap"));
        }
        for (const char *field : {"west", "south", "east", "north"}) {
            OGRFieldDefn definition(field, OFTReal);
            check(source->CreateField(&definition) == OGRERR_NONE, errors,
                  QStringLiteral("cannot describe the basemap"));
        }
        OGRFeature row(source->GetLayerDefn());
        row.SetField("source", QFileInfo(options.extract).fileName().toUtf8().constData());
        row.SetField("built_at",
                     clock::nowUtc().toString(Qt::ISODate).toUtf8().constData());
        row.SetField("clip", clip.description.toUtf8().constData());
        row.SetField("attribution", OsmAttribution);
        if (!options.dataDate.isEmpty())
            row.SetField("data_date", options.dataDate.toUtf8().constData());
        row.SetField("west", clip.envelope.MinX);
        row.SetField("south", clip.envelope.MinY);
        row.SetField("east", clip.envelope.MaxX);
        row.SetField("north", clip.envelope.MaxY);
        check(source->CreateFeature(&row) == OGRERR_NONE, errors,
              QStringLiteral("cannot describe the basemap"));
        check(dataset->CommitTransaction() == OGRERR_NONE, errors,
              QStringLiteral("cannot commit the basemap"));
    } catch (const BasemapError &e) {
        dataset->RollbackTransaction();
        throw BasemapError(
            QStringLiteral("%1 in the store %2; the store is unchanged").arg(e.message(), where));
    }
}

} // namespace

QString boxText(const GeoBox &b)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(b.west, 0, 'f', 4)
        .arg(b.south, 0, 'f', 4)
        .arg(b.east, 0, 'f', 4)
        .arg(b.north, 0, 'f', 4);
}

std::optional<GeoBox> parseBox(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    const GeoBox box{values[0], values[1], values[2], values[3]};
    if (!box.isValid() || box.west < -180 || box.east > 180 || box.south < -90 || box.north > 90)
        return std::nullopt;
    return box;
}

BuildResult buildBasemap(const BuildOptions &options,
                         const std::function<void(const QString &)> &progress)
{
    gdal::ensureInitialised();
    BuildResult result;
    const Clip clip = makeClip(options);
    result.clipBounds = toBox(clip.envelope);
    result.clipDescription = clip.description;
    if (progress)
        progress(QStringLiteral("reading %1, keeping %2").arg(options.extract, clip.description));
    const std::vector<Kept> kept = readExtract(options, clip, result, progress);
    if (progress)
        progress(QStringLiteral("writing %L1 features into %2")
                     .arg(kept.size())
                     .arg(gdal::displayLocation(options.store)));
    writeStore(options, clip, kept, result);
    return result;
}

} // namespace stadtplan::basemap
