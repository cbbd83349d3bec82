#pragma once

#include "geopoint.h"
#include "institution.h"

#include <QString>
#include <optional>

namespace stadtplan {

// Finds the position of an address, e.g. through an online geocoding
// service. The import asks it only for records that have no position and
// that no offline gazetteer placed, and only when the network is allowed.
class AddressLookup
{
public:
    virtual ~AddressLookup() = default;
    // What the records it places are marked as geocoded by, e.g. "OpenStreetMap Nominatim".
    virtual QString name() const = 0;
    // The position of the address inside `bounds`, or nothing. `problem`
    // says why when the service could not be asked (not when it found nothing).
    virtual std::optional<GeoPoint> find(const Address &address, const GeoBox &bounds, QString *problem) = 0;
};

} // namespace stadtplan
