#include "bundleddata.h"
#include "changelog.h"
#include "gdalsupport.h"
#include "institutionimport.h"
#include "institutionstore.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QProcess>
#include <future>
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

    // A store of its own in a schema of the test database.
    QString freshSchema(const QString &schema, const QList<Institution> &records)
    {
        stadtplan::gdal::ensureInitialised();
        {
            GDALDatasetUniquePtr db(GDALDataset::Open(m_connection.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            db->ReleaseResultSet(db->ExecuteSQL(qPrintable(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)), nullptr, nullptr));
            db->ReleaseResultSet(db->ExecuteSQL(qPrintable(QStringLiteral("CREATE SCHEMA %1").arg(schema)), nullptr, nullptr));
        }
        const QString connection = m_connection + QStringLiteral(" active_schema=") + schema;
        InstitutionStore::create(connection)->replaceInstitutions(records);
        return connection;
    }

private Q_SLOTS:
    void initTestCase()
    {
        STADTPLAN_REQUIRE_PG(m_connection);
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

    void twoEditorProcessesLoseNoUpdate()
    {
        // Five records, two processes making 1,000 random edits each.
        QList<Institution> records;
        QStringList ids;
        for (int k = 1; k <= 5; ++k) {
            records.append(fullInstitution(QStringLiteral("c%1").arg(k)));
            ids.append(records.constLast().id);
        }
        const QString connection = freshSchema(QStringLiteral("concurrency"), records);
        const int edits = 1000;
        QList<QProcess *> editors;
        for (const QString &name : {QStringLiteral("anna"), QStringLiteral("ben")}) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(STADTPLAN_EDITOR_PROCESS),
                     QStringList{connection, name, QString::number(name.size() * 7919), QString::number(edits)} + ids);
            editors.append(p);
        }
        // Which revision each save started from and made, per record.
        QHash<QString, QList<std::pair<qint64, qint64>>> saves;
        int conflicts = 0;
        double slowest = 0;
        for (QProcess *p : std::as_const(editors)) {
            QVERIFY(p->waitForFinished(300000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
            bool summary = false;
            for (const QByteArray &line : lines) {
                const QList<QByteArray> words = line.split(' ');
                if (words.value(0) == "saved")
                    saves[QString::fromUtf8(words[1])].append({words[2].toLongLong(), words[3].toLongLong()});
                QVERIFY2(words.value(0) != "unchanged", line.constData()); // every value is unique
                if (words.value(0) == "summary") {
                    summary = true;
                    QCOMPARE(words[1], QByteArray("saves=") + QByteArray::number(edits));
                    conflicts += words[2].mid(int(qstrlen("conflicts="))).toInt();
                    slowest = std::max(slowest, words[3].mid(int(qstrlen("seconds="))).toDouble());
                }
            }
            QVERIFY(summary);
        }
        const auto store = InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly);
        int saved = 0;
        for (const Institution &initial : std::as_const(records)) {
            const Institution final = *store->institution(initial.id);
            // Every save started from the revision before it: no two from the
            // same revision (the second would have overwritten the first).
            QList<std::pair<qint64, qint64>> chain = saves.value(initial.id);
            std::sort(chain.begin(), chain.end());
            for (qsizetype k = 0; k < chain.size(); ++k)
                QCOMPARE(chain[k], std::make_pair(qint64(k + 1), qint64(k + 2)));
            QCOMPARE(final.version, qint64(chain.size() + 1));
            saved += int(chain.size());
            // The log replayed over the first revision gives the final record,
            // and each entry's old value is the value the one before left.
            Institution replayed = initial;
            for (const FieldChange &c : store->changeLog(initial.id)) {
                QCOMPARE(recordFields(replayed).value(c.field), c.oldValue);
                QVERIFY(setRecordField(replayed, c.field, c.newValue));
            }
            QCOMPARE(recordFields(replayed), recordFields(final));
        }
        QVERIFY2(conflicts > 0, "the two editors never met: the test proves nothing");
        qInfo("concurrency: 2 editors x %d edits on %lld records: %d saves, %d conflicts detected and resolved, "
              "0 lost updates; slower editor %.1f s (%.1f saves/s)",
              edits, static_cast<long long>(records.size()), saved, conflicts, slowest, edits / slowest);
    }

    void aServerStoppedMidSaveLosesNothingAndSavesOnce()
    {
        const QString connection = freshSchema(QStringLiteral("fault"), {fullInstitution(QStringLiteral("f1"))});
        auto store = InstitutionStore::open(connection, InstitutionStore::Access::ReadWrite);
        Institution edit = *store->institution(QStringLiteral("f1"));
        edit.name = QStringLiteral("Beratung am Kesselbrink");

        // A colleague's open save holds the record, so this save waits inside
        // its transaction; the server is stopped while it waits.
        GDALDatasetUniquePtr colleague(GDALDataset::Open(connection.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QVERIFY(colleague);
        QCOMPARE(colleague->StartTransaction(FALSE), OGRERR_NONE);
        OGRLayer *held = colleague->ExecuteSQL("SELECT version FROM institutions WHERE id = 'f1' FOR UPDATE", nullptr, nullptr);
        QVERIFY(held);
        OGRFeatureUniquePtr(held->GetNextFeature()); // a cursor locks the rows it fetches
        colleague->ReleaseResultSet(held);
        auto saving = std::async(std::launch::async, [&] { return store->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")); });
        QVERIFY(saving.wait_for(std::chrono::milliseconds(500)) == std::future_status::timeout); // it waits
        QCOMPARE(test::pgCluster(QStringLiteral("halt")), 0);
        try {
            saving.get();
            QFAIL("a save survived the server's end");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(e.message().contains(QStringLiteral("cannot be reached; nothing was saved")), qPrintable(e.message()));
        }
        colleague.reset();
        QCOMPARE(edit.name, QStringLiteral("Beratung am Kesselbrink")); // the edit is the caller's, untouched
        // While the server is away, a save says so again.
        QVERIFY_THROWS_EXCEPTION(StoreError, store->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")));

        QCOMPARE(test::pgCluster(QStringLiteral("resume")), 0);
        // The same store object connects again and saves, once.
        QCOMPARE(store->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")).version, qint64(2));
        QCOMPARE(store->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")).version, qint64(2));
        const auto fresh = InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly);
        QCOMPARE(fresh->institution(QStringLiteral("f1"))->name, QStringLiteral("Beratung am Kesselbrink"));
        int logged = 0;
        for (const FieldChange &c : fresh->changeLog(QStringLiteral("f1")))
            logged += c.field == QLatin1String("name") ? 1 : 0;
        QCOMPARE(logged, 1);
    }

    void aViewerRoleReadsButCannotSave()
    {
        const QString connection = freshSchema(QStringLiteral("roles"), {fullInstitution(QStringLiteral("r1"))});
        {
            GDALDatasetUniquePtr db(GDALDataset::Open(m_connection.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            for (const char *sql : {"DROP OWNED BY stadtplan_viewer", "DROP ROLE IF EXISTS stadtplan_viewer",
                                    "CREATE ROLE stadtplan_viewer LOGIN", "GRANT USAGE ON SCHEMA roles TO stadtplan_viewer",
                                    "GRANT SELECT ON ALL TABLES IN SCHEMA roles TO stadtplan_viewer"}) {
                CPLErrorReset();
                db->ReleaseResultSet(db->ExecuteSQL(sql, nullptr, nullptr));
            }
        }
        QString viewer = connection;
        viewer.replace(QStringLiteral("user=stadtplan"), QStringLiteral("user=stadtplan_viewer"));
        QVERIFY(viewer != connection);
        QVERIFY(InstitutionStore::open(connection, InstitutionStore::Access::ReadWrite)->canWrite());
        auto store = InstitutionStore::open(viewer, InstitutionStore::Access::ReadWrite);
        QVERIFY(!store->canWrite());
        Institution record = *store->institution(QStringLiteral("r1"));
        QCOMPARE(record.name, fullInstitution(QStringLiteral("r1")).name);
        record.name = QStringLiteral("Nicht erlaubt");
        try {
            store->saveInstitution(record, QStringLiteral("viewer"), QStringLiteral("edit"));
            QFAIL("a viewer saved");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::WriteFailed);
            QVERIFY2(e.message().contains(QStringLiteral("permission denied")), qPrintable(e.message()));
        }
        QCOMPARE(InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly)->institution(QStringLiteral("r1"))->name,
                 fullInstitution(QStringLiteral("r1")).name);
    }

    void anImportCreatesTheTablesInAnEmptyDatabase()
    {
        {
            GDALDatasetUniquePtr db(GDALDataset::Open(m_connection.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            db->ReleaseResultSet(db->ExecuteSQL("DROP SCHEMA IF EXISTS created CASCADE", nullptr, nullptr));
            db->ReleaseResultSet(db->ExecuteSQL("CREATE SCHEMA created", nullptr, nullptr));
        }
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("liste.csv"));
        writeFile(list, "Name;Lat;Lon;Schwerpunkt\nSprachtreff;52,03;8,54;Sprachkurse\n");
        const Taxonomy taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        const InstitutionImport import(taxonomy, CityProfile::fromJson(BundledData::read(QStringLiteral("city.json"))),
                                       FieldMapping::standard(taxonomy));
        ImportOptions options;
        options.input = list;
        options.store = m_connection + QStringLiteral(" active_schema=created");
        const ImportReport without = import.run(options);
        QVERIFY(without.hasErrors()); // no tables, and not asked to make them
        QVERIFY2(without.toText().contains(QStringLiteral("not a Stadtplan")), qPrintable(without.toText()));
        options.create = true;
        // A dry run first: checked as if into empty tables, and none made.
        options.dryRun = true;
        const ImportReport dry = import.run(options);
        QVERIFY2(!dry.hasErrors() && dry.added == 1, qPrintable(dry.toText()));
        QVERIFY2(dry.toText().contains(QStringLiteral("the import would make it")), qPrintable(dry.toText()));
        {
            GDALDatasetUniquePtr db(GDALDataset::Open(m_connection.toUtf8().constData(), GDAL_OF_VECTOR));
            OGRLayer *tables = db->ExecuteSQL(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'created'", nullptr, nullptr);
            QVERIFY(tables);
            std::unique_ptr<OGRFeature> row(tables->GetNextFeature());
            QCOMPARE(row->GetFieldAsInteger(0), 0);
            db->ReleaseResultSet(tables);
        }
        options.dryRun = false;
        const ImportReport report = import.run(options);
        QVERIFY2(!report.hasErrors(), qPrintable(report.toText()));
        QCOMPARE(InstitutionStore::open(options.store, InstitutionStore::Access::ReadOnly)->institutions().size(), 1);
        QVERIFY(!import.run(options).hasErrors()); // a store there now: used, not made again
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
