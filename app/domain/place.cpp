#include "place.h"

#include "geodesy.h"
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

namespace Duplicates {

bool similarNames(const QString &a, const QString &b)
{
    return Validation::nameSimilarity(a, b) >= NameSimilarity;
}

double metresApart(const Institution &a, const Institution &b)
{
    return a.position.isValid() && b.position.isValid() ? Geodesy::distanceMetres(a.position, b.position)
                                                        : -1.0;
}

bool nearWithSimilarNames(const Institution &a, const Institution &b, double *metres)
{
    const double apart = metresApart(a, b);
    if (metres)
        *metres = apart;
    return apart >= 0 && apart <= DistanceMetres && similarNames(a.name, b.name);
}

Likeness likeness(const Institution &a, const Institution &b)
{
    Likeness out;
    const bool near = nearWithSimilarNames(a, b, &out.metres);
    if (nameAddressKey(a) == nameAddressKey(b))
        out.reason = Reason::SameNameAndAddress;
    else if (near)
        out.reason = Reason::NearWithSimilarNames;
    return out;
}

} // namespace Duplicates

} // namespace stadtplan
