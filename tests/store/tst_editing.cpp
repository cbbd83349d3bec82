#include "changelog.h"
#include "clock.h"
#include "gdalsupport.h"
#include "institutionstore.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace stadtplan;
using namespace stadtplan::test;

// Saving single records: revisions, conflicts and the change log. One suite,
// built twice: over GeoPackage files (STADTPLAN_EDITING_POSTGIS unset) and
// over a real PostgreSQL/PostGIS server (tests/support/pg-cluster), each test
// on a store of its own (a file, or a schema of the test database).
class TestEditing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_server; // "PG:..." of the test database; empty for GeoPackage
    int m_stores = 0;

    // A fresh store holding `records`.
    QString newStore(const QList<Institution> &records)
    {
        QString connection;
        if (m_server.isEmpty()) {
            connection = m_dir.filePath(QStringLiteral("store%1.gpkg").arg(++m_stores));
        } else {
            const QString schema = QStringLiteral("editing_%1").arg(++m_stores);
            stadtplan::gdal::ensureInitialised();
            GDALDatasetUniquePtr db(
                GDALDataset::Open(m_server.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            if (!db)
                qFatal("cannot connect to %s", qPrintable(m_server));
            db->ReleaseResultSet(db->ExecuteSQL(
                qPrintable(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)), nullptr,
                nullptr));
            db->ReleaseResultSet(db->ExecuteSQL(
                qPrintable(QStringLiteral("CREATE SCHEMA %1").arg(schema)), nullptr, nullptr));
            connection = m_server + QStringLiteral(" active_schema=") + schema;
        }
        InstitutionStore::create(connection)->replaceInstitutions(records);
        return connection;
    }

    static std::unique_ptr<InstitutionStore> openForWriting(const QString &connection)
    {
        return InstitutionStore::open(connection, InstitutionStore::Access::ReadWrite);
    }

    // The log's entries of one record made by edits, as "field: old -> new".
    static QStringList editsOf(const InstitutionStore &store, const QString &id)
    {
        QStringList out;
        for (const FieldChange &c : store.changeLog(id))
            if (c.via.startsWith(QLatin1String("edit")))
                out.append(QStringLiteral("%1: %2 -> %3").arg(c.field, c.oldValue, c.newValue));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef STADTPLAN_EDITING_POSTGIS
        STADTPLAN_REQUIRE_PG(m_server);
#endif
    }

    void everyEditTypeIsLoggedWithOldAndNewValues()
    {
        const QString connection = newStore({fullInstitution(QStringLiteral("a"))});
        auto store = openForWriting(connection);
        QVERIFY(store->canWrite());
        Institution record = *store->institution(QStringLiteral("a"));
        QCOMPARE(record.version, qint64(1));
        QCOMPARE(record.recordStatus, RecordStatus::Published);

        // A field of the record, a service's field and a move of the marker.
        record.name = QStringLiteral("Beratungsstelle Mitte");
        record.services[0].contact.phone = QStringLiteral("+49 521 111111");
        record.position = {52.0300, 8.5400};
        const QDateTime at(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::UTC);
        {
            const clock::Fixed fixed(at);
            record = store->saveInstitution(record, QStringLiteral("anna"), QStringLiteral("edit"));
        }
        QCOMPARE(record.version, qint64(2));
        QCOMPARE(
            editsOf(*store, QStringLiteral("a")),
            (QStringList{QStringLiteral("name: Beratungsstelle Süd a -> Beratungsstelle Mitte"),
                         QStringLiteral("position: 52.021200, 8.532500 -> 52.030000, 8.540000"),
                         QStringLiteral("service a-1: phone: +49 521 000000 -> +49 521 111111")}));
        const FieldChange first = store->changeLog(QStringLiteral("a")).constLast();
        QCOMPARE(first.who, QStringLiteral("anna"));
        QCOMPARE(first.at, at); // the domain clock's time

        // Archived, not deleted: still in the store, with its history.
        record.recordStatus = RecordStatus::Archived;
        record = store->saveInstitution(record, QStringLiteral("anna"), QStringLiteral("edit"));
        QCOMPARE(editsOf(*store, QStringLiteral("a")).constLast(),
                 QStringLiteral("status: published -> archived"));
        const auto reopened =
            InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly);
        const Institution archived = *reopened->institution(QStringLiteral("a"));
        QCOMPARE(archived.recordStatus, RecordStatus::Archived);
        QCOMPARE(archived.version, qint64(3));
        QCOMPARE(archived.name, QStringLiteral("Beratungsstelle Mitte"));
        QCOMPARE(archived.services.size(), 3);

        // A new record starts as a draft, is logged as created, then published.
        Institution added = fullInstitution(QStringLiteral("neu"));
        added.version = 0;
        added.recordStatus = RecordStatus::Draft;
        added = store->saveInstitution(added, QStringLiteral("ben"), QStringLiteral("edit"));
        QCOMPARE(added.version, qint64(1));
        QCOMPARE(editsOf(*store, QStringLiteral("neu")),
                 QStringList{QStringLiteral("created:  -> Beratungsstelle Süd neu")});
        added.recordStatus = RecordStatus::Published;
        added = store->saveInstitution(added, QStringLiteral("carla"),
                                       QStringLiteral("edit, approved"));
        QCOMPARE(editsOf(*store, QStringLiteral("neu")).constLast(),
                 QStringLiteral("status: draft -> published"));
        QCOMPARE(store->changeLog(QStringLiteral("neu")).constLast().who, QStringLiteral("carla"));
        QCOMPARE(store->institutions().size(), 2);
    }

    void aSaveAgainstAChangedRecordIsRefusedWithTheStoredVersion()
    {
        const QString connection = newStore({fullInstitution(QStringLiteral("b"))});
        auto first = openForWriting(connection);
        auto second = openForWriting(connection);
        Institution mine = *first->institution(QStringLiteral("b"));
        Institution theirs = *second->institution(QStringLiteral("b"));
        theirs.services[0].openingHours = QStringLiteral("Mo-Fr 08:00-16:00");
        second->saveInstitution(theirs, QStringLiteral("ben"), QStringLiteral("edit"));

        mine.services[0].openingHours = QStringLiteral("Tu 10:00-12:00");
        try {
            first->saveInstitution(mine, QStringLiteral("anna"), QStringLiteral("edit"));
            QFAIL("a save over another editor's save was accepted");
        } catch (const ConflictError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QCOMPARE(e.stored().version, qint64(2));
            QCOMPARE(e.stored().services[0].openingHours, QStringLiteral("Mo-Fr 08:00-16:00"));
            QVERIFY(e.message().contains(QStringLiteral("Someone else changed")));
        }
        QCOMPARE(first->institution(QStringLiteral("b"))->services[0].openingHours,
                 QStringLiteral("Mo-Fr 08:00-16:00"));
        QCOMPARE(editsOf(*first, QStringLiteral("b")).size(), 1);

        // Saved again on top of the stored revision, after choosing: accepted.
        mine.version = 2;
        QCOMPARE(
            first->saveInstitution(mine, QStringLiteral("anna"), QStringLiteral("edit")).version,
            qint64(3));
        QCOMPARE(editsOf(*first, QStringLiteral("b")).constLast(),
                 QStringLiteral("service b-1: opening_hours: Mo-Fr 08:00-16:00 -> Tu 10:00-12:00"));
    }

    void aSaveRepeatedAfterItsAnswerWasLostSavesOnce()
    {
        const QString connection = newStore({fullInstitution(QStringLiteral("c"))});
        auto store = openForWriting(connection);
        Institution edit = *store->institution(QStringLiteral("c"));
        edit.address.street = QStringLiteral("Niederwall");
        QCOMPARE(
            store->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")).version,
            qint64(2));
        // The same edit from revision 1 again: nothing is written twice.
        QCOMPARE(
            store->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")).version,
            qint64(2));
        QCOMPARE(editsOf(*store, QStringLiteral("c")).size(), 1);
        // A new record saved twice, too.
        Institution added = fullInstitution(QStringLiteral("d"));
        added.version = 0;
        store->saveInstitution(added, QStringLiteral("anna"), QStringLiteral("edit"));
        QCOMPARE(
            store->saveInstitution(added, QStringLiteral("anna"), QStringLiteral("edit")).version,
            qint64(1));
        QCOMPARE(editsOf(*store, QStringLiteral("d")).size(), 1);
        // But a different new record under a taken id is a conflict.
        added.name = QStringLiteral("Eine andere Stelle");
        QVERIFY_THROWS_EXCEPTION(
            ConflictError,
            store->saveInstitution(added, QStringLiteral("anna"), QStringLiteral("edit")));
    }

    void changesOfAPublishedRecordWaitForApproval()
    {
        const QString connection = newStore({fullInstitution(QStringLiteral("p"))});
        auto store = openForWriting(connection);
        Institution edit = *store->institution(QStringLiteral("p"));
        edit.services[0].contact.email = QStringLiteral("neu@example.org");
        edit.address.houseNumber = QStringLiteral("14");
        store->propose(edit, QStringLiteral("ben"));
        // The public record is unchanged; the proposal holds both values.
        QCOMPARE(store->institution(QStringLiteral("p"))->address.houseNumber,
                 QStringLiteral("12a"));
        QCOMPARE(store->institution(QStringLiteral("p"))->version, qint64(1));
        QList<Proposal> waiting = store->proposals();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting[0].change.field, QStringLiteral("house_number"));
        QCOMPARE(waiting[0].change.oldValue, QStringLiteral("12a"));
        QCOMPARE(waiting[0].change.newValue, QStringLiteral("14"));
        QCOMPARE(waiting[0].change.who, QStringLiteral("ben"));
        QCOMPARE(waiting[0].baseVersion, qint64(1));
        // Proposed again: the field's newer proposal replaces the older one.
        edit.address.houseNumber = QStringLiteral("16");
        store->propose(edit, QStringLiteral("ben"));
        waiting = store->proposals(QStringLiteral("p"));
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting[0].change.field, QStringLiteral("house_number"));
        QCOMPARE(waiting[0].change.newValue, QStringLiteral("16"));
        QCOMPARE(editsOf(*store, QStringLiteral("p")).size(), 0); // nothing changed yet

        const Institution approved =
            store->approveProposals(QStringLiteral("p"), QStringLiteral("carla"));
        QCOMPARE(approved.version, qint64(2));
        QCOMPARE(approved.address.houseNumber, QStringLiteral("16"));
        QCOMPARE(approved.services[0].contact.email, QStringLiteral("neu@example.org"));
        QVERIFY(store->proposals().isEmpty());
        const QList<FieldChange> log = store->changeLog(QStringLiteral("p"));
        QCOMPARE(log.constLast().who, QStringLiteral("ben"));
        QCOMPARE(log.constLast().via, QStringLiteral("edit, approved by carla"));
        QCOMPARE(editsOf(*store, QStringLiteral("p")),
                 (QStringList{QStringLiteral("house_number: 12a -> 16"),
                              QStringLiteral(
                                  "service p-1: email: beratung@example.org -> neu@example.org")}));

        // A proposed field changed meanwhile (an import, say): approving would
        // overwrite that unseen, and is refused with the field named.
        Institution proposal = approved;
        proposal.services[0].contact.phone = QStringLiteral("+49 521 1");
        store->propose(proposal, QStringLiteral("ben"));
        Institution imported = approved;
        imported.services[0].contact.phone = QStringLiteral("+49 521 2");
        const Institution afterImport = store->saveInstitution(imported, QStringLiteral("import"), QStringLiteral("import liste.csv row 2"));
        try {
            store->approveProposals(QStringLiteral("p"), QStringLiteral("carla"));
            QFAIL("approved over a change made since");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.detail().contains(QStringLiteral("now '+49 521 2'")), qPrintable(e.detail()));
        }
        QCOMPARE(store->institution(QStringLiteral("p"))->services[0].contact.phone, QStringLiteral("+49 521 2"));
        store->discardProposals(QStringLiteral("p"));
        // A proposal against an older revision is refused with the store's record;
        // a rejected one is gone without a trace in the record.
        QVERIFY_THROWS_EXCEPTION(ConflictError, store->propose(edit, QStringLiteral("ben")));
        Institution archive = afterImport;
        archive.recordStatus = RecordStatus::Archived;
        store->propose(archive, QStringLiteral("ben"));
        QCOMPARE(store->proposals().size(), 1);
        store->discardProposals(QStringLiteral("p"));
        QVERIFY(store->proposals().isEmpty());
        QCOMPARE(store->institution(QStringLiteral("p"))->recordStatus, RecordStatus::Published);
    }

    void anImportOverARecordSavedMeanwhileIsRefused()
    {
        const QString connection =
            newStore({fullInstitution(QStringLiteral("e")), fullInstitution(QStringLiteral("f"))});
        auto importer = openForWriting(connection);
        QList<Institution> read = importer->institutions();
        QHash<QString, qint64> versions;
        for (const Institution &i : read)
            versions.insert(i.id, i.version);
        auto editor = openForWriting(connection);
        Institution edited = *editor->institution(QStringLiteral("f"));
        edited.name = QStringLiteral("Bearbeitet");
        editor->saveInstitution(edited, QStringLiteral("ben"), QStringLiteral("edit"));

        for (Institution &i : read)
            i.description = QStringLiteral("aus der Liste");
        try {
            importer->replaceInstitutions(read, {}, &versions);
            QFAIL("the import overwrote an edit");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY(e.detail().contains(QStringLiteral("f was saved")));
        }
        QCOMPARE(editor->institution(QStringLiteral("f"))->name, QStringLiteral("Bearbeitet"));
        QCOMPARE(editor->institution(QStringLiteral("e"))->description,
                 fullInstitution(QStringLiteral("e")).description);
    }

    void aStoreOfSchemaSixIsReadAsItIsAndUpgradedForWriting()
    {
        // A store made before records had a status and a revision: the
        // layer and columns of schema 7 removed, the version set back.
        const QString connection = newStore({fullInstitution(QStringLiteral("o1"))});
        {
            stadtplan::gdal::ensureInitialised();
            GDALDatasetUniquePtr db(GDALDataset::Open(connection.toUtf8().constData(),
                                                      GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QVERIFY(db);
            for (int k = 0; k < db->GetLayerCount(); ++k)
                if (QLatin1String(db->GetLayer(k)->GetName()) == QLatin1String("proposals")) {
                    QCOMPARE(db->DeleteLayer(k), OGRERR_NONE);
                    break;
                }
            OGRLayer *places = db->GetLayerByName("institutions");
            for (const char *field : {"status", "version"})
                QCOMPARE(places->DeleteField(places->GetLayerDefn()->GetFieldIndex(field)),
                         OGRERR_NONE);
            OGRLayer *metadata = db->GetLayerByName("stadtplan_metadata");
            metadata->SetAttributeFilter("key = 'schema_version'");
            OGRFeatureUniquePtr version(metadata->GetNextFeature());
            QVERIFY(version);
            version->SetField("value", "6");
            QCOMPARE(metadata->SetFeature(version.get()), OGRERR_NONE);
        }
        {
            const auto old = InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly);
            QCOMPARE(old->metadata(QStringLiteral("schema_version")), QStringLiteral("6"));
            const Institution read = *old->institution(QStringLiteral("o1"));
            QCOMPARE(read.recordStatus, RecordStatus::Published);
            QCOMPARE(read.version, qint64(1));
            QVERIFY(old->proposals().isEmpty());
        }
        auto upgraded = openForWriting(connection);
        QCOMPARE(upgraded->metadata(QStringLiteral("schema_version")),
                 QString::number(InstitutionStore::SchemaVersion));
        Institution edit = *upgraded->institution(QStringLiteral("o1"));
        edit.name = QStringLiteral("Nach dem Upgrade");
        QCOMPARE(
            upgraded->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")).version,
            qint64(2));
        upgraded->propose(*upgraded->institution(QStringLiteral("o1")),
                          QStringLiteral("anna")); // nothing differs: nothing proposed
        QVERIFY(upgraded->proposals().isEmpty());
    }

    // The store the previous schema's build wrote (tests/data/stores/), on
    // this store's kind: a copy of the GeoPackage, or the dump loaded into a
    // fresh schema of the test database.
    QString previousSchemaStore()
    {
        const QString kept = QStringLiteral(STADTPLAN_TEST_DATA "/stores/schema8");
        if (m_server.isEmpty()) {
            const QString copy = m_dir.filePath(QStringLiteral("schema8-%1.gpkg").arg(++m_stores));
            if (!QFile::copy(kept + QStringLiteral(".gpkg"), copy))
                qFatal("cannot copy %s.gpkg", qPrintable(kept));
            QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            return copy;
        }
        QFile dump(kept + QStringLiteral("-postgis.sql"));
        if (!dump.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(dump.fileName()));
        stadtplan::gdal::ensureInitialised();
        GDALDatasetUniquePtr db(
            GDALDataset::Open(m_server.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        if (!db)
            qFatal("cannot connect to %s", qPrintable(m_server));
        db->ReleaseResultSet(db->ExecuteSQL("DROP SCHEMA IF EXISTS schema8 CASCADE", nullptr, nullptr));
        CPLErrorReset();
        db->ReleaseResultSet(db->ExecuteSQL(dump.readAll().constData(), nullptr, nullptr));
        if (CPLGetLastErrorType() >= CE_Failure)
            qFatal("loading the dump failed: %s", CPLGetLastErrorMsg());
        return m_server + QStringLiteral(" active_schema=schema8");
    }

    void aStoreOfThePreviousSchemaOpensAndIsUpgradedOnItsFirstSave()
    {
        const QString connection = previousSchemaStore();
        QList<Institution> before;
        {
            const auto old = InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly);
            QCOMPARE(old->metadata(QStringLiteral("schema_version")), QStringLiteral("8"));
            before = old->institutions();
            QCOMPARE(before.size(), 6);
            const Institution full = *old->institution(QStringLiteral("full"));
            QCOMPARE(full.name, fullInstitution(QStringLiteral("full")).name + QStringLiteral(" (geändert)"));
            QCOMPARE(full.services.size(), 3);
            QCOMPARE(full.services[0].openingHours, QStringLiteral("Mo-Th 09:00-12:00"));
            QCOMPARE(full.services[0].languages, fullInstitution(QStringLiteral("full")).services[0].languages);
            QCOMPARE(full.version, qint64(2));
            QCOMPARE(old->institution(QStringLiteral("draft"))->recordStatus, RecordStatus::Draft);
            QCOMPARE(editsOf(*old, QStringLiteral("full")).size(), 2);
            QCOMPARE(old->proposals(QStringLiteral("full")).size(), 1);
            QCOMPARE(old->proposals(QStringLiteral("full")).first().change.newValue,
                     QStringLiteral("2 € pro Termin"));
            QCOMPARE(old->areas().size(), 11);
        }
        // Opened for writing, it is upgraded and keeps every record, the log
        // and the proposal; the first save goes through.
        auto store = openForWriting(connection);
        QCOMPARE(store->metadata(QStringLiteral("schema_version")),
                 QString::number(InstitutionStore::SchemaVersion));
        const auto byId = [](const Institution &a, const Institution &b) { return a.id < b.id; };
        QList<Institution> after = store->institutions();
        std::sort(before.begin(), before.end(), byId);
        std::sort(after.begin(), after.end(), byId);
        QCOMPARE(after, before);
        QCOMPARE(store->proposals(QStringLiteral("full")).size(), 1);
        Institution edit = *store->institution(QStringLiteral("full"));
        edit.services[1].contact.phone = QStringLiteral("0521 123");
        // Schema 9 asks whether one needs an appointment: unknown in every
        // record of the old store until someone says.
        for (const Institution &i : std::as_const(after))
            for (const Service &service : i.services)
                QCOMPARE(service.appointment, Appointment::Unknown);
        edit.services[0].appointment = Appointment::WalkIn;
        QCOMPARE(store->saveInstitution(edit, QStringLiteral("anna"), QStringLiteral("edit")).version,
                 qint64(3));
        store.reset();
        const auto reopened = InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly);
        QCOMPARE(reopened->institution(QStringLiteral("full"))->services[1].contact.phone,
                 QStringLiteral("0521 123"));
        QCOMPARE(reopened->institution(QStringLiteral("full"))->services[0].appointment, Appointment::WalkIn);
        const QStringList edits = editsOf(*reopened, QStringLiteral("full"));
        QCOMPARE(edits.size(), 4);
        QVERIFY2(edits.contains(QStringLiteral("service full-1: appointment: unknown -> walk_in")),
                 qPrintable(edits.join(u'|')));
    }

    void everyLoggedFieldCanBeSetBack()
    {
        // The log's texts are what a reviewed change applies and a replay sets.
        const Institution full = fullInstitution(QStringLiteral("g"));
        Institution blank = full;
        for (const QString &field : recordFields(full).keys())
            QVERIFY2(setRecordField(blank, field, QString()) ||
                         field.endsWith(QLatin1String("status")) ||
                         field.endsWith(QLatin1String("step_free")) ||
                         field.endsWith(QLatin1String("position_source")),
                     qPrintable(field));
        const QMap<QString, QString> fields = recordFields(full);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            QString error;
            QVERIFY2(setRecordField(blank, it.key(), it.value(), &error), qPrintable(error));
        }
        QCOMPARE(recordFields(blank), fields);
        QString error;
        QVERIFY(
            !setRecordField(blank, QStringLiteral("position"), QStringLiteral("52.0; x"), &error));
        QVERIFY(error.contains(QStringLiteral("not a position")));
        QVERIFY(!setRecordField(blank, QStringLiteral("service zz: opening"), QStringLiteral("1"),
                                &error));
        QVERIFY(error.contains(QStringLiteral("no such field")));
        QVERIFY(std::none_of(blank.services.cbegin(), blank.services.cend(),
                             [](const Service &s) { return s.id == QLatin1String("zz"); }));
        // An offer added since: its first field makes it.
        QVERIFY(setRecordField(blank, QStringLiteral("service g-9: phone"),
                               QStringLiteral("+49 521 9"), &error));
        QCOMPARE(blank.services.constLast().id, QStringLiteral("g-9"));
        QCOMPARE(blank.services.constLast().contact.phone, QStringLiteral("+49 521 9"));
    }
};

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
