// Tools → Offline city map, below the dialog: the job runs the command-line
// tool against a file server of the test's own on the loopback interface and
// reports its progress, its end, a server's error and a Cancel.

#include "basemapdata.h"
#include "fileserver.h"
#include "offlinemapjob.h"
#include "osmfixture.h"
#include "testsupport.h"
#include "tileset.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtplan;
using stadtplan::test::FileServer;
using stadtplan::test::OsmFixture;


class TestOfflineMapJob : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FileServer m_server;
    QByteArray m_pbf;

    void prepare(OfflineMapJob &job, const QString &store)
    {
        job.setProgram(QStringLiteral(STADTPLAN_BASEMAP_TOOL));
        job.setStore(store);
        job.setSource(m_server.url(QStringLiteral("/region.osm.pbf")));
        job.setExtraArguments({QStringLiteral("--zooms"), QStringLiteral("12-13"),
                               QStringLiteral("--no-checksum")});
    }
    static bool finish(QSignalSpy &finished)
    {
        // The file server answers from this thread: wait with a running event loop.
        return finished.wait(300000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        OsmFixture region;
        region.regionNodes = 20000;
        m_pbf = test::osmPbf(region, m_dir.path(), QStringLiteral("region"), QStringLiteral("2026-11-30T21:21:02Z"));
        QVERIFY2(!m_pbf.isEmpty(), "osmium (osmium-tool) made no extract");
        m_server.files.insert(QStringLiteral("/region.osm.pbf"), m_pbf);
    }

    void reportsEachPhaseAndTheEnd()
    {
        OfflineMapJob job;
        const QString store = m_dir.filePath(QStringLiteral("job.gpkg"));
        prepare(job, store);
        QStringList phases;
        double received = 0, total = 0;
        int tiles = 0;
        connect(&job, &OfflineMapJob::changed, this, [&] {
            if (!job.phase().isEmpty() && (phases.isEmpty() || phases.last() != job.phase()))
                phases.append(job.phase());
            received = job.received();
            total = job.total();
            tiles = std::max(tiles, job.tilesTotal());
        });
        QSignalSpy finished(&job, &OfflineMapJob::finished);
        job.start();
        QVERIFY(job.running());
        QVERIFY(finish(finished));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(job.errorKind(), QString());
        QCOMPARE(phases, (QStringList{QStringLiteral("download"), QStringLiteral("clip"),
                                      QStringLiteral("build"), QStringLiteral("tiles"),
                                      QStringLiteral("switch"), QStringLiteral("done")}));
        QCOMPARE(received, double(m_pbf.size()));
        QCOMPARE(total, double(m_pbf.size()));
        QVERIFY(tiles > 0);
        QCOMPARE(job.dataDate(), QStringLiteral("2026-11-30"));
        QVERIFY(!job.running());
        const auto folder = basemap::readTileFolder(basemap::tileFolderFor(store));
        QVERIFY(folder);
        QCOMPARE(folder->dataDate, QStringLiteral("2026-11-30"));
    }

    void saysWhatWentWrongAndCancelLeavesTheMap()
    {
        OfflineMapJob job;
        const QString store = m_dir.filePath(QStringLiteral("job.gpkg")); // made above
        const QString tiles = basemap::tileFolderFor(store);
        const auto before = test::folderDigests(tiles);
        QVERIFY(!before.isEmpty());
        prepare(job, store);

        // The server fails: the kind for the dialog, the tool's line for the details.
        m_server.status = "500 Internal Server Error";
        QSignalSpy finished(&job, &OfflineMapJob::finished);
        job.start();
        QVERIFY(finish(finished));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QCOMPARE(job.errorKind(), QStringLiteral("server"));
        QVERIFY2(job.errorDetail().contains(QStringLiteral("500")), qPrintable(job.errorDetail()));
        QCOMPARE(test::folderDigests(tiles), before);
        m_server.status.clear();

        // Cancel while it works: stopped, said, and the map as it was.
        connect(&job, &OfflineMapJob::changed, this, [&] {
            if (job.phase() == u"clip")
                job.cancel();
        });
        job.start();
        QVERIFY(finish(finished));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QCOMPARE(job.errorKind(), QStringLiteral("cancelled"));
        QCOMPARE(test::folderDigests(tiles), before);
        disconnect(&job, &OfflineMapJob::changed, this, nullptr);

        // No tool: said too.
        job.setProgram(m_dir.filePath(QStringLiteral("no-such-tool")));
        job.start();
        QVERIFY(finish(finished));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QCOMPARE(job.errorKind(), QStringLiteral("tool"));
    }
};

QTEST_MAIN(TestOfflineMapJob)
#include "tst_offlinemapjob.moc"
