#include "coverage.h"

#include "gdalsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace stadtplan {

bool serviceMatches(const Service &service, const QString &focus, const QString &targetGroup)
{
    if (!service.isShown() || !service.focusAreas.contains(focus))
        return false;
    return targetGroup.isEmpty() || service.targetGroups.isEmpty() ||
           service.targetGroups.contains(targetGroup);
}

namespace {

struct Projection
{
    OGRSpatialReference wgs84, metric;
    std::unique_ptr<OGRCoordinateTransformation> forward;

    explicit Projection(const QString &crs)
    {
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (metric.SetFromUserInput(crs.toUtf8().constData()) != OGRERR_NONE ||
            !metric.IsProjected())
            throw AnalysisError(
                QStringLiteral("%1 is not a projected (metric) coordinate system PROJ knows")
                    .arg(crs));
        metric.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        forward.reset(OGRCreateCoordinateTransformation(&wgs84, &metric));
        if (!forward)
            throw AnalysisError(QStringLiteral("PROJ cannot transform WGS84 to %1").arg(crs));
    }
};

} // namespace

CoverageReport computeCoverage(const QList<Institution> &institutions, const QList<Area> &areas,
                               const CoverageOptions &options)
{
    gdal::ensureInitialised();
    if (!OGRGeometryFactory::haveGEOS())
        throw AnalysisError(QStringLiteral("coverage needs GDAL built with GEOS"));
    if (options.distanceMetres <= 0)
        throw AnalysisError(QStringLiteral("the distance must be more than 0 m"));
    const Projection projection(options.metricCrs);
    CoverageReport report;
    report.options = options;

    // Matching services as metric points; several at one institution count
    // each, but reach no farther than one.
    struct Point
    {
        double x, y;
        int services;
    };
    std::vector<Point> points;
    for (const Institution &institution : institutions) {
        if (!institution.position.isValid())
            continue;
        int matching = 0;
        for (const Service &service : institution.services)
            matching += serviceMatches(service, options.focus, options.targetGroup) ? 1 : 0;
        if (matching == 0)
            continue;
        double x = institution.position.longitude, y = institution.position.latitude;
        if (!projection.forward->Transform(1, &x, &y))
            continue;
        points.push_back({x, y, matching});
        report.servicesConsidered += matching;
    }

    for (const Area &area : areas) {
        AreaCoverage result;
        result.areaId = area.id;
        result.name = area.name;
        result.population = area.population;
        std::unique_ptr<OGRGeometry> shape(gdal::toMultiPolygon(area.polygons).clone());
        shape->assignSpatialReference(&projection.wgs84);
        if (shape->transform(projection.forward.get()) != OGRERR_NONE)
            throw AnalysisError(QStringLiteral("the area %1 cannot be projected to %2")
                                    .arg(area.name, options.metricCrs));
        if (!shape->IsValid())
            shape.reset(shape->MakeValid());
        const double squareMetres = OGR_G_Area(OGRGeometry::ToHandle(shape.get()));
        result.squareKilometres = squareMetres / 1e6;
        OGREnvelope envelope;
        shape->getEnvelope(&envelope);
        OGRMultiPolygon circles;
        for (const Point &p : points) {
            const OGRPoint point(p.x, p.y);
            if (p.x >= envelope.MinX && p.x <= envelope.MaxX && p.y >= envelope.MinY &&
                p.y <= envelope.MaxY && shape->Contains(&point))
                result.services += p.services;
            if (p.x >= envelope.MinX - options.distanceMetres &&
                p.x <= envelope.MaxX + options.distanceMetres &&
                p.y >= envelope.MinY - options.distanceMetres &&
                p.y <= envelope.MaxY + options.distanceMetres) {
                std::unique_ptr<OGRGeometry> circle(point.Buffer(options.distanceMetres, 64));
                if (circle && wkbFlatten(circle->getGeometryType()) == wkbPolygon)
                    circles.addGeometry(circle.get());
            }
        }
        double uncovered = squareMetres;
        if (!circles.IsEmpty()) {
            std::unique_ptr<OGRGeometry> reached(circles.UnaryUnion());
            std::unique_ptr<OGRGeometry> rest(reached ? shape->Difference(reached.get()) : nullptr);
            if (!rest)
                throw AnalysisError(
                    QStringLiteral("GEOS could not compute the uncovered part of %1")
                        .arg(area.name));
            uncovered = rest->IsEmpty() ? 0.0 : OGR_G_Area(OGRGeometry::ToHandle(rest.get()));
        }
        result.uncoveredShare =
            squareMetres > 0 ? std::clamp(uncovered / squareMetres, 0.0, 1.0) : 0.0;
        if (area.population && *area.population > 0) {
            result.perTenThousand = result.services * 10000.0 / double(*area.population);
            result.uncoveredPeople = result.uncoveredShare * double(*area.population);
        }
        report.areas.append(result);
    }
    return report;
}

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

} // namespace

void writeCoverage(const CoverageReport &report, const QList<Area> &areas, const QString &path)
{
    if (path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)) {
        gdal::ensureInitialised();
        const QFileInfo target(path);
        QTemporaryFile temporary(target.absoluteDir().filePath(
            QStringLiteral(".%1.XXXXXX.gpkg").arg(target.fileName())));
        if (!temporary.open())
            throw AnalysisError(QStringLiteral("cannot write into %1").arg(target.absolutePath()));
        const QString name = temporary.fileName();
        temporary.close();
        QFile::remove(name);
        gdal::ErrorCollector errors;
        try {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(
                driver->Create(name.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            if (!ds)
                throw AnalysisError(
                    QStringLiteral("cannot create %1: %2").arg(path, errors.lastFailure()));
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            OGRLayer *layer = ds->CreateLayer("coverage", &wgs84, wkbMultiPolygon, nullptr);
            const std::pair<const char *, OGRFieldType> fields[] = {
                {"area_id", OFTString},       {"name", OFTString},
                {"population", OFTInteger64}, {"services", OFTInteger},
                {"per_10000", OFTReal},       {"km2", OFTReal},
                {"uncovered_share", OFTReal}, {"uncovered_people", OFTReal},
                {"focus", OFTString},         {"target_group", OFTString},
                {"distance_m", OFTReal}};
            for (const auto &[fieldName, type] : fields) {
                OGRFieldDefn field(fieldName, type);
                layer->CreateField(&field);
            }
            ds->StartTransaction();
            for (qsizetype i = 0; i < report.areas.size() && i < areas.size(); ++i) {
                const AreaCoverage &a = report.areas[i];
                OGRFeature f(layer->GetLayerDefn());
                f.SetField("area_id", a.areaId.toUtf8().constData());
                f.SetField("name", a.name.toUtf8().constData());
                if (a.population)
                    f.SetField("population", GIntBig(*a.population));
                f.SetField("services", a.services);
                if (a.perTenThousand)
                    f.SetField("per_10000", *a.perTenThousand);
                f.SetField("km2", a.squareKilometres);
                f.SetField("uncovered_share", a.uncoveredShare);
                if (a.uncoveredPeople)
                    f.SetField("uncovered_people", *a.uncoveredPeople);
                f.SetField("focus", report.options.focus.toUtf8().constData());
                f.SetField("target_group", report.options.targetGroup.toUtf8().constData());
                f.SetField("distance_m", report.options.distanceMetres);
                const OGRMultiPolygon shape = gdal::toMultiPolygon(areas[i].polygons);
                f.SetGeometry(&shape);
                if (layer->CreateFeature(&f) != OGRERR_NONE)
                    throw AnalysisError(
                        QStringLiteral("cannot write %1: %2").arg(path, errors.lastFailure()));
            }
            if (ds->CommitTransaction() != OGRERR_NONE)
                throw AnalysisError(
                    QStringLiteral("cannot write %1: %2").arg(path, errors.lastFailure()));
        } catch (...) {
            QFile::remove(name); // nothing half-written is left behind
            throw;
        }
        QFile::remove(path);
        if (!QFile::rename(name, path))
            throw AnalysisError(
                QStringLiteral("cannot move the GeoPackage into place at %1").arg(path));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw AnalysisError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QString text = QStringLiteral("area_id,name,population,services,per_10000,km2,uncovered_share,"
                                  "uncovered_people,focus,target_group,distance_m\n");
    for (const AreaCoverage &a : report.areas) {
        text += QStringList{csvField(a.areaId),
                            csvField(a.name),
                            a.population ? QString::number(*a.population) : QString(),
                            QString::number(a.services),
                            number(a.perTenThousand, 2),
                            QString::number(a.squareKilometres, 'f', 3),
                            QString::number(a.uncoveredShare, 'f', 4),
                            number(a.uncoveredPeople, 0),
                            csvField(report.options.focus),
                            csvField(report.options.targetGroup),
                            QString::number(report.options.distanceMetres, 'f', 0)}
                    .join(QLatin1Char(',')) +
                QLatin1Char('\n');
    }
    file.write(text.toUtf8());
    if (!file.commit())
        throw AnalysisError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace stadtplan
