#include "bundleddata.h"
#include "gdalsupport.h"
#include "institutionimport.h"
#include "institutionstore.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <QTest>

using namespace stadtplan;
using namespace stadtplan::test;

// The store over PostgreSQL/PostGIS: the same code as for a GeoPackage, with
// a "PG:" connection string, against a real server (tests/support/pg-cluster).
class TestStorePostgis : public QObject
{
    Q_OBJECT
    QString m_connection;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("STADTPLAN_TEST_PG"));
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("no connection file %1: did the pg_cluster_start fixture run?")
                                .arg(file.fileName())));
        m_connection = QString::fromUtf8(file.readAll()).trimmed();
        QVERIFY(m_connection.startsWith(QStringLiteral("PG:")));
    }

    void roundTripThroughPostgis()
    {
        const QList<Institution> written = bundledDemoSeed().institutions
            + QList<Institution>{fullInstitution(QStringLiteral("pg-a"))};
        {
            auto store = InstitutionStore::create(m_connection);
            store->replaceInstitutions(written);
            store->replaceAreas({});
            store->setMetadata(QStringLiteral("data_note"), QStringLiteral("Server-Test äöü"));
        }
        const auto store = InstitutionStore::open(m_connection, InstitutionStore::Access::ReadOnly);
        QList<Institution> read = store->institutions();
        QCOMPARE(read.size(), written.size());
        // A database returns rows in no guaranteed order: compare by id.
        const auto byId = [](const Institution &a, const Institution &b) { return a.id < b.id; };
        QList<Institution> expected = written;
        std::sort(read.begin(), read.end(), byId);
        std::sort(expected.begin(), expected.end(), byId);
        for (int i = 0; i < read.size(); ++i) {
            std::sort(read[i].services.begin(), read[i].services.end(),
                      [](const Service &a, const Service &b) { return a.id < b.id; });
            QVERIFY2(read[i] == expected[i], qPrintable(expected[i].id));
        }
        QCOMPARE(store->metadata(QStringLiteral("data_note")), QStringLiteral("Server-Test äöü"));
    }

    void aFailedWriteChangesNothingOnTheServer()
    {
        auto store = InstitutionStore::open(m_connection, InstitutionStore::Access::ReadWrite);
        const int before = static_cast<int>(store->institutions().size());
        const Institution twice = fullInstitution(QStringLiteral("twice"));
        try {
            store->replaceInstitutions({twice, twice});
            QFAIL("a duplicate id was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::WriteFailed);
        }
        QCOMPARE(store->institutions().size(), before);
    }

    void aServerThatIsNotThereIsReported()
    {
        try {
            InstitutionStore::open(QStringLiteral("PG:host=/nonexistent-socket-dir dbname=x password=geheim"),
                                   InstitutionStore::Access::ReadOnly);
            QFAIL("opened a server that does not exist");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Missing);
            QVERIFY(!e.message().contains(QStringLiteral("geheim"))); // no password in messages
        }
    }

    void aPostgisTableImportsLikeAFile()
    {
        // A coordinator's list kept as a table in the city's database.
        stadtplan::gdal::ensureInitialised();
        {
            GDALDatasetUniquePtr db(GDALDataset::Open(m_connection.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QVERIFY(db);
            OGRSpatialReference utm;
            utm.importFromEPSG(25832);
            OGRLayer *layer = db->CreateLayer("kursliste", &utm, wkbPoint, nullptr);
            QVERIFY(layer);
            for (const char *name : {"name", "schwerpunkt"}) {
                OGRFieldDefn field(name, OFTString);
                layer->CreateField(&field);
            }
            OGRFeature f(layer->GetLayerDefn());
            f.SetField("name", "Kurs am Wall");
            f.SetField("schwerpunkt", "Sprachkurse");
            OGRPoint point(468438.426, 5763918.663);
            f.SetGeometry(&point);
            QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
        }
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("ziel.gpkg"));
        InstitutionStore::create(store);
        const Taxonomy taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        ImportOptions options;
        options.input = m_connection + QStringLiteral(" tables=kursliste");
        options.store = store;
        options.sourceName = QStringLiteral("kursliste");
        const ImportReport report =
            InstitutionImport(taxonomy, CityProfile::fromJson(BundledData::read(QStringLiteral("city.json"))),
                              FieldMapping::standard(taxonomy))
                .run(options);
        QVERIFY2(!report.hasErrors(), qPrintable(report.toText()));
        const QList<Institution> imported = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().services.first().focusAreas, QStringList{QStringLiteral("language_courses")});
        QVERIFY(std::abs(imported.first().position.longitude - 8.54) < 1e-6);
    }

    void aSecondSchemaIsRefusedNotOverwritten()
    {
        try {
            InstitutionStore::create(m_connection);
            QFAIL("created the schema twice");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::WriteFailed);
        }
        QVERIFY(InstitutionStore::open(m_connection, InstitutionStore::Access::ReadOnly)->institutions().size() > 40);
    }
};

QTEST_GUILESS_MAIN(TestStorePostgis)
#include "tst_store_postgis.moc"
