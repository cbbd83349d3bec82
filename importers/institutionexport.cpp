#include "institutionexport.h"

#include "filter.h"
#include "bundleddata.h"
#include "gdalsupport.h"
#include "hsdsexport.h"
#include "institutionstore.h"
#include "recordschema.h"
#include "verification.h"
#include "clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <utility>
#include <vector>

namespace stadtplan {

namespace {
[[noreturn]] void fail(const QString &message)
{
    throw ExportError(message.toStdString());
}
int exportHsds(const ExportOptions &options);

struct Format
{
    const char *name;
    const char *driver;
    const char *suffix;
    bool geometry; // false: latitude/longitude columns only
};

const QList<Format> &formats()
{
    static const QList<Format> list{{"geojson", "GeoJSON", "geojson", true},
                                    {"gpkg", "GPKG", "gpkg", true},
                                    {"csv", "CSV", "csv", false},
                                    {"kml", "KML", "kml", true},
                                    {"xlsx", "XLSX", "xlsx", false}};
    return list;
}

// The flat columns, as the record schema orders them.
const QStringList &institutionColumns()
{
    static const QStringList columns = RecordSchema::exportKeys();
    return columns;
}

void setText(OGRFeature &f, const char *field, const QString &value)
{
    if (!value.isEmpty())
        f.SetField(field, value.toUtf8().constData());
}
} // namespace

QStringList exportFormats()
{
    QStringList names;
    for (const Format &f : formats())
        names.append(QString::fromLatin1(f.name));
    names.append(QStringLiteral("hsds"));
    return names;
}

namespace {
// An HSDS package is a folder: made beside the target and moved into place.
int exportHsds(const ExportOptions &options)
{
    if (options.layer != QLatin1String("institutions"))
        fail(QStringLiteral("HSDS describes services: export the institutions layer"));
    QList<Institution> institutions;
    try {
        institutions = publishedOnly(InstitutionStore::open(options.store, InstitutionStore::Access::ReadOnly)->institutions());
    } catch (const StoreError &e) {
        fail(e.message());
    }
    if (!options.focus.isEmpty()) {
        Filter filter;
        for (const QString &id : options.focus)
            filter.focusAreas.insert(id);
        for (Institution &i : institutions)
            i.services.removeIf([&](const Service &s) { return !filter.matches(s); });
        institutions.removeIf([](const Institution &i) { return i.services.isEmpty(); });
    }
    const QFileInfo target(options.output);
    if (target.exists() && !target.isDir())
        fail(QStringLiteral("%1 exists and is not a folder").arg(options.output));
    const QString partial = target.absoluteFilePath() + QStringLiteral("-partial");
    QDir(partial).removeRecursively();
    int services = 0;
    try {
        const Taxonomy taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        services = writeHsdsPackage(institutions, taxonomy, partial);
    } catch (...) {
        QDir(partial).removeRecursively();
        throw;
    }
    QDir(target.absoluteFilePath()).removeRecursively();
    if (!QDir().rename(partial, target.absoluteFilePath())) {
        QDir(partial).removeRecursively();
        fail(QStringLiteral("cannot move the package into place at %1").arg(options.output));
    }
    return services;
}
} // namespace

QString exportFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return QStringLiteral("geojson");
    for (const Format &f : formats()) {
        if (suffix == QLatin1String(f.suffix))
            return QString::fromLatin1(f.name);
    }
    return {};
}

namespace {

// A CSV cell: quoted when it holds the separator, a quote or a line break.
QString csvCell(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Writes a CSV table atomically: UTF-8 with a byte order mark, CRLF, quoted cells.
void writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QByteArray out("\xEF\xBB\xBF");
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const QStringList &cells : rows) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(csvCell(cell));
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    file.write(out);
    if (!file.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

// The change log as CSV (UTF-8 with a byte order mark, so spreadsheet programs
// on Windows read the umlauts), written atomically.
int exportChangeLog(const ExportOptions &options)
{
    QList<FieldChange> log;
    try {
        log = InstitutionStore::open(options.store, InstitutionStore::Access::ReadOnly)->changeLog();
    } catch (const StoreError &e) {
        fail(e.message());
    }
    QList<QStringList> rows;
    for (const FieldChange &c : std::as_const(log))
        rows.append({c.at.toUTC().toString(Qt::ISODate), c.who, c.recordId, c.field, c.oldValue, c.newValue, c.via});
    writeCsv(options.output,
             {QStringLiteral("at"), QStringLiteral("who"), QStringLiteral("record_id"), QStringLiteral("field"),
              QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("via")},
             rows);
    return int(log.size());
}

// The institutions overdue for verification with their contacts, so the
// coordinator can ask each to confirm its data.
int exportOverdue(const ExportOptions &options)
{
    if (options.months < 1)
        fail(QStringLiteral("--months must be 1 or more"));
    QList<Institution> institutions;
    try {
        institutions = publishedOnly(InstitutionStore::open(options.store, InstitutionStore::Access::ReadOnly)->institutions());
    } catch (const StoreError &e) {
        fail(e.message());
    }
    const QDate asOf = options.asOf.isValid() ? options.asOf : clock::today();
    QList<QStringList> rows;
    for (const OverdueInstitution &o : overdueForVerification(institutions, asOf, options.months)) {
        const Institution &i = *o.institution;
        QStringList phones, emails, websites;
        for (const Service &s : i.services) {
            if (!s.isShown())
                continue;
            for (const auto &[list, value] : {std::pair{&phones, s.contact.phone}, std::pair{&emails, s.contact.email},
                                              std::pair{&websites, s.contact.website}})
                if (!value.isEmpty() && !list->contains(value))
                    list->append(value);
        }
        if (websites.isEmpty() && !i.organisation.website.isEmpty())
            websites.append(i.organisation.website);
        rows.append({i.id, i.name, i.organisation.name, i.address.oneLine(),
                     o.lastVerified.isValid() ? o.lastVerified.toString(Qt::ISODate) : QStringLiteral("never"),
                     phones.join(QStringLiteral("; ")), emails.join(QStringLiteral("; ")), websites.join(QStringLiteral("; "))});
    }
    writeCsv(options.output, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("organisation"),
                              QStringLiteral("address"), QStringLiteral("last_verified"), QStringLiteral("phone"),
                              QStringLiteral("email"), QStringLiteral("website")},
             rows);
    return int(rows.size());
}

} // namespace

int exportStore(const ExportOptions &options)
{
    gdal::ensureInitialised();
    const QString formatName = options.format.isEmpty() ? exportFormatFor(options.output) : options.format;
    if (formatName == QLatin1String("hsds"))
        return exportHsds(options);
    const auto format = std::find_if(formats().cbegin(), formats().cend(),
                                     [&](const Format &f) { return formatName == QLatin1String(f.name); });
    if (format == formats().cend())
        fail(formatName.isEmpty()
                 ? QStringLiteral("the name %1 does not tell the format: end it in one (.geojson, .gpkg, .csv, .kml, "
                                  ".xlsx) or give --format (%2)")
                       .arg(QFileInfo(options.output).fileName(), exportFormats().join(QStringLiteral(", ")))
                 : QStringLiteral("unknown format '%1' (known: %2)").arg(formatName, exportFormats().join(QStringLiteral(", "))));
    if (options.layer == QLatin1String("changes") || options.layer == QLatin1String("overdue")) {
        if (formatName != QLatin1String("csv"))
            fail(QStringLiteral("the %1 list is a table: export it as csv").arg(options.layer));
        return options.layer == QLatin1String("changes") ? exportChangeLog(options) : exportOverdue(options);
    }
    const bool areas = options.layer == QLatin1String("areas");
    if (!areas && options.layer != QLatin1String("institutions"))
        fail(QStringLiteral("--layer must be institutions, areas, changes or overdue"));
    if (areas && !format->geometry)
        fail(QStringLiteral("areas are shapes: export them as geojson, gpkg or kml"));

    QList<Institution> institutions;
    QList<Area> areaList;
    try {
        const auto store = InstitutionStore::open(options.store, InstitutionStore::Access::ReadOnly);
        if (areas)
            areaList = store->areas();
        else
            institutions = publishedOnly(store->institutions());
    } catch (const StoreError &e) {
        fail(e.message());
    }

    // Written beside the target, then moved into place: never a half-written file.
    const QFileInfo target(options.output);
    if (!QDir().mkpath(target.absolutePath()))
        fail(QStringLiteral("cannot create the folder %1").arg(target.absolutePath()));
    const QString partial = target.absolutePath() + QLatin1Char('/') + target.completeBaseName()
        + QStringLiteral("-partial.") + QLatin1String(format->suffix);
    QFile::remove(partial);
    gdal::ErrorCollector errors;
    int written = 0;
    try {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(format->driver);
        if (!driver)
            fail(QStringLiteral("this GDAL cannot write %1").arg(QLatin1String(format->driver)));
        GDALDatasetUniquePtr ds(driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            fail(QStringLiteral("cannot write %1: %2").arg(options.output, errors.lastFailure()));
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        CPLStringList layerOptions;
        if (QLatin1String(format->driver) == QLatin1String("GeoJSON"))
            layerOptions.AddNameValue("RFC7946", "YES");
        const OGRwkbGeometryType type = !format->geometry ? wkbNone : areas ? wkbMultiPolygon : wkbPoint;
        OGRLayer *layer = ds->CreateLayer(areas ? "areas" : "institutions", format->geometry ? &wgs84 : nullptr, type,
                                          layerOptions.List());
        if (!layer)
            fail(QStringLiteral("cannot write %1: %2").arg(options.output, errors.lastFailure()));
        const QStringList columns = areas ? QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("population")}
                                          : institutionColumns();
        for (const QString &column : columns) {
            OGRFieldDefn field(column.toUtf8().constData(), OFTString);
            if (layer->CreateField(&field) != OGRERR_NONE)
                fail(QStringLiteral("cannot write %1: %2").arg(options.output, errors.lastFailure()));
        }
        const bool transaction = ds->StartTransaction(FALSE) == OGRERR_NONE;

        if (areas) {
            for (const Area &a : std::as_const(areaList)) {
                OGRFeature f(layer->GetLayerDefn());
                setText(f, "id", a.id);
                setText(f, "name", a.name);
                setText(f, "kind", a.kind);
                if (a.population)
                    setText(f, "population", QString::number(*a.population));
                OGRMultiPolygon multi = gdal::toMultiPolygon(a.polygons);
                f.SetGeometry(&multi);
                if (layer->CreateFeature(&f) != OGRERR_NONE)
                    fail(QStringLiteral("cannot write %1: %2").arg(options.output, errors.lastFailure()));
                ++written;
            }
        } else {
            Filter filter;
            for (const QString &id : options.focus)
                filter.focusAreas.insert(id);
            // The columns the record schema writes as text, with how: the
            // record's (its position as latitude and longitude) and the service's
            // (its id too).
            std::vector<std::pair<QByteArray, QString (*)(const Institution &)>> recordColumns;
            std::vector<std::pair<QByteArray, QString (*)(const Service &)>> serviceColumns;
            for (const RecordSchema::Field &field : RecordSchema::fields()) {
                if (!field.exported())
                    continue;
                if (field.recordText)
                    recordColumns.emplace_back(field.key.toUtf8(), field.recordText);
                else if (field.serviceText)
                    serviceColumns.emplace_back(field.key.toUtf8(), field.serviceText);
            }
            for (const Institution &i : std::as_const(institutions)) {
                for (const Service &s : i.services) {
                    if (!options.focus.isEmpty() && !filter.matches(s))
                        continue;
                    OGRFeature f(layer->GetLayerDefn());
                    for (const auto &[column, text] : recordColumns)
                        setText(f, column.constData(), text(i));
                    if (i.position.isValid() && format->geometry) {
                        OGRPoint point(i.position.longitude, i.position.latitude);
                        f.SetGeometry(&point);
                    }
                    for (const auto &[column, text] : serviceColumns)
                        setText(f, column.constData(), text(s));
                    if (layer->CreateFeature(&f) != OGRERR_NONE)
                        fail(QStringLiteral("cannot write %1: %2").arg(options.output, errors.lastFailure()));
                    ++written;
                }
            }
        }
        if (transaction && ds->CommitTransaction() != OGRERR_NONE)
            fail(QStringLiteral("cannot write %1: %2").arg(options.output, errors.lastFailure()));
        ds.reset(); // flushes and closes the file
        if (!errors.failures().isEmpty())
            fail(QStringLiteral("cannot write %1: %2").arg(options.output, errors.lastFailure()));
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    QFile::remove(options.output);
    if (!QFile::rename(partial, options.output)) {
        QFile::remove(partial);
        fail(QStringLiteral("cannot move the export into place at %1").arg(options.output));
    }
    return written;
}

} // namespace stadtplan
