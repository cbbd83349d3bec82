// The address gazetteer at a city's size: generates an OpenStreetMap extract
// with ADDRESSES addresses (default 60,000, Bielefeld's number; mostly on
// buildings, some as address nodes and multipolygons, postcodes from ten
// postal-code areas for a tenth of them) on 2,400 streets with real-looking
// German names, and measures
//   - building the gazetteer (`storeOsmAddresses`: read, complete, store),
//     beside a plain libosmium pass over the same file (the least any
//     reader of it needs);
//   - loading it from the store, as the app does at the first lookup;
//   - the lookup of 10,000 typed addresses (in the ways people type them,
//     a tenth with a one-letter typo in the street): median and 99th
//     percentile, beside a plain hash lookup of the exact key in the same run.
//
//   scripts/run benchmark-addresses [ADDRESSES]

#include "addressgazetteer.h"
#include "addresslayer.h"
#include "bundleddata.h"
#include "cityprofile.h"
#include "institutionstore.h"
#include "osmaddresses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <osmium/builder/attr.hpp>
#include <osmium/handler.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/io/header.hpp>
#include <osmium/io/pbf_output.hpp>
#include <osmium/io/writer.hpp>
#include <osmium/visitor.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

using namespace stadtplan;
using namespace osmium::builder::attr;

namespace {

struct Generated
{
    std::vector<Address> addresses; // as written, for the lookups
    std::vector<QString> streets;
};

QStringList streetNames()
{
    const QStringList first{
        QStringLiteral("Amsel"),    QStringLiteral("Birken"),   QStringLiteral("Linden"),
        QStringLiteral("Eichen"),   QStringLiteral("Buchen"),   QStringLiteral("Ahorn"),
        QStringLiteral("Kastanien"), QStringLiteral("Rosen"),   QStringLiteral("Tulpen"),
        QStringLiteral("Nelken"),   QStringLiteral("Finken"),   QStringLiteral("Drossel"),
        QStringLiteral("Lerchen"),  QStringLiteral("Schwalben"), QStringLiteral("Falken"),
        QStringLiteral("Habichts"), QStringLiteral("Mühlen"),   QStringLiteral("Schul"),
        QStringLiteral("Kirch"),    QStringLiteral("Bahnhof"),  QStringLiteral("Post"),
        QStringLiteral("Markt"),    QStringLiteral("Garten"),   QStringLiteral("Wiesen"),
        QStringLiteral("Feld"),     QStringLiteral("Wald"),     QStringLiteral("Berg"),
        QStringLiteral("Tal"),      QStringLiteral("Bach"),     QStringLiteral("Brunnen"),
        QStringLiteral("Detmolder"), QStringLiteral("Herforder"), QStringLiteral("Jöllenbecker"),
        QStringLiteral("Heeper"),   QStringLiteral("Stapenhorst"), QStringLiteral("Artur-Ladebeck-"),
        QStringLiteral("Sennestadt-"), QStringLiteral("Brackweder"), QStringLiteral("Schildescher"),
        QStringLiteral("Gadderbaumer"), QStringLiteral("Ummelner"), QStringLiteral("Quelle"),
        QStringLiteral("Hoberge-"), QStringLiteral("Dornberger"), QStringLiteral("Babenhauser"),
        QStringLiteral("Theesener"), QStringLiteral("Vilsendorfer"), QStringLiteral("Milser"),
        QStringLiteral("Altenhagener"), QStringLiteral("Oldentruper"), QStringLiteral("Hillegosser"),
        QStringLiteral("Ubbedisser"), QStringLiteral("Lämershagener"), QStringLiteral("Windflöte"),
        QStringLiteral("Senner"), QStringLiteral("Friedrich-Ebert-"), QStringLiteral("Goethe"),
        QStringLiteral("Schiller"), QStringLiteral("Lessing"), QStringLiteral("Kant")};
    const QStringList second{QStringLiteral("straße"), QStringLiteral("weg"),
                             QStringLiteral("allee"),  QStringLiteral("ring"),
                             QStringLiteral("platz"),  QStringLiteral("gasse"),
                             QStringLiteral("damm"),   QStringLiteral("pfad")};
    const QStringList before{QString(), QStringLiteral("Alte "), QStringLiteral("Neue "),
                             QStringLiteral("Obere "), QStringLiteral("Untere ")};
    QStringList out;
    for (const QString &b : before)
        for (const QString &f : first)
            for (const QString &s : second)
                out.append(b + f + s);
    return out;
}

Generated writeExtract(const QString &path, int count)
{
    const double lat0 = 52.0211, lon0 = 8.5325;
    const double mLat = 111320.0, mLon = 111320.0 * std::cos(lat0 * std::numbers::pi / 180.0);
    const auto at = [&](double e, double n) { return osmium::Location{lon0 + e / mLon, lat0 + n / mLat}; };
    osmium::io::Header header;
    header.set("generator", "benchmark-addresses");
    header.set("osmosis_replication_timestamp", "2026-11-30T21:21:02Z");
    osmium::io::Writer writer{osmium::io::File{QFile::encodeName(path).toStdString(), "pbf"}, header,
                              osmium::io::overwrite::allow};
    osmium::memory::Buffer buffer{1 << 20, osmium::memory::Buffer::auto_grow::yes};
    const auto flush = [&] {
        if (buffer.committed() > (1 << 22)) {
            writer(std::move(buffer));
            buffer = osmium::memory::Buffer{1 << 20, osmium::memory::Buffer::auto_grow::yes};
        }
    };
    Generated g;
    const QStringList names = streetNames();
    const int perStreet = std::max(1, (count + int(names.size()) - 1) / int(names.size()));
    const int streets = (count + perStreet - 1) / perStreet;
    const int columns = int(std::ceil(std::sqrt(double(streets))));
    const double side = 16000, cell = side / columns;
    QRandomGenerator random(60000);
    osmium::object_id_type nodeId = 1, wayId = 1, relationId = 1;
    struct Way
    {
        std::vector<osmium::object_id_type> refs;
        Address address;
    };
    std::vector<Way> ways;
    struct Polygon
    {
        std::vector<osmium::object_id_type> refs;
        Address address;
    };
    std::vector<Polygon> multipolygons;
    std::vector<std::pair<QString, std::vector<osmium::object_id_type>>> postal;
    const auto text = [](const QString &s) { return s.toStdString(); };
    for (int i = 0; i < count; ++i) {
        const int street = i / perStreet, number = i % perStreet + 1;
        const double e = (street % columns) * cell - side / 2 + (number * (cell - 20)) / perStreet;
        const double n = (street / columns) * cell - side / 2 + (number % 2 ? 10 : 30);
        Address a{names.at(street % names.size()), QString::number(number), {}, QStringLiteral("Bielefeld")};
        if (number % 7 == 0)
            a.houseNumber += QLatin1Char('a');
        // Postcodes: on nine in ten objects, else from the postal area (a grid of ten).
        const int zone = std::min(9, int((e + side / 2) / (side / 10)));
        const QString code = QStringLiteral("336%1").arg(zone, 2, 10, QLatin1Char('0'));
        a.postcode = code;
        g.addresses.push_back(a);
        Address tagged = a;
        if (i % 10 == 3)
            tagged.postcode.clear();
        if (i % 20 == 0) { // an address node
            osmium::builder::add_node(buffer, _id(nodeId++), _version(1), _location(at(e + 6, n + 5)),
                                      _tag("addr:street", text(tagged.street)),
                                      _tag("addr:housenumber", text(tagged.houseNumber)),
                                      _tag("addr:postcode", text(tagged.postcode)),
                                      _tag("addr:city", "Bielefeld"));
            flush();
            continue;
        }
        std::vector<osmium::object_id_type> ring;
        for (const auto &[de, dn] : {std::pair{0.0, 0.0}, {12.0, 0.0}, {12.0, 10.0}, {0.0, 10.0}}) {
            osmium::builder::add_node(buffer, _id(nodeId), _version(1), _location(at(e + de, n + dn)));
            ring.push_back(nodeId++);
            flush();
        }
        ring.push_back(ring.front());
        if (i % 50 == 1)
            multipolygons.push_back({std::move(ring), tagged});
        else
            ways.push_back({std::move(ring), tagged});
    }
    for (int zone = 0; zone < 10; ++zone) {
        std::vector<osmium::object_id_type> ring;
        const double w = zone * side / 10 - side / 2;
        for (const auto &[e, n] : {std::pair{w, -side / 2 - 50}, {w + side / 10, -side / 2 - 50},
                                   {w + side / 10, side / 2 + 50}, {w, side / 2 + 50}}) {
            osmium::builder::add_node(buffer, _id(nodeId), _version(1), _location(at(e, n)));
            ring.push_back(nodeId++);
        }
        ring.push_back(ring.front());
        postal.emplace_back(QStringLiteral("336%1").arg(zone, 2, 10, QLatin1Char('0')), std::move(ring));
    }
    const auto addressTags = [&](const Address &a) {
        std::vector<std::pair<std::string, std::string>> t{{"building", "yes"},
                                                           {"addr:street", text(a.street)},
                                                           {"addr:housenumber", text(a.houseNumber)},
                                                           {"addr:city", "Bielefeld"}};
        if (!a.postcode.isEmpty())
            t.emplace_back("addr:postcode", text(a.postcode));
        return t;
    };
    for (const Way &w : ways) {
        osmium::builder::add_way(buffer, _id(wayId++), _version(1), _nodes(w.refs), _tags(addressTags(w.address)));
        flush();
    }
    std::vector<osmium::object_id_type> outerWays, postalWays;
    for (const Polygon &p : multipolygons) {
        osmium::builder::add_way(buffer, _id(wayId), _version(1), _nodes(p.refs));
        outerWays.push_back(wayId++);
        flush();
    }
    for (const auto &[code, ring] : postal) {
        osmium::builder::add_way(buffer, _id(wayId), _version(1), _nodes(ring));
        postalWays.push_back(wayId++);
    }
    for (std::size_t k = 0; k < multipolygons.size(); ++k) {
        auto tags = addressTags(multipolygons[k].address);
        tags.emplace_back("type", "multipolygon");
        osmium::builder::add_relation(buffer, _id(relationId++), _version(1),
                                      _member(osmium::item_type::way, outerWays[k], "outer"), _tags(tags));
        flush();
    }
    for (std::size_t k = 0; k < postal.size(); ++k)
        osmium::builder::add_relation(
            buffer, _id(relationId++), _version(1),
            _member(osmium::item_type::way, postalWays[k], "outer"),
            _tag("type", "boundary"), _tag("boundary", "postal_code"),
            _tag("postal_code", text(postal[k].first)));
    writer(std::move(buffer));
    writer.close();
    for (int s = 0; s < streets; ++s)
        g.streets.push_back(names.at(s % names.size()));
    return g;
}

// The least a reader of the file does: every object once, its tags looked at.
qint64 plainPass(const QString &path)
{
    struct Count : osmium::handler::Handler
    {
        qint64 n = 0;
        void osm_object(const osmium::OSMObject &o) { n += o.tags().has_key("addr:housenumber"); }
    } count;
    osmium::io::Reader reader{osmium::io::File{QFile::encodeName(path).toStdString()}};
    osmium::apply(reader, count);
    reader.close();
    return count.n;
}

// The address typed as people type it, `form` choosing how.
QString typed(const Address &a, int form)
{
    QString street = a.street;
    switch (form % 6) {
    case 0: return a.street + QLatin1Char(' ') + a.houseNumber + QStringLiteral(", ") + a.postcode + QStringLiteral(" Bielefeld");
    case 1: return street.toLower() + QLatin1Char(' ') + a.houseNumber;
    case 2: return street.replace(QStringLiteral("straße"), QStringLiteral("str.")) + a.houseNumber;
    case 3: return a.street + QLatin1Char(' ') + a.houseNumber + QStringLiteral(" Bielefeld");
    case 4: return a.street + QStringLiteral(" Nr. ") + a.houseNumber;
    default: return street.replace(QStringLiteral("ü"), QStringLiteral("ue")).replace(QStringLiteral("ö"), QStringLiteral("oe")) + QLatin1Char(' ') + a.houseNumber.toUpper();
    }
}

struct Spread
{
    double median = 0, p99 = 0, max = 0;
};
Spread spread(std::vector<double> micros)
{
    std::sort(micros.begin(), micros.end());
    return {micros[micros.size() / 2], micros[std::min(micros.size() - 1, micros.size() * 99 / 100)],
            micros.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60000;
    QTemporaryDir dir;
    const QString extract = dir.filePath(QStringLiteral("city.osm.pbf"));
    const QString store = dir.filePath(QStringLiteral("stadtplan.gpkg"));
    QElapsedTimer timer;
    timer.start();
    const Generated g = writeExtract(extract, count);
    std::printf("generated %d addresses on %zu streets: %.1f MB of .osm.pbf (%.1f s)\n", count,
                g.streets.size(), double(QFileInfo(extract).size()) / 1e6, double(timer.elapsed()) / 1000);
    const CityProfile city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    InstitutionStore::create(store);

    timer.restart();
    const qint64 tagged = plainPass(extract);
    const double plainMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    basemap::OsmAddresses built;
    qint64 readMs = 0;
    QElapsedTimer phase;
    phase.start();
    built = basemap::readOsmAddresses(extract, city.bounds);
    readMs = phase.restart();
    basemap::writeOsmAddresses(built, QFileInfo(extract).fileName(), store);
    const qint64 writeMs = phase.elapsed();
    std::printf("built the gazetteer: %zu addresses in %.2f s (read and complete %.2f s, store %.2f s; "
                "%lld postcodes from the postal areas)\n",
                built.entries.size(), double(readMs + writeMs) / 1000, double(readMs) / 1000,
                double(writeMs) / 1000, static_cast<long long>(built.postcodeFromArea));
    std::printf("  reference, a plain libosmium pass over the same file: %.2f s (%lld objects with an address)\n",
                plainMs / 1000, static_cast<long long>(tagged));

    timer.restart();
    QString problem;
    const auto gazetteer = AddressGazetteer::fromStore(store, &problem);
    if (!gazetteer)
        qFatal("cannot load: %s", qPrintable(problem));
    std::printf("loaded it from the store: %.2f s (%lld entries)\n", double(timer.nsecsElapsed()) / 1e9,
                static_cast<long long>(gazetteer->size()));

    // 10,000 typed addresses, a tenth with a letter of the street left out.
    QRandomGenerator random(10000);
    QStringList queries;
    std::vector<const Address *> asked;
    for (int i = 0; i < 10000; ++i) {
        const Address &a = g.addresses[std::size_t(random.bounded(int(g.addresses.size())))];
        QString q = typed(a, i);
        if (i % 10 == 9) {
            const int cut = 2 + random.bounded(std::max(1, int(a.street.size()) - 3));
            q = a.street.left(cut) + a.street.mid(cut + 1) + QLatin1Char(' ') + a.houseNumber;
        }
        queries.append(q);
        asked.push_back(&a);
    }
    std::vector<double> micros;
    micros.reserve(10000);
    int found = 0, right = 0;
    for (int i = 0; i < queries.size(); ++i) {
        QElapsedTimer one;
        one.start();
        const auto result = gazetteer->lookup(queries.at(i));
        micros.push_back(double(one.nsecsElapsed()) / 1000);
        if (!result.isEmpty() && result.first().exact) {
            ++found;
            right += result.first().address.street == asked[std::size_t(i)]->street &&
                     result.first().address.houseNumber == asked[std::size_t(i)]->houseNumber;
        }
    }
    const Spread lookups = spread(micros);
    const auto slowest = std::max_element(micros.begin(), micros.end()) - micros.begin();
    QStringList slowestTexts;
    {
        std::vector<std::pair<double, int>> order;
        for (int i = 0; i < int(micros.size()); ++i)
            order.emplace_back(micros[std::size_t(i)], i);
        std::sort(order.rbegin(), order.rend());
        for (int k = 0; k < 3; ++k)
            slowestTexts.append(QStringLiteral("\"%1\" %2 µs").arg(queries.at(order[std::size_t(k)].second)).arg(order[std::size_t(k)].first, 0, 'f', 0));
    }
    Q_UNUSED(slowest)

    // The reference: a hash of the exact key, the same addresses.
    QHash<QString, GeoPoint> plain;
    for (const addresses::Entry &e : built.entries)
        plain.insert(e.address.normalised(), e.position);
    micros.clear();
    int hits = 0;
    for (const Address *a : asked) {
        QElapsedTimer one;
        one.start();
        hits += plain.contains(a->normalised());
        micros.push_back(double(one.nsecsElapsed()) / 1000);
    }
    const Spread hashed = spread(micros);
    std::printf("lookup of 10,000 typed addresses (a tenth with a typo): median %.1f µs, 99th "
                "percentile %.1f µs, slowest %.1f µs; %d found, %d of them the address meant\n",
                lookups.median, lookups.p99, lookups.max, found, right);
    std::printf("  the slowest: %s\n", qPrintable(slowestTexts.join(QStringLiteral(", "))));
    std::printf("  reference, a hash lookup of the exact key: median %.2f µs, 99th percentile %.2f µs "
                "(%d found)\n",
                hashed.median, hashed.p99, hits);
    std::printf("  goal: under 1 ms (1000 µs) a lookup\n");
    return 0;
}
