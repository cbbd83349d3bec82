// stadtplan-query STORE [--near LAT,LON | --address TEXT|- [--gazetteer FILE]
//                 [--geocode-online --allow-network [--geocoder-host URL]]] [--search TEXT]
//                 [--focus ID ...] [--target-group ID ...]
//                 [--language CODE ...] [--open-at ISO-TIME] [--within METRES] [--limit N] [--json]
//                 [--handout FILE.pdf [--handout-language CODE]]
// Exit status: 0 answered (also with no results), 1 the store cannot be read, 2 wrong usage.

#include "addressgazetteer.h"
#include "addresssearch.h"
#include "bundleddata.h"
#include "cityprofile.h"
#include "coverage.h"
#include "handout.h"
#include "institutionstore.h"
#include "onlinegeocoder.h"
#include "servicefinder.h"
#include "taxonomy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>

using namespace stadtplan;

namespace {

[[noreturn]] void wrong(const QString &problem)
{
    std::fprintf(stderr, "stadtplan-query: %s\n", qPrintable(problem));
    std::exit(2);
}

QString stateText(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return QStringLiteral("open");
    case OpenState::Closed:
        return QStringLiteral("closed");
    case OpenState::Unknown:
        break;
    }
    return QStringLiteral("hours unknown");
}

// stadtplan-query STORE --address -: every line of standard input looked up,
// one answer per line: the text typed, what it came to (found, street,
// corrected, other-postcode, other-town, closest, none), the address, its
// latitude and longitude; with --json one array of objects.
int locateLines(const AddressGazetteer &houses, const CityProfile &city, bool asJson)
{
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    QJsonArray all;
    QString line;
    while (in.readLineInto(&line)) {
        const QString typed = line.trimmed();
        if (typed.isEmpty())
            continue;
        const AddressSearch found = searchAddress(typed, &houses, nullptr, city, 3);
        const AddressGazetteer::Match *m = found.matches.isEmpty() ? nullptr : &found.matches.first();
        QString outcome = QStringLiteral("none");
        if (m) {
            outcome = !m->wrongPostcode.isEmpty() ? QStringLiteral("other-postcode")
                      : !m->wrongCity.isEmpty()   ? QStringLiteral("other-town")
                      : !m->exact                 ? QStringLiteral("closest")
                      : m->street                 ? QStringLiteral("street")
                      : !m->typedStreet.isEmpty() ? QStringLiteral("corrected")
                                                  : QStringLiteral("found");
        }
        if (asJson) {
            QJsonObject o{{QStringLiteral("typed"), typed}, {QStringLiteral("outcome"), outcome}};
            if (m) {
                o.insert(QStringLiteral("address"), m->address.oneLine());
                o.insert(QStringLiteral("latitude"), m->position.latitude);
                o.insert(QStringLiteral("longitude"), m->position.longitude);
            }
            all.append(o);
        } else if (m) {
            std::printf("%s\t%s\t%s\t%.7f\t%.7f\n", qPrintable(typed), qPrintable(outcome),
                        qPrintable(m->address.oneLine()), m->position.latitude,
                        m->position.longitude);
        } else {
            std::printf("%s\tnone\t\t\t\n", qPrintable(typed));
        }
    }
    if (asJson)
        std::printf("%s\n", QJsonDocument(all).toJson(QJsonDocument::Indented).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The handout's fonts need a GUI application; nothing is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtplan-query"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Finds services: nearest first from a place, filtered, with distances in metres."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("STORE"),
                                 QStringLiteral("The store (GeoPackage or PG: connection)."));
    const QCommandLineOption near(QStringLiteral("near"),
                                  QStringLiteral("Sort by distance from LAT,LON (WGS84 degrees)."),
                                  QStringLiteral("LAT,LON"));
    const QCommandLineOption address(
        QStringLiteral("address"),
        QStringLiteral("Sort by distance from this address, e.g. \"Niederwall 23, 33602\", found "
                       "in the gazetteer (offline) or, when allowed, online. \"-\": only find "
                       "the addresses on standard input, one per line, and print each with "
                       "its position."),
        QStringLiteral("TEXT"));
    const QCommandLineOption gazetteer(
        QStringLiteral("gazetteer"),
        QStringLiteral("Address gazetteer for --address (street, house number, postcode, "
                       "position; any format GDAL reads). Default: STADTPLAN_GAZETTEER, else STORE's "
                       "name with -addresses.csv|.gpkg|.geojson beside it, else the store's own "
                       "addresses (stadtplan-basemap addresses)."),
        QStringLiteral("FILE"));
    const QCommandLineOption geocodeOnline(
        QStringLiteral("geocode-online"),
        QStringLiteral("Look --address up online (OpenStreetMap Nominatim unless "
                       "--geocoder-host) when the gazetteer does not have it; needs "
                       "--allow-network."));
    const QCommandLineOption network(QStringLiteral("allow-network"),
                                     QStringLiteral("Allow asking a server on the network."));
    const QCommandLineOption geocoderHost(QStringLiteral("geocoder-host"),
                                          QStringLiteral("The geocoding server's address."),
                                          QStringLiteral("URL"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QStringLiteral("Words to search for (spelling- and typo-tolerant)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption focus(
        QStringLiteral("focus"), QStringLiteral("Only this focus area (repeatable: any of them)."),
        QStringLiteral("ID"));
    const QCommandLineOption target(QStringLiteral("target-group"),
                                    QStringLiteral("Only for this target group (repeatable)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Only in this language, ISO 639-1 (repeatable)."), QStringLiteral("CODE"));
    const QCommandLineOption openAt(
        QStringLiteral("open-at"),
        QStringLiteral("Only open at this time (ISO 8601, the city's local time unless an offset "
                       "is given); services without hours stay, marked."),
        QStringLiteral("ISO-TIME"));
    const QCommandLineOption within(QStringLiteral("within"),
                                    QStringLiteral("With --near: at most this many metres away."),
                                    QStringLiteral("METRES"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N results (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption handout(
        QStringLiteral("handout"),
        QStringLiteral("Also write the results as a client's handout: an A4 PDF with a map and, "
                       "per institution, address, distance, hours and contact, labelled in German "
                       "and in the client's language."),
        QStringLiteral("FILE.pdf"));
    const QCommandLineOption handoutLanguage(
        QStringLiteral("handout-language"),
        QStringLiteral("The client's language on the handout (default: the first --language)."),
        QStringLiteral("CODE"));
    parser.addOptions({near, address, gazetteer, geocodeOnline, network, geocoderHost, search,
                       focus, target, language, openAt, within, limit, json, handout,
                       handoutLanguage});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        wrong(QStringLiteral("name one STORE (see --help)"));

    const Taxonomy taxonomy =
        Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
    const CityProfile city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    ServiceQuery query;
    QString fromLabel; // what the distances are measured from, for the handout
    if (!city.region.isEmpty())
        query.filter.region = city.region;
    if (parser.isSet(near)) {
        query.near = parseLatLon(parser.value(near));
        if (!query.near)
            wrong(QStringLiteral("--near %1: give LAT,LON in degrees, e.g. 52.0211,8.5325")
                      .arg(parser.value(near)));
    }
    if (parser.isSet(address)) {
        if (query.near)
            wrong(QStringLiteral("give --near or --address, not both"));
        if (parser.isSet(geocodeOnline) && !parser.isSet(network))
            wrong(QStringLiteral(
                "--geocode-online asks a server on the network: allow it with --allow-network"));
        const QString text = parser.value(address);
        QString problem, from;
        const std::optional<AddressGazetteer> houses = AddressGazetteer::forStore(
            parser.positionalArguments().value(0), parser.value(gazetteer),
            FieldMapping::standard(taxonomy), &problem, &from);
        if (!houses && !problem.isEmpty())
            wrong(QStringLiteral("%1 %2: %3")
                      .arg(parser.isSet(gazetteer) ? QStringLiteral("--gazetteer")
                                                   : QStringLiteral("the address gazetteer"),
                           from, problem));
        if (text == u"-") {
            // Several addresses, one per line of standard input: each with
            // what was found and where; no institutions.
            if (!houses)
                wrong(QStringLiteral("--address - needs a gazetteer: the store has none (store "
                                     "one with stadtplan-basemap addresses), or give "
                                     "--gazetteer FILE"));
            return locateLines(*houses, city, parser.isSet(json));
        }
        std::unique_ptr<OnlineGeocoder> geocoder;
        if (parser.isSet(geocodeOnline)) {
            OnlineGeocoder::Options online;
            online.host = parser.value(geocoderHost);
            online.cacheFile = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                   .filePath(QStringLiteral("geocoding.json"));
            QDir().mkpath(QFileInfo(online.cacheFile).absolutePath());
            geocoder = std::make_unique<OnlineGeocoder>(online);
        }
        const AddressSearch place =
            searchAddress(text, houses ? &*houses : nullptr, geocoder.get(), city, 5);
        const QList<AddressGazetteer::Match> &matches = place.matches;
        if (place.found()) {
            query.near = matches.first().position;
            fromLabel = matches.first().address.oneLine();
            std::fprintf(stderr, "From %s at %.7f,%.7f (%s)\n", qPrintable(fromLabel),
                         matches.first().position.latitude, matches.first().position.longitude,
                         qPrintable(place.source));
            if (!matches.first().typedStreet.isEmpty())
                std::fprintf(stderr, "  (typed as \"%s\")\n", qPrintable(text));
        } else if (!place.problem.isEmpty()) {
            wrong(QStringLiteral("--address %1: %2").arg(text, place.problem));
        }
        if (!query.near) {
            QStringList closest;
            for (const AddressGazetteer::Match &m : std::as_const(matches))
                closest.append(m.address.oneLine());
            if (!houses && !parser.isSet(geocodeOnline))
                wrong(QStringLiteral("--address needs a gazetteer: the store has none (store one "
                                     "with stadtplan-basemap addresses), or give --gazetteer FILE "
                                     "or --geocode-online "
                                     "--allow-network"));
            const AddressGazetteer::Match *first = matches.isEmpty() ? nullptr : &matches.first();
            if (first && !first->wrongPostcode.isEmpty())
                wrong(QStringLiteral("--address %1: %2 has the postcode %3, not %4")
                          .arg(text, first->address.street + QLatin1Char(' ') + first->address.houseNumber,
                               first->address.postcode, first->wrongPostcode));
            if (first && !first->wrongCity.isEmpty())
                wrong(QStringLiteral("--address %1: %2 is in %3, not in %4")
                          .arg(text, first->address.street + QLatin1Char(' ') + first->address.houseNumber,
                               first->address.city.isEmpty() ? city.name : first->address.city,
                               first->wrongCity));
            wrong(closest.isEmpty()
                      ? QStringLiteral("--address %1: not found, and no address is close to it")
                            .arg(text)
                      : QStringLiteral("--address %1: not found; closest: %2")
                            .arg(text, closest.join(QStringLiteral("; "))));
        }
    }
    query.text = parser.value(search);
    for (const QString &value : parser.values(focus))
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!taxonomy.focusArea(id))
                wrong(QStringLiteral("--focus %1: no such focus area").arg(id));
            query.filter.focusAreas.insert(id);
        }
    for (const QString &value : parser.values(target))
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!taxonomy.targetGroup(id))
                wrong(QStringLiteral("--target-group %1: no such target group").arg(id));
            query.filter.targetGroups.insert(id);
        }
    for (const QString &value : parser.values(language))
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!QRegularExpression(QStringLiteral("^[a-z]{2}$")).match(code).hasMatch())
                wrong(QStringLiteral("--language %1: give a two-letter ISO 639-1 code, e.g. ar")
                          .arg(code));
            query.filter.languages.insert(code);
        }
    if (parser.isSet(openAt)) {
        QDateTime at = QDateTime::fromString(parser.value(openAt), Qt::ISODate);
        if (!at.isValid())
            wrong(QStringLiteral("--open-at %1: give an ISO 8601 time, e.g. 2026-11-25T10:30")
                      .arg(parser.value(openAt)));
        // With an offset, the time is turned into the city's wall-clock time.
        if (at.timeSpec() != Qt::LocalTime)
            at = at.toTimeZone(QTimeZone("Europe/Berlin"));
        query.filter.openAt = QDateTime(at.date(), at.time());
    }
    if (parser.isSet(within)) {
        bool ok = false;
        query.withinMetres = parser.value(within).toDouble(&ok);
        if (!ok || query.withinMetres <= 0 || !query.near)
            wrong(QStringLiteral("--within %1: give metres (more than 0) together with --near")
                      .arg(parser.value(within)));
    }
    bool limitOk = false;
    const int n = parser.value(limit).toInt(&limitOk);
    if (!limitOk || n < 1)
        wrong(QStringLiteral("--limit %1: give a number of 1 or more").arg(parser.value(limit)));
    query.limit = std::size_t(n);
    QString clientLanguage = parser.value(handoutLanguage);
    if (clientLanguage.isEmpty() && !query.filter.languages.isEmpty())
        clientLanguage = parser.values(language).first().split(QLatin1Char(',')).first();
    if (parser.isSet(handoutLanguage) && !parser.isSet(handout))
        wrong(QStringLiteral("--handout-language goes with --handout FILE.pdf"));
    if (parser.isSet(handout) && clientLanguage.isEmpty())
        wrong(QStringLiteral("--handout needs the client's language: --handout-language CODE or "
                             "--language CODE"));

    QList<Institution> institutions;
    QString dataNote;
    try {
        const auto store = InstitutionStore::open(parser.positionalArguments().first(),
                                                  InstitutionStore::Access::ReadOnly);
        institutions = publishedOnly(store->institutions());
        dataNote = store->metadata(QStringLiteral("data_note"));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "stadtplan-query: %s\n", e.what());
        return 1;
    }
    const ServiceFinder finder(institutions, SearchIndex::taxonomyLabels(taxonomy));
    const std::vector<FoundInstitution> found = finder.find(query);

    if (parser.isSet(handout)) {
        if (found.empty())
            wrong(QStringLiteral("--handout: no institution matches; nothing to print"));
        QList<Institution> chosen;
        for (const FoundInstitution &f : found)
            chosen.append(institutions[f.institution]);
        HandoutOptions options;
        options.output = parser.value(handout);
        options.language = clientLanguage;
        options.from = query.near;
        options.fromLabel = fromLabel.isEmpty() && query.near
                                ? QStringLiteral("%1, %2")
                                      .arg(query.near->latitude, 0, 'f', 5)
                                      .arg(query.near->longitude, 0, 'f', 5)
                                : fromLabel;
        options.city = city.name;
        options.dataNote = dataNote;
        try {
            const HandoutResult printed =
                printHandout(parser.positionalArguments().first(), chosen, taxonomy, options);
            std::fprintf(stderr, "Wrote %s: %d page(s), %lld institution(s)\n",
                         qPrintable(options.output), printed.pages,
                         static_cast<long long>(printed.institutionIds.size()));
        } catch (const AnalysisError &e) {
            std::fprintf(stderr, "stadtplan-query: --handout %s: %s\n", qPrintable(options.output),
                         e.what());
            return 1;
        }
    }

    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const FoundInstitution &f : found) {
            const Institution &i = institutions[f.institution];
            QJsonObject row{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("name"), i.name},
                {QStringLiteral("address"), i.address.oneLine()},
                {QStringLiteral("lat"), i.position.latitude},
                {QStringLiteral("lon"), i.position.longitude},
                {QStringLiteral("position_estimated"),
                 i.positionSource == PositionSource::Estimated},
                {QStringLiteral("focus_areas"), QJsonArray::fromStringList(i.focusAreas())}};
            if (f.metres) {
                row.insert(QStringLiteral("distance_m"), std::round(*f.metres * 10) / 10);
                row.insert(QStringLiteral("walking_minutes"),
                           ServiceFinder::walkingMinutes(*f.metres));
            }
            if (query.filter.openAt.isValid())
                row.insert(QStringLiteral("open"), stateText(f.open));
            rows.append(row);
        }
        std::printf("%s\n", QJsonDocument(rows).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (found.empty()) {
        std::printf("No institution matches. Try fewer filters%s.\n",
                    query.near ? " or a larger --within" : "");
        return 0;
    }
    for (std::size_t k = 0; k < found.size(); ++k) {
        const Institution &i = institutions[found[k].institution];
        QString line = QStringLiteral("%1. %2").arg(k + 1).arg(i.name);
        if (found[k].metres)
            line += QStringLiteral(" · %1 m, about %2 min on foot")
                        .arg(qRound(*found[k].metres))
                        .arg(ServiceFinder::walkingMinutes(*found[k].metres));
        if (query.filter.openAt.isValid())
            line += QStringLiteral(" · ") + stateText(found[k].open);
        std::printf("%s\n   %s%s\n", qPrintable(line), qPrintable(i.address.oneLine()),
                    i.positionSource == PositionSource::Estimated ? " (position estimated)" : "");
    }
    return 0;
}
