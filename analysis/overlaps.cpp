#include "overlaps.h"

#include "gdalsupport.h"
#include "geodesy.h"
#include "place.h"
#include "validation.h"

#include <KOpeningHours/Interval>
#include <KOpeningHours/OpeningHours>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <bitset>
#include <numbers>
#include <numeric>
#include <ogr_geometry.h>

namespace stadtplan {

namespace {

constexpr int SlotsPerWeek = 7 * 24 * 4;
using Week = std::bitset<SlotsPerWeek>;

// When the hours say open in a week without public holidays (Monday 2 March
// 2026), walked interval by interval; the same expression is evaluated once.
std::optional<Week> openSlots(const QString &expression, const QString &region)
{
    if (expression.trimmed().isEmpty())
        return std::nullopt;
    static thread_local QHash<QString, std::optional<Week>> cache;
    const QString key = region + QLatin1Char('|') + expression.trimmed();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    KOpeningHours::OpeningHours hours(expression.trimmed().toUtf8());
    hours.setRegion(region);
    std::optional<Week> result;
    if (hours.error() == KOpeningHours::OpeningHours::NoError) {
        Week week;
        // Wall-clock times on both sides: the expression has no time zone, and
        // comparing it with zoned times shifted it by the zone's offset.
        const QDateTime monday(QDate(2026, 3, 2), QTime(0, 0));
        const QDateTime end = monday.addDays(7);
        KOpeningHours::Interval interval = hours.interval(monday);
        for (int guard = 0; guard < 2000 && interval.isValid(); ++guard) {
            if (interval.state() == KOpeningHours::Interval::Open) {
                const QDateTime from =
                    interval.hasOpenBegin() ? monday : std::max(interval.begin(), monday);
                const QDateTime to = interval.hasOpenEnd() ? end : std::min(interval.end(), end);
                for (qint64 slot = monday.secsTo(from) / 900;
                     slot < SlotsPerWeek && slot * 900 < monday.secsTo(to); ++slot)
                    week.set(size_t(slot));
            }
            if (interval.hasOpenEnd() || interval.end() >= end)
                break;
            interval = hours.nextInterval(interval);
        }
        result = week;
    }
    cache.insert(key, result);
    return result;
}

QString describeSlots(const Week &week)
{
    static const char *days[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    QStringList parts;
    for (int day = 0; day < 7 && parts.size() < 3; ++day) {
        int start = -1;
        for (int q = 0; q <= 96; ++q) {
            const bool open = q < 96 && week.test(size_t(day * 96 + q));
            if (open && start < 0)
                start = q;
            if (!open && start >= 0) {
                parts.append(QStringLiteral("%1 %2:%3-%4:%5")
                                 .arg(QLatin1String(days[day]))
                                 .arg(start / 4, 2, 10, QLatin1Char('0'))
                                 .arg(start % 4 * 15, 2, 10, QLatin1Char('0'))
                                 .arg(q / 4, 2, 10, QLatin1Char('0'))
                                 .arg(q % 4 * 15, 2, 10, QLatin1Char('0')));
                start = -1;
            }
        }
    }
    return parts.join(QStringLiteral(", "));
}

struct Entry
{
    const Institution *institution;
    const Service *service;
    std::optional<Week> hours;
    int area = -1;
};

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

} // namespace

QList<OverlapGroup> findOverlaps(const QList<Institution> &institutions, const QList<Area> &areas,
                                 const OverlapOptions &options)
{
    // Which area each institution lies in (the first that holds it).
    std::vector<OGRMultiPolygon> shapes;
    for (const Area &area : areas)
        shapes.push_back(gdal::toMultiPolygon(area.polygons));
    QHash<const Institution *, int> areaOf;
    for (const Institution &institution : institutions) {
        const OGRPoint point(institution.position.longitude, institution.position.latitude);
        for (size_t k = 0; k < shapes.size(); ++k) {
            if (institution.position.isValid() && shapes[k].Contains(&point)) {
                areaOf.insert(&institution, int(k));
                break;
            }
        }
    }

    QHash<QString, std::vector<Entry>> byFocus;
    for (const Institution &institution : institutions) {
        if (!institution.position.isValid())
            continue;
        for (const Service &service : institution.services) {
            if (!service.isShown())
                continue;
            for (const QString &focus : service.focusAreas) {
                if (!options.focus.isEmpty() && !options.focus.contains(focus))
                    continue;
                byFocus[focus].push_back({&institution, &service,
                                          openSlots(service.openingHours, options.region),
                                          areaOf.value(&institution, -1)});
            }
        }
    }

    QList<OverlapGroup> groups;
    for (auto it = byFocus.cbegin(); it != byFocus.cend(); ++it) {
        const std::vector<Entry> &entries = it.value();
        std::vector<int> parent(entries.size());
        std::iota(parent.begin(), parent.end(), 0);
        struct Pair
        {
            int a, b;
            double metres;
            int sharedSlots; // -1: hours unknown on one side
        };
        std::vector<Pair> pairs;
        const auto consider = [&](size_t i, size_t j) {
            const Entry &a = entries[i], &b = entries[j];
            if (a.institution == b.institution)
                return;
            const QStringList &ta = a.service->targetGroups, &tb = b.service->targetGroups;
            bool shareGroups = ta.isEmpty() || tb.isEmpty();
            for (const QString &g : ta)
                shareGroups = shareGroups || tb.contains(g);
            if (!shareGroups)
                return;
            const double metres =
                Geodesy::distanceMetres(a.institution->position, b.institution->position);
            const bool sameArea = options.sameAreaCounts && a.area >= 0 && a.area == b.area;
            if (metres > options.distanceMetres && !sameArea)
                return;
            int shared = -1;
            if (a.hours && b.hours) {
                shared = int((*a.hours & *b.hours).count());
                if (shared == 0)
                    return; // open at different times: they complement each other
            }
            pairs.push_back({int(i), int(j), metres, shared});
            parent[size_t(findRoot(parent, int(i)))] = findRoot(parent, int(j));
        };
        // Candidates: neighbours in a grid of cells a little larger than the
        // distance, and everything in the same area.
        const double cellLat = options.distanceMetres / 111000.0 * 1.05;
        QHash<QPair<int, int>, std::vector<size_t>> cells;
        const auto cellOf = [&](const GeoPoint &p) {
            const double cellLon =
                cellLat / std::max(0.1, std::cos(p.latitude * std::numbers::pi / 180.0));
            return QPair<int, int>(int(std::floor(p.latitude / cellLat)),
                                   int(std::floor(p.longitude / cellLon)));
        };
        for (size_t i = 0; i < entries.size(); ++i)
            cells[cellOf(entries[i].institution->position)].push_back(i);
        QSet<quint64> seen;
        for (size_t i = 0; i < entries.size(); ++i) {
            const auto [row, column] = cellOf(entries[i].institution->position);
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -2; dc <= 2; ++dc) // longitude cells differ slightly by latitude
                    for (const size_t j : cells.value({row + dr, column + dc}))
                        if (j > i && !seen.contains(quint64(i) << 32 | j)) {
                            seen.insert(quint64(i) << 32 | j);
                            consider(i, j);
                        }
        }
        if (options.sameAreaCounts) {
            QHash<int, std::vector<size_t>> byArea;
            for (size_t i = 0; i < entries.size(); ++i)
                if (entries[i].area >= 0)
                    byArea[entries[i].area].push_back(i);
            for (const std::vector<size_t> &inArea : std::as_const(byArea))
                for (size_t x = 0; x < inArea.size(); ++x)
                    for (size_t y = x + 1; y < inArea.size(); ++y) {
                        const size_t i = std::min(inArea[x], inArea[y]),
                                     j = std::max(inArea[x], inArea[y]);
                        if (!seen.contains(quint64(i) << 32 | j)) {
                            seen.insert(quint64(i) << 32 | j);
                            consider(i, j);
                        }
                    }
        }
        QHash<int, QList<int>> members;
        for (const Pair &p : pairs) {
            for (const int k : {p.a, p.b}) {
                QList<int> &list = members[findRoot(parent, k)];
                if (!list.contains(k))
                    list.append(k);
            }
        }
        for (auto m = members.cbegin(); m != members.cend(); ++m) {
            OverlapGroup group;
            group.focus = it.key();
            QList<int> indices = m.value();
            std::sort(indices.begin(), indices.end());
            QSet<int> areasSeen;
            std::optional<Week> sharedHours;
            bool allHours = true;
            QStringList common;
            bool first = true;
            for (const int k : indices) {
                const Entry &e = entries[size_t(k)];
                group.serviceIds.append(e.service->id);
                if (!group.institutionIds.contains(e.institution->id))
                    group.institutionIds.append(e.institution->id);
                areasSeen.insert(e.area);
                if (!e.service->targetGroups.isEmpty()) {
                    if (first)
                        common = e.service->targetGroups;
                    else
                        common.erase(std::remove_if(common.begin(), common.end(),
                                                    [&](const QString &g) {
                                                        return !e.service->targetGroups.contains(g);
                                                    }),
                                     common.end());
                    first = false;
                }
                if (e.hours)
                    sharedHours = sharedHours ? (*sharedHours & *e.hours) : *e.hours;
                else
                    allHours = false;
            }
            group.targetGroups = common;
            for (size_t x = 0; x < size_t(indices.size()); ++x)
                for (size_t y = x + 1; y < size_t(indices.size()); ++y)
                    group.largestDistanceMetres = std::max(
                        group.largestDistanceMetres,
                        Geodesy::distanceMetres(entries[size_t(indices[x])].institution->position,
                                                entries[size_t(indices[y])].institution->position));
            if (areasSeen.size() == 1 && *areasSeen.begin() >= 0)
                group.areaName = areas[*areasSeen.begin()].name;
            const auto label = [&](const QString &id) {
                return options.label ? options.label(id) : id;
            };
            QStringList commonLabels;
            for (const QString &g : std::as_const(common))
                commonLabels.append(label(g));
            group.reasons.append(QStringLiteral("%1 services of the same focus area, %2")
                                     .arg(indices.size())
                                     .arg(label(group.focus)));
            group.reasons.append(
                common.isEmpty()
                    ? QStringLiteral("for the same people (at least one is for everyone)")
                    : QStringLiteral("all for %1").arg(commonLabels.join(QStringLiteral(", "))));
            if (group.largestDistanceMetres < 1)
                group.reasons.append(QStringLiteral("at the same address"));
            else if (group.largestDistanceMetres <= options.distanceMetres)
                group.reasons.append(
                    QStringLiteral("at most %1 m apart").arg(qRound(group.largestDistanceMetres)));
            if (!group.areaName.isEmpty())
                group.reasons.append(QStringLiteral("all in %1").arg(group.areaName));
            if (allHours && sharedHours && sharedHours->any())
                group.reasons.append(
                    QStringLiteral("all open at once: %1").arg(describeSlots(*sharedHours)));
            else if (!allHours)
                group.reasons.append(QStringLiteral("hours not known for all"));
            // More services, closer together and longer open at once rank first.
            group.score = indices.size() * 100.0 +
                          100.0 * (1.0 - std::min(1.0, group.largestDistanceMetres /
                                                           std::max(1.0, options.distanceMetres))) +
                          (allHours && sharedHours ? double(sharedHours->count()) / 4.0 : 0.0);
            groups.append(group);
        }
    }
    std::sort(groups.begin(), groups.end(), [](const OverlapGroup &a, const OverlapGroup &b) {
        return a.score != b.score ? a.score > b.score : a.serviceIds < b.serviceIds;
    });
    return groups;
}

QList<DuplicatePair> findDuplicates(const QList<Institution> &institutions)
{
    QList<DuplicatePair> pairs;
    QHash<QString, QList<qsizetype>> byKey;
    for (qsizetype i = 0; i < institutions.size(); ++i)
        byKey[nameAddressKey(institutions[i])].append(i);
    QSet<QPair<qsizetype, qsizetype>> found;
    for (const QList<qsizetype> &same : std::as_const(byKey)) {
        for (qsizetype a = 0; a < same.size(); ++a)
            for (qsizetype b = a + 1; b < same.size(); ++b) {
                found.insert({same[a], same[b]});
                pairs.append({institutions[same[a]].id, institutions[same[b]].id,
                              Duplicates::metresApart(institutions[same[a]], institutions[same[b]]),
                              QStringLiteral("same name and address")});
            }
    }
    // Near and alike: a sweep over latitude keeps this linear for a city.
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i < institutions.size(); ++i)
        if (institutions[i].position.isValid())
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return institutions[a].position.latitude < institutions[b].position.latitude;
    });
    const double window = Duplicates::DistanceMetres / 111000.0 * 1.01;
    for (size_t a = 0; a < order.size(); ++a) {
        for (size_t b = a + 1;
             b < order.size() &&
             institutions[order[b]].position.latitude - institutions[order[a]].position.latitude <=
                 window;
             ++b) {
            const qsizetype x = std::min(order[a], order[b]), y = std::max(order[a], order[b]);
            if (found.contains({x, y}))
                continue;
            // The same name and address were paired above; here only the near and alike.
            double metres = -1;
            if (Duplicates::nearWithSimilarNames(institutions[x], institutions[y], &metres))
                pairs.append({institutions[x].id, institutions[y].id, metres,
                              QStringLiteral("%1 m apart with similar names").arg(qRound(metres))});
        }
    }
    return pairs;
}

} // namespace stadtplan
