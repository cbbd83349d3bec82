// Times the analyses over synthetic data (never demo data):
// - coverage of one focus area for 100,000 institutions over 100 areas (a
//   10 x 10 grid over North Rhine-Westphalia), beside the reference measured
//   in the same run: the same shares estimated by sampling 100 x 100 points
//   per area against a grid of the services (no GEOS), and the largest
//   difference between the two;
// - overlaps and duplicates over the same institutions;
// - the printed Stadtplan with 1,000 institutions on A0, beside the same on A4.
//
//   scripts/run benchmark-analysis [INSTITUTIONS] [AREAS_PER_SIDE]

#include "bundleddata.h"
#include "coverage.h"
#include "geodesy.h"
#include "institutionstore.h"
#include "overlaps.h"
#include "stadtplanprint.h"
#include "syntheticdata.h"
#include "taxonomy.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>

using namespace stadtplan;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// The reference: each area's share farther than the distance, estimated from
// a 100 x 100 grid of sample points and a 0.02-degree bucket grid of services.
QList<double> sampledShares(const QList<Institution> &institutions, const QList<Area> &areas,
                            const CoverageOptions &options)
{
    QHash<QPair<int, int>, QList<GeoPoint>> buckets;
    const double cell = 0.02;
    for (const Institution &i : institutions) {
        bool matches = false;
        for (const Service &s : i.services)
            matches = matches || serviceMatches(s, options.focus, options.targetGroup);
        if (matches && i.position.isValid())
            buckets[{int(std::floor(i.position.latitude / cell)),
                     int(std::floor(i.position.longitude / cell))}]
                .append(i.position);
    }
    QList<double> shares;
    for (const Area &area : areas) {
        const GeoBox b = area.boundingBox();
        int far = 0;
        const int n = 100;
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < n; ++c) {
                const GeoPoint p{b.south + (r + 0.5) * (b.north - b.south) / n,
                                 b.west + (c + 0.5) * (b.east - b.west) / n};
                bool reached = false;
                const int br = int(std::floor(p.latitude / cell)),
                          bc = int(std::floor(p.longitude / cell));
                for (int dr = -1; dr <= 1 && !reached; ++dr)
                    for (int dc = -1; dc <= 1 && !reached; ++dc)
                        for (const GeoPoint &s : buckets.value({br + dr, bc + dc}))
                            if (std::abs(s.latitude - p.latitude) < 0.01 &&
                                std::abs(s.longitude - p.longitude) < 0.016 &&
                                Geodesy::distanceMetres(p, s) <= options.distanceMetres) {
                                reached = true;
                                break;
                            }
                far += reached ? 0 : 1;
            }
        }
        shares.append(double(far) / (n * n));
    }
    return shares;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int side = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10;
    const Taxonomy taxonomy =
        Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));

    QElapsedTimer timer;
    timer.start();
    const QList<Institution> institutions = synthetic::institutions(count, 20261125, taxonomy);
    std::printf("%d synthetic institutions in %.1f s\n", count, seconds(timer));

    // Areas: a grid over the institutions' extent (North Rhine-Westphalia).
    GeoBox extent{180, 90, -180, -90};
    for (const Institution &i : institutions) {
        extent.west = std::min(extent.west, i.position.longitude);
        extent.east = std::max(extent.east, i.position.longitude);
        extent.south = std::min(extent.south, i.position.latitude);
        extent.north = std::max(extent.north, i.position.latitude);
    }
    QList<Area> areas;
    for (int r = 0; r < side; ++r) {
        for (int c = 0; c < side; ++c) {
            const double s = extent.south + (extent.north - extent.south) * r / side,
                         n = extent.south + (extent.north - extent.south) * (r + 1) / side;
            const double w = extent.west + (extent.east - extent.west) * c / side,
                         e = extent.west + (extent.east - extent.west) * (c + 1) / side;
            Area a;
            a.id = QStringLiteral("g%1-%2").arg(r).arg(c);
            a.name = a.id;
            a.kind = QStringLiteral("grid");
            a.population = 180000;
            a.polygons = {{{{s, w}, {s, e}, {n, e}, {n, w}, {s, w}}}};
            areas.append(a);
        }
    }
    // The most offered focus area.
    QHash<QString, int> offered;
    for (const Institution &i : institutions)
        for (const QString &f : i.focusAreas())
            ++offered[f];
    QString focus;
    for (auto it = offered.cbegin(); it != offered.cend(); ++it)
        if (focus.isEmpty() || it.value() > offered.value(focus))
            focus = it.key();

    CoverageOptions options;
    options.focus = focus;
    timer.restart();
    const CoverageReport report = computeCoverage(institutions, areas, options);
    const double coverageSeconds = seconds(timer);
    timer.restart();
    const QList<double> reference = sampledShares(institutions, areas, options);
    const double referenceSeconds = seconds(timer);
    double largest = 0;
    for (int k = 0; k < areas.size(); ++k)
        largest = std::max(largest, std::abs(reference[k] - report.areas[k].uncoveredShare));
    std::printf("\ncoverage of %s (%d services) over %lld areas within %.0f m:\n",
                qPrintable(focus), report.servicesConsidered, static_cast<long long>(areas.size()),
                options.distanceMetres);
    std::printf("  exact (PROJ + GEOS union of circles): %.2f s\n", coverageSeconds);
    std::printf(
        "  reference, sampled 100 x 100 per area: %.2f s; largest difference in the share %.4f\n",
        referenceSeconds, largest);

    timer.restart();
    OverlapOptions overlapOptions;
    overlapOptions.focus = {focus};
    const QList<OverlapGroup> groups = findOverlaps(institutions, {}, overlapOptions);
    std::printf("\noverlaps of %s within 500 m: %lld groups in %.2f s\n", qPrintable(focus),
                static_cast<long long>(groups.size()), seconds(timer));
    timer.restart();
    const QList<DuplicatePair> pairs = findDuplicates(institutions);
    std::printf("likely duplicates among %d institutions: %lld pairs in %.2f s\n", count,
                static_cast<long long>(pairs.size()), seconds(timer));

    // The printed Stadtplan: 1,000 institutions of one city region.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("print.gpkg"));
    const QList<Institution> thousand = synthetic::institutions(1000, 7, taxonomy);
    InstitutionStore::create(store)->replaceInstitutions(thousand);
    StadtplanOptions print;
    print.title = QStringLiteral("Stadtplan (synthetic data)");
    print.dataNote = QStringLiteral("Synthetic data for a benchmark");
    std::printf("\nprinted Stadtplan, 1,000 institutions:\n");
    for (const auto &[name, paper] :
         {std::pair{"A0", QPageSize::A0}, std::pair{"A4", QPageSize::A4}}) {
        print.paper = paper;
        print.output = dir.filePath(QStringLiteral("stadtplan-%1.pdf").arg(QLatin1String(name)));
        timer.restart();
        const StadtplanResult result = printStadtplan(store, thousand, {}, taxonomy, print);
        std::printf("  %s: %.2f s, %d pages, %.1f MB%s\n", name, seconds(timer), result.pages,
                    double(QFileInfo(print.output).size()) / 1e6,
                    paper == QPageSize::A4 ? " (reference: the same on the smallest paper)" : "");
    }
    return 0;
}
