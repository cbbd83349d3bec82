#pragma once

#include "area.h"
#include "cityprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace stadtplan {

// The city's own areas as every new store receives them: its boundary (kind
// "city") and its districts (kind "district"), each with its population and
// the population per age group, from the files the city profile names.

// One row of a population table: a statistical district with the id and
// name of the district it lies in, its inhabitants and their age groups.
struct PopulationRow
{
    QString districtId;
    QString districtName;
    qint64 total = 0;
    std::array<qint64, 4> byAge{}; // in the order of Area::AgeGroups
};

// Reads a population table (CSV, comma separated, a header naming
// stadtbezirk_id, stadtbezirk, einwohner, unter_18, von_18_bis_64,
// von_65_bis_79, ab_80). Throws CityProfileError naming the file, row and
// column of a value that is not a count.
QList<PopulationRow> readPopulationTable(const QByteArray &csv, const QString &file);

// The boundary and the districts of the city profile's bundled files, with
// population summed per district (the boundary: the whole table). Ids:
// "<city>-boundary", "<city>-district-<id>". Empty when the profile names
// none. Throws CityProfileError for a file that is missing or broken.
QList<Area> bundledCityAreas(const CityProfile &city);

// The same for the bundled city profile (read once).
const QList<Area> &bundledCityAreas();

// Is this one of bundledCityAreas() (by its id), as a store holds it?
bool isBundledCityArea(const Area &area);

} // namespace stadtplan
