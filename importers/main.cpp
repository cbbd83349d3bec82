// stadtplan-import INPUT --into STORE [--layer institutions|areas] [--mapping FILE]
//                  [--field FIELD=COLUMN ...] [--default FIELD=VALUE ...]
//                  [--s-crs CRS] [--source NAME] [--dry-run] [--accept-valid] [--create] [--report text|json]
//                  [--gazetteer FILE] [--allow-network]
//                  [--geocode-online [--geocoder-host URL] [--geocode-cache FILE]]
// stadtplan-import --addresses LIST --into STORE [--s-crs CRS] [--field FIELD=COLUMN ...]
// Exit status: 0 imported (or nothing to do; with --accept-valid also when rows
// were left out), 1 the input has errors and nothing was written, 2 wrong
// usage or an unreadable mapping.

#include "addressimport.h"
#include "bundleddata.h"
#include "cityprofile.h"
#include "fieldmapping.h"
#include "institutionimport.h"
#include "onlinegeocoder.h"
#include "taxonomy.h"
#ifdef STADTPLAN_TRANSLATED
#include "uilanguage.h"
#include <QLocale>
#include <QTranslator>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace stadtplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtplan-import"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
#ifdef STADTPLAN_TRANSLATED
    // The report follows LANG (LC_ALL, LC_MESSAGES), as the system's own tools do.
    const QString language = QLocale::system().uiLanguages().value(0).section(QLatin1Char('-'), 0, 0);
    const std::unique_ptr<QTranslator> translator = uiTranslator(language);
    if (translator)
        QCoreApplication::installTranslator(translator.get());
#endif
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a list of institutions (or areas) into a Stadtplan store: any format GDAL reads, "
        "any coordinate system PROJ knows. Every record is checked first; with any error nothing "
        "is written."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("The list: CSV, XLSX, ODS, GeoJSON, KML, GML, Shapefile (also zipped), GeoPackage or a PG: table."));
    const QCommandLineOption into(QStringLiteral("into"), QStringLiteral("The store (GeoPackage or PG: connection)."), QStringLiteral("STORE"));
    const QCommandLineOption layer(QStringLiteral("layer"), QStringLiteral("institutions (default) or areas."), QStringLiteral("LAYER"), QStringLiteral("institutions"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), QStringLiteral("A mapping file (JSON, or YAML when it ends in .yaml or .yml) of fields and values."), QStringLiteral("FILE"));
    const QCommandLineOption crs(QStringLiteral("s-crs"), QStringLiteral("Coordinate system of the data when it names none, e.g. EPSG:25832."), QStringLiteral("CRS"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("The list's name, which re-imports recognise (default: the file's base name)."), QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Check and show what would change; write nothing."));
    const QCommandLineOption create(QStringLiteral("create"), QStringLiteral("Create the store first when there is none (a new GeoPackage file, or the tables in a PG: database)."));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption network(QStringLiteral("allow-network"), QStringLiteral("Let GDAL fetch remote schemas and sources."));
    const QCommandLineOption gazetteer(QStringLiteral("gazetteer"), QStringLiteral("Addresses with positions (e.g. the city's house coordinates) to place records that have none."), QStringLiteral("FILE"));
    const QCommandLineOption geocodeOnline(QStringLiteral("geocode-online"), QStringLiteral("Find addresses without a position (and not in the gazetteer) through an online geocoding service (OpenStreetMap Nominatim unless --geocoder-host); needs --allow-network."));
    const QCommandLineOption geocoderHost(QStringLiteral("geocoder-host"), QStringLiteral("A Nominatim server of your own, e.g. https://nominatim.example.org."), QStringLiteral("URL"));
    const QCommandLineOption geocodeCache(QStringLiteral("geocode-cache"), QStringLiteral("The geocoding cache (default: in the user's cache folder)."), QStringLiteral("FILE"));
    const QCommandLineOption addressList(QStringLiteral("addresses"), QStringLiteral("INPUT is a list of addresses with positions (e.g. the city's official house coordinates as published: CSV, zipped or not, GeoJSON, GeoPackage); it becomes the store's address gazetteer, replacing the one it had."));
    const QCommandLineOption field(QStringLiteral("field"), QStringLiteral("Take FIELD from COLUMN (repeatable), e.g. --field street=STN; with --addresses also suffix (the house number's letter)."), QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption acceptValid(QStringLiteral("accept-valid"), QStringLiteral("Import the valid records even when some rows have errors; the rows left out are written beside the list as LIST.left-out.EXT, each with its problem, to correct and import again. Errors of the list as a whole still stop the import."));
    const QCommandLineOption fallback(QStringLiteral("default"), QStringLiteral("Fill FIELD with VALUE where the list leaves it empty (repeatable), e.g. --default focus_areas=counselling --default city=Bielefeld."), QStringLiteral("FIELD=VALUE"));
    parser.addOptions({into, layer, mapping, crs, source, dryRun, create, report, network, gazetteer, geocodeOnline, geocoderHost, geocodeCache, addressList, field, fallback, acceptValid});
    parser.process(app);

    const auto usage = [&](const QString &message) {
        std::fprintf(stderr, "stadtplan-import: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
        return 2;
    };
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("name one INPUT"));
    if (!parser.isSet(into))
        return usage(QStringLiteral("--into STORE is required"));
    const QString format = parser.value(report);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(QStringLiteral("--report must be text or json"));
    if (parser.isSet(geocodeOnline) && !parser.isSet(network))
        return usage(QStringLiteral("--geocode-online asks a server on the network: allow it with --allow-network"));

    const Taxonomy taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
    const CityProfile city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    FieldMapping fields = FieldMapping::standard(taxonomy);
    if (parser.isSet(mapping)) {
        try {
            fields.mergeFile(parser.value(mapping), taxonomy);
        } catch (const MappingError &e) {
            std::fprintf(stderr, "stadtplan-import: %s\n", e.what());
            return 2;
        }
    }

    for (const QString &given : parser.values(field)) {
        const qsizetype equals = given.indexOf(QLatin1Char('='));
        const QString name = given.left(equals).trimmed();
        const bool known = FieldMapping::modelFields().contains(name)
            || (parser.isSet(addressList) && name == QLatin1String("suffix"));
        if (equals <= 0 || given.mid(equals + 1).trimmed().isEmpty() || !known)
            return usage(QStringLiteral("--field %1: give FIELD=COLUMN with FIELD one of %2")
                             .arg(given, FieldMapping::modelFields().join(QStringLiteral(", "))));
        fields.setSourceField(name, given.mid(equals + 1).trimmed());
    }

    for (const QString &given : parser.values(fallback)) {
        const qsizetype equals = given.indexOf(QLatin1Char('='));
        const QString name = given.left(equals).trimmed();
        if (equals <= 0 || given.mid(equals + 1).trimmed().isEmpty() || !FieldMapping::modelFields().contains(name))
            return usage(QStringLiteral("--default %1: give FIELD=VALUE with FIELD one of %2")
                             .arg(given, FieldMapping::modelFields().join(QStringLiteral(", "))));
        fields.setDefault(name, given.mid(equals + 1).trimmed());
    }

    ImportOptions options;
    options.input = parser.positionalArguments().first();
    options.store = parser.value(into);
    options.layer = parser.value(layer);
    options.sourceCrs = parser.value(crs);
    options.sourceName = parser.value(source);
    options.dryRun = parser.isSet(dryRun);
    options.create = parser.isSet(create);
    options.acceptValid = parser.isSet(acceptValid);
    options.allowNetwork = parser.isSet(network);
    options.gazetteer = parser.value(gazetteer);
    if (parser.isSet(addressList)) {
        const ImportReport done = importAddressList(options, fields, city);
        const QByteArray out = format == QLatin1String("json") ? done.toJson() : done.toText().toUtf8();
        std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
        return done.hasErrors() ? 1 : 0;
    }
    std::unique_ptr<OnlineGeocoder> geocoder;
    if (parser.isSet(geocodeOnline)) {
        OnlineGeocoder::Options online;
        online.host = parser.value(geocoderHost);
        online.cacheFile = parser.isSet(geocodeCache)
            ? parser.value(geocodeCache)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("geocoding.json"));
        QDir().mkpath(QFileInfo(online.cacheFile).absolutePath());
        geocoder = std::make_unique<OnlineGeocoder>(online);
        options.online = geocoder.get();
    }
    ImportReport result = InstitutionImport(taxonomy, city, fields).run(options);
    if (geocoder) {
        QString error;
        if (!geocoder->saveCache(&error))
            result.warning({}, {}, QStringLiteral("the geocoding cache could not be saved: %1").arg(error));
        result.note({}, {}, QStringLiteral("%1: %2 addresses asked online, %3 from the cache")
                                .arg(geocoder->name())
                                .arg(geocoder->requestsMade())
                                .arg(geocoder->cacheHits()));
    }
    const ImportReport &done = result;
    const QByteArray out = format == QLatin1String("json") ? done.toJson() : done.toText().toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    return done.blocked() ? 1 : 0;
}
