#include "clusterindex.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <queue>
#include <utility>

namespace stadtplan {

namespace {

constexpr double Pi = std::numbers::pi;
constexpr double Radians = Pi / 180.0;

// Web Mercator in the unit square: x east from the antimeridian, y south from
// the top of the map (as tiles count them).
double mercatorX(double longitude)
{
    return longitude / 360.0 + 0.5;
}
double mercatorY(double latitude)
{
    const double s = std::sin(latitude * Radians);
    const double y = 0.5 - 0.25 * std::log((1.0 + s) / (1.0 - s)) / Pi;
    return std::clamp(y, 0.0, 1.0);
}
double longitudeOf(double x)
{
    return (x - 0.5) * 360.0;
}
double latitudeOf(double y)
{
    return std::atan(std::sinh(Pi * (1.0 - 2.0 * y))) / Radians;
}

// The great-circle angle (radians) between two points, by the haversine formula.
double angle(double lat1, double lon1, double lat2, double lon2)
{
    const double dLat = (lat2 - lat1) * Radians;
    const double dLon = (lon2 - lon1) * Radians;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * Radians) * std::cos(lat2 * Radians) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

// A lower bound of the great-circle angle from a point to any point of a
// longitude/latitude box: no point of the box is nearer than its latitude
// band, nor nearer than the plane of the box's nearest meridian.
double angleToBox(double lat, double lon, double cosLat, double west, double south, double east, double north)
{
    double bound = 0.0;
    if (lat < south)
        bound = (south - lat) * Radians;
    else if (lat > north)
        bound = (lat - north) * Radians;
    if (lon < west || lon > east) {
        const double dLon = std::min(std::abs(lon - west), std::abs(lon - east)) * Radians;
        const double toMeridian = dLon >= Pi / 2 ? Pi / 2 : std::asin(std::min(1.0, cosLat * std::sin(dLon)));
        bound = std::max(bound, toMeridian);
    }
    return bound;
}

// Cell keys of a level's nodes in a grid of cluster-radius cells, sorted by
// an LSD radix sort (11 bits a pass): the nodes near one another are then
// found by a sweep, with no tree query per node.
struct CellEntry
{
    std::uint64_t key;
    std::uint32_t index;
};

void radixSort(std::vector<CellEntry> &entries, int bits, std::vector<CellEntry> &scratch)
{
    constexpr int Digit = 11;
    constexpr std::size_t Buckets = std::size_t(1) << Digit;
    scratch.resize(entries.size());
    std::vector<std::uint32_t> offsets(Buckets);
    for (int shift = 0; shift < bits; shift += Digit) {
        std::fill(offsets.begin(), offsets.end(), 0);
        for (const CellEntry &e : entries)
            ++offsets[(e.key >> shift) & (Buckets - 1)];
        std::uint32_t sum = 0;
        for (std::uint32_t &o : offsets)
            sum += std::exchange(o, sum);
        for (const CellEntry &e : entries)
            scratch[offsets[(e.key >> shift) & (Buckets - 1)]++] = e;
        entries.swap(scratch);
    }
}

} // namespace

ClusterOptions ClusterOptions::forMarkers(double maximumMapZoom)
{
    ClusterOptions options;
    options.extent = 256;
    options.radius = 44;
    options.maxZoom = std::clamp(static_cast<int>(std::ceil(maximumMapZoom)), 0, 24);
    return options;
}

ClusterIndex::ClusterIndex() = default;
ClusterIndex::~ClusterIndex() = default;
ClusterIndex::ClusterIndex(ClusterIndex &&) noexcept = default;
ClusterIndex &ClusterIndex::operator=(ClusterIndex &&) noexcept = default;

double ClusterIndex::greatCircleMetres(const GeoPoint &a, const GeoPoint &b)
{
    return angle(a.latitude, a.longitude, b.latitude, b.longitude) * EarthRadiusMetres;
}

void ClusterIndex::buildTree(std::vector<Node> &nodes) const
{
    // Sorts into k-d order: the median of each range on alternating axes,
    // ranges of nodeSize or fewer left as they are.
    struct Range
    {
        std::size_t left, right; // inclusive
        int axis;
    };
    std::vector<Range> stack;
    if (nodes.size() > 1)
        stack.push_back({0, nodes.size() - 1, 0});
    const auto nodeSize = static_cast<std::size_t>(std::max(1, m_options.nodeSize));
    while (!stack.empty()) {
        const Range r = stack.back();
        stack.pop_back();
        if (r.right - r.left <= nodeSize)
            continue;
        const std::size_t m = (r.left + r.right) / 2;
        const auto begin = nodes.begin();
        if (r.axis == 0)
            std::nth_element(begin + r.left, begin + m, begin + r.right + 1,
                             [](const Node &a, const Node &b) { return a.x < b.x; });
        else
            std::nth_element(begin + r.left, begin + m, begin + r.right + 1,
                             [](const Node &a, const Node &b) { return a.y < b.y; });
        if (m > r.left)
            stack.push_back({r.left, m - 1, 1 - r.axis});
        stack.push_back({m + 1, r.right, 1 - r.axis});
    }
}

template <typename Visit>
void ClusterIndex::range(const std::vector<Node> &nodes, double minX, double minY, double maxX, double maxY,
                         Visit &&visit) const
{
    if (nodes.empty())
        return;
    struct Range
    {
        std::size_t left, right;
        int axis;
    };
    Range stack[128];
    int top = 0;
    stack[top++] = {0, nodes.size() - 1, 0};
    const auto nodeSize = static_cast<std::size_t>(std::max(1, m_options.nodeSize));
    while (top > 0) {
        const Range r = stack[--top];
        if (r.right - r.left <= nodeSize) {
            for (std::size_t i = r.left; i <= r.right; ++i) {
                const Node &n = nodes[i];
                if (n.x >= minX && n.x <= maxX && n.y >= minY && n.y <= maxY)
                    visit(n);
            }
            continue;
        }
        const std::size_t m = (r.left + r.right) / 2;
        const Node &n = nodes[m];
        if (n.x >= minX && n.x <= maxX && n.y >= minY && n.y <= maxY)
            visit(n);
        const double v = r.axis == 0 ? n.x : n.y;
        const double lo = r.axis == 0 ? minX : minY;
        const double hi = r.axis == 0 ? maxX : maxY;
        if (lo <= v && m > r.left)
            stack[top++] = {r.left, m - 1, 1 - r.axis};
        if (hi >= v)
            stack[top++] = {m + 1, r.right, 1 - r.axis};
    }
}

ClusterIndex::ClusterIndex(std::vector<Point> points, int categoryCount, Options options, std::vector<bool> only)
    : m_options(options)
    , m_pointCount(points.size())
    , m_categoryCount(std::clamp(categoryCount, 0, 32))
    , m_points(std::move(points))
    , m_indexed(std::move(only))
{
    if (!m_indexed.empty())
        m_indexed.resize(m_pointCount, false);
    m_options.minZoom = std::max(m_options.minZoom, 0);
    // Up to zoom 24 the grid of any level has at most 2^29 cells a side.
    m_options.minZoom = std::min(m_options.minZoom, 24);
    m_options.maxZoom = std::clamp(m_options.maxZoom, m_options.minZoom, 24);
    m_options.minPoints = std::max(2, m_options.minPoints);
    const std::size_t n = m_pointCount;
    m_x.reserve(n * 2);
    m_y.reserve(n * 2);

    // The points, the highest level.
    std::vector<Node> level;
    level.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const GeoPoint &p = m_points[i].position;
        const bool valid = p.isValid() && (m_indexed.empty() || m_indexed[i]);
        m_x.push_back(valid ? mercatorX(p.longitude) : 0.0);
        m_y.push_back(valid ? mercatorY(p.latitude) : 0.0);
        if (valid)
            level.push_back({m_x.back(), m_y.back(), static_cast<Id>(i), 1});
    }
    buildTree(level);
    const int levels = m_options.maxZoom - m_options.minZoom + 2;
    m_levels.resize(static_cast<std::size_t>(levels));
    m_levels.back().nodes = std::move(level);
    m_firstChild.push_back(0);

    // Each zoom's clusters from the level above, from the highest zoom down.
    // The level above is put in a grid of cells as wide as the cluster
    // radius, so a node's neighbours are in its own and the eight cells
    // around; walking the cells in order, the start of each of the three
    // rows of cells to look in only moves forward. `taken` marks the nodes
    // of the level above by their place in it.
    std::vector<std::uint8_t> taken;
    std::vector<std::size_t> neighbours;
    std::vector<CellEntry> cells, scratch;
    for (int zoom = m_options.maxZoom; zoom >= m_options.minZoom; --zoom) {
        const std::vector<Node> &above = m_levels[static_cast<std::size_t>(zoom - m_options.minZoom + 1)].nodes;
        std::vector<Node> current;
        current.reserve(above.size());
        taken.assign(above.size(), 0);
        const double r = m_options.radius / (m_options.extent * std::ldexp(1.0, zoom));
        const double r2 = r * r;
        // Columns and rows count from 1, so the cells left of and above the first exist.
        const auto cellsAcross = static_cast<std::uint64_t>(std::ceil(1.0 / r)) + 2;
        int bits = 1;
        while ((std::uint64_t(1) << bits) < cellsAcross)
            ++bits;
        const auto cellOf = [&](double v) { return static_cast<std::uint64_t>(std::floor(v / r)) + 1; };
        cells.resize(above.size());
        for (std::size_t k = 0; k < above.size(); ++k)
            cells[k] = {(cellOf(above[k].y) << bits) | cellOf(above[k].x), static_cast<std::uint32_t>(k)};
        radixSort(cells, 2 * bits, scratch);

        bool merged = false;
        std::size_t rowStart[3] = {0, 0, 0};
        for (const CellEntry &cell : cells) {
            const std::size_t k = cell.index;
            if (taken[k])
                continue;
            taken[k] = 1;
            const Node &node = above[k];
            neighbours.clear();
            std::uint64_t count = node.count;
            for (int dr = 0; dr < 3; ++dr) {
                // Cells (row - 1 + dr, column - 1 .. column + 1).
                const std::uint64_t first = cell.key + (std::uint64_t(dr) << bits) - (std::uint64_t(1) << bits) - 1;
                const std::uint64_t last = first + 2;
                std::size_t &j = rowStart[dr];
                while (j < cells.size() && cells[j].key < first)
                    ++j;
                for (std::size_t q = j; q < cells.size() && cells[q].key <= last; ++q) {
                    const std::size_t o = cells[q].index;
                    if (taken[o])
                        continue;
                    const Node &other = above[o];
                    const double dx = other.x - node.x, dy = other.y - node.y;
                    if (dx * dx + dy * dy <= r2) {
                        neighbours.push_back(o);
                        count += other.count;
                    }
                }
            }
            if (neighbours.empty() || count < static_cast<std::uint64_t>(m_options.minPoints)) {
                current.push_back(node);
                // Too few to cluster: they stay as they are, each on its own.
                for (std::size_t j : neighbours) {
                    taken[j] = 1;
                    current.push_back(above[j]);
                }
                continue;
            }
            merged = true;
            double sx = node.x * node.count, sy = node.y * node.count;
            m_children.push_back(node.id);
            m_parent.resize(m_x.size() + 1, NoParent);
            m_parent[node.id] = static_cast<Id>(m_x.size());
            for (std::size_t j : neighbours) {
                const Node &other = above[j];
                taken[j] = 1;
                sx += other.x * other.count;
                sy += other.y * other.count;
                m_children.push_back(other.id);
                m_parent[other.id] = static_cast<Id>(m_x.size());
            }
            const Id cluster = static_cast<Id>(m_x.size());
            m_x.push_back(sx / double(count));
            m_y.push_back(sy / double(count));
            m_zoom.push_back(static_cast<std::uint8_t>(zoom));
            m_firstChild.push_back(static_cast<std::uint32_t>(m_children.size()));
            current.push_back({m_x.back(), m_y.back(), cluster, static_cast<std::uint32_t>(count)});
        }
        // Nodes were taken in cell order: the level needs its own k-d order,
        // unless nothing merged and it is the level above as it was.
        if (merged)
            buildTree(current);
        else
            current = above;
        m_levels[static_cast<std::size_t>(zoom - m_options.minZoom)].nodes = std::move(current);
    }
    m_parent.resize(m_x.size(), NoParent);
    m_x.shrink_to_fit();
    m_y.shrink_to_fit();
    setFilter({});
}

const ClusterIndex::Level &ClusterIndex::levelFor(int zoom) const
{
    const int z = std::clamp(zoom, m_options.minZoom, m_options.maxZoom + 1);
    return m_levels[static_cast<std::size_t>(z - m_options.minZoom)];
}

bool ClusterIndex::matches(Id point) const
{
    return point < m_pointCount && m_points[point].position.isValid() && (m_indexed.empty() || m_indexed[point])
        && (m_matches.empty() || m_matches[point]);
}

void ClusterIndex::setFilter(std::vector<bool> matches)
{
    m_matches = std::move(matches);
    if (!m_matches.empty())
        m_matches.resize(m_pointCount, false);
    recount();
}

void ClusterIndex::recount()
{
    const std::size_t entities = entityCount();
    const auto k = static_cast<std::size_t>(m_categoryCount);
    m_matching.assign(entities, Matching{});
    m_categoryCounts.assign((entities - m_pointCount) * k, 0);
    m_matchingCount = 0;
    for (std::size_t i = 0; i < m_pointCount; ++i) {
        if (!matches(static_cast<Id>(i)))
            continue;
        m_matching[i] = {1, static_cast<Id>(i), m_x[i], m_y[i]};
        ++m_matchingCount;
    }
    // Clusters were made from the highest zoom down, so a cluster's children
    // always come before it.
    for (std::size_t c = m_pointCount; c < entities; ++c) {
        const std::size_t own = c - m_pointCount;
        Matching &mine = m_matching[c];
        std::uint32_t *counts = m_categoryCounts.data() + own * k;
        for (std::uint32_t j = m_firstChild[own]; j < m_firstChild[own + 1]; ++j) {
            const Id child = m_children[j];
            const Matching &theirs = m_matching[child];
            if (theirs.count == 0)
                continue;
            mine.count += theirs.count;
            mine.x += theirs.x;
            mine.y += theirs.y;
            mine.sample = theirs.sample;
            if (child < m_pointCount) {
                const std::uint32_t bits = m_points[child].categories;
                for (std::size_t b = 0; b < k; ++b)
                    counts[b] += (bits >> b) & 1u;
            } else {
                const std::uint32_t *childCounts = m_categoryCounts.data() + (child - m_pointCount) * k;
                for (std::size_t b = 0; b < k; ++b)
                    counts[b] += childCounts[b];
            }
        }
    }
}

ClusterIndex::Item ClusterIndex::itemFor(Id entity) const
{
    const std::uint32_t count = m_matching[entity].count;
    if (count == 1 || entity < m_pointCount) {
        const Id point = m_matching[entity].sample;
        return {point, m_points[point].position, 1};
    }
    return {entity, {latitudeOf(m_matching[entity].y / count), longitudeOf(m_matching[entity].x / count)}, count};
}

std::vector<ClusterIndex::Item> ClusterIndex::items(const GeoBox &box, double zoom) const
{
    std::vector<Item> out;
    if (m_levels.empty() || m_matchingCount == 0 || !std::isfinite(zoom))
        return out;
    const int z = std::clamp(static_cast<int>(std::floor(zoom)), m_options.minZoom, m_options.maxZoom + 1);
    const double minX = mercatorX(std::max(-180.0, box.west)), maxX = mercatorX(std::min(180.0, box.east));
    const double minY = mercatorY(std::min(90.0, box.north)), maxY = mercatorY(std::max(-90.0, box.south));
    // A cluster is kept where all its points put it; its matching points'
    // centre lies within a few cluster radii of that, so look that much wider
    // and keep what the filter puts inside the box.
    const double margin = z > m_options.maxZoom ? 0.0 : 4.0 * m_options.radius / (m_options.extent * std::ldexp(1.0, z));
    range(levelFor(z).nodes, minX - margin, minY - margin, maxX + margin, maxY + margin, [&](const Node &node) {
        const std::uint32_t count = m_matching[node.id].count;
        if (count == 0)
            return;
        const double x = count == 1 ? m_x[m_matching[node.id].sample] : m_matching[node.id].x / count;
        const double y = count == 1 ? m_y[m_matching[node.id].sample] : m_matching[node.id].y / count;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY)
            out.push_back(itemFor(node.id));
    });
    return out;
}

std::vector<ClusterIndex::Item> ClusterIndex::children(Id cluster) const
{
    std::vector<Item> out;
    if (!isCluster(cluster))
        return out;
    const std::size_t own = cluster - m_pointCount;
    for (std::uint32_t j = m_firstChild[own]; j < m_firstChild[own + 1]; ++j) {
        if (m_matching[m_children[j]].count > 0)
            out.push_back(itemFor(m_children[j]));
    }
    return out;
}

std::vector<ClusterIndex::Id> ClusterIndex::leaves(Id cluster, std::size_t limit, std::size_t offset) const
{
    std::vector<Id> out;
    if (!isCluster(cluster)) {
        if (cluster < m_pointCount && matches(cluster) && offset == 0 && limit > 0)
            out.push_back(cluster);
        return out;
    }
    std::vector<Id> stack{cluster};
    std::size_t skipped = 0;
    while (!stack.empty() && out.size() < limit) {
        const Id e = stack.back();
        stack.pop_back();
        if (m_matching[e].count == 0)
            continue;
        if (e < m_pointCount) {
            if (skipped++ >= offset)
                out.push_back(e);
            continue;
        }
        if (skipped + m_matching[e].count <= offset) { // the whole subtree is before the page
            skipped += m_matching[e].count;
            continue;
        }
        const std::size_t own = e - m_pointCount;
        for (std::uint32_t j = m_firstChild[own + 1]; j > m_firstChild[own]; --j)
            stack.push_back(m_children[j - 1]);
    }
    return out;
}

int ClusterIndex::expansionZoom(Id cluster) const
{
    if (!isCluster(cluster))
        return m_options.maxZoom + 1;
    Id c = cluster;
    for (;;) {
        const int zoom = m_zoom[c - m_pointCount] + 1;
        const std::size_t own = c - m_pointCount;
        Id only = 0;
        int matching = 0;
        for (std::uint32_t j = m_firstChild[own]; j < m_firstChild[own + 1]; ++j) {
            if (m_matching[m_children[j]].count > 0) {
                only = m_children[j];
                ++matching;
            }
        }
        // One matching child that is itself a cluster of several: that one shows
        // in this cluster's place until it splits in turn.
        if (matching != 1 || !isCluster(only) || m_matching[only].count < 2)
            return zoom;
        c = only;
    }
}

std::optional<ClusterIndex::Item> ClusterIndex::itemHolding(Id point, double zoom) const
{
    if (!matches(point) || !std::isfinite(zoom))
        return std::nullopt;
    // A point shows at every level above the zoom its cluster was made at;
    // the cluster, at its own zoom and down to where a larger one took it in.
    const int z = std::clamp(static_cast<int>(std::floor(zoom)), m_options.minZoom, m_options.maxZoom + 1);
    Id shown = point;
    for (Id parent = m_parent[point]; parent != NoParent && m_zoom[parent - m_pointCount] >= z; parent = m_parent[parent])
        shown = parent;
    return itemFor(shown);
}

std::vector<std::uint32_t> ClusterIndex::categoryCounts(Id id) const
{
    const auto k = static_cast<std::size_t>(m_categoryCount);
    std::vector<std::uint32_t> out(k, 0);
    if (id < m_pointCount) {
        if (matches(id)) {
            for (std::size_t b = 0; b < k; ++b)
                out[b] = (m_points[id].categories >> b) & 1u;
        }
    } else if (isCluster(id)) {
        const std::uint32_t *counts = m_categoryCounts.data() + (id - m_pointCount) * k;
        std::copy(counts, counts + k, out.begin());
    }
    return out;
}

std::vector<ClusterIndex::Neighbour> ClusterIndex::nearest(const GeoPoint &from, std::size_t k, double maxMetres) const
{
    std::vector<Neighbour> out;
    if (k == 0 || m_levels.empty() || !from.isValid() || m_matchingCount == 0)
        return out;
    const std::vector<Node> &nodes = m_levels.back().nodes;
    if (nodes.empty())
        return out;
    const double lat = from.latitude, lon = from.longitude;
    const double cosLat = std::cos(lat * Radians);
    const double maxAngle = maxMetres / EarthRadiusMetres;

    // Best first over the k-d tree: ranges and points in one queue, ordered by
    // a lower bound of their distance (exact for points); a point that comes
    // out first is nearer than anything still queued.
    struct Entry
    {
        double angle;
        std::size_t left, right; // a range of the tree, or a point (left: its id)
        int axis;                // -1 for a point
        double minX, minY, maxX, maxY;
        bool operator>(const Entry &o) const { return angle > o.angle; }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    const auto push = [&](std::size_t left, std::size_t right, int axis, double minX, double minY, double maxX,
                          double maxY) {
        const double a = angleToBox(lat, lon, cosLat, longitudeOf(minX), latitudeOf(maxY), longitudeOf(maxX),
                                    latitudeOf(minY));
        if (a <= maxAngle)
            queue.push({a, left, right, axis, minX, minY, maxX, maxY});
    };
    const auto pushPoint = [&](const Node &n) {
        if (!matches(n.id))
            return;
        const GeoPoint &p = m_points[n.id].position;
        const double a = angle(lat, lon, p.latitude, p.longitude);
        if (a <= maxAngle)
            queue.push({a, n.id, 0, -1, 0, 0, 0, 0});
    };
    push(0, nodes.size() - 1, 0, 0.0, 0.0, 1.0, 1.0);
    const auto nodeSize = static_cast<std::size_t>(std::max(1, m_options.nodeSize));
    while (!queue.empty() && out.size() < k) {
        const Entry e = queue.top();
        queue.pop();
        if (e.axis < 0) {
            out.push_back({static_cast<Id>(e.left), e.angle * EarthRadiusMetres});
            continue;
        }
        if (e.right - e.left <= nodeSize) {
            for (std::size_t i = e.left; i <= e.right; ++i)
                pushPoint(nodes[i]);
            continue;
        }
        const std::size_t m = (e.left + e.right) / 2;
        const Node &n = nodes[m];
        pushPoint(n);
        if (e.axis == 0) {
            if (m > e.left)
                push(e.left, m - 1, 1, e.minX, e.minY, n.x, e.maxY);
            push(m + 1, e.right, 1, n.x, e.minY, e.maxX, e.maxY);
        } else {
            if (m > e.left)
                push(e.left, m - 1, 0, e.minX, e.minY, e.maxX, n.y);
            push(m + 1, e.right, 0, e.minX, n.y, e.maxX, e.maxY);
        }
    }
    return out;
}

std::vector<ClusterIndex::Neighbour> ClusterIndex::within(const GeoPoint &from, double metres) const
{
    return nearest(from, std::numeric_limits<std::size_t>::max(), metres);
}

} // namespace stadtplan
