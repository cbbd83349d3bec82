#include "addresssearch.h"

#include "onlinegeocoder.h"

namespace stadtplan {

AddressSearch searchAddress(const QString &text, const AddressGazetteer *gazetteer,
                            OnlineGeocoder *online, const CityProfile &city, int limit)
{
    AddressSearch result;
    if (gazetteer) {
        // A gazetteer's entries that name no town are the city's.
        result.matches = gazetteer->lookup(text, limit, city.name);
        if (result.found()) {
            result.source = gazetteer->name();
            return result;
        }
    }
    if (online && !text.trimmed().isEmpty()) {
        Address asked = AddressGazetteer::parse(text);
        if (asked.city.isEmpty())
            asked.city = city.name; // lists and clients of one city often leave it out
        if (const auto at = online->find(asked, city.bounds, &result.problem)) {
            online->saveCache();
            result.matches.prepend({.address = asked, .position = *at, .exact = true});
            result.source = online->name();
        }
    }
    return result;
}

} // namespace stadtplan
