#include "place.h"

#include "validation.h"

#include <cmath>

namespace stadtplan {

QString placeKey(const Institution &institution)
{
    const QString address = institution.address.normalised();
    if (!institution.address.street.isEmpty() && !institution.address.houseNumber.isEmpty())
        return QStringLiteral("a:") + address;
    // About a metre at Bielefeld's latitude.
    const auto round = [](double v) { return QString::number(std::llround(v * 1e5)); };
    return QStringLiteral("p:") + round(institution.position.latitude) + QLatin1Char(',') +
           round(institution.position.longitude);
}

QString nameAddressKey(const Institution &institution)
{
    return Validation::normalisedName(institution.name) + QLatin1Char('|') + institution.address.normalised();
}

} // namespace stadtplan
