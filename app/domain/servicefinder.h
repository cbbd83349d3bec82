#pragma once

#include "clusterindex.h"
#include "filter.h"
#include "institution.h"
#include "openinghours.h"
#include "search.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace stadtplan {

// What a caseworker or the command line asks for.
struct ServiceQuery
{
    std::optional<GeoPoint> near; // sort by distance from here
    QString text;                 // full-text search (see SearchIndex)
    Filter filter;                // focus areas, target groups, languages
    std::size_t limit = 20;
    double withinMetres = std::numeric_limits<double>::infinity();
};

struct FoundInstitution
{
    qsizetype institution;               // index into the list the finder was made from
    std::optional<double> metres;        // geodesic distance (PROJ) when the query had a place
    OpenState open = OpenState::Unknown; // at the filter's openAt (Unknown without one)
    double score = 0;                    // the text search's, when there was text
};

// Answers queries over a fixed list of institutions: nearest first when a
// place is given (candidates from the spatial index, then ordered by PROJ's
// geodesic distance), else best text match first, else by position in the list.
class ServiceFinder
{
public:
    explicit ServiceFinder(const QList<Institution> &institutions,
                           const QHash<QString, QString> &labels = {});
    std::vector<FoundInstitution> find(const ServiceQuery &query) const;
    const SearchIndex &searchIndex() const { return m_search; }

    // Minutes on foot for a straight-line distance: 4.8 km/h over a path a
    // quarter longer than the straight line.
    static int walkingMinutes(double metres);

private:
    // Whether a service passes `base` (the query's filter without its time),
    // and how the institution's matching services stand at the query's time.
    bool accepts(const Institution &institution, const Filter &base, const ServiceQuery &query,
                 OpenState *open) const;
    const QList<Institution> &m_institutions;
    SearchIndex m_search;
    ClusterIndex m_points;
};

} // namespace stadtplan
