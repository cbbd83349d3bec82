#pragma once

#include <QDateTime>
#include <QString>

namespace stadtplan {

enum class OpenState { Open, Closed, Unknown };

// Whether OSM opening hours say open at a wall-clock time in the city (public
// holidays of `region`, e.g. "DE-NW"); Unknown when there are no hours or
// they cannot be evaluated.
OpenState openAt(const QString &openingHours, const QDateTime &wallClock, const QString &region);

} // namespace stadtplan
