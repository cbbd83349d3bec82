#pragma once

#include "addressgazetteer.h"
#include "cityprofile.h"

#include <QList>
#include <QString>

namespace stadtplan {

class OnlineGeocoder;

// What a typed address came to: the exact place first when one was found,
// else the gazetteer's closest entries.
struct AddressSearch
{
    QList<AddressGazetteer::Match> matches;
    QString source;  // what found the exact place: the gazetteer's name or the online service's
    QString problem; // the online service could not be asked (no network, a server error)
    bool found() const { return !matches.isEmpty() && matches.first().exact; }
};

// The one lookup the app and stadtplan-query share: the gazetteer's exact
// entry; else, when `online` is given, the service's answer inside the city
// (the city's name added when the text names none); else the gazetteer's
// closest entries. Either source may be null.
AddressSearch searchAddress(const QString &text, const AddressGazetteer *gazetteer,
                            OnlineGeocoder *online, const CityProfile &city, int limit = 6);

} // namespace stadtplan
