#include "servicefinder.h"

#include "geodesy.h"

#include <KOpeningHours/Interval>
#include <KOpeningHours/OpeningHours>
#include <algorithm>
#include <cmath>

namespace stadtplan {

OpenState openAt(const QString &openingHours, const QDateTime &wallClock, const QString &region)
{
    if (openingHours.trimmed().isEmpty() || !wallClock.isValid())
        return OpenState::Unknown;
    KOpeningHours::OpeningHours hours(openingHours.trimmed().toUtf8());
    hours.setRegion(region);
    if (hours.error() != KOpeningHours::OpeningHours::NoError)
        return OpenState::Unknown;
    // The expression has no time zone: compare wall-clock times (a zoned
    // time shifts every interval by the zone's offset).
    const QDateTime local(wallClock.date(), wallClock.time());
    const KOpeningHours::Interval interval = hours.interval(local);
    switch (interval.state()) {
    case KOpeningHours::Interval::Open:
        return OpenState::Open;
    case KOpeningHours::Interval::Closed:
        return OpenState::Closed;
    default:
        return OpenState::Unknown;
    }
}

int ServiceFinder::walkingMinutes(double metres)
{
    return std::max(1, int(std::lround(metres * 1.25 / 80.0)));
}

namespace {
std::vector<ClusterIndex::Point> pointsOf(const QList<Institution> &institutions)
{
    std::vector<ClusterIndex::Point> points;
    points.reserve(size_t(institutions.size()));
    for (const Institution &i : institutions)
        points.push_back({i.position, 1});
    return points;
}
} // namespace

ServiceFinder::ServiceFinder(const QList<Institution> &institutions,
                             const QHash<QString, QString> &labels)
    : m_institutions(institutions), m_search(institutions, labels),
      m_points(pointsOf(institutions), 1)
{
}

bool ServiceFinder::accepts(const Institution &institution, const ServiceQuery &query,
                            OpenState *open) const
{
    // One and the same service must match the filter and be open (or have
    // unknown hours): an institution whose counselling is open and whose
    // language course is closed is no answer to "language courses open now".
    if ((query.filter.stepFreeOnly && institution.stepFree != StepFree::Yes) ||
        (!query.filter.institutionTypes.isEmpty() &&
         !query.filter.institutionTypes.contains(institution.organisation.typeId)))
        return false;
    bool any = false;
    *open = OpenState::Unknown;
    for (const Service &s : institution.services) {
        if (!s.isShown() || (!query.filter.isEmpty() && !query.filter.matches(s)))
            continue;
        if (!query.openAt) {
            any = true;
            continue;
        }
        const OpenState state = openAt(s.openingHours, *query.openAt, query.region);
        if (state == OpenState::Closed)
            continue;
        any = true;
        if (state == OpenState::Open)
            *open = OpenState::Open;
    }
    return any;
}

std::vector<FoundInstitution> ServiceFinder::find(const ServiceQuery &query) const
{
    std::vector<FoundInstitution> found;
    if (query.limit == 0)
        return found;
    QHash<qsizetype, double> textScores;
    const bool hasText = !SearchIndex::words(query.text).isEmpty();
    if (hasText) {
        for (const SearchIndex::Hit &h : m_search.search(query.text))
            textScores.insert(h.institution, h.score);
        if (textScores.isEmpty())
            return found;
    }
    const auto accept = [&](qsizetype i, FoundInstitution &out) {
        if (hasText && !textScores.contains(i))
            return false;
        OpenState open;
        if (!accepts(m_institutions[i], query, &open))
            return false;
        out = {i, std::nullopt, open, textScores.value(i, 0)};
        return true;
    };

    if (query.near && query.near->isValid()) {
        // Widen the search until enough institutions pass the filter, then
        // order the candidates by the geodesic distance on the ellipsoid.
        for (std::size_t k = std::max<std::size_t>(query.limit * 2, 16);; k *= 4) {
            const auto neighbours = m_points.nearest(*query.near, k, query.withinMetres);
            found.clear();
            for (const auto &n : neighbours) {
                FoundInstitution f;
                if (accept(qsizetype(n.point), f)) {
                    f.metres = Geodesy::distanceMetres(*query.near,
                                                       m_institutions[qsizetype(n.point)].position);
                    found.push_back(f);
                }
            }
            // The sphere and the ellipsoid disagree by under 0.5 %: candidates
            // beyond the limit's sphere distance x 1.01 cannot move ahead.
            const bool exhausted = neighbours.size() < k;
            if (exhausted || (found.size() >= query.limit && neighbours.back().metres > 1.01 * [&] {
                    std::vector<double> d;
                    for (const auto &f : found)
                        d.push_back(*f.metres);
                    std::nth_element(d.begin(), d.begin() + std::ptrdiff_t(query.limit - 1),
                                     d.end());
                    return d[query.limit - 1];
                }()))
                break;
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const FoundInstitution &a, const FoundInstitution &b) {
                             return *a.metres < *b.metres;
                         });
        std::erase_if(found,
                      [&](const FoundInstitution &f) { return *f.metres > query.withinMetres; });
    } else if (hasText) {
        for (const SearchIndex::Hit &h : m_search.search(query.text)) {
            FoundInstitution f;
            if (accept(h.institution, f))
                found.push_back(f);
            if (found.size() >= query.limit)
                break;
        }
    } else {
        for (qsizetype i = 0; i < m_institutions.size() && found.size() < query.limit; ++i) {
            FoundInstitution f;
            if (accept(i, f))
                found.push_back(f);
        }
    }
    if (found.size() > query.limit)
        found.resize(query.limit);
    return found;
}

} // namespace stadtplan
