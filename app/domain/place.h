#pragma once

#include "institution.h"

#include <QList>

namespace stadtplan {

// One spot on the map: all institutions at the same address (or, without an
// address, at the same position to the metre) share one marker.
struct Place
{
    QString key;
    GeoPoint position;        // the first member's position
    QList<qsizetype> members; // indices into the list that was grouped
};

// Groups `institutions` (in their order) into places. `include` selects which
// indices take part, e.g. those matching the filter.
template <typename Predicate>
QList<Place> groupIntoPlaces(const QList<Institution> &institutions, Predicate include);

QString placeKey(const Institution &);

} // namespace stadtplan

#include <QHash>

namespace stadtplan {
template <typename Predicate>
QList<Place> groupIntoPlaces(const QList<Institution> &institutions, Predicate include)
{
    QList<Place> places;
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < institutions.size(); ++i) {
        const Institution &institution = institutions[i];
        if (!institution.position.isValid() || !include(i))
            continue;
        const QString key = placeKey(institution);
        const auto it = byKey.constFind(key);
        if (it != byKey.cend()) {
            places[*it].members.append(i);
        } else {
            byKey.insert(key, places.size());
            places.append(Place{key, institution.position, {i}});
        }
    }
    return places;
}
} // namespace stadtplan
