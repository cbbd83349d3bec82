// The clustering engine and point index against brute force on seeded
// random data: counts add up at every zoom, every matching point is in exactly
// one item, children and expansion zooms agree with what the levels show,
// filters recount, and nearest-k / radius match a full scan.
#include "clusterindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace stadtplan;

namespace {

constexpr int Categories = 16;
const GeoBox World{-180, -85, 180, 85};

// Points around a few centres (as institutions gather in towns), some far
// out, and a handful at exactly the same address.
std::vector<ClusterIndex::Point> randomPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const GeoPoint centres[] = {{52.0211, 8.5325}, {51.9607, 7.6261}, {51.4556, 7.0116}, {50.9375, 6.9603}};
    std::vector<ClusterIndex::Point> points;
    for (int i = 0; i < count; ++i) {
        const GeoPoint &c = centres[random.bounded(4)];
        const double spread = random.bounded(10) == 0 ? 1.5 : 0.08;
        const GeoPoint p{c.latitude + (random.generateDouble() - 0.5) * spread,
                         c.longitude + (random.generateDouble() - 0.5) * spread * 1.6};
        points.push_back({p, (1u << random.bounded(Categories)) | (1u << random.bounded(Categories))});
    }
    for (int i = 0; i < 5; ++i)
        points.push_back({{52.03, 8.53}, 1u});
    return points;
}

std::vector<ClusterIndex::Id> leavesOf(const ClusterIndex &index, const ClusterIndex::Item &item)
{
    return item.isCluster() ? index.leaves(item.id) : std::vector<ClusterIndex::Id>{item.id};
}

} // namespace

class TestClusterIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMatchingPointOnceAtEveryZoom_data()
    {
        QTest::addColumn<bool>("filtered");
        QTest::newRow("all points") << false;
        QTest::newRow("a filter") << true;
    }
    void everyMatchingPointOnceAtEveryZoom()
    {
        QFETCH(bool, filtered);
        ClusterIndex index(randomPoints(3000, 7), Categories);
        std::set<ClusterIndex::Id> expected;
        if (filtered) {
            std::vector<bool> matches(index.size());
            QRandomGenerator random(11);
            for (std::size_t i = 0; i < matches.size(); ++i)
                matches[i] = random.bounded(3) == 0;
            index.setFilter(matches);
            for (std::size_t i = 0; i < matches.size(); ++i)
                if (matches[i])
                    expected.insert(ClusterIndex::Id(i));
        } else {
            for (std::size_t i = 0; i < index.size(); ++i)
                expected.insert(ClusterIndex::Id(i));
        }
        QCOMPARE(index.matchingCount(), expected.size());
        int previousItems = 0;
        for (int zoom = 0; zoom <= index.options().maxZoom + 2; ++zoom) {
            const auto items = index.items(World, zoom);
            std::set<ClusterIndex::Id> seen;
            std::size_t total = 0;
            for (const auto &item : items) {
                total += item.count;
                const auto leaves = leavesOf(index, item);
                QCOMPARE(leaves.size(), std::size_t(item.count));
                for (auto leaf : leaves) {
                    QVERIFY2(seen.insert(leaf).second, qPrintable(QStringLiteral("point %1 twice at zoom %2").arg(leaf).arg(zoom)));
                    QVERIFY(index.matches(leaf));
                }
                if (!item.isCluster())
                    QCOMPARE(item.position, index.point(item.id).position);
            }
            QCOMPARE(total, expected.size());
            QVERIFY(seen == expected);
            // Zooming in never merges what was apart.
            QVERIFY(int(items.size()) >= previousItems);
            previousItems = int(items.size());
        }
        // Above the highest clustering zoom, only the five points at one address stay together.
        const auto finest = index.items(World, index.options().maxZoom);
        const auto sameAddress = std::count_if(finest.cbegin(), finest.cend(), [](const auto &i) { return i.isCluster(); });
        QVERIFY(sameAddress >= 1);
        QCOMPARE(index.items(World, index.options().maxZoom + 1).size(), expected.size());
    }

    void childrenAndExpansionZoomAgreeWithTheLevels()
    {
        ClusterIndex index(randomPoints(2000, 3), Categories);
        std::vector<bool> matches(index.size());
        for (std::size_t i = 0; i < matches.size(); ++i)
            matches[i] = i % 4 != 1;
        index.setFilter(matches);
        int checked = 0;
        for (int zoom = 2; zoom <= index.options().maxZoom; zoom += 2) {
            for (const auto &item : index.items(World, zoom)) {
                if (!item.isCluster())
                    continue;
                const auto leaves = index.leaves(item.id);
                const std::set<ClusterIndex::Id> mine(leaves.cbegin(), leaves.cend());
                // The children hold exactly the cluster's points.
                std::set<ClusterIndex::Id> fromChildren;
                std::uint32_t childTotal = 0;
                for (const auto &child : index.children(item.id)) {
                    childTotal += child.count;
                    for (auto leaf : leavesOf(index, child))
                        fromChildren.insert(leaf);
                }
                QCOMPARE(childTotal, item.count);
                QVERIFY(fromChildren == mine);

                // At the expansion zoom its points are in more than one item;
                // one zoom before, in one.
                const int expansion = index.expansionZoom(item.id);
                QVERIFY(expansion > zoom);
                const auto itemsHolding = [&](int z) {
                    std::set<ClusterIndex::Id> holders;
                    for (const auto &other : index.items(World, z)) {
                        for (auto leaf : leavesOf(index, other))
                            if (mine.count(leaf))
                                holders.insert(other.id);
                    }
                    return holders.size();
                };
                QCOMPARE(itemsHolding(expansion - 1), std::size_t(1));
                if (expansion <= index.options().maxZoom + 1)
                    QVERIFY(itemsHolding(expansion) >= 2);

                // Counts per category add up from the points.
                std::vector<std::uint32_t> expected(Categories, 0);
                for (auto leaf : leaves)
                    for (int b = 0; b < Categories; ++b)
                        expected[b] += (index.point(leaf).categories >> b) & 1u;
                QVERIFY(index.categoryCounts(item.id) == expected);
                if (++checked > 150)
                    return;
            }
        }
        QVERIFY(checked > 20);
    }

    void anIndexOfSomePointsShowsOnlyThose()
    {
        const auto points = randomPoints(2000, 21);
        std::vector<bool> only(points.size());
        for (std::size_t i = 0; i < only.size(); ++i)
            only[i] = i % 5 == 0;
        ClusterIndex index(points, Categories, {}, only);
        const auto expected = std::size_t(std::count(only.cbegin(), only.cend(), true));
        QCOMPARE(index.matchingCount(), expected);
        // A filter cannot bring in what was left out of the index.
        index.setFilter(std::vector<bool>(points.size(), true));
        QCOMPARE(index.matchingCount(), expected);
        for (int zoom : {3, 9, 14, 17}) {
            std::size_t total = 0;
            for (const auto &item : index.items(World, zoom)) {
                total += item.count;
                for (auto leaf : leavesOf(index, item))
                    QVERIFY(only[leaf]);
            }
            QCOMPARE(total, expected);
        }
        for (const auto &n : index.nearest({52.0, 8.5}, 20))
            QVERIFY(only[n.point]);
    }

    void theItemHoldingAPointIsTheOneShown()
    {
        ClusterIndex index(randomPoints(2000, 29), Categories);
        std::vector<bool> matches(index.size());
        for (std::size_t i = 0; i < matches.size(); ++i)
            matches[i] = i % 3 != 0;
        index.setFilter(matches);
        for (int zoom = 0; zoom <= index.options().maxZoom + 1; zoom += 3) {
            std::map<ClusterIndex::Id, ClusterIndex::Item> shownFor;
            for (const auto &item : index.items(World, zoom)) {
                for (auto leaf : leavesOf(index, item))
                    shownFor.emplace(leaf, item);
            }
            for (ClusterIndex::Id point = 0; point < index.size(); point += 7) {
                const auto holding = index.itemHolding(point, zoom + 0.5);
                if (!index.matches(point)) {
                    QVERIFY(!holding);
                    continue;
                }
                QVERIFY(holding);
                QCOMPARE(*holding, shownFor.at(point));
            }
        }
    }

    void pointsAtOneAddressNeverSplit()
    {
        std::vector<ClusterIndex::Point> points(4, ClusterIndex::Point{{52.02, 8.53}, 1u});
        points.push_back({{52.10, 8.60}, 2u});
        ClusterIndex index(points, 2);
        const auto items = index.items(World, index.options().maxZoom);
        QCOMPARE(items.size(), std::size_t(2));
        const auto cluster = std::find_if(items.cbegin(), items.cend(), [](const auto &i) { return i.isCluster(); });
        QVERIFY(cluster != items.cend());
        QCOMPARE(cluster->count, 4u);
        QCOMPARE(index.expansionZoom(cluster->id), index.options().maxZoom + 1);
        QCOMPARE(index.leaves(cluster->id, 2, 1).size(), std::size_t(2)); // paging
        QCOMPARE(index.leaves(cluster->id, 10, 3).size(), std::size_t(1));
        // A filter that leaves one of them shows that point, not a cluster of one.
        index.setFilter({true, false, false, false, true});
        const auto filtered = index.items(World, index.options().maxZoom);
        QCOMPARE(filtered.size(), std::size_t(2));
        for (const auto &item : filtered)
            QVERIFY(!item.isCluster() && (item.id == 0 || item.id == 4));
    }

    void aBoxShowsWhatIsInIt()
    {
        ClusterIndex index(randomPoints(2000, 5), Categories);
        const GeoBox bielefeld{8.45, 51.98, 8.62, 52.06};
        for (int zoom : {10, 13, 17}) {
            for (const auto &item : index.items(bielefeld, zoom))
                QVERIFY(bielefeld.contains(item.position));
        }
        // Above the clustering zooms, the box holds exactly the points inside it.
        std::size_t inside = 0;
        for (std::size_t i = 0; i < index.size(); ++i)
            inside += bielefeld.contains(index.point(ClusterIndex::Id(i)).position) ? 1 : 0;
        QCOMPARE(index.items(bielefeld, 17).size(), inside);
    }

    void nearestMatchesAFullScan_data()
    {
        QTest::addColumn<bool>("filtered");
        QTest::newRow("all points") << false;
        QTest::newRow("a filter") << true;
    }
    void nearestMatchesAFullScan()
    {
        QFETCH(bool, filtered);
        ClusterIndex index(randomPoints(5000, 13), Categories);
        if (filtered) {
            std::vector<bool> matches(index.size());
            for (std::size_t i = 0; i < matches.size(); ++i)
                matches[i] = index.point(ClusterIndex::Id(i)).categories & 0x00ffu;
            index.setFilter(matches);
        }
        QRandomGenerator random(17);
        for (int q = 0; q < 200; ++q) {
            const GeoPoint from{50.5 + random.generateDouble() * 2.0, 6.0 + random.generateDouble() * 3.5};
            std::vector<std::pair<double, ClusterIndex::Id>> scan;
            for (std::size_t i = 0; i < index.size(); ++i) {
                if (index.matches(ClusterIndex::Id(i)))
                    scan.push_back({ClusterIndex::greatCircleMetres(from, index.point(ClusterIndex::Id(i)).position),
                                    ClusterIndex::Id(i)});
            }
            std::sort(scan.begin(), scan.end());
            const auto found = index.nearest(from, 10);
            QCOMPARE(found.size(), std::size_t(10));
            for (std::size_t k = 0; k < found.size(); ++k) {
                // Same distances in the same order (ties may swap ids).
                QVERIFY(qAbs(found[k].metres - scan[k].first) < 1e-6);
                QVERIFY(qAbs(ClusterIndex::greatCircleMetres(from, index.point(found[k].point).position) - found[k].metres) < 1e-6);
            }
            const double radius = 500.0 + random.bounded(5000);
            const auto near = index.within(from, radius);
            const auto expected = std::count_if(scan.cbegin(), scan.cend(), [&](const auto &s) { return s.first <= radius; });
            QCOMPARE(qsizetype(near.size()), qsizetype(expected));
            QVERIFY(std::is_sorted(near.cbegin(), near.cend(), [](const auto &a, const auto &b) { return a.metres < b.metres; }));
        }
        // A limit in metres stops early.
        QVERIFY(index.nearest({52.02, 8.53}, 10, 0.0).size() <= 5);
    }

    void emptyAndDegenerate()
    {
        ClusterIndex empty;
        QVERIFY(empty.items(World, 10).empty());
        QVERIFY(empty.nearest({52, 8}, 3).empty());
        ClusterIndex none(std::vector<ClusterIndex::Point>{}, 0);
        QVERIFY(none.items(World, 3).empty());
        // Points without a position are held but never shown or found.
        ClusterIndex partial({{{52.0, 8.5}, 1u}, {GeoPoint{}, 1u}}, 1);
        QCOMPARE(partial.matchingCount(), std::size_t(1));
        QCOMPARE(partial.items(World, 20).size(), std::size_t(1));
        QCOMPARE(partial.nearest({52.0, 8.5}, 5).size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestClusterIndex)
#include "tst_clusterindex.moc"
