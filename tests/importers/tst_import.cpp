#include "addressgazetteer.h"
#include "addressimport.h"
#include "addresslayer.h"
#include "addresssearch.h"
#include "bundleddata.h"
#include "cityareas.h"
#include "clock.h"
#include "fakenominatim.h"
#include "gdalsupport.h"
#include "geodesy.h"
#include "importtesting.h"
#include "institutionexport.h"
#include "institutionimport.h"
#include "institutionstore.h"
#include "onlinegeocoder.h"
#include "recordschema.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <algorithm>
#include <iterator>
#include <optional>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <proj.h>

using namespace stadtplan;

namespace {

// One record of a fixture: attribute values by field name, and "wkt" for a geometry.
using Record = QMap<QString, QString>;

// Writes a fixture with GDAL itself, in any driver and CRS.
void writeWithGdal(const char *driverName, const QString &path, int epsg, OGRwkbGeometryType type,
                   const QStringList &fields, const QList<Record> &records,
                   std::initializer_list<const char *> layerOptions = {})
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    QVERIFY2(driver, driverName);
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY2(ds, qPrintable(path));
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList options;
    for (const char *option : layerOptions)
        options.AddString(option);
    OGRLayer *layer = ds->CreateLayer("liste", type == wkbNone ? nullptr : &srs, type, options.List());
    QVERIFY(layer);
    for (const QString &field : fields) {
        OGRFieldDefn definition(field.toUtf8().constData(), OFTString);
        QCOMPARE(layer->CreateField(&definition), OGRERR_NONE);
    }
    for (const Record &record : records) {
        OGRFeature feature(layer->GetLayerDefn());
        for (auto it = record.cbegin(); it != record.cend(); ++it) {
            if (it.key() == QLatin1String("wkt")) {
                OGRGeometry *geometry = nullptr;
                const QByteArray wkt = it.value().toUtf8();
                QCOMPARE(OGRGeometryFactory::createFromWkt(wkt.constData(), &srs, &geometry), OGRERR_NONE);
                feature.SetGeometryDirectly(geometry);
            } else {
                feature.SetField(it.key().toUtf8().constData(), it.value().toUtf8().constData());
            }
        }
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
}

// PROJ's own answer for a point from `crs` to WGS84 longitude/latitude.
GeoPoint projReference(const char *crs, double x, double y)
{
    PJ_CONTEXT *context = proj_context_create();
    PJ *raw = proj_create_crs_to_crs(context, crs, "EPSG:4326", nullptr);
    PJ *operation = proj_normalize_for_visualization(context, raw);
    const PJ_COORD out = proj_trans(operation, PJ_FWD, proj_coord(x, y, 0, 0));
    proj_destroy(operation);
    proj_destroy(raw);
    proj_context_destroy(context);
    return {out.lp.phi, out.lp.lam};
}

// JSON written with single quotes, to keep the fixtures readable.
QByteArray json(QByteArray text)
{
    return text.replace('\'', '"');
}

using test::hasProblem;

// A stand-in for a Nominatim server on the loopback interface: answers
// /search with the position it knows for a street, or with nothing.
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Taxonomy m_taxonomy;
    CityProfile m_city;
    int m_stores = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh store holding the demo directory.
    QString freshStore()
    {
        const QString file = path(QStringLiteral("store-%1.gpkg").arg(++m_stores));
        openStore(file, true, bundledDemoSeed);
        return file;
    }

    ImportReport import(const QString &input, const QString &store, const QString &crs = {},
                        const QByteArray &mapping = {}, bool dryRun = false, const QString &layer = {})
    {
        FieldMapping fields = FieldMapping::standard(m_taxonomy);
        if (!mapping.isEmpty())
            fields.merge(mapping, m_taxonomy);
        ImportOptions options;
        options.input = input;
        options.store = store;
        options.sourceCrs = crs;
        options.dryRun = dryRun;
        if (!layer.isEmpty())
            options.layer = layer;
        const ImportReport report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        qInfo().noquote() << report.toText().trimmed();
        return report;
    }

    static QList<Institution> fromSource(const QString &store, const QString &source)
    {
        return test::fromSource(store, source);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        stadtplan::gdal::ensureInitialised();
        m_taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        m_city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    }

    void aCsvInUtm32IsPlacedToTheCentimetre()
    {
        // x/y in ETRS89 / UTM 32N, as NRW's lists carry them; the CSV written by GDAL.
        const QList<std::pair<double, double>> points{
            {468438.426, 5763918.663}, {467012.5, 5765321.25}, {471999.99, 5760000.01}};
        QList<Record> records;
        for (int k = 0; k < points.size(); ++k)
            records.append({{QStringLiteral("ID"), QString::number(k + 1)},
                            {QStringLiteral("Name"), QStringLiteral("Beratungsstelle %1").arg(k + 1)},
                            {QStringLiteral("Rechtswert"), QString::number(points[k].first, 'f', 3)},
                            {QStringLiteral("Hochwert"), QString::number(points[k].second, 'f', 3)},
                            {QStringLiteral("Schwerpunkt"), QStringLiteral("Beratung und Betreuung")}});
        const QString csv = path(QStringLiteral("utm.csv"));
        writeWithGdal("CSV", csv, 25832, wkbNone,
                      {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Rechtswert"),
                       QStringLiteral("Hochwert"), QStringLiteral("Schwerpunkt")},
                      records, {"SEPARATOR=SEMICOLON"});
        const QString store = freshStore();
        const ImportReport report = import(csv, store, QStringLiteral("EPSG:25832"));
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.records, 3);
        QCOMPARE(report.added, 3);
        QVERIFY(report.written);
        const QList<Institution> imported = fromSource(store, QStringLiteral("utm"));
        QCOMPARE(imported.size(), 3);
        for (const Institution &i : imported) {
            const int k = i.sourceId.toInt() - 1;
            const GeoPoint reference = projReference("EPSG:25832", points[k].first, points[k].second);
            const double metres = Geodesy::distanceMetres(i.position, reference);
            QVERIFY2(metres < 0.01, qPrintable(QStringLiteral("%1 is %2 m off").arg(i.name).arg(metres)));
            QCOMPARE(i.services.first().focusAreas, QStringList{QStringLiteral("counselling")});
            QCOMPARE(i.positionSource, PositionSource::Estimated); // the list did not say
        }
    }

    void gaussKruegerIsRecognisedOrGiven()
    {
        // Zone 3 Gauss-Krueger (EPSG:31467), still in older municipal lists.
        const QString csv = path(QStringLiteral("gk.csv"));
        test::writeFile(csv, "Name;x;y;Thema\nAlte Liste;3468506,0;5765745,0;Sprachkurse\n"
                             "Zweite;3469506,0;5766745,0;Sprachkurse\n");
        const QString store = freshStore();
        // Without a word of its system: the one of the city's usual systems
        // in which the positions lie in the city, said; nothing else tried
        // along the way lands in the report.
        const ImportReport recognised = import(csv, freshStore());
        QVERIFY(!recognised.hasErrors());
        QVERIFY(hasProblem(recognised, QString(), QString(),
                           QStringLiteral("the list names no coordinate system; its positions lie in Bielefeld when "
                                          "read as EPSG:31467")));
        QCOMPARE(recognised.added, 2);

        // Positions that fit none of them: a problem of the whole list, said
        // once, not for every record.
        const QString nowhere = path(QStringLiteral("nirgends.csv"));
        test::writeFile(nowhere, "Name;x;y;Thema\nAlte Liste;1000;2000;Sprachkurse\nZweite;1100;2100;Sprachkurse\n");
        const ImportReport missing = import(nowhere, store);
        QVERIFY(hasProblem(missing, QString(), QStringLiteral("x"), QStringLiteral("--s-crs")));
        QCOMPARE(missing.count(ImportReport::Severity::Error), 1);
        // Nothing said of records that are not imported.
        QVERIFY(std::none_of(missing.problems().cbegin(), missing.problems().cend(),
                             [](const ImportReport::Problem &p) { return !p.record.isEmpty(); }));
        QVERIFY(!missing.written);
        // Read in the wrong coordinate system, nearly every position lies
        // outside the city: the report asks whether the system is right.
        const ImportReport wrong = import(csv, store, QStringLiteral("EPSG:25832"));
        QCOMPARE(wrong.count(ImportReport::Severity::Error), 2);
        QVERIFY(!hasProblem(wrong, QString(), QString(), QStringLiteral("is the coordinate system right")));
        test::writeFile(csv, "Name;x;y;Thema\nAlte Liste;3468506,0;5765745,0;Sprachkurse\n"
                             "Zweite;3469506,0;5766745,0;Sprachkurse\nDritte;3467506,0;5764745,0;Sprachkurse\n");
        QVERIFY(hasProblem(import(csv, store, QStringLiteral("EPSG:25832")), QString(), QString(),
                           QStringLiteral("3 of 3 positions lie outside Bielefeld: is the coordinate system right? "
                                          "The positions were read in ETRS89 / UTM zone 32N (EPSG:25832)")));
        const ImportReport report = import(csv, store, QStringLiteral("EPSG:31467"));
        QVERIFY(!report.hasErrors());
        const Institution i = fromSource(store, QStringLiteral("gk")).value(0);
        const GeoPoint reference = projReference("EPSG:31467", 3468506.0, 5765745.0);
        QVERIFY(Geodesy::distanceMetres(i.position, reference) < 0.01);
        QVERIFY(m_city.bounds.contains(i.position));
        QCOMPARE(i.services.first().focusAreas, QStringList{QStringLiteral("language_courses")});
    }

    void brokenRowsAreReportedAndNothingIsWritten()
    {
        const QString geojson = path(QStringLiteral("broken.geojson"));
        const QString centre = QStringLiteral("POINT (8.5325 52.0211)");
        writeWithGdal("GeoJSON", geojson, 4326, wkbPoint,
                      {QStringLiteral("name"), QStringLiteral("focus_areas"), QStringLiteral("email"),
                       QStringLiteral("opening_hours"), QStringLiteral("street"), QStringLiteral("house_number")},
                      {{{QStringLiteral("wkt"), centre}, {QStringLiteral("name"), QStringLiteral("Gut")},
                        {QStringLiteral("focus_areas"), QStringLiteral("counselling")},
                        {QStringLiteral("street"), QStringLiteral("Niederwall")},
                        {QStringLiteral("house_number"), QStringLiteral("1")}},
                       {{QStringLiteral("wkt"), centre}, {QStringLiteral("focus_areas"), QStringLiteral("counselling")}},
                       {{QStringLiteral("wkt"), centre}, {QStringLiteral("name"), QStringLiteral("Post")},
                        {QStringLiteral("focus_areas"), QStringLiteral("counselling")},
                        {QStringLiteral("email"), QStringLiteral("post(at)example.org")}},
                       {{QStringLiteral("wkt"), centre}, {QStringLiteral("name"), QStringLiteral("Koch")},
                        {QStringLiteral("focus_areas"), QStringLiteral("Kochkurs")}},
                       {{QStringLiteral("wkt"), QStringLiteral("POINT (13.4 52.5)")},
                        {QStringLiteral("name"), QStringLiteral("Berlin")},
                        {QStringLiteral("focus_areas"), QStringLiteral("counselling")}},
                       {{QStringLiteral("wkt"), centre}, {QStringLiteral("name"), QStringLiteral("Zeiten")},
                        {QStringLiteral("focus_areas"), QStringLiteral("counselling")},
                        {QStringLiteral("opening_hours"), QStringLiteral("montags 9 bis 12")}},
                       {{QStringLiteral("wkt"), centre}, {QStringLiteral("name"), QStringLiteral("gut")},
                        {QStringLiteral("focus_areas"), QStringLiteral("counselling")},
                        {QStringLiteral("street"), QStringLiteral("Niederwall")},
                        {QStringLiteral("house_number"), QStringLiteral("1")}}});
        const QString store = freshStore();
        const QByteArray before = test::digest(store);
        const ImportReport report = import(geojson, store);
        QCOMPARE(report.records, 7);
        QVERIFY(hasProblem(report, QStringLiteral("feature 2"), QStringLiteral("name"), QStringLiteral("missing")));
        QVERIFY(hasProblem(report, QStringLiteral("feature 3"), QStringLiteral("email"), QStringLiteral("post(at)example.org")));
        QVERIFY(hasProblem(report, QStringLiteral("feature 4"), QStringLiteral("focus_areas"), QStringLiteral("'Kochkurs' maps to nothing")));
        QVERIFY(hasProblem(report, QStringLiteral("feature 5"), QString(), QStringLiteral("outside Bielefeld")));
        QVERIFY(hasProblem(report, QStringLiteral("feature 6"), QStringLiteral("opening_hours"), QStringLiteral("montags 9 bis 12")));
        QVERIFY(hasProblem(report, QStringLiteral("feature 7"), QStringLiteral("name"), QStringLiteral("repeats feature 1")));
        QCOMPARE(report.count(ImportReport::Severity::Error), 6);
        QVERIFY(!report.written);
        QCOMPARE(test::digest(store), before);
        // The text names file, record, field and problem; the JSON carries the same.
        QVERIFY(report.toText().contains(geojson + QStringLiteral(":feature 3 [email] error: 'post(at)example.org'")));
        QVERIFY(report.toJson().contains("\"record\": \"feature 4\""));
    }

    void aSecondImportChangesNothingAndAChangedRowUpdates()
    {
        const QString csv = path(QStringLiteral("kurse.csv"));
        test::writeFile(csv, "ID,Name,Lat,Lon,Schwerpunkt,Zielgruppe,Sprachen\n"
                             "1,Sprachtreff Nord,52.04,8.52,Sprachkurse,Frauen,\"Deutsch, Türkisch\"\n"
                             "2,Jugendtreff Süd,51.99,8.55,Jugendarbeit,Jugendliche,de\n");
        const QString store = freshStore();
        const ImportReport first = import(csv, store);
        QCOMPARE(first.added, 2);
        // The report says how long each step took, in order; JSON carries it for scripts.
        QStringList steps;
        for (const auto &[name, ms] : first.phases)
            steps.append(name);
        QCOMPARE(steps, (QStringList{QStringLiteral("open"), QStringLiteral("read and check"),
                                     QStringLiteral("merge"), QStringLiteral("write")}));
        const QJsonObject phases = QJsonDocument::fromJson(first.toJson())
                                       .object()
                                       .value(QStringLiteral("phases_ms"))
                                       .toObject();
        QCOMPARE(phases.value(QStringLiteral("order")).toArray().size(), 4);
        QVERIFY(phases.value(QStringLiteral("times")).toObject().contains(QStringLiteral("write")));
        const QList<Institution> afterFirst = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions();
        const ImportReport second = import(csv, store);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.unchanged, 2);
        QVERIFY(!second.written);
        QCOMPARE(second.phases.constLast().first,
                 QStringLiteral("merge")); // nothing written, no write step
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions(), afterFirst);

        test::writeFile(csv, "ID,Name,Lat,Lon,Schwerpunkt,Zielgruppe,Sprachen\n"
                             "1,Sprachtreff Nord,52.04,8.52,Sprachkurse,Frauen,\"Deutsch, Arabisch\"\n");
        const ImportReport third = import(csv, store);
        QCOMPARE(third.updated, 1);
        QCOMPARE(third.missing, 1); // kept, and said
        const QList<Institution> now = fromSource(store, QStringLiteral("kurse"));
        QCOMPARE(now.size(), 2);
        const Institution nord = now.first().sourceId == QLatin1String("1") ? now.first() : now.last();
        QCOMPARE(nord.services.first().languages, (QStringList{QStringLiteral("de"), QStringLiteral("ar")}));
        QCOMPARE(nord.services.first().targetGroups, QStringList{QStringLiteral("women")});
        for (const Institution &i : afterFirst) {
            if (i.source == QLatin1String("kurse") && i.sourceId == QLatin1String("1"))
                QCOMPARE(nord.id, i.id); // updated in place, same id
        }
    }

    void rowsOfOneInstitutionBecomeItsServices()
    {
        const QString csv = path(QStringLiteral("angebote.csv"));
        test::writeFile(csv, "ID;Name;Lat;Lon;Angebot;Schwerpunkt;Sprachen\n"
                             "7;Haus der Vielfalt;52.03;8.53;Sprachcafé;Sprachkurse;de\n"
                             "7;Haus der Vielfalt;52.03;8.53;Sozialberatung;Beratung;\"de, tr\"\n"
                             "8;Anderes Haus;52.04;8.53;Treff;Vernetzung;de\n"
                             "8;Ganz anderes Haus;52.04;8.53;Treff 2;Vernetzung;de\n");
        const QByteArray mapping = json("{'fields': {'service_name': 'Angebot'}}");
        const ImportReport report = import(csv, freshStore(), {}, mapping);
        QVERIFY(hasProblem(report, QStringLiteral("row 5"), QStringLiteral("ID"), QStringLiteral("continues row 4")));
        QCOMPARE(report.count(ImportReport::Severity::Error), 1);
        const QString store = freshStore();
        test::writeFile(csv, "ID;Name;Lat;Lon;Angebot;Schwerpunkt;Sprachen\n"
                             "7;Haus der Vielfalt;52.03;8.53;Sprachcafé;Sprachkurse;de\n"
                             "7;Haus der Vielfalt;52.03;8.53;Sozialberatung;Beratung;\"de, tr\"\n");
        QVERIFY(!import(csv, store, {}, mapping).hasErrors());
        const QList<Institution> imported = fromSource(store, QStringLiteral("angebote"));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().services.size(), 2);
        QCOMPARE(imported.first().services[1].name, QStringLiteral("Sozialberatung"));
        QCOMPARE(imported.first().services[1].languages, (QStringList{QStringLiteral("de"), QStringLiteral("tr")}));
    }

    // Latitude in the longitude column and the other way round: every record
    // lies outside the city, and the report says why.
    void swappedLatitudeAndLongitudeAreRecognised()
    {
        const QString csv = path(QStringLiteral("vertauscht.csv"));
        test::writeFile(csv, "Name;Lat;Lon;Schwerpunkt\nA;8.53;52.02;Beratung\nB;8.54;52.03;Beratung\n"
                             "C;8.52;52.04;Beratung\nD;52.03;8.53;Beratung\n");
        const ImportReport report = import(csv, freshStore());
        QCOMPARE(report.count(ImportReport::Severity::Error), 3);
        QVERIFY(hasProblem(report, QStringLiteral("row 2"), QString(), QStringLiteral("lies outside Bielefeld")));
        QVERIFY(hasProblem(report, QString(), QString(),
                           QStringLiteral("3 of 4 positions lie outside Bielefeld: latitude and longitude look swapped")));
    }

    // A list saved by an older Windows program: Windows-1252 in the header
    // ("Straße") as in the values; every column is found, none is passed over.
    void aWindows1252ListKeepsItsUmlautColumns()
    {
        const QString csv = path(QStringLiteral("alt.csv"));
        test::writeFile(csv, "Name;Stra\xdf" "e;Hausnummer;PLZ;Lat;Lon;Schwerpunkt;\xd6" "ffnungszeiten\n"
                             "Caf\xe9 \xd6lm\xfchle;J\xf6llenbecker Stra\xdf" "e;12;33613;52.04;8.52;Beratung;Mo 09:00-12:00\n");
        const QString store = freshStore();
        const ImportReport report = import(csv, store);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.count(ImportReport::Severity::Warning), 0);
        const QList<Institution> imported = fromSource(store, QStringLiteral("alt"));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().name, QStringLiteral("Café Ölmühle"));
        QCOMPARE(imported.first().address.street, QStringLiteral("Jöllenbecker Straße"));
        QCOMPARE(imported.first().services.first().openingHours, QStringLiteral("Mo 09:00-12:00"));
    }

    // Columns no field of the model takes are said, with their names, and
    // do not stop the import; a mapping file can take them.
    void columnsNotImportedAreSaid()
    {
        const QString csv = path(QStringLiteral("mehr.csv"));
        test::writeFile(csv, "Name;Lat;Lon;Schwerpunkt;Zimmer;Ansprechperson\n"
                             "Haus;52.03;8.53;Beratung;barrierearm über Hof;Frau Yıldız\n");
        const QString store = freshStore();
        const ImportReport report = import(csv, store);
        QVERIFY(!report.hasErrors());
        QVERIFY(report.written);
        QCOMPARE(report.count(ImportReport::Severity::Warning), 1);
        QVERIFY(hasProblem(report, QString(), QString(), QStringLiteral("columns 'Zimmer', 'Ansprechperson' are not imported")));
        // A column a mapping assigns arrives and is no longer said; the other still is.
        const QString mappedStore = freshStore();
        const ImportReport mapped = import(csv, mappedStore, {}, json("{'fields': {'description': 'Zimmer'}}"));
        QCOMPARE(mapped.count(ImportReport::Severity::Warning), 1);
        QVERIFY(hasProblem(mapped, QString(), QString(), QStringLiteral("column 'Ansprechperson' is not imported")));
        QCOMPARE(fromSource(mappedStore, QStringLiteral("mehr")).value(0).description, QStringLiteral("barrierearm über Hof"));
        // This program's own exports import without a word about their bookkeeping columns.
        ExportOptions options;
        options.store = store;
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("geojson"), QStringLiteral("kml")}) {
            options.output = path(QStringLiteral("export.") + format);
            options.format = format;
            QVERIFY(exportStore(options) > 0);
            const QString empty = path(QStringLiteral("leer-%1.gpkg").arg(format));
            InstitutionStore::create(empty);
            const ImportReport again = import(options.output, empty);
            QVERIFY2(!again.hasErrors() && again.count(ImportReport::Severity::Warning) == 0, qPrintable(format));
        }
    }

    // Lists write web addresses without a scheme; the Träger's as the offer's.
    void webAddressesWithoutSchemeAreTakenWithHttps()
    {
        const QString csv = path(QStringLiteral("web.csv"));
        test::writeFile(csv, "ID;Name;Lat;Lon;Schwerpunkt;Webseite;Träger;Träger_Webseite\n"
                             "1;Haus A;52.03;8.53;Beratung;www.haus-a.de;Verein;www.verein.de\n"
                             "2;Haus B;52.04;8.53;Beratung;https://haus-b.de/kontakt;Verein;\n"
                             "3;Haus C;52.05;8.53;Beratung;kein Netz;Anderer Verein;mal sehen\n");
        const QString store = freshStore();
        const QByteArray before = test::digest(store);
        const ImportReport broken = import(csv, store);
        QVERIFY(hasProblem(broken, QStringLiteral("row 4"), QStringLiteral("Webseite"), QStringLiteral("'kein Netz' is not a web address")));
        QVERIFY(hasProblem(broken, QStringLiteral("row 4"), QStringLiteral("Träger_Webseite"), QStringLiteral("'mal sehen' is not a web address")));
        QCOMPARE(broken.count(ImportReport::Severity::Error), 2);
        QCOMPARE(test::digest(store), before);

        test::writeFile(csv, "ID;Name;Lat;Lon;Schwerpunkt;Webseite;Träger;Träger_Webseite\n"
                             "1;Haus A;52.03;8.53;Beratung;www.haus-a.de;Verein;www.verein.de\n"
                             "2;Haus B;52.04;8.53;Beratung;https://haus-b.de/kontakt;Verein;\n");
        QVERIFY(!import(csv, store).hasErrors());
        QList<Institution> imported = fromSource(store, QStringLiteral("web"));
        std::sort(imported.begin(), imported.end(), [](const auto &a, const auto &b) { return a.sourceId < b.sourceId; });
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported[0].services.first().contact.website, QStringLiteral("https://www.haus-a.de"));
        QCOMPARE(imported[0].organisation.website, QStringLiteral("https://www.verein.de"));
        QCOMPARE(imported[1].services.first().contact.website, QStringLiteral("https://haus-b.de/kontakt"));
        QCOMPARE(imported[1].organisation.website, QStringLiteral("https://www.verein.de")); // one Träger, one record
    }

    void addressesWithoutPositionsAreFoundInAGazetteer()
    {
        // House coordinates as cities publish them: UTM 32N, written by GDAL.
        const QString houses = path(QStringLiteral("hauskoordinaten.csv"));
        writeWithGdal("CSV", houses, 25832, wkbNone,
                      {QStringLiteral("STRASSE"), QStringLiteral("HNR"), QStringLiteral("PLZ"),
                       QStringLiteral("RECHTSWERT"), QStringLiteral("HOCHWERT")},
                      {{{QStringLiteral("STRASSE"), QStringLiteral("Niederwall")}, {QStringLiteral("HNR"), QStringLiteral("10")},
                        {QStringLiteral("PLZ"), QStringLiteral("33602")}, {QStringLiteral("RECHTSWERT"), QStringLiteral("468438.426")},
                        {QStringLiteral("HOCHWERT"), QStringLiteral("5763918.663")}},
                       {{QStringLiteral("STRASSE"), QStringLiteral("Heeper Straße")}, {QStringLiteral("HNR"), QStringLiteral("5a")},
                        {QStringLiteral("PLZ"), QStringLiteral("33607")}, {QStringLiteral("RECHTSWERT"), QStringLiteral("469000")},
                        {QStringLiteral("HOCHWERT"), QStringLiteral("5764000")}},
                       // The same street and number in two former towns.
                       {{QStringLiteral("STRASSE"), QStringLiteral("Bahnhofstraße")}, {QStringLiteral("HNR"), QStringLiteral("1")},
                        {QStringLiteral("PLZ"), QStringLiteral("33647")}, {QStringLiteral("RECHTSWERT"), QStringLiteral("465000")},
                        {QStringLiteral("HOCHWERT"), QStringLiteral("5760000")}},
                       {{QStringLiteral("STRASSE"), QStringLiteral("Bahnhofstraße")}, {QStringLiteral("HNR"), QStringLiteral("1")},
                        {QStringLiteral("PLZ"), QStringLiteral("33689")}, {QStringLiteral("RECHTSWERT"), QStringLiteral("474000")},
                        {QStringLiteral("HOCHWERT"), QStringLiteral("5757000")}}},
                      {"SEPARATOR=SEMICOLON"});
        const QString csv = path(QStringLiteral("adressen.csv"));
        test::writeFile(csv, "Name;Straße;Hausnummer;PLZ;Schwerpunkt\n"
                             "Treff am Wall;Niederwall;10;33602;Beratung\n"
                             "Haus Heeper;Heeper Str.;5 a;33607;Beratung\n"
                             "Nirgendwo;Unbekannter Weg;1;33602;Beratung\n"
                             "Am Bahnhof;Bahnhofstraße;1;;Beratung\n");
        const QString store = freshStore();
        FieldMapping fields = FieldMapping::standard(m_taxonomy);
        ImportOptions options;
        options.input = csv;
        options.store = store;
        options.gazetteer = houses;
        options.sourceCrs = QStringLiteral("EPSG:25832"); // the gazetteer names no CRS
        ImportReport report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY(hasProblem(report, QStringLiteral("row 4"), QStringLiteral("Straße"), QStringLiteral("not in the gazetteer")));
        QVERIFY(hasProblem(report, QStringLiteral("row 5"), QStringLiteral("PLZ"), QStringLiteral("in several places")));
        QCOMPARE(report.count(ImportReport::Severity::Error), 2);

        test::writeFile(csv, "Name;Straße;Hausnummer;PLZ;Schwerpunkt\n"
                             "Treff am Wall;Niederwall;10;33602;Beratung\n"
                             "Haus Heeper;Heeper Str.;5 a;33607;Beratung\n"
                             "Am Bahnhof Sennestadt;Bahnhofstraße;1;33689;Beratung\n");
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY(!report.hasErrors());
        for (const Institution &i : fromSource(store, QStringLiteral("adressen"))) {
            QCOMPARE(i.positionSource, PositionSource::Geocoded);
            QCOMPARE(i.geocodedBy, QStringLiteral("hauskoordinaten.csv"));
            const GeoPoint reference = i.name == QLatin1String("Treff am Wall")
                ? projReference("EPSG:25832", 468438.426, 5763918.663)
                : i.name == QLatin1String("Haus Heeper") ? projReference("EPSG:25832", 469000, 5764000)
                                                         : projReference("EPSG:25832", 474000, 5757000);
            QVERIFY(Geodesy::distanceMetres(i.position, reference) < 0.01);
        }
        // Without a gazetteer the report says what would have helped.
        options.gazetteer.clear();
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY(hasProblem(report, QStringLiteral("row 2"), QString(), QStringLiteral("--gazetteer")));

        // The gazetteer is read only when a record needs it (the app names
        // its own for every list): one that cannot be read stops a list of
        // addresses, once for the list, and not a list with positions.
        options.gazetteer = path(QStringLiteral("gibt-es-nicht.csv"));
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QCOMPARE(report.count(ImportReport::Severity::Error), 1);
        QVERIFY(hasProblem(report, QString(), QString(), QStringLiteral("gazetteer %1: no such file").arg(options.gazetteer)));
        test::writeFile(csv, "Name;Lat;Lon;Schwerpunkt\nTreff;52.03;8.53;Beratung\n");
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY2(!report.hasErrors(), qPrintable(report.toText()));
    }

    void everyImportedChangeIsLoggedPerField()
    {
        const QString csv = path(QStringLiteral("protokoll.csv"));
        test::writeFile(csv, "ID;Name;Lat;Lon;Schwerpunkt;Telefon\n"
                             "1;Treff am Wall;52,03;8,54;Beratung;0521 111\n"
                             "2;Sprachcafé;52,031;8,541;Sprachkurse;0521 222\n");
        const QString store = freshStore();
        const auto log = [&] {
            QList<FieldChange> mine;
            for (const FieldChange &c : InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->changeLog())
                if (c.via.startsWith(QStringLiteral("import protokoll.csv")))
                    mine.append(c);
            return mine;
        };
        QVERIFY(log().isEmpty());
        const QDateTime at(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::UTC);
        std::optional<clock::Fixed> fixed(std::in_place, at);
        QVERIFY(!import(csv, store).hasErrors());
        fixed.reset();
        QList<FieldChange> added = log();
        const QList<Institution> imported = fromSource(store, QStringLiteral("protokoll"));
        QCOMPARE(imported.size(), 2);
        const Institution &treff = imported[0].name == u"Treff am Wall" ? imported[0] : imported[1];
        // A new record: each field it has, from nothing, with who, when and which row.
        const auto entry = [&](const QList<FieldChange> &changes, const QString &id, const QString &field) {
            for (const FieldChange &c : changes)
                if (c.recordId == id && c.field == field)
                    return c;
            return FieldChange{};
        };
        // A new record: one entry naming it, with who, when and which row.
        QCOMPARE(added.size(), 2);
        const FieldChange created = entry(added, treff.id, QStringLiteral("created"));
        QCOMPARE(created.oldValue, QString());
        QCOMPARE(created.newValue, QStringLiteral("Treff am Wall"));
        QCOMPARE(created.via, QStringLiteral("import protokoll.csv row 2"));
        QCOMPARE(created.who, currentUserName());
        QCOMPARE(created.at, at); // the clock's time, in UTC
        const QString phoneField = QStringLiteral("service %1: phone").arg(treff.services[0].id);

        // The same list again: nothing new in the log.
        QVERIFY(!import(csv, store).hasErrors());
        QCOMPARE(log().size(), added.size());

        // One phone number and one position changed: exactly those, old and new.
        test::writeFile(csv, "ID;Name;Lat;Lon;Schwerpunkt;Telefon\n"
                             "1;Treff am Wall;52,032;8,54;Beratung;0521 999\n"
                             "2;Sprachcafé;52,031;8,541;Sprachkurse;0521 222\n");
        QVERIFY(!import(csv, store).hasErrors());
        const QList<FieldChange> all = log();
        const QList<FieldChange> changed = all.mid(added.size());
        QCOMPARE(changed.size(), 2);
        const FieldChange phone = entry(changed, treff.id, phoneField);
        QCOMPARE(phone.oldValue, QStringLiteral("0521 111"));
        QCOMPARE(phone.newValue, QStringLiteral("0521 999"));
        QCOMPARE(phone.via, QStringLiteral("import protokoll.csv row 2"));
        const FieldChange moved = entry(changed, treff.id, QStringLiteral("position"));
        QCOMPARE(moved.oldValue, QStringLiteral("52.030000, 8.540000"));
        QCOMPARE(moved.newValue, QStringLiteral("52.032000, 8.540000"));
        // A record's own history.
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->changeLog(treff.id).size(),
                 int(std::count_if(all.cbegin(), all.cend(), [&](const FieldChange &c) { return c.recordId == treff.id; })));

        // The log as CSV for the coordinator: a header, one line per change, quoted where needed.
        ExportOptions exportOptions;
        exportOptions.store = store;
        exportOptions.output = path(QStringLiteral("protokoll-log.csv"));
        exportOptions.layer = QStringLiteral("changes");
        QCOMPARE(exportStore(exportOptions), InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->changeLog().size());
        QFile exported(exportOptions.output);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "at,who,record_id,field,old_value,new_value,via\r\n"));
        const QString csvText = QString::fromUtf8(bytes);
        QVERIFY2(csvText.contains(QStringLiteral(",%1,%2,0521 111,0521 999,import protokoll.csv row 2\r\n").arg(treff.id, phoneField)),
                 qPrintable(csvText.right(500)));
        QVERIFY(csvText.contains(QStringLiteral(",position,\"52.030000, 8.540000\",\"52.032000, 8.540000\",")));
        exportOptions.output = path(QStringLiteral("protokoll-log.geojson"));
        QVERIFY_THROWS_EXCEPTION(ExportError, exportStore(exportOptions));

        // An import that fails writes no log either.
        test::writeFile(csv, "ID;Name;Lat;Lon;Schwerpunkt;Telefon\n"
                             "1;Treff am Wall;52,032;8,54;Beratung;0521 000\n"
                             "2;;52,031;8,541;Sprachkurse;0521 222\n");
        QVERIFY(import(csv, store).hasErrors());
        QCOMPARE(log().size(), all.size());
    }

    void translationsComeFromLanguageColumns()
    {
        // The German text in its column, translations beside it, named with a language code.
        const QString csv = path(QStringLiteral("uebersetzt.csv"));
        test::writeFile(csv, "Name;Beschreibung;Beschreibung_en;Beschreibung (ar);Name:tr;Lat;Lon;Schwerpunkt\n"
                             "Treff;Beratung für alle;Counselling for all;استشارة للجميع;Buluşma;52,03;8,54;Beratung\n"
                             "Ohne;Nur deutsch;;;;52,031;8,541;Beratung\n");
        const QString store = freshStore();
        ImportReport report = import(csv, store);
        QVERIFY2(!report.hasErrors(), qPrintable(report.toText()));
        const QList<Institution> imported = fromSource(store, QStringLiteral("uebersetzt"));
        QCOMPARE(imported.size(), 2);
        const Institution &treff = imported[0].name == u"Treff" ? imported[0] : imported[1];
        const Institution &ohne = imported[0].name == u"Treff" ? imported[1] : imported[0];
        QCOMPARE(treff.description, QStringLiteral("Beratung für alle"));
        QCOMPARE(treff.translations.value(QStringLiteral("description")).value(QStringLiteral("en")), QStringLiteral("Counselling for all"));
        QCOMPARE(treff.translations.value(QStringLiteral("description")).value(QStringLiteral("ar")), QStringLiteral("استشارة للجميع"));
        QCOMPARE(treff.translations.value(QStringLiteral("name")).value(QStringLiteral("tr")), QStringLiteral("Buluşma"));
        QVERIFY(ohne.translations.isEmpty());
        // Per field, with German as the fallback.
        const LocalizedText text = localizedField(treff.description, treff.translations, QStringLiteral("description"));
        QCOMPARE(text.text(QStringLiteral("ar")), QStringLiteral("استشارة للجميع"));
        QCOMPARE(text.text(QStringLiteral("ru")), QStringLiteral("Beratung für alle"));
        QVERIFY(text.isFallback(QStringLiteral("ru")));

        // A translations column that is no JSON object: the row and field are named, nothing is written.
        const QString broken = path(QStringLiteral("kaputt-uebersetzt.csv"));
        test::writeFile(broken, "Name;Lat;Lon;Schwerpunkt;translations\n"
                                "Eins;52,03;8,54;Beratung;{\"description\": {\"en\": \"One\"}}\n"
                                "Zwei;52,03;8,54;Beratung;{\"description\": \"Two\"}\n");
        const QByteArray before = test::digest(store);
        report = import(broken, store);
        QVERIFY(hasProblem(report, QStringLiteral("row 3"), QStringLiteral("translations"), QStringLiteral("must map languages")));
        QCOMPARE(report.count(ImportReport::Severity::Error), 1);
        QCOMPARE(test::digest(store), before);
    }

    void typedAddressesAreParsedAndClosestEntriesOffered()
    {
        // Free text as a caseworker types it.
        Address a = AddressGazetteer::parse(QStringLiteral(" Niederwall 23a, 33602 Bielefeld "));
        QCOMPARE(a.street, QStringLiteral("Niederwall"));
        QCOMPARE(a.houseNumber, QStringLiteral("23a"));
        QCOMPARE(a.postcode, QStringLiteral("33602"));
        QCOMPARE(a.city, QStringLiteral("Bielefeld"));
        a = AddressGazetteer::parse(QStringLiteral("Straße des 17. Juni 5"));
        QCOMPARE(a.street, QStringLiteral("Straße des 17. Juni"));
        QCOMPARE(a.houseNumber, QStringLiteral("5"));
        a = AddressGazetteer::parse(QStringLiteral("33602 Bielefeld, Am Bach 3 - 5"));
        QCOMPARE(a.street, QStringLiteral("Am Bach"));
        QCOMPARE(a.houseNumber, QStringLiteral("3-5"));
        QCOMPARE(a.postcode, QStringLiteral("33602"));
        QCOMPARE(AddressGazetteer::parse(QStringLiteral("Jahnplatz")).houseNumber, QString());
        a = AddressGazetteer::parse(QStringLiteral("Detmolder Str.29"));
        QCOMPARE(a.street, QStringLiteral("Detmolder Str."));
        QCOMPARE(a.houseNumber, QStringLiteral("29"));
        a = AddressGazetteer::parse(QStringLiteral("Niederwall 25 Bielefeld"));
        QCOMPARE(a.street, QStringLiteral("Niederwall"));
        QCOMPARE(a.houseNumber, QStringLiteral("25"));
        QCOMPARE(a.city, QStringLiteral("Bielefeld"));
        a = AddressGazetteer::parse(QStringLiteral("Niederwall 25 a Bielefeld"));
        QCOMPARE(a.houseNumber, QStringLiteral("25a"));
        QCOMPARE(a.city, QStringLiteral("Bielefeld"));
        a = AddressGazetteer::parse(QStringLiteral("Detmolder Straße Nr. 29-31"));
        QCOMPARE(a.street, QStringLiteral("Detmolder Straße"));
        QCOMPARE(a.houseNumber, QStringLiteral("29-31"));

        // A gazetteer in latitude/longitude this time, read through OGR.
        const QString houses = path(QStringLiteral("adressen-wgs84.csv"));
        QList<Record> rows;
        const auto house = [&](const QString &street, const QString &number, const QString &postcode, double lat, double lon) {
            rows.append({{QStringLiteral("strasse"), street}, {QStringLiteral("hausnummer"), number},
                         {QStringLiteral("plz"), postcode}, {QStringLiteral("lat"), QString::number(lat, 'f', 7)},
                         {QStringLiteral("lon"), QString::number(lon, 'f', 7)}});
        };
        for (int n = 1; n <= 41; n += 2)
            house(QStringLiteral("Niederwall"), QString::number(n), QStringLiteral("33602"), 52.02 + n * 1e-5, 8.535);
        house(QStringLiteral("Niedermühlenkamp"), QStringLiteral("4"), QStringLiteral("33604"), 52.015, 8.54);
        house(QStringLiteral("Jöllenbecker Straße"), QStringLiteral("52"), QStringLiteral("33613"), 52.04, 8.52);
        house(QStringLiteral("Jöllenbecker Straße"), QStringLiteral("54"), QStringLiteral("33613"), 52.0401, 8.52);
        house(QStringLiteral("Bahnhofstraße"), QStringLiteral("1"), QStringLiteral("33647"), 51.99, 8.51);
        house(QStringLiteral("Bahnhofstraße"), QStringLiteral("1"), QStringLiteral("33689"), 51.95, 8.6);
        writeWithGdal("CSV", houses, 4326, wkbNone,
                      {QStringLiteral("strasse"), QStringLiteral("hausnummer"), QStringLiteral("plz"),
                       QStringLiteral("lat"), QStringLiteral("lon")},
                      rows, {});
        QString problem;
        int unusable = -1;
        const auto gazetteer = AddressGazetteer::read(houses, FieldMapping::standard(m_taxonomy), {}, &problem, &unusable);
        QVERIFY2(gazetteer, qPrintable(problem));
        QCOMPARE(gazetteer->size(), rows.size());
        QCOMPARE(unusable, 0);

        // Exact, in another spelling of "Straße" and with umlauts spelled out.
        auto found = gazetteer->lookup(QStringLiteral("joellenbecker str. 54"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().exact);
        QCOMPARE(found.first().address.street, QStringLiteral("Jöllenbecker Straße"));
        QCOMPARE(found.first().position.latitude, 52.0401);

        // A number the street does not have: the nearest numbers on it.
        found = gazetteer->lookup(QStringLiteral("Niederwall 24"));
        QVERIFY(found.size() >= 2);
        QVERIFY(!found.first().exact);
        QCOMPARE(found.at(0).address.street, QStringLiteral("Niederwall"));
        QVERIFY((QStringList{found.at(0).address.houseNumber, found.at(1).address.houseNumber}
                 == QStringList{QStringLiteral("23"), QStringLiteral("25")})
                || (QStringList{found.at(0).address.houseNumber, found.at(1).address.houseNumber}
                    == QStringList{QStringLiteral("25"), QStringLiteral("23")}));

        // One typo in the street, and Niederwall alone is that close: resolved, and said.
        for (const QString &typo : {QStringLiteral("Niederwal 7"), QStringLiteral("Niedrewall 7"),
                                    QStringLiteral("Niederwalll 7"), QStringLiteral("Niedervall 7")}) {
            found = gazetteer->lookup(typo, 5);
            QCOMPARE(found.size(), 1);
            QVERIFY2(found.first().exact, qPrintable(typo));
            QCOMPARE(found.first().address.street, QStringLiteral("Niederwall"));
            QCOMPARE(found.first().address.houseNumber, QStringLiteral("7"));
            QCOMPARE(found.first().typedStreet, typo.chopped(2));
        }
        // Two letters off: not resolved, Niederwall offered first.
        found = gazetteer->lookup(QStringLiteral("Nidrwall 7"), 5);
        QVERIFY(!found.isEmpty());
        QVERIFY(!found.first().exact);
        QCOMPARE(found.first().address.street, QStringLiteral("Niederwall"));

        // As people type it: every form finds Niederwall 25, at its position.
        for (const QString &typed :
             {QStringLiteral("Niederwall 25 Bielefeld"), QStringLiteral("niederwall 25"),
              QStringLiteral("Niederwall Nr. 25"), QStringLiteral("Niederwall Nr 25, Bielefeld"),
              QStringLiteral("Niederwall25"), QStringLiteral("Niederwall 25-27"),
              QStringLiteral("Niederwall 25 - 27, 33602 Bielefeld"),
              QStringLiteral("33602 Bielefeld, Niederwall 25"), QStringLiteral("Niederwall 25, Bielefeld-Mitte")}) {
            found = gazetteer->lookup(typed);
            QVERIFY2(found.size() == 1 && found.first().exact, qPrintable(typed));
            QCOMPARE(found.first().address.houseNumber, QStringLiteral("25"));
            QCOMPARE(found.first().position.latitude, 52.02 + 25 * 1e-5);
        }
        found = gazetteer->lookup(QStringLiteral("Jöllenbecker Str.54"));
        QVERIFY(found.size() == 1 && found.first().exact);
        QCOMPARE(found.first().position.latitude, 52.0401);
        found = gazetteer->lookup(QStringLiteral("Joellenbecker Strasse 52 a"));
        QVERIFY(found.isEmpty() || !found.first().exact); // 52a is not 52
        // A street alone: its middle, found.
        found = gazetteer->lookup(QStringLiteral("Niederwall"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().exact && found.first().street);
        QCOMPARE(found.first().address.houseNumber, QString());
        QCOMPARE(found.first().position.latitude, 52.02 + 21 * 1e-5); // 1 … 41: the middle is 21
        // A postcode or town typed that is not the address's: offered, and said.
        found = gazetteer->lookup(QStringLiteral("Niederwall 25, 80331 München"));
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().exact);
        QCOMPARE(found.first().wrongPostcode, QStringLiteral("80331"));
        QCOMPARE(found.first().address.postcode, QStringLiteral("33602"));
        // This gazetteer names no towns: it is the city's.
        const AddressSearch elsewhere =
            searchAddress(QStringLiteral("Niederwall 25 Gütersloh"), &*gazetteer, nullptr, m_city);
        QVERIFY(!elsewhere.found());
        QCOMPARE(elsewhere.matches.size(), 1);
        QCOMPARE(elsewhere.matches.first().wrongCity, QStringLiteral("Gütersloh"));
        QVERIFY(searchAddress(QStringLiteral("Niederwall 25 Bielefeld"), &*gazetteer, nullptr, m_city).found());

        // A beginning, as while typing: the street, at its middle without a number.
        found = gazetteer->lookup(QStringLiteral("Niedermü"));
        QCOMPARE(found.first().address.street, QStringLiteral("Niedermühlenkamp"));

        // In two places: only the postcode tells which, so without it both are offered.
        found = gazetteer->lookup(QStringLiteral("Bahnhofstr. 1"));
        QCOMPARE(found.size(), 2);
        QVERIFY(!found.first().exact);
        found = gazetteer->lookup(QStringLiteral("Bahnhofstr. 1, 33689"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().exact);
        QCOMPARE(found.first().position.longitude, 8.6);

        // Nothing like it: nothing, not some random street.
        QVERIFY(gazetteer->lookup(QStringLiteral("Xylophonweg 3")).isEmpty());
        QVERIFY(gazetteer->lookup(QString()).isEmpty());

        // A file that is no gazetteer says why.
        const QString names = path(QStringLiteral("namen.csv"));
        test::writeFile(names, "Name;Ort\nA;B\n");
        QVERIFY(!AddressGazetteer::read(names, FieldMapping::standard(m_taxonomy), {}, &problem));
        QVERIFY2(problem.contains(QStringLiteral("street and house number")), qPrintable(problem));
    }

    void anOfficialHouseCoordinatesListAsPublished()
    {
        // As German surveying offices publish them (HK-DE): abbreviated
        // columns, the number's letter in a column of its own, easting and
        // northing in ETRS89 / UTM 32 with a decimal comma, no CRS named,
        // zipped.
        const QByteArray csv =
            "NBA;OI;QUA;LAN;RBZ;KRS;GMD;OTT;SSS;HNR;ADZ;EAST;NORTH;STN;PLZ;ONM\n"
            "R;DENW1;A;05;7;11;000;0001;01234;25;;467936,512;5764263,118;Niederwall;33602;Bielefeld\n"
            "R;DENW2;A;05;7;11;000;0001;01234;25;a;467940,250;5764270,900;Niederwall;33602;Bielefeld\n"
            "R;DENW3;A;05;7;11;000;0002;04711;54;;466301,000;5766512,500;Jöllenbecker Straße;33613;Bielefeld\n"
            "R;DENW4;A;05;7;11;000;0002;04712;1;;;;Ohne Lage;33613;Bielefeld\n"
            "R;DENW5;A;09;1;62;000;0001;00001;1;;691000,000;5334000,000;Marienplatz;80331;München\n";
        const QString zip = path(QStringLiteral("hauskoordinaten_bielefeld.zip"));
        QFile::remove(zip);
        {
            const QByteArray inside = QByteArray("/vsizip/") + QFile::encodeName(zip) + "/hk_bielefeld.csv";
            VSILFILE *f = VSIFOpenL(inside.constData(), "wb");
            QVERIFY(f);
            QCOMPARE(VSIFWriteL(csv.constData(), 1, size_t(csv.size()), f), size_t(csv.size()));
            VSIFCloseL(f);
        }
        const QString store = freshStore();
        const auto run = [](const QString &tool, const QStringList &arguments, const QByteArray &input = {}) {
            QProcess p;
            p.start(tool, arguments);
            if (!input.isEmpty())
                p.write(input);
            p.closeWriteChannel();
            [&] { QVERIFY(p.waitForFinished(60000)); }();
            return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                              QString::fromUtf8(p.readAllStandardError())};
        };
        auto [exit, out, err] = run(QStringLiteral(STADTPLAN_IMPORT_TOOL),
                                    {QStringLiteral("--addresses"), zip, QStringLiteral("--into"), store});
        QVERIFY2(exit == 0, qPrintable(out + err));
        // The report says what it took from where, and what it left out.
        for (const QString &said :
             {QStringLiteral("street from 'STN'"), QStringLiteral("house_number from 'HNR'"),
              QStringLiteral("suffix from 'ADZ'"), QStringLiteral("postcode from 'PLZ'"),
              QStringLiteral("city from 'ONM'"), QStringLiteral("x from 'EAST'"), QStringLiteral("y from 'NORTH'"),
              QStringLiteral("lie in Bielefeld as EPSG:25832"),
              QStringLiteral("1 rows without a street"), QStringLiteral("1 addresses outside Bielefeld")})
            QVERIFY2(out.contains(said), qPrintable(said + QStringLiteral(" not in:\n") + out));

        const auto description = addresses::describe(store);
        QVERIFY(description);
        QCOMPARE(description->kind, QStringLiteral("list"));
        QCOMPARE(description->source, QStringLiteral("hauskoordinaten_bielefeld.zip"));
        QCOMPARE(description->count, 3);
        QString problem;
        const auto g = AddressGazetteer::fromStore(store, &problem);
        QVERIFY2(g, qPrintable(problem));
        // Each within 0.1 m of PROJ's own conversion.
        const struct { const char *typed; double east, north; } expected[] = {
            {"Niederwall 25", 467936.512, 5764263.118},
            {"niederwall 25 a", 467940.250, 5764270.900},
            {"Niederwall 25A, 33602 Bielefeld", 467940.250, 5764270.900},
            {"Joellenbecker Str.54", 466301.000, 5766512.500},
        };
        for (const auto &e : expected) {
            const auto found = g->lookup(QString::fromUtf8(e.typed));
            QVERIFY2(!found.isEmpty() && found.first().exact, e.typed);
            const double off = Geodesy::distanceMetres(found.first().position,
                                                       projReference("EPSG:25832", e.east, e.north));
            QVERIFY2(off < 0.1, qPrintable(QStringLiteral("%1: %2 m").arg(QString::fromUtf8(e.typed)).arg(off)));
        }
        // The query tool finds it in the store without being told where.
        std::tie(exit, out, err) = run(QStringLiteral(STADTPLAN_QUERY_TOOL),
                                       {store, QStringLiteral("--address"), QStringLiteral("-")},
                                       "Niederwall 25a Bielefeld\n");
        QCOMPARE(exit, 0);
        QVERIFY2(out.startsWith(QStringLiteral("Niederwall 25a Bielefeld\tfound\tNiederwall 25a, 33602 Bielefeld\t52.02")), qPrintable(out + err));

        // A list whose positions lie in the city in no known system, and one
        // without a house-number column: refused, the store's addresses as they were.
        const QByteArray before = test::digest(store);
        const QString far = path(QStringLiteral("weit.csv"));
        test::writeFile(far, "STN;HNR;EAST;NORTH\nNiederwall;1;100,0;200,0\n");
        std::tie(exit, out, err) = run(QStringLiteral(STADTPLAN_IMPORT_TOOL),
                                       {QStringLiteral("--addresses"), far, QStringLiteral("--into"), store});
        QCOMPARE(exit, 1);
        QVERIFY2(out.contains(QStringLiteral("give it (--s-crs)")), qPrintable(out));
        const QString numberless = path(QStringLiteral("ohne-nummer.csv"));
        test::writeFile(numberless, "Gasse;Rechts;Hoch\nNiederwall;467936;5764263\n");
        std::tie(exit, out, err) = run(QStringLiteral(STADTPLAN_IMPORT_TOOL),
                                       {QStringLiteral("--addresses"), numberless, QStringLiteral("--into"), store});
        QCOMPARE(exit, 1);
        QVERIFY2(out.contains(QStringLiteral("needs street and house number columns (it has Gasse, Rechts, Hoch)")), qPrintable(out));
        QCOMPARE(test::digest(store), before);
        // Named by hand, the same list goes in.
        std::tie(exit, out, err) = run(QStringLiteral(STADTPLAN_IMPORT_TOOL),
                                       {QStringLiteral("--addresses"), numberless, QStringLiteral("--into"), store,
                                        QStringLiteral("--field"), QStringLiteral("street=Gasse"),
                                        QStringLiteral("--field"), QStringLiteral("house_number=Gasse"),
                                        QStringLiteral("--field"), QStringLiteral("x=Rechts"),
                                        QStringLiteral("--field"), QStringLiteral("y=Hoch"),
                                        QStringLiteral("--s-crs"), QStringLiteral("EPSG:25832")});
        QVERIFY2(exit == 0, qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("positions in EPSG:25832")), qPrintable(out));

        // GeoJSON with its own points (WGS84) goes the same way.
        const QString geojson = path(QStringLiteral("adressen.geojson"));
        test::writeFile(geojson, json("{'type':'FeatureCollection','features':[{'type':'Feature','properties':"
                                      "{'strassenname':'Niederwall','hausnummer':'7','plz':'33602'},"
                                      "'geometry':{'type':'Point','coordinates':[8.5351,52.0199]}}]}"));
        const ImportReport fromGeoJson = importAddressList(
            [&] { ImportOptions o; o.input = geojson; o.store = store; return o; }(),
            FieldMapping::standard(m_taxonomy), m_city);
        QVERIFY2(!fromGeoJson.hasErrors(), qPrintable(fromGeoJson.toText()));
        QCOMPARE(AddressGazetteer::fromStore(store, nullptr)->lookup(QStringLiteral("Niederwall 7")).first().position.latitude, 52.0199);
    }

    // Bielefeld's real addresses (those of the bundled institutions), listed
    // as a surveying office lists them and typed as caseworkers type them.
    void realAddressesOfTheCityAsAnOfficialListHasThem()
    {
        const QString store = freshStore();
        const QList<Institution> institutions = openStore(store, false, bundledDemoSeed)->institutions();
        PJ_CONTEXT *context = proj_context_create();
        PJ *raw = proj_create_crs_to_crs(context, "EPSG:4326", "EPSG:25832", nullptr);
        PJ *toUtm = proj_normalize_for_visualization(context, raw);
        QByteArray csv = "NBA;OI;QUA;LAN;RBZ;KRS;GMD;OTT;SSS;HNR;ADZ;EAST;NORTH;STN;PLZ;ONM\n";
        static const QRegularExpression number(QStringLiteral("^(\\d+)\\s*([a-zA-Z]?)(?:\\s*-\\s*\\d+)?$"));
        QList<std::pair<Address, GeoPoint>> listed;
        QSet<QString> seen;
        for (const Institution &i : institutions) {
            const auto m = number.match(i.address.houseNumber);
            if (i.address.street.isEmpty() || !m.hasMatch() || seen.contains(i.address.oneLine()))
                continue;
            seen.insert(i.address.oneLine());
            listed.append({i.address, i.position});
            const PJ_COORD utm = proj_trans(toUtm, PJ_FWD, proj_coord(i.position.longitude, i.position.latitude, 0, 0));
            // A range ("5-9") is listed by its first number, as offices list each number.
            csv += QStringLiteral("R;DENW%1;A;05;7;11;000;0001;00001;%2;%3;%4;%5;%6;%7;Bielefeld\n")
                       .arg(listed.size())
                       .arg(m.captured(1), m.captured(2))
                       .arg(QString::number(utm.xy.x, 'f', 3).replace(u'.', u','),
                            QString::number(utm.xy.y, 'f', 3).replace(u'.', u','), i.address.street,
                            i.address.postcode)
                       .toUtf8();
        }
        proj_destroy(toUtm);
        proj_destroy(raw);
        proj_context_destroy(context);
        QVERIFY2(listed.size() >= 30, qPrintable(QString::number(listed.size())));
        const QString zip = path(QStringLiteral("hauskoordinaten-echt.zip"));
        QFile::remove(zip);
        const QByteArray inside = QByteArray("/vsizip/") + QFile::encodeName(zip) + "/hk.csv";
        VSILFILE *f = VSIFOpenL(inside.constData(), "wb");
        QVERIFY(f);
        QCOMPARE(VSIFWriteL(csv.constData(), 1, size_t(csv.size()), f), size_t(csv.size()));
        VSIFCloseL(f);
        ImportOptions options;
        options.input = zip;
        options.store = store;
        const ImportReport report = importAddressList(options, FieldMapping::standard(m_taxonomy), m_city);
        QVERIFY2(report.written, qPrintable(report.toText()));
        const auto gazetteer = AddressGazetteer::fromStore(store, nullptr);
        QVERIFY(gazetteer);
        int tried = 0;
        for (const auto &[a, at] : std::as_const(listed)) {
            QString abbreviated = a.street;
            abbreviated.replace(QRegularExpression(QStringLiteral("(?i)stra(ß|ss)e$")), QStringLiteral("Str."));
            QString letterLeftOut = a.street;
            letterLeftOut.remove(3 + tried % std::max<qsizetype>(1, a.street.size() - 5), 1);
            for (const QString &typed :
                 {a.street + u' ' + a.houseNumber + QStringLiteral(", ") + a.postcode + QStringLiteral(" Bielefeld"),
                  a.street.toLower() + u' ' + a.houseNumber + QStringLiteral(" bielefeld"),
                  abbreviated + a.houseNumber, a.street + QStringLiteral(" Nr. ") + a.houseNumber,
                  letterLeftOut + u' ' + a.houseNumber}) {
                ++tried;
                const AddressSearch found = searchAddress(typed, &*gazetteer, nullptr, m_city);
                QVERIFY2(found.found(), qPrintable(typed));
                const double off = Geodesy::distanceMetres(found.matches.first().position, at);
                QVERIFY2(off < 0.1, qPrintable(QStringLiteral("%1: %2 m").arg(typed).arg(off)));
            }
        }
        qInfo("%d real addresses, %d typed forms, each found within 0.1 m", int(listed.size()), tried);
    }

    void theQueryToolStartsFromATypedAddress()
    {
        // A gazetteer beside the store is found by its name.
        const QString store = freshStore();
        const QString houses = QFileInfo(store).dir().filePath(QFileInfo(store).completeBaseName()
                                                                + QStringLiteral("-addresses.csv"));
        test::writeFile(houses, "Straße;Hausnummer;PLZ;Lat;Lon\n"
                                "Niederwall;23;33602;52.0205;8.5347\n"
                                "Niederwall;25;33602;52.0207;8.5349\n");
        const auto query = [&](const QStringList &arguments, int expectedExit) {
            QProcess tool;
            tool.start(QStringLiteral(STADTPLAN_QUERY_TOOL), QStringList{store} + arguments);
            [&] { QVERIFY(tool.waitForFinished(30000)); }();
            const QString err = QString::fromUtf8(tool.readAllStandardError());
            [&] { QVERIFY2(tool.exitCode() == expectedExit, qPrintable(err)); }();
            return std::pair{QJsonDocument::fromJson(tool.readAllStandardOutput()), err};
        };
        const auto [results, said] = query({QStringLiteral("--address"), QStringLiteral("niederwall 25"),
                                            QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")}, 0);
        QVERIFY2(said.contains(QStringLiteral("From Niederwall 25, 33602 at 52.0207000,8.5349000")), qPrintable(said));
        const QJsonArray rows = results.array();
        QCOMPARE(rows.size(), 3);
        // The same order and distances as from the coordinates themselves.
        const auto [fromPoint, unused] = query({QStringLiteral("--near"), QStringLiteral("52.0207,8.5349"),
                                                QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")}, 0);
        Q_UNUSED(unused)
        QCOMPARE(rows, fromPoint.array());
        QVERIFY(rows.at(0)[QStringLiteral("distance_m")].toDouble() <= rows.at(1)[QStringLiteral("distance_m")].toDouble());

        // Not there: the closest entries, one line, exit 2.
        auto [none, closest] = query({QStringLiteral("--address"), QStringLiteral("Niederwal 24")}, 2);
        QVERIFY2(closest.contains(QStringLiteral("not found; closest: Niederwall 23, 33602; Niederwall 25, 33602"))
                     || closest.contains(QStringLiteral("not found; closest: Niederwall 25, 33602; Niederwall 23, 33602")),
                 qPrintable(closest));
        QCOMPARE(closest.count(QLatin1Char('\n')), 1);
        std::tie(none, closest) = query({QStringLiteral("--address"), QStringLiteral("Xylophonweg 3")}, 2);
        QVERIFY2(closest.contains(QStringLiteral("no address is close")), qPrintable(closest));
        std::tie(none, closest) = query({QStringLiteral("--address"), QStringLiteral("Niederwall 23"),
                                         QStringLiteral("--near"), QStringLiteral("52,8")}, 2);
        QVERIFY2(closest.contains(QStringLiteral("not both")), qPrintable(closest));
        std::tie(none, closest) = query({QStringLiteral("--address"), QStringLiteral("Niederwall 23"),
                                         QStringLiteral("--gazetteer"), path(QStringLiteral("fehlt.csv"))}, 2);
        QVERIFY2(closest.contains(QStringLiteral("--gazetteer")) && closest.contains(QStringLiteral("no such file")),
                 qPrintable(closest));
        // Several addresses in one run, one per line of standard input, each with its position.
        {
            QProcess tool;
            tool.start(QStringLiteral(STADTPLAN_QUERY_TOOL),
                       {store, QStringLiteral("--address"), QStringLiteral("-")});
            tool.write("Niederwall 25 Bielefeld\nNiedrwall 23\n\nNiederwall Nr. 23, 80331 München\n"
                       "Niederwall\nXylophonweg 3\n");
            tool.closeWriteChannel();
            QVERIFY(tool.waitForFinished(30000));
            QCOMPARE(tool.exitCode(), 0);
            const QStringList lines = QString::fromUtf8(tool.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 5);
            QCOMPARE(lines.at(0), QStringLiteral("Niederwall 25 Bielefeld\tfound\tNiederwall 25, 33602\t52.0207000\t8.5349000"));
            QCOMPARE(lines.at(1), QStringLiteral("Niedrwall 23\tcorrected\tNiederwall 23, 33602\t52.0205000\t8.5347000"));
            QVERIFY2(lines.at(2).startsWith(QStringLiteral("Niederwall Nr. 23, 80331 München\tother-postcode\tNiederwall 23, 33602\t")), qPrintable(lines.at(2)));
            QVERIFY2(lines.at(3).startsWith(QStringLiteral("Niederwall\tstreet\tNiederwall\t")), qPrintable(lines.at(3)));
            QCOMPARE(lines.at(4), QStringLiteral("Xylophonweg 3\tnone\t\t\t"));
        }
        QFile::remove(houses);
        std::tie(none, closest) = query({QStringLiteral("--address"), QStringLiteral("Niederwall 23")}, 2);
        QVERIFY2(closest.contains(QStringLiteral("needs a gazetteer")), qPrintable(closest));
    }

    void addressesAreFoundOnlineOnlyWhenAllowedAndCached()
    {
        test::FakeNominatim nominatim;
        QVERIFY(nominatim.start());
        const GeoPoint wall{52.0219, 8.5331};
        nominatim.known.insert(QStringLiteral("Niederwall 10"), wall);
        nominatim.known.insert(QStringLiteral("Kesselbrink 1"), GeoPoint{52.5200, 13.4050}); // Berlin: outside
        const QString csv = path(QStringLiteral("online.csv"));
        test::writeFile(csv, "Name;Straße;Hausnummer;PLZ;Schwerpunkt\n"
                             "Treff am Wall;Niederwall;10;33602;Beratung\n"
                             "Nirgendwo;Unbekannter Weg;1;33602;Beratung\n"
                             "Falscher Ort;Kesselbrink;1;33602;Beratung\n");
        const QString store = freshStore();
        const QString cache = path(QStringLiteral("geocoding.json"));
        FieldMapping fields = FieldMapping::standard(m_taxonomy);
        ImportOptions options;
        options.input = csv;
        options.store = store;
        OnlineGeocoder::Options online;
        online.host = nominatim.url();
        online.cacheFile = cache;
        auto geocoder = std::make_unique<OnlineGeocoder>(online);
        options.online = geocoder.get();

        // Without the network allowed, nothing is asked.
        ImportReport report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY(hasProblem(report, QStringLiteral("row 2"), QString(), QStringLiteral("has no position")));
        QCOMPARE(nominatim.queries.size(), 0);

        options.allowNetwork = true;
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QCOMPARE(nominatim.queries.size(), 3);
        QVERIFY2(nominatim.queries.constFirst().contains(QStringLiteral("33602")), qPrintable(nominatim.queries.constFirst()));
        QVERIFY(hasProblem(report, QStringLiteral("row 3"), QStringLiteral("Straße"), QStringLiteral("not found in Bielefeld by Nominatim at 127.0.0.1")));
        // A result outside the city is no result.
        QVERIFY(hasProblem(report, QStringLiteral("row 4"), QStringLiteral("Straße"), QStringLiteral("not found")));
        QCOMPARE(report.count(ImportReport::Severity::Error), 2);
        QVERIFY(fromSource(store, QStringLiteral("online")).isEmpty());

        test::writeFile(csv, "Name;Straße;Hausnummer;PLZ;Schwerpunkt\n"
                             "Treff am Wall;Niederwall;10;33602;Beratung\n");
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY(!report.hasErrors());
        QCOMPARE(nominatim.queries.size(), 3); // answered from the cache
        const QList<Institution> placed = fromSource(store, QStringLiteral("online"));
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.first().positionSource, PositionSource::Geocoded);
        QCOMPARE(placed.first().geocodedBy, QStringLiteral("Nominatim at 127.0.0.1"));
        QVERIFY(Geodesy::distanceMetres(placed.first().position, wall) < 0.05);

        // The cache outlives the geocoder: a new one asks nothing for known addresses...
        QVERIFY(geocoder->saveCache());
        geocoder = std::make_unique<OnlineGeocoder>(online);
        options.online = geocoder.get();
        options.dryRun = true;
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY(!report.hasErrors());
        QCOMPARE(geocoder->requestsMade(), 0);
        QCOMPARE(geocoder->cacheHits(), 1);

        // ...and a server that is gone is said to be gone, not taken for "not found".
        nominatim.stop();
        online.cacheFile.clear();
        geocoder = std::make_unique<OnlineGeocoder>(online);
        options.online = geocoder.get();
        report = InstitutionImport(m_taxonomy, m_city, fields).run(options);
        QVERIFY(hasProblem(report, QStringLiteral("row 2"), QStringLiteral("Straße"), QStringLiteral("could not be asked")));

        // The command line asks for the network to be allowed explicitly.
        QProcess tool;
        tool.start(QStringLiteral(STADTPLAN_IMPORT_TOOL), {csv, QStringLiteral("--into"), store, QStringLiteral("--geocode-online")});
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 2);
        QVERIFY(QString::fromUtf8(tool.readAllStandardError()).contains(QStringLiteral("--allow-network")));
    }

    void aDryRunWritesNothing()
    {
        const QString csv = path(QStringLiteral("trocken.csv"));
        test::writeFile(csv, "Name;Lat;Lon;Schwerpunkt\nNeu;52,03;8,53;Beratung\n");
        const QString store = freshStore();
        const QByteArray before = test::digest(store);
        const ImportReport report = import(csv, store, {}, {}, true);
        QCOMPARE(report.added, 1);
        QVERIFY(!report.written);
        QVERIFY(report.toText().contains(QStringLiteral("dry run")));
        // The list says nothing of how its positions were made: said once.
        QCOMPARE(report.toText().count(QStringLiteral("marked estimated")), 1);
        QCOMPARE(test::digest(store), before);

        // Before the first import there is no store: a dry run that would
        // make one checks the list as if into an empty store, and makes nothing.
        const QString none = path(QStringLiteral("noch-keiner.gpkg"));
        ImportOptions options;
        options.input = csv;
        options.store = none;
        options.dryRun = true;
        options.create = true;
        const ImportReport first = InstitutionImport(m_taxonomy, m_city, FieldMapping::standard(m_taxonomy)).run(options);
        QVERIFY2(!first.hasErrors(), qPrintable(first.toText()));
        QCOMPARE(first.added, 1);
        QVERIFY(hasProblem(first, QString(), QString(), QStringLiteral("no store at %1 yet").arg(none)));
        QVERIFY(!QFileInfo::exists(none));
        // Without --create the missing store is an error that says how to make one.
        options.create = false;
        const ImportReport refused = InstitutionImport(m_taxonomy, m_city, FieldMapping::standard(m_taxonomy)).run(options);
        QVERIFY(hasProblem(refused, QString(), QString(), QStringLiteral("--create makes one")));
        QCOMPARE(refused.added, 0);
        QVERIFY(!QFileInfo::exists(none));
    }

    void theRecordSchemaGivesEachColumnWordOneField()
    {
        // The mapping's targets and the export's columns come from the record
        // schema: a column word names one field only, and every field an
        // import takes is found by its own name, so an export maps by itself.
        QHash<QString, QString> owner;
        for (const RecordSchema::Field &field : RecordSchema::fields()) {
            if (field.imported())
                QVERIFY2(field.columnWords.contains(field.key), qPrintable(field.key));
            for (const QString &word : field.columnWords) {
                const QString folded = FieldMapping::key(word);
                QVERIFY2(!owner.contains(folded) || owner.value(folded) == field.key,
                         qPrintable(word + QStringLiteral(": ") + owner.value(folded) + QStringLiteral(" and ") + field.key));
                owner.insert(folded, field.key);
            }
        }
        const FieldMapping standard = FieldMapping::standard(m_taxonomy);
        QCOMPARE(standard.sourceField(QStringLiteral("referral_required"),
                                      {QStringLiteral("Name"), QStringLiteral("Zuweisung nötig")}),
                 QStringLiteral("Zuweisung nötig"));
    }

    void aVerificationInTheFutureIsRefusedAsInTheEditor()
    {
        const clock::Fixed day(QDateTime(QDate(2026, 12, 6), QTime(12, 0)));
        const QString csv = path(QStringLiteral("stand.csv"));
        test::writeFile(csv, "ID;Name;Lat;Lon;Schwerpunkt;Stand\n"
                             "1;Haus A;52.03;8.53;Beratung;06.12.2026\n"
                             "2;Haus B;52.04;8.53;Beratung;2062-12-01\n");
        const QString store = freshStore();
        const QByteArray before = test::digest(store);
        const ImportReport report = import(csv, store);
        QVERIFY(hasProblem(report, QStringLiteral("row 3"), QStringLiteral("Stand"),
                           QStringLiteral("'2062-12-01' lies in the future")));
        QCOMPARE(report.count(ImportReport::Severity::Error), 1);
        QCOMPARE(test::digest(store), before);
    }

    void aLikelyDuplicateOfTheStoreIsWarnedAbout()
    {
        // The AWO's counselling, a few metres from the demo record, at the
        // next house and with its name a little shortened: said, not merged.
        const QString csv = path(QStringLiteral("awo.csv"));
        test::writeFile(csv, "Name;Straße;Hausnummer;PLZ;Lat;Lon;Schwerpunkt\n"
                             "AWO Migrationsberatung Erwachsene;Detmolder Straße;282;33605;52.00705;8.57655;Beratung\n");
        const QString store = freshStore();
        const ImportReport report = import(csv, store);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 1);
        QVERIFY(hasProblem(report, QStringLiteral("row 2"), QStringLiteral("Name"), QStringLiteral("may be the same as bi-011")));
        // With the same name and address, spelled as lists spell them, it is
        // the demo record: updated, not duplicated, and the match is said.
        test::writeFile(csv, "Name;Straße;Hausnummer;PLZ;Lat;Lon;Schwerpunkt\n"
                             "AWO Migrationsberatung fuer Erwachsene;Detmolder Strasse;280;33605;52.00705;8.57655;Beratung\n");
        const QString second = freshStore();
        const qsizetype before = InstitutionStore::open(second, InstitutionStore::Access::ReadOnly)->institutions().size();
        const ImportReport same = import(csv, second);
        QVERIFY(!same.hasErrors());
        QCOMPARE(same.added, 0);
        QCOMPARE(same.updated, 1);
        QVERIFY(hasProblem(same, QStringLiteral("row 2"), QStringLiteral("Name"),
                           QStringLiteral("updates bi-011 'AWO Migrationsberatung für Erwachsene' (found by its name and address)")));
        QCOMPARE(InstitutionStore::open(second, InstitutionStore::Access::ReadOnly)->institutions().size(), before);
    }

    void xlsxAndAZippedShapefileImportAlike()
    {
        // Shapefile field names have at most ten characters.
        const QStringList fields{QStringLiteral("Name"), QStringLiteral("PLZ"), QStringLiteral("Thema")};
        const QList<Record> records{
            {{QStringLiteral("wkt"), QStringLiteral("POINT (468438.426 5763918.663)")},
             {QStringLiteral("Name"), QStringLiteral("Café Welt")}, {QStringLiteral("PLZ"), QStringLiteral("03346")},
             {QStringLiteral("Thema"), QStringLiteral("Vernetzung")}},
            {{QStringLiteral("wkt"), QStringLiteral("POINT (467012.5 5765321.25)")},
             {QStringLiteral("Name"), QStringLiteral("Treffpunkt Ost")}, {QStringLiteral("PLZ"), QStringLiteral("33602")},
             {QStringLiteral("Thema"), QStringLiteral("Integrationskurse")}}};
        const QString zipped = path(QStringLiteral("angebote.shp.zip"));
        writeWithGdal("ESRI Shapefile", zipped, 25832, wkbPoint, fields, records);
        const QString store = freshStore();
        const ImportReport shp = import(zipped, store);
        QVERIFY(!shp.hasErrors());
        QCOMPARE(shp.added, 2);

        QList<Record> table;
        for (Record r : records) {
            r.remove(QStringLiteral("wkt"));
            r.insert(QStringLiteral("Lat"), QStringLiteral("52.02"));
            r.insert(QStringLiteral("Lon"), QStringLiteral("8.53"));
            table.append(r);
        }
        table[1][QStringLiteral("Lat")] = QStringLiteral("52.03");
        const QString xlsx = path(QStringLiteral("angebote.xlsx"));
        writeWithGdal("XLSX", xlsx, 4326, wkbNone, fields + QStringList{QStringLiteral("Lat"), QStringLiteral("Lon")}, table);
        const QString sheetStore = freshStore(); // in the first, the same records: updated
        const ImportReport sheet = import(xlsx, sheetStore);
        QVERIFY(!sheet.hasErrors());
        QCOMPARE(sheet.added, 2);
        for (const Institution &i : fromSource(sheetStore, QStringLiteral("angebote"))) {
            if (i.name == QLatin1String("Café Welt"))
                QCOMPARE(i.address.postcode, QStringLiteral("03346")); // text stays text
        }
    }

    // Whether one needs an appointment: a column asking for it ("Termin
    // nötig") in a CSV, or one asking whether one may walk in ("Offene
    // Sprechstunde") in a spreadsheet, with the words lists use.
    void appointmentsAndWalkInsComeFromGermanColumns()
    {
        const QString csv = path(QStringLiteral("termine.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name;Breite;Länge;Thema;Termin nötig\n"
                   "Ja-Stelle;52,021;8,532;Beratung;ja\n"
                   "Nein-Stelle;52,022;8,532;Beratung;nein\n"
                   "Vereinbarung;52,023;8,532;Beratung;nach Vereinbarung\n"
                   "Kein Termin;52,024;8,532;Beratung;kein Termin nötig\n"
                   "Terminfrei;52,025;8,532;Beratung;terminfreie Sprechstunde\n"
                   "Freitags;52,027;8,532;Beratung;freitags nach Vereinbarung\n"
                   // As offices write them (tried on such a list first).
                   "Telefonisch;52,028;8,532;Beratung;ja, telefonisch oder per E-Mail\n"
                   "KA;52,029;8,532;Beratung;k.A.\n"
                   "Absprache;52,030;8,532;Beratung;Beratung nach Absprache\n"
                   "Anrufen;52,031;8,532;Beratung;bitte vorher anrufen\n"
                   "Erwuenscht;52,032;8,532;Beratung;erwünscht\n"
                   "Leer;52,026;8,532;Beratung;\n");
        file.close();
        const QString store = freshStore();
        const ImportReport report = import(csv, store);
        QVERIFY(!report.hasErrors());
        QHash<QString, Appointment> read;
        for (const Institution &i : fromSource(store, QStringLiteral("termine")))
            read.insert(i.name, i.services.value(0).appointment);
        QCOMPARE(read.size(), 12);
        QCOMPARE(read.value(QStringLiteral("Ja-Stelle")), Appointment::Needed);
        QCOMPARE(read.value(QStringLiteral("Nein-Stelle")), Appointment::WalkIn);
        QCOMPARE(read.value(QStringLiteral("Vereinbarung")), Appointment::Needed);
        QCOMPARE(read.value(QStringLiteral("Kein Termin")), Appointment::WalkIn);
        QCOMPARE(read.value(QStringLiteral("Terminfrei")), Appointment::WalkIn);
        QCOMPARE(read.value(QStringLiteral("Leer")), Appointment::Unknown);
        QCOMPARE(read.value(QStringLiteral("Freitags")), Appointment::Needed); // "frei" in "freitags" opens nothing
        QCOMPARE(read.value(QStringLiteral("Telefonisch")), Appointment::Needed); // a leading yes answers the column
        QCOMPARE(read.value(QStringLiteral("KA")), Appointment::Unknown);
        QCOMPARE(read.value(QStringLiteral("Absprache")), Appointment::Needed);
        QCOMPARE(read.value(QStringLiteral("Anrufen")), Appointment::Needed);
        QCOMPARE(read.value(QStringLiteral("Erwuenscht")), Appointment::Needed);

        // The other way round, in a spreadsheet: yes, no, or the hours of it.
        const QString xlsx = path(QStringLiteral("sprechstunden.xlsx"));
        const QStringList fields{QStringLiteral("Einrichtung"), QStringLiteral("Lat"), QStringLiteral("Lon"),
                                 QStringLiteral("Schwerpunkt"), QStringLiteral("Offene Sprechstunde")};
        const auto row = [](const char *name, const char *lat, const char *walkIn) {
            return Record{{QStringLiteral("Einrichtung"), QString::fromUtf8(name)},
                          {QStringLiteral("Lat"), QString::fromLatin1(lat)},
                          {QStringLiteral("Lon"), QStringLiteral("8.54")},
                          {QStringLiteral("Schwerpunkt"), QStringLiteral("Sprachkurse")},
                          {QStringLiteral("Offene Sprechstunde"), QString::fromUtf8(walkIn)}};
        };
        writeWithGdal("XLSX", xlsx, 4326, wkbNone, fields,
                      {row("Offen", "52.031", "ja"), row("Geschlossen", "52.032", "nein"),
                       row("Dienstags ja", "52.035", "ja, dienstags"), row("Nur Termin", "52.036", "nein, nur mit Termin"),
                       row("Dienstags", "52.033", "Di 10–12 Uhr"), row("Unklar", "52.034", "unbekannt")});
        const ImportReport sheet = import(xlsx, store);
        QVERIFY(!sheet.hasErrors());
        read.clear();
        for (const Institution &i : fromSource(store, QStringLiteral("sprechstunden")))
            read.insert(i.name, i.services.value(0).appointment);
        QCOMPARE(read.value(QStringLiteral("Offen")), Appointment::WalkIn);
        QCOMPARE(read.value(QStringLiteral("Geschlossen")), Appointment::Needed);
        QCOMPARE(read.value(QStringLiteral("Dienstags")), Appointment::WalkIn);
        QCOMPARE(read.value(QStringLiteral("Unklar")), Appointment::Unknown);
        // A leading yes or no answers this column's question: the other way round.
        QCOMPARE(read.value(QStringLiteral("Dienstags ja")), Appointment::WalkIn);
        QCOMPARE(read.value(QStringLiteral("Nur Termin")), Appointment::Needed);

        // A value that says neither is an error of its row and field; nothing is written.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Name;Breite;Länge;Thema;Termin nötig\n"
                   "Gut;52,021;8,532;Beratung;ja\n"
                   "Unklar;52,022;8,532;Beratung;vielleicht\n");
        file.close();
        const QByteArray before = test::digest(store);
        const ImportReport broken = import(csv, store);
        QVERIFY(hasProblem(broken, QStringLiteral("row 3"), QStringLiteral("Termin nötig"),
                           QStringLiteral("'vielleicht' says neither")));
        QCOMPARE(broken.count(ImportReport::Severity::Error), 1);
        QCOMPARE(test::digest(store), before);
    }

    void odsKmlGeoPackageAndAWktColumnImportToo()
    {
        const QStringList fields{QStringLiteral("Name"), QStringLiteral("Thema")};
        const QList<Record> points{
            {{QStringLiteral("wkt"), QStringLiteral("POINT (8.53 52.02)")}, {QStringLiteral("Name"), QStringLiteral("Eins")},
             {QStringLiteral("Thema"), QStringLiteral("Beratung")}},
            {{QStringLiteral("wkt"), QStringLiteral("POINT (8.54 52.03)")}, {QStringLiteral("Name"), QStringLiteral("Zwei")},
             {QStringLiteral("Thema"), QStringLiteral("Sprachkurse")}}};
        const QString store = freshStore();
        const QString gpkg = path(QStringLiteral("punkte.gpkg"));
        writeWithGdal("GPKG", gpkg, 4326, wkbPoint, fields, points);
        QCOMPARE(import(gpkg, store).added, 2);
        const QString kml = path(QStringLiteral("punkte.kml"));
        writeWithGdal("KML", kml, 4326, wkbPoint, fields, points);
        // The same points in another file are the same records.
        const ImportReport again = import(kml, store);
        QVERIFY(!again.hasErrors());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 2);
        QVERIFY(hasProblem(again, QStringLiteral("feature 1"), QStringLiteral("Name"), QStringLiteral("(found by its name and place)")));
        const ImportReport fromKml = import(kml, freshStore());
        QVERIFY(!fromKml.hasErrors());
        QCOMPARE(fromKml.added, 2);

        QList<Record> table;
        for (Record r : points) {
            const QString wkt = r.take(QStringLiteral("wkt"));
            r.insert(QStringLiteral("Lat"), wkt.section(QLatin1Char(' '), 2, 2).chopped(1));
            r.insert(QStringLiteral("Lon"), wkt.section(QLatin1Char(' '), 1, 1).mid(1));
            table.append(r);
        }
        const QString ods = path(QStringLiteral("tabelle.ods"));
        writeWithGdal("ODS", ods, 4326, wkbNone, fields + QStringList{QStringLiteral("Lat"), QStringLiteral("Lon")}, table);
        const QString odsStore = freshStore();
        const ImportReport fromOds = import(ods, odsStore);
        QVERIFY(!fromOds.hasErrors());
        QCOMPARE(fromOds.added, 2);
        for (const Institution &i : fromSource(odsStore, QStringLiteral("tabelle")))
            QVERIFY(std::abs(i.position.latitude - (i.name == QLatin1String("Eins") ? 52.02 : 52.03)) < 1e-9);

        // A CSV whose geometry is a WKT column in UTM 32N.
        const QString wkt = path(QStringLiteral("wkt.csv"));
        test::writeFile(wkt, "Name;WKT;Thema\nDrei;POINT (468438.426 5763918.663);Beratung\n");
        const ImportReport fromWkt = import(wkt, store, QStringLiteral("EPSG:25832"));
        QVERIFY(!fromWkt.hasErrors());
        const Institution drei = fromSource(store, QStringLiteral("wkt")).value(0);
        QVERIFY(Geodesy::distanceMetres(drei.position, projReference("EPSG:25832", 468438.426, 5763918.663)) < 0.01);
    }

    void aWfsResponseImportsOfflineAndLeavesNothingBeside()
    {
        // The schemas it names are on a loopback server that never answers:
        // the import must not even connect to it.
        QTcpServer schemas;
        QVERIFY(schemas.listen(QHostAddress::LocalHost));
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "5"); // a regression fails, not hangs
        const QByteArray host = "http://127.0.0.1:" + QByteArray::number(schemas.serverPort());
        const QString gml = path(QStringLiteral("wfs/antwort.gml"));
        QDir().mkpath(path(QStringLiteral("wfs")));
        test::writeFile(gml, QByteArray(
                           "<?xml version='1.0' encoding='UTF-8'?>\n"
                           "<wfs:FeatureCollection xmlns:wfs='http://www.opengis.net/wfs/2.0' xmlns:gml='http://www.opengis.net/gml/3.2'\n"
                           "    xmlns:ms='http://mapserver.gis.umn.edu/mapserver' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'\n"
                           "    xsi:schemaLocation='") + host + "/wfs?SERVICE=WFS&amp;REQUEST=DescribeFeatureType http://www.opengis.net/wfs/2.0 " + host + "/wfs/2.0/wfs.xsd'\n"
                           "    numberMatched='2' numberReturned='2'>\n"
                           "  <wfs:member><ms:beratung gml:id='beratung.1'>\n"
                           "    <ms:msGeometry><gml:Point gml:id='p1' srsName='urn:ogc:def:crs:EPSG::25832'><gml:pos>468438.426 5763918.663</gml:pos></gml:Point></ms:msGeometry>\n"
                           "    <ms:name>Beratung Mitte</ms:name><ms:schwerpunkt>Beratung</ms:schwerpunkt>\n"
                           "  </ms:beratung></wfs:member>\n"
                           "  <wfs:member><ms:beratung gml:id='beratung.2'>\n"
                           "    <ms:msGeometry><gml:Point gml:id='p2' srsName='urn:ogc:def:crs:EPSG::25832'><gml:pos>471999.99 5760000.01</gml:pos></gml:Point></ms:msGeometry>\n"
                           "    <ms:name>Beratung Ost</ms:name><ms:schwerpunkt>Flüchtlingsberatung</ms:schwerpunkt>\n"
                           "  </ms:beratung></wfs:member>\n"
                           "</wfs:FeatureCollection>\n");
        const QString store = freshStore();
        const ImportReport report = import(gml, store);
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", nullptr);
        QVERIFY2(!schemas.hasPendingConnections() && !schemas.waitForNewConnection(0),
                 "the import asked the network for a schema");
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 2);
        for (const Institution &i : fromSource(store, QStringLiteral("antwort"))) {
            const GeoPoint reference = i.name == QLatin1String("Beratung Mitte")
                ? projReference("EPSG:25832", 468438.426, 5763918.663)
                : projReference("EPSG:25832", 471999.99, 5760000.01);
            QVERIFY(Geodesy::distanceMetres(i.position, reference) < 0.01);
        }
        QCOMPARE(QDir(path(QStringLiteral("wfs"))).entryList(QDir::Files), QStringList{QStringLiteral("antwort.gml")});
    }

    void aMappingFileRenamesFieldsAndValues()
    {
        const QString csv = path(QStringLiteral("traeger.csv"));
        test::writeFile(csv, "Kursträger;Angebot;B;L;Kennung\nVHS-Kurs;DaF;52.02;8.53;K-1\n");
        const QByteArray mapping = json("{'source': 'kursliste',"
                 "'fields': {'name': 'Kursträger', 'focus_areas': 'Angebot', 'latitude': 'B', 'longitude': 'L', 'id': 'Kennung'},"
                 "'values': {'focus_areas': {'DaF': 'language_courses'}},"
                 "'defaults': {'city': 'Bielefeld', 'position_source': 'geocoded'}}");
        const QString store = freshStore();
        const ImportReport report = import(csv, store, {}, mapping);
        QVERIFY(!report.hasErrors());
        const Institution i = fromSource(store, QStringLiteral("kursliste")).value(0);
        QCOMPARE(i.name, QStringLiteral("VHS-Kurs"));
        QCOMPARE(i.sourceId, QStringLiteral("K-1"));
        QCOMPARE(i.address.city, QStringLiteral("Bielefeld"));
        QCOMPARE(i.positionSource, PositionSource::Geocoded);
        QCOMPARE(i.services.first().focusAreas, QStringList{QStringLiteral("language_courses")});

        FieldMapping fields = FieldMapping::standard(m_taxonomy);
        // The example that ships in geodata/ is a valid mapping.
        QFile example(QStringLiteral(STADTPLAN_SOURCE_DIR "/geodata/mappings/example.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        fields.merge(example.readAll(), m_taxonomy);
        QCOMPARE(fields.valueId(QStringLiteral("focus_areas"), QStringLiteral("Orientierungskurs")),
                 QStringLiteral("integration_courses"));
        QVERIFY_THROWS_EXCEPTION(MappingError, fields.merge(json("{'felder': {}}"), m_taxonomy));
        // YAML with the same sections.
        FieldMapping yaml = FieldMapping::standard(m_taxonomy);
        yaml.mergeYaml("source: kursliste\n"
                       "fields:\n"
                       "  name: Kursträger\n"
                       "  focus_areas: [Angebot, Kursart]\n"
                       "values:\n"
                       "  focus_areas:\n"
                       "    DaF: language_courses\n",
                       m_taxonomy);
        QCOMPARE(yaml.source(), QStringLiteral("kursliste"));
        QCOMPARE(yaml.sourceField(QStringLiteral("focus_areas"), {QStringLiteral("Kursart")}), QStringLiteral("Kursart"));
        QCOMPARE(yaml.valueId(QStringLiteral("focus_areas"), QStringLiteral("DaF")), QStringLiteral("language_courses"));
        try {
            yaml.mergeYaml("fields: [unclosed\n", m_taxonomy);
            QFAIL("accepted broken YAML");
        } catch (const MappingError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("not valid YAML")));
        }
        QVERIFY_THROWS_EXCEPTION(MappingError, yaml.mergeYaml("fields:\n  strasse: x\n", m_taxonomy));
        QVERIFY_THROWS_EXCEPTION(MappingError, fields.merge(json("{'fields': {'strasse': 'x'}}"), m_taxonomy));
        QVERIFY_THROWS_EXCEPTION(MappingError,
                                 fields.merge(json("{'values': {'focus_areas': {'DaF': 'deutsch'}}}"), m_taxonomy));
    }

    void areasImportAsPolygonsInWgs84()
    {
        const QString geojson = path(QStringLiteral("bezirke.geojson"));
        writeWithGdal("GeoJSON", geojson, 25832, wkbPolygon,
                      {QStringLiteral("name"), QStringLiteral("einwohner")},
                      {{{QStringLiteral("wkt"), QStringLiteral("POLYGON ((467000 5763000, 469000 5763000, 469000 5765000, 467000 5765000, 467000 5763000))")},
                        {QStringLiteral("name"), QStringLiteral("Mitte")}, {QStringLiteral("einwohner"), QStringLiteral("81000")}},
                       {{QStringLiteral("wkt"), QStringLiteral("POLYGON ((469000 5763000, 471000 5763000, 471000 5765000, 469000 5765000, 469000 5763000))")},
                        {QStringLiteral("name"), QStringLiteral("Heepen")}, {QStringLiteral("einwohner"), QStringLiteral("zahlreich")}}},
                      {"RFC7946=NO"});
        const QString store = freshStore();
        const ImportReport broken = import(geojson, store, {}, {}, false, QStringLiteral("areas"));
        QVERIFY(hasProblem(broken, QStringLiteral("feature 2"), QStringLiteral("einwohner"), QStringLiteral("whole number")));
        QVERIFY(!broken.written);

        writeWithGdal("GeoJSON", path(QStringLiteral("bezirke2.geojson")), 25832, wkbPolygon,
                      {QStringLiteral("name"), QStringLiteral("einwohner")},
                      {{{QStringLiteral("wkt"), QStringLiteral("POLYGON ((467000 5763000, 469000 5763000, 469000 5765000, 467000 5765000, 467000 5763000))")},
                        {QStringLiteral("name"), QStringLiteral("Mitte")}, {QStringLiteral("einwohner"), QStringLiteral("81000")}}},
                      {"RFC7946=NO"});
        const ImportReport report = import(path(QStringLiteral("bezirke2.geojson")), store, {}, {}, false, QStringLiteral("areas"));
        QVERIFY(!report.hasErrors());
        const QList<Area> areas = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->areas();
        // The list's Mitte takes the place of the bundled one; the other nine and the boundary stay.
        QCOMPARE(areas.size(), 11);
        QList<Area> mitte;
        std::copy_if(areas.cbegin(), areas.cend(), std::back_inserter(mitte),
                     [](const Area &a) { return a.name == u"Mitte"; });
        QCOMPARE(mitte.size(), 1);
        QCOMPARE(mitte.first().population, 81000);
        QVERIFY(!mitte.first().id.startsWith(QStringLiteral("bielefeld-")));
        const GeoPoint corner = mitte.first().polygons.first().first().first();
        QVERIFY(Geodesy::distanceMetres(corner, projReference("EPSG:25832", 467000, 5763000)) < 0.01);
    }

    // The city's own list of Stadtbezirke as its geodata service gives it
    // (names, no inhabitants): it takes the bundled districts' place and
    // keeps their figures, and importing it again changes nothing.
    void theCitysOwnDistrictListKeepsThePopulation()
    {
        const QString list = QStringLiteral(STADTPLAN_SHARED_GEODATA "/bielefeld_stadtbezirke.geojson");
        if (!QFileInfo::exists(list))
            QSKIP(qPrintable(QStringLiteral("needs %1 (the shared development geodata)").arg(list)));
        const QString store = freshStore();
        const ImportReport first = import(list, store, {}, {}, false, QStringLiteral("areas"));
        QVERIFY(!first.hasErrors());
        QCOMPARE(first.added, 10);
        const bool said = std::any_of(first.problems().cbegin(), first.problems().cend(), [](const auto &p) {
            return p.message.contains(QStringLiteral("bundled figures are kept"));
        });
        QVERIFY(said);
        const QList<Area> areas = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->areas();
        QCOMPARE(areas.size(), 11); // the ten of the list and the bundled boundary
        qint64 inhabitants = 0;
        for (const Area &a : areas) {
            if (a.kind != u"district")
                continue;
            QVERIFY2(!isBundledCityArea(a), qPrintable(a.id));
            QVERIFY2(a.population && a.populationByAge[0], qPrintable(a.name));
            inhabitants += *a.population;
            if (a.name == u"Mitte")
                QCOMPARE(*a.population, 81456);
        }
        QCOMPARE(inhabitants, 339842);
        const ImportReport again = import(list, store, {}, {}, false, QStringLiteral("areas"));
        QCOMPARE(again.unchanged, 10);
        QVERIFY(!again.written);
    }

    void hostileInputGetsAReportNotACrash_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("csv") << QStringLiteral("empty");
        QTest::newRow("not what it says") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("geojson")
                                          << QStringLiteral("not a format");
        QTest::newRow("header only") << QByteArray("Name;Schwerpunkt\n") << QStringLiteral("csv")
                                     << QStringLiteral("no records");
        QTest::newRow("windows-1252") << QByteArray("Name;Lat;Lon;Schwerpunkt\nTr\xe4gerverein;52.02;8.53;Beratung\n")
                                      << QStringLiteral("csv") << QString();
        QTest::newRow("bom and markup") << QByteArray("\xef\xbb\xbfName;Lat;Lon;Schwerpunkt\n<b>Fett</b> <script>x</script>;52.02;8.53;Beratung\n")
                                        << QStringLiteral("csv") << QString();
        QTest::newRow("broken off") << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                                                  "{\"type\":\"Point\",\"coordinates\":[8.53,52.02]},\"properties\":{\"name\":\"A\",")
                                    << QStringLiteral("geojson") << QStringLiteral("error");
        QTest::newRow("huge field") << ("Name;Lat;Lon;Schwerpunkt\n" + QByteArray(200000, 'A') + ";52.02;8.53;Beratung\n")
                                    << QStringLiteral("csv") << QString();
    }

    void hostileInputGetsAReportNotACrash()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, suffix);
        QFETCH(QString, fragment);
        const QString file = path(QStringLiteral("feindlich-%1.%2").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')), suffix));
        test::writeFile(file, content);
        const QString store = freshStore();
        const ImportReport report = import(file, store);
        if (fragment.isEmpty()) {
            QVERIFY(!report.hasErrors());
            const Institution i = fromSource(store, QFileInfo(file).completeBaseName()).value(0);
            QVERIFY(!i.name.isEmpty());
            if (QByteArray(QTest::currentDataTag()) == "windows-1252")
                QCOMPARE(i.name, QStringLiteral("Trägerverein"));
            if (QByteArray(QTest::currentDataTag()) == "bom and markup")
                QCOMPARE(i.name, QStringLiteral("<b>Fett</b> <script>x</script>")); // kept as text, shown as text
        } else {
            QVERIFY(report.hasErrors());
            QVERIFY2(report.toText().contains(fragment), qPrintable(report.toText()));
        }
    }

    void aKilledImportLeavesTheStoreAsItWas()
    {
        // A list large enough that the write takes a while; the import is
        // killed the moment its transaction has begun writing.
        const QString csv = path(QStringLiteral("gross.csv"));
        QByteArray data = "ID;Name;Lat;Lon;Schwerpunkt\n";
        for (int k = 0; k < 40000; ++k)
            data += QByteArray::number(k) + ";Stelle " + QByteArray::number(k) + ";52.0" + QByteArray::number(10000 + k)
                + ";8.5" + QByteArray::number(10000 + k) + ";Beratung\n";
        test::writeFile(csv, data);
        const QString store = freshStore();
        const QList<Institution> before = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions();
        QProcess tool;
        tool.start(QStringLiteral(STADTPLAN_IMPORT_TOOL), {csv, QStringLiteral("--into"), store});
        QVERIFY(tool.waitForStarted());
        const QString journal = store + QStringLiteral("-journal");
        test::waitUntil(tool, QFileInfo(store).absolutePath(), [&] { return QFile::exists(journal); });
        QVERIFY2(tool.state() == QProcess::Running, "the import finished before it could be killed");
        tool.kill(); // SIGKILL: no cleanup of any kind
        tool.waitForFinished();
        QVERIFY(QFile::exists(journal)); // the interrupted transaction's journal is left behind...
        // ...and the next open rolls it back: the store reads as before.
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadWrite)->institutions(), before);
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions(), before);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
