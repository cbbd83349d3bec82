#include "bundleddata.h"
#include "changelog.h"
#include "cityareas.h"
#include "cityprofile.h"
#include "institution.h"
#include "place.h"
#include "recordschema.h"
#include "verification.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace stadtplan;

class TestInstitution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressReadsAsOneLine()
    {
        QCOMPARE((Address{QStringLiteral("Niederwall"), QStringLiteral("23"),
                          QStringLiteral("33602"), QStringLiteral("Bielefeld")})
                     .oneLine(),
                 QStringLiteral("Niederwall 23, 33602 Bielefeld"));
        QCOMPARE((Address{{}, {}, QStringLiteral("33602"), QStringLiteral("Bielefeld")}).oneLine(),
                 QStringLiteral("33602 Bielefeld"));
        QCOMPARE((Address{QStringLiteral("Niederwall"), {}, {}, {}}).oneLine(),
                 QStringLiteral("Niederwall"));
    }

    void addressesCompareWhateverTheSpellingOfStreet()
    {
        const Address a{
            QStringLiteral("Detmolder Straße"), QStringLiteral("280"), QStringLiteral("33605"), {}};
        const Address b{
            QStringLiteral("detmolder str."), QStringLiteral("280"), QStringLiteral("33605"), {}};
        const Address c{QStringLiteral("Detmolder Strasse"),
                        QStringLiteral("280"),
                        QStringLiteral("33605"),
                        {}};
        const Address d{
            QStringLiteral("Detmolder Straße"), QStringLiteral("282"), QStringLiteral("33605"), {}};
        QCOMPARE(a.normalised(), b.normalised());
        QCOMPARE(a.normalised(), c.normalised());
        QVERIFY(a.normalised() != d.normalised());
    }

    void enumsRoundTripThroughText()
    {
        for (auto v :
             {PositionSource::Surveyed, PositionSource::Geocoded, PositionSource::Estimated})
            QCOMPARE(positionSourceFromId(toId(v)), v);
        for (auto v : {StepFree::Yes, StepFree::No, StepFree::Unknown})
            QCOMPARE(stepFreeFromId(toId(v)), v);
        for (auto v :
             {ServiceStatus::Active, ServiceStatus::TemporarilyClosed, ServiceStatus::Inactive})
            QCOMPARE(serviceStatusFromId(toId(v)), v);
        QCOMPARE(serviceStatusFromId(QStringLiteral(" Temporarily_Closed ")),
                 ServiceStatus::TemporarilyClosed);
        QVERIFY(!positionSourceFromId(QStringLiteral("guessed")));
        for (auto v : {Appointment::Needed, Appointment::WalkIn, Appointment::Unknown})
            QCOMPARE(appointmentFromId(toId(v)), v);
        QCOMPARE(appointmentFromId(QStringLiteral(" Walk_In ")), Appointment::WalkIn);
        QVERIFY(!appointmentFromId(QStringLiteral("walk-in")));
    }

    // What the schema says of translations and of the HSDS package: the
    // texts translated are the record's and the service's names and
    // descriptions, each under its translation key; the HSDS service columns
    // are distinct, and each gives a value for a filled service.
    void theSchemaNamesTranslatedFieldsAndHsdsColumns()
    {
        QStringList translated;
        for (const RecordSchema::Field &f : RecordSchema::fields())
            if (f.translated)
                translated.append(f.key + u'=' + QLatin1String(f.translated));
        QCOMPARE(translated, (QStringList{QStringLiteral("name=name"), QStringLiteral("description=description"),
                                          QStringLiteral("service_name=name"),
                                          QStringLiteral("service_description=description")}));
        Service s;
        s.name = QStringLiteral("Sprachcafé");
        s.description = QStringLiteral("Deutsch üben");
        s.contact = {QStringLiteral("0521 1"), QStringLiteral("info@example.org"), QStringLiteral("https://example.org")};
        s.cost = QStringLiteral("free");
        s.appointment = Appointment::WalkIn;
        s.status = ServiceStatus::TemporarilyClosed;
        s.lastVerified = QDate(2026, 11, 30);
        QStringList columns;
        for (const RecordSchema::Field *f : RecordSchema::hsdsServiceFields()) {
            columns.append(QLatin1String(f->hsds));
            QVERIFY2(!(f->hsdsText ? f->hsdsText(s) : f->serviceText(s)).isEmpty(), f->hsds);
        }
        QCOMPARE(QSet<QString>(columns.cbegin(), columns.cend()).size(), columns.size());
        for (const char *column : {"name", "description", "email", "url", "fees_description",
                                   "application_process", "status", "assured_date"})
            QVERIFY2(columns.contains(QLatin1String(column)), column);
        QCOMPARE(RecordSchema::field(QStringLiteral("status"))->hsdsText(s), QStringLiteral("temporarily closed"));
    }

    void institutionAggregatesItsShownServices()
    {
        Institution i;
        Service a;
        a.focusAreas = {QStringLiteral("counselling"), QStringLiteral("networking")};
        a.languages = {QStringLiteral("de"), QStringLiteral("tr")};
        a.lastVerified = QDate(2026, 3, 1);
        Service b;
        b.focusAreas = {QStringLiteral("networking"), QStringLiteral("language_courses")};
        b.languages = {QStringLiteral("de")};
        b.lastVerified = QDate(2025, 11, 15);
        Service gone;
        gone.focusAreas = {QStringLiteral("sport")};
        gone.status = ServiceStatus::Inactive;
        i.services = {a, b, gone};
        QCOMPARE(i.focusAreas(),
                 (QStringList{QStringLiteral("counselling"), QStringLiteral("networking"),
                              QStringLiteral("language_courses")}));
        QCOMPARE(i.languages(), (QStringList{QStringLiteral("de"), QStringLiteral("tr")}));
        QCOMPARE(i.lastVerified(), QDate(2025, 11, 15)); // the oldest counts
        i.services[1].lastVerified = QDate();
        QVERIFY(i.lastVerified().isNull()); // one unverified service: the record is not verified
    }

    void placesAreKnownByAddressOrPosition()
    {
        const auto make = [](const char *id, const char *street, const char *number, double lat,
                             double lon) {
            Institution i;
            i.id = QString::fromLatin1(id);
            i.address = {QString::fromLatin1(street),
                         QString::fromLatin1(number),
                         QStringLiteral("33602"),
                         {}};
            i.position = {lat, lon};
            return i;
        };
        const QList<Institution> list{
            make("a", "Niederwall", "23", 52.0198, 8.5339),
            make("b", "Niederwall", "23", 52.0199, 8.5340), // same address, slightly other estimate
            make("c", "Turnerstraße", "4", 52.0239, 8.5396),
            make("d", "", "", 52.0300, 8.5400),
            make("e", "", "", 52.0300, 8.5400), // same position, no address
            make("f", "", "", 52.0301, 8.5400),
        };
        // Same address, whatever the estimate; without an address, the same metre.
        QCOMPARE(placeKey(list[0]), placeKey(list[1]));
        QVERIFY(placeKey(list[0]) != placeKey(list[2]));
        QCOMPARE(placeKey(list[3]), placeKey(list[4]));
        QVERIFY(placeKey(list[4]) != placeKey(list[5]));
        QVERIFY(placeKey(list[2]) != placeKey(list[3]));
    }

    void theChangeLogNamesEveryServiceColumnOfTheSchema()
    {
        // What the change log and the proposals record of a service is what
        // the record schema gives the service layer, and each can be set back.
        Institution record;
        record.name = QStringLiteral("Haus");
        Service offer;
        offer.id = QStringLiteral("s1");
        record.services.append(offer);
        QStringList named;
        const QMap<QString, QString> fields = recordFields(record);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            if (const auto service = parseServiceField(it.key())) {
                named.append(service->field);
                Institution copy = record;
                QString error;
                QVERIFY2(setRecordField(copy, it.key(), it.value(), &error), qPrintable(error));
            }
        QStringList schema = RecordSchema::columns(RecordSchema::Part::Service);
        named.sort();
        schema.sort();
        QCOMPARE(named, schema);

        // Every value, the record's and its service's, goes to text and back
        // unchanged, and a wrong one is refused.
        Service full;
        full.id = QStringLiteral("s1");
        full.name = QStringLiteral("Sprachcafé");
        full.description = QStringLiteral("  Deutsch üben\nmit Kaffee");
        full.focusAreas = {QStringLiteral("language_courses"), QStringLiteral("counselling")};
        full.targetGroups = {QStringLiteral("women")};
        full.languages = {QStringLiteral("de"), QStringLiteral("ar")};
        full.contact = {QStringLiteral("0521 123"), QStringLiteral("info@example.org"), QStringLiteral("https://example.org")};
        full.openingHours = QStringLiteral("Mo-Fr 09:00-12:00");
        full.cost = QStringLiteral("free");
        full.referralRequired = false;
        full.status = ServiceStatus::TemporarilyClosed;
        full.lastVerified = QDate(2026, 11, 30);
        full.verifiedBy = QStringLiteral("Anna");
        full.translations[QStringLiteral("name")][QStringLiteral("ar")] = QStringLiteral("مقهى اللغة");
        Institution source = record;
        source.services = {full};
        source.description = QStringLiteral("Treffpunkt\n");
        source.organisation.name = QStringLiteral("Verein e.V.");
        source.address = {QStringLiteral("Niederwall"), QStringLiteral("23"), QStringLiteral("33602"), QStringLiteral("Bielefeld")};
        source.position = {52.0199, 8.534};
        source.positionSource = PositionSource::Surveyed;
        source.stepFree = StepFree::Yes;
        source.recordStatus = RecordStatus::Draft;
        source.geocodedBy = QStringLiteral("gazetteer");
        source.translations[QStringLiteral("name")][QStringLiteral("tr")] = QStringLiteral("Ev");
        Institution target;
        const QMap<QString, QString> written = recordFields(source);
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            QString error;
            QVERIFY2(setRecordField(target, it.key(), it.value(), &error), qPrintable(error));
        }
        QCOMPARE(recordFields(target), written);
        QVERIFY(!setRecordField(target, QStringLiteral("step_free"), QStringLiteral("maybe")));
        QVERIFY(!setRecordField(target, QStringLiteral("source_id"), QStringLiteral("x"))); // written, not edited
        QString error;
        QVERIFY(!setRecordField(target, serviceFieldName(QStringLiteral("s1"), QStringLiteral("referral_required")),
                                QStringLiteral("vielleicht"), &error));
        QVERIFY2(error.contains(QStringLiteral("not yes, no or empty")), qPrintable(error));
        QVERIFY(!setRecordField(target, serviceFieldName(QStringLiteral("s1"), QStringLiteral("shoe_size")),
                                QStringLiteral("42"), &error));
    }

    void likelyDuplicatesHaveOneRule()
    {
        // The rule the importer and the analysis both apply (place.h).
        Institution a;
        a.name = QStringLiteral("AWO Migrationsberatung e.V.");
        a.address = {QStringLiteral("Detmolder Straße"), QStringLiteral("280"), QStringLiteral("33605"), {}};
        a.position = {52.00705, 8.57655};
        // The same name and address, spelled otherwise and placed 300 m off.
        Institution spelled = a;
        spelled.name = QStringLiteral("AWO Migrationsberatung");
        spelled.address.street = QStringLiteral("Detmolder Str.");
        spelled.position = {52.00705, 8.58095};
        const Duplicates::Likeness same = Duplicates::likeness(a, spelled);
        QCOMPARE(same.reason, Duplicates::Reason::SameNameAndAddress);
        QVERIFY2(same.metres > 290 && same.metres < 310, qPrintable(QString::number(same.metres)));
        // Next door (about 14 m) with a name a letter longer: near and alike.
        Institution nextDoor = a;
        nextDoor.name = QStringLiteral("AWO Migrationsberatungen");
        nextDoor.address.houseNumber = QStringLiteral("282");
        nextDoor.position = {52.00705, 8.57675};
        QCOMPARE(Duplicates::likeness(a, nextDoor).reason, Duplicates::Reason::NearWithSimilarNames);
        // The same place further than the distance, or another name: not alike.
        Institution farther = nextDoor;
        farther.position = {52.00705, 8.57705}; // about 34 m
        QCOMPARE(Duplicates::likeness(a, farther).reason, Duplicates::Reason::None);
        Institution other = nextDoor;
        other.name = QStringLiteral("Jugendzentrum Kamp");
        QCOMPARE(Duplicates::likeness(a, other).reason, Duplicates::Reason::None);
        // Without a position only the name and address can tell.
        Institution unplaced = nextDoor;
        unplaced.position = {};
        const Duplicates::Likeness unknown = Duplicates::likeness(a, unplaced);
        QCOMPARE(unknown.reason, Duplicates::Reason::None);
        QCOMPARE(unknown.metres, -1.0);
        QVERIFY(Duplicates::similarNames(QStringLiteral("Caritas Beratung"), QStringLiteral("Caritas-Beratung")));
        QVERIFY(!Duplicates::similarNames(QStringLiteral("Caritas Beratung"), QStringLiteral("Diakonie Beratung")));
    }

    void cityProfileOfBielefeld()
    {
        const CityProfile city =
            CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
        QCOMPARE(city.id, QStringLiteral("bielefeld"));
        QVERIFY(city.bounds.contains(city.center));
        QCOMPARE(city.metricCrs, QStringLiteral("EPSG:25832"));
        // OpenStreetMap's standard tiles, named in the profile (not in the code), with their credit.
        QCOMPARE(osmPluginHost(city.tileUrl), QStringLiteral("https://tile.openstreetmap.org/"));
        QVERIFY(city.tileAttribution.contains(QStringLiteral("OpenStreetMap")));
        QCOMPARE(city.tileMaximumZoom, 19);
        QCOMPARE(city.tileAttributionUrl, QStringLiteral("https://www.openstreetmap.org/copyright"));
        QVERIFY(city.tileProblem.isEmpty());
        // The offline map's extract: the region around the city, with its checksum.
        QVERIFY(city.extractUrl.startsWith(QStringLiteral("https://download.geofabrik.de/")));
        QVERIFY(city.extractUrl.endsWith(QStringLiteral("detmold-regbez-latest.osm.pbf")));
        QCOMPARE(city.extractChecksumUrl, city.extractUrl + QStringLiteral(".md5"));
        QCOMPARE(city.extractMarginMetres, 2000.0);
        // The bundled files it names are there, with their sources' credit.
        QVERIFY(!BundledData::read(city.outlineFile).isEmpty());
        QVERIFY(!BundledData::read(city.districtsFile).isEmpty());
        QVERIFY(BundledData::read(city.populationFile).startsWith("stadtbezirk_id,"));
        QVERIFY(city.dataAttribution.contains(QStringLiteral("GeoBasis-DE / BKG")));
        QVERIFY(city.dataAttribution.contains(QStringLiteral("CC BY 4.0")));
    }

    void cityProfileErrorsNameTheField()
    {
        try {
            CityProfile::fromJson(R"({"id":"x","name":"X","center":{"lat":52,"lon":8},"zoom":12,
                "bounds":{"west":9,"south":51,"east":10,"north":53}})");
            QFAIL("accepted a centre outside the bounds");
        } catch (const CityProfileError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("contain 'center'")));
        }
        QVERIFY_THROWS_EXCEPTION(
            CityProfileError,
            CityProfile::fromJson(R"({"id":"x","name":"X","center":{"lat":52}})"));
        // A tile URL the map cannot use, or one without its credit: the rest
        // of the profile stays good, and the problem is named.
        const auto withTiles = [](const char *url, const char *attribution) {
            QJsonObject tiles{{QStringLiteral("url"), QString::fromUtf8(url)}};
            if (attribution)
                tiles.insert(QStringLiteral("attribution"), QString::fromUtf8(attribution));
            QJsonObject city = QJsonDocument::fromJson(BundledData::read(QStringLiteral("city.json"))).object();
            city.insert(QStringLiteral("basemap"), QJsonObject{{QStringLiteral("tiles"), tiles}});
            return CityProfile::fromJson(QJsonDocument(city).toJson());
        };
        QVERIFY(withTiles("https://t.example/{x}/{y}/{z}", "A").tileProblem.contains(QStringLiteral("{z}/{x}/{y}.png")));
        QVERIFY(withTiles("ftp://t.example/{z}/{x}/{y}.png", "A").tileProblem.contains(QStringLiteral("http")));
        QVERIFY(withTiles("https://t.example/{z}/{x}/{y}.png", nullptr).tileProblem.contains(QStringLiteral("attribution")));
        const CityProfile fine = withTiles("https://t.example/{z}/{x}/{y}.png", "A");
        QVERIFY(fine.tileProblem.isEmpty());
        QCOMPARE(fine.name, QStringLiteral("Bielefeld"));
        QCOMPARE(osmPluginHost(fine.tileUrl), QStringLiteral("https://t.example/"));
        QCOMPARE(osmPluginHost(QStringLiteral("http://127.0.0.1:8080/tiles")), QStringLiteral("http://127.0.0.1:8080/tiles/"));
        // An offline extract that is not an http(s) address, or a margin beyond reason: named.
        const auto withExtract = [](const QJsonObject &offline) {
            QJsonObject city = QJsonDocument::fromJson(BundledData::read(QStringLiteral("city.json"))).object();
            QJsonObject basemap = city.value(QStringLiteral("basemap")).toObject();
            basemap.insert(QStringLiteral("offline"), offline);
            city.insert(QStringLiteral("basemap"), basemap);
            return CityProfile::fromJson(QJsonDocument(city).toJson());
        };
        try {
            withExtract({{QStringLiteral("extract"), QStringLiteral("ftp://x.example/r.osm.pbf")}});
            QFAIL("accepted an ftp extract");
        } catch (const CityProfileError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("basemap.offline.extract")));
        }
        try {
            withExtract({{QStringLiteral("extract"), QStringLiteral("https://x.example/r.osm.pbf")},
                         {QStringLiteral("margin_m"), -5}});
            QFAIL("accepted a negative margin");
        } catch (const CityProfileError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("margin_m")));
        }
        QCOMPARE(withExtract({{QStringLiteral("extract"), QStringLiteral("https://x.example/r.osm.pbf")}}).extractUrl,
                 QStringLiteral("https://x.example/r.osm.pbf"));
    }

    // The bundled areas: ten districts that take every row of the table.
    void theCityAreasComeFromTheBundledFiles()
    {
        const QList<Area> &areas = bundledCityAreas();
        QCOMPARE(areas.size(), 11);
        QCOMPARE(areas.first().kind, QStringLiteral("city"));
        QCOMPARE(areas.first().id, QStringLiteral("bielefeld-boundary"));
        QCOMPARE(areas.at(1).id, QStringLiteral("bielefeld-district-0"));
        QCOMPARE(areas.at(1).name, QStringLiteral("Mitte"));
        QCOMPARE(areas.at(1).population, std::optional<qint64>(81456));
        // A broken table says where: file, row and column.
        const QByteArray header = "stadtbezirk_id,stadtbezirk,statistischer_bezirk_id,statistischer_bezirk,einwohner,"
                                  "unter_18,von_18_bis_64,von_65_bis_79,ab_80\n";
        try {
            readPopulationTable(header + "0,Mitte,1,A,100,10,60,20,10\n0,Mitte,2,B,viele,1,1,1,1\n",
                                QStringLiteral("table.csv"));
            QFAIL("a count that is not a number was taken");
        } catch (const CityProfileError &e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("table.csv, row 3, column 'einwohner': 'viele' is not a number of inhabitants"));
        }
        QVERIFY_THROWS_EXCEPTION(CityProfileError, readPopulationTable("id,name\n1,x\n", QStringLiteral("t.csv")));
        // A name with a comma comes in quotes, as in the city's own table.
        const QList<PopulationRow> quoted =
            readPopulationTable(header + "8,Sennestadt,868,\"Sennestadt (Sennest.-I.,Wrachtr.L.)\",11683,2168,6672,1616,1227\n",
                                QStringLiteral("quoted.csv"));
        QCOMPARE(quoted.size(), 1);
        QCOMPARE(quoted.first().total, 11683);
        QCOMPARE(quoted.first().byAge[3], 1227);
    }

    void overdueForVerificationAtFixedDates()
    {
        const auto institution = [](const QString &id, QList<QDate> verified, bool active = true) {
            Institution i;
            i.id = id;
            i.name = QStringLiteral("Einrichtung ") + id;
            for (qsizetype k = 0; k < verified.size(); ++k) {
                Service s;
                s.id = id + QString::number(k);
                s.focusAreas = {QStringLiteral("counselling")};
                s.lastVerified = verified[k];
                s.status = active ? ServiceStatus::Active : ServiceStatus::Inactive;
                i.services.append(s);
            }
            return i;
        };
        const QList<Institution> all{
            institution(QStringLiteral("fresh"), {QDate(2026, 6, 1)}),
            institution(QStringLiteral("old"), {QDate(2025, 3, 1)}),
            institution(QStringLiteral("older"), {QDate(2024, 1, 15)}),
            institution(QStringLiteral("never"), {QDate()}),
            // Verified recently in one service, long ago in the other: the oldest counts.
            institution(QStringLiteral("mixed"), {QDate(2026, 10, 1), QDate(2025, 2, 1)}),
            institution(QStringLiteral("closed"), {QDate()}, false),
            // Exactly twelve months before the day: not yet overdue.
            institution(QStringLiteral("edge"), {QDate(2025, 11, 25)}),
        };
        const auto ids = [](const QList<OverdueInstitution> &list) {
            QStringList out;
            for (const OverdueInstitution &o : list)
                out.append(o.institution->id);
            return out;
        };
        const QList<OverdueInstitution> overdue = overdueForVerification(all, QDate(2026, 11, 25));
        QCOMPARE(ids(overdue), (QStringList{QStringLiteral("never"), QStringLiteral("older"), QStringLiteral("mixed"),
                                            QStringLiteral("old")}));
        QCOMPARE(overdue[2].lastVerified, QDate(2025, 2, 1));
        QVERIFY(overdue[0].lastVerified.isNull());
        // A day later the edge case is due; with six months, "fresh" too.
        QVERIFY(ids(overdueForVerification(all, QDate(2026, 11, 26))).contains(QStringLiteral("edge")));
        QVERIFY(ids(overdueForVerification(all, QDate(2026, 12, 2), 6)).contains(QStringLiteral("fresh")));
        QVERIFY(!ids(overdueForVerification(all, QDate(2026, 11, 30), 6)).contains(QStringLiteral("fresh")));
    }
};

QTEST_GUILESS_MAIN(TestInstitution)
#include "tst_institution.moc"
