#pragma once

#include "institution.h"

#include <QDate>
#include <QList>

namespace stadtplan {

// The coordinator asks each institution to confirm its data once in a while.
struct OverdueInstitution
{
    const Institution *institution = nullptr;
    QDate lastVerified; // the oldest verification of its shown services; null: never verified
};

// The institutions whose data was last verified more than `months` months
// before `asOf`, or never: never verified first, then the oldest first, then
// by name. Institutions whose services are all inactive are left out.
QList<OverdueInstitution> overdueForVerification(const QList<Institution> &institutions,
                                                 const QDate &asOf, int months = 12);

} // namespace stadtplan
