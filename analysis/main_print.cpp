// stadtplan-print STORE OUTPUT.pdf [--paper A4|A3|A2|A1|A0] [--landscape] [--focus ID ...] [--area
// NAME] [--language de|en] Exit status: 0 written, 1 failed (nothing half-written is left), 2 wrong
// usage.

#include "bundleddata.h"
#include "cityprofile.h"
#include "coverage.h"
#include "institutionstore.h"
#include "pdfoutput.h"
#include "stadtplanprint.h"
#include "taxonomy.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <cstdio>

using namespace stadtplan;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts need a GUI application; nothing is shown
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtplan-print"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the Stadtplan: a map with numbered markers and a grid, and the "
                       "directory of every institution on it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("STORE"),
                                 QStringLiteral("The store (GeoPackage or PG: connection)."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"), QStringLiteral("The PDF to write."));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QStringLiteral("A4, A3 (default), A2, A1 or A0."),
                                   QStringLiteral("SIZE"), QStringLiteral("A3"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       QStringLiteral("Landscape pages."));
    const QCommandLineOption focus(QStringLiteral("focus"),
                                   QStringLiteral("Only this focus area (repeatable)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  QStringLiteral("Only this area of the store (name or id)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("de (default) or en."), QStringLiteral("CODE"),
                                      QStringLiteral("de"));
    parser.addOptions({paper, landscape, focus, area, language});
    parser.process(app);
    const auto fail = [&](const QString &problem) {
        std::fprintf(stderr, "stadtplan-print: %s\n\n%s", qPrintable(problem),
                     qPrintable(parser.helpText()));
        return 2;
    };
    if (parser.positionalArguments().size() != 2)
        return fail(QStringLiteral("name STORE and OUTPUT"));
    const auto paperId = basemap::paperSize(parser.value(paper));
    if (!paperId)
        return fail(
            QStringLiteral("--paper %1: give A4, A3, A2, A1 or A0").arg(parser.value(paper)));
    if (parser.value(language) != u"de" && parser.value(language) != u"en")
        return fail(QStringLiteral("--language %1: give de or en").arg(parser.value(language)));
    try {
        const Taxonomy taxonomy =
            Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        const CityProfile city =
            CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
        StadtplanOptions options;
        options.output = parser.positionalArguments().at(1);
        options.paper = *paperId;
        options.landscape = parser.isSet(landscape);
        for (const QString &value : parser.values(focus)) {
            for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!taxonomy.focusArea(id))
                    return fail(QStringLiteral("--focus %1: no such focus area").arg(id));
                options.focus.append(id);
            }
        }
        options.area = parser.value(area);
        options.language = parser.value(language);
        options.title = QStringLiteral("Stadtplan %1").arg(city.name);
        const QString storeLocation = parser.positionalArguments().at(0);
        const auto store =
            InstitutionStore::open(storeLocation, InstitutionStore::Access::ReadOnly);
        options.dataNote = store->metadata(QStringLiteral("data_note"));
        QElapsedTimer timer;
        timer.start();
        const StadtplanResult result =
            printStadtplan(storeLocation, publishedOnly(store->institutions()), store->areas(), taxonomy, options);
        std::printf(
            "stadtplan-print: wrote %s: %lld institutions, %d pages, grid %d x %d, in %.1f s\n",
            qPrintable(options.output), static_cast<long long>(result.institutions.size()),
            result.pages, result.grid.columns, result.grid.rows, double(timer.elapsed()) / 1000);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "stadtplan-print: %s\n", e.what());
        return 1;
    }
    return 0;
}
