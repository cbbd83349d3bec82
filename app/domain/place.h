#pragma once

#include "institution.h"

#include <QString>

namespace stadtplan {

// What makes two institutions one place: the same address, or without an
// address the same position to the metre. The card lists the others at the
// same place.
QString placeKey(const Institution &);

} // namespace stadtplan
