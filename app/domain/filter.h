#pragma once

#include "institution.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <vector>

namespace stadtplan {

// What the user has asked to see. Within one dimension the values combine
// with OR (language courses or counselling); dimensions combine with AND, and
// all must hold for one and the same service of an institution.
struct Filter
{
    QSet<QString> focusAreas;
    QSet<QString> targetGroups;
    QSet<QString> languages;
    QSet<QString> institutionTypes; // the Träger's type (organisation.typeId)
    bool stepFreeOnly = false;      // only institutions known to be step-free
    bool freeOnly = false;          // only services known to be free of charge
    bool noReferralOnly = false;    // only services known to need no referral
    bool walkInOnly = false;        // only services known to take walk-ins
    // Only services open at this wall-clock time, or whose hours are not
    // known (they stay, and say so); invalid: any time.
    QDateTime openAt;
    QString region = QStringLiteral("DE-NW"); // public holidays for openAt

    bool isEmpty() const
    {
        return focusAreas.isEmpty() && targetGroups.isEmpty() && languages.isEmpty() &&
               institutionTypes.isEmpty() && !stepFreeOnly && !freeOnly && !noReferralOnly && !walkInOnly &&
               !openAt.isValid();
    }
    bool matches(const Service &) const;
    // The filters on the institution itself (kind, step-free access).
    bool admits(const Institution &) const;
    // admits() and at least one service matches.
    bool matches(const Institution &) const;

    // For every focus area, how many institutions would match if the filter's
    // focus areas were that one area alone (the count shown beside each
    // choice, so it does not drop to zero when another area is selected).
    // `only`, when given, marks the institutions to count (e.g. a search's hits).
    QHash<QString, int> countByFocusArea(const QList<Institution> &,
                                         const std::vector<bool> *only = nullptr) const;

    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace stadtplan
