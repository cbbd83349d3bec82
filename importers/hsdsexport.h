#pragma once

#include "institution.h"
#include "taxonomy.h"

#include <QList>
#include <QString>

namespace stadtplan {

// Writes institutions as an Open Referral HSDS 3 tabular data package: a
// folder of CSV files (organization, service, location, address,
// service_at_location, phone, language, schedule, accessibility, taxonomy,
// taxonomy_term, attribute) with its datapackage.json, so other directories
// can take the data. Identifiers are UUIDs derived from the store's ids, the
// same in every export. Opening hours go into schedule.description in OSM
// opening_hours syntax. Throws ExportError (institutionexport.h).
int writeHsdsPackage(const QList<Institution> &institutions, const Taxonomy &taxonomy,
                     const QString &folder);

} // namespace stadtplan
