#include "appoptions.h"

#include "geopoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <tuple>

namespace stadtplan {

namespace {
[[noreturn]] void usageError(const QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "stadtplan: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    std::exit(2);
}
} // namespace

bool AppOptions::wantsOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0 ||
            std::strcmp(argv[i], "--report-first-frame") == 0)
            return true;
    }
    return false;
}

bool AppOptions::wantsOnlyText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *asked : {"--help", "--help-all", "-h", "-?", "--version", "-v"})
            if (std::strcmp(argv[i], asked) == 0)
                return true;
    return false;
}

AppOptions AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stadtplan: the service map of integration institutions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(
        QStringLiteral("store"),
        QStringLiteral("The institution store: a GeoPackage file or a "
                       "PG: connection string. Default: %1.")
            .arg(QStringLiteral("the GeoPackage in the user's data folder")),
        QStringLiteral("LOCATION"));
    const QCommandLineOption tileUrl(
        QStringLiteral("tile-url"),
        QStringLiteral("Online map tiles from this server instead of the city profile's: a "
                       "template ending in {z}/{x}/{y}.png, or a base URL (z/x/y.png is "
                       "appended). Also STADTPLAN_TILE_URL."),
        QStringLiteral("URL"));
    const QCommandLineOption basemap(
        QStringLiteral("basemap"),
        QStringLiteral("What the map is drawn on, for this start: 'offline' (the offline city "
                       "map beside the store), 'online' (the city profile's tiles), 'none', or a "
                       "folder of tiles made by stadtplan-basemap tiles. Default: the choice made "
                       "in the app (automatic: offline when there, else online). Also "
                       "STADTPLAN_BASEMAP."),
        QStringLiteral("MAP"));
    const QCommandLineOption gazetteer(
        QStringLiteral("gazetteer"),
        QStringLiteral("Address gazetteer for finding clients' addresses (street, house number, "
                       "postcode, position; any format GDAL reads). Default: the store's name with "
                       "-addresses.csv beside it, when present. Also STADTPLAN_GAZETTEER."),
        QStringLiteral("FILE"));
    const QCommandLineOption geocodeOnline(
        QStringLiteral("geocode-online"),
        QStringLiteral("Look addresses the gazetteer does not have up online (OpenStreetMap "
                       "Nominatim unless --geocoder-host). Off by default: the address leaves "
                       "this machine. Also STADTPLAN_GEOCODE_ONLINE=1."));
    const QCommandLineOption geocoderHost(QStringLiteral("geocoder-host"),
                                          QStringLiteral("The geocoding server for --geocode-online."),
                                          QStringLiteral("URL"));
    const QCommandLineOption address(
        QStringLiteral("address"),
        QStringLiteral("Sort by distance from this address, found in the gazetteer."),
        QStringLiteral("TEXT"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language of the UI: de, en, tr, ar, fa, ru, uk, pl, ro or bg. Default: the system's, when it is one of them, else en."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the app offscreen and save its first frame that shows the data "
                       "(the markers in view, every tile when tiles are drawn) into this PNG "
                       "file, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size, e.g. 1280x800."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption focus(QStringLiteral("focus"),
                                   QStringLiteral("Show only this focus area (repeatable)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption search(
        QStringLiteral("search"), QStringLiteral("Open with this search (names, Träger, offers)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption link(QStringLiteral("link"),
                                  QStringLiteral("Open a view someone shared (a stadtplan: link)."),
                                  QStringLiteral("LINK"));
    const QCommandLineOption near(
        QStringLiteral("near"),
        QStringLiteral("Sort the results by distance from LAT,LON (WGS84 degrees)."),
        QStringLiteral("LAT,LON"));
    const QCommandLineOption center(QStringLiteral("center"),
                                    QStringLiteral("Map centre in WGS84 degrees."),
                                    QStringLiteral("LAT,LON"));
    const QCommandLineOption zoom(QStringLiteral("zoom"), QStringLiteral("Map zoom level."),
                                  QStringLiteral("Z"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Open the card of this institution."),
                                    QStringLiteral("ID"));
    const QCommandLineOption importFile(
        QStringLiteral("import"), QStringLiteral("Check this list for import and show the report."),
        QStringLiteral("FILE"));
    const QCommandLineOption coverage(
        QStringLiteral("coverage"),
        QStringLiteral("Open with the coverage of this focus area shown."), QStringLiteral("ID"));
    const QCommandLineOption positionSource(
        QStringLiteral("position-source"),
        QStringLiteral("Where 'Use my position' gets the position: 'nmea:SOURCE' for a GPS "
                       "receiver's serial port or an NMEA log file, or a Qt Positioning plugin's "
                       "name. Default: the platform's."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption startPage(
        QStringLiteral("start-page"),
        QStringLiteral("Open on the residents' start page: the language and large topic tiles."));
    const QCommandLineOption edit(
        QStringLiteral("edit"),
        QStringLiteral("Open in the coordinator's editing mode: on this institution's record, or "
                       "'review' for the review queue."),
        QStringLiteral("ID"));
    const QCommandLineOption coverageAreas(
        QStringLiteral("areas"),
        QStringLiteral("The kind of area coverage is shown over (default: district)."),
        QStringLiteral("KIND"));
    const QCommandLineOption firstFrame(
        QStringLiteral("report-first-frame"),
        QStringLiteral("Print the time from start to the first rendered frame and exit "
                       "(for benchmarks/)."));
    parser.addOptions({store, tileUrl, basemap, gazetteer, geocodeOnline, geocoderHost, address, language, screenshot, size, focus, search, link,
                       near, center, zoom, select, importFile, coverage, coverageAreas, startPage, positionSource,
                       firstFrame, edit});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        usageError(
            parser,
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    AppOptions o;
    o.store = parser.value(store);
    o.tileUrl =
        parser.isSet(tileUrl) ? parser.value(tileUrl) : qEnvironmentVariable("STADTPLAN_TILE_URL");
    o.basemap =
        parser.isSet(basemap) ? parser.value(basemap) : qEnvironmentVariable("STADTPLAN_BASEMAP");
    o.gazetteer = parser.value(gazetteer);
    o.address = parser.value(address);
    o.geocodeOnline = parser.isSet(geocodeOnline) || qEnvironmentVariable("STADTPLAN_GEOCODE_ONLINE") == u"1";
    o.geocoderHost = parser.value(geocoderHost);
    o.language = parser.value(language);
    o.screenshot = parser.value(screenshot);
    o.reportFirstFrame = parser.isSet(firstFrame);
    o.startPage = parser.isSet(startPage);
    o.edit = parser.value(edit);
    o.positionSource = parser.value(positionSource);
    for (const QString &value : parser.values(focus))
        o.focus += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.select = parser.value(select);
    o.search = parser.value(search);
    o.link = parser.value(link);
    o.importFile = parser.value(importFile);
    o.coverage = parser.value(coverage);
    if (parser.isSet(coverageAreas))
        o.coverageAreas = parser.value(coverageAreas);

    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch())
            usageError(
                parser,
                QStringLiteral("--size must look like 1280x800, not '%1'").arg(parser.value(size)));
        o.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    // "LAT,LON" in degrees, or a usage error naming the option.
    const auto position = [&](const QCommandLineOption &option) {
        const std::optional<GeoPoint> p = parseLatLon(parser.value(option));
        if (!p)
            usageError(parser, QStringLiteral("--%1 must be LAT,LON in degrees, not '%2'")
                                   .arg(option.names().first(), parser.value(option)));
        return std::pair{p->latitude, p->longitude};
    };
    if (parser.isSet(center))
        std::tie(o.latitude, o.longitude) = position(center);
    if (parser.isSet(near))
        std::tie(o.nearLatitude, o.nearLongitude) = position(near);
    if (parser.isSet(zoom)) {
        bool ok = false;
        const double z = parser.value(zoom).toDouble(&ok);
        if (!ok || z < 0 || z > 22)
            usageError(parser, QStringLiteral("--zoom must be a number from 0 to 22, not '%1'")
                                   .arg(parser.value(zoom)));
        o.zoom = z;
    }
    return o;
}

} // namespace stadtplan
