#include "gdalsupport.h"

#include <QRegularExpression>
#include <cpl_conv.h>
#include <gdal.h>
#include <mutex>

namespace stadtplan::gdal {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // A writer holding the GeoPackage gets two seconds before the reader
        // reports the store as locked.
        if (!CPLGetConfigOption("OGR_SQLITE_PRAGMA", nullptr))
            CPLSetConfigOption("OGR_SQLITE_PRAGMA", "busy_timeout=2000");
    });
}

ErrorCollector::ErrorCollector()
{
    CPLPushErrorHandlerEx(&ErrorCollector::handle, this);
}

ErrorCollector::~ErrorCollector()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL ErrorCollector::handle(CPLErr level, CPLErrorNum, const char *message)
{
    auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (level >= CE_Failure)
        self->m_failures.append(text);
    else if (level == CE_Warning)
        self->m_warnings.append(text);
}

QString ErrorCollector::lastFailure(const QString &fallback) const
{
    return m_failures.isEmpty() ? fallback : m_failures.constLast();
}

bool ErrorCollector::mentions(const char *text) const
{
    const QString needle = QString::fromLatin1(text);
    for (const QString &m : m_failures) {
        if (m.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

OGRMultiPolygon toMultiPolygon(const QList<Area::Polygon> &polygons)
{
    OGRMultiPolygon multi;
    for (const Area::Polygon &polygon : polygons) {
        OGRPolygon p;
        for (const Area::Ring &ring : polygon) {
            OGRLinearRing r;
            for (const GeoPoint &point : ring)
                r.addPoint(point.longitude, point.latitude);
            r.closeRings();
            p.addRing(&r);
        }
        multi.addGeometry(&p);
    }
    return multi;
}

QList<Area::Polygon> toPolygons(const OGRGeometry &geometry)
{
    const auto polygon = [](const OGRPolygon *p) {
        Area::Polygon rings;
        for (const OGRLinearRing *ring : *p) {
            Area::Ring points;
            points.reserve(ring->getNumPoints());
            for (const OGRPoint &point : *ring)
                points.append(GeoPoint{point.getY(), point.getX()});
            rings.append(points);
        }
        return rings;
    };
    QList<Area::Polygon> out;
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        out.append(polygon(geometry.toPolygon()));
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon *p : *geometry.toMultiPolygon())
            out.append(polygon(p));
        break;
    default:
        break;
    }
    return out;
}

QString displayLocation(const QString &connection)
{
    static const QRegularExpression password(QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString shown = connection;
    shown.replace(password, QStringLiteral("\\1***"));
    return shown;
}

} // namespace stadtplan::gdal
