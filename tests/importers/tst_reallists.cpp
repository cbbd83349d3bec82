// Lists as offices and open-data portals publish them, imported without a
// mapping file: their headers, their list-level gaps, their phone and
// address columns.

#include "bundleddata.h"
#include "gdalsupport.h"
#include "importtesting.h"
#include "institutionimport.h"
#include "institutionstore.h"
#include "sheetlayout.h"
#include "storelocation.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "xlsxwriting.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace stadtplan;

namespace {
using test::hasProblem;
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

    // By name, for the tests to read them in a known order.
    static QList<Institution> fromSource(const QString &store, const QString &source)
    {
        QList<Institution> out = test::fromSource(store, source);
        std::sort(out.begin(), out.end(), [](const Institution &a, const Institution &b) { return a.name < b.name; });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        stadtplan::gdal::ensureInitialised();
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

    // An open-data list holds a school twice at one address under two
    // official numbers (its primary and its secondary part): a warning, one
    // institution with both offers, and the good records with it imported.
    void theSameSchoolUnderTwoOfficialNumbers()
    {
        QByteArray text = "Schulnummer;Schulname;Straße;Hausnummer;PLZ;Lat;Lon;Schwerpunkt;Zielgruppe\n"
                          "194501;Gesamtschule am Wall;Niederwall;10;33602;52.0206;8.5340;Bildung;Kinder\n"
                          "194502;Gesamtschule am Wall;Niederwall;10;33602;52.0206;8.5340;Bildung;Jugendliche\n"
                          "194503;Gesamtschule am Wall;Niederwall;10;33602;52.0206;8.5340;Bildung;Jugendliche\n";
        for (int k = 0; k < 114; ++k)
            text += QByteArray::number(195000 + k) + ";Grundschule " + QByteArray::number(k + 1)
                + ";Teststraße;" + QByteArray::number(k + 1) + ";33602;52.0" + QByteArray::number(100 + k)
                + ";8.5" + QByteArray::number(100 + k) + ";Bildung;Kinder\n";
        const QString csv = path(QStringLiteral("schulen.csv"));
        test::writeFile(csv, text);
        const QString store = freshStore();
        const ImportReport report = import(csv, store);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.records, 117);
        QCOMPARE(report.added, 115);
        QVERIFY(hasProblem(report, QStringLiteral("row 3"), QStringLiteral("Schulnummer"),
                           QStringLiteral("the same name and address as row 2 (id 194501) under id 194502: "
                                          "imported as one institution with 2 offers")));
        QVERIFY(hasProblem(report, QStringLiteral("row 4"), QStringLiteral("Schulnummer"),
                           QStringLiteral("the same name, address and offer as row 2 (id 194501) under id 194503: imported once")));
        const QList<Institution> imported = fromSource(store, QStringLiteral("schulen"));
        QCOMPARE(imported.size(), 115);
        const auto school = std::find_if(imported.cbegin(), imported.cend(), [](const Institution &i) {
            return i.name == QLatin1String("Gesamtschule am Wall");
        });
        QVERIFY(school != imported.cend());
        QCOMPARE(school->services.size(), 2);
        QCOMPARE(school->services.at(0).targetGroups, QStringList{QStringLiteral("children")});
        QCOMPARE(school->services.at(1).targetGroups, QStringList{QStringLiteral("young_people")});

        // Imported again, in another order: the same records, nothing new.
        QByteArray reordered = "Schulnummer;Schulname;Straße;Hausnummer;PLZ;Lat;Lon;Schwerpunkt;Zielgruppe\n";
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype k = lines.size() - 1; k >= 1; --k)
            if (!lines[k].isEmpty())
                reordered += lines[k] + "\n";
        test::writeFile(csv, reordered);
        const ImportReport again = import(csv, store);
        QVERIFY(!again.hasErrors());
        QCOMPARE(again.added, 0);
        QCOMPARE(fromSource(store, QStringLiteral("schulen")).size(), 115);
    }

    // The monthly list, saved under a new name each month: the second file
    // updates the first one's records (its ids, else names and addresses),
    // says what it matched, and what the earlier file held but it does not.
    void aRenamedMonthlyListUpdatesAndNeverDuplicates_data()
    {
        QTest::addColumn<bool>("withIds");
        QTest::newRow("with ids") << true;
        QTest::newRow("without ids") << false;
    }
    void aRenamedMonthlyListUpdatesAndNeverDuplicates()
    {
        QFETCH(bool, withIds);
        const auto list = [&](const QList<QByteArray> &rows) {
            QByteArray text = withIds ? "Nummer;Name;Straße;Hausnummer;PLZ;Lat;Lon;Schwerpunkt;Telefon\n"
                                      : "Name;Straße;Hausnummer;PLZ;Lat;Lon;Schwerpunkt;Telefon\n";
            for (const QByteArray &row : rows)
                text += (withIds ? row : row.mid(row.indexOf(';') + 1)) + "\n";
            return text;
        };
        const QByteArray a = "1;Treff am Wall;Niederwall;10;33602;52.0206;8.5340;Beratung;0521 1";
        const QByteArray b = "2;Sprachcafé Heepen;Heeper Straße;5a;33607;52.0250;8.5500;Sprachkurse;0521 2";
        const QByteArray c = "3;Frauentreff Nord;Schildescher Straße;101;33611;52.0400;8.5200;Frauenberatung;0521 3";
        const QByteArray bChanged = "2;Sprachcafé Heepen;Heeper Straße;5a;33607;52.0250;8.5500;Sprachkurse;0521 22";
        const QString store = freshStore();
        const QString january = path(QStringLiteral("liste_2026-01.csv"));
        test::writeFile(january, list({a, b, c}));
        QCOMPARE(import(january, store).added, 3);
        const qsizetype before = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions().size();

        const QString february = path(QStringLiteral("liste_2026-02.csv"));
        test::writeFile(february, list({bChanged, a}));
        const ImportReport report = import(february, store);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unchanged, 1);
        QCOMPARE(report.missing, 1);
        const QString how = withIds ? QStringLiteral("found by its id and name") : QStringLiteral("found by its name and address");
        QVERIFY(hasProblem(report, QStringLiteral("row 2"), QStringLiteral("Name"),
                           QStringLiteral("'Sprachcafé Heepen' of the list 'liste_2026-01' (%1)").arg(how)));
        QVERIFY(hasProblem(report, QStringLiteral("row 3"), QStringLiteral("Name"),
                           QStringLiteral("'Treff am Wall' of the list 'liste_2026-01' (%1)").arg(how)));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("a new version of 'liste_2026-01' (2 of its 3 records found)")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("'Frauentreff Nord' came from this list but is no longer in it; it was kept")));
        const QList<Institution> all = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions();
        QCOMPARE(all.size(), before);
        const QList<Institution> now = fromSource(store, QStringLiteral("liste_2026-02"));
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.at(0).name, QStringLiteral("Sprachcafé Heepen"));
        QCOMPARE(now.at(0).services.first().contact.phone, QStringLiteral("0521 22"));
        QCOMPARE(fromSource(store, QStringLiteral("liste_2026-01")).size(), 1); // the one no longer listed

        // March's file, once more renamed: found by the list it now belongs to.
        const QString march = path(QStringLiteral("liste_2026-03.csv"));
        test::writeFile(march, list({a, bChanged}));
        const ImportReport third = import(march, store);
        QCOMPARE(third.added, 0);
        QCOMPARE(third.unchanged, 2);
        QCOMPARE(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions().size(), before);
    }

    // --accept-valid: the valid records are imported, the rows left out
    // are written beside the list with their problems, and once corrected
    // that file imports as the rest of the list did.
    void acceptValidImportsTheValidPartAndWritesTheRest()
    {
        const QString csv = path(QStringLiteral("teilweise.csv"));
        test::writeFile(csv, "Name;Lat;Lon;Schwerpunkt;E-Mail\n"
                             "Gut Eins;52.03;8.53;Beratung;a@example.org\n"
                             "Kaputt;52.03;8.54;Beratung;kaputt@\n"
                             "Gut Zwei;52.02;8.53;Sprachkurse;b@example.org\n"
                             "Unbekannt;52.02;8.54;Töpfern;c@example.org\n");
        const QString store = freshStore();
        // The default stays all or nothing.
        QVERIFY(import(csv, store).blocked());
        QVERIFY(fromSource(store, QStringLiteral("teilweise")).isEmpty());

        ImportOptions options;
        options.input = csv;
        options.store = store;
        options.acceptValid = true;
        const ImportReport report = InstitutionImport(m_taxonomy, m_city, FieldMapping::standard(m_taxonomy)).run(options);
        qInfo().noquote() << report.toText();
        QVERIFY(!report.blocked());
        QVERIFY(report.written);
        QCOMPARE(report.added, 2);
        QCOMPARE(report.leftOut, 2);
        QCOMPARE(report.leftOutFile, path(QStringLiteral("teilweise.left-out.csv")));
        QVERIFY(report.toText().contains(QStringLiteral("2 rows left out")));
        QFile leftOut(report.leftOutFile);
        QVERIFY(leftOut.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(leftOut.readAll());
        leftOut.close();
        QVERIFY2(written.contains(QStringLiteral("import_problem")), qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral("Kaputt")) && written.contains(QStringLiteral("not an e-mail address")),
                 qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral("Töpfern")) && !written.contains(QStringLiteral("Gut Eins")), qPrintable(written));

        // Corrected, the file imports into the same list.
        QString corrected = written;
        corrected.replace(QStringLiteral("kaputt@"), QStringLiteral("kaputt@example.org"));
        corrected.replace(QStringLiteral("Töpfern"), QStringLiteral("Bildung"));
        test::writeFile(report.leftOutFile, corrected.toUtf8());
        const ImportReport again = import(report.leftOutFile, store);
        QVERIFY(!again.hasErrors());
        QCOMPARE(again.added, 2);
        QCOMPARE(again.count(ImportReport::Severity::Warning), 0); // the problem column is passed over
        QCOMPARE(again.missing, 0); // a part of the list: its other records are not missing
        QCOMPARE(fromSource(store, QStringLiteral("teilweise")).size(), 4);

        // A problem of the whole list still stops it.
        test::writeFile(csv, "Lat;Lon;Schwerpunkt\n52.03;8.53;Beratung\n");
        options.input = csv;
        const ImportReport whole = InstitutionImport(m_taxonomy, m_city, FieldMapping::standard(m_taxonomy)).run(options);
        QVERIFY(whole.blocked());
        QVERIFY(!whole.written);
    }

    // A school list built like NRW's published one (schuldaten.csv): three
    // name columns, the street with its number in one column, the area code
    // apart, UTM coordinates headed "UTMRechtswert"/"UTMHochwert" (their
    // system recognised). Needed from the user: a focus area for all.
    void aSchoolListAsNrwPublishesIt()
    {
        const QString csv = path(QStringLiteral("schuldaten.csv"));
        test::writeFile(csv, "Schulnummer;Schulform;Kurzbezeichnung;Schulbezeichnung_1;Schulbezeichnung_2;PLZ;Ort;"
                             "Strasse;Telefonvorwahl;Telefon;Fax;E-Mail;Homepage;Rechtsform;UTMRechtswert;UTMHochwert;EPSG\n"
                             "194501;02;GS Bielefeld Stapenhorst;Stapenhorstschule;Städt. Gemeinschaftsgrundschule;33615;"
                             "Bielefeld;Stapenhorststr. 84;0521;51 25 13;51 25 14;stapenhorstschule@bielefeld.de;"
                             "www.stapenhorstschule.de;1;466800;5765300;25832\n"
                             "194502;04;GE Bielefeld Rosenhöhe;Gesamtschule Rosenhöhe;Städt. Gesamtschule;33647;Bielefeld;"
                             "Apfelstraße 210;521;51 60 00;;info@ge-rosenhoehe.de;;1;469400;5758300;25832\n"
                             "194503;10;BK Bielefeld;Carl-Severing-Berufskolleg;Städt. Berufskolleg;33602;Bielefeld;"
                             "Straße des 17. Juni;0521;51 00;;;;1;468500;5763900;25832\n");
        FieldMapping fields = FieldMapping::standard(m_taxonomy);
        fields.setDefault(QStringLiteral("focus_areas"), QStringLiteral("education"));
        const QString store = freshStore();
        const ImportReport report = import(csv, store, fields);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 3);
        for (const char *said : {"id from 'Schulnummer'", "name from 'Schulbezeichnung_1'", "x from 'UTMRechtswert'",
                                 "y from 'UTMHochwert'", "phone_area_code from 'Telefonvorwahl'",
                                 "when read as EPSG:25832"})
            QVERIFY2(hasProblem(report, {}, {}, QString::fromUtf8(said)), said);
        const QList<Institution> imported = fromSource(store, QStringLiteral("schuldaten"));
        QCOMPARE(imported.size(), 3);
        QCOMPARE(imported.at(0).name, QStringLiteral("Carl-Severing-Berufskolleg"));
        QCOMPARE(imported.at(0).address.street, QStringLiteral("Straße des 17. Juni")); // no number to split off
        QCOMPARE(imported.at(0).address.houseNumber, QString());
        QCOMPARE(imported.at(1).name, QStringLiteral("Gesamtschule Rosenhöhe"));
        QCOMPARE(imported.at(1).address.street, QStringLiteral("Apfelstraße"));
        QCOMPARE(imported.at(1).address.houseNumber, QStringLiteral("210"));
        QCOMPARE(imported.at(1).services.first().contact.phone, QStringLiteral("0521 51 60 00"));
        QCOMPARE(imported.at(2).address.street, QStringLiteral("Stapenhorststr."));
        QCOMPARE(imported.at(2).address.houseNumber, QStringLiteral("84"));
        QCOMPARE(imported.at(2).sourceId, QStringLiteral("194501"));
        QVERIFY(imported.at(2).position.latitude > 52.0 && imported.at(2).position.latitude < 52.1);
    }

    // An open-data portal's GeoJSON: properties nested ("adresse": {"strasse":
    // …}), an official number beside the GIS's OBJECTID, the Träger as an
    // object of its own. Needed from the user: nothing.
    void anOpenDataGeoJsonWithNestedProperties()
    {
        const auto feature = [](int objectId, const char *number, const char *name, const char *street,
                                const char *houseNumber, const char *postcode, double lon, double lat) {
            return QStringLiteral(
                       "{\"type\":\"Feature\",\"id\":%1,\"properties\":{\"OBJECTID\":%1,\"kennziffer\":\"%2\","
                       "\"bezeichnung\":\"%3\",\"kategorie\":\"Beratung\",\"traeger\":{\"name\":\"AWO "
                       "Kreisverband Bielefeld e.V.\",\"art\":\"frei-gemeinnützig\"},\"adresse\":{\"strasse\":"
                       "\"%4\",\"hausnummer\":\"%5\",\"plz\":\"%6\",\"ort\":\"Bielefeld\"},\"kontakt\":"
                       "{\"telefon\":\"0521 92 16 0\",\"email\":\"info@awo-bielefeld.de\",\"web\":"
                       "\"https://www.awo-bielefeld.de\"},\"sprachen\":\"de, ar, ru\"},\"geometry\":"
                       "{\"type\":\"Point\",\"coordinates\":[%7,%8]}}")
                .arg(objectId)
                .arg(QString::fromUtf8(number), QString::fromUtf8(name), QString::fromUtf8(street),
                     QString::fromUtf8(houseNumber), QString::fromUtf8(postcode))
                .arg(lon)
                .arg(lat);
        };
        const auto collection = [](const QStringList &features) {
            return (QStringLiteral("{\"type\":\"FeatureCollection\",\"name\":\"beratungsstellen\",\"features\":[")
                    + features.join(QLatin1Char(',')) + QStringLiteral("]}"))
                .toUtf8();
        };
        const QString file = path(QStringLiteral("beratungsstellen.geojson"));
        test::writeFile(file, collection({feature(1, "05711000-BS-0012", "Migrationsberatung für Erwachsene",
                                                  "Detmolder Straße", "280", "33605", 8.5705, 52.0043),
                                          feature(2, "05711000-BS-0031", "Jugendmigrationsdienst", "Niederwall",
                                                  "10", "33602", 8.5353, 52.0206)}));
        const QString store = freshStore();
        const ImportReport report = import(file, store);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 2);
        for (const char *said : {"id from 'kennziffer'", "name from 'bezeichnung'", "organisation from 'traeger.name'", "organisation_type from 'traeger.art'",
                                 "street from 'adresse.strasse'", "house_number from 'adresse.hausnummer'",
                                 "postcode from 'adresse.plz'", "city from 'adresse.ort'", "phone from 'kontakt.telefon'",
                                 "email from 'kontakt.email'", "website from 'kontakt.web'",
                                 "focus_areas from 'kategorie'", "languages from 'sprachen'"})
            QVERIFY2(hasProblem(report, {}, {}, QString::fromUtf8(said)), said);
        // Only the GIS's row number is left over: said, not passed over silently.
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("column 'OBJECTID' is not imported")));
        QCOMPARE(report.count(ImportReport::Severity::Warning), 1);
        const QList<Institution> imported = fromSource(store, QStringLiteral("beratungsstellen"));
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported.at(0).name, QStringLiteral("Jugendmigrationsdienst"));
        QCOMPARE(imported.at(0).sourceId, QStringLiteral("05711000-BS-0031"));
        QCOMPARE(imported.at(0).organisation.name, QStringLiteral("AWO Kreisverband Bielefeld e.V."));
        QCOMPARE(imported.at(0).organisation.typeId, QStringLiteral("welfare_service")); // "frei-gemeinnützig"
        QCOMPARE(imported.at(0).address.street, QStringLiteral("Niederwall"));
        QCOMPARE(imported.at(0).address.houseNumber, QStringLiteral("10"));
        QCOMPARE(imported.at(0).address.postcode, QStringLiteral("33602"));
        QCOMPARE(imported.at(0).services.first().contact.email, QStringLiteral("info@awo-bielefeld.de"));
        QCOMPARE(imported.at(0).services.first().languages, (QStringList{QStringLiteral("de"), QStringLiteral("ar"),
                                                                       QStringLiteral("ru")}));

        // The portal's next export numbers its objects afresh: the official
        // numbers keep the records as they were.
        test::writeFile(file, collection({feature(7, "05711000-BS-0031", "Jugendmigrationsdienst", "Niederwall",
                                                  "10", "33602", 8.5353, 52.0206),
                                          feature(8, "05711000-BS-0012", "Migrationsberatung für Erwachsene",
                                                  "Detmolder Straße", "280", "33605", 8.5705, 52.0043)}));
        const ImportReport next = import(file, store);
        QVERIFY(!next.hasErrors());
        QCOMPARE(next.added, 0);
        QCOMPARE(next.unchanged, 2);
    }

    // A WFS answer (GetFeature, GML 3.2) of a municipal geoserver: the name
    // in "bezeichnung_einrichtung", the address in one element, positions in
    // UTM named by the geometry's srsName, the feature's gml:id. Needed from
    // the user: nothing.
    void aWfsAnswerWhoseNameIsNotCalledName()
    {
        const auto member = [](int id, const char *name, const char *address, const char *field, const char *pos) {
            return QStringLiteral("<wfs:member><bi:beratungsstellen gml:id=\"beratungsstellen.%1\">"
                                  "<bi:bezeichnung_einrichtung>%2</bi:bezeichnung_einrichtung>"
                                  "<bi:adresse>%3</bi:adresse><bi:handlungsfeld>%4</bi:handlungsfeld>"
                                  "<bi:geom><gml:Point gml:id=\"p%1\" srsName=\"urn:ogc:def:crs:EPSG::25832\">"
                                  "<gml:pos>%5</gml:pos></gml:Point></bi:geom></bi:beratungsstellen></wfs:member>")
                .arg(id)
                .arg(QString::fromUtf8(name), QString::fromUtf8(address), QString::fromUtf8(field),
                     QString::fromUtf8(pos));
        };
        const QString file = path(QStringLiteral("wfs_beratungsstellen.gml"));
        test::writeFile(file, (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wfs:FeatureCollection "
                                              "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" "
                                              "xmlns:gml=\"http://www.opengis.net/gml/3.2\" "
                                              "xmlns:bi=\"https://geodaten.example.org/bi\" numberMatched=\"2\" "
                                              "numberReturned=\"2\">")
                               + member(17, "Flüchtlingsberatung im Bahnhofsviertel", "Niederwall 10, 33602 Bielefeld",
                                        "Flüchtlingsberatung", "468438.4 5763918.7")
                               + member(18, "Frauenberatung Schildesche", "Schildescher Straße 101, 33611 Bielefeld",
                                        "Frauenberatung", "466700.0 5766400.0")
                               + QStringLiteral("</wfs:FeatureCollection>\n"))
                                  .toUtf8());
        const QString store = freshStore();
        const ImportReport report = import(file, store);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.added, 2);
        for (const char *said : {"name from 'bezeichnung_einrichtung' (guessed from its header)",
                                 "address from 'adresse'", "focus_areas from 'handlungsfeld'"})
            QVERIFY2(hasProblem(report, {}, {}, QString::fromUtf8(said)), said);
        const QList<Institution> imported = fromSource(store, QStringLiteral("wfs_beratungsstellen"));
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported.at(0).name, QStringLiteral("Flüchtlingsberatung im Bahnhofsviertel"));
        QCOMPARE(imported.at(0).address.street, QStringLiteral("Niederwall"));
        QCOMPARE(imported.at(0).address.houseNumber, QStringLiteral("10"));
        QCOMPARE(imported.at(0).address.postcode, QStringLiteral("33602"));
        QCOMPARE(imported.at(0).services.first().focusAreas, QStringList{QStringLiteral("refugee_counselling")});
        // UTM from the srsName, turned into WGS84 (cs2cs EPSG:25832 EPSG:4326: 52.025000 N, 8.540000 E).
        QVERIFY(std::abs(imported.at(0).position.latitude - 52.025) < 1e-5);
        QVERIFY(std::abs(imported.at(0).position.longitude - 8.54) < 1e-5);
        QCOMPARE(imported.at(1).services.first().focusAreas, QStringList{QStringLiteral("womens_counselling")});
    }

    // The report in the user's language: in the app the UI's (its
    // translator installed), on the command line LANG's.
    void theReportInTheUsersLanguage()
    {
        const QString csv = path(QStringLiteral("sprache.csv"));
        test::writeFile(csv, "Name;Lat;Lon;Schwerpunkt\nA;52.03;8.53;Beratung\nB;52.03;8.54;Töpfern\n"
                             "C;52.02;8.53;Beratung\n");
        const QString store = freshStore();
        {
            const std::unique_ptr<QTranslator> german = uiTranslator(QStringLiteral("de"));
            QVERIFY(german);
            QCoreApplication::installTranslator(german.get());
            const QString text = import(csv, store).toText(ImportReport::Reader::App);
            QCoreApplication::removeTranslator(german.get());
            QVERIFY2(text.contains(QStringLiteral("sprache.csv:Zeile 3 [Schwerpunkt] Fehler: 'Töpfern' entspricht "
                                                  "nichts in der Taxonomie; ordnen Sie es in einer Zuordnungsdatei zu")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Hinweis: gelesene Spalten: name aus 'Name' (ein bekannter Name)")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("3 Datensätze gelesen: 2 neu, 0 aktualisiert, 0 unverändert. "
                                                  "1 Fehler, 0 Warnungen.")),
                     qPrintable(text));
            // In the app the advice names the dialog's button, not the option.
            QVERIFY2(text.contains(QStringLiteral("(oder importieren Sie die gültigen Datensätze ohne die fehlerhaften "
                                                  "Zeilen)")),
                     qPrintable(text));
        }
        const auto run = [&](const QString &lang) {
            QProcess tool;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
                environment.remove(QString::fromLatin1(name));
            environment.insert(QStringLiteral("LANG"), lang);
            tool.setProcessEnvironment(environment);
            tool.start(QStringLiteral(STADTPLAN_IMPORT_TOOL), {csv, QStringLiteral("--into"), store, QStringLiteral("--dry-run")});
            return tool.waitForFinished(60000) ? QString::fromUtf8(tool.readAllStandardOutput()) : QString();
        };
        const QString german = run(QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(german.contains(QStringLiteral("[Schwerpunkt] Fehler: ")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Nichts wurde geschrieben: Korrigieren Sie die Fehler und importieren "
                                                "Sie erneut (oder importieren Sie die gültigen Datensätze mit "
                                                "--accept-valid).")),
                 qPrintable(german));
        const QString english = run(QStringLiteral("C.UTF-8"));
        QVERIFY2(english.contains(QStringLiteral("3 records read: 2 new, 0 updated, 0 unchanged. 1 error, 0 warnings.")),
                 qPrintable(english));
        const QString arabic = run(QStringLiteral("ar_SY.UTF-8"));
        QVERIFY2(arabic.contains(QStringLiteral("[Schwerpunkt] خطأ: ")), qPrintable(arabic));
    }

    // Layouts of a sheet's first rows, found as the import finds them.
    void sheetLayouts_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<int>("headerRow");
        QTest::addColumn<int>("headerLines");
        QTest::addColumn<bool>("unitsRow");
        QTest::addColumn<QString>("thirdColumn");
        const QStringList header{QStringLiteral("Name"), QStringLiteral("Straße"), QStringLiteral("PLZ"),
                                 QStringLiteral("Schwerpunkt")};
        const QStringList record{QStringLiteral("Sprachcafé"), QStringLiteral("Niederwall 10"), QStringLiteral("33602"),
                                 QStringLiteral("Sprachkurse")};
        QTest::newRow("plain") << QList<QStringList>{header, record} << 1 << 1 << false << QStringLiteral("PLZ");
        QTest::newRow("a title") << QList<QStringList>{{QStringLiteral("Angebote 2026")}, header, record} << 2 << 1
                                 << false << QStringLiteral("PLZ");
        // A date beside the title is not a line of headings.
        QTest::newRow("a title and a date")
            << QList<QStringList>{{QStringLiteral("Stand:"), QStringLiteral("01.11.2026")}, header, record} << 2 << 1
            << false << QStringLiteral("PLZ");
        QTest::newRow("units") << QList<QStringList>{header, {{}, {}, {}, QStringLiteral("(Text)")}, record} << 1 << 1
                               << true << QStringLiteral("PLZ");
        QTest::newRow("headings")
            << QList<QStringList>{{QStringLiteral("Name"), QStringLiteral("Anschrift")},
                                  {{}, QStringLiteral("Straße"), QStringLiteral("PLZ"), QStringLiteral("Schwerpunkt")},
                                  record}
            << 2 << 2 << false << QStringLiteral("Anschrift.PLZ");
        // Data rows alike in words do not outdo the header.
        QTest::newRow("schools") << QList<QStringList>{header, {QStringLiteral("Gesamtschule"), QStringLiteral("Schulstraße 1"),
                                                                QStringLiteral("33602"), QStringLiteral("Bildung")}}
                                 << 1 << 1 << false << QStringLiteral("PLZ");
    }
    void sheetLayouts()
    {
        QFETCH(QList<QStringList>, rows);
        const FieldMapping mapping = FieldMapping::standard(m_taxonomy);
        const SheetLayout layout = findSheetLayout(
            rows, [&](const QStringList &cells) { return int(mapping.chooseColumns(cells).size()); });
        QTEST(layout.headerRow, "headerRow");
        QTEST(layout.headerLines, "headerLines");
        QTEST(layout.unitsRow, "unitsRow");
        QTEST(layout.columns.value(2), "thirdColumn");
    }

    // A municipal XLSX: a title and a date above the table, an empty line,
    // headings over merged cells ("Anschrift" over street, number and
    // postcode; "Lage" over the coordinates), a line of units under the
    // header, a column no field takes. Needed from the user: nothing (the
    // coordinates' system, named only in a heading, is recognised).
    void aMunicipalSheetWithATwoLineHeaderAndUnits()
    {
        const QString file = path(QStringLiteral("beratungsangebote.xlsx"));
        const QList<QStringList> rows{
            {QStringLiteral("Beratungsangebote für Zugewanderte in Bielefeld")},
            {QStringLiteral("Stand: 01.11.2026")},
            {},
            {QStringLiteral("Einrichtung"), QStringLiteral("Träger"), QStringLiteral("Anschrift"), {}, {},
             QStringLiteral("Lage (ETRS89 / UTM 32N)"), {}, QStringLiteral("Schwerpunkt"), QStringLiteral("Plätze")},
            {{}, {}, QStringLiteral("Straße"), QStringLiteral("Hausnummer"), QStringLiteral("PLZ"),
             QStringLiteral("Rechtswert"), QStringLiteral("Hochwert")},
            {{}, {}, {}, {}, {}, QStringLiteral("[m]"), QStringLiteral("[m]"), {}, QStringLiteral("[Anzahl]")},
            {QStringLiteral("Migrationsberatung für Erwachsene"), QStringLiteral("AWO Kreisverband Bielefeld e.V."),
             QStringLiteral("Detmolder Straße"), QStringLiteral("280"), QStringLiteral("33605"),
             QStringLiteral("470100"), QStringLiteral("5762900"), QStringLiteral("Beratung"), QStringLiteral("12")},
            {QStringLiteral("Sprachcafé Mitte"), QStringLiteral("Stadt Bielefeld"), QStringLiteral("Niederwall"),
             QStringLiteral("10"), QStringLiteral("33602"), QStringLiteral("468438"), QStringLiteral("5763918"),
             QStringLiteral("Kochkurs"), QStringLiteral("20")},
            {QStringLiteral("Jugendmigrationsdienst"), QStringLiteral("Diakonie für Bielefeld gGmbH"),
             QStringLiteral("Schildescher Straße"), QStringLiteral("101"), QStringLiteral("33611"),
             QStringLiteral("466700"), QStringLiteral("5766400"), QStringLiteral("Jugendarbeit"), {}},
        };
        QVERIFY(test::writeXlsx(file, rows, {QStringLiteral("A4:A5"), QStringLiteral("B4:B5"), QStringLiteral("C4:E4"),
                                             QStringLiteral("F4:G4"), QStringLiteral("H4:H5"), QStringLiteral("I4:I5")}));
        const QString store = freshStore();
        ImportOptions options;
        options.input = file;
        options.store = store;
        const ImportReport report = InstitutionImport(m_taxonomy, m_city, FieldMapping::standard(m_taxonomy)).run(options);
        qInfo().noquote() << report.toText();
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("when read as EPSG:25832")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("the header is in rows 4 to 5")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("row 6 holds units")));
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("the records begin in row 7")));
        for (const char *said : {"name from 'Einrichtung'", "organisation from 'Träger'",
                                 "street from 'Anschrift.Straße'", "house_number from 'Anschrift.Hausnummer'",
                                 "postcode from 'Anschrift.PLZ'", "x from 'Lage (ETRS89 / UTM 32N).Rechtswert'",
                                 "y from 'Lage (ETRS89 / UTM 32N).Hochwert'", "focus_areas from 'Schwerpunkt'"})
            QVERIFY2(hasProblem(report, {}, {}, QString::fromUtf8(said)), said);
        QVERIFY(hasProblem(report, {}, {}, QStringLiteral("column 'Plätze' is not imported")));
        // The row at fault is named as the sheet numbers it.
        QCOMPARE(rowProblems(report), 1);
        QVERIFY(hasProblem(report, QStringLiteral("row 8"), QStringLiteral("Schwerpunkt"), QStringLiteral("'Kochkurs'")));

        // With the valid part accepted, the row left out goes to a sheet of
        // its own; corrected, it imports.
        options.acceptValid = true;
        const ImportReport valid = InstitutionImport(m_taxonomy, m_city, FieldMapping::standard(m_taxonomy)).run(options);
        QVERIFY(valid.written);
        QCOMPARE(valid.added, 2);
        QCOMPARE(valid.leftOutFile, path(QStringLiteral("beratungsangebote.left-out.xlsx")));
        const QList<Institution> imported = fromSource(store, QStringLiteral("beratungsangebote"));
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported.at(0).name, QStringLiteral("Jugendmigrationsdienst"));
        QCOMPARE(imported.at(0).address.street, QStringLiteral("Schildescher Straße"));
        QCOMPARE(imported.at(0).address.houseNumber, QStringLiteral("101"));
        QCOMPARE(imported.at(0).address.postcode, QStringLiteral("33611"));
        QVERIFY(std::abs(imported.at(0).position.latitude - 52.04) < 0.02);
        QCOMPARE(imported.at(1).organisation.name, QStringLiteral("AWO Kreisverband Bielefeld e.V."));
        // The sheet left out has one header line, which reads back as the
        // same columns, and the row with its problem.
        ImportOptions again = options;
        again.input = valid.leftOutFile;
        again.acceptValid = false;
        again.dryRun = true;
        const ImportReport back = InstitutionImport(m_taxonomy, m_city, FieldMapping::standard(m_taxonomy)).run(again);
        QCOMPARE(back.records, 1);
        QCOMPARE(back.rowsWithErrors, 1);
        QVERIFY(hasProblem(back, QStringLiteral("row 2"), QStringLiteral("Schwerpunkt"), QStringLiteral("'Kochkurs'")));
        QVERIFY(hasProblem(back, {}, {}, QStringLiteral("street from 'Anschrift.Straße'")));
    }
};

QTEST_GUILESS_MAIN(TestRealLists)
#include "tst_reallists.moc"
