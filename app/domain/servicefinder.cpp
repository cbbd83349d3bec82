#include "servicefinder.h"

#include "geodesy.h"

#include <algorithm>
#include <cmath>

namespace stadtplan {

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

bool ServiceFinder::accepts(const Institution &institution, const Filter &base,
                            const ServiceQuery &query, OpenState *open) const
{
    // One and the same service must match the filter and be open (or have
    // unknown hours): an institution whose counselling is open and whose
    // language course is closed is no answer to "language courses open now".
    *open = OpenState::Unknown;
    if (!base.admits(institution))
        return false;
    const QDateTime &at = query.filter.openAt;
    bool any = false;
    for (const Service &s : institution.services) {
        if (!base.matches(s))
            continue;
        const OpenState state =
            at.isValid() ? openAt(s.openingHours, at, query.filter.region) : OpenState::Unknown;
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
    // The opening hours are read once per service, here, not again in the filter.
    Filter base = query.filter;
    base.openAt = {};
    const bool hasText = !SearchIndex::words(query.text).isEmpty();
    const std::vector<SearchIndex::Hit> hits =
        hasText ? m_search.search(query.text) : std::vector<SearchIndex::Hit>{};
    if (hasText && hits.empty())
        return found;
    QHash<qsizetype, double> textScores;
    for (const SearchIndex::Hit &h : hits)
        textScores.insert(h.institution, h.score);
    const auto accept = [&](qsizetype i, FoundInstitution &out) {
        if (hasText && !textScores.contains(i))
            return false;
        OpenState open;
        if (!accepts(m_institutions[i], base, query, &open))
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
            std::vector<double> metres;
            for (const auto &n : neighbours) {
                FoundInstitution f;
                if (accept(qsizetype(n.point), f)) {
                    f.metres = Geodesy::distanceMetres(*query.near,
                                                       m_institutions[qsizetype(n.point)].position);
                    metres.push_back(*f.metres);
                    found.push_back(f);
                }
            }
            if (neighbours.size() < k)
                break; // every candidate seen
            if (found.size() >= query.limit) {
                // The sphere and the ellipsoid disagree by under 0.5 %: points
                // beyond the limit's distance x 1.01 on the sphere cannot move ahead.
                std::nth_element(metres.begin(), metres.begin() + std::ptrdiff_t(query.limit - 1),
                                 metres.end());
                if (neighbours.back().metres > 1.01 * metres[query.limit - 1])
                    break;
            }
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const FoundInstitution &a, const FoundInstitution &b) {
                             return *a.metres < *b.metres;
                         });
        std::erase_if(found,
                      [&](const FoundInstitution &f) { return *f.metres > query.withinMetres; });
    } else if (hasText) {
        for (const SearchIndex::Hit &h : hits) {
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
