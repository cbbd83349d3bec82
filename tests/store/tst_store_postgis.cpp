#include "institutionstore.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QFile>
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
