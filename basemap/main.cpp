// stadtplan-basemap download [--source URL] [--extract FILE] [--into STORE] [--zooms 10-17]
// stadtplan-basemap build EXTRACT.osm.pbf|.osm --into STORE [--clip AREA|W,S,E,N]
// stadtplan-basemap addresses EXTRACT.osm.pbf|.osm --into STORE
// stadtplan-basemap tiles STORE [--out DIR] [--zooms 10-17] [--threads N] [--estimate]
// stadtplan-basemap print STORE OUTPUT.pdf [--paper A4|A3|A2|A1|A0] [--landscape] [--bbox W,S,E,N]
// Exit status: 0 done, 1 failed (nothing half-written is left), 2 wrong usage.

#include "basemapbuild.h"
#include "basemapdata.h"
#include "basemapprint.h"
#include "bundleddata.h"
#include "cityprofile.h"
#include "offlinemap.h"
#include "osmaddresses.h"
#include "pdfoutput.h"
#include "storelocation.h"
#include "tileset.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <cstdio>
#include <optional>

using namespace stadtplan;
using namespace stadtplan::basemap;

namespace {

int usage(const QCommandLineParser &parser, const QString &problem)
{
    std::fprintf(stderr, "stadtplan-basemap: %s\n\n%s", qPrintable(problem),
                 qPrintable(parser.helpText()));
    return 2;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', bytes < 10'000'000 ? 1 : 0);
}

QString duration(double seconds)
{
    if (seconds < 90)
        return QStringLiteral("%1 s").arg(qMax(1, qRound(seconds)));
    return QStringLiteral("%1 min").arg(seconds / 60, 0, 'f', 1);
}

// The zooms and threads of the commands that draw tiles (--zooms FROM-TO,
// --threads N); nothing, and `problem` says why, when they are not such.
struct TileRange
{
    int from = 10, to = 17, threads = 0;
};
std::optional<TileRange> tileRange(const QCommandLineParser &parser,
                                   const QCommandLineOption &zooms,
                                   const QCommandLineOption &threads, QString *problem)
{
    const QRegularExpressionMatch range =
        QRegularExpression(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$")).match(parser.value(zooms));
    if (!range.hasMatch()) {
        *problem = QStringLiteral("--zooms %1: give FROM-TO, e.g. 10-17").arg(parser.value(zooms));
        return std::nullopt;
    }
    bool ok = false;
    const int threadCount = parser.value(threads).toInt(&ok);
    if (!ok || threadCount < 0) {
        *problem = QStringLiteral("--threads %1: give a number").arg(parser.value(threads));
        return std::nullopt;
    }
    return TileRange{range.captured(1).toInt(), range.captured(2).toInt(), threadCount};
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a GUI application; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtplan-basemap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds the offline city map from OpenStreetMap data.\n"
        "  download [--into STORE]      download the region's extract the city profile names, "
        "cut it to the city, build the layers and tiles, and switch to them when all succeeded\n"
        "  build EXTRACT --into STORE   read an .osm.pbf or .osm extract into the store's basemap "
        "layers\n"
        "  addresses EXTRACT --into STORE  store the extract's addresses as the store's address "
        "gazetteer (inside the city's bounds)\n"
        "  tiles STORE                  render the basemap into map tiles for the app\n"
        "  print STORE OUTPUT.pdf       print the basemap as vectors, with a street index"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 QStringLiteral("download, build, addresses, tiles or print"));
    const QCommandLineOption into(
        QStringLiteral("into"),
        QStringLiteral("build, addresses, download: the store to write into (created if missing); "
                       "download: default the app's store."),
        QStringLiteral("STORE"));
    const QCommandLineOption clip(
        QStringLiteral("clip"),
        QStringLiteral("build: keep only this area of the store (name or id) or box "
                       "WEST,SOUTH,EAST,NORTH; default: the city's bounds."),
        QStringLiteral("AREA"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("tiles: the tile folder; default: STORE's name "
                                                "with -tiles beside it, where the app looks."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption zooms(QStringLiteral("zooms"),
                                   QStringLiteral("tiles: zoom levels FROM-TO (default 10-17)."),
                                   QStringLiteral("FROM-TO"), QStringLiteral("10-17"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("tiles: threads (default: every core)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption estimate(
        QStringLiteral("estimate"),
        QStringLiteral("tiles: only say how many tiles, how long and how much disk."));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QStringLiteral("print: A4, A3 (default), A2, A1 or A0."),
                                   QStringLiteral("SIZE"), QStringLiteral("A3"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       QStringLiteral("print: landscape pages."));
    const QCommandLineOption bbox(
        QStringLiteral("bbox"),
        QStringLiteral("print: the area WEST,SOUTH,EAST,NORTH; default: the whole basemap."),
        QStringLiteral("BOX"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        QStringLiteral("download: the extract's URL; default: the city profile's "
                       "(basemap.offline.extract)."),
        QStringLiteral("URL"));
    const QCommandLineOption checksum(
        QStringLiteral("checksum"),
        QStringLiteral("download: the URL of the extract's MD5 file; default: the city "
                       "profile's, or the source's URL with .md5."),
        QStringLiteral("URL"));
    const QCommandLineOption noChecksum(QStringLiteral("no-checksum"),
                                        QStringLiteral("download: do not verify a checksum."));
    const QCommandLineOption extract(
        QStringLiteral("extract"),
        QStringLiteral("download: use this extract (.osm.pbf) at hand instead of downloading."),
        QStringLiteral("FILE"));
    const QCommandLineOption progressLines(
        QStringLiteral("progress"),
        QStringLiteral("download: also print machine-readable lines for a program that shows the "
                       "progress (\"progress phase NAME\", \"progress download RECEIVED TOTAL "
                       "BYTES_PER_SECOND RESUMED_FROM\", \"progress tiles DONE TOTAL\", \"progress "
                       "done DATA_DATE\", \"progress error KIND\")."));
    parser.addOptions({into, clip, out, zooms, threads, estimate, paper, landscape, bbox, source,
                       checksum, noChecksum, extract, progressLines});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser, QStringLiteral("name a command: download, build, addresses, tiles or print"));
    const QString command = args.first();

    try {
        if (command == u"build") {
            if (args.size() != 2 || !parser.isSet(into))
                return usage(parser, QStringLiteral("build needs EXTRACT and --into STORE"));
            const CityProfile city =
                CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
            BuildOptions options{args.at(1), parser.value(into), parser.value(clip), city.bounds,
                                 city.name};
            QElapsedTimer timer;
            timer.start();
            const BuildResult result = buildBasemap(options, say);
            for (const QString &warning : result.warnings)
                say(QStringLiteral("warning: %1").arg(warning));
            QStringList counts;
            for (auto it = result.counts.constBegin(); it != result.counts.constEnd(); ++it)
                counts.append(
                    QStringLiteral("%1 %L2").arg(layerName(it.key()).mid(8)).arg(it.value()));
            say(QStringLiteral("stored the basemap (%1) in %2 s; %L3 features lay outside %4")
                    .arg(counts.join(QStringLiteral(", ")))
                    .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                    .arg(result.outside)
                    .arg(result.clipDescription));
            return 0;
        }
        if (command == u"addresses") {
            if (args.size() != 2 || !parser.isSet(into))
                return usage(parser, QStringLiteral("addresses needs EXTRACT and --into STORE"));
            const CityProfile city =
                CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
            QElapsedTimer timer;
            timer.start();
            const OsmAddresses result =
                storeOsmAddresses(args.at(1), parser.value(into), city.bounds, say);
            say(QStringLiteral("stored %L1 addresses of %2 in %3 s (from %L4 address nodes, %L5 "
                               "buildings and other ways, %L6 multipolygons; %L7 on a place; "
                               "postcode from the postal area for %L8, town from the "
                               "administrative area for %L9; %L10 duplicates and %L11 outside the "
                               "city left out)")
                    .arg(result.entries.size())
                    .arg(city.name)
                    .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                    .arg(result.fromNodes)
                    .arg(result.fromWays)
                    .arg(result.fromRelations)
                    .arg(result.onPlaces)
                    .arg(result.postcodeFromArea)
                    .arg(result.cityFromArea)
                    .arg(result.duplicates)
                    .arg(result.outside));
            return 0;
        }
        if (command == u"download") {
            if (args.size() != 1)
                return usage(parser, QStringLiteral("download takes no file; name the store with "
                                                    "--into and the extract with --source"));
            QString problem;
            const std::optional<TileRange> range = tileRange(parser, zooms, threads, &problem);
            if (!range)
                return usage(parser, problem);
            const CityProfile city =
                CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
            OfflineMapOptions options;
            options.source = QUrl(parser.isSet(source) ? parser.value(source) : city.extractUrl);
            if (!parser.isSet(extract) &&
                (!options.source.isValid() || options.source.scheme().isEmpty()))
                return usage(parser, QStringLiteral("no extract to download: give --source URL "
                                                    "(the city profile names none)"));
            if (!parser.isSet(noChecksum)) {
                if (parser.isSet(checksum))
                    options.checksum = QUrl(parser.value(checksum));
                else if (!parser.isSet(source) && !city.extractChecksumUrl.isEmpty())
                    options.checksum = QUrl(city.extractChecksumUrl);
                else if (options.source.scheme().startsWith(u"http"))
                    options.checksum = QUrl(options.source.toString() + QStringLiteral(".md5"));
            }
            options.extract = parser.value(extract);
            options.store = parser.isSet(into) ? parser.value(into) : defaultStoreLocation();
            options.cityBounds = city.bounds;
            options.cityName = city.name;
            options.marginMetres = city.extractMarginMetres;
            options.minimumZoom = range->from;
            options.maximumZoom = range->to;
            options.threads = range->threads;
            QElapsedTimer clock;
            clock.start();
            QElapsedTimer shown;
            shown.start();
            int lastTiles = -1;
            const bool machine = parser.isSet(progressLines);
            std::optional<OfflineMapStep::Phase> phase;
            const auto phaseName = [](OfflineMapStep::Phase p) {
                switch (p) {
                case OfflineMapStep::Phase::Download: return "download";
                case OfflineMapStep::Phase::Clip: return "clip";
                case OfflineMapStep::Phase::Build: return "build";
                case OfflineMapStep::Phase::Tiles: return "tiles";
                case OfflineMapStep::Phase::Switch: return "switch";
                }
                return "";
            };
            const auto progress = [&](const OfflineMapStep &step) {
                if (machine && phase != step.phase) {
                    phase = step.phase;
                    say(QStringLiteral("progress phase %1").arg(QLatin1String(phaseName(step.phase))));
                }
                if (machine && step.line.isEmpty()) {
                    if (step.phase == OfflineMapStep::Phase::Download)
                        say(QStringLiteral("progress download %1 %2 %3 %4")
                                .arg(step.download.received)
                                .arg(step.download.total)
                                .arg(qint64(step.download.bytesPerSecond))
                                .arg(step.download.resumedFrom));
                    else if (step.phase == OfflineMapStep::Phase::Tiles)
                        say(QStringLiteral("progress tiles %1 %2").arg(step.done).arg(step.total));
                }
                if (!step.line.isEmpty()) {
                    say(step.line);
                    return;
                }
                if (step.phase == OfflineMapStep::Phase::Download) {
                    const DownloadProgress &p = step.download;
                    if (shown.elapsed() < 1000 && p.received != p.total)
                        return;
                    shown.restart();
                    QString line = megabytes(p.received);
                    if (p.total > 0)
                        line += QStringLiteral(" of %1 (%2 %)")
                                    .arg(megabytes(p.total))
                                    .arg(p.received * 100 / p.total);
                    if (p.bytesPerSecond > 0) {
                        line += QStringLiteral(", %1/s").arg(megabytes(qint64(p.bytesPerSecond)));
                        if (p.total > p.received)
                            line += QStringLiteral(", about %1 left")
                                        .arg(duration(double(p.total - p.received) /
                                                      p.bytesPerSecond));
                    }
                    if (p.resumedFrom > 0)
                        line += QStringLiteral(" (resumed at %1)").arg(megabytes(p.resumedFrom));
                    std::fprintf(stderr, "%s\n", qPrintable(line));
                } else if (step.phase == OfflineMapStep::Phase::Tiles) {
                    const int percent = step.total ? step.done * 100 / step.total : 100;
                    if (percent / 10 == lastTiles / 10 && step.done != step.total)
                        return;
                    lastTiles = percent;
                    std::fprintf(stderr, "%d / %d tiles (%d %%)\n", step.done, step.total,
                                 percent);
                }
            };
            OfflineMapResult result;
            try {
                result = updateOfflineMap(options, progress);
            } catch (const DownloadError &e) {
                if (machine) {
                    say(QStringLiteral("progress error %1").arg(e.kindName()));
                }
                throw;
            } catch (const BasemapError &) {
                if (machine)
                    say(QStringLiteral("progress error data"));
                throw;
            }
            if (machine)
                say(QStringLiteral("progress done %1").arg(result.dataDate.isEmpty() ? QStringLiteral("-") : result.dataDate));
            say(QStringLiteral("the offline map of %1 is in place: data of %2, %L3 tiles in %4; "
                               "%5 in all")
                    .arg(city.name,
                         result.dataDate.isEmpty() ? QStringLiteral("an unknown date")
                                                   : result.dataDate)
                    .arg(result.tiles.rendered + result.tiles.unchanged)
                    .arg(result.tileFolder, duration(double(clock.elapsed()) / 1000)));
            return 0;
        }
        if (command == u"tiles") {
            if (args.size() != 2)
                return usage(parser, QStringLiteral("tiles needs STORE"));
            QString problem;
            const std::optional<TileRange> range = tileRange(parser, zooms, threads, &problem);
            if (!range)
                return usage(parser, problem);
            const QString store = args.at(1);
            const BasemapData data = BasemapData::load(store);
            TileOptions options{parser.isSet(out) ? parser.value(out) : tileFolderFor(store),
                                range->from, range->to, range->threads};
            TileBuilder builder(data, options);
            const TilePlan plan = builder.plan();
            say(QStringLiteral(
                    "zooms %1-%2: %L3 tiles, %L4 unchanged, %L5 to render: about %6 on %7 threads; "
                    "the set takes about %8")
                    .arg(options.minimumZoom)
                    .arg(options.maximumZoom)
                    .arg(plan.tiles)
                    .arg(plan.unchanged)
                    .arg(plan.toRender)
                    .arg(duration(plan.seconds))
                    .arg(plan.threads)
                    .arg(megabytes(plan.bytes)));
            if (parser.isSet(estimate))
                return 0;
            QElapsedTimer clock;
            clock.start();
            int lastShown = -1;
            const TileRun run = builder.run([&](int done, int total) {
                const int percent = total ? done * 100 / total : 100;
                if (percent / 10 == lastShown / 10 && done != total)
                    return;
                lastShown = percent;
                const double elapsed = double(clock.elapsed()) / 1000;
                const double left = done ? elapsed / done * (total - done) : plan.seconds;
                std::fprintf(stderr, "%d / %d tiles (%d %%), about %s left\n", done, total, percent,
                             qPrintable(duration(left)));
            });
            say(QStringLiteral("rendered %L1 tiles (%2) in %3 s, %4 tiles/s; %L5 unchanged, %L6 "
                               "removed; folder %7")
                    .arg(run.rendered)
                    .arg(megabytes(run.bytesWritten))
                    .arg(run.seconds, 0, 'f', 1)
                    .arg(run.seconds > 0 ? run.rendered / run.seconds : 0, 0, 'f', 0)
                    .arg(run.unchanged)
                    .arg(run.removed)
                    .arg(options.directory));
            return 0;
        }
        if (command == u"print") {
            if (args.size() != 3)
                return usage(parser, QStringLiteral("print needs STORE and OUTPUT.pdf"));
            const auto paperId = paperSize(parser.value(paper));
            if (!paperId)
                return usage(parser, QStringLiteral("--paper %1: give A4, A3, A2, A1 or A0")
                                         .arg(parser.value(paper)));
            PrintOptions options;
            options.output = args.at(2);
            options.paper = *paperId;
            options.landscape = parser.isSet(landscape);
            if (parser.isSet(bbox)) {
                const auto box = parseBox(parser.value(bbox));
                if (!box)
                    return usage(parser,
                                 QStringLiteral("--bbox %1: give WEST,SOUTH,EAST,NORTH in degrees")
                                     .arg(parser.value(bbox)));
                options.area = *box;
            }
            const CityProfile city =
                CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
            options.title = QStringLiteral("Stadtplan %1").arg(city.name);
            const BasemapData data = BasemapData::load(args.at(1));
            const PrintResult result = printBasemap(data, options);
            say(QStringLiteral(
                    "wrote %1: the map in a %2 x %3 grid and %L4 streets in the index, %5 pages")
                    .arg(options.output)
                    .arg(result.grid.columns)
                    .arg(result.grid.rows)
                    .arg(result.index.size())
                    .arg(result.pages));
            return 0;
        }
        return usage(parser,
                     QStringLiteral("unknown command %1: give build, tiles or print").arg(command));
    } catch (const BasemapError &e) {
        std::fprintf(stderr, "stadtplan-basemap: %s\n", e.what());
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "stadtplan-basemap: %s\n", e.what());
        return 1;
    }
}
