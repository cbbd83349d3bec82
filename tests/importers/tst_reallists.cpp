// Lists as offices and open-data portals publish them, imported without a
// mapping file: their headers, their list-level gaps, their phone and
// address columns.

#include "bundleddata.h"
#include "gdalsupport.h"
#include "institutionimport.h"
#include "institutionstore.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace stadtplan;

namespace {
bool hasProblem(const ImportReport &report, const QString &record, const QString &field, const QString &fragment)
{
    return std::any_of(report.problems().cbegin(), report.problems().cend(), [&](const ImportReport::Problem &p) {
        return p.record == record && p.field == field && p.message.contains(fragment);
    });
}
int rowProblems(const ImportReport &report)
{
    return int(std::count_if(report.problems().cbegin(), report.problems().cend(),
                             [](const ImportReport::Problem &p) { return !p.record.isEmpty(); }));
}
} // namespace

class TestRealLists : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Taxonomy m_taxonomy;
    CityProfile m_city;
    int m_stores = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString freshStore()
    {
        const QString file = path(QStringLiteral("store-%1.gpkg").arg(++m_stores));
        openStore(file, true, bundledDemoSeed);
        return file;
    }

    // House coordinates of the addresses the lists below use, in ETRS89 / UTM 32N.
    QString houses()
    {
        const QString file = path(QStringLiteral("hauskoordinaten.csv"));
        test::writeFile(file, "STN;HNR;PLZ;ONM;EAST;NORTH\n"
                              "Schildescher Straße;101;33611;Bielefeld;466700;5766400\n"
                              "Niederwall;10;33602;Bielefeld;468438.426;5763918.663\n"
                              "Heeper Straße;5a;33607;Bielefeld;469000;5764000\n");
        return file;
    }

    ImportReport import(const QString &input, const QString &store, FieldMapping fields,
                        const QString &gazetteer = {})
    {
        ImportOptions options;
        options.input = input;
        options.store = store;
        options.gazetteer = gazetteer;
        if (!gazetteer.isEmpty())
            options.sourceCrs = QStringLiteral("EPSG:25832"); // the house coordinates name none
        const ImportReport report = InstitutionImport(m_taxonomy, m_city, std::move(fields)).run(options);
        qInfo().noquote() << report.toText().trimmed();
        return report;
    }
    ImportReport import(const QString &input, const QString &store, const QString &gazetteer = {})
    {
        return import(input, store, FieldMapping::standard(m_taxonomy), gazetteer);
    }

    static QList<Institution> fromSource(const QString &store, const QString &source)
    {
        QList<Institution> out;
        for (const Institution &i : InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions())
            if (i.source == source)
                out.append(i);
        std::sort(out.begin(), out.end(), [](const Institution &a, const Institution &b) { return a.name < b.name; });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        gdal::ensureInitialised();
        m_taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        m_city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    }

    // The name column as real lists head it: taken for the name, and the
    // report says how sure that is.
    void nameColumnsAsListsHeadThem_data()
    {
        QTest::addColumn<QString>("header");
        for (const char *header : {"Name der Einrichtung", "Schulname", "schule", "Bezeichnung",
                                   "Einrichtungsname", "Titel", "NAME_DER_SCHULE", "Beratungsstelle"})
            QTest::newRow(header) << QString::fromUtf8(header);
    }
    void nameColumnsAsListsHeadThem()
    {
        QFETCH(QString, header);
        const QString csv = path(QStringLiteral("namen.csv"));
        // Beside it, columns that hold a name but not the institution's.
        test::writeFile(csv, (header + QStringLiteral(";Trägername;Ansprechpartner Name;Schulform;Lat;Lon;Schwerpunkt\n"
                                                      "Haus der Kulturen;Kulturverein e.V.;Frau Aydın;Gesamtschule;52.03;8.53;Beratung\n"))
                                 .toUtf8());
        const QString store = freshStore();
        const ImportReport report = import(csv, store);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 1);
        const QList<Institution> imported = fromSource(store, QStringLiteral("namen"));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().name, QStringLiteral("Haus der Kulturen"));
        QCOMPARE(imported.first().organisation.name, QStringLiteral("Kulturverein e.V."));
        // "Bezeichnung" and "Titel" are known names; the others guessed.
        const bool known = header == QLatin1String("Bezeichnung") || header == QLatin1String("Titel");
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("name from '%1' (%2)")
                                               .arg(header, known ? QStringLiteral("a known name")
                                                                  : QStringLiteral("guessed from its header"))));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("organisation from 'Trägername' (guessed from its header)")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("focus_areas from 'Schwerpunkt' (a known name)")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("columns 'Ansprechpartner Name', 'Schulform' are not imported")));
    }

    // One column with the whole address is split into street, number,
    // postcode and town and found in the house coordinates; a phone in area
    // code and number arrives whole (a spreadsheet's "521" as 0521).
    void aWholeAddressColumnAndAnAreaCode()
    {
        const QString csv = path(QStringLiteral("anschriften.csv"));
        test::writeFile(csv, "Einrichtung;Anschrift;Vorwahl;Rufnummer;focus\n"
                             "Begegnungszentrum;Schildescher Straße 101, 33611 Bielefeld;0521;12 34 56;Beratung\n"
                             "Treff am Wall;Niederwall 10;521;98 76 54;Sprachkurse\n"
                             "Haus Heeper;Heeper Str. 5a, 33607 Bielefeld;0521;0521 555;Beratung\n"
                             "Mobil;Heeper Straße 5a;0521;+49 171 2345;Beratung\n");
        const QString store = freshStore();
        const ImportReport report = import(csv, store, houses());
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 4);
        const QList<Institution> imported = fromSource(store, QStringLiteral("anschriften"));
        QCOMPARE(imported.size(), 4);
        const Institution &centre = imported.at(0);
        QCOMPARE(centre.name, QStringLiteral("Begegnungszentrum"));
        QCOMPARE(centre.address.street, QStringLiteral("Schildescher Straße"));
        QCOMPARE(centre.address.houseNumber, QStringLiteral("101"));
        QCOMPARE(centre.address.postcode, QStringLiteral("33611"));
        QCOMPARE(centre.address.city, QStringLiteral("Bielefeld"));
        QCOMPARE(centre.positionSource, PositionSource::Geocoded);
        QCOMPARE(centre.services.first().contact.phone, QStringLiteral("0521 12 34 56"));
        const Institution &heeper = imported.at(1);
        QCOMPARE(heeper.address.street, QStringLiteral("Heeper Str."));
        QCOMPARE(heeper.address.houseNumber, QStringLiteral("5a"));
        QCOMPARE(heeper.positionSource, PositionSource::Geocoded);
        QCOMPARE(heeper.services.first().contact.phone, QStringLiteral("0521 555")); // had its code
        QCOMPARE(imported.at(2).services.first().contact.phone, QStringLiteral("+49 171 2345"));
        const Institution &wall = imported.at(3);
        QCOMPARE(wall.address.street, QStringLiteral("Niederwall"));
        QCOMPARE(wall.address.houseNumber, QStringLiteral("10"));
        QCOMPARE(wall.services.first().contact.phone, QStringLiteral("0521 98 76 54"));
        QCOMPARE(wall.services.first().focusAreas, QStringList{QStringLiteral("language_courses")});
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("address from 'Anschrift' (a known name)")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("phone_area_code from 'Vorwahl' (a known name)")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("phone from 'Rufnummer' (guessed from its header)")));

        // A cell that is no address is said with its row and column.
        test::writeFile(csv, "Einrichtung;Adresse;focus\nOhne;33602;Beratung\n");
        const ImportReport bad = import(csv, freshStore(), houses());
        QVERIFY(hasProblem(bad, QStringLiteral("row 2"), QStringLiteral("Adresse"), QStringLiteral("names no street")));
    }

    // A list without a name column: one error that names the columns there
    // are, and nothing said of its 117 rows but their own problems.
    void aMissingNameColumnIsOneError()
    {
        QByteArray text = "Straße;Hausnummer;Lat;Lon;Schwerpunkt;E-Mail\n";
        for (int k = 0; k < 117; ++k)
            text += "Niederwall;" + QByteArray::number(k + 1) + ";52.03;8.53;Beratung;"
                + (k == 40 ? "kaputt@" : "info@example.org") + "\n";
        const QString csv = path(QStringLiteral("ohne-namen.csv"));
        test::writeFile(csv, text);
        const QString store = freshStore();
        const qsizetype before = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions().size();
        const ImportReport report = import(csv, store);
        QCOMPARE(report.records, 117);
        QVERIFY(!report.written);
        QVERIFY(hasProblem(report, {}, QStringLiteral("name"),
                           QStringLiteral("no column holds the names; the list's columns are 'Straße', 'Hausnummer', "
                                          "'Lat', 'Lon', 'Schwerpunkt', 'E-Mail'")));
        QVERIFY(hasProblem(report, {}, QStringLiteral("name"), QStringLiteral("--field name=COLUMN")));
        // The one row with a problem of its own, and no other.
        QCOMPARE(rowProblems(report), 1);
        QVERIFY(hasProblem(report, QStringLiteral("row 42"), QStringLiteral("E-Mail"), QStringLiteral("not an e-mail address")));
        QCOMPARE(report.count(ImportReport::Severity::Error), 2);
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions().size(), before);

        // Named on the command line (and with a default for what the list
        // lacks), the same list imports.
        test::writeFile(csv, "Stelle XY;Straße;Hausnummer;Lat;Lon\n"
                             "Beratung Mitte;Niederwall;10;52.03;8.53\n"
                             "Beratung Nord;Niederwall;12;52.04;8.53\n");
        QProcess tool;
        tool.start(QStringLiteral(STADTPLAN_IMPORT_TOOL),
                   {csv, QStringLiteral("--into"), store, QStringLiteral("--field"), QStringLiteral("name=Stelle XY"),
                    QStringLiteral("--default"), QStringLiteral("focus_areas=counselling"),
                    QStringLiteral("--default"), QStringLiteral("city=Bielefeld")});
        QVERIFY(tool.waitForFinished(60000));
        const QString out = QString::fromUtf8(tool.readAllStandardOutput());
        QVERIFY2(tool.exitCode() == 0, qPrintable(out + QString::fromUtf8(tool.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("name from 'Stelle XY' (as you named it)")), qPrintable(out));
        const QList<Institution> imported = fromSource(store, QStringLiteral("ohne-namen"));
        QCOMPARE(imported.size(), 2);
        for (const Institution &i : imported) {
            QCOMPARE(i.services.first().focusAreas, QStringList{QStringLiteral("counselling")});
            QCOMPARE(i.address.city, QStringLiteral("Bielefeld"));
        }
        // A default for a field the model does not have is wrong usage.
        tool.start(QStringLiteral(STADTPLAN_IMPORT_TOOL),
                   {csv, QStringLiteral("--into"), store, QStringLiteral("--default"), QStringLiteral("farbe=rot")});
        QVERIFY(tool.waitForFinished(60000));
        QCOMPARE(tool.exitCode(), 2);
        QVERIFY(QString::fromUtf8(tool.readAllStandardError()).contains(QStringLiteral("--default farbe=rot")));
    }

    // Without a focus-area column the list says so once, and how to give
    // every record one.
    void aMissingFocusColumnIsOneError()
    {
        const QString csv = path(QStringLiteral("ohne-schwerpunkt.csv"));
        test::writeFile(csv, "Name;Lat;Lon\nA;52.03;8.53\nB;52.03;8.54\nC;52.02;8.53\n");
        const ImportReport report = import(csv, freshStore());
        QCOMPARE(report.count(ImportReport::Severity::Error), 1);
        QVERIFY(hasProblem(report, {}, QStringLiteral("focus_areas"), QStringLiteral("--default focus_areas=ID")));
        QCOMPARE(rowProblems(report), 0);
        // A default in a mapping (or --default) fills it.
        FieldMapping fields = FieldMapping::standard(m_taxonomy);
        fields.setDefault(QStringLiteral("focus_areas"), QStringLiteral("Sprachkurse"));
        const QString store = freshStore();
        const ImportReport filled = import(csv, store, fields);
        QVERIFY(!filled.hasErrors());
        QCOMPARE(filled.added, 3);
        QCOMPARE(fromSource(store, QStringLiteral("ohne-schwerpunkt")).first().services.first().focusAreas,
                 QStringList{QStringLiteral("language_courses")});
    }
};

QTEST_GUILESS_MAIN(TestRealLists)
#include "tst_reallists.moc"
