#include "extractclip.h"

#include "basemapbuild.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <osmium/index/id_set.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/io/header.hpp>
#include <osmium/io/pbf_output.hpp>
#include <osmium/io/reader.hpp>
#include <osmium/io/writer.hpp>
#include <osmium/osm/box.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/relation.hpp>
#include <osmium/osm/way.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>
#include <unordered_set>

namespace stadtplan::basemap {

namespace {

// Object ids as OpenStreetMap has them (positive, dense: a bit each), and the
// negative ids of files made by editors (few: a hash set).
class IdSet
{
public:
    void set(osmium::object_id_type id)
    {
        if (id >= 0)
            m_positive.set(osmium::unsigned_object_id_type(id));
        else
            m_negative.insert(id);
    }
    bool get(osmium::object_id_type id) const
    {
        return id >= 0 ? m_positive.get(osmium::unsigned_object_id_type(id))
                       : m_negative.count(id) > 0;
    }

private:
    osmium::index::IdSetDense<osmium::unsigned_object_id_type> m_positive;
    std::unordered_set<osmium::object_id_type> m_negative;
};

template <typename Visit>
void readAll(const QString &path, osmium::osm_entity_bits::type entities, Visit visit,
             osmium::io::Header *header = nullptr)
{
    osmium::io::Reader reader{osmium::io::File{QFile::encodeName(path).toStdString()}, entities};
    if (header)
        *header = reader.header();
    while (osmium::memory::Buffer buffer = reader.read()) {
        for (const osmium::OSMObject &object : buffer.select<osmium::OSMObject>())
            visit(object);
    }
    reader.close();
}

bool isArea(const osmium::Relation &relation)
{
    const char *type = relation.tags().get_value_by_key("type");
    return type && (std::strcmp(type, "multipolygon") == 0 || std::strcmp(type, "boundary") == 0);
}

} // namespace

GeoBox widened(const GeoBox &box, double metres)
{
    constexpr double metresPerDegree = 111'320.0;
    const double latitude = (box.south + box.north) / 2 * std::numbers::pi / 180.0;
    const double dLat = metres / metresPerDegree;
    const double dLon = metres / (metresPerDegree * std::max(0.01, std::cos(latitude)));
    return {box.west - dLon, box.south - dLat, box.east + dLon, box.north + dLat};
}

ClipResult clipExtract(const QString &input, const QString &output, const GeoBox &box,
                       const std::function<void(const QString &)> &progress)
{
    const auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    if (!QFileInfo::exists(input))
        throw BasemapError(QStringLiteral("the extract %1 does not exist").arg(input));
    ClipResult result;
    const QString partial = output + QStringLiteral(".part");
    try {
        // Pass 1: the nodes inside, the ways that touch them, the relations
        // that have a member kept.
        IdSet nodes, ways, relations, areaWays;
        double west = std::numeric_limits<double>::max(), south = west;
        double east = std::numeric_limits<double>::lowest(), north = east;
        std::int64_t newest = 0;
        osmium::io::Header header;
        say(QStringLiteral("reading %1 for what lies in %2").arg(input, boxText(box)));
        readAll(
            input, osmium::osm_entity_bits::nwr,
            [&](const osmium::OSMObject &object) {
                newest = std::max<std::int64_t>(newest, object.timestamp().seconds_since_epoch());
                switch (object.type()) {
                case osmium::item_type::node: {
                    const auto &node = static_cast<const osmium::Node &>(object);
                    const osmium::Location at = node.location();
                    if (!at.valid())
                        return;
                    ++result.nodesRead;
                    const double lon = at.lon(), lat = at.lat();
                    west = std::min(west, lon);
                    east = std::max(east, lon);
                    south = std::min(south, lat);
                    north = std::max(north, lat);
                    if (lon >= box.west && lon <= box.east && lat >= box.south &&
                        lat <= box.north) {
                        nodes.set(node.id());
                        ++result.nodes;
                    }
                    return;
                }
                case osmium::item_type::way: {
                    const auto &way = static_cast<const osmium::Way &>(object);
                    for (const osmium::NodeRef &ref : way.nodes())
                        if (nodes.get(ref.ref())) {
                            ways.set(way.id());
                            return;
                        }
                    return;
                }
                case osmium::item_type::relation: {
                    const auto &relation = static_cast<const osmium::Relation &>(object);
                    bool kept = false;
                    for (const osmium::RelationMember &m : relation.members())
                        if ((m.type() == osmium::item_type::node && nodes.get(m.ref())) ||
                            (m.type() == osmium::item_type::way && ways.get(m.ref()))) {
                            kept = true;
                            break;
                        }
                    if (!kept)
                        return;
                    relations.set(relation.id());
                    if (isArea(relation))
                        for (const osmium::RelationMember &m : relation.members())
                            if (m.type() == osmium::item_type::way)
                                areaWays.set(m.ref());
                    return;
                }
                default:
                    return;
                }
            },
            &header);
        if (result.nodesRead > 0)
            result.extractBounds = {west, south, east, north};
        if (result.nodes == 0)
            throw BasemapError(
                result.nodesRead == 0
                    ? QStringLiteral("the extract %1 holds no OpenStreetMap nodes").arg(input)
                    : QStringLiteral("the extract %1 does not cover the city: none of its %L2 "
                                     "nodes lies in %3 (its nodes lie in %4)")
                          .arg(input)
                          .arg(result.nodesRead)
                          .arg(boxText(box), boxText(result.extractBounds)));

        // Pass 2: every node of the kept ways, and the ways that close the
        // kept areas.
        say(QStringLiteral("collecting the ways' nodes"));
        IdSet wayNodes;
        readAll(input, osmium::osm_entity_bits::way, [&](const osmium::OSMObject &object) {
            if (!ways.get(object.id()) && !areaWays.get(object.id()))
                return;
            ways.set(object.id());
            for (const osmium::NodeRef &ref : static_cast<const osmium::Way &>(object).nodes())
                wayNodes.set(ref.ref());
        });

        // Pass 3: write what was kept.
        say(QStringLiteral("writing the city's part"));
        osmium::io::Header out;
        out.set("generator", "Stadtplan");
        out.add_box(osmium::Box{box.west, box.south, box.east, box.north});
        for (const char *key : {"osmosis_replication_timestamp",
                                "osmosis_replication_sequence_number",
                                "osmosis_replication_base_url"}) {
            const std::string value = header.get(key);
            if (!value.empty())
                out.set(key, value);
        }
        QFile::remove(partial);
        result.nodes = 0;
        {
            osmium::io::Writer writer{
                osmium::io::File{QFile::encodeName(partial).toStdString(), "pbf"}, out,
                osmium::io::overwrite::allow};
            readAll(input, osmium::osm_entity_bits::nwr, [&](const osmium::OSMObject &object) {
                bool keep = false;
                switch (object.type()) {
                case osmium::item_type::node:
                    keep = nodes.get(object.id()) || wayNodes.get(object.id());
                    result.nodes += keep;
                    break;
                case osmium::item_type::way:
                    keep = ways.get(object.id());
                    result.ways += keep;
                    break;
                case osmium::item_type::relation:
                    keep = relations.get(object.id());
                    result.relations += keep;
                    break;
                default:
                    break;
                }
                if (keep)
                    writer(object);
            });
            writer.close();
        }

        const std::string stamp = header.get("osmosis_replication_timestamp");
        if (!stamp.empty())
            result.dataTimestamp =
                QDateTime::fromString(QString::fromStdString(stamp), Qt::ISODate);
        if (!result.dataTimestamp.isValid() && newest > 0)
            result.dataTimestamp = QDateTime::fromSecsSinceEpoch(newest, QTimeZone::UTC);
    } catch (const BasemapError &) {
        QFile::remove(partial);
        throw;
    } catch (const std::exception &e) {
        QFile::remove(partial);
        throw BasemapError(QStringLiteral("the extract %1 cannot be read (%2): it is damaged, "
                                          "incomplete or not OpenStreetMap data")
                               .arg(input, QString::fromLocal8Bit(e.what())));
    }
    QFile::remove(output);
    if (!QFile::rename(partial, output)) {
        QFile::remove(partial);
        throw BasemapError(QStringLiteral("cannot write %1").arg(output));
    }
    return result;
}

} // namespace stadtplan::basemap
