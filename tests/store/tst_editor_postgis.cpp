#include "gdalsupport.h"
#include "institutiondirectory.h"
#include "institutionstore.h"
#include "recordeditor.h"
#include "testsupport.h"

#include <QTest>
#include <gdal_priv.h>

using namespace stadtplan;
using namespace stadtplan::test;

// The app's editor on the shared PostgreSQL/PostGIS layer: what a viewer's
// and an editor's connection may do, and a server that goes away mid-session.
class TestEditorPostgis : public QObject
{
    Q_OBJECT
    QString m_server;

    void sql(const QString &statement)
    {
        GDALDatasetUniquePtr db(
            GDALDataset::Open(m_server.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QVERIFY(db);
        CPLErrorReset();
        db->ReleaseResultSet(db->ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr));
    }

private Q_SLOTS:
    void initTestCase()
    {
        STADTPLAN_REQUIRE_PG(m_server);
        stadtplan::gdal::ensureInitialised();
        sql(QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE"));
        sql(QStringLiteral("CREATE SCHEMA app"));
        InstitutionStore::create(m_server + QStringLiteral(" active_schema=app"))
            ->replaceInstitutions(
                {fullInstitution(QStringLiteral("a1")), fullInstitution(QStringLiteral("a2"))});
        for (const char *statement :
             {"DROP OWNED BY stadtplan_reader", "DROP ROLE IF EXISTS stadtplan_reader",
              "CREATE ROLE stadtplan_reader LOGIN", "GRANT USAGE ON SCHEMA app TO stadtplan_reader",
              "GRANT SELECT ON ALL TABLES IN SCHEMA app TO stadtplan_reader"})
            sql(QString::fromLatin1(statement));
    }

    void aViewersConnectionCannotEditAndSaysSo()
    {
        QString viewer = m_server + QStringLiteral(" active_schema=app");
        viewer.replace(QStringLiteral("user=stadtplan"), QStringLiteral("user=stadtplan_reader"));
        InstitutionDirectory directory;
        directory.setStoreLocation(viewer);
        QVERIFY(directory.load());
        QCOMPARE(directory.institutionCount(), 2);
        RecordEditor editor;
        editor.setDirectory(&directory);
        editor.checkAccess();
        QVERIFY(!editor.canEdit());
        QVERIFY(editor.access().contains(QStringLiteral("Read-only connection")));

        InstitutionDirectory own;
        own.setStoreLocation(m_server + QStringLiteral(" active_schema=app"));
        QVERIFY(own.load());
        RecordEditor editing;
        editing.setDirectory(&own);
        editing.checkAccess();
        QVERIFY(editing.canEdit());
        QVERIFY(editing.access().contains(QStringLiteral("editing role")));
    }

    void theServerGoneMidSessionKeepsTheEditWhichSavesOnceAfterwards()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_server + QStringLiteral(" active_schema=app"));
        QVERIFY(directory.load());
        RecordEditor editor;
        editor.setDirectory(&directory);
        editor.setUserName(QStringLiteral("anna"));
        editor.checkAccess();
        QVERIFY(editor.edit(QStringLiteral("a1")));
        editor.setValue(QStringLiteral("s:phone"), QStringLiteral("+49 521 4242"));

        QCOMPARE(test::pgCluster(QStringLiteral("halt")), 0);
        QVERIFY(!editor.save());
        QVERIFY2(editor.message().contains(QStringLiteral("Your changes are kept")),
                 qPrintable(editor.message()));
        QVERIFY(editor.isDirty());
        QCOMPARE(editor.value(QStringLiteral("s:phone")), QStringLiteral("+49 521 4242"));

        QCOMPARE(test::pgCluster(QStringLiteral("resume")), 0);
        QVERIFY2(editor.save(), qPrintable(editor.message()));
        QVERIFY(editor.save()); // pressed again: nothing more
        const auto store = InstitutionStore::open(m_server + QStringLiteral(" active_schema=app"),
                                                  InstitutionStore::Access::ReadOnly);
        const QList<Proposal> waiting = store->proposals(QStringLiteral("a1"));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().change.newValue, QStringLiteral("+49 521 4242"));
        QVERIFY(editor.approve(QStringLiteral("a1")));
        QCOMPARE(store->institution(QStringLiteral("a1"))->services.first().contact.phone,
                 QStringLiteral("+49 521 4242"));
        QCOMPARE(store->institution(QStringLiteral("a1"))->version, qint64(2));
        int logged = 0;
        for (const FieldChange &c : store->changeLog(QStringLiteral("a1")))
            logged += c.field.endsWith(QLatin1String(": phone")) ? 1 : 0;
        QCOMPARE(logged, 1);
    }
};

QTEST_GUILESS_MAIN(TestEditorPostgis)
#include "tst_editor_postgis.moc"
