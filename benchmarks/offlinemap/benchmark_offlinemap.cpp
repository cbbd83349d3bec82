// The offline city map in one step, at full size: generates a region's
// OpenStreetMap extract (a city the size of Bielefeld, about 260 km² with
// 100,000 buildings and 3,000 km of streets, at Bielefeld's place, inside a
// countryside of roads and scattered buildings), serves it on the loopback
// interface and runs `stadtplan-basemap download` on it as a child process:
// download, cut, layers and tiles of zooms 10-17. Prints the total time, the
// child's peak memory and the disk used beside the goal (under 5 minutes and
// 2 GB on this machine), and as references measured in the same run: copying
// the file, and `osmium extract` cutting the same box.
//
//   scripts/run benchmark-offlinemap [COUNTRY_BUILDINGS] [KEEP_DIR]
//
// COUNTRY_BUILDINGS (default 200,000) sets the region's size: 2,000,000
// makes a file of about 100 MB, like the Regierungsbezirk Detmold. KEEP_DIR
// keeps the generated extract there (made once, reused by later runs).

#include "bundleddata.h"
#include "cityprofile.h"
#include "extractclip.h"
#include "fileserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <osmium/builder/attr.hpp>
#include <osmium/io/header.hpp>
#include <osmium/io/pbf_output.hpp>
#include <osmium/io/writer.hpp>

#include <cmath>
#include <functional>
#include <cstdio>
#include <numbers>
#include <vector>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace stadtplan;
using namespace osmium::builder::attr;

namespace {

struct Region
{
    double cityKm2 = 0, cityStreetKm = 0;
    qint64 cityBuildings = 0, nodes = 0, ways = 0;
};

// The extract: nodes first, then ways, ids ascending, as in a real one.
Region writeRegion(const QString &path, qint64 countryBuildings)
{
    const double lat0 = 52.0211, lon0 = 8.5325;
    const double mLat = 111320.0, mLon = 111320.0 * std::cos(lat0 * std::numbers::pi / 180.0);
    // Surveyed positions are never exact: a few metres of noise, which also
    // makes the file as large per node as real data.
    QRandomGenerator noise(1);
    const auto at = [&](double eastM, double northM) {
        eastM += noise.bounded(6.0) - 3.0;
        northM += noise.bounded(6.0) - 3.0;
        return osmium::Location{lon0 + eastM / mLon, lat0 + northM / mLat};
    };
    osmium::io::Header header;
    header.set("generator", "benchmark-offlinemap");
    header.set("osmosis_replication_timestamp", "2026-11-30T21:21:02Z");
    osmium::io::Writer writer{osmium::io::File{QFile::encodeName(path).toStdString(), "pbf"},
                              header, osmium::io::overwrite::allow};
    osmium::memory::Buffer buffer{1 << 20, osmium::memory::Buffer::auto_grow::yes};
    const auto flush = [&] {
        if (buffer.committed() > (1 << 22)) {
            writer(std::move(buffer));
            buffer = osmium::memory::Buffer{1 << 20, osmium::memory::Buffer::auto_grow::yes};
        }
    };
    Region region;
    osmium::object_id_type nodeId = 1;
    // Versions and edit times as Geofabrik's extracts carry them.
    const auto version = [&] { return _version(1 + noise.bounded(8)); };
    const auto edited = [&] { return _timestamp(osmium::Timestamp{uint32_t(1'300'000'000 + noise.bounded(460'000'000))}); };
    const auto node = [&](const osmium::Location &l) {
        osmium::builder::add_node(buffer, _id(nodeId), version(), edited(), _location(l));
        flush();
        ++region.nodes;
        return nodeId++;
    };
    std::vector<std::pair<std::vector<osmium::object_id_type>, int>> ways; // nodes, kind
    // kind: 0 building, 1 residential, 2 secondary, 3 primary, 4 country road

    // The city: a grid 16.1 km wide, streets 175 m apart, 12 buildings a block.
    const double side = 16100, spacing = 175;
    const int lines = int(side / spacing) + 1;
    std::vector<osmium::object_id_type> crossing(size_t(lines) * lines);
    for (int r = 0; r < lines; ++r)
        for (int c = 0; c < lines; ++c)
            crossing[size_t(r) * lines + c] = node(at(c * spacing - side / 2, r * spacing - side / 2));
    for (int r = 0; r + 1 < lines; ++r)
        for (int c = 0; c + 1 < lines; ++c)
            for (int k = 0; k < 12; ++k) {
                const double e = c * spacing - side / 2 + 25 + (k % 4) * 40;
                const double n = r * spacing - side / 2 + 30 + (k / 4) * 50;
                std::vector<osmium::object_id_type> ring{node(at(e, n)), node(at(e + 12, n)),
                                                         node(at(e + 12, n + 10)),
                                                         node(at(e, n + 10))};
                ring.push_back(ring.front());
                ways.emplace_back(std::move(ring), 0);
                ++region.cityBuildings;
            }
    for (int line = 0; line < lines; ++line)
        for (int from = 0; from + 1 < lines; from += 4)
            for (const bool eastWest : {true, false}) {
                std::vector<osmium::object_id_type> refs;
                for (int k = from; k <= std::min(from + 4, lines - 1); ++k)
                    refs.push_back(eastWest ? crossing[size_t(line) * lines + k]
                                            : crossing[size_t(k) * lines + line]);
                region.cityStreetKm += double(refs.size() - 1) * spacing / 1000;
                ways.emplace_back(std::move(refs),
                                  line % 10 == 0 ? 3 : line % 5 == 0 ? 2 : 1);
            }
    region.cityKm2 = (lines - 1) * spacing / 1000 * (lines - 1) * spacing / 1000;

    // The country around it, 90 km wide: roads every 2 km with a node every
    // 25 m, as ways of at most 200 nodes (OpenStreetMap allows 2,000), and
    // buildings scattered outside the city's box and its margin.
    const double country = 90000, roads = 2000, step = 25;
    for (double y = -country / 2; y <= country / 2; y += roads)
        for (const bool eastWest : {true, false}) {
            std::vector<osmium::object_id_type> refs;
            for (double x = -country / 2; x <= country / 2; x += step) {
                if (std::abs(x) < side / 2 + 3000 && std::abs(y) < side / 2 + 3000) {
                    if (refs.size() > 1)
                        ways.emplace_back(std::move(refs), 4);
                    refs.clear();
                    continue;
                }
                refs.push_back(eastWest ? node(at(x, y)) : node(at(y, x)));
                if (refs.size() == 200) {
                    const osmium::object_id_type last = refs.back();
                    ways.emplace_back(std::move(refs), 4);
                    refs = {last};
                }
            }
            if (refs.size() > 1)
                ways.emplace_back(std::move(refs), 4);
        }
    QRandomGenerator random(2026);
    for (qint64 i = 0; i < countryBuildings; ++i) {
        double e = 0, n = 0;
        do {
            e = random.bounded(country) - country / 2;
            n = random.bounded(country) - country / 2;
        } while (std::abs(e) < side / 2 + 3000 && std::abs(n) < side / 2 + 3000);
        std::vector<osmium::object_id_type> ring{node(at(e, n)), node(at(e + 11, n)),
                                                 node(at(e + 11, n + 9)), node(at(e, n + 9))};
        ring.push_back(ring.front());
        ways.emplace_back(std::move(ring), 0);
    }

    osmium::object_id_type wayId = 1;
    static const char *const highway[] = {"", "residential", "secondary", "primary", "unclassified"};
    for (const auto &[refs, kind] : ways) {
        if (kind == 0)
            osmium::builder::add_way(buffer, _id(wayId++), version(), edited(), _nodes(refs),
                                     _tag("building", "yes"));
        else
            osmium::builder::add_way(buffer, _id(wayId++), version(), edited(), _nodes(refs),
                                     _tag("highway", highway[kind]),
                                     _tag("name", kind == 4 ? "Landstraße" : "Ölmühlenstraße"));
        flush();
        ++region.ways;
    }
    writer(std::move(buffer));
    writer.close();
    return region;
}

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

// The peak memory of the children waited for so far, in MB; -1 where unknown.
double childrenPeakMegabytes()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#endif
    return -1;
}

int runToEnd(QProcess &process, const QString &program, const QStringList &arguments,
             const std::function<void()> &output = {})
{
    QEventLoop loop; // the file server answers meanwhile
    if (output)
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, output);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return -1;
    loop.exec();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 countryBuildings =
        argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 200'000;
    QTemporaryDir temporary;
    const QString keep = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    QDir().mkpath(keep);
    const QString extract =
        QDir(keep).filePath(QStringLiteral("region-%1.osm.pbf").arg(countryBuildings));

    QElapsedTimer timer;
    if (!QFile::exists(extract)) {
        timer.start();
        const Region r = writeRegion(extract + QStringLiteral(".part"), countryBuildings);
        QFile::rename(extract + QStringLiteral(".part"), extract);
        std::printf("generated the region: %.0f MB, %lld nodes, %lld ways (%.0f s); its city: "
                    "%.0f km², %.0f km of streets, %lld buildings\n",
                    double(QFileInfo(extract).size()) / 1e6, static_cast<long long>(r.nodes),
                    static_cast<long long>(r.ways), double(timer.elapsed()) / 1000, r.cityKm2,
                    r.cityStreetKm, static_cast<long long>(r.cityBuildings));
        std::printf("  reference, Bielefeld: about 260 km², 3,000 km of streets, 100,000 buildings, "
                    "in an extract of about 100 MB\n");
    } else {
        std::printf("the region: %s (%.0f MB), made earlier\n", qPrintable(extract),
                    double(QFileInfo(extract).size()) / 1e6);
    }
    QFile file(extract);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(extract));
    test::FileServer server;
    server.files.insert(QStringLiteral("/region.osm.pbf"), file.readAll());
    if (!server.start())
        qFatal("cannot listen on the loopback interface");

    const QString tool = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("stadtplan-basemap"));
    const QString store = temporary.filePath(QStringLiteral("work/stadtplan.gpkg"));
    QDir().mkpath(QFileInfo(store).absolutePath());
    QProcess download;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    download.setProcessEnvironment(env);
    timer.restart();
    // Each phase's start as the tool reports it (--progress), and its lines.
    QList<QPair<QString, double>> phases;
    QByteArray pending;
    const auto read = [&] {
        pending += download.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("progress phase "))
                phases.append({QString::fromLatin1(line.mid(15)), double(timer.elapsed()) / 1000});
            else if (!line.startsWith("progress "))
                std::printf("%s\n", line.constData());
        }
    };
    const int status = runToEnd(download, tool,
                                {QStringLiteral("download"), QStringLiteral("--progress"),
                                 QStringLiteral("--source"),
                                 server.url(QStringLiteral("/region.osm.pbf")),
                                 QStringLiteral("--no-checksum"), QStringLiteral("--into"), store},
                                read);
    const double seconds = double(timer.elapsed()) / 1000;
    const double peak = childrenPeakMegabytes();
    read();
    if (status != 0) {
        std::fprintf(stderr, "stadtplan-basemap download failed (%d)\n", status);
        return 1;
    }
    const double disk = double(folderBytes(QFileInfo(store).absolutePath())) / 1e6;
    std::printf("\nthe whole step (loopback download, cut, layers, tiles 10-17): %.0f s; goal: "
                "under 300 s\n", seconds);
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const double until = i + 1 < phases.size() ? phases[i + 1].second : seconds;
        std::printf("  %-8s %6.1f s\n", qPrintable(phases[i].first), until - phases[i].second);
    }
    std::printf("peak memory: %.0f MB; goal: under 2,048 MB\n", peak);
    std::printf("disk used beside the store (extract kept, store, tiles): %.0f MB\n", disk);

    // References in the same run: copying the file; osmium cutting the same box.
    timer.restart();
    QFile::copy(extract, temporary.filePath(QStringLiteral("copy.osm.pbf")));
    std::printf("  reference, copying the extract on this disk: %.1f s\n",
                double(timer.elapsed()) / 1000);
    const CityProfile city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    const GeoBox box = basemap::widened(city.bounds, city.extractMarginMetres);
    const QString osmium = QStandardPaths::findExecutable(QStringLiteral("osmium"));
    if (!osmium.isEmpty()) {
        QProcess cut;
        timer.restart();
        runToEnd(cut, osmium,
                 {QStringLiteral("extract"), QStringLiteral("--strategy=smart"), QStringLiteral("-b"),
                  QStringLiteral("%1,%2,%3,%4").arg(box.west).arg(box.south).arg(box.east).arg(box.north),
                  extract, QStringLiteral("-o"), temporary.filePath(QStringLiteral("osmium.osm.pbf")),
                  QStringLiteral("--overwrite")});
        std::printf("  reference, osmium extract --strategy=smart of the same box: %.1f s\n",
                    double(timer.elapsed()) / 1000);
    } else {
        std::printf("  reference, osmium extract: not measured (osmium-tool is not installed)\n");
    }
    return seconds < 300 && (peak < 0 || peak < 2048) ? 0 : 1;
}
