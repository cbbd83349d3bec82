#include "addresslayer.h"

#include "clock.h"
#include "gdalsupport.h"
#include "institutionstore.h"
#include "storeerror.h"

#include <QFileInfo>
#include <QUuid>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace stadtplan::addresses {

namespace {

constexpr const char *TextFields[] = {"street", "house_number", "postcode", "city", "origin"};
constexpr const char *SourceFields[] = {"source", "kind", "data_date", "built_at", "attribution",
                                        "generation"};

GDALDatasetUniquePtr openStore(const QString &store, bool update, gdal::ErrorCollector &errors)
{
    gdal::ensureInitialised();
    const QString shown = gdal::displayLocation(store);
    if (!InstitutionStore::isDatabaseConnection(store) && !QFileInfo::exists(store))
        throw StoreError(StoreError::Kind::Missing, shown, {});
    const char *const drivers[] = {"GPKG", "PostgreSQL", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        store.toUtf8().constData(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
        drivers, nullptr, nullptr));
    if (!dataset)
        throw StoreError(StoreError::Kind::Corrupt, shown,
                         errors.lastFailure(QStringLiteral("not a GeoPackage or database")));
    return dataset;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QString text(const OGRFeature &feature, int field)
{
    return field >= 0 && feature.IsFieldSetAndNotNull(field)
               ? QString::fromUtf8(feature.GetFieldAsString(field))
               : QString();
}

std::optional<Description> readDescription(GDALDataset &dataset)
{
    OGRLayer *source = dataset.GetLayerByName(SourceLayer);
    if (!source)
        return std::nullopt;
    source->ResetReading();
    const OGRFeatureUniquePtr row(source->GetNextFeature());
    if (!row)
        return std::nullopt;
    Description d;
    const auto get = [&](const char *field) { return text(*row, row->GetFieldIndex(field)); };
    d.source = get("source");
    d.kind = get("kind");
    d.dataDate = get("data_date");
    d.builtAt = get("built_at");
    d.attribution = get("attribution");
    d.generation = get("generation");
    if (const int count = row->GetFieldIndex("count"); count >= 0)
        d.count = row->GetFieldAsInteger64(count);
    return d;
}

void check(bool ok, const gdal::ErrorCollector &errors, const QString &store, const QString &what)
{
    if (!ok)
        throw StoreError(StoreError::Kind::WriteFailed, gdal::displayLocation(store),
                         QStringLiteral("%1: %2").arg(what, errors.lastFailure(QStringLiteral("refused"))));
}

} // namespace

void replace(const QString &store, const std::vector<Entry> &entries, Description description)
{
    gdal::ErrorCollector errors;
    const GDALDatasetUniquePtr dataset = openStore(store, true, errors);
    if (dataset->StartTransaction(FALSE) != OGRERR_NONE)
        throw StoreError(StoreError::Kind::WriteFailed, gdal::displayLocation(store),
                         QStringLiteral("cannot begin a transaction: %1").arg(errors.lastFailure()));
    try {
        for (int i = dataset->GetLayerCount() - 1; i >= 0; --i) {
            const QByteArray name(dataset->GetLayer(i)->GetName());
            if (name == Layer || name == SourceLayer)
                check(dataset->DeleteLayer(i) == OGRERR_NONE, errors, store,
                      QStringLiteral("cannot replace the layer %1").arg(QString::fromUtf8(name)));
        }
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        // The gazetteer is read whole; a spatial index would only slow the write.
        const bool geopackage = QByteArray(dataset->GetDriverName()) == "GPKG";
        const char *noIndex[] = {"SPATIAL_INDEX=NO", nullptr};
        OGRLayer *layer = dataset->CreateLayer(Layer, &wgs84, wkbPoint,
                                               geopackage ? const_cast<char **>(noIndex) : nullptr);
        check(layer != nullptr, errors, store, QStringLiteral("cannot create the layer addresses"));
        for (const char *field : TextFields) {
            OGRFieldDefn definition(field, OFTString);
            check(layer->CreateField(&definition) == OGRERR_NONE, errors, store,
                  QStringLiteral("cannot create the field %1").arg(QLatin1String(field)));
        }
        OGRFeatureDefn *definition = layer->GetLayerDefn();
        int index[std::size(TextFields)];
        for (std::size_t i = 0; i < std::size(TextFields); ++i)
            index[i] = definition->GetFieldIndex(TextFields[i]);
        for (const Entry &e : entries) {
            OGRFeature feature(definition);
            const QString values[] = {e.address.street, e.address.houseNumber, e.address.postcode,
                                      e.address.city, e.origin};
            for (std::size_t i = 0; i < std::size(TextFields); ++i)
                if (!values[i].isEmpty())
                    feature.SetField(index[i], utf8(values[i]).constData());
            OGRPoint point(e.position.longitude, e.position.latitude);
            feature.SetGeometry(&point);
            check(layer->CreateFeature(&feature) == OGRERR_NONE, errors, store,
                  QStringLiteral("cannot write the address %1").arg(e.address.oneLine()));
        }

        OGRLayer *source = dataset->CreateLayer(SourceLayer, nullptr, wkbNone, nullptr);
        check(source != nullptr, errors, store,
              QStringLiteral("cannot create the layer %1").arg(QLatin1String(SourceLayer)));
        for (const char *field : SourceFields) {
            OGRFieldDefn f(field, OFTString);
            check(source->CreateField(&f) == OGRERR_NONE, errors, store,
                  QStringLiteral("cannot describe the addresses"));
        }
        OGRFieldDefn count("count", OFTInteger64);
        check(source->CreateField(&count) == OGRERR_NONE, errors, store,
              QStringLiteral("cannot describe the addresses"));
        description.builtAt = clock::nowUtc().toString(Qt::ISODate);
        description.count = qint64(entries.size());
        description.generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        OGRFeature row(source->GetLayerDefn());
        const QString values[] = {description.source, description.kind, description.dataDate,
                                  description.builtAt, description.attribution,
                                  description.generation};
        for (std::size_t i = 0; i < std::size(SourceFields); ++i)
            if (!values[i].isEmpty())
                row.SetField(SourceFields[i], utf8(values[i]).constData());
        row.SetField("count", GIntBig(description.count));
        check(source->CreateFeature(&row) == OGRERR_NONE, errors, store,
              QStringLiteral("cannot describe the addresses"));
        check(dataset->CommitTransaction() == OGRERR_NONE, errors, store,
              QStringLiteral("cannot commit the addresses"));
    } catch (const StoreError &) {
        dataset->RollbackTransaction();
        throw;
    }
}

std::optional<Description> describe(const QString &store, QString *problem)
{
    try {
        gdal::ErrorCollector errors;
        const GDALDatasetUniquePtr dataset = openStore(store, false, errors);
        return readDescription(*dataset);
    } catch (const StoreError &e) {
        if (problem)
            *problem = e.message();
        return std::nullopt;
    }
}

std::optional<Description> describe(GDALDataset &store)
{
    return readDescription(store);
}

std::vector<Entry> read(const QString &store, Description *description)
{
    gdal::ErrorCollector errors;
    const GDALDatasetUniquePtr dataset = openStore(store, false, errors);
    OGRLayer *layer = dataset->GetLayerByName(Layer);
    const std::optional<Description> about = readDescription(*dataset);
    if (!layer || !about)
        throw StoreError(StoreError::Kind::NotAStore, gdal::displayLocation(store),
                         QStringLiteral("the store holds no addresses"));
    if (description)
        *description = *about;
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    int index[std::size(TextFields)];
    for (std::size_t i = 0; i < std::size(TextFields); ++i)
        index[i] = definition->GetFieldIndex(TextFields[i]);
    std::vector<Entry> entries;
    entries.reserve(std::size_t(std::max<qint64>(0, about->count)));
    layer->ResetReading();
    for (const auto &f : *layer) {
        const OGRGeometry *g = f->GetGeometryRef();
        if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint)
            continue;
        Entry e;
        e.address = {text(*f, index[0]), text(*f, index[1]), text(*f, index[2]), text(*f, index[3])};
        e.origin = text(*f, index[4]);
        e.position = GeoPoint{g->toPoint()->getY(), g->toPoint()->getX()};
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace stadtplan::addresses
