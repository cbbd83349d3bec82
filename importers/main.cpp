// stadtplan-import INPUT --into STORE [--layer institutions|areas] [--mapping FILE]
//                  [--s-crs CRS] [--source NAME] [--dry-run] [--create] [--report text|json]
//                  [--gazetteer FILE] [--allow-network]
//                  [--geocode-online [--geocoder-host URL] [--geocode-cache FILE]]
// Exit status: 0 imported (or nothing to do), 1 the input has errors and nothing
// was written, 2 wrong usage or an unreadable mapping.

#include "bundleddata.h"
#include "cityprofile.h"
#include "fieldmapping.h"
#include "institutionimport.h"
#include "onlinegeocoder.h"
#include "taxonomy.h"

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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a list of institutions (or areas) into a Stadtplan store: any format GDAL reads, "
        "any coordinate system PROJ knows. Every record is checked first; with any error nothing "
        "is written."));
    parser.addHelpOption();
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
    parser.addOptions({into, layer, mapping, crs, source, dryRun, create, report, network, gazetteer, geocodeOnline, geocoderHost, geocodeCache});
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

    ImportOptions options;
    options.input = parser.positionalArguments().first();
    options.store = parser.value(into);
    options.layer = parser.value(layer);
    options.sourceCrs = parser.value(crs);
    options.sourceName = parser.value(source);
    options.dryRun = parser.isSet(dryRun);
    options.create = parser.isSet(create);
    options.allowNetwork = parser.isSet(network);
    options.gazetteer = parser.value(gazetteer);
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
    return done.hasErrors() ? 1 : 0;
}
