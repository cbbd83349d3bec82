#include "gdalsupport.h"
#include "institutionfile.h"
#include "institutionstore.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <algorithm>
#include <sqlite3.h>

using namespace stadtplan;
using namespace stadtplan::test;

namespace {
StoreError::Kind kindOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &e) {
        qInfo().noquote() << "  reported:" << e.message();
        return e.kind();
    }
    qFatal("no StoreError was thrown");
}

// A full test record standing at a place.
Institution at(const char *id, double lat, double lon)
{
    Institution i = fullInstitution(QString::fromLatin1(id));
    i.position = {lat, lon};
    return i;
}

Area square(const QString &id, double south, double west, double size)
{
    Area a;
    a.id = id;
    a.name = QStringLiteral("Bezirk ") + id;
    a.kind = QStringLiteral("district");
    a.population = 12345;
    a.polygons = {{{{south, west},
                    {south, west + size},
                    {south + size, west + size},
                    {south + size, west},
                    {south, west}}}};
    return a;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        stadtplan::gdal::ensureInitialised();
    }

    void roundTripThroughAGeoPackage()
    {
        const QString file = path("roundtrip.gpkg");
        const QList<Institution> written{fullInstitution(QStringLiteral("a")),
                                         fullInstitution(QStringLiteral("bb"))};
        const QList<Area> areas{square(QStringLiteral("1"), 52.0, 8.5, 0.01),
                                square(QStringLiteral("2"), 52.01, 8.5, 0.01)};
        {
            auto store = InstitutionStore::create(file);
            store->replaceInstitutions(written);
            store->replaceAreas(areas);
            store->setMetadata(QStringLiteral("data_note"), QStringLiteral("Testdaten, geprüft"));
        }
        const auto reopened = InstitutionStore::open(file, InstitutionStore::Access::ReadOnly);
        const QList<Institution> read = reopened->institutions();
        QCOMPARE(read.size(), written.size());
        for (int i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].services.size(), written[i].services.size());
            for (int k = 0; k < read[i].services.size(); ++k)
                QVERIFY2(read[i].services[k] == written[i].services[k],
                         qPrintable(written[i].services[k].id));
            QCOMPARE(read[i].position.latitude, written[i].position.latitude);
            QCOMPARE(read[i].organisation, written[i].organisation);
            QCOMPARE(read[i].address, written[i].address);
            QVERIFY(read[i] == written[i]);
        }
        QCOMPARE(reopened->areas(), areas);
        QCOMPARE(reopened->metadata(QStringLiteral("data_note")),
                 QStringLiteral("Testdaten, geprüft"));
        QCOMPARE(reopened->metadata(QStringLiteral("schema_version")),
                 QString::number(InstitutionStore::SchemaVersion));
    }

    void aFirstVersionStoreIsUpgradedWhenOpenedForWriting()
    {
        // A store as the first release wrote it: no source fields, schema 1.
        const QString file = path("version1.gpkg");
        QList<Institution> records{fullInstitution(QStringLiteral("a"))};
        records[0].source = QStringLiteral("liste");
        records[0].sourceId = QStringLiteral("17");
        {
            auto store = InstitutionStore::create(file);
            store->replaceInstitutions(records);
            store->setMetadata(QStringLiteral("schema_version"), QStringLiteral("1"));
        }
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            OGRLayer *layer = ds->GetLayerByName("institutions");
            for (const char *field : {"source_id", "source", "translations"})
                QCOMPARE(layer->DeleteField(layer->GetLayerDefn()->GetFieldIndex(field)), OGRERR_NONE);
            // No change log either: that came with schema 5.
            for (int k = 0; k < ds->GetLayerCount(); ++k)
                if (QLatin1String(ds->GetLayer(k)->GetName()) == QLatin1String("change_log"))
                    QCOMPARE(ds->DeleteLayer(k), OGRERR_NONE);
        }
        records[0].source.clear();
        records[0].sourceId.clear();
        // Read-only, it is read as it is and left alone.
        QCOMPARE(InstitutionStore::open(file, InstitutionStore::Access::ReadOnly)->institutions(), records);
        QCOMPARE(InstitutionStore::open(file, InstitutionStore::Access::ReadOnly)->metadata(QStringLiteral("schema_version")),
                 QStringLiteral("1"));
        QVERIFY(InstitutionStore::open(file, InstitutionStore::Access::ReadOnly)->changeLog().isEmpty());
        // For writing, it is upgraded first, keeping every record.
        auto store = InstitutionStore::open(file, InstitutionStore::Access::ReadWrite);
        QCOMPARE(store->metadata(QStringLiteral("schema_version")), QString::number(InstitutionStore::SchemaVersion));
        QCOMPARE(store->institutions(), records);
        records[0].source = QStringLiteral("liste");
        records[0].sourceId = QStringLiteral("17");
        const FieldChange change{QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::UTC), QStringLiteral("anna"),
                                 records[0].id, QStringLiteral("source"), QString(), QStringLiteral("liste"),
                                 QStringLiteral("edit")};
        store->replaceInstitutions(records, {change});
        QCOMPARE(store->institutions(), records);
        QCOMPARE(store->changeLog(), QList<FieldChange>{change}); // the upgrade added the log
    }

    // Every new store holds the city's boundary and its ten districts with
    // their population, so coverage per district works from the start.
    void aNewStoreHoldsTheCityAndItsDistricts()
    {
        const QString file = path("new-city.gpkg");
        InstitutionStore::create(file);
        const QList<Area> areas = InstitutionStore::open(file, InstitutionStore::Access::ReadOnly)->areas();
        QHash<QString, Area> districts;
        qint64 inDistricts = 0;
        for (const Area &a : areas) {
            if (a.kind == u"district") {
                districts.insert(a.name, a);
                inDistricts += a.population.value_or(0);
            }
        }
        QCOMPARE(districts.size(), 10);
        // The figures of the city's table (31 Dec 2019), summed per Stadtbezirk.
        QCOMPARE(districts.value(QStringLiteral("Mitte")).population, std::optional<qint64>(81456));
        QCOMPARE(districts.value(QStringLiteral("Gadderbaum")).population, std::optional<qint64>(10371));
        QCOMPARE(districts.value(QStringLiteral("Jöllenbeck")).population, std::optional<qint64>(22413));
        QCOMPARE(inDistricts, 339842);
        // The age groups add up to each district's total.
        for (const Area &d : std::as_const(districts)) {
            qint64 sum = 0;
            for (const auto &group : d.populationByAge) {
                QVERIFY2(group && *group > 0, qPrintable(d.name));
                sum += *group;
            }
            QCOMPARE(sum, *d.population);
        }
        const auto city = std::find_if(areas.cbegin(), areas.cend(), [](const Area &a) { return a.kind == u"city"; });
        QVERIFY(city != areas.cend());
        QCOMPARE(city->name, QStringLiteral("Bielefeld"));
        QCOMPARE(city->population, std::optional<qint64>(339842));
        QCOMPARE(areas.size(), 11);
        // Each district's name goes inside it.
        const Area mitte = districts.value(QStringLiteral("Mitte"));
        const auto label = mitte.labelPoint();
        QVERIFY(label);
        QVERIFY(mitte.boundingBox().contains(*label));
    }

    // A store of schema 7 gets the city's areas once, when opened for writing;
    // districts the coordinator imported already are not doubled.
    void anOlderStoreGetsTheCityOnce()
    {
        const QString file = path("schema7.gpkg");
        Area ownMitte = square(QStringLiteral("own-mitte"), 52.02, 8.53, 0.01);
        ownMitte.name = QStringLiteral("MITTE");
        {
            auto store = InstitutionStore::create(file);
            store->replaceAreas({ownMitte});
            store->setMetadata(QStringLiteral("schema_version"), QStringLiteral("7"));
        }
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            OGRLayer *layer = ds->GetLayerByName("areas");
            for (const char *field : {"population_under_18", "population_18_to_64", "population_65_to_79",
                                      "population_80_and_over"})
                QCOMPARE(layer->DeleteField(layer->GetLayerDefn()->GetFieldIndex(field)), OGRERR_NONE);
        }
        // Read-only, it is read as it is.
        QCOMPARE(InstitutionStore::open(file, InstitutionStore::Access::ReadOnly)->areas(), QList<Area>{ownMitte});
        // For writing: the boundary and the nine districts it lacked.
        const auto names = [&file] {
            QStringList out;
            for (const Area &a : InstitutionStore::open(file, InstitutionStore::Access::ReadWrite)->areas())
                out.append(a.kind + QLatin1Char(':') + a.name);
            out.sort();
            return out;
        };
        const QStringList upgraded = names();
        QCOMPARE(upgraded.size(), 11);
        QCOMPARE(upgraded.count(QStringLiteral("district:MITTE")), 1);
        QCOMPARE(upgraded.count(QStringLiteral("district:Mitte")), 0);
        QCOMPARE(upgraded.count(QStringLiteral("city:Bielefeld")), 1);
        QCOMPARE(names(), upgraded); // never twice
        // Removed by the coordinator, they stay removed.
        InstitutionStore::open(file, InstitutionStore::Access::ReadWrite)->replaceAreas({ownMitte});
        QCOMPARE(names(), QStringList{QStringLiteral("district:MITTE")});
    }

    void theFileIsAnOrdinaryGeoPackage()
    {
        // Anyone with GDAL or QGIS can read the store: check it with GDAL directly.
        const QString file = path("plain.gpkg");
        InstitutionStore::create(file)->replaceInstitutions({fullInstitution(QStringLiteral("x"))});
        GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        QCOMPARE(QString::fromLatin1(ds->GetDriver()->GetDescription()), QStringLiteral("GPKG"));
        OGRLayer *layer = ds->GetLayerByName("institutions");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), 1);
        QCOMPARE(layer->GetSpatialRef()->GetAuthorityCode(nullptr), "4326");
        const OGRFeatureUniquePtr f(layer->GetNextFeature());
        QCOMPARE(f->GetGeometryRef()->toPoint()->getX(), 8.5325); // x is the longitude
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("name")),
                 QStringLiteral("Beratungsstelle Süd x"));
        QCOMPARE(ds->GetLayerByName("services")->GetFeatureCount(), 3);
    }

    void theSpatialIndexFollowsEveryWrite()
    {
        // The index is set aside and rebuilt around each save: it must hold
        // exactly the saved positions, also after a save that failed.
        const QString file = path("indexed.gpkg");
        const auto indexed = [&] {
            GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
            OGRLayer *count = ds->ExecuteSQL("SELECT count(*) FROM rtree_institutions_geom", nullptr, nullptr);
            const int n = count ? int(OGRFeatureUniquePtr(count->GetNextFeature())->GetFieldAsInteger(0)) : -1;
            ds->ReleaseResultSet(count);
            return n;
        };
        const auto inBox = [&](double west, double south, double east, double north) {
            GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
            OGRLayer *layer = ds->GetLayerByName("institutions");
            layer->SetSpatialFilterRect(west, south, east, north);
            QStringList ids;
            for (const auto &f : *layer)
                ids.append(QString::fromUtf8(f->GetFieldAsString("id")));
            return ids;
        };
        auto store = InstitutionStore::create(file);
        store->replaceInstitutions({at("a", 52.00, 8.50), at("b", 52.05, 8.60), at("c", 51.95, 8.45)});
        QCOMPARE(indexed(), 3);
        QCOMPARE(inBox(8.55, 52.04, 8.65, 52.06), QStringList{QStringLiteral("b")});
        store->replaceInstitutions({at("d", 52.02, 8.52), at("e", 52.05, 8.60)});
        QCOMPARE(indexed(), 2);
        QCOMPARE(inBox(8.55, 52.04, 8.65, 52.06), QStringList{QStringLiteral("e")});
        // A save that fails half-way leaves index and data as they were, and
        // the next save works.
        const Institution twice = at("f", 52.03, 8.53);
        QCOMPARE(kindOf([&] { store->replaceInstitutions({twice, twice}); }), StoreError::Kind::WriteFailed);
        QCOMPARE(indexed(), 2);
        QCOMPARE(inBox(8.51, 52.01, 8.53, 52.03), QStringList{QStringLiteral("d")});
        store->replaceInstitutions({at("g", 51.99, 8.49)});
        QCOMPARE(indexed(), 1);
        QCOMPARE(inBox(8.48, 51.98, 8.50, 52.00), QStringList{QStringLiteral("g")});

        // A store that lost its index (say, killed between a save and the
        // index build) saves as usual and gets it back.
        store.reset();
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            ds->ReleaseResultSet(ds->ExecuteSQL("SELECT DisableSpatialIndex('institutions', 'geom')", nullptr, nullptr));
        }
        store = InstitutionStore::open(file, InstitutionStore::Access::ReadWrite);
        store->replaceInstitutions({at("h", 52.01, 8.51), at("i", 52.05, 8.60)});
        QCOMPARE(indexed(), 2);
        QCOMPARE(inBox(8.55, 52.04, 8.65, 52.06), QStringList{QStringLiteral("i")});
    }

    void aWholeLayerWriteKeepsTheGeoPackageBookkeeping()
    {
        // Whole layers are written through SQLite, not GDAL: what GDAL and
        // the GeoPackage standard keep beside the rows must still be right,
        // and GDAL's own writes afterwards must keep it right.
        const QString file = path("bookkeeping.gpkg");
        Institution nowhere = fullInstitution(QStringLiteral("nowhere"));
        nowhere.position = {};
        const QDateTime when(QDate(2026, 11, 24), QTime(9, 30, 15, 250), QTimeZone::UTC);
        const QList<FieldChange> log{{when,
                                      QStringLiteral("ina"),
                                      QStringLiteral("a"),
                                      QStringLiteral("created"),
                                      {},
                                      QStringLiteral("A"),
                                      QStringLiteral("import liste.csv row 2")}};
        auto store = InstitutionStore::create(file);
        store->replaceInstitutions(
            {at("a", 52.01, 8.51), nowhere, at("b", 52.05, 8.60), at("c", 51.95, 8.45)}, log);
        const auto check = [&](qint64 institutions, const OGREnvelope &expected) {
            GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
            for (const char *name : {"institutions", "services", "organisations", "change_log"}) {
                OGRLayer *layer = ds->GetLayerByName(name);
                // GetFeatureCount(FALSE) answers from gpkg_ogr_contents.
                const GIntBig cached = layer->GetFeatureCount(FALSE);
                OGRLayer *counted = ds->ExecuteSQL(
                    QByteArray("SELECT count(*) FROM ").append(name).constData(), nullptr, nullptr);
                const OGRFeatureUniquePtr row(counted->GetNextFeature());
                QCOMPARE(cached, row->GetFieldAsInteger64(0));
                ds->ReleaseResultSet(counted);
            }
            OGRLayer *places = ds->GetLayerByName("institutions");
            QCOMPARE(places->GetFeatureCount(FALSE), institutions);
            OGREnvelope extent;
            QCOMPARE(places->GetExtent(&extent, FALSE), OGRERR_NONE); // from gpkg_contents
            QCOMPARE(extent.MinX, expected.MinX);
            QCOMPARE(extent.MaxX, expected.MaxX);
            QCOMPARE(extent.MinY, expected.MinY);
            QCOMPARE(extent.MaxY, expected.MaxY);
        };
        // The triggers set aside during the write are back (GDAL itself sets
        // the feature count's aside while it holds the file for writing, so
        // they are looked for once the store is closed), the R-tree's made again.
        const auto triggers = [&] {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *statement = nullptr;
            sqlite3_prepare_v2(db,
                               "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name "
                               "= 'institutions' "
                               "ORDER BY name",
                               -1, &statement, nullptr);
            QStringList names;
            while (sqlite3_step(statement) == SQLITE_ROW)
                names.append(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
            sqlite3_finalize(statement);
            sqlite3_close(db);
            return names;
        };
        const QStringList allTriggers{QStringLiteral("rtree_institutions_geom_delete"),
                                      QStringLiteral("rtree_institutions_geom_insert"),
                                      QStringLiteral("rtree_institutions_geom_update1"),
                                      QStringLiteral("rtree_institutions_geom_update2"),
                                      QStringLiteral("rtree_institutions_geom_update3"),
                                      QStringLiteral("rtree_institutions_geom_update4"),
                                      QStringLiteral("trigger_delete_feature_count_institutions"),
                                      QStringLiteral("trigger_insert_feature_count_institutions")};
        OGREnvelope all;
        all.MinX = 8.45, all.MaxX = 8.60, all.MinY = 51.95, all.MaxY = 52.05;
        check(4, all);
        // The change log's time as GDAL reads it back, to the millisecond.
        QCOMPARE(store->changeLog().size(), 1);
        QCOMPARE(store->changeLog().first().at, when);
        QCOMPARE(store->changeLog().first().via, QStringLiteral("import liste.csv row 2"));

        // GDAL's own single-record save counts on from there.
        Institution d = at("d", 52.02, 8.52);
        d.version = 0;
        d.recordStatus = RecordStatus::Draft;
        store->saveInstitution(d, QStringLiteral("ina"), QStringLiteral("edit"));
        check(5, all);
        // A smaller layer shrinks the extent; the records read back as written.
        const QList<Institution> fewer{at("e", 52.00, 8.50), at("f", 52.03, 8.55)};
        store->replaceInstitutions(fewer);
        OGREnvelope two;
        two.MinX = 8.50, two.MaxX = 8.55, two.MinY = 52.00, two.MaxY = 52.03;
        check(2, two);
        QCOMPARE(store->institutions(), fewer);
        store.reset();
        QCOMPARE(triggers(), allTriggers);
        QCOMPARE(InstitutionStore::open(file, InstitutionStore::Access::ReadOnly)->institutions(),
                 fewer);
        check(2, two);
    }

    void aStoreAnotherProgramWritesRefusesAWholeLayerWrite()
    {
        const QString file = path("busy.gpkg");
        const QList<Institution> before{fullInstitution(QStringLiteral("a"))};
        auto store = InstitutionStore::create(file);
        store->replaceInstitutions(before);
        // Another program is writing (it holds SQLite's reserved lock).
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        // (It waits for the other writer a while first; how long is a timing,
        // not a test's business.)
        QCOMPARE(
            kindOf([&] { store->replaceInstitutions({fullInstitution(QStringLiteral("b"))}); }),
            StoreError::Kind::Locked);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        // Nothing changed, and the same store object writes once the other has let go.
        QCOMPARE(store->institutions(), before);
        store->replaceInstitutions({fullInstitution(QStringLiteral("b"))});
        QCOMPARE(store->institutions().first().id, QStringLiteral("b"));
    }

    void aStoreGoneBeforeAWholeLayerWriteIsReportedNotCrashed()
    {
        // The file removed while the store is open (a network drive gone, a
        // colleague's clean-up): the write fails with the reason, and the
        // store object answers every later call with an error, not a crash.
        const QString file = path("gone.gpkg");
        auto store = InstitutionStore::create(file);
        store->replaceInstitutions({fullInstitution(QStringLiteral("a"))});
        QVERIFY(QFile::remove(file));
        QCOMPARE(kindOf([&] { store->replaceInstitutions({fullInstitution(QStringLiteral("b"))}); }),
                 StoreError::Kind::Missing);
        QCOMPARE(kindOf([&] { store->institutions(); }), StoreError::Kind::Corrupt);
        QCOMPARE(kindOf([&] { store->replaceInstitutions({fullInstitution(QStringLiteral("b"))}); }),
                 StoreError::Kind::Missing);
        QVERIFY(!QFile::exists(file)); // nothing made in its place
    }

    void aFailedWriteChangesNothing()
    {
        const QString file = path("atomic.gpkg");
        const QList<Institution> before{fullInstitution(QStringLiteral("a")),
                                        fullInstitution(QStringLiteral("b"))};
        auto store = InstitutionStore::create(file);
        store->replaceInstitutions(before);
        // Two institutions with one id break the unique constraint half-way through.
        const Institution c = fullInstitution(QStringLiteral("c"));
        QCOMPARE(kindOf([&] {
                     store->replaceInstitutions({c, c});
                 }),
                 StoreError::Kind::WriteFailed);
        QCOMPARE(store->institutions(), before);
        store.reset();
        QCOMPARE(InstitutionStore::open(file, InstitutionStore::Access::ReadOnly)->institutions(),
                 before);
    }

    void conflictingOrganisationRecordsAreRefused()
    {
        const QString file = path("organisations.gpkg");
        auto store = InstitutionStore::create(file);
        Institution a = fullInstitution(QStringLiteral("a"));
        Institution b = fullInstitution(QStringLiteral("b"));
        b.organisation = a.organisation;
        store->replaceInstitutions({a, b});
        b.organisation.website = QStringLiteral("https://elsewhere.example/");
        QCOMPARE(kindOf([&] {
                     store->replaceInstitutions({a, b});
                 }),
                 StoreError::Kind::WriteFailed);
        QCOMPARE(store->institutions().at(1).organisation.website, a.organisation.website);
    }

    void aCorruptFileIsReportedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("Name;Straße\nAWO;Detmolder Straße 280\n");
        QTest::newRow("sqlite header, then garbage")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a');
        QTest::newRow("empty") << QByteArray();
    }

    void aCorruptFileIsReportedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        const QString file = path("corrupt.gpkg");
        writeFile(file, content);
        const QByteArray fingerprint = digest(file);
        QCOMPARE(kindOf([&] { InstitutionStore::open(file, InstitutionStore::Access::ReadWrite); }),
                 StoreError::Kind::Corrupt);
        // Even the first-run path, which creates missing stores, leaves it alone.
        QCOMPARE(kindOf([&] { openStore(file, true, bundledDemoSeed); }),
                 StoreError::Kind::Corrupt);
        QCOMPARE(digest(file), fingerprint);
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }

    void aTruncatedStoreIsReportedAndLeftUntouched()
    {
        const QString file = path("truncated.gpkg");
        InstitutionStore::create(file)->replaceInstitutions(bundledDemoSeed().institutions);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 3));
        f.close();
        const QByteArray fingerprint = digest(file);
        const auto kind = kindOf([&] {
            InstitutionStore::open(file, InstitutionStore::Access::ReadWrite)->institutions();
        });
        QVERIFY(kind == StoreError::Kind::Corrupt || kind == StoreError::Kind::NotAStore);
        QCOMPARE(digest(file), fingerprint);
    }

    void aMissingStoreIsReportedNotCreated()
    {
        const QString file = path("nowhere/missing.gpkg");
        QCOMPARE(kindOf([&] { InstitutionStore::open(file, InstitutionStore::Access::ReadOnly); }),
                 StoreError::Kind::Missing);
        QCOMPARE(kindOf([&] { openStore(file, false, bundledDemoSeed); }),
                 StoreError::Kind::Missing);
        QVERIFY(!QFile::exists(file));
    }

    void aForeignGeoPackageIsNotAStore()
    {
        const QString file = path("foreign.gpkg");
        {
            GDALDriver *gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(
                gpkg->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            srs.importFromEPSG(25832);
            ds->CreateLayer("schulen", &srs, wkbPoint, nullptr);
        }
        const QByteArray fingerprint = digest(file);
        QCOMPARE(kindOf([&] { InstitutionStore::open(file, InstitutionStore::Access::ReadWrite); }),
                 StoreError::Kind::NotAStore);
        QCOMPARE(digest(file), fingerprint);
    }

    void aLockedStoreIsReported()
    {
        const QString file = path("locked.gpkg");
        InstitutionStore::create(file)->replaceInstitutions({fullInstitution(QStringLiteral("a"))});
        const QByteArray fingerprint = digest(file);
        // Another program (here: SQLite itself) holds an exclusive lock.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(
            kindOf([&] {
                InstitutionStore::open(file, InstitutionStore::Access::ReadWrite)->institutions();
            }),
            StoreError::Kind::Locked);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QCOMPARE(digest(file), fingerprint);
        // Once the other program lets go, the store reads again.
        QCOMPARE(InstitutionStore::open(file, InstitutionStore::Access::ReadWrite)
                     ->institutions()
                     .size(),
                 1);
    }

    void aReadOnlyStoreRefusesWrites()
    {
        const QString file = path("readonly.gpkg");
        InstitutionStore::create(file)->replaceInstitutions({fullInstitution(QStringLiteral("a"))});
        auto store = InstitutionStore::open(file, InstitutionStore::Access::ReadOnly);
        QVERIFY(store->isReadOnly());
        QCOMPARE(kindOf([&] { store->replaceInstitutions({}); }), StoreError::Kind::ReadOnly);
        QCOMPARE(store->institutions().size(), 1);
    }

    void createNeverOverwrites()
    {
        const QString file = path("existing.gpkg");
        writeFile(file, "precious");
        QCOMPARE(kindOf([&] { InstitutionStore::create(file); }), StoreError::Kind::WriteFailed);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void theFirstRunSeedsTheDefaultStoreOnce()
    {
        const QString file = path("first/run/stadtplan.gpkg");
        bool created = false;
        auto store = openStore(file, true, bundledDemoSeed, &created);
        QVERIFY(created);
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QCOMPARE(store->institutions(), bundledDemoSeed().institutions);
        QVERIFY(store->metadata(QStringLiteral("data_note")).contains(QStringLiteral("Demo")));
        store.reset();
        const QByteArray fingerprint = digest(file);
        store = openStore(file, true, bundledDemoSeed, &created);
        QVERIFY(!created);
        store.reset();
        QCOMPARE(digest(file), fingerprint);
    }

    void anInterruptedSeedLeavesNothingBehind()
    {
        const QString file = path("interrupted/stadtplan.gpkg");
        const auto failingSeed = []() -> Seed {
            throw DataFileError(QStringLiteral("seed.geojson"), QStringLiteral("feature 3"),
                                QStringLiteral("name"), QStringLiteral("missing"));
        };
        QVERIFY_THROWS_EXCEPTION(DataFileError, openStore(file, true, failingSeed));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }

    void connectionStringsHidePasswords()
    {
        QVERIFY(InstitutionStore::isDatabaseConnection(QStringLiteral("PG:dbname=stadtplan")));
        QVERIFY(!InstitutionStore::isDatabaseConnection(QStringLiteral("/data/PG.gpkg")));
        const QString shown = stadtplan::gdal::displayLocation(
            QStringLiteral("PG:host=db dbname=stadtplan user=editor password=s3cret"));
        QVERIFY(!shown.contains(QStringLiteral("s3cret")));
        QVERIFY(shown.contains(QStringLiteral("password=***")));
        QVERIFY(shown.contains(QStringLiteral("dbname=stadtplan")));
    }

    void collectionFileErrorsNameFeatureAndField()
    {
        const QString file = path("broken.geojson");
        writeFile(file, R"({"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[8.53,52.02]},
             "properties":{"id":"ok","name":"Gut","position_source":"estimated",
                           "services":[{"id":"ok-1","focus_areas":["counselling"]}]}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[8.53,52.02]},
             "properties":{"id":"bad","name":"","position_source":"estimated",
                           "services":[{"id":"bad-1","focus_areas":["counselling"]}]}}]})");
        try {
            readInstitutionCollection(file);
            QFAIL("accepted a feature without a name");
        } catch (const DataFileError &e) {
            QCOMPARE(e.record(), QStringLiteral("feature 2"));
            QCOMPARE(e.field(), QStringLiteral("name"));
            QCOMPARE(e.file(), file);
        }
        writeFile(file, R"({"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[8.53,52.02]},
             "properties":{"id":"x","name":"X","position_source":"guessed",
                           "services":[{"id":"x-1","focus_areas":["counselling"]}]}}]})");
        try {
            readInstitutionCollection(file);
            QFAIL("accepted an unknown position source");
        } catch (const DataFileError &e) {
            QCOMPARE(e.field(), QStringLiteral("position_source"));
            QVERIFY(e.problem().contains(QStringLiteral("guessed")));
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
