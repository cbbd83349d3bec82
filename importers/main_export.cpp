// stadtplan-export STORE OUTPUT [--format geojson|gpkg|csv|kml|xlsx]
//                  [--layer institutions|areas|changes|overdue [--months N] [--as-of DATE]] [--focus ID ...]
// Exit status: 0 written, 1 the export failed (nothing half-written is left), 2 wrong usage.

#include "bundleddata.h"
#include "fieldmapping.h"
#include "institutionexport.h"
#include "taxonomy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace stadtplan;

namespace {

// Focus areas by id or by label ("language_courses", "Sprachkurse", also
// comma-separated); one that is neither would export nothing, so it is the
// `problem`.
QStringList focusIds(const QStringList &values, QString *problem)
{
    const Taxonomy taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
    const FieldMapping names = FieldMapping::standard(taxonomy);
    QStringList ids;
    for (const QString &value : values) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = names.valueId(QStringLiteral("focus_areas"), name.trimmed());
            if (id.isEmpty()) {
                QStringList known;
                for (const FocusArea &area : taxonomy.focusAreas())
                    known.append(area.id);
                *problem = QStringLiteral("--focus %1: no such focus area (known: %2)")
                               .arg(name, known.join(QStringLiteral(", ")));
                return {};
            }
            ids.append(id);
        }
    }
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtplan-export"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports a Stadtplan store's institutions (one row per service, as stadtplan-import reads "
        "them back), its areas, its change log, or the institutions overdue for verification."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store (GeoPackage or PG: connection)."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"), QStringLiteral("The file to write."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("%1; default: from OUTPUT's suffix.").arg(exportFormats().join(QStringLiteral(", "))), QStringLiteral("FORMAT"));
    const QCommandLineOption layer(QStringLiteral("layer"), QStringLiteral("institutions (default), areas, changes (the change log, as csv), or overdue (institutions not verified for --months, with their contacts, as csv)."), QStringLiteral("LAYER"), QStringLiteral("institutions"));
    const QCommandLineOption focus(QStringLiteral("focus"), QStringLiteral("Only services of this focus area (repeatable)."), QStringLiteral("ID"));
    const QCommandLineOption months(QStringLiteral("months"), QStringLiteral("For --layer overdue: verified longer ago than this (default 12)."), QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("For --layer overdue: the day to count from (YYYY-MM-DD; default today)."), QStringLiteral("DATE"));
    parser.addOptions({format, layer, focus, months, asOf});
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
    bool monthsOk = false;
    options.months = parser.value(months).toInt(&monthsOk);
    if (!monthsOk || options.months < 1) {
        std::fprintf(stderr, "stadtplan-export: --months %s: give a whole number of 1 or more\n", qPrintable(parser.value(months)));
        return 2;
    }
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid()) {
            std::fprintf(stderr, "stadtplan-export: --as-of %s: give a date as YYYY-MM-DD\n", qPrintable(parser.value(asOf)));
            return 2;
        }
    }
    if (const QStringList values = parser.values(focus); !values.isEmpty()) {
        QString problem;
        options.focus = focusIds(values, &problem);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "stadtplan-export: %s\n", qPrintable(problem));
            return 2;
        }
    }
    try {
        const int rows = exportStore(options);
        std::printf("stadtplan-export: wrote %d %s to %s\n", rows, rows == 1 ? "row" : "rows",
                    qPrintable(options.output));
    } catch (const ExportError &e) {
        std::fprintf(stderr, "stadtplan-export: %s\n", e.what());
        return 1;
    }
    return 0;
}
