// Renders the basemap tiles of a generated street grid the size of
// Bielefeld (about 260 km², 2,500 km of streets, with buildings) and prints
// tiles per second for every zoom from 10 to 17, the totals, the goal (a
// full zoom 10-17 set in under 10 minutes on this machine's cores) and, as
// the reference measured in the same run, the floor: writing the same number
// of blank tiles.
//
//   scripts/run benchmark-basemap [SPACING_METRES]

#include "basemapbuild.h"
#include "basemapdata.h"
#include "basemappainter.h"
#include "tileset.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <thread>

using namespace stadtplan;
using namespace stadtplan::basemap;

namespace {

struct Grid
{
    double kilometresOfStreets = 0;
    double squareKilometres = 0;
    int ways = 0, buildings = 0;
    GeoBox box;
};

// A square grid of streets `spacing` metres apart, each street split into
// ways of four blocks as OSM splits real streets, every tenth a primary
// road, every fifth a secondary, with four buildings in every block.
Grid writeGrid(const QString &path, double sideMetres, double spacing)
{
    const double lat0 = 52.0211, lon0 = 8.5325;
    const double metresPerLat = 111320.0;
    const double metresPerLon = 111320.0 * std::cos(lat0 * std::numbers::pi / 180.0);
    const int lines = int(sideMetres / spacing) + 1;
    const double south = lat0 - sideMetres / 2 / metresPerLat;
    const double west = lon0 - sideMetres / 2 / metresPerLon;
    const auto lat = [&](double northMetres) { return south + northMetres / metresPerLat; };
    const auto lon = [&](double eastMetres) { return west + eastMetres / metresPerLon; };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(7);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" "
           "generator=\"benchmark-basemap\">\n";
    const auto crossing = [&](int row, int column) { return qint64(row) * lines + column + 1; };
    for (int r = 0; r < lines; ++r)
        for (int c = 0; c < lines; ++c)
            out << "<node id=\"" << crossing(r, c) << "\" version=\"1\" lat=\"" << lat(r * spacing)
                << "\" lon=\"" << lon(c * spacing) << "\"/>\n";
    qint64 next = qint64(lines) * lines + 1;
    Grid grid;
    // Buildings: four 16 m squares per block.
    QString ways;
    QTextStream w(&ways);
    qint64 wayId = 1;
    for (int r = 0; r + 1 < lines; ++r) {
        for (int c = 0; c + 1 < lines; ++c) {
            for (const auto &[dn, de] :
                 {std::pair{0.25, 0.25}, {0.25, 0.75}, {0.75, 0.25}, {0.75, 0.75}}) {
                const double n = (r + dn) * spacing, e = (c + de) * spacing;
                const qint64 first = next;
                for (const auto &[a, b] :
                     {std::pair{-8.0, -8.0}, {-8.0, 8.0}, {8.0, 8.0}, {8.0, -8.0}})
                    out << "<node id=\"" << next++ << "\" version=\"1\" lat=\"" << lat(n + a)
                        << "\" lon=\"" << lon(e + b) << "\"/>\n";
                w << "<way id=\"" << wayId++ << "\" version=\"1\">";
                for (qint64 k = first; k < first + 4; ++k)
                    w << "<nd ref=\"" << k << "\"/>";
                w << "<nd ref=\"" << first << "\"/><tag k=\"building\" v=\"yes\"/></way>\n";
                ++grid.buildings;
            }
        }
    }
    const auto street = [&](bool eastWest, int line) {
        const char *highway = line % 10 == 0  ? "primary"
                              : line % 5 == 0 ? "secondary"
                                              : "residential";
        for (int from = 0; from + 1 < lines; from += 4) {
            const int to = std::min(from + 4, lines - 1);
            w << "<way id=\"" << wayId++ << "\" version=\"1\">";
            for (int k = from; k <= to; ++k)
                w << "<nd ref=\"" << (eastWest ? crossing(line, k) : crossing(k, line)) << "\"/>";
            w << "<tag k=\"highway\" v=\"" << highway << "\"/><tag k=\"name\" v=\""
              << (eastWest ? "Ölmühlenstraße " : "Jöllenbecker Weg ") << line << "\"/></way>\n";
            ++grid.ways;
            grid.kilometresOfStreets += (to - from) * spacing / 1000;
        }
    };
    for (int line = 0; line < lines; ++line) {
        street(true, line);
        street(false, line);
    }
    w.flush();
    out << ways << "</osm>\n";
    const double side = (lines - 1) * spacing / 1000;
    grid.squareKilometres = side * side;
    grid.box = GeoBox{lon(-50), lat(-50), lon((lines - 1) * spacing + 50),
                      lat((lines - 1) * spacing + 50)};
    return grid;
}

// The floor: the same number of blank tiles encoded and written, on the same threads.
double blankTileSeconds(const QString &folder, int tiles, int threads)
{
    QDir().mkpath(folder);
    QImage blank(256, 256, QImage::Format_RGB32);
    blank.fill(BasemapPainter::land());
    std::atomic<int> next{0};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = next++; i < tiles; i = next++) {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                blank.save(&buffer, "PNG");
                QSaveFile file(QDir(folder).filePath(QStringLiteral("blank-%1.png").arg(i)));
                if (file.open(QIODevice::WriteOnly)) {
                    file.write(png);
                    file.commit();
                }
            }
        });
    }
    for (std::thread &t : workers)
        t.join();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const double spacing = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 200;
    QTemporaryDir dir;
    const int threads = QThread::idealThreadCount();

    QElapsedTimer timer;
    timer.start();
    const QString extract = dir.filePath(QStringLiteral("grid.osm"));
    const Grid grid = writeGrid(extract, 16100, spacing);
    std::printf(
        "generated grid: %.0f km² with %.0f km of streets in %d ways and %d buildings (%.1f s)\n",
        grid.squareKilometres, grid.kilometresOfStreets, grid.ways, grid.buildings,
        double(timer.elapsed()) / 1000);
    std::printf("  reference, Bielefeld: about 260 km² and 2,500 km of streets\n");

    const QString store = dir.filePath(QStringLiteral("grid.gpkg"));
    timer.restart();
    const QString box = QStringLiteral("%1,%2,%3,%4")
                            .arg(grid.box.west, 0, 'f', 6)
                            .arg(grid.box.south, 0, 'f', 6)
                            .arg(grid.box.east, 0, 'f', 6)
                            .arg(grid.box.north, 0, 'f', 6);
    try {
        buildBasemap({extract, store, box, grid.box, QStringLiteral("grid")});
    } catch (const BasemapError &e) {
        std::fprintf(stderr, "build failed: %s\n", e.what());
        return 1;
    }
    std::printf("stadtplan-basemap build: %.1f s\n", double(timer.elapsed()) / 1000);
    timer.restart();
    const BasemapData data = BasemapData::load(store);
    std::printf("load and project %zu features: %.2f s\n\n", data.features().size(),
                double(timer.elapsed()) / 1000);

    std::printf("zoom     tiles   seconds   tiles/s   (%d threads)\n", threads);
    int total16 = 0, total17 = 0;
    double seconds16 = 0, seconds17 = 0;
    for (int z = 10; z <= 17; ++z) {
        TileBuilder builder(data, {dir.filePath(QStringLiteral("z%1").arg(z)), z, z, threads});
        const TileRun run = builder.run();
        std::printf("%4d  %8d  %8.2f  %8.0f\n", z, run.rendered, run.seconds,
                    run.rendered / run.seconds);
        if (z <= 16) {
            total16 += run.rendered;
            seconds16 += run.seconds;
        }
        total17 += run.rendered;
        seconds17 += run.seconds;
    }
    std::printf("zooms 10-16: %d tiles in %.1f s, %.0f tiles/s\n", total16, seconds16,
                total16 / seconds16);
    std::printf("zooms 10-17: %d tiles in %.1f s, %.0f tiles/s; goal: under 600 s\n", total17,
                seconds17, total17 / seconds17);
    const double floor = blankTileSeconds(dir.filePath(QStringLiteral("blank")), total17, threads);
    std::printf("  reference, blank tiles encoded and written: %d in %.1f s (drawing costs %.1fx "
                "the floor)\n",
                total17, floor, seconds17 / floor);

    // Nothing changed: the incremental run only compares.
    TileBuilder all(data, {dir.filePath(QStringLiteral("all")), 10, 17, threads});
    all.run();
    timer.restart();
    TileBuilder again(data, {dir.filePath(QStringLiteral("all")), 10, 17, threads});
    const TileRun unchanged = again.run();
    std::printf("incremental run with nothing changed: %d tiles drawn, %d unchanged, %.2f s\n",
                unchanged.rendered, unchanged.unchanged, double(timer.elapsed()) / 1000);
    return seconds17 < 600 ? 0 : 1;
}
