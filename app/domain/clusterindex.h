#pragma once

#include "geopoint.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace stadtplan {

// How a ClusterIndex clusters and indexes (supercluster's defaults).
struct ClusterOptions
{
    int minZoom = 0;
    int maxZoom = 16;     // clusters are made up to this zoom; above it every point is alone
    double radius = 40;   // pixels
    double extent = 512;  // tile width in pixels
    int minPoints = 2;    // a cluster holds at least this many points
    int nodeSize = 64;    // k-d tree leaf size

    // What the app's map uses: markers about 40 pixels wide on 256-pixel tiles
    // stay apart, and clusters are made up to the map's highest zoom, where
    // what still clusters shares an address.
    static ClusterOptions forMarkers(double maximumMapZoom);
};

// A point index and a hierarchical clustering of points for the map, built
// once per data set and answering per view:
// - which clusters and single points lie in a box at a zoom level,
// - what a cluster holds (children, leaves, count per category) and at which
//   zoom it splits,
// - the nearest points and the points within a radius.
//
// Clustering is greedy per zoom level, from the highest zoom down: a point (or
// cluster) of the level above absorbs every neighbour within `radius` pixels
// (of a tile `extent` pixels wide) that no other cluster took yet, and the new
// cluster sits at the weighted centre of what it holds. Each level keeps a
// static k-d tree, so a view's query reads only what is near the view.
//
// A filter (which points match) does not rebuild anything: it recounts the
// hierarchy bottom-up in one pass, so every cluster counts, and is placed at
// the centre of, only the matching points it holds; clusters without matching
// points disappear, and a cluster with one is shown as that point. The
// hierarchy keeps the shape built for all points.
class ClusterIndex
{
public:
    using Options = ClusterOptions;

    struct Point
    {
        GeoPoint position;        // invalid positions are kept but never shown
        std::uint32_t categories; // bit i: the point belongs to category i (i < 32)
    };

    using Id = std::uint32_t;
    // One thing to draw: a cluster (count >= 2) or a single point (count == 1,
    // id == the point's index in the input).
    struct Item
    {
        Id id;
        GeoPoint position;
        std::uint32_t count;
        bool isCluster() const { return count > 1; }
        friend bool operator==(const Item &, const Item &) = default;
    };

    struct Neighbour
    {
        Id point;
        double metres; // great-circle distance on the mean Earth sphere
    };

    ClusterIndex();
    // `only`: when not empty, only the points flagged are indexed (the others
    // keep their ids but are never shown or found, whatever the filter).
    ClusterIndex(std::vector<Point> points, int categoryCount, Options options = {}, std::vector<bool> only = {});
    ~ClusterIndex();
    ClusterIndex(ClusterIndex &&) noexcept;
    ClusterIndex &operator=(ClusterIndex &&) noexcept;

    const Options &options() const { return m_options; }
    std::size_t size() const { return m_pointCount; }
    int categoryCount() const { return m_categoryCount; }
    const Point &point(Id point) const { return m_points[point]; }
    const std::vector<Point> &points() const { return m_points; }

    // Which points match (one flag per point); empty: all points.
    void setFilter(std::vector<bool> matches);
    bool matches(Id point) const;
    std::size_t matchingCount() const { return m_matchingCount; }

    // Clusters and single points of matching points in the box at the zoom.
    std::vector<Item> items(const GeoBox &box, double zoom) const;

    bool isCluster(Id id) const { return id >= m_pointCount && id < entityCount(); }
    // The items a cluster splits into one zoom level further in.
    std::vector<Item> children(Id cluster) const;
    // The matching points a cluster holds (point ids), from `offset`, at most `limit`.
    std::vector<Id> leaves(Id cluster, std::size_t limit = std::numeric_limits<std::size_t>::max(),
                           std::size_t offset = 0) const;
    // The lowest zoom at which the cluster shows as more than one item;
    // options().maxZoom + 1 when it never splits (points at one address).
    int expansionZoom(Id cluster) const;
    // The item that shows a matching point at a zoom (the point itself, or
    // the cluster that holds it there); nothing for a point that does not match.
    std::optional<Item> itemHolding(Id point, double zoom) const;
    // Matching points per category in an item (a cluster or a single point).
    std::vector<std::uint32_t> categoryCounts(Id id) const;

    // The k matching points nearest to `from`, nearest first, within `maxMetres`.
    std::vector<Neighbour> nearest(const GeoPoint &from, std::size_t k,
                                   double maxMetres = std::numeric_limits<double>::infinity()) const;
    // Every matching point within `metres` of `from`, nearest first.
    std::vector<Neighbour> within(const GeoPoint &from, double metres) const;

    static constexpr double EarthRadiusMetres = 6371008.8; // mean radius (IUGG)
    static double greatCircleMetres(const GeoPoint &a, const GeoPoint &b);

private:
    struct Node
    {
        double x, y;
        Id id;
        std::uint32_t count; // points it holds
    };
    struct Level
    {
        std::vector<Node> nodes; // k-d tree order
    };

    std::size_t entityCount() const { return m_x.size(); }
    const Level &levelFor(int zoom) const;
    void buildTree(std::vector<Node> &nodes) const;
    template <typename Visit>
    void range(const std::vector<Node> &nodes, double minX, double minY, double maxX, double maxY,
               Visit &&visit) const;
    Item itemFor(Id entity) const;
    void recount();

    Options m_options;
    std::size_t m_pointCount = 0;
    int m_categoryCount = 0;
    std::vector<Point> m_points;
    std::vector<bool> m_indexed; // empty: all points with a position
    // Per entity (points first, then clusters): position in Web Mercator (0..1).
    std::vector<double> m_x, m_y;
    // Per cluster (index: entity - point count): its zoom and its children.
    std::vector<std::uint8_t> m_zoom;
    std::vector<std::uint32_t> m_firstChild; // into m_children; one more entry than clusters
    std::vector<Id> m_children;
    std::vector<Id> m_parent; // per entity: the cluster that took it in, or NoParent
    static constexpr Id NoParent = std::numeric_limits<Id>::max();
    std::vector<Level> m_levels; // index: zoom - minZoom; the last holds the points

    // The filter and what it makes of the hierarchy, per entity.
    std::vector<bool> m_matches;
    std::size_t m_matchingCount = 0;
    struct Matching
    {
        std::uint32_t count = 0; // matching points it holds
        Id sample = 0;           // one of them
        double x = 0, y = 0;     // the sums of their positions
    };
    std::vector<Matching> m_matching; // one record, so a recount reads one place per child
    std::vector<std::uint32_t> m_categoryCounts; // per cluster, categoryCount each
};

} // namespace stadtplan
