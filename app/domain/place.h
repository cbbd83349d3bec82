#pragma once

#include "institution.h"

#include <QString>

namespace stadtplan {

// What makes two institutions one place: the same address, or without an
// address the same position to the metre. The card lists the others at the
// same place.
QString placeKey(const Institution &);

// What makes two records likely the same institution by name and address
// (the importer's and the duplicates list's rule): the normalised name and
// the normalised address, so "AWO e.V., Detmolder Str. 280" meets "AWO,
// Detmolder Straße 280".
QString nameAddressKey(const Institution &);

// The one rule for likely duplicates, applied by the importer (to a list
// against the store) and by the analysis (within the store): two records are
// likely the same institution when they have the same name-and-address key,
// or when they lie within DistanceMetres of each other with names at least
// NameSimilarity alike (Validation::nameSimilarity).
namespace Duplicates {

inline constexpr double DistanceMetres = 25.0;
inline constexpr double NameSimilarity = 0.8;

enum class Reason { None, SameNameAndAddress, NearWithSimilarNames };

struct Likeness
{
    Reason reason = Reason::None;
    // How far apart they are, or -1 when either has no position.
    double metres = -1;
};

// How far apart two records are, in metres; -1 when either has no position.
double metresApart(const Institution &a, const Institution &b);
// Whether the names are alike enough for two records to be one institution.
bool similarNames(const QString &a, const QString &b);
// The second half of the rule alone: within the distance, then (only then,
// it costs more) names alike. `metres` gets the distance, -1 without positions.
// For a sweep that has found the same name-and-address pairs already.
bool nearWithSimilarNames(const Institution &a, const Institution &b, double *metres = nullptr);
// Whether `a` and `b` are likely the same institution, and why.
Likeness likeness(const Institution &a, const Institution &b);

} // namespace Duplicates

} // namespace stadtplan
