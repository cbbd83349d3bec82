#include "osmaddresses.h"

#include "basemaplayers.h"
#include "geodesy.h"
#include "institutionstore.h"
#include "storeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QTimeZone>

// GCC warns falsely inside libosmium's object builder (an empty user name
// taken as a zero-sized region) when the area assembler is inlined here.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-overread"
#endif
#include <osmium/area/assembler.hpp>
#include <osmium/area/multipolygon_manager.hpp>
#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/relations/relations_manager.hpp>
#include <osmium/tags/tags_filter.hpp>
#include <osmium/visitor.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <algorithm>
#include <cmath>
#include <limits>

namespace stadtplan::basemap {

namespace {

using LocationIndex = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
using LocationHandler = osmium::handler::NodeLocationsForWays<LocationIndex>;

QString tag(const osmium::TagList &tags, const char *key)
{
    const char *value = tags.get_value_by_key(key);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

// An area's rings in longitude (x) and latitude (y), outer and inner alike:
// a point is inside when it is inside an odd number of them.
struct Rings
{
    QList<QPolygonF> rings;
    QRectF bounds;

    explicit Rings(const osmium::Area &area)
    {
        for (const osmium::OuterRing &outer : area.outer_rings()) {
            append(outer);
            for (const osmium::InnerRing &inner : area.inner_rings(outer))
                append(inner);
        }
        for (const QPolygonF &ring : std::as_const(rings))
            bounds = bounds.isNull() ? ring.boundingRect() : bounds.united(ring.boundingRect());
    }
    void append(const osmium::NodeRefList &ring)
    {
        QPolygonF polygon;
        polygon.reserve(qsizetype(ring.size()));
        for (const osmium::NodeRef &node : ring)
            polygon.append(QPointF(node.location().lon(), node.location().lat()));
        rings.append(polygon);
    }
    bool contains(const QPointF &p) const
    {
        if (!bounds.contains(p))
            return false;
        bool inside = false;
        for (const QPolygonF &ring : rings)
            inside ^= ring.containsPoint(p, Qt::OddEvenFill);
        return inside;
    }
    // A point inside: the outline's centre of mass when that lies inside
    // (most buildings), else the middle of the widest piece of the
    // horizontal line through it (an L- or U-shaped outline, a courtyard).
    std::optional<QPointF> pointInside() const
    {
        double area = 0, cx = 0, cy = 0;
        for (const QPolygonF &ring : rings)
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                const QPointF a = ring.at(i) - bounds.center(), b = ring.at(i + 1) - bounds.center();
                const double cross = a.x() * b.y() - b.x() * a.y();
                area += cross;
                cx += (a.x() + b.x()) * cross;
                cy += (a.y() + b.y()) * cross;
            }
        QPointF centre = bounds.center();
        if (std::abs(area) > 1e-18)
            centre += QPointF(cx / (3 * area), cy / (3 * area));
        if (contains(centre))
            return centre;
        for (const double y : {centre.y(), bounds.center().y()}) {
            std::vector<double> crossings;
            for (const QPolygonF &ring : rings)
                for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                    const QPointF a = ring.at(i), b = ring.at(i + 1);
                    if ((a.y() > y) != (b.y() > y))
                        crossings.push_back(a.x() + (y - a.y()) / (b.y() - a.y()) * (b.x() - a.x()));
                }
            std::sort(crossings.begin(), crossings.end());
            double widest = 0;
            std::optional<QPointF> best;
            for (std::size_t i = 0; i + 1 < crossings.size(); i += 2)
                if (crossings[i + 1] - crossings[i] > widest) {
                    widest = crossings[i + 1] - crossings[i];
                    best = QPointF((crossings[i] + crossings[i + 1]) / 2, y);
                }
            if (best)
                return best;
        }
        return std::nullopt;
    }
    double size() const { return bounds.width() * bounds.height(); }
};

struct Region
{
    QString value; // the postcode, or the municipality's name
    int level = 0; // admin_level; 0 for postal-code areas
    Rings rings;
};

struct Candidate
{
    addresses::Entry entry;
    int rank = 0; // 0 entrance, 1 address node, 2 building or other area
};

class Collector : public osmium::handler::Handler
{
public:
    std::vector<Candidate> candidates;
    std::vector<Region> postcodes, municipalities;
    OsmAddresses counts;
    std::int64_t newest = 0;

    void node(const osmium::Node &node)
    {
        see(node);
        if (!node.location().valid() || !node.tags().has_key("addr:housenumber"))
            return;
        const int rank = node.tags().has_key("entrance") ? 0 : 1;
        if (add(node.tags(), GeoPoint{node.location().lat(), node.location().lon()},
                QStringLiteral("node/%1").arg(node.id()), rank))
            ++counts.fromNodes;
    }
    void way(const osmium::Way &way) { see(way); }
    void relation(const osmium::Relation &relation) { see(relation); }

    void area(const osmium::Area &area)
    {
        const osmium::TagList &tags = area.tags();
        const char *boundary = tags.get_value_by_key("boundary");
        if (boundary && std::strcmp(boundary, "postal_code") == 0) {
            QString code = tag(tags, "postal_code");
            if (code.isEmpty())
                code = tag(tags, "addr:postcode");
            if (!code.isEmpty())
                postcodes.push_back({code, 0, Rings(area)});
        } else if (boundary && std::strcmp(boundary, "administrative") == 0) {
            const int level = tag(tags, "admin_level").toInt();
            const QString name = tag(tags, "name");
            if (level > 0 && level <= 8 && !name.isEmpty())
                municipalities.push_back({name, level, Rings(area)});
        }
        if (!tags.has_key("addr:housenumber"))
            return;
        const auto inside = Rings(area).pointInside();
        if (!inside)
            return;
        const QString origin = QStringLiteral("%1/%2").arg(
            area.from_way() ? QStringLiteral("way") : QStringLiteral("relation"))
                                   .arg(area.orig_id());
        if (add(tags, GeoPoint{inside->y(), inside->x()}, origin, 2))
            ++(area.from_way() ? counts.fromWays : counts.fromRelations);
    }

private:
    void see(const osmium::OSMObject &object)
    {
        newest = std::max<std::int64_t>(newest, object.timestamp().seconds_since_epoch());
    }
    bool add(const osmium::TagList &tags, const GeoPoint &at, const QString &origin, int rank)
    {
        Address address;
        address.street = tag(tags, "addr:street");
        const bool onPlace = address.street.isEmpty();
        if (onPlace)
            address.street = tag(tags, "addr:place");
        if (address.street.isEmpty())
            return false;
        address.postcode = tag(tags, "addr:postcode");
        address.city = tag(tags, "addr:city");
        counts.onPlaces += onPlace;
        // "1;3": one object with two numbers.
        for (const QString &number : tag(tags, "addr:housenumber").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            address.houseNumber = number.trimmed();
            candidates.push_back({{address, at, origin}, rank});
        }
        return true;
    }
};

const Region *enclosing(const std::vector<Region> &regions, const GeoPoint &at)
{
    const QPointF p(at.longitude, at.latitude);
    const Region *best = nullptr;
    for (const Region &r : regions)
        if (r.rings.contains(p) &&
            (!best || r.level > best->level ||
             (r.level == best->level && r.rings.size() < best->rings.size())))
            best = &r;
    return best;
}

} // namespace

OsmAddresses readOsmAddresses(const QString &extract, const std::optional<GeoBox> &keep,
                              const std::function<void(const QString &)> &progress)
{
    const auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    if (!QFileInfo::exists(extract))
        throw BasemapError(QStringLiteral("the extract %1 does not exist").arg(extract));
    Collector collector;
    std::string stamp;
    try {
        const osmium::io::File file{QFile::encodeName(extract).toStdString()};
        osmium::TagsFilter filter{false};
        filter.add_rule(true, osmium::TagMatcher{"addr:housenumber"});
        filter.add_rule(true, osmium::TagMatcher{"boundary", "postal_code"});
        filter.add_rule(true, osmium::TagMatcher{"boundary", "administrative"});
        osmium::area::MultipolygonManager<osmium::area::Assembler> areas{
            osmium::area::Assembler::config_type{}, filter};
        say(QStringLiteral("reading the areas of %1").arg(extract));
        osmium::relations::read_relations(file, areas);

        say(QStringLiteral("reading the addresses"));
        LocationIndex index;
        LocationHandler locations{index};
        locations.ignore_errors(); // a way whose nodes the extract cut off is left out
        osmium::io::Reader reader{file, osmium::osm_entity_bits::nwr};
        stamp = reader.header().get("osmosis_replication_timestamp");
        osmium::apply(reader, locations, collector,
                      areas.handler([&collector](osmium::memory::Buffer &&buffer) {
                          osmium::apply(buffer, collector);
                      }));
        reader.close();
    } catch (const std::exception &e) {
        throw BasemapError(QStringLiteral("the extract %1 cannot be read (%2): it is damaged, "
                                          "incomplete or not OpenStreetMap data")
                               .arg(extract, QString::fromLocal8Bit(e.what())));
    }

    OsmAddresses result = std::move(collector.counts);
    if (!stamp.empty())
        result.dataTimestamp = QDateTime::fromString(QString::fromStdString(stamp), Qt::ISODate);
    if (!result.dataTimestamp.isValid() && collector.newest > 0)
        result.dataTimestamp = QDateTime::fromSecsSinceEpoch(collector.newest, QTimeZone::UTC);

    say(QStringLiteral("%L1 address objects; completing postcodes and towns from %L2 postal "
                       "areas and %L3 administrative areas")
            .arg(collector.candidates.size())
            .arg(collector.postcodes.size())
            .arg(collector.municipalities.size()));
    // Entrances and address nodes first: where both a building and its
    // entrance carry the address, the entrance is where a client goes.
    std::stable_sort(collector.candidates.begin(), collector.candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    QHash<QString, QList<GeoPoint>> kept; // address -> positions kept
    for (Candidate &c : collector.candidates) {
        Address &a = c.entry.address;
        if (keep && !keep->contains(c.entry.position)) {
            ++result.outside;
            continue;
        }
        if (a.postcode.isEmpty())
            if (const Region *r = enclosing(collector.postcodes, c.entry.position)) {
                a.postcode = r->value;
                ++result.postcodeFromArea;
            }
        if (a.city.isEmpty())
            if (const Region *r = enclosing(collector.municipalities, c.entry.position)) {
                a.city = r->value;
                ++result.cityFromArea;
            }
        QList<GeoPoint> &same = kept[a.normalised() + QLatin1Char('|') + a.postcode];
        if (std::any_of(same.cbegin(), same.cend(), [&](const GeoPoint &p) {
                return Geodesy::distanceMetres(p, c.entry.position) <= 50.0;
            })) {
            ++result.duplicates;
            continue;
        }
        same.append(c.entry.position);
        result.entries.push_back(std::move(c.entry));
    }
    return result;
}

void writeOsmAddresses(const OsmAddresses &read, const QString &source, const QString &store)
{
    try {
        if (!InstitutionStore::isDatabaseConnection(store) && !QFileInfo::exists(store))
            InstitutionStore::create(store);
        addresses::Description description;
        description.source = source;
        description.kind = QStringLiteral("openstreetmap");
        if (read.dataTimestamp.isValid())
            description.dataDate = read.dataTimestamp.toUTC().date().toString(Qt::ISODate);
        description.attribution = QString::fromUtf8(OsmAttribution);
        addresses::replace(store, read.entries, description);
    } catch (const StoreError &e) {
        throw BasemapError(e.message());
    }
}

OsmAddresses storeOsmAddresses(const QString &extract, const QString &store,
                               const std::optional<GeoBox> &keep,
                               const std::function<void(const QString &)> &progress)
{
    OsmAddresses result = readOsmAddresses(extract, keep, progress);
    if (result.entries.empty())
        throw BasemapError(
            QStringLiteral("the extract %1 holds no addresses%2; the store's addresses are unchanged")
                .arg(extract, result.outside > 0 ? QStringLiteral(" inside the city (%L1 lie outside)")
                                                         .arg(result.outside)
                                                 : QString()));
    writeOsmAddresses(result, QFileInfo(extract).fileName(), store);
    return result;
}

} // namespace stadtplan::basemap
