#include "bundleddata.h"
#include "gdalsupport.h"
#include "institutionexport.h"
#include "institutionimport.h"
#include "institutionstore.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>
#include <QTemporaryDir>
#include <QTest>
#include <array>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace stadtplan;

namespace {
// What a record says, without the ids a store gives it.
Institution content(Institution i)
{
    i.id.clear();
    i.source.clear();
    i.sourceId.clear();
    i.organisation.id.clear();
    for (Service &s : i.services)
        s.id.clear();
    return i;
}

// The service ids of an exported file, in order.
QStringList rowIds(const QString &file)
{
    QStringList ids;
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds)
        return ids;
    for (const auto &f : *ds->GetLayer(0))
        ids.append(QString::fromUtf8(f->GetFieldAsString("service_id")));
    return ids;
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ImportReport import(const QString &input, const QString &store)
    {
        const Taxonomy taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        const CityProfile city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
        ImportOptions options;
        options.input = input;
        options.store = store;
        const ImportReport report = InstitutionImport(taxonomy, city, FieldMapping::standard(taxonomy)).run(options);
        if (report.hasErrors())
            qWarning().noquote() << report.toText();
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        stadtplan::gdal::ensureInitialised();
        m_demo = path(QStringLiteral("demo.gpkg"));
        openStore(m_demo, true, bundledDemoSeed);
        // Translations on a few records, also in right-to-left script and with
        // a quote, so every format carries them there and back.
        QList<Institution> institutions = InstitutionStore::open(m_demo, InstitutionStore::Access::ReadOnly)->institutions();
        for (int k = 0; k < 3; ++k) {
            institutions[k].translations[QStringLiteral("description")].insert(QStringLiteral("en"), QStringLiteral("Counselling \"for all\""));
            institutions[k].translations[QStringLiteral("description")].insert(QStringLiteral("ar"), QStringLiteral("استشارة للجميع"));
            institutions[k].services[0].translations[QStringLiteral("name")].insert(QStringLiteral("tr"), QStringLiteral("Danışmanlık"));
            institutions[k].services[0].lastVerified = QDate(2026, 10, 1 + k);
            institutions[k].services[0].verifiedBy = QStringLiteral("Kommunales Integrationszentrum, Frau Öztürk");
            // Needed, walk-in and unknown: each goes there and back.
            institutions[k].services[0].appointment = std::array{Appointment::Needed, Appointment::WalkIn,
                                                                 Appointment::Unknown}[k];
        }
        InstitutionStore::open(m_demo, InstitutionStore::Access::ReadWrite)->replaceInstitutions(institutions);
    }

    void exportAndImportGiveTheSameRecords_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"geojson", "gpkg", "csv", "xlsx"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void exportAndImportGiveTheSameRecords()
    {
        QFETCH(QString, format);
        const QString file = path(QStringLiteral("rundreise.") + format);
        ExportOptions options;
        options.store = m_demo;
        options.output = file;
        const QList<Institution> original = InstitutionStore::open(m_demo, InstitutionStore::Access::ReadOnly)->institutions();
        int services = 0;
        for (const Institution &i : original)
            services += static_cast<int>(i.services.size());
        QCOMPARE(exportStore(options), services);

        const QString fresh = path(QStringLiteral("frisch-") + format + QStringLiteral(".gpkg"));
        InstitutionStore::create(fresh);
        const ImportReport report = import(file, fresh);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, original.size());
        const QList<Institution> back = InstitutionStore::open(fresh, InstitutionStore::Access::ReadOnly)->institutions();
        QCOMPARE(back.size(), original.size());
        for (int k = 0; k < original.size(); ++k) {
            const Institution a = content(original[k]);
            const Institution b = content(back[k]);
            QCOMPARE(b.name, a.name);
            QVERIFY2(std::abs(b.position.latitude - a.position.latitude) < 1e-7
                         && std::abs(b.position.longitude - a.position.longitude) < 1e-7,
                     qPrintable(a.name));
            Institution samePosition = b;
            samePosition.position = a.position;
            QVERIFY2(samePosition == a, qPrintable(a.name));
        }
    }

    void aFocusExportHoldsOnlyThoseServices()
    {
        ExportOptions options;
        options.store = m_demo;
        options.output = path(QStringLiteral("sprachkurse.geojson"));
        options.focus = {QStringLiteral("language_courses")};
        const int rows = exportStore(options);
        QVERIFY(rows > 0);
        GDALDatasetUniquePtr ds(GDALDataset::Open(options.output.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRLayer *layer = ds->GetLayer(0);
        QCOMPARE(layer->GetFeatureCount(), rows);
        for (const auto &f : *layer)
            QVERIFY(QString::fromUtf8(f->GetFieldAsString("focus_areas")).contains(QStringLiteral("language_courses")));
    }

    void draftsAndArchivedRecordsStayOutOfEveryExport()
    {
        const QString store = path(QStringLiteral("review.gpkg"));
        QList<Institution> records = InstitutionStore::open(m_demo, InstitutionStore::Access::ReadOnly)->institutions();
        records[0].recordStatus = RecordStatus::Draft;
        records[1].recordStatus = RecordStatus::Archived;
        InstitutionStore::create(store)->replaceInstitutions(records);
        const QStringList hidden{records[0].name, records[1].name};
        for (const QString &format : {QStringLiteral("geojson"), QStringLiteral("csv"), QStringLiteral("hsds")}) {
            ExportOptions options;
            options.store = store;
            options.format = format;
            options.output = path(QStringLiteral("public-%1").arg(format) + (format == u"hsds" ? QString() : QLatin1Char('.') + format));
            exportStore(options);
            QByteArray written;
            if (format == u"hsds") {
                QFile file(options.output + QStringLiteral("/organization.csv"));
                QVERIFY(file.open(QIODevice::ReadOnly));
                written = file.readAll();
                QFile locations(options.output + QStringLiteral("/location.csv"));
                QVERIFY(locations.open(QIODevice::ReadOnly));
                written += locations.readAll();
            } else {
                QFile file(options.output);
                QVERIFY(file.open(QIODevice::ReadOnly));
                written = file.readAll();
            }
            QVERIFY2(written.contains(records[2].name.toUtf8()), qPrintable(format)); // the published ones are there
            for (const QString &name : hidden)
                QVERIFY2(!written.contains(name.toUtf8()), qPrintable(format + QStringLiteral(": ") + name));
        }
        // The store keeps both.
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions().size(), records.size());
    }

    void areasExportAsShapes()
    {
        const QString store = path(QStringLiteral("areas.gpkg"));
        auto s = InstitutionStore::create(store);
        Area a;
        a.id = QStringLiteral("mitte");
        a.name = QStringLiteral("Mitte");
        a.kind = QStringLiteral("district");
        a.population = 81000;
        a.polygons = {{{{52.0, 8.5}, {52.0, 8.55}, {52.03, 8.55}, {52.03, 8.5}, {52.0, 8.5}}}};
        s->replaceAreas({a});
        s.reset();
        ExportOptions options;
        options.store = store;
        options.layer = QStringLiteral("areas");
        options.output = path(QStringLiteral("bezirke.kml"));
        QCOMPARE(exportStore(options), 1);
        options.output = path(QStringLiteral("bezirke.csv"));
        QVERIFY_THROWS_EXCEPTION(ExportError, exportStore(options)); // shapes need a shape format
    }

    void anHsdsPackageOtherDirectoriesCanRead()
    {
        ExportOptions options;
        options.store = m_demo;
        options.output = path(QStringLiteral("hsds"));
        options.format = QStringLiteral("hsds");
        const int services = exportStore(options);
        QFile descriptor(path(QStringLiteral("hsds/datapackage.json")));
        QVERIFY(descriptor.open(QIODevice::ReadOnly));
        const QJsonObject package = QJsonDocument::fromJson(descriptor.readAll()).object();
        QCOMPARE(package.value(QStringLiteral("profile")).toString(), QStringLiteral("tabular-data-package"));
        QStringList tables;
        for (const QJsonValue &resource : package.value(QStringLiteral("resources")).toArray()) {
            const QString name = resource.toObject().value(QStringLiteral("name")).toString();
            tables.append(name);
            QVERIFY2(QFile::exists(path(QStringLiteral("hsds/") + name + QStringLiteral(".csv"))), qPrintable(name));
        }
        for (const char *required : {"organization", "service", "location", "service_at_location", "address",
                                     "language", "taxonomy", "taxonomy_term", "attribute"})
            QVERIFY2(tables.contains(QLatin1String(required)), required);

        const auto rows = [&](const char *table, const char *column) {
            QStringList values;
            const QString file = path(QStringLiteral("hsds/%1.csv").arg(QLatin1String(table)));
            GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
            for (const auto &f : *ds->GetLayer(0))
                values.append(QString::fromUtf8(f->GetFieldAsString(column)));
            return values;
        };
        const QStringList serviceIds = rows("service", "id");
        QCOMPARE(serviceIds.size(), services);
        const QStringList linked = rows("service_at_location", "service_id");
        QCOMPARE(QSet<QString>(linked.cbegin(), linked.cend()), QSet<QString>(serviceIds.cbegin(), serviceIds.cend()));
        for (const QString &id : serviceIds)
            QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QVERIFY(rows("service", "status").contains(QStringLiteral("active")));
        QVERIFY(rows("taxonomy_term", "code").contains(QStringLiteral("language_courses")));
        // Whether one needs an appointment, in HSDS's words.
        qsizetype needed = 0, walkIn = 0;
        for (const Institution &i : InstitutionStore::open(m_demo, InstitutionStore::Access::ReadOnly)->institutions())
            for (const Service &s : i.services) {
                needed += s.appointment == Appointment::Needed;
                walkIn += s.appointment == Appointment::WalkIn;
            }
        QVERIFY(needed > 0 && walkIn > 0);
        const QStringList process = rows("service", "application_process");
        QCOMPARE(process.count(QStringLiteral("By appointment only.")), needed);
        QCOMPARE(process.count(QStringLiteral("Walk-in: no appointment needed.")), walkIn);
        QCOMPARE(process.count(QString()), process.size() - needed - walkIn);
        // The same store gives the same identifiers in every export.
        options.output = path(QStringLiteral("hsds-again"));
        exportStore(options);
        const QString again = path(QStringLiteral("hsds-again/service.csv"));
        GDALDatasetUniquePtr ds(GDALDataset::Open(again.toUtf8().constData(), GDAL_OF_VECTOR));
        QStringList againIds;
        for (const auto &f : *ds->GetLayer(0))
            againIds.append(QString::fromUtf8(f->GetFieldAsString("id")));
        QCOMPARE(againIds, serviceIds);
    }

    void overdueInstitutionsWithTheirContacts()
    {
        // The demo data is not verified yet, but for the few this test marked
        // verified in October 2026 (those with one service are then up to date).
        ExportOptions options;
        options.store = m_demo;
        options.output = path(QStringLiteral("pruefen.csv"));
        options.layer = QStringLiteral("overdue");
        options.asOf = QDate(2026, 11, 25);
        const QList<Institution> all = InstitutionStore::open(m_demo, InstitutionStore::Access::ReadOnly)->institutions();
        int upToDate = 0;
        for (const Institution &i : all)
            upToDate += i.lastVerified().isValid() ? 1 : 0;
        QVERIFY(upToDate >= 1);
        QCOMPARE(exportStore(options), int(all.size()) - upToDate);
        QFile file(options.output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("id,name,organisation,address,last_verified,phone,email,website\r\n")));
        for (const Institution &i : all)
            QCOMPARE(text.contains(QStringLiteral("\n%1,").arg(i.id)), !i.lastVerified().isValid());
        QCOMPARE(text.count(QStringLiteral(",never,")), int(all.size()) - upToDate);
        // Wrong requests: said, nothing written.
        options.output = path(QStringLiteral("pruefen.geojson"));
        QVERIFY_THROWS_EXCEPTION(ExportError, exportStore(options));
        QVERIFY(!QFile::exists(options.output));
    }

    void aFailedExportLeavesNoFile()
    {
        ExportOptions options;
        options.store = path(QStringLiteral("gibt-es-nicht.gpkg"));
        options.output = path(QStringLiteral("fehlt/ausgabe.geojson"));
        try {
            exportStore(options);
            QFAIL("exported a missing store");
        } catch (const ExportError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("No institution store")));
        }
        QVERIFY(!QFile::exists(options.output));
        options.store = m_demo;
        options.format = QStringLiteral("shp");
        QVERIFY_THROWS_EXCEPTION(ExportError, exportStore(options));
        QCOMPARE(QDir(path(QStringLiteral("fehlt"))).entryList(QDir::Files), QStringList());
        // A name that tells no format says how to give one.
        options.format.clear();
        options.output = path(QStringLiteral("liste.txt"));
        try {
            exportStore(options);
            QFAIL("exported without a format");
        } catch (const ExportError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("liste.txt does not tell the format")), e.what());
        }
    }

    // The tool takes focus areas by id or label and refuses one that is
    // neither, rather than writing an empty file as if that were the answer.
    void theToolTakesFocusAreasByIdOrLabel()
    {
        const auto run = [&](const QStringList &arguments, QByteArray *out = nullptr) {
            QProcess tool;
            tool.start(QStringLiteral(STADTPLAN_EXPORT_TOOL), arguments);
            if (!tool.waitForFinished(60000))
                return -1;
            if (out)
                *out = tool.readAllStandardOutput() + tool.readAllStandardError();
            return tool.exitCode();
        };
        const QString byId = path(QStringLiteral("sprache-id.geojson")), byLabel = path(QStringLiteral("sprache.geojson"));
        QByteArray said;
        QCOMPARE(run({m_demo, byId, QStringLiteral("--focus"), QStringLiteral("language_courses")}, &said), 0);
        QCOMPARE(run({m_demo, byLabel, QStringLiteral("--focus"), QStringLiteral("Sprachkurse")}), 0);
        QCOMPARE(rowIds(byLabel), rowIds(byId));
        QVERIFY(!rowIds(byId).isEmpty());
        QVERIFY2(said.contains(QByteArray("wrote ") + QByteArray::number(rowIds(byId).size()) + " row"), said.constData());
        const QString none = path(QStringLiteral("kochen.geojson"));
        QCOMPARE(run({m_demo, none, QStringLiteral("--focus"), QStringLiteral("Kochkurse")}, &said), 2);
        QVERIFY2(said.contains("--focus Kochkurse: no such focus area (known: education,"), said.constData());
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
