#include "openinghours.h"

#include <KOpeningHours/Interval>
#include <KOpeningHours/OpeningHours>

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

} // namespace stadtplan
