// stadtplan-analyse coverage STORE --areas KIND --focus ID [--target-group ID] [--distance M]
// [--json] [--out FILE.csv|.gpkg] stadtplan-analyse overlaps STORE [--focus ID ...] [--distance M]
// [--areas KIND] [--json] [--out FILE.csv] stadtplan-analyse duplicates STORE [--json] Exit status:
// 0 done, 1 failed, 2 wrong usage.

#include "bundleddata.h"
#include "cityprofile.h"
#include "coverage.h"
#include "institutionstore.h"
#include "overlaps.h"
#include "taxonomy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>

using namespace stadtplan;

namespace {

int usage(const QCommandLineParser &parser, const QString &problem)
{
    std::fprintf(stderr, "stadtplan-analyse: %s\n\n%s", qPrintable(problem),
                 qPrintable(parser.helpText()));
    return 2;
}

QList<Area> areasOfKind(const QList<Area> &all, const QString &kind)
{
    QList<Area> chosen;
    for (const Area &a : all)
        if (kind.isEmpty() || kind == u"all" || a.kind.compare(kind, Qt::CaseInsensitive) == 0)
            chosen.append(a);
    return chosen;
}

QString csv(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtplan-analyse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "What the Migrationskonferenz asks of the directory.\n"
        "  coverage STORE    services per area, per 10,000 inhabitants, and the share farther than "
        "a distance\n"
        "  overlaps STORE    services doing the same for the same people close together\n"
        "  duplicates STORE  records that are likely one institution"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 QStringLiteral("coverage, overlaps or duplicates"));
    parser.addPositionalArgument(QStringLiteral("STORE"),
                                 QStringLiteral("The store (GeoPackage or PG: connection)."));
    const QCommandLineOption areasOption(
        QStringLiteral("areas"),
        QStringLiteral(
            "The area layer: a kind of area in the store, e.g. district (default: every area)."),
        QStringLiteral("KIND"));
    const QCommandLineOption focusOption(
        QStringLiteral("focus"),
        QStringLiteral("A focus area id (coverage: required; overlaps: repeatable)."),
        QStringLiteral("ID"));
    const QCommandLineOption targetOption(
        QStringLiteral("target-group"),
        QStringLiteral("coverage: only services for this target group."), QStringLiteral("ID"));
    const QCommandLineOption distanceOption(
        QStringLiteral("distance"),
        QStringLiteral("Metres, straight line (coverage default 1000, overlaps default 500)."),
        QStringLiteral("M"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("Also write the result: CSV, or for coverage a GeoPackage (.gpkg)."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {areasOption, focusOption, targetOption, distanceOption, jsonOption, outOption});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(parser, QStringLiteral("name a COMMAND and a STORE"));
    const QString command = args[0];
    double distance = command == u"coverage" ? 1000 : 500;
    if (parser.isSet(distanceOption)) {
        bool ok = false;
        distance = parser.value(distanceOption).toDouble(&ok);
        if (!ok || distance <= 0)
            return usage(parser, QStringLiteral("--distance %1: give metres, more than 0")
                                     .arg(parser.value(distanceOption)));
    }
    try {
        const Taxonomy taxonomy =
            Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        const CityProfile city =
            CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
        for (const QString &f : parser.values(focusOption))
            if (!taxonomy.focusArea(f))
                return usage(parser, QStringLiteral("--focus %1: no such focus area").arg(f));
        if (parser.isSet(targetOption) && !taxonomy.targetGroup(parser.value(targetOption)))
            return usage(parser, QStringLiteral("--target-group %1: no such target group")
                                     .arg(parser.value(targetOption)));
        const auto store = InstitutionStore::open(args[1], InstitutionStore::Access::ReadOnly);
        const QList<Institution> institutions = publishedOnly(store->institutions());
        const QList<Area> areas = areasOfKind(store->areas(), parser.value(areasOption));

        if (command == u"coverage") {
            if (parser.values(focusOption).size() != 1)
                return usage(parser, QStringLiteral("coverage needs one --focus"));
            if (areas.isEmpty())
                return usage(parser,
                             QStringLiteral("--areas %1: the store has no such areas; import some "
                                            "with stadtplan-import --layer areas")
                                 .arg(parser.value(areasOption)));
            CoverageOptions options;
            options.focus = parser.value(focusOption);
            options.targetGroup = parser.value(targetOption);
            options.distanceMetres = distance;
            options.metricCrs = city.metricCrs.isEmpty() ? options.metricCrs : city.metricCrs;
            const CoverageReport report = computeCoverage(institutions, areas, options);
            if (parser.isSet(outOption))
                writeCoverage(report, areas, parser.value(outOption));
            if (parser.isSet(jsonOption)) {
                QJsonArray rows;
                for (const AreaCoverage &a : report.areas) {
                    QJsonObject row{{QStringLiteral("area_id"), a.areaId},
                                    {QStringLiteral("name"), a.name},
                                    {QStringLiteral("services"), a.services},
                                    {QStringLiteral("km2"), a.squareKilometres},
                                    {QStringLiteral("uncovered_share"), a.uncoveredShare}};
                    if (a.population)
                        row.insert(QStringLiteral("population"), double(*a.population));
                    if (a.perTenThousand)
                        row.insert(QStringLiteral("per_10000"), *a.perTenThousand);
                    if (a.uncoveredPeople)
                        row.insert(QStringLiteral("uncovered_people"), *a.uncoveredPeople);
                    rows.append(row);
                }
                const QJsonObject out{{QStringLiteral("focus"), options.focus},
                                      {QStringLiteral("target_group"), options.targetGroup},
                                      {QStringLiteral("distance_m"), options.distanceMetres},
                                      {QStringLiteral("crs"), options.metricCrs},
                                      {QStringLiteral("services"), report.servicesConsidered},
                                      {QStringLiteral("areas"), rows}};
                std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
            } else {
                std::printf("%-28s %10s %8s %9s %9s %12s\n", "area", "population", "services",
                            "per 10k", "km²", "farther");
                for (const AreaCoverage &a : report.areas)
                    std::printf(
                        "%-28s %10s %8d %9s %9.2f %11.1f %%\n", qPrintable(a.name.left(28)),
                        a.population ? qPrintable(QString::number(*a.population)) : "-", a.services,
                        a.perTenThousand ? qPrintable(QString::number(*a.perTenThousand, 'f', 2))
                                         : "-",
                        a.squareKilometres, a.uncoveredShare * 100);
                std::printf("%d matching services; \"farther\": share of the area more than %.0f m "
                            "(straight line, %s) from the nearest\n",
                            report.servicesConsidered, options.distanceMetres,
                            qPrintable(options.metricCrs));
            }
            return 0;
        }
        if (command == u"overlaps") {
            OverlapOptions options;
            options.distanceMetres = distance;
            options.focus = parser.values(focusOption);
            options.region = city.region.isEmpty() ? options.region : city.region;
            options.label = [&taxonomy](const QString &id) {
                if (const FocusArea *f = taxonomy.focusArea(id))
                    return f->label.text(QStringLiteral("en"));
                if (const TargetGroup *g = taxonomy.targetGroup(id))
                    return g->label.text(QStringLiteral("en"));
                return id;
            };
            const QList<OverlapGroup> groups = findOverlaps(institutions, areas, options);
            if (parser.isSet(outOption)) {
                QSaveFile file(parser.value(outOption));
                if (!file.open(QIODevice::WriteOnly))
                    throw AnalysisError(
                        QStringLiteral("cannot write %1").arg(parser.value(outOption)));
                QString text = QStringLiteral("rank,focus,services,institutions,target_groups,"
                                              "largest_distance_m,area,reasons\n");
                for (qsizetype i = 0; i < groups.size(); ++i) {
                    const OverlapGroup &g = groups[i];
                    text += QStringList{QString::number(i + 1),
                                        g.focus,
                                        csv(g.serviceIds.join(QLatin1Char(' '))),
                                        csv(g.institutionIds.join(QLatin1Char(' '))),
                                        csv(g.targetGroups.join(QLatin1Char(' '))),
                                        QString::number(qRound(g.largestDistanceMetres)),
                                        csv(g.areaName),
                                        csv(g.reasons.join(QStringLiteral("; ")))}
                                .join(QLatin1Char(',')) +
                            QLatin1Char('\n');
                }
                file.write(text.toUtf8());
                if (!file.commit())
                    throw AnalysisError(
                        QStringLiteral("cannot write %1").arg(parser.value(outOption)));
            }
            if (parser.isSet(jsonOption)) {
                QJsonArray rows;
                for (const OverlapGroup &g : groups)
                    rows.append(QJsonObject{
                        {QStringLiteral("focus"), g.focus},
                        {QStringLiteral("services"), QJsonArray::fromStringList(g.serviceIds)},
                        {QStringLiteral("institutions"),
                         QJsonArray::fromStringList(g.institutionIds)},
                        {QStringLiteral("target_groups"),
                         QJsonArray::fromStringList(g.targetGroups)},
                        {QStringLiteral("largest_distance_m"), g.largestDistanceMetres},
                        {QStringLiteral("area"), g.areaName},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(g.reasons)},
                        {QStringLiteral("score"), g.score}});
                std::printf("%s\n",
                            QJsonDocument(rows).toJson(QJsonDocument::Indented).constData());
            } else {
                for (qsizetype i = 0; i < groups.size(); ++i)
                    std::printf("%lld. %s: %s\n   %s\n", static_cast<long long>(i + 1),
                                qPrintable(groups[i].focus),
                                qPrintable(groups[i].institutionIds.join(QStringLiteral(", "))),
                                qPrintable(groups[i].reasons.join(QStringLiteral("; "))));
                std::printf("%lld groups of overlapping services (within %.0f m%s)\n",
                            static_cast<long long>(groups.size()), distance,
                            areas.isEmpty() ? "" : " or in the same area");
            }
            return 0;
        }
        if (command == u"duplicates") {
            const QList<DuplicatePair> pairs = findDuplicates(institutions);
            if (parser.isSet(jsonOption)) {
                QJsonArray rows;
                for (const DuplicatePair &p : pairs)
                    rows.append(QJsonObject{{QStringLiteral("first"), p.firstId},
                                            {QStringLiteral("second"), p.secondId},
                                            {QStringLiteral("distance_m"), p.distanceMetres},
                                            {QStringLiteral("reason"), p.reason}});
                std::printf("%s\n",
                            QJsonDocument(rows).toJson(QJsonDocument::Indented).constData());
            } else {
                for (const DuplicatePair &p : pairs)
                    std::printf("%s and %s: %s\n", qPrintable(p.firstId), qPrintable(p.secondId),
                                qPrintable(p.reason));
                std::printf("%lld pairs of likely duplicates\n",
                            static_cast<long long>(pairs.size()));
            }
            return 0;
        }
        return usage(parser, QStringLiteral("unknown command %1").arg(command));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "stadtplan-analyse: %s\n", e.what());
        return 1;
    }
}
