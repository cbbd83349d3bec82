#include "gdalsupport.h"
#include "storelocation.h"

#include <QFileInfo>
#include <QTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace stadtplan;

// Checks the demo positions against the real city boundary from ../shared
// (development data that is never part of the product). Without it, the test
// says so and is reported as skipped.
class TestDemoInCity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoPositionsLieWithinBielefeld()
    {
        const QString outline =
            QStringLiteral(STADTPLAN_SHARED_GEODATA "/bielefeld_outline.geojson");
        if (!QFileInfo::exists(outline))
            QSKIP(qPrintable(
                QStringLiteral("needs %1 (the shared development geodata)").arg(outline)));
        stadtplan::gdal::ensureInitialised();
        GDALDatasetUniquePtr ds(GDALDataset::Open(outline.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRLayer *layer = ds->GetLayer(0);
        const OGRFeatureUniquePtr city(layer->GetNextFeature());
        QVERIFY(city && city->GetGeometryRef());
        const OGRGeometry *boundary = city->GetGeometryRef();
        int inside = 0;
        for (const Institution &i : bundledDemoSeed().institutions) {
            const OGRPoint point(i.position.longitude, i.position.latitude);
            QVERIFY2(point.Within(boundary),
                     qPrintable(i.id + QStringLiteral(" lies outside Bielefeld")));
            ++inside;
        }
        QVERIFY(inside >= 40);
    }
};

QTEST_GUILESS_MAIN(TestDemoInCity)
#include "tst_demo_in_city.moc"
