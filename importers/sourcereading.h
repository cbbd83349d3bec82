#pragma once

// Reading helpers the import pipeline and the address gazetteer share.

#include "importreport.h"
#include "cityprofile.h"
#include "institutionimport.h"

#include <QString>
#include <gdal_priv.h>
#include <optional>
#include <utility>
#include <vector>

namespace stadtplan {

// Opens a source through OGR with the options its driver needs: no network
// unless allowed, text columns kept as text (postcodes keep their zeros).
// Problems land in `report` as errors; then it returns null.
GDALDatasetUniquePtr openSource(const ImportOptions &options, ImportReport &report);

// A field's text as UTF-8, trimmed; text in Windows-1252 (as older Windows
// programs save lists) is recoded.
QString fieldText(const OGRFeature &f, int index);

// The source's column names, in order (names in Windows-1252 recoded too).
QStringList columnNames(const OGRFeatureDefn &definition);

// Positions of the first records, to guess a coordinate system the data
// does not name: a point geometry's, else the columns `x` and `y` (-1:
// none); up to twenty of the first fifty records.
std::vector<std::pair<double, double>> firstPositions(OGRLayer &layer, int x, int y);

// The coordinate system x/y positions without one are most likely in: the
// first of the city's metric system and those German lists use (UTM 32N and
// 33N, with zone prefix, Gauss-Krüger zones 2 to 4) in which most of `sample`
// lie in the city; empty when none fits. `tried` gets the systems tried.
QString likelyCrs(const std::vector<std::pair<double, double>> &sample, const CityProfile &city,
                  QStringList *tried = nullptr);

// A number written with a decimal point or a German decimal comma.
std::optional<double> number(QString text);

} // namespace stadtplan
