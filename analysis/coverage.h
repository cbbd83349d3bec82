#pragma once

#include "area.h"
#include "institution.h"

#include <QList>
#include <QString>
#include <optional>
#include <stdexcept>

namespace stadtplan {

class AnalysisError : public std::runtime_error
{
public:
    explicit AnalysisError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

struct CoverageOptions
{
    QString focus;                // a focus area id; required
    QString targetGroup;          // a target group id; empty: every target group
    double distanceMetres = 1000; // straight line; farther than this counts as uncovered
    QString metricCrs = QStringLiteral("EPSG:25832"); // where distances and areas are measured
};

struct AreaCoverage
{
    QString areaId;
    QString name;
    std::optional<qint64> population;
    int services = 0;                     // matching services inside the area
    std::optional<double> perTenThousand; // services per 10,000 inhabitants
    double squareKilometres = 0;
    double uncoveredShare = 0;             // of the area, 0..1
    std::optional<double> uncoveredPeople; // population spread evenly over the area
};

struct CoverageReport
{
    CoverageOptions options;
    int servicesConsidered = 0; // matching services anywhere (with a position)
    QList<AreaCoverage> areas;  // in the order of the areas given
};

// Coverage of one focus area (and optionally one target group) per area:
// the matching services inside it, per 10,000 inhabitants where the area has
// a population, and the share of the area farther than the distance from the
// nearest matching service (anywhere, also across the area's border). Areas
// and distances are measured in the metric CRS through PROJ; the uncovered
// part is the area less the union of circles around the services, through
// GEOS. Services must be shown (not inactive). Throws AnalysisError for an
// unknown CRS or a GDAL without GEOS.
CoverageReport computeCoverage(const QList<Institution> &institutions, const QList<Area> &areas,
                               const CoverageOptions &options);

// Does a service count for the focus and target group? A service without
// target groups is for everyone.
bool serviceMatches(const Service &service, const QString &focus, const QString &targetGroup);

// Writes the report as CSV (one row per area) or, for ".gpkg", as a
// GeoPackage layer "coverage" of the areas' polygons with the figures. The
// file is written to a temporary name and moved into place when complete.
void writeCoverage(const CoverageReport &report, const QList<Area> &areas, const QString &path);

} // namespace stadtplan
