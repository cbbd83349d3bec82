// The clustering engine against supercluster, on the very same points in the
// same run: index build, a city viewport at zoom 12, a state viewport at
// zoom 7, and nearest-10, for 10,000, 100,000 and 1,000,000 synthetic
// institutions around the towns of North Rhine-Westphalia.
//
//   scripts/run benchmark-cluster [--sizes=10000,100000,1000000] [Google Benchmark flags]
//
// Our figures come from Google Benchmark; supercluster's from
// supercluster.mjs under Node (fetched from the npm registry on first use).
// Goals: build at most 0.5 x supercluster, queries at most 1.0 x, nearest-10
// under 20 us at 100,000 points.
#include "clusterindex.h"
#include "syntheticdata.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>

using namespace stadtplan;

namespace {

// The box a 1280 x 800 pixel map (256-pixel tiles) shows around a centre at a zoom.
GeoBox viewport(const GeoPoint &centre, int zoom)
{
    const double world = 256.0 * std::ldexp(1.0, zoom);
    const double x = (centre.longitude / 360.0 + 0.5) * world;
    const double s = std::sin(centre.latitude * std::numbers::pi / 180.0);
    const double y = (0.5 - std::log((1 + s) / (1 - s)) / (4 * std::numbers::pi)) * world;
    const auto longitude = [&](double px) { return (px / world - 0.5) * 360.0; };
    const auto latitude = [&](double py) {
        return std::atan(std::sinh(std::numbers::pi * (1 - 2 * py / world))) * 180.0 / std::numbers::pi;
    };
    return {longitude(x - 640), latitude(y + 400), longitude(x + 640), latitude(y - 400)};
}

const GeoBox CityView = viewport({52.0211, 8.5325}, 12);  // Bielefeld
const GeoBox StateView = viewport({51.45, 7.55}, 7);      // North Rhine-Westphalia

QString boxText(const GeoBox &b)
{
    return QStringLiteral("%1,%2,%3,%4").arg(b.west, 0, 'f', 6).arg(b.south, 0, 'f', 6).arg(b.east, 0, 'f', 6).arg(b.north, 0, 'f', 6);
}

std::vector<ClusterIndex::Point> points(const std::vector<GeoPoint> &positions)
{
    std::vector<ClusterIndex::Point> out;
    out.reserve(positions.size());
    QRandomGenerator random(5);
    for (const GeoPoint &p : positions)
        out.push_back({p, 1u << random.bounded(16)});
    return out;
}

// Keeps each benchmark's time per iteration, in its own unit, by name.
class Collector : public benchmark::ConsoleReporter
{
public:
    std::map<std::string, double> milliseconds;
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Iteration && !run.skipped)
                milliseconds[run.run_name.function_name] =
                    run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e3;
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes{10000, 100000, 1000000};
    std::vector<char *> rest{argv[0]};
    for (int k = 1; k < argc; ++k) {
        const QByteArray arg(argv[k]);
        if (arg.startsWith("--sizes=")) {
            sizes.clear();
            for (const QByteArray &n : arg.mid(8).split(','))
                sizes.push_back(n.toInt());
        } else {
            rest.push_back(argv[k]);
        }
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        std::fprintf(stderr, "node not found (Debian package nodejs); supercluster is the reference and runs under it\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString modules = QCoreApplication::applicationDirPath() + QStringLiteral("/../benchmarks/cluster/node_modules");

    std::map<int, QJsonObject> reference;
    std::map<int, std::vector<ClusterIndex::Point>> data;
    for (int n : sizes) {
        const std::vector<GeoPoint> positions = synthetic::positions(n, 20261124);
        data[n] = points(positions);
        // The same points for supercluster, as longitude/latitude doubles.
        const QString file = dir.filePath(QStringLiteral("points-%1.f64").arg(n));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        for (const GeoPoint &p : positions) {
            const double pair[2] = {p.longitude, p.latitude};
            out.write(reinterpret_cast<const char *>(pair), sizeof pair);
        }
        out.close();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(node, {QStringLiteral(STADTPLAN_SUPERCLUSTER_SCRIPT), file, modules, boxText(CityView), boxText(StateView)});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            std::fprintf(stderr, "supercluster under node failed\n");
            return 1;
        }
        reference[n] = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        std::fprintf(stderr, "supercluster %s, %d points: build %.1f ms\n",
                     qPrintable(reference[n].value(QStringLiteral("version")).toString()), n,
                     reference[n].value(QStringLiteral("buildMs")).toDouble());
    }

    std::map<int, ClusterIndex> indexes;
    std::map<int, std::size_t> cityItems, stateItems;
    for (int n : sizes) {
        const auto &pts = data[n];
        benchmark::RegisterBenchmark(("build/" + std::to_string(n)).c_str(), [&pts](benchmark::State &state) {
            for (auto _ : state) {
                state.PauseTiming();
                std::vector<ClusterIndex::Point> copy = pts;
                state.ResumeTiming();
                ClusterIndex index(std::move(copy), 16);
                benchmark::DoNotOptimize(index.size());
            }
        })->Unit(benchmark::kMillisecond)->MinTime(n >= 1000000 ? 3.0 : 1.0)->UseRealTime();
        indexes.emplace(n, ClusterIndex(pts, 16));
        const ClusterIndex &index = indexes.at(n);
        cityItems[n] = index.items(CityView, 12).size();
        stateItems[n] = index.items(StateView, 7).size();
        benchmark::RegisterBenchmark(("city/" + std::to_string(n)).c_str(), [&index](benchmark::State &state) {
            for (auto _ : state)
                benchmark::DoNotOptimize(index.items(CityView, 12));
        })->Unit(benchmark::kMicrosecond)->UseRealTime();
        benchmark::RegisterBenchmark(("state/" + std::to_string(n)).c_str(), [&index](benchmark::State &state) {
            for (auto _ : state)
                benchmark::DoNotOptimize(index.items(StateView, 7));
        })->Unit(benchmark::kMicrosecond)->UseRealTime();
        benchmark::RegisterBenchmark(("nearest10/" + std::to_string(n)).c_str(), [&index](benchmark::State &state) {
            // From places people live: the data's own positions, jittered.
            QRandomGenerator random(9);
            std::vector<GeoPoint> from;
            for (int k = 0; k < 1024; ++k) {
                const GeoPoint &p = index.point(random.bounded(quint32(index.size()))).position;
                from.push_back({p.latitude + (random.generateDouble() - 0.5) * 0.01, p.longitude + (random.generateDouble() - 0.5) * 0.01});
            }
            std::size_t k = 0;
            for (auto _ : state)
                benchmark::DoNotOptimize(index.nearest(from[k++ & 1023], 10));
        })->Unit(benchmark::kMicrosecond)->UseRealTime();
    }
    int benchmarkArgc = int(rest.size());
    benchmark::Initialize(&benchmarkArgc, rest.data());
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    benchmark::Shutdown();

    std::printf("\nClusterIndex (C++) against supercluster %s (Node %s) on the same synthetic NRW points, same run\n",
                qPrintable(reference.begin()->second.value(QStringLiteral("version")).toString()),
                qPrintable(reference.begin()->second.value(QStringLiteral("node")).toString()));
    std::printf("city view: zoom 12, 1280 x 800 px over Bielefeld; state view: zoom 7 over NRW\n\n");
    std::printf("%9s  %-12s %12s %14s %8s  %s\n", "points", "measure", "ours", "supercluster", "ratio", "goal");
    bool allMet = true;
    for (int n : sizes) {
        const QJsonObject &r = reference[n];
        const auto row = [&](const char *what, const std::string &name, const char *key, double goal, const char *unit, double scale) {
            const double ours = collector.milliseconds[name + "/" + std::to_string(n)];
            const double theirs = r.value(QLatin1String(key)).toDouble();
            const double ratio = ours / theirs;
            const bool met = ratio <= goal;
            allMet = allMet && met;
            std::printf("%9d  %-12s %9.3f %s %11.3f %s %7.2fx  at most %.1fx: %s\n", n, what, ours * scale, unit,
                        theirs * scale, unit, ratio, goal, met ? "met" : "NOT met");
        };
        row("build", "build", "buildMs", 0.5, "ms", 1.0);
        row("city z12", "city", "cityQueryMs", 1.0, "us", 1e3);
        row("state z7", "state", "stateQueryMs", 1.0, "us", 1e3);
        const double nearest = collector.milliseconds["nearest10/" + std::to_string(n)] * 1e3;
        const bool nearestMet = n != 100000 || nearest < 20.0;
        allMet = allMet && nearestMet;
        std::printf("%9d  %-12s %9.3f us %14s %8s  %s\n", n, "nearest-10", nearest, "(none)", "",
                    n == 100000 ? (nearestMet ? "under 20 us: met" : "under 20 us: NOT met") : "");
        std::printf("%9s  items shown: city %zu (supercluster %d), state %zu (supercluster %d)\n", "", cityItems[n],
                    r.value(QStringLiteral("cityItems")).toInt(), stateItems[n], r.value(QStringLiteral("stateItems")).toInt());
    }
    return allMet ? 0 : 3;
}
