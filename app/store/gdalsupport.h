#pragma once

// Small helpers around GDAL's C++ API shared by the store and the importers.

#include "area.h"

#include <QString>
#include <QStringList>
#include <cpl_error.h>
#include <ogr_geometry.h>

namespace stadtplan::gdal {

// Registers GDAL's drivers once, and sets the options the store relies on.
void ensureInitialised();

// Collects GDAL's error messages while alive instead of letting GDAL print
// them, so they can be reported with the file and context they belong to.
class ErrorCollector
{
public:
    ErrorCollector();
    ~ErrorCollector();
    ErrorCollector(const ErrorCollector &) = delete;
    ErrorCollector &operator=(const ErrorCollector &) = delete;

    QStringList failures() const { return m_failures; }
    QStringList warnings() const { return m_warnings; }
    // The last failure message, or the fallback when GDAL said nothing.
    QString lastFailure(const QString &fallback = {}) const;
    bool mentions(const char *text) const;

private:
    static void CPL_STDCALL handle(CPLErr, CPLErrorNum, const char *message);
    QStringList m_failures;
    QStringList m_warnings;
};

// A connection string safe to show: PG passwords replaced by "***".
QString displayLocation(const QString &connection);

// An area's polygons as one OGR multipolygon in longitude/latitude order.
OGRMultiPolygon toMultiPolygon(const QList<Area::Polygon> &polygons);
// The polygons of a Polygon or MultiPolygon (in longitude/latitude order);
// nothing for other geometries.
QList<Area::Polygon> toPolygons(const OGRGeometry &geometry);



} // namespace stadtplan::gdal
