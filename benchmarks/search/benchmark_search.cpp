// Search as you type and nearby queries over 100,000 synthetic institutions
// (never demo data), each per query beside its goal and beside the naive way
// measured in the same run: a substring scan over every folded name for the
// search, and PROJ's geodesic distance to every institution for nearby.
//
//   scripts/run benchmark-search [INSTITUTIONS]

#include "bundleddata.h"
#include "geodesy.h"
#include "servicefinder.h"
#include "syntheticdata.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace stadtplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const Taxonomy taxonomy =
        Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
    const QList<Institution> institutions = synthetic::institutions(count, 20261125, taxonomy);
    QElapsedTimer timer;
    timer.start();
    const ServiceFinder finder(institutions, SearchIndex::taxonomyLabels(taxonomy));
    std::printf("%d synthetic institutions; search index and point index built in %.2f s\n\n",
                count, timer.nsecsElapsed() / 1e9);

    // Typing, letter by letter, including a typo and German spelling variants.
    QStringList typed;
    for (const QString &query :
         {QStringLiteral("Migrationsberatung Bielefeld"), QStringLiteral("Sprachkurs fuer Frauen"),
          QStringLiteral("Jugendzentrun"), QStringLiteral("Beratungsstelle Süd")})
        for (qsizetype k = 1; k <= query.size(); ++k)
            typed.append(query.left(k));
    std::size_t hits = 0;
    timer.restart();
    QStringList suggestions;
    for (const QString &q : std::as_const(typed)) {
        hits += finder.searchIndex().search(q).size();
        suggestions = finder.searchIndex().suggestions(q);
    }
    const double perQuery = timer.nsecsElapsed() / 1e6 / typed.size();
    // The naive way: fold every name and look for each word in it.
    QStringList folded;
    for (const Institution &i : institutions)
        folded.append(SearchIndex::fold(i.name + QLatin1Char(' ') + i.organisation.name +
                                        QLatin1Char(' ') + i.description));
    std::size_t naiveHits = 0;
    timer.restart();
    for (const QString &q : std::as_const(typed)) {
        const QStringList words = SearchIndex::words(q);
        for (const QString &text : std::as_const(folded))
            naiveHits += std::all_of(words.cbegin(), words.cend(),
                                     [&](const QString &w) { return text.contains(w); })
                             ? 1
                             : 0;
    }
    const double naivePerQuery = timer.nsecsElapsed() / 1e6 / typed.size();
    std::printf("search as you type (%lld queries, results and suggestions): %.3f ms per query; "
                "goal under 5 ms\n",
                static_cast<long long>(typed.size()), perQuery);
    std::printf(
        "  reference, substring scan of every folded name (no typo tolerance): %.3f ms per query\n",
        naivePerQuery);
    std::printf("  (%zu hits in all; the scan found %zu)\n\n", hits, naiveHits);

    // Nearby: ten nearest from random places in the state, with and without a filter.
    QRandomGenerator random(7);
    std::vector<GeoPoint> places;
    for (int k = 0; k < 2000; ++k)
        places.push_back(institutions[qsizetype(random.bounded(count))].position);
    ServiceQuery q;
    q.limit = 10;
    std::size_t found = 0;
    timer.restart();
    for (const GeoPoint &p : places) {
        q.near = p;
        found += finder.find(q).size();
    }
    const double nearbyMs = timer.nsecsElapsed() / 1e6 / places.size();
    q.filter.focusAreas = {QStringLiteral("language_courses")};
    timer.restart();
    for (const GeoPoint &p : places) {
        q.near = p;
        found += finder.find(q).size();
    }
    const double filteredMs = timer.nsecsElapsed() / 1e6 / places.size();
    timer.restart();
    const int bruteRuns = 20;
    for (int k = 0; k < bruteRuns; ++k) {
        std::vector<double> d;
        d.reserve(size_t(count));
        for (const Institution &i : institutions)
            d.push_back(Geodesy::distanceMetres(places[size_t(k)], i.position));
        std::partial_sort(d.begin(), d.begin() + 10, d.end());
        found += d[0] >= 0 ? 1 : 0;
    }
    const double bruteMs = timer.nsecsElapsed() / 1e6 / bruteRuns;
    std::printf("nearby, ten nearest by geodesic distance: %.3f ms per query; goal under 1 ms\n",
                nearbyMs);
    std::printf("  with a focus-area filter (language courses): %.3f ms per query\n", filteredMs);
    std::printf("  reference, PROJ's distance to every institution: %.1f ms per query\n", bruteMs);
    return perQuery < 5 && nearbyMs < 1 ? 0 : 1;
}
