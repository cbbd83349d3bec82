// stadtplan-generate STORE --count N [--seed S]
//
// Writes N synthetic institutions (see syntheticdata.h) into a new store, for
// load tests and benchmarks of the app; never demo data.
#include "institutionstore.h"
#include "syntheticdata.h"
#include "bundleddata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes synthetic institutions into a new store (for load tests; not demo data)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("a new GeoPackage, or a PG: connection"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("how many institutions"), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("the random seed"), QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({count, seed});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    bool ok = false;
    const int n = parser.value(count).toInt(&ok);
    if (!ok || n < 0) {
        std::fprintf(stderr, "stadtplan-generate: --count needs a number\n");
        return 2;
    }
    try {
        const auto taxonomy = stadtplan::Taxonomy::fromJson(stadtplan::BundledData::read(QStringLiteral("taxonomy.json")));
        QElapsedTimer timer;
        timer.start();
        const auto records = stadtplan::synthetic::institutions(n, parser.value(seed).toUInt(), taxonomy);
        auto store = stadtplan::InstitutionStore::create(parser.positionalArguments().constFirst());
        store->replaceInstitutions(records);
        store->setMetadata(QStringLiteral("synthetic"), QStringLiteral("yes"));
        store->setMetadata(QStringLiteral("data_note"), QStringLiteral("Synthetic data for load tests: none of these institutions is real."));
        std::printf("%d synthetic institutions written in %lld ms\n", n, static_cast<long long>(timer.elapsed()));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "stadtplan-generate: %s\n", e.what());
        return 1;
    }
    return 0;
}
