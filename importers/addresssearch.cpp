#include "addresssearch.h"

#include "onlinegeocoder.h"

namespace stadtplan {

AddressSearch searchAddress(const QString &text, const AddressGazetteer *gazetteer,
                            OnlineGeocoder *online, const CityProfile &city, int limit)
{
    AddressSearch result;
    if (gazetteer) {
        result.matches = gazetteer->lookup(text, limit);
        // A gazetteer that names no towns is the city's: another town typed is said.
        if (result.found() && result.matches.first().address.city.isEmpty()) {
            const QString town = AddressGazetteer::parse(text).city;
            if (!town.isEmpty() && !AddressGazetteer::sameTown(town, city.name)) {
                result.matches.first().exact = false;
                result.matches.first().wrongCity = town;
            }
        }
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
