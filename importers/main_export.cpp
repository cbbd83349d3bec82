// stadtplan-export STORE OUTPUT [--format geojson|gpkg|csv|kml|xlsx]
//                  [--layer institutions|areas|changes] [--focus ID ...]
// Exit status: 0 written, 1 the export failed (nothing half-written is left), 2 wrong usage.

#include "institutionexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace stadtplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtplan-export"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports a Stadtplan store's institutions (one row per service, as stadtplan-import reads "
        "them back) or areas."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store (GeoPackage or PG: connection)."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"), QStringLiteral("The file to write."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("%1; default: from OUTPUT's suffix.").arg(exportFormats().join(QStringLiteral(", "))), QStringLiteral("FORMAT"));
    const QCommandLineOption layer(QStringLiteral("layer"), QStringLiteral("institutions (default), areas, or changes (the change log, as csv)."), QStringLiteral("LAYER"), QStringLiteral("institutions"));
    const QCommandLineOption focus(QStringLiteral("focus"), QStringLiteral("Only services of this focus area (repeatable)."), QStringLiteral("ID"));
    parser.addOptions({format, layer, focus});
    parser.process(app);
    if (parser.positionalArguments().size() != 2) {
        std::fprintf(stderr, "stadtplan-export: name STORE and OUTPUT\n\n%s", qPrintable(parser.helpText()));
        return 2;
    }
    ExportOptions options;
    options.store = parser.positionalArguments().at(0);
    options.output = parser.positionalArguments().at(1);
    options.format = parser.value(format);
    options.layer = parser.value(layer);
    for (const QString &value : parser.values(focus))
        options.focus += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    try {
        const int rows = exportStore(options);
        std::printf("stadtplan-export: wrote %d rows to %s\n", rows, qPrintable(options.output));
    } catch (const ExportError &e) {
        std::fprintf(stderr, "stadtplan-export: %s\n", e.what());
        return 1;
    }
    return 0;
}
