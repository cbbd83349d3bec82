#include "institutionstore.h"

#include "cityareas.h"
#include "clock.h"
#include "gdalsupport.h"
#include "geopackagewrite.h"
#include "recordschema.h"

#include <QDebug>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <functional>
#include <future>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <vector>

namespace stadtplan {

namespace {

constexpr const char *InstitutionsLayer = "institutions";
constexpr const char *OrganisationsLayer = "organisations";
constexpr const char *ServicesLayer = "services";
constexpr const char *AreasLayer = "areas";
constexpr const char *MetadataLayer = "stadtplan_metadata";
constexpr const char *ChangeLogLayer = "change_log";
constexpr const char *ProposalsLayer = "proposals";

struct FieldSpec
{
    const char *name;
    OGRFieldType type = OFTString;
    OGRFieldSubType subType = OFSTNone;
    bool unique = false;
};

struct LayerSpec
{
    const char *name;
    OGRwkbGeometryType geometry;
    std::vector<FieldSpec> fields;
    int since = 1; // the schema version that added the layer
};

// A record layer's columns: its key, the store's own bookkeeping columns,
// then the columns the record schema (recordschema.h) gives the parts kept
// in this layer, in the schema's order, then the trailing bookkeeping.
std::vector<FieldSpec> recordColumns(std::initializer_list<RecordSchema::Part> parts,
                                     std::initializer_list<FieldSpec> leading,
                                     std::initializer_list<FieldSpec> trailing = {})
{
    std::vector<FieldSpec> out{{"id", OFTString, OFSTNone, true}};
    out.insert(out.end(), leading);
    for (const RecordSchema::Field &field : RecordSchema::fields()) {
        if (!field.column || qstrcmp(field.column, "id") == 0
            || std::find(parts.begin(), parts.end(), field.part) == parts.end())
            continue;
        switch (field.type) {
        case RecordSchema::Type::Text:
            out.push_back({field.column});
            break;
        case RecordSchema::Type::YesNo:
            out.push_back({field.column, OFTInteger, OFSTBoolean});
            break;
        case RecordSchema::Type::Date:
            out.push_back({field.column, OFTDate});
            break;
        }
    }
    out.insert(out.end(), trailing);
    return out;
}

const std::vector<LayerSpec> &schema()
{
    using enum RecordSchema::Part;
    static const std::vector<LayerSpec> layers{
        {OrganisationsLayer, wkbNone, recordColumns({Organisation}, {})},
        // status: the record's (draft, published, archived); version: for
        // detecting a concurrent change.
        {InstitutionsLayer,
         wkbPoint,
         recordColumns({Institution, Address}, {{"organisation_id"}},
                       {{"status"}, {"version", OFTInteger64}})},
        {ServicesLayer, wkbNone, recordColumns({Service}, {{"institution_id"}})},
        {AreasLayer,
         wkbMultiPolygon,
         {{"id", OFTString, OFSTNone, true},
          {"name"},
          {"kind"},
          {"population", OFTInteger64},
          {Area::AgeGroups[0], OFTInteger64},
          {Area::AgeGroups[1], OFTInteger64},
          {Area::AgeGroups[2], OFTInteger64},
          {Area::AgeGroups[3], OFTInteger64}}},
        {MetadataLayer, wkbNone, {{"key", OFTString, OFSTNone, true}, {"value"}}},
        // Every change of a field: who, when, old and new value, through what.
        {ChangeLogLayer,
         wkbNone,
         {{"at", OFTDateTime}, {"who"}, {"record_id"}, {"field"}, {"old_value"}, {"new_value"}, {"via"}},
         5},
        // Changes of published records waiting for the coordinator's approval.
        {ProposalsLayer,
         wkbNone,
         {{"at", OFTDateTime}, {"who"}, {"record_id"}, {"field"}, {"old_value"}, {"new_value"}, {"via"},
          {"base_version", OFTInteger64}},
         7},
    };
    return layers;
}

// Multi-valued fields (taxonomy ids, language codes) are stored as one text
// joined by ';', which every OGR driver and a person reading a CSV export handle.
const QChar ListSeparator = QLatin1Char(';');

// The city's boundary and districts that every store holds from the start.
const QList<Area> &cityAreas()
{
    try {
        return bundledCityAreas();
    } catch (const std::exception &e) {
        // Compiled in and tested: broken only in a broken build.
        throw StoreError(StoreError::Kind::WriteFailed, QString(),
                         QStringLiteral("the bundled city areas: ") + QString::fromUtf8(e.what()));
    }
}

// Field indices by name, looked up once per layer instead of once per value:
// OGR's own lookup compares every field name, and stores hold many records.
class Fields
{
public:
    explicit Fields(const OGRFeatureDefn *definition) : m_definition(definition) {}
    int operator()(const char *name) const
    {
        const auto it = m_cache.constFind(name);
        if (it != m_cache.cend())
            return *it;
        const int index = m_definition->GetFieldIndex(name);
        m_cache.insert(name, index);
        return index;
    }

private:
    const OGRFeatureDefn *m_definition;
    mutable QHash<const char *, int> m_cache; // keyed by the literal's address
};

QString text(const OGRFeature &f, const Fields &fields, const char *field)
{
    const int i = fields(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    return QString::fromUtf8(f.GetFieldAsString(i));
}

QStringList list(const OGRFeature &f, const Fields &fields, const char *field)
{
    return text(f, fields, field).split(ListSeparator, Qt::SkipEmptyParts);
}

void set(OGRFeature &f, const Fields &fields, const char *field, const QString &value)
{
    const int i = fields(field);
    if (value.isEmpty())
        f.SetFieldNull(i);
    else
        f.SetField(i, value.toUtf8().constData());
}

// Deletes every feature of the layer (inside the caller's transaction).
OGRErr clear(OGRLayer *layer)
{
    std::vector<GIntBig> fids;
    layer->ResetReading();
    for (const auto &f : *layer)
        fids.push_back(f->GetFID());
    for (GIntBig fid : fids) {
        if (const OGRErr result = layer->DeleteFeature(fid); result != OGRERR_NONE)
            return result;
    }
    return OGRERR_NONE;
}

OGRSpatialReference wgs84()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

// A layer of the schema, without its fields; nothing when GDAL refuses.
OGRLayer *createLayer(GDALDataset &dataset, const LayerSpec &spec)
{
    const OGRSpatialReference srs = wgs84();
    const char *options[] = {"FID=fid", "GEOMETRY_NAME=geom", nullptr};
    return dataset.CreateLayer(spec.name, spec.geometry == wkbNone ? nullptr : &srs, spec.geometry,
                               const_cast<char **>(options));
}

// What a failed write was: the server gone, a lock, or a refusal.
StoreError::Kind failureKind(const gdal::ErrorCollector &errors)
{
    for (const char *lost : {"server closed the connection", "no connection to the server", "could not connect",
                             "terminating connection", "connection to server", "Connection refused"})
        if (errors.mentions(lost))
            return StoreError::Kind::Unreachable;
    if (errors.mentions("locked"))
        return StoreError::Kind::Locked;
    return StoreError::Kind::WriteFailed;
}

} // namespace

void InstitutionStore::Deleter::operator()(GDALDataset *dataset) const
{
    GDALClose(dataset);
}

void InstitutionStore::reopenAfterFailure()
{
    // The failure is what the caller reports; a store that cannot be opened
    // again says so at its next use.
    try {
        reopen();
    } catch (const StoreError &) {
        m_dataset.reset();
    }
}

void InstitutionStore::reopen()
{
    gdal::ErrorCollector errors;
    const unsigned flags = GDAL_OF_VECTOR | (m_access == Access::ReadWrite ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    const char *const drivers[] = {"GPKG", "PostgreSQL", nullptr};
    m_dataset.reset();
    m_dataset.reset(GDALDataset::FromHandle(
        GDALOpenEx(m_connection.toUtf8().constData(), flags, drivers, nullptr, nullptr)));
    if (!m_dataset)
        fail(StoreError::Kind::Corrupt, errors.lastFailure(QStringLiteral("cannot be opened again")));
}

InstitutionStore::InstitutionStore(GDALDataset *dataset, QString connection, Access access)
    : m_dataset(dataset), m_connection(std::move(connection)), m_access(access)
{
}

InstitutionStore::~InstitutionStore() = default;

bool InstitutionStore::isDatabaseConnection(const QString &connection)
{
    return connection.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

std::optional<addresses::Description> InstitutionStore::addressDescription() const
{
    return addresses::describe(dataset());
}

QString InstitutionStore::displayLocation() const
{
    return gdal::displayLocation(m_connection);
}

GDALDataset &InstitutionStore::dataset() const
{
    // Gone only when opening it again after a failed write failed too.
    if (!m_dataset)
        fail(StoreError::Kind::Corrupt, QStringLiteral("cannot be opened again"));
    return *m_dataset;
}

void InstitutionStore::fail(StoreError::Kind kind, const QString &detail) const
{
    throw StoreError(kind, displayLocation(), detail);
}

std::unique_ptr<InstitutionStore> InstitutionStore::open(const QString &connection, Access access)
{
    gdal::ensureInitialised();
    const QString shown = gdal::displayLocation(connection);
    const bool database = isDatabaseConnection(connection);
    if (!database && !QFileInfo::exists(connection))
        throw StoreError(StoreError::Kind::Missing, shown, {});
    if (!database && access == Access::ReadWrite && !QFileInfo(connection).isWritable())
        throw StoreError(StoreError::Kind::ReadOnly, shown,
                         QStringLiteral("no permission to write"));

    gdal::ErrorCollector errors;
    const unsigned flags =
        GDAL_OF_VECTOR | (access == Access::ReadWrite ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    // Only the drivers a store can be: a file that merely looks like some other
    // format must not be opened (and perhaps written) as one.
    const char *const drivers[] = {"GPKG", "PostgreSQL", nullptr};
    auto *dataset = GDALDataset::FromHandle(
        GDALOpenEx(connection.toUtf8().constData(), flags, drivers, nullptr, nullptr));
    if (!dataset) {
        const auto kind = errors.mentions("locked") ? StoreError::Kind::Locked
                          : database                ? StoreError::Kind::Missing
                                                    : StoreError::Kind::Corrupt;
        throw StoreError(kind, shown, errors.lastFailure(QStringLiteral("not a GeoPackage")));
    }
    std::unique_ptr<InstitutionStore> store(new InstitutionStore(dataset, connection, access));
    // The layers of the first schema; later ones only if the store's version has them.
    for (const LayerSpec &spec : schema()) {
        if (spec.since == 1 && !dataset->GetLayerByName(spec.name)) {
            if (errors.mentions("locked"))
                store->fail(StoreError::Kind::Locked, errors.lastFailure());
            store->fail(StoreError::Kind::NotAStore,
                        QStringLiteral("layer '%1' is missing").arg(QLatin1String(spec.name)));
        }
    }
    bool numeric = false;
    const int version = store->metadata(QStringLiteral("schema_version")).toInt(&numeric);
    if (!numeric || version < 1)
        store->fail(StoreError::Kind::NotAStore, QStringLiteral("no schema version"));
    if (version > SchemaVersion) {
        store->fail(StoreError::Kind::NotAStore,
                    QStringLiteral("made by a newer Stadtplan (schema %1; this one knows %2)")
                        .arg(version)
                        .arg(SchemaVersion));
    }
    for (const LayerSpec &spec : schema())
        if (spec.since > 1 && spec.since <= version && !dataset->GetLayerByName(spec.name))
            store->fail(StoreError::Kind::NotAStore,
                        QStringLiteral("layer '%1' is missing").arg(QLatin1String(spec.name)));
    if (version < SchemaVersion && access == Access::ReadWrite)
        store->migrate(version);
    return store;
}

std::unique_ptr<InstitutionStore> InstitutionStore::create(const QString &connection)
{
    gdal::ensureInitialised();
    const QString shown = gdal::displayLocation(connection);
    gdal::ErrorCollector errors;
    GDALDataset *dataset = nullptr;
    if (isDatabaseConnection(connection)) {
        dataset = GDALDataset::FromHandle(GDALOpenEx(connection.toUtf8().constData(),
                                                     GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                                     nullptr, nullptr));
        if (!dataset)
            throw StoreError(StoreError::Kind::Missing, shown, errors.lastFailure());
    } else {
        if (QFileInfo::exists(connection))
            throw StoreError(StoreError::Kind::WriteFailed, shown,
                             QStringLiteral("a file of that name exists and is kept"));
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        dataset =
            driver ? driver->Create(connection.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
                   : nullptr;
        if (!dataset)
            throw StoreError(StoreError::Kind::WriteFailed, shown,
                             errors.lastFailure(QStringLiteral("cannot create the file")));
    }
    std::unique_ptr<InstitutionStore> store(
        new InstitutionStore(dataset, connection, Access::ReadWrite));
    store->inTransaction("create the schema", [&] {
        const OGRSpatialReference srs = wgs84();
        for (const LayerSpec &spec : schema()) {
            if (dataset->GetLayerByName(spec.name))
                store->fail(
                    StoreError::Kind::WriteFailed,
                    QStringLiteral("layer '%1' exists already").arg(QLatin1String(spec.name)));
            OGRLayer *layer = createLayer(*dataset, spec);
            if (!layer)
                store->fail(StoreError::Kind::WriteFailed, errors.lastFailure());
            for (const FieldSpec &field : spec.fields) {
                OGRFieldDefn definition(field.name, field.type);
                definition.SetSubType(field.subType);
                definition.SetUnique(field.unique);
                if (layer->CreateField(&definition) != OGRERR_NONE)
                    store->fail(StoreError::Kind::WriteFailed, errors.lastFailure());
            }
        }
        OGRLayer *metadata = dataset->GetLayerByName(MetadataLayer);
        OGRFeature feature(metadata->GetLayerDefn());
        feature.SetField("key", "schema_version");
        feature.SetField("value", QByteArray::number(SchemaVersion).constData());
        if (metadata->CreateFeature(&feature) != OGRERR_NONE)
            store->fail(StoreError::Kind::WriteFailed, errors.lastFailure());
        store->writeAreas(cityAreas());
    });
    return store;
}

void InstitutionStore::migrate(int fromVersion)
{
    // Adds what later schemas added, in one transaction with the new version number.
    inTransaction("upgrade the schema", [&] {
        gdal::ErrorCollector errors;
        for (const LayerSpec &spec : schema()) {
            OGRLayer *layer = dataset().GetLayerByName(spec.name);
            if (!layer) {
                // A table a later schema added (the change log, the proposals).
                layer = createLayer(dataset(), spec);
                if (!layer)
                    fail(StoreError::Kind::WriteFailed, QStringLiteral("upgrading from schema %1: %2")
                                                            .arg(fromVersion)
                                                            .arg(errors.lastFailure()));
            }
            for (const FieldSpec &field : spec.fields) {
                if (layer->GetLayerDefn()->GetFieldIndex(field.name) >= 0)
                    continue;
                OGRFieldDefn definition(field.name, field.type);
                definition.SetSubType(field.subType);
                if (layer->CreateField(&definition) != OGRERR_NONE)
                    fail(StoreError::Kind::WriteFailed, QStringLiteral("upgrading from schema %1: %2")
                                                            .arg(fromVersion)
                                                            .arg(errors.lastFailure()));
            }
        }
        if (fromVersion < 8) {
            // The city's own areas, unless the store has them already (the
            // coordinator may have imported the districts under other ids).
            QSet<QString> held;
            for (const Area &a : areas())
                held << a.id << a.sameAreaKey();
            QList<Area> missing;
            for (const Area &a : cityAreas())
                if (!held.contains(a.id) && !held.contains(a.sameAreaKey()))
                    missing.append(a);
            writeAreas(missing);
        }
        OGRLayer *metadata = dataset().GetLayerByName(MetadataLayer);
        const Fields col(metadata->GetLayerDefn());
        metadata->ResetReading();
        for (auto &feature : *metadata) {
            if (text(*feature, col, "key") == QLatin1String("schema_version")) {
                feature->SetField("value", QByteArray::number(SchemaVersion).constData());
                if (metadata->SetFeature(feature.get()) != OGRERR_NONE)
                    fail(StoreError::Kind::WriteFailed, errors.lastFailure());
                break;
            }
        }
    });
}

template <typename Write> void InstitutionStore::inTransaction(const char *what, Write &&write)
{
    if (isReadOnly())
        fail(StoreError::Kind::ReadOnly, {});
    if (m_reconnect) { // the server went away during an earlier write
        reopen();
        m_reconnect = false;
    }
    gdal::ErrorCollector errors;
    const auto failed = [&](const QString &detail) {
        const StoreError::Kind kind = failureKind(errors);
        m_reconnect = kind == StoreError::Kind::Unreachable && isDatabaseConnection(m_connection);
        fail(kind, detail);
    };
    if (dataset().StartTransaction(FALSE) != OGRERR_NONE)
        failed(errors.lastFailure(QStringLiteral("cannot start a transaction to %1").arg(QLatin1String(what))));
    try {
        write();
    } catch (const StoreError &e) {
        dataset().RollbackTransaction();
        if (e.kind() == StoreError::Kind::WriteFailed && failureKind(errors) == StoreError::Kind::Unreachable)
            failed(e.detail());
        if (e.kind() == StoreError::Kind::Unreachable)
            m_reconnect = isDatabaseConnection(m_connection);
        throw;
    } catch (...) {
        dataset().RollbackTransaction();
        throw;
    }
    if (dataset().CommitTransaction() != OGRERR_NONE) {
        dataset().RollbackTransaction();
        failed(errors.lastFailure(QStringLiteral("cannot commit")));
    }
}

bool InstitutionStore::canWrite() const
{
    if (isReadOnly())
        return false;
    if (!isDatabaseConnection(m_connection))
        return true;
    if (!m_canWrite) {
        // The role's rights on the table, as the server grants them.
        gdal::ErrorCollector errors;
        bool granted = false;
        if (OGRLayer *r = dataset().ExecuteSQL(
                "SELECT has_table_privilege('institutions', 'UPDATE') AND has_table_privilege('change_log', 'INSERT') AS granted",
                nullptr, nullptr)) {
            if (const OGRFeatureUniquePtr f(r->GetNextFeature()); f) {
                const QString value = QString::fromUtf8(f->GetFieldAsString(0));
                granted = value == QLatin1String("1") || value.startsWith(QLatin1Char('t'), Qt::CaseInsensitive);
            }
            dataset().ReleaseResultSet(r);
        }
        m_canWrite = granted;
    }
    return *m_canWrite;
}

QString InstitutionStore::metadata(const QString &key) const
{
    OGRLayer *layer = dataset().GetLayerByName(MetadataLayer);
    if (!layer)
        return {};
    const Fields col(layer->GetLayerDefn());
    QString value;
    layer->ResetReading();
    for (const auto &feature : *layer) {
        if (text(*feature, col, "key") == key) {
            value = text(*feature, col, "value");
            break;
        }
    }
    // No reading may stay open: on a GeoPackage it holds a lock that keeps
    // every other connection from saving, on a server an open transaction.
    layer->ResetReading();
    return value;
}

void InstitutionStore::setMetadata(const QString &key, const QString &value)
{
    inTransaction("save metadata", [&] {
        gdal::ErrorCollector errors;
        OGRLayer *layer = dataset().GetLayerByName(MetadataLayer);
        const Fields col(layer->GetLayerDefn());
        layer->ResetReading();
        OGRFeatureUniquePtr existing;
        for (auto &feature : *layer) {
            if (text(*feature, col, "key") == key) {
                existing = std::move(feature);
                break;
            }
        }
        OGRErr result;
        if (existing) {
            set(*existing, col, "value", value);
            result = layer->SetFeature(existing.get());
        } else {
            OGRFeature feature(layer->GetLayerDefn());
            set(feature, col, "key", key);
            set(feature, col, "value", value);
            result = layer->CreateFeature(&feature);
        }
        if (result != OGRERR_NONE)
            fail(StoreError::Kind::WriteFailed, errors.lastFailure());
    });
}

namespace {

struct ServiceRead
{
    bool opened = false;
    QHash<QString, QList<Service>> byInstitution;
    QStringList failures;
    bool locked = false;
};

Service readService(const OGRFeature *f, const Fields &serviceCol)
{
    Service s;
    s.id = text(*f, serviceCol, "id");
    s.name = text(*f, serviceCol, "name");
    s.description = text(*f, serviceCol, "description");
    s.translations =
        translationsFromJson(text(*f, serviceCol, "translations")).value_or(FieldTranslations{});
    s.verifiedBy = text(*f, serviceCol, "verified_by");
    s.focusAreas = list(*f, serviceCol, "focus_areas");
    s.targetGroups = list(*f, serviceCol, "target_groups");
    s.languages = list(*f, serviceCol, "languages");
    s.contact = {text(*f, serviceCol, "phone"), text(*f, serviceCol, "email"),
                 text(*f, serviceCol, "website")};
    s.openingHours = text(*f, serviceCol, "opening_hours");
    s.cost = text(*f, serviceCol, "cost");
    const int referral = serviceCol("referral_required");
    if (f->IsFieldSetAndNotNull(referral))
        s.referralRequired = f->GetFieldAsInteger(referral) != 0;
    // Unknown in a store before schema 9, which did not ask.
    s.appointment = appointmentFromId(text(*f, serviceCol, "appointment")).value_or(Appointment::Unknown);
    s.status = serviceStatusFromId(text(*f, serviceCol, "status")).value_or(ServiceStatus::Active);
    const int verified = serviceCol("last_verified");
    if (f->IsFieldSetAndNotNull(verified)) {
        int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
        float sec = 0;
        f->GetFieldAsDateTime(verified, &y, &m, &d, &h, &min, &sec, &tz);
        s.lastVerified = QDate(y, m, d);
    }
    return s;
}

// A record's revision as stored; 1 where there is none (a store before
// schema 7 had no revisions).
qint64 revision(std::optional<qint64> stored)
{
    return stored.value_or(1);
}

qint64 readVersion(const OGRFeature *f, const Fields &placeCol)
{
    const int version = placeCol("version");
    return revision(version >= 0 && f->IsFieldSetAndNotNull(version)
                        ? std::optional<qint64>(f->GetFieldAsInteger64(version))
                        : std::nullopt);
}

Institution readInstitution(const OGRFeature *f, const Fields &placeCol)
{
    Institution i;
    i.id = text(*f, placeCol, "id");
    i.name = text(*f, placeCol, "name");
    i.description = text(*f, placeCol, "description");
    i.translations =
        translationsFromJson(text(*f, placeCol, "translations")).value_or(FieldTranslations{});
    i.address = {text(*f, placeCol, "street"), text(*f, placeCol, "house_number"),
                 text(*f, placeCol, "postcode"), text(*f, placeCol, "city")};
    if (const OGRGeometry *g = f->GetGeometryRef();
        g && wkbFlatten(g->getGeometryType()) == wkbPoint && !g->IsEmpty()) {
        const auto *p = g->toPoint();
        i.position = {p->getY(), p->getX()};
    }
    i.positionSource = positionSourceFromId(text(*f, placeCol, "position_source"))
                           .value_or(PositionSource::Estimated);
    i.stepFree = stepFreeFromId(text(*f, placeCol, "step_free")).value_or(StepFree::Unknown);
    i.source = text(*f, placeCol, "source");
    i.sourceId = text(*f, placeCol, "source_id");
    i.geocodedBy = text(*f, placeCol, "geocoded_by");
    // Stores before schema 7 have neither: their records are published, revision 1.
    i.recordStatus =
        recordStatusFromId(text(*f, placeCol, "status")).value_or(RecordStatus::Published);
    i.version = readVersion(f, placeCol);
    return i;
}

// Where a record's values go: an OGR feature (through GDAL), or a row of a
// prepared INSERT when whole GeoPackage layers are written through SQLite.
// One description of each layer's columns serves both.
class FeatureSink
{
public:
    FeatureSink(OGRFeature &feature, const Fields &fields) : m_feature(feature), m_fields(fields) {}
    void text(const char *field, const QString &value) { set(m_feature, m_fields, field, value); }
    void integer(const char *field, std::optional<qint64> value)
    {
        if (value)
            m_feature.SetField(m_fields(field), static_cast<GIntBig>(*value));
        else
            m_feature.SetFieldNull(m_fields(field));
    }
    void date(const char *field, const QDate &d)
    {
        if (d.isValid())
            m_feature.SetField(m_fields(field), d.year(), d.month(), d.day());
        else
            m_feature.SetFieldNull(m_fields(field));
    }
    void dateTime(const char *field, const QDateTime &when)
    {
        const QDateTime at = when.toUTC();
        m_feature.SetField(m_fields(field), at.date().year(), at.date().month(), at.date().day(),
                           at.time().hour(), at.time().minute(),
                           float(at.time().second() + at.time().msec() / 1000.0), 100);
    }
    void point(const GeoPoint &p)
    {
        if (p.isValid())
            m_feature.SetGeometry(std::make_unique<OGRPoint>(p.longitude, p.latitude).get());
        else
            m_feature.SetGeometryDirectly(nullptr);
    }

private:
    OGRFeature &m_feature;
    const Fields &m_fields;
};

// Made once per INSERT and used for all its rows: the writers name their
// fields in the same order every row, so each name is looked up once.
class RowSink
{
public:
    // `columns`: the INSERT's column names, the geometry's named "geom".
    RowSink(GeoPackageWrite::Insert &insert, const QList<QByteArray> &columns)
        : m_insert(insert), m_columns(columns)
    {
    }
    void text(const char *field, const QString &value) { m_insert.text(column(field), value); }
    // After a row's values: the next call names the row's first field again.
    void run()
    {
        m_insert.run();
        m_next = 0;
    }
    void integer(const char *field, std::optional<qint64> value)
    {
        m_insert.integer(column(field), value);
    }
    // As GDAL writes them into a GeoPackage: ISO 8601 text, times in UTC with milliseconds.
    void date(const char *field, const QDate &d)
    {
        m_insert.text(column(field), d.isValid() ? d.toString(Qt::ISODate) : QString());
    }
    void dateTime(const char *field, const QDateTime &when)
    {
        // An import logs all its changes at one time: formatted once.
        if (when != m_lastTime) {
            m_lastTime = when;
            m_lastTimeText = when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        }
        m_insert.text(column(field), m_lastTimeText);
    }
    void point(const GeoPoint &p) { m_insert.point(column("geom"), p); }

private:
    int column(const char *field)
    {
        // The field named at this place in the row last time, else looked up.
        const size_t at = m_next++;
        if (at < m_order.size() && m_order[at].first == field)
            return m_order[at].second;
        const int index = int(m_columns.indexOf(QByteArray(field)));
        Q_ASSERT(index >= 0);
        if (at < m_order.size())
            m_order[at] = {field, index};
        else
            m_order.emplace_back(field, index);
        return index;
    }
    GeoPackageWrite::Insert &m_insert;
    const QList<QByteArray> &m_columns;
    // The fields in the order the writer names them, with their columns.
    std::vector<std::pair<const char *, int>> m_order;
    size_t m_next = 0;
    QDateTime m_lastTime;
    QString m_lastTimeText;
};

template <typename Sink> void writeInstitution(Sink &&s, const Institution &i)
{
    s.text("id", i.id);
    s.text("organisation_id", i.organisation.id);
    s.text("name", i.name);
    s.text("description", i.description);
    s.text("street", i.address.street);
    s.text("house_number", i.address.houseNumber);
    s.text("postcode", i.address.postcode);
    s.text("city", i.address.city);
    s.text("position_source", toId(i.positionSource));
    s.text("step_free", toId(i.stepFree));
    s.text("source", i.source);
    s.text("source_id", i.sourceId);
    s.text("geocoded_by", i.geocodedBy);
    s.text("translations", translationsToJson(i.translations));
    s.text("status", toId(i.recordStatus));
    s.integer("version", i.version);
    s.point(i.position);
}

template <typename Sink>
void writeService(Sink &&s, const QString &institutionId, const Service &service)
{
    s.text("id", service.id);
    s.text("institution_id", institutionId);
    s.text("name", service.name);
    s.text("description", service.description);
    s.text("translations", translationsToJson(service.translations));
    s.text("verified_by", service.verifiedBy);
    s.text("focus_areas", service.focusAreas.join(ListSeparator));
    s.text("target_groups", service.targetGroups.join(ListSeparator));
    s.text("languages", service.languages.join(ListSeparator));
    s.text("phone", service.contact.phone);
    s.text("email", service.contact.email);
    s.text("website", service.contact.website);
    s.text("opening_hours", service.openingHours);
    s.text("cost", service.cost);
    s.integer("referral_required", service.referralRequired
                                       ? std::optional<qint64>(*service.referralRequired ? 1 : 0)
                                       : std::nullopt);
    s.text("appointment", toId(service.appointment));
    s.text("status", toId(service.status));
    s.date("last_verified", service.lastVerified);
}

template <typename Sink> void writeOrganisation(Sink &&s, const Organisation &o)
{
    s.text("id", o.id);
    s.text("name", o.name);
    s.text("type", o.typeId);
    s.text("website", o.website);
}

template <typename Sink> void writeChange(Sink &&s, const FieldChange &c)
{
    s.dateTime("at", c.at);
    s.text("who", c.who);
    s.text("record_id", c.recordId);
    s.text("field", c.field);
    s.text("old_value", c.oldValue);
    s.text("new_value", c.newValue);
    s.text("via", c.via);
}

FieldChange readChange(const OGRFeature *f, const Fields &col)
{
    FieldChange c;
    int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
    float sec = 0;
    if (f->GetFieldAsDateTime(col("at"), &y, &m, &d, &h, &min, &sec, &tz))
        c.at = QDateTime(QDate(y, m, d), QTime(h, min, int(sec), int(std::lround((sec - int(sec)) * 1000)) % 1000),
                         QTimeZone::UTC);
    c.who = text(*f, col, "who");
    c.recordId = text(*f, col, "record_id");
    c.field = text(*f, col, "field");
    c.oldValue = text(*f, col, "old_value");
    c.newValue = text(*f, col, "new_value");
    c.via = text(*f, col, "via");
    return c;
}

// A text as an SQL string literal.
QString quoted(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

ServiceRead readServices(OGRLayer *layer)
{
    gdal::ErrorCollector errors;
    ServiceRead read;
    read.opened = true;
    const Fields serviceCol(layer->GetLayerDefn());
    layer->ResetReading();
    for (const auto &f : *layer) {
        Service s = readService(f.get(), serviceCol);
        read.byInstitution[text(*f, serviceCol, "institution_id")].append(std::move(s));
    }
    read.failures = errors.failures();
    read.locked = errors.mentions("locked");
    return read;
}

// The services through a connection of their own, read on another thread
// while the caller reads the institutions: they are most of a store's data.
// Not opened (and read by the caller instead) when a second connection fails.
ServiceRead readServicesSeparately(const QString &connection)
{
    gdal::ErrorCollector errors;
    const char *const drivers[] = {"GPKG", "PostgreSQL", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::FromHandle(GDALOpenEx(
        connection.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
    OGRLayer *layer = dataset ? dataset->GetLayerByName(ServicesLayer) : nullptr;
    if (!layer)
        return {};
    return readServices(layer);
}

} // namespace

QList<Institution> InstitutionStore::institutions() const
{
    gdal::ErrorCollector errors;
    const auto readFailed = [&](const char *layer, const QStringList &failures, bool locked) {
        fail(locked ? StoreError::Kind::Locked : StoreError::Kind::Corrupt,
             QStringLiteral("reading '%1': %2")
                 .arg(QLatin1String(layer), failures.isEmpty() ? QStringLiteral("read error") : failures.constLast()));
    };
    auto services = std::async(std::launch::async, readServicesSeparately, m_connection);

    QHash<QString, Organisation> organisations;
    OGRLayer *layer = dataset().GetLayerByName(OrganisationsLayer);
    const Fields orgCol(layer->GetLayerDefn());
    layer->ResetReading();
    for (const auto &f : *layer) {
        Organisation o{text(*f, orgCol, "id"), text(*f, orgCol, "name"), text(*f, orgCol, "type"), text(*f, orgCol, "website")};
        organisations.insert(o.id, o);
    }
    if (!errors.failures().isEmpty()) {
        services.wait();
        readFailed(OrganisationsLayer, errors.failures(), errors.mentions("locked"));
    }

    QList<Institution> result;
    layer = dataset().GetLayerByName(InstitutionsLayer);
    result.reserve(std::max<qsizetype>(0, qsizetype(layer->GetFeatureCount(TRUE))));
    const Fields placeCol(layer->GetLayerDefn());
    layer->ResetReading();
    for (const auto &f : *layer) {
        Institution i = readInstitution(f.get(), placeCol);
        i.organisation = organisations.value(text(*f, placeCol, "organisation_id"));
        result.append(std::move(i));
    }
    if (!errors.failures().isEmpty()) {
        services.wait();
        readFailed(InstitutionsLayer, errors.failures(), errors.mentions("locked"));
    }

    ServiceRead read = services.get();
    if (!read.opened)
        read = readServices(dataset().GetLayerByName(ServicesLayer));
    if (!read.failures.isEmpty())
        readFailed(ServicesLayer, read.failures, read.locked);
    for (Institution &i : result)
        i.services = read.byInstitution.value(i.id);
    return result;
}

namespace {

// One record per organisation: the organisations of the institutions, each
// once, in order; refused when two copies of one differ (one would be lost).
QList<Organisation> distinctOrganisations(const QList<Institution> &institutions,
                                          const std::function<void(const QString &)> &refuse)
{
    QList<Organisation> out;
    QHash<QString, qsizetype> seen;
    for (const Institution &i : institutions) {
        const Organisation &o = i.organisation;
        if (o.id.isEmpty())
            continue;
        if (const auto it = seen.constFind(o.id); it != seen.cend()) {
            if (out[*it] != o)
                refuse(QStringLiteral("organisation '%1' of institution %2 differs from its other "
                                      "records (name, type or website)")
                           .arg(o.id, i.id));
            continue;
        }
        seen.insert(o.id, out.size());
        out.append(o);
    }
    return out;
}

// A layer's columns for an INSERT: the schema's fields, and the geometry.
QList<QByteArray> insertColumns(const char *layer)
{
    QList<QByteArray> columns;
    for (const LayerSpec &spec : schema()) {
        if (qstrcmp(spec.name, layer) != 0)
            continue;
        for (const FieldSpec &field : spec.fields)
            columns.append(field.name);
        if (spec.geometry != wkbNone)
            columns.append("geom");
    }
    return columns;
}

// What refuses a whole-layer write: the revisions the store holds `now`
// against those the caller `read`; empty when they are the same.
QString savedMeanwhile(const QHash<QString, qint64> &now, const QHash<QString, qint64> &read)
{
    if (now == read)
        return {};
    QString changed;
    for (auto it = now.cbegin(); it != now.cend() && changed.isEmpty(); ++it)
        if (read.value(it.key(), -1) != it.value())
            changed = it.key();
    for (auto it = read.cbegin(); it != read.cend() && changed.isEmpty(); ++it)
        if (!now.contains(it.key()))
            changed = it.key();
    return QStringLiteral("%1 was saved by someone else meanwhile; read the store again").arg(changed);
}

} // namespace

void InstitutionStore::replaceInstitutions(const QList<Institution> &institutions, const QList<FieldChange> &changes,
                                           const QHash<QString, qint64> *readVersions)
{
    if (isReadOnly())
        fail(StoreError::Kind::ReadOnly, {});
    const QList<Organisation> organisations =
        distinctOrganisations(institutions, [this](const QString &problem) {
            fail(StoreError::Kind::WriteFailed, problem);
        });
    if (isDatabaseConnection(m_connection))
        replaceInstitutionsThroughOgr(institutions, organisations, changes, readVersions);
    else
        replaceInstitutionsInGeoPackage(institutions, organisations, changes, readVersions);
}

void InstitutionStore::replaceInstitutionsInGeoPackage(const QList<Institution> &institutions,
                                                       const QList<Organisation> &organisations,
                                                       const QList<FieldChange> &changes,
                                                       const QHash<QString, qint64> *readVersions)
{
    // GDAL's connection is closed while SQLite writes: one writer, and none
    // of GDAL's state about the file (counts, extents, index) left behind.
    m_dataset.reset();
    try {
        GeoPackageWrite write(m_connection);
        if (readVersions) {
            // Nobody may save a record between this check and the commit:
            // the transaction holds the write lock from its start.
            QHash<QString, qint64> now;
            for (const auto &[id, version] : write.readColumns(InstitutionsLayer, "id", "version"))
                now.insert(id, revision(version));
            if (const QString conflict = savedMeanwhile(now, *readVersions); !conflict.isEmpty())
                fail(StoreError::Kind::Conflict, conflict);
        }
        for (const char *name : {ServicesLayer, InstitutionsLayer, OrganisationsLayer})
            write.clear(name);
        const auto each = [&](const char *layer, const auto &items, const auto &row,
                              const auto &context) {
            const QList<QByteArray> columns = insertColumns(layer);
            GeoPackageWrite::Insert insert = write.insert(layer, columns);
            RowSink sink(insert, columns);
            for (const auto &item : items) {
                row(sink, item);
                try {
                    sink.run();
                } catch (const SqliteFailure &failure) {
                    throw SqliteFailure{failure.code,
                                        context(item) + QStringLiteral(": ") + failure.message};
                }
            }
        };
        each(
            OrganisationsLayer, organisations,
            [](RowSink &s, const Organisation &o) { writeOrganisation(s, o); },
            [](const Organisation &o) { return QStringLiteral("organisation %1").arg(o.id); });
        each(
            InstitutionsLayer, institutions,
            [](RowSink &s, const Institution &i) { writeInstitution(s, i); },
            [](const Institution &i) { return QStringLiteral("institution %1").arg(i.id); });
        std::vector<std::pair<const Institution *, const Service *>> offers;
        for (const Institution &i : institutions)
            for (const Service &s : i.services)
                offers.emplace_back(&i, &s);
        each(
            ServicesLayer, offers,
            [](RowSink &s, const auto &offer) { writeService(s, offer.first->id, *offer.second); },
            [](const auto &offer) { return QStringLiteral("service %1").arg(offer.second->id); });
        // The log of what changed, in the same transaction: both or neither.
        each(
            ChangeLogLayer, changes, [](RowSink &s, const FieldChange &c) { writeChange(s, c); },
            [](const FieldChange &) { return QStringLiteral("the change log"); });
        write.commit();
    } catch (const SqliteFailure &failure) {
        reopenAfterFailure();
        fail(failure.locked()    ? StoreError::Kind::Locked
             : failure.corrupt() ? StoreError::Kind::Corrupt
             : failure.missing() ? StoreError::Kind::Missing
                                 : StoreError::Kind::WriteFailed,
             failure.message);
    } catch (...) {
        reopenAfterFailure();
        throw;
    }
    reopen();
    // The spatial index, built in bulk by GDAL. Should that fail or never
    // happen (the process killed), the data is complete and GDAL reads it
    // without an index; the next save builds one.
    gdal::ErrorCollector errors;
    CPLErrorReset();
    dataset().ReleaseResultSet(dataset().ExecuteSQL(
        "SELECT CreateSpatialIndex('institutions', 'geom')", nullptr, nullptr));
    if (CPLGetLastErrorType() >= CE_Failure)
        qWarning().noquote() << "stadtplan:" << displayLocation()
                             << "saved, but its spatial index could not be built:"
                             << errors.lastFailure();
}

void InstitutionStore::replaceInstitutionsThroughOgr(const QList<Institution> &institutions,
                                                     const QList<Organisation> &organisations,
                                                     const QList<FieldChange> &changes,
                                                     const QHash<QString, qint64> *readVersions)
{
    const auto sql = [this](const char *statement) {
        CPLErrorReset();
        dataset().ReleaseResultSet(dataset().ExecuteSQL(statement, nullptr, nullptr));
        return CPLGetLastErrorType() < CE_Failure;
    };
    const auto write = [&] {
        gdal::ErrorCollector errors;
        const auto check = [&](OGRErr result, const QString &context) {
            if (result != OGRERR_NONE)
                fail(StoreError::Kind::WriteFailed,
                     context + QStringLiteral(": ") +
                         errors.lastFailure(QStringLiteral("refused")));
        };
        if (readVersions) {
            // Nobody may save a record between this check and the commit.
            if (!sql("LOCK TABLE institutions IN EXCLUSIVE MODE"))
                fail(failureKind(errors), QStringLiteral("locking the institutions: ") + errors.lastFailure());
            QHash<QString, qint64> now;
            OGRLayer *places = dataset().GetLayerByName(InstitutionsLayer);
            const Fields col(places->GetLayerDefn());
            places->ResetReading();
            for (const auto &f : *places)
                now.insert(text(*f, col, "id"), readVersion(f.get(), col));
            if (const QString conflict = savedMeanwhile(now, *readVersions); !conflict.isEmpty())
                fail(StoreError::Kind::Conflict, conflict);
        }
        for (const char *name : {ServicesLayer, InstitutionsLayer, OrganisationsLayer})
            check(clear(dataset().GetLayerByName(name)),
                  QStringLiteral("clearing %1").arg(QLatin1String(name)));

        OGRLayer *organisationLayer = dataset().GetLayerByName(OrganisationsLayer);
        OGRLayer *places = dataset().GetLayerByName(InstitutionsLayer);
        OGRLayer *services = dataset().GetLayerByName(ServicesLayer);
        const Fields orgCol(organisationLayer->GetLayerDefn());
        const Fields placeCol(places->GetLayerDefn());
        const Fields serviceCol(services->GetLayerDefn());
        for (const Organisation &o : organisations) {
            OGRFeature f(organisationLayer->GetLayerDefn());
            writeOrganisation(FeatureSink(f, orgCol), o);
            check(organisationLayer->CreateFeature(&f),
                  QStringLiteral("organisation %1").arg(o.id));
        }
        for (const Institution &i : institutions) {
            OGRFeature f(places->GetLayerDefn());
            writeInstitution(FeatureSink(f, placeCol), i);
            check(places->CreateFeature(&f), QStringLiteral("institution %1").arg(i.id));

            for (const Service &s : i.services) {
                OGRFeature sf(services->GetLayerDefn());
                writeService(FeatureSink(sf, serviceCol), i.id, s);
                check(services->CreateFeature(&sf), QStringLiteral("service %1").arg(s.id));
            }
        }
        // The log of what changed, in the same transaction: both or neither.
        if (!changes.isEmpty()) {
            OGRLayer *log = dataset().GetLayerByName(ChangeLogLayer);
            const Fields logCol(log->GetLayerDefn());
            for (const FieldChange &c : changes) {
                OGRFeature f(log->GetLayerDefn());
                writeChange(FeatureSink(f, logCol), c);
                check(log->CreateFeature(&f), QStringLiteral("the change log"));
            }
        }
    };
    inTransaction("save the institutions", write);
}

namespace {

// The features of `layer` that pass `filter` (an OGR attribute filter; all
// for none), read to the end, in the order they were written (by fid: a
// server returns rows in no promised order, and fids count up).
std::vector<OGRFeatureUniquePtr> featuresInOrder(OGRLayer *layer, const QString &filter = {})
{
    std::vector<OGRFeatureUniquePtr> out;
    if (!filter.isEmpty())
        layer->SetAttributeFilter(filter.toUtf8().constData());
    layer->ResetReading();
    for (auto &f : *layer)
        out.push_back(std::move(f));
    layer->SetAttributeFilter(nullptr); // also ends the reading: no statement or cursor stays open
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a->GetFID() < b->GetFID(); });
    return out;
}

// The features whose `column` is `value` (an empty value too: never all).
std::vector<OGRFeatureUniquePtr> featuresWhere(OGRLayer *layer, const char *column, const QString &value)
{
    return featuresInOrder(layer, QStringLiteral("%1 = %2").arg(QLatin1String(column), quoted(value)));
}

// A record's rows of `layer`, or all rows when no record is named.
std::vector<OGRFeatureUniquePtr> recordRows(OGRLayer *layer, const QString &recordId)
{
    return recordId.isEmpty() ? featuresInOrder(layer) : featuresWhere(layer, "record_id", recordId);
}

} // namespace

std::optional<Institution> InstitutionStore::institution(const QString &id) const
{
    gdal::ErrorCollector errors;
    OGRLayer *places = dataset().GetLayerByName(InstitutionsLayer);
    const auto rows = featuresWhere(places, "id", id);
    if (!errors.failures().isEmpty())
        fail(failureKind(errors) == StoreError::Kind::Unreachable ? StoreError::Kind::Unreachable
                                                                   : StoreError::Kind::Corrupt,
             QStringLiteral("reading %1: %2").arg(id, errors.lastFailure()));
    if (rows.empty())
        return std::nullopt;
    const Fields placeCol(places->GetLayerDefn());
    Institution record = readInstitution(rows.front().get(), placeCol);
    if (const QString orgId = text(*rows.front(), placeCol, "organisation_id"); !orgId.isEmpty()) {
        OGRLayer *organisations = dataset().GetLayerByName(OrganisationsLayer);
        const Fields orgCol(organisations->GetLayerDefn());
        for (const auto &f : featuresWhere(organisations, "id", orgId))
            record.organisation = {text(*f, orgCol, "id"), text(*f, orgCol, "name"), text(*f, orgCol, "type"),
                                   text(*f, orgCol, "website")};
    }
    OGRLayer *services = dataset().GetLayerByName(ServicesLayer);
    const Fields serviceCol(services->GetLayerDefn());
    for (const auto &f : featuresWhere(services, "institution_id", id))
        record.services.append(readService(f.get(), serviceCol));
    std::sort(record.services.begin(), record.services.end(),
              [](const Service &a, const Service &b) { return a.id < b.id; });
    return record;
}

Institution InstitutionStore::saveInstitution(const Institution &record, const QString &who, const QString &via)
{
    Institution saved = record;
    std::sort(saved.services.begin(), saved.services.end(),
              [](const Service &a, const Service &b) { return a.id < b.id; });
    inTransaction("save the record", [&] {
        gdal::ErrorCollector errors;
        const auto check = [&](OGRErr result, const QString &context) {
            if (result != OGRERR_NONE)
                fail(failureKind(errors), context + QStringLiteral(": ") + errors.lastFailure(QStringLiteral("refused")));
        };
        if (isDatabaseConnection(m_connection)) {
            // Hold the record until the commit: a second editor's save waits here
            // and then sees this one's revision, never the one before it.
            const QByteArray lock = QStringLiteral("SELECT version FROM institutions WHERE id = %1 FOR UPDATE")
                                        .arg(quoted(record.id))
                                        .toUtf8();
            OGRLayer *locked = dataset().ExecuteSQL(lock.constData(), nullptr, nullptr);
            if (locked) {
                OGRFeatureUniquePtr(locked->GetNextFeature());
                dataset().ReleaseResultSet(locked);
            }
            if (!errors.failures().isEmpty())
                fail(failureKind(errors), QStringLiteral("locking %1: %2").arg(record.id, errors.lastFailure()));
        }
        const std::optional<Institution> stored = institution(record.id);
        const auto sameContent = [](Institution a, const Institution &b) {
            a.version = b.version;
            return recordFields(a) == recordFields(b) && a.organisation == b.organisation && a.source == b.source
                && a.sourceId == b.sourceId;
        };
        // The store holds this already (nothing changed, or a save repeated after
        // its answer was lost): nothing is written, whatever revision it came from.
        if (stored && sameContent(saved, *stored)) {
            saved = *stored;
            return;
        }
        if (!stored && record.version != 0)
            fail(StoreError::Kind::WriteFailed, QStringLiteral("%1 is no longer in the store").arg(record.id));
        // Another revision than the one edited (for a new record: any) is someone else's.
        if (stored && stored->version != record.version)
            throw ConflictError(displayLocation(), *stored);
        saved.version = stored ? stored->version + 1 : 1;

        if (const Organisation &o = saved.organisation; !o.id.isEmpty()) {
            OGRLayer *organisations = dataset().GetLayerByName(OrganisationsLayer);
            const Fields orgCol(organisations->GetLayerDefn());
            auto rows = featuresWhere(organisations, "id", o.id);
            if (rows.empty()) {
                OGRFeature f(organisations->GetLayerDefn());
                writeOrganisation(FeatureSink(f, orgCol), o);
                check(organisations->CreateFeature(&f), QStringLiteral("organisation %1").arg(o.id));
            } else {
                writeOrganisation(FeatureSink(*rows.front(), orgCol), o);
                check(organisations->SetFeature(rows.front().get()), QStringLiteral("organisation %1").arg(o.id));
            }
        }
        OGRLayer *places = dataset().GetLayerByName(InstitutionsLayer);
        const Fields placeCol(places->GetLayerDefn());
        auto rows = featuresWhere(places, "id", saved.id);
        if (rows.empty()) {
            OGRFeature f(places->GetLayerDefn());
            writeInstitution(FeatureSink(f, placeCol), saved);
            check(places->CreateFeature(&f), QStringLiteral("institution %1").arg(saved.id));
        } else {
            writeInstitution(FeatureSink(*rows.front(), placeCol), saved);
            check(places->SetFeature(rows.front().get()), QStringLiteral("institution %1").arg(saved.id));
        }
        OGRLayer *services = dataset().GetLayerByName(ServicesLayer);
        const Fields serviceCol(services->GetLayerDefn());
        for (const auto &f : featuresWhere(services, "institution_id", saved.id))
            check(services->DeleteFeature(f->GetFID()), QStringLiteral("service %1").arg(text(*f, serviceCol, "id")));
        for (const Service &s : std::as_const(saved.services)) {
            OGRFeature f(services->GetLayerDefn());
            writeService(FeatureSink(f, serviceCol), saved.id, s);
            check(services->CreateFeature(&f), QStringLiteral("service %1").arg(s.id));
        }
        OGRLayer *log = dataset().GetLayerByName(ChangeLogLayer);
        const Fields logCol(log->GetLayerDefn());
        const QDateTime now = clock::nowUtc();
        for (const FieldChange &c : fieldChanges(stored ? &*stored : nullptr, saved, now, who, via)) {
            OGRFeature f(log->GetLayerDefn());
            writeChange(FeatureSink(f, logCol), c);
            check(log->CreateFeature(&f), QStringLiteral("the change log"));
        }
    });
    return saved;
}

void InstitutionStore::propose(const Institution &edited, const QString &who)
{
    inTransaction("save the proposal", [&] {
        gdal::ErrorCollector errors;
        const std::optional<Institution> stored = institution(edited.id);
        if (!stored)
            fail(StoreError::Kind::WriteFailed, QStringLiteral("%1 is no longer in the store").arg(edited.id));
        if (stored->version != edited.version)
            throw ConflictError(displayLocation(), *stored);
        OGRLayer *layer = dataset().GetLayerByName(ProposalsLayer);
        const Fields col(layer->GetLayerDefn());
        const QList<FieldChange> changes =
            fieldChanges(&*stored, edited, clock::nowUtc(), who, QStringLiteral("edit"));
        // A field proposed again replaces the earlier proposal for it.
        QSet<QString> fields;
        for (const FieldChange &c : changes)
            fields.insert(c.field);
        for (const auto &f : featuresWhere(layer, "record_id", edited.id))
            if (fields.contains(text(*f, col, "field")) && layer->DeleteFeature(f->GetFID()) != OGRERR_NONE)
                fail(failureKind(errors), errors.lastFailure());
        for (const FieldChange &c : changes) {
            OGRFeature f(layer->GetLayerDefn());
            writeChange(FeatureSink(f, col), c);
            f.SetField(col("base_version"), static_cast<GIntBig>(stored->version));
            if (layer->CreateFeature(&f) != OGRERR_NONE)
                fail(failureKind(errors), QStringLiteral("the proposal: ") + errors.lastFailure());
        }
    });
}

QList<Proposal> InstitutionStore::proposals(const QString &recordId) const
{
    QList<Proposal> out;
    OGRLayer *layer = dataset().GetLayerByName(ProposalsLayer);
    if (!layer) // an older store, opened read-only
        return out;
    const Fields col(layer->GetLayerDefn());
    for (const auto &f : recordRows(layer, recordId))
        out.append({readChange(f.get(), col), f->GetFieldAsInteger64(col("base_version"))});
    return out;
}

Institution InstitutionStore::approveProposals(const QString &recordId, const QString &reviewer)
{
    std::optional<Institution> record = institution(recordId);
    if (!record)
        fail(StoreError::Kind::WriteFailed, QStringLiteral("%1 is no longer in the store").arg(recordId));
    QStringList proposers;
    const QList<Proposal> waiting = proposals(recordId);
    // A field changed since it was proposed would be overwritten unseen: refused.
    const QMap<QString, QString> now = recordFields(*record);
    QStringList stale;
    for (const Proposal &p : waiting)
        if (p.change.field != QLatin1String("created") && now.value(p.change.field) != p.change.oldValue)
            stale.append(QStringLiteral("%1 (proposed from '%2', now '%3')")
                             .arg(p.change.field, p.change.oldValue, now.value(p.change.field)));
    if (!stale.isEmpty())
        fail(StoreError::Kind::Conflict,
             QStringLiteral("changed since proposed: %1; reject the proposal and propose again").arg(stale.join(QStringLiteral("; "))));
    for (const Proposal &p : waiting) {
        QString error;
        if (!setRecordField(*record, p.change.field, p.change.newValue, &error))
            fail(StoreError::Kind::WriteFailed, QStringLiteral("the proposal for %1 cannot be applied: %2").arg(recordId, error));
        if (!proposers.contains(p.change.who))
            proposers.append(p.change.who);
    }
    // Saved, then the proposals removed: should the second step fail, approving
    // again finds the record saved already and saves nothing twice.
    const Institution saved =
        saveInstitution(*record, proposers.join(QStringLiteral(", ")), QStringLiteral("edit, approved by ") + reviewer);
    discardProposals(recordId);
    return saved;
}

void InstitutionStore::discardProposals(const QString &recordId)
{
    inTransaction("discard the proposal", [&] {
        gdal::ErrorCollector errors;
        OGRLayer *layer = dataset().GetLayerByName(ProposalsLayer);
        for (const auto &f : featuresWhere(layer, "record_id", recordId))
            if (layer->DeleteFeature(f->GetFID()) != OGRERR_NONE)
                fail(failureKind(errors), errors.lastFailure());
    });
}

QList<FieldChange> InstitutionStore::changeLog(const QString &recordId) const
{
    QList<FieldChange> result;
    OGRLayer *layer = dataset().GetLayerByName(ChangeLogLayer);
    if (!layer) // a store of an older schema, opened read-only
        return result;
    const Fields col(layer->GetLayerDefn());
    for (const auto &f : recordRows(layer, recordId))
        result.append(readChange(f.get(), col));
    return result;
}

QList<Area> InstitutionStore::areas() const
{
    gdal::ErrorCollector errors;
    QList<Area> result;
    OGRLayer *layer = dataset().GetLayerByName(AreasLayer);
    const Fields col(layer->GetLayerDefn());
    layer->ResetReading();
    for (const auto &f : *layer) {
        Area a;
        a.id = text(*f, col, "id");
        a.name = text(*f, col, "name");
        a.kind = text(*f, col, "kind");
        const int population = col("population");
        if (f->IsFieldSetAndNotNull(population))
            a.population = f->GetFieldAsInteger64(population);
        for (size_t k = 0; k < Area::AgeGroups.size(); ++k) {
            // Absent in a store of schema 7 or older opened read-only.
            const int age = col(Area::AgeGroups[k]);
            if (age >= 0 && f->IsFieldSetAndNotNull(age))
                a.populationByAge[k] = f->GetFieldAsInteger64(age);
        }
        if (const OGRGeometry *g = f->GetGeometryRef())
            a.polygons = gdal::toPolygons(*g);
        result.append(a);
    }
    if (!errors.failures().isEmpty())
        fail(errors.mentions("locked") ? StoreError::Kind::Locked : StoreError::Kind::Corrupt,
             QStringLiteral("reading 'areas': ") + errors.lastFailure());
    return result;
}

void InstitutionStore::replaceAreas(const QList<Area> &areas)
{
    inTransaction("save the areas", [&] {
        gdal::ErrorCollector errors;
        if (clear(dataset().GetLayerByName(AreasLayer)) != OGRERR_NONE)
            fail(StoreError::Kind::WriteFailed, errors.lastFailure());
        writeAreas(areas);
    });
}

void InstitutionStore::writeAreas(const QList<Area> &areas)
{
    gdal::ErrorCollector errors;
    OGRLayer *layer = dataset().GetLayerByName(AreasLayer);
    const Fields col(layer->GetLayerDefn());
    for (const Area &a : areas) {
        OGRFeature f(layer->GetLayerDefn());
        set(f, col, "id", a.id);
        set(f, col, "name", a.name);
        set(f, col, "kind", a.kind);
        if (a.population)
            f.SetField(col("population"), static_cast<GIntBig>(*a.population));
        for (size_t k = 0; k < Area::AgeGroups.size(); ++k)
            if (a.populationByAge[k])
                f.SetField(col(Area::AgeGroups[k]), static_cast<GIntBig>(*a.populationByAge[k]));
        OGRMultiPolygon multi = gdal::toMultiPolygon(a.polygons);
        f.SetGeometry(&multi);
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            fail(StoreError::Kind::WriteFailed,
                 QStringLiteral("area %1: %2").arg(a.id, errors.lastFailure()));
    }
}

} // namespace stadtplan
