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

} // namespace stadtplan
