#include "addresslayer.h"
#include "dataexchange.h"
#include "bundleddata.h"
#include "clock.h"
#include "coverage.h"
#include "coveragemodel.h"
#include "fakenominatim.h"
#include "institutiondirectory.h"
#include "institutionstore.h"
#include "recordeditor.h"
#include "resultmodel.h"
#include "storelocation.h"
#include "syntheticdata.h"
#include "userposition.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QGeoPositionInfoSource>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <sqlite3.h>

using namespace stadtplan;

class TestModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;
    QList<Institution> m_seed;

    int expectedMatches(const QSet<QString> &focus) const
    {
        Filter f;
        f.focusAreas = focus;
        return static_cast<int>(std::count_if(m_seed.cbegin(), m_seed.cend(),
                                              [&](const Institution &i) { return f.matches(i); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("directory.gpkg"));
        openStore(m_store, true, bundledDemoSeed);
        m_seed = bundledDemoSeed().institutions;
    }

    void coverageTableSortsByEachColumn()
    {
        const QString store = m_dir.filePath(QStringLiteral("coverage.gpkg"));
        openStore(store, true, bundledDemoSeed);
        QList<Area> areas;
        for (int k = 0; k < 3; ++k) {
            Area a;
            a.id = QStringLiteral("d%1").arg(k);
            a.name = QStringLiteral("Bezirk %1").arg(QChar(u'C' - k)); // C, B, A
            a.kind = QStringLiteral("district");
            a.population = 10000 * (k + 1);
            const double west = 8.49 + k * 0.03;
            a.polygons = {{{{52.0, west},
                            {52.0, west + 0.03},
                            {52.04, west + 0.03},
                            {52.04, west},
                            {52.0, west}}}};
            areas.append(a);
        }
        InstitutionStore::open(store, InstitutionStore::Access::ReadWrite)->replaceAreas(areas);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        CoverageModel coverage;
        coverage.setDirectory(&directory);
        coverage.setFocus(QStringLiteral("counselling"));
        QCOMPARE(coverage.rowCount(), 3);
        const auto column = [&](int role) {
            QList<double> values;
            for (int r = 0; r < coverage.rowCount(); ++r)
                values.append(coverage.data(coverage.index(r), role).toDouble());
            return values;
        };
        const auto names = [&] {
            QStringList values;
            for (int r = 0; r < coverage.rowCount(); ++r)
                values.append(coverage.data(coverage.index(r), CoverageModel::NameRole).toString());
            return values;
        };
        // By default the least covered first; each column sorts, again reverses.
        QList<double> uncovered = column(CoverageModel::UncoveredRole);
        QVERIFY(std::is_sorted(uncovered.crbegin(), uncovered.crend()));
        coverage.sortBy(QStringLiteral("name"));
        QCOMPARE(names(), (QStringList{QStringLiteral("Bezirk A"), QStringLiteral("Bezirk B"),
                                       QStringLiteral("Bezirk C")}));
        coverage.sortBy(QStringLiteral("name"));
        QCOMPARE(names(), (QStringList{QStringLiteral("Bezirk C"), QStringLiteral("Bezirk B"),
                                       QStringLiteral("Bezirk A")}));
        coverage.sortBy(QStringLiteral("population"));
        QCOMPARE(column(CoverageModel::PopulationRole), (QList<double>{30000, 20000, 10000}));
        // A new distance recomputes and keeps the chosen order.
        coverage.setDistance(2000);
        QCOMPARE(column(CoverageModel::PopulationRole), (QList<double>{30000, 20000, 10000}));
    }

    // The demo store made at first start: coverage per Stadtbezirk works
    // without any import, from the bundled districts and population.
    void theFirstStoreHasCoveragePerDistrict()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        QVERIFY(directory.load());
        QVERIFY(directory.areasAttribution().contains(QStringLiteral("Stadt Bielefeld")));
        CoverageModel coverage;
        coverage.setDirectory(&directory);
        coverage.setAreaKind(QStringLiteral("district"));
        coverage.setFocus(QStringLiteral("counselling"));
        QCOMPARE(coverage.rowCount(), 10);
        QHash<QString, int> row;
        int services = 0;
        for (int r = 0; r < coverage.rowCount(); ++r) {
            row.insert(coverage.data(coverage.index(r), CoverageModel::NameRole).toString(), r);
            services += coverage.data(coverage.index(r), CoverageModel::ServicesRole).toInt();
        }
        const QModelIndex mitte = coverage.index(row.value(QStringLiteral("Mitte"), -1));
        QVERIFY(mitte.isValid());
        QCOMPARE(coverage.data(mitte, CoverageModel::PopulationRole).toDouble(), 81456.0);
        // The demo's counselling offers are many in the centre, and counted per 10,000.
        const int inMitte = coverage.data(mitte, CoverageModel::ServicesRole).toInt();
        QVERIFY(inMitte > 0);
        QVERIFY(qAbs(coverage.data(mitte, CoverageModel::PerCapitaRole).toDouble() - inMitte * 10000.0 / 81456) < 1e-9);
        // Every matching service with a position lies in one district: the ten tile the city.
        int considered = 0;
        for (const Institution &i : std::as_const(m_seed))
            for (const Service &s : i.services)
                considered += serviceMatches(s, QStringLiteral("counselling"), {}) ? 1 : 0;
        QVERIFY(services > 0 && services <= considered);
        // The districts' inhabitants, and those farther than the distance from any offer.
        for (int r = 0; r < coverage.rowCount(); ++r) {
            QVERIFY(coverage.data(coverage.index(r), CoverageModel::PopulationRole).toDouble() > 10000);
            QVERIFY(coverage.data(coverage.index(r), CoverageModel::UncoveredPeopleRole).toDouble() >= 0);
        }
    }

    void aSharedLinkOpensTheSameView()
    {
        InstitutionDirectory sender;
        sender.setStoreLocation(m_store);
        QVERIFY(sender.load());
        sender.setFocusFilter({QStringLiteral("counselling"), QStringLiteral("language_courses")});
        sender.setSearchText(QStringLiteral("Beratung Bielefeld"));
        sender.setFilterOption(QStringLiteral("openNow"), true);
        sender.setFilterOption(QStringLiteral("targetGroup"), QStringLiteral("refugees"));
        sender.setNearPoint(QGeoCoordinate(52.0211, 8.5325));
        const QString link = sender.shareLink(QGeoCoordinate(52.03, 8.54), 14.5);
        QVERIFY2(link.startsWith(QStringLiteral("stadtplan:?")), qPrintable(link));

        InstitutionDirectory receiver;
        receiver.setStoreLocation(m_store);
        QVERIFY(receiver.load());
        QGeoCoordinate center;
        double zoom = 0;
        QCOMPARE(receiver.applyLink(link, &center, &zoom), QString());
        QStringList received = receiver.focusFilter(), sent = sender.focusFilter();
        received.sort();
        sent.sort();
        QCOMPARE(received, sent);
        QCOMPARE(receiver.searchText(), QStringLiteral("Beratung Bielefeld"));
        QCOMPARE(receiver.filterOptions(), sender.filterOptions());
        QVERIFY(receiver.nearPoint().distanceTo(sender.nearPoint()) < 0.5);
        QCOMPARE(receiver.matchingCount(), sender.matchingCount());
        QVERIFY(center.distanceTo(QGeoCoordinate(52.03, 8.54)) < 0.5);
        QCOMPARE(zoom, 14.5);
        QCOMPARE(receiver.shareLink(center, zoom), link);

        // A broken link says what is wrong and changes nothing.
        const int before = receiver.matchingCount();
        QVERIFY(receiver.applyLink(QStringLiteral("https://example.org/?focus=x"))
                    .contains(QStringLiteral("stadtplan")));
        QVERIFY(receiver.applyLink(QStringLiteral("stadtplan:?focus=kochen"))
                    .contains(QStringLiteral("kochen")));
        QVERIFY(receiver.applyLink(QStringLiteral("stadtplan:?near=52,x"))
                    .contains(QStringLiteral("near")));
        QVERIFY(receiver.applyLink(QStringLiteral("stadtplan:?only=everything"))
                    .contains(QStringLiteral("everything")));
        QCOMPARE(receiver.matchingCount(), before);
        QCOMPARE(receiver.searchText(), QStringLiteral("Beratung Bielefeld"));
    }

    void theCardSaysWhenATextFallsBackToGerman()
    {
        QList<Institution> institutions = m_seed;
        Institution &first = institutions[0];
        first.description = QStringLiteral("Beratung für alle");
        first.translations[QStringLiteral("description")].insert(QStringLiteral("en"), QStringLiteral("Counselling for all"));
        first.services[0].description = QStringLiteral("Sprechstunde");
        const QString store = m_dir.filePath(QStringLiteral("translated.gpkg"));
        InstitutionStore::create(store)->replaceInstitutions(institutions);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        directory.setLanguage(QStringLiteral("en"));
        QVariantMap info = directory.institution(first.id);
        QCOMPARE(info.value(QStringLiteral("description")).toString(), QStringLiteral("Counselling for all"));
        QVERIFY(!info.value(QStringLiteral("descriptionInGerman")).toBool());
        // The service's text has no English: German, and said so.
        QVERIFY(info.value(QStringLiteral("services")).toList().first().toMap().value(QStringLiteral("inGerman")).toBool());
        directory.setLanguage(QStringLiteral("ar"));
        info = directory.institution(first.id);
        QCOMPARE(info.value(QStringLiteral("description")).toString(), QStringLiteral("Beratung für alle"));
        QVERIFY(info.value(QStringLiteral("descriptionInGerman")).toBool());
        directory.setLanguage(QStringLiteral("de"));
        info = directory.institution(first.id);
        QCOMPARE(info.value(QStringLiteral("description")).toString(), QStringLiteral("Beratung für alle"));
        QVERIFY(!info.value(QStringLiteral("descriptionInGerman")).toBool());
        QVERIFY(!info.value(QStringLiteral("services")).toList().first().toMap().value(QStringLiteral("inGerman")).toBool());
    }

    void addressesNotInTheGazetteerAreLookedUpOnlineOnlyWhenAllowed()
    {
        test::FakeNominatim nominatim;
        QVERIFY(nominatim.start());
        nominatim.known.insert(QStringLiteral("Niederwall 10"), GeoPoint{52.0219, 8.5331});
        nominatim.known.insert(QStringLiteral("Kesselbrink 1"), GeoPoint{52.5200, 13.4050}); // Berlin: outside the city
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        QVERIFY(directory.load());
        QVERIFY(!directory.canFindAddresses());
        QVERIFY(directory.findAddress(QStringLiteral("Niederwall 10")).contains(QStringLiteral("error")));
        QVERIFY(nominatim.queries.isEmpty()); // never asked without leave

        directory.setOnlineGeocoding(true, nominatim.url(), m_dir.filePath(QStringLiteral("geocoding.json")));
        QVERIFY(directory.canFindAddresses());
        const QVariantList found = directory.findAddress(QStringLiteral("Niederwall 10")).value(QStringLiteral("matches")).toList();
        QCOMPARE(found.size(), 1);
        const QVariantMap first = found.first().toMap();
        QVERIFY(first.value(QStringLiteral("exact")).toBool());
        QCOMPARE(first.value(QStringLiteral("latitude")).toDouble(), 52.0219);
        QCOMPARE(first.value(QStringLiteral("longitude")).toDouble(), 8.5331);
        QCOMPARE(nominatim.queries.size(), 1);
        QVERIFY2(nominatim.queries.first().contains(QStringLiteral("Bielefeld")), qPrintable(nominatim.queries.first()));
        // Asked again: from the cache, not the server.
        QCOMPARE(directory.findAddress(QStringLiteral("Niederwall 10")).value(QStringLiteral("matches")).toList().size(), 1);
        QCOMPARE(nominatim.queries.size(), 1);
        // Unknown, or somewhere else: nothing, no error.
        QVERIFY(directory.findAddress(QStringLiteral("Unbekannter Weg 1")).value(QStringLiteral("matches")).toList().isEmpty());
        QVERIFY(directory.findAddress(QStringLiteral("Kesselbrink 1")).value(QStringLiteral("matches")).toList().isEmpty());
        // The server gone: said, the app goes on.
        nominatim.stop();
        const QVariantMap down = directory.findAddress(QStringLiteral("Hauptstraße 3"));
        QVERIFY2(!down.value(QStringLiteral("error")).toString().isEmpty(), "a server that does not answer is said");
    }

    void theUsersPositionFromAReceiversLog()
    {
        // A GPS receiver's log (NMEA RMC sentences) through Qt Positioning's NMEA plugin: Niederwall 25.
        const QString log = m_dir.filePath(QStringLiteral("position.nmea"));
        test::writeFile(log, "$GPRMC,120000.00,A,5201.242,N,00832.094,E,0.0,0.0,251126,,,A*58\r\n"
                             "$GPRMC,120001.00,A,5201.242,N,00832.094,E,0.0,0.0,251126,,,A*59\r\n"
                             "$GPRMC,120002.00,A,5201.242,N,00832.094,E,0.0,0.0,251126,,,A*5A\r\n");
        // Qt Positioning hides plugins not marked "Testable" (the NMEA one) from
        // processes that QtTest marks as tests; this test wants the real one.
        qunsetenv("QT_QTESTLIB_RUNNING");
        UserPosition position;
        position.setPlugin(QStringLiteral("nmea"));
        position.setNmeaSource(QUrl::fromLocalFile(log).toString());
        QVERIFY2(position.isAvailable(), qPrintable(QGeoPositionInfoSource::availableSources().join(u',')));
        QSignalSpy found(&position, &UserPosition::found);
        position.request(10000);
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 1 || !position.problem().isEmpty(), 10000);
        QVERIFY2(found.count() == 1, qPrintable(position.problem()));
        const QGeoCoordinate at = found.first().first().value<QGeoCoordinate>();
        QVERIFY2(at.distanceTo(QGeoCoordinate(52.0207, 8.5349)) < 5, qPrintable(at.toString()));
        QVERIFY(!position.isBusy());
        QCOMPARE(position.problem(), QString());

        // A plugin that is not there: unavailable, and a request says so.
        UserPosition none;
        none.setPlugin(QStringLiteral("no-such-plugin"));
        QVERIFY(!none.isAvailable());
        none.request();
        QVERIFY(!none.isBusy());
        QVERIFY(!none.problem().isEmpty());
    }

    void theCardShowsARecordsHistory()
    {
        const QString store = m_dir.filePath(QStringLiteral("history.gpkg"));
        const Institution &first = m_seed[0];
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::UTC);
        Institution moved = first;
        moved.address.houseNumber = QStringLiteral("99");
        for (Service &service : moved.services) {
            service.lastVerified = QDate(2026, 11, 3);
            service.verifiedBy = QStringLiteral("ben");
        }
        QList<FieldChange> changes = fieldChanges(nullptr, first, at, QStringLiteral("anna"), QStringLiteral("import a.csv row 2"));
        const qsizetype created = changes.size();
        changes += fieldChanges(&first, moved, at.addDays(1), QStringLiteral("ben"), QStringLiteral("edit"));
        QList<Institution> institutions = m_seed;
        institutions[0] = moved;
        InstitutionStore::create(store)->replaceInstitutions(institutions, changes);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        const QVariantList history = directory.history(first.id);
        QCOMPARE(history.size(), changes.size());
        // Newest first: ben's edit (the house number, and the verification of each service), then the creation.
        const qsizetype edited = changes.size() - created;
        QVERIFY(edited >= 2);
        QVariantMap newest;
        for (qsizetype k = 0; k < edited; ++k) {
            const QVariantMap entry = history.at(k).toMap();
            QCOMPARE(entry.value(QStringLiteral("who")).toString(), QStringLiteral("ben"));
            if (entry.value(QStringLiteral("field")).toString() == u"house_number")
                newest = entry;
        }
        QCOMPARE(history.last().toMap().value(QStringLiteral("field")).toString(), QStringLiteral("created"));
        QCOMPARE(newest.value(QStringLiteral("oldValue")).toString(), first.address.houseNumber);
        QCOMPARE(newest.value(QStringLiteral("newValue")).toString(), QStringLiteral("99"));
        QCOMPARE(newest.value(QStringLiteral("via")).toString(), QStringLiteral("edit"));
        QCOMPARE(newest.value(QStringLiteral("label")).toString(), QStringLiteral("House number")); // in words
        QVERIFY(directory.history(m_seed[1].id).isEmpty());
        // Verified on, and by whom.
        const QVariantMap info = directory.institution(first.id);
        QVERIFY(!info.value(QStringLiteral("lastVerified")).toString().isEmpty());
        QCOMPARE(info.value(QStringLiteral("verifiedBy")).toString(), QStringLiteral("ben"));
    }

    void theClockDecidesAtTheYearsEndAndOnAHoliday()
    {
        // Three institutions: weekdays but not on public holidays; Thursday
        // evenings to midnight; round the clock. Verified exactly twelve months
        // before New Year's Eve, one day earlier, and never.
        QList<Institution> institutions = m_seed.mid(0, 3);
        const QStringList hours{QStringLiteral("Mo-Fr 09:00-17:00; PH off"),
                                QStringLiteral("Th 20:00-24:00"), QStringLiteral("24/7")};
        const QList<QDate> verified{QDate(2025, 12, 31), QDate(2025, 12, 30), QDate()};
        for (int k = 0; k < 3; ++k)
            for (Service &service : institutions[k].services) {
                service.openingHours = hours[k];
                service.lastVerified = verified[k];
            }
        const QString store = m_dir.filePath(QStringLiteral("clock.gpkg"));
        InstitutionStore::create(store)->replaceInstitutions(institutions);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        const auto openNow = [&] {
            directory.setFilterOption(QStringLiteral("openNow"), true);
            QStringList ids;
            const ResultModel *results = directory.results();
            for (int row = 0; row < results->rowCount(); ++row)
                ids.append(results->data(results->index(row, 0), ResultModel::IdRole).toString());
            directory.setFilterOption(QStringLiteral("openNow"), false);
            ids.sort();
            return ids;
        };
        const QString weekdays = institutions[0].id, thursdays = institutions[1].id,
                      always = institutions[2].id;
        const auto sorted = [](QStringList ids) { ids.sort(); return ids; };
        {
            // Thursday 31 December 2026, 23:59: the year's last minute.
            const clock::Fixed fixed(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
            QCOMPARE(directory.today(), QStringLiteral("2026-12-31"));
            QCOMPARE(openNow(), sorted({thursdays, always}));
            // Due after twelve months: verified on 31 December 2025 is not yet.
            QStringList overdue;
            for (const QVariant &entry : directory.overdueForVerification(12))
                overdue.append(entry.toMap().value(QStringLiteral("id")).toString());
            QCOMPARE(overdue, (QStringList{always, thursdays})); // never verified first
        }
        {
            // A minute later it is Friday, New Year's Day: a public holiday.
            const clock::Fixed fixed(QDateTime(QDate(2027, 1, 1), QTime(0, 0)));
            QCOMPARE(openNow(), QStringList{always});
        }
        {
            // Friday, Christmas Day 2026, 10:00: a holiday, so weekday hours are closed.
            const clock::Fixed fixed(QDateTime(QDate(2026, 12, 25), QTime(10, 0)));
            QCOMPARE(openNow(), QStringList{always});
        }
        {
            // The Friday before, 10:00: an ordinary working day.
            const clock::Fixed fixed(QDateTime(QDate(2026, 12, 18), QTime(10, 0)));
            QCOMPARE(openNow(), sorted({weekdays, always}));
            QStringList overdue;
            for (const QVariant &entry : directory.overdueForVerification(12))
                overdue.append(entry.toMap().value(QStringLiteral("id")).toString());
            QCOMPARE(overdue, QStringList{always}); // a year has not passed for the others
        }
        // The change log's time is the clock's.
        RecordEditor editor;
        editor.setDirectory(&directory);
        editor.setUserName(QStringLiteral("anna"));
        editor.checkAccess();
        const QDateTime at(QDate(2026, 12, 31), QTime(23, 59, 30), QTimeZone::UTC);
        const clock::Fixed fixed(at);
        QVERIFY(editor.edit(always));
        editor.markVerified();
        QCOMPARE(editor.value(QStringLiteral("s:last_verified")), at.toLocalTime().date().toString(Qt::ISODate));
        QVERIFY(editor.save());
        QVERIFY(editor.approve(always));
        const QList<FieldChange> log =
            InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->changeLog(always);
        QVERIFY(!log.isEmpty());
        for (const FieldChange &change : log)
            QCOMPARE(change.at, at);
    }

    void theEditorChecksUndoesProposesAndPublishes()
    {
        const QString store = m_dir.filePath(QStringLiteral("editor.gpkg"));
        InstitutionStore::create(store)->replaceInstitutions(m_seed);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        RecordEditor editor;
        editor.setDirectory(&directory);
        editor.setUserName(QStringLiteral("anna"));
        editor.checkAccess();
        QVERIFY(editor.canEdit());
        const Institution &first = m_seed[0];
        QVERIFY(editor.edit(first.id));
        QCOMPARE(editor.status(), QStringLiteral("published"));

        // Checked as typed, with the importer's rules.
        QVERIFY(!editor.problemFor(QStringLiteral("s:email"), QStringLiteral("kein-at.example.org")).isEmpty());
        QVERIFY(editor.problemFor(QStringLiteral("s:email"), QStringLiteral("info@example.org")).isEmpty());
        QVERIFY(editor.problemFor(QStringLiteral("s:opening_hours"), QStringLiteral("Mo-Fr 9-12 Uhr")).contains(QStringLiteral("Not valid")));
        QVERIFY(!editor.problemFor(QStringLiteral("s:focus_areas"), QStringLiteral("kochen")).isEmpty());
        QVERIFY(!editor.problemFor(QStringLiteral("name"), QStringLiteral("  ")).isEmpty());
        QVERIFY(editor.problemFor(QStringLiteral("position"), QStringLiteral("52.52, 13.40")).contains(QStringLiteral("Outside")));
        // A web address as lists write it is taken with https, as the import
        // takes it; a verification cannot lie in the future, here as there.
        QVERIFY(editor.problemFor(QStringLiteral("s:website"), QStringLiteral("www.haus-a.de")).isEmpty());
        QVERIFY(!editor.problemFor(QStringLiteral("s:website"), QStringLiteral("kein Netz")).isEmpty());
        {
            const clock::Fixed day(QDateTime(QDate(2026, 12, 6), QTime(12, 0)));
            QVERIFY(editor.problemFor(QStringLiteral("s:last_verified"), QStringLiteral("2026-12-06")).isEmpty());
            QVERIFY(!editor.problemFor(QStringLiteral("s:last_verified"), QStringLiteral("2026-12-07")).isEmpty());
        }
        // The values offered for a field come from the record schema, labelled.
        const auto choicesOf = [&](const QString &key) {
            QStringList offered;
            for (const QVariant &field : editor.fields())
                if (field.toMap().value(QStringLiteral("key")).toString() == key)
                    for (const QVariant &c : field.toMap().value(QStringLiteral("choices")).toList())
                        offered.append(c.toMap().value(QStringLiteral("id")).toString() + u'='
                                       + c.toMap().value(QStringLiteral("label")).toString());
            return offered;
        };
        QCOMPARE(choicesOf(QStringLiteral("s:referral_required")),
                 (QStringList{QStringLiteral("yes=yes"), QStringLiteral("no=no"), QStringLiteral("=unknown")}));
        QCOMPARE(choicesOf(QStringLiteral("s:status")),
                 (QStringList{QStringLiteral("active=offered"), QStringLiteral("temporarily_closed=temporarily closed"),
                              QStringLiteral("inactive=no longer offered")}));
        QCOMPARE(choicesOf(QStringLiteral("position_source")).size(), 3);
        QCOMPARE(choicesOf(QStringLiteral("step_free")),
                 (QStringList{QStringLiteral("yes=yes"), QStringLiteral("no=no"), QStringLiteral("unknown=unknown")}));
        editor.setValue(QStringLiteral("s:email"), QStringLiteral("kaputt"));
        QVERIFY(!editor.isValid());
        QVERIFY(!editor.save()); // refused before it reaches the store
        QVERIFY(editor.messageIsError());

        // Undo and redo, step by step.
        editor.setValue(QStringLiteral("s:email"), QStringLiteral("neu@example.org"));
        editor.setValue(QStringLiteral("house_number"), QStringLiteral("77"));
        editor.moveTo(QGeoCoordinate(52.0250, 8.5350));
        QCOMPARE(editor.value(QStringLiteral("house_number")), QStringLiteral("77"));
        editor.undo();
        editor.undo();
        QCOMPARE(editor.value(QStringLiteral("house_number")), first.address.houseNumber);
        QCOMPARE(editor.value(QStringLiteral("s:email")), QStringLiteral("neu@example.org"));
        editor.redo();
        editor.redo();
        QVERIFY(!editor.canRedo());
        QCOMPARE(editor.value(QStringLiteral("house_number")), QStringLiteral("77"));
        QCOMPARE(editor.position(), QGeoCoordinate(52.0250, 8.5350));
        // Taken as the import takes it, and shown so as soon as it is entered.
        editor.setValue(QStringLiteral("s:website"), QStringLiteral("www.haus-a.de"));
        QCOMPARE(editor.value(QStringLiteral("s:website")), QStringLiteral("https://www.haus-a.de"));

        // A published record: the change waits for review, the public sees the old one.
        QVERIFY(editor.save());
        QCOMPARE(editor.status(), QStringLiteral("published"));
        QCOMPARE(directory.record(first.id)->address.houseNumber, first.address.houseNumber);
        QCOMPARE(editor.reviewQueue().size(), 1);
        const QVariantMap waiting = editor.reviewQueue().first().toMap();
        QCOMPARE(waiting.value(QStringLiteral("kind")).toString(), QStringLiteral("proposal"));
        QCOMPARE(waiting.value(QStringLiteral("who")).toString(), QStringLiteral("anna"));
        QStringList diff;
        for (const QVariant &c : waiting.value(QStringLiteral("changes")).toList())
            diff.append(c.toMap().value(QStringLiteral("label")).toString() + QStringLiteral(": ") + c.toMap().value(QStringLiteral("old")).toString()
                        + QStringLiteral(" -> ") + c.toMap().value(QStringLiteral("new")).toString());
        QVERIFY2(diff.contains(QStringLiteral("House number: %1 -> 77").arg(first.address.houseNumber)), qPrintable(diff.join(QLatin1Char('|'))));
        QVERIFY(std::any_of(diff.cbegin(), diff.cend(), [](const QString &d) { return d.contains(QStringLiteral(" – E-mail: ")) && d.endsWith(QStringLiteral("-> neu@example.org")); }));
        QVERIFY(std::any_of(diff.cbegin(), diff.cend(), [](const QString &d) { return d.endsWith(QStringLiteral("-> https://www.haus-a.de")); }));
        QVERIFY(editor.approve(first.id));
        QCOMPARE(directory.record(first.id)->address.houseNumber, QStringLiteral("77"));
        QCOMPARE(directory.record(first.id)->positionSource, first.positionSource == PositionSource::Geocoded ? PositionSource::Estimated : first.positionSource);
        QVERIFY(editor.reviewQueue().isEmpty());
        QVERIFY(directory.history(first.id).first().toMap().value(QStringLiteral("via")).toString().startsWith(QStringLiteral("edit, approved by anna")));

        // A new record: a draft, seen only while editing, until published.
        const int before = directory.institutionCount();
        editor.addAt(QGeoCoordinate(52.0300, 8.5400));
        QVERIFY(editor.isNew());
        QVERIFY(!editor.isValid()); // no name, no focus area yet
        editor.setValue(QStringLiteral("name"), QStringLiteral("Sprachcafé Kesselbrink"));
        editor.setValue(QStringLiteral("s:focus_areas"), QStringLiteral("language_courses"));
        QVERIFY(editor.isValid());
        QVERIFY(editor.save());
        const QString added = editor.recordId();
        QCOMPARE(directory.record(added)->recordStatus, RecordStatus::Draft);
        QCOMPARE(directory.institutionCount(), before); // not public
        directory.setEditing(true);
        QCOMPARE(directory.institutionCount(), before + 1);
        QCOMPARE(editor.reviewQueue().constLast().toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("draft"));
        QVERIFY(editor.publish(added));
        // A second offer, confirmed today: the form shows one offer at a time.
        QVERIFY(editor.edit(added));
        editor.addService();
        QCOMPARE(editor.serviceNames().size(), 2);
        QCOMPARE(editor.service(), 1);
        QVERIFY(!editor.isValid()); // the new offer has no focus area
        editor.setValue(QStringLiteral("s:name"), QStringLiteral("Elterncafé"));
        editor.setValue(QStringLiteral("s:focus_areas"), QStringLiteral("counselling"));
        editor.markVerified();
        QVERIFY(editor.isValid());
        QCOMPARE(editor.value(QStringLiteral("s:last_verified")), clock::today().toString(Qt::ISODate));
        QCOMPARE(editor.value(QStringLiteral("s:verified_by")), QStringLiteral("anna"));
        editor.setService(0);
        QCOMPARE(editor.value(QStringLiteral("s:focus_areas")), QStringLiteral("language_courses"));
        QVERIFY(editor.save()); // published now: a proposal
        QVERIFY(editor.approve(added));
        QCOMPARE(directory.record(added)->services.size(), 2);
        QCOMPARE(directory.record(added)->services[1].verifiedBy, QStringLiteral("anna"));
        // A new record at an address: geocoded, by what found it.
        editor.addAtAddress({{QStringLiteral("latitude"), 52.0199}, {QStringLiteral("longitude"), 8.5341},
                             {QStringLiteral("street"), QStringLiteral("Niederwall")}, {QStringLiteral("houseNumber"), QStringLiteral("23")},
                             {QStringLiteral("postcode"), QStringLiteral("33602")}, {QStringLiteral("source"), QStringLiteral("adressen.csv")}});
        QCOMPARE(editor.value(QStringLiteral("street")), QStringLiteral("Niederwall"));
        QCOMPARE(editor.value(QStringLiteral("position_source")), QStringLiteral("geocoded"));
        QCOMPARE(editor.value(QStringLiteral("geocoded_by")), QStringLiteral("adressen.csv"));
        QCOMPARE(editor.value(QStringLiteral("city")), directory.city().name);
        editor.close();
        directory.setEditing(false);
        QCOMPARE(directory.institutionCount(), before + 1);
        // Only published records leave the store for the public.
        QVERIFY(publishedOnly(InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions()).size() == before + 1);
    }

    // Whether one needs an appointment: on the card, as a filter that a link
    // carries, in the editor's form and in the record's history.
    void walkInsAreShownFilteredEditedAndLogged()
    {
        QList<Institution> institutions = m_seed;
        for (Service &service : institutions[0].services)
            service.appointment = Appointment::WalkIn;
        for (Service &service : institutions[1].services)
            service.appointment = Appointment::Needed;
        institutions[2].services[0].appointment = Appointment::WalkIn;
        const QString store = m_dir.filePath(QStringLiteral("walkin.gpkg"));
        InstitutionStore::create(store)->replaceInstitutions(institutions);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        directory.setLanguage(QStringLiteral("de"));
        QVERIFY(directory.load());

        const auto appointmentOnCard = [&](const Institution &i) {
            return directory.institution(i.id).value(QStringLiteral("services")).toList().first().toMap()
                .value(QStringLiteral("appointment")).toString();
        };
        QCOMPARE(appointmentOnCard(institutions[0]), QStringLiteral("Ohne Termin – einfach vorbeikommen"));
        QCOMPARE(appointmentOnCard(institutions[1]), QStringLiteral("Nach Terminvereinbarung"));
        QCOMPARE(appointmentOnCard(institutions[3]), QString()); // unknown: the card says nothing

        // The two made walk-in here, and any the demo data says takes walk-ins.
        Filter walkInOnly;
        walkInOnly.walkInOnly = true;
        const auto walkIns = [&] {
            return int(std::count_if(institutions.cbegin(), institutions.cend(),
                                     [&](const Institution &i) { return walkInOnly.matches(i); }));
        };
        QVERIFY(walkIns() >= 2);
        directory.setFilterOption(QStringLiteral("walkIn"), true);
        QVERIFY(directory.filterOptions().value(QStringLiteral("walkIn")).toBool());
        QCOMPARE(directory.matchingCount(), walkIns());
        const QString link = directory.shareLink(QGeoCoordinate(52.02, 8.53), 13);
        QVERIFY2(link.contains(QStringLiteral("only=walkIn")), qPrintable(link));
        InstitutionDirectory receiver;
        receiver.setStoreLocation(store);
        QVERIFY(receiver.load());
        QCOMPARE(receiver.applyLink(link), QString());
        QCOMPARE(receiver.matchingCount(), walkIns());
        directory.clearFilterOptions();
        QCOMPARE(directory.matchingCount(), institutions.size());

        RecordEditor editor;
        editor.setDirectory(&directory);
        editor.setUserName(QStringLiteral("anna"));
        editor.checkAccess();
        QVERIFY(editor.edit(institutions[1].id));
        QStringList offered;
        for (const QVariant &field : editor.fields())
            if (field.toMap().value(QStringLiteral("key")).toString() == u"s:appointment")
                for (const QVariant &c : field.toMap().value(QStringLiteral("choices")).toList())
                    offered.append(c.toMap().value(QStringLiteral("id")).toString());
        QCOMPARE(offered, (QStringList{QStringLiteral("needed"), QStringLiteral("walk_in"), QStringLiteral("unknown")}));
        QCOMPARE(editor.value(QStringLiteral("s:appointment")), QStringLiteral("needed"));
        editor.setValue(QStringLiteral("s:appointment"), QStringLiteral("walk_in"));
        QVERIFY(editor.save());
        QVERIFY(editor.approve(institutions[1].id));
        QCOMPARE(directory.record(institutions[1].id)->services[0].appointment, Appointment::WalkIn);
        const QVariantMap logged = directory.history(institutions[1].id).first().toMap();
        QVERIFY2(logged.value(QStringLiteral("field")).toString().endsWith(QStringLiteral(": appointment")),
                 qPrintable(logged.value(QStringLiteral("field")).toString()));
        QCOMPARE(logged.value(QStringLiteral("oldValue")).toString(), QStringLiteral("needed"));
        QCOMPARE(logged.value(QStringLiteral("newValue")).toString(), QStringLiteral("walk_in"));
        institutions[1].services[0].appointment = Appointment::WalkIn;
        directory.setFilterOption(QStringLiteral("walkIn"), true);
        QCOMPARE(directory.matchingCount(), walkIns());
    }

    void aRecordSavedAmongOthersRenumbersTheListSafely()
    {
        // Drafts shown among the records, or a record that sorts first, shift
        // the rows: the list must follow, not merge the old numbering into the
        // new (it hung once).
        const QString store = m_dir.filePath(QStringLiteral("renumber.gpkg"));
        QList<Institution> records = m_seed;
        records[2].recordStatus = RecordStatus::Draft;
        InstitutionStore::create(store)->replaceInstitutions(records);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        QAbstractItemModelTester tester(directory.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = directory.results()->rowCount();
        QCOMPARE(before, records.size() - 1);
        directory.setEditing(true);
        QCOMPARE(directory.results()->rowCount(), before + 1);
        directory.setEditing(false);
        QCOMPARE(directory.results()->rowCount(), before);
        Institution first = m_seed[5];
        first.id = QStringLiteral("aaa-new");
        first.name = QStringLiteral("AAA Erste Stelle");
        directory.replaceRecord(first);
        QCOMPARE(directory.results()->rowCount(), before + 1);
        QCOMPARE(directory.results()->idAt(0), QStringLiteral("aaa-new"));
        first.recordStatus = RecordStatus::Archived; // archived: gone from the list
        directory.replaceRecord(first);
        QCOMPARE(directory.results()->rowCount(), before);
    }

    void theEditorShowsBothVersionsAfterAConflictAndKeepsEditsThatFailed()
    {
        const QString store = m_dir.filePath(QStringLiteral("conflict.gpkg"));
        QList<Institution> records = m_seed;
        records[1].recordStatus = RecordStatus::Draft;
        InstitutionStore::create(store)->replaceInstitutions(records);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        RecordEditor editor;
        editor.setDirectory(&directory);
        editor.checkAccess();
        const Institution &draft = records[1];
        QVERIFY(editor.edit(draft.id));
        editor.setValue(QStringLiteral("s:phone"), QStringLiteral("+49 521 5555"));
        editor.setValue(QStringLiteral("street"), QStringLiteral("Mein Weg"));
        // A colleague saves the same record first.
        {
            auto other = InstitutionStore::open(store, InstitutionStore::Access::ReadWrite);
            Institution theirs = *other->institution(draft.id);
            theirs.address.street = QStringLiteral("Ihr Weg");
            theirs.description = QStringLiteral("vom Kollegen");
            other->saveInstitution(theirs, QStringLiteral("ben"), QStringLiteral("edit"));
        }
        QVERIFY(!editor.save());
        QVERIFY(editor.messageIsError());
        QVERIFY(editor.isDirty()); // nothing of mine lost
        QMap<QString, QVariantMap> conflict;
        for (const QVariant &c : editor.conflict())
            conflict.insert(c.toMap().value(QStringLiteral("key")).toString(), c.toMap());
        QCOMPARE(conflict.value(QStringLiteral("street")).value(QStringLiteral("mine")).toString(), QStringLiteral("Mein Weg"));
        QCOMPARE(conflict.value(QStringLiteral("street")).value(QStringLiteral("theirs")).toString(), QStringLiteral("Ihr Weg"));
        QVERIFY(conflict.value(QStringLiteral("street")).value(QStringLiteral("keepMine")).toBool());
        QVERIFY(!conflict.value(QStringLiteral("description")).value(QStringLiteral("keepMine")).toBool()); // theirs, untouched by me
        editor.keepMine(QStringLiteral("street"), false); // their street after all, my phone
        QVERIFY(editor.saveWithChoices());
        const Institution saved = *InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institution(draft.id);
        QCOMPARE(saved.version, qint64(3));
        QCOMPARE(saved.address.street, QStringLiteral("Ihr Weg"));
        QCOMPARE(saved.description, QStringLiteral("vom Kollegen"));
        QCOMPARE(saved.services.first().contact.phone, QStringLiteral("+49 521 5555"));

        // The store locked by another program during the save: said, and the edit kept.
        editor.setValue(QStringLiteral("s:phone"), QStringLiteral("+49 521 6666"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(store.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
            QVERIFY(!editor.save());
            QVERIFY2(editor.message().contains(QStringLiteral("Your changes are kept")), qPrintable(editor.message()));
            QCOMPARE(editor.value(QStringLiteral("s:phone")), QStringLiteral("+49 521 6666"));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        QVERIFY(editor.save());
        QVERIFY(editor.save()); // nothing to save twice
        const auto reopened = InstitutionStore::open(store, InstitutionStore::Access::ReadOnly);
        QCOMPARE(reopened->institution(draft.id)->services.first().contact.phone, QStringLiteral("+49 521 6666"));
        QCOMPARE(reopened->institution(draft.id)->version, qint64(4));

        // A proposal whose field changed in the record since (an import): the
        // queue shows the value now, and approving it is refused.
        const Institution &published = records[0];
        QVERIFY(editor.edit(published.id));
        editor.setValue(QStringLiteral("postcode"), QStringLiteral("33611"));
        QVERIFY(editor.save());
        {
            auto other = InstitutionStore::open(store, InstitutionStore::Access::ReadWrite);
            Institution imported = *other->institution(published.id);
            imported.address.postcode = QStringLiteral("33615");
            other->saveInstitution(imported, QStringLiteral("import"), QStringLiteral("import liste.csv row 3"));
        }
        QVERIFY(directory.load());
        editor.refreshReview();
        const QVariantList changes = editor.reviewQueue().first().toMap().value(QStringLiteral("changes")).toList();
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().toMap().value(QStringLiteral("changedSince")).toBool());
        QCOMPARE(changes.first().toMap().value(QStringLiteral("now")).toString(), QStringLiteral("33615"));
        QVERIFY(!editor.approve(published.id));
        QVERIFY2(editor.message().contains(QStringLiteral("changed since proposed")), qPrintable(editor.message()));
        QVERIFY(editor.reject(published.id));
        for (const QVariant &waiting : editor.reviewQueue()) // the draft still waits; no proposal does
            QCOMPARE(waiting.toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("draft"));
    }

    void openAtAChosenTime()
    {
        // The demo data's first three with hours (weekdays, not on public
        // holidays), one on Saturdays; the rest without hours stay, marked.
        QList<Institution> institutions = m_seed;
        for (int k = 0; k < 4; ++k)
            for (Service &service : institutions[k].services)
                service.openingHours = k < 3 ? QStringLiteral("Mo-Fr 09:00-17:00; PH off") : QStringLiteral("Sa 10:00-14:00");
        const QString store = m_dir.filePath(QStringLiteral("hours.gpkg"));
        InstitutionStore::create(store)->replaceInstitutions(institutions);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        const int unknownHours = int(institutions.size()) - 4;
        // Monday 7 December 2026, 10:30, and Christmas Day (a public holiday in NRW).
        QList<int> counts;
        for (const QString &when : {QStringLiteral("2026-12-07T10:30"), QStringLiteral("2026-12-25T10:30")}) {
            directory.setFilterOption(QStringLiteral("openAt"), when);
            QCOMPARE(directory.filterOptions().value(QStringLiteral("openAt")).toString(), when);
            QVERIFY(!directory.filterOptions().value(QStringLiteral("openNow")).toBool());
            Filter expected;
            expected.region = QStringLiteral("DE-NW");
            expected.openAt = QDateTime::fromString(when, Qt::ISODate);
            const int count = int(std::count_if(institutions.cbegin(), institutions.cend(),
                                                [&](const Institution &i) { return expected.matches(i); }));
            QCOMPARE(directory.matchingCount(), count);
            counts.append(count);
            // The link carries the time.
            const QString link = directory.shareLink(QGeoCoordinate(52.02, 8.53), 13);
            QVERIFY2(link.contains(QStringLiteral("openAt=")), qPrintable(link));
            InstitutionDirectory receiver;
            receiver.setStoreLocation(store);
            QVERIFY(receiver.load());
            QCOMPARE(receiver.applyLink(link), QString());
            QCOMPARE(receiver.filterOptions(), directory.filterOptions());
        }
        QCOMPARE(counts, (QList<int>{unknownHours + 3, unknownHours}));
        // "Open now" replaces the chosen time; clearing clears both.
        directory.setFilterOption(QStringLiteral("openNow"), true);
        QCOMPARE(directory.filterOptions().value(QStringLiteral("openAt")).toString(), QString());
        directory.setFilterOption(QStringLiteral("openAt"), QStringLiteral("2026-12-07T10:30"));
        directory.clearFilterOptions();
        QCOMPARE(directory.filterOptions().value(QStringLiteral("openAt")).toString(), QString());
        QCOMPARE(directory.matchingCount(), institutions.size());
        // A time that is none changes nothing.
        directory.setFilterOption(QStringLiteral("openAt"), QStringLiteral("Montag früh"));
        QCOMPARE(directory.matchingCount(), institutions.size());
        QVERIFY(directory.applyLink(QStringLiteral("stadtplan:?openAt=morgen")).contains(QStringLiteral("openAt")));
    }

    void aClientsAddressOrdersTheList()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        QVERIFY(directory.load());
        QVERIFY(!directory.hasGazetteer()); // none beside this store
        QVERIFY(directory.findAddress(QStringLiteral("Niederwall 23")).contains(QStringLiteral("error")));

        // One beside the store is found by its name.
        const QString houses = m_dir.filePath(QStringLiteral("directory-addresses.csv"));
        test::writeFile(houses, "Straße;Hausnummer;PLZ;Lat;Lon\nNiederwall;23;33602;52.0205;8.5347\n"
                                "Heeper Straße;80;33607;52.0180;8.5560\n");
        QSignalSpy changed(&directory, &InstitutionDirectory::gazetteerChanged);
        directory.setStoreLocation(m_store + QStringLiteral("?")); // any change of store re-checks
        directory.setStoreLocation(m_store);
        QVERIFY(changed.count() >= 1);
        QVERIFY(directory.hasGazetteer());
        QVariantMap found = directory.findAddress(QStringLiteral("heeper str 80"));
        QVariantList matches = found.value(QStringLiteral("matches")).toList();
        QCOMPARE(matches.size(), 1);
        QVariantMap first = matches.first().toMap();
        QVERIFY(first.value(QStringLiteral("exact")).toBool());
        QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("Heeper Straße 80, 33607"));
        const QGeoCoordinate heeper(first.value(QStringLiteral("latitude")).toDouble(),
                                    first.value(QStringLiteral("longitude")).toDouble());
        directory.useAddress(first.value(QStringLiteral("label")).toString(), heeper);
        QCOMPARE(directory.nearLabel(), QStringLiteral("Heeper Straße 80, 33607"));
        // Nearest first from there.
        double previous = 0;
        for (int row = 0; row < directory.results()->rowCount(); ++row) {
            const QString id = directory.results()->data(directory.results()->index(row), ResultModel::IdRole).toString();
            const QVariantMap info = directory.institution(id);
            const QGeoCoordinate at = info.value(QStringLiteral("coordinate")).value<QGeoCoordinate>();
            const double metres = heeper.distanceTo(at);
            QVERIFY2(metres + 1.0 >= previous, qPrintable(id));
            previous = metres;
        }
        // A point chosen on the map is no address.
        directory.setNearPoint(QGeoCoordinate(52.03, 8.53));
        QCOMPARE(directory.nearLabel(), QString());

        // Not there: the closest ones, none exact.
        found = directory.findAddress(QStringLiteral("Niderwall 21"));
        matches = found.value(QStringLiteral("matches")).toList();
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("Niederwall 23, 33602"));
        QVERIFY(!matches.first().toMap().value(QStringLiteral("exact")).toBool());

        // A gazetteer that cannot be read says so; the directory keeps working.
        directory.setGazetteerLocation(m_dir.filePath(QStringLiteral("fehlt.csv")));
        QVERIFY(directory.findAddress(QStringLiteral("Niederwall 23")).value(QStringLiteral("error")).toString().contains(QStringLiteral("fehlt.csv")));
        QVERIFY(directory.matchingCount() > 0);
        QFile::remove(houses);
    }

    void theStoresOwnAddressesAreFoundWithoutOptions()
    {
        const QString store = m_dir.filePath(QStringLiteral("with-addresses.gpkg"));
        QFile::remove(store);
        QVERIFY(QFile::copy(m_store, store));
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        QVERIFY(!directory.hasGazetteer());
        addresses::Description about;
        about.source = QStringLiteral("bielefeld.osm.pbf");
        about.kind = QStringLiteral("openstreetmap");
        about.dataDate = QStringLiteral("2026-11-30");
        addresses::replace(store,
                           {{{QStringLiteral("Niederwall"), QStringLiteral("25"), QStringLiteral("33602"), QStringLiteral("Bielefeld")},
                             {52.0205, 8.5340}, QStringLiteral("node/1")},
                            {{QStringLiteral("Heeper Straße"), QStringLiteral("80"), QStringLiteral("33607"), QStringLiteral("Bielefeld")},
                             {52.0180, 8.5560}, QStringLiteral("way/2")}},
                           about);
        QSignalSpy changed(&directory, &InstitutionDirectory::gazetteerChanged);
        QVERIFY(directory.load()); // as after an import or a download
        QCOMPARE(changed.count(), 1);
        QVERIFY(directory.hasGazetteer());
        const QVariantList matches =
            directory.findAddress(QStringLiteral("Heeper Str. 80")).value(QStringLiteral("matches")).toList();
        QCOMPARE(matches.size(), 1);
        const QVariantMap first = matches.first().toMap();
        QVERIFY(first.value(QStringLiteral("exact")).toBool());
        QCOMPARE(first.value(QStringLiteral("latitude")).toDouble(), 52.0180);
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("bielefeld.osm.pbf"));
        // Replaced in the store: the next load reads it again.
        addresses::replace(store,
                           {{{QStringLiteral("Niederwall"), QStringLiteral("25"), QStringLiteral("33602"), QStringLiteral("Bielefeld")},
                             {52.0206, 8.5341}, QStringLiteral("node/1")}},
                           about);
        QVERIFY(directory.load());
        QVERIFY(directory.findAddress(QStringLiteral("Heeper Straße 80")).value(QStringLiteral("matches")).toList().value(0).toMap().value(QStringLiteral("exact")).toBool() == false);
        QCOMPARE(directory.findAddress(QStringLiteral("Niederwall 25")).value(QStringLiteral("matches")).toList().value(0).toMap().value(QStringLiteral("latitude")).toDouble(), 52.0206);
    }

    void anAddressListImportedInTheAppBecomesTheGazetteer()
    {
        const QString store = m_dir.filePath(QStringLiteral("address-import.gpkg"));
        QFile::remove(store);
        QVERIFY(QFile::copy(m_store, store));
        QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        QVERIFY(!directory.hasGazetteer());
        DataExchange exchange;
        exchange.setDirectory(&directory);
        // As published: abbreviated columns, the suffix apart, UTM 32 without a CRS.
        const QString list = m_dir.filePath(QStringLiteral("hk.csv"));
        test::writeFile(list, "STN;HNR;ADZ;PLZ;ONM;EAST;NORTH\n"
                              "Niederwall;25;a;33602;Bielefeld;467940,250;5764270,900\n"
                              "Niederwall;27;;33602;Bielefeld;467950,000;5764280,000\n");
        const QVariantMap checked = exchange.check(QUrl::fromLocalFile(list), QStringLiteral("addresses"));
        QVERIFY2(checked.value(QStringLiteral("ok")).toBool(), qPrintable(checked.value(QStringLiteral("report")).toString()));
        QVERIFY(!directory.hasGazetteer()); // a check writes nothing
        const QVariantMap done = exchange.importFile(QUrl::fromLocalFile(list), QStringLiteral("addresses"));
        QVERIFY2(done.value(QStringLiteral("written")).toBool(), qPrintable(done.value(QStringLiteral("report")).toString()));
        QVERIFY(done.value(QStringLiteral("report")).toString().contains(QStringLiteral("EPSG:25832")));
        QCOMPARE(done.value(QStringLiteral("added")).toInt(), 2);
        QVERIFY(directory.hasGazetteer()); // the store was loaded again
        const QVariantList matches =
            directory.findAddress(QStringLiteral("Niederwall 25a Bielefeld")).value(QStringLiteral("matches")).toList();
        QCOMPARE(matches.size(), 1);
        QVERIFY(matches.first().toMap().value(QStringLiteral("exact")).toBool());
        QCOMPARE(matches.first().toMap().value(QStringLiteral("source")).toString(), QStringLiteral("hk.csv"));
        // A broken list changes nothing.
        test::writeFile(list, "STN;EAST\nNiederwall;1\n");
        const QVariantMap refused = exchange.importFile(QUrl::fromLocalFile(list), QStringLiteral("addresses"));
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        QVERIFY(directory.findAddress(QStringLiteral("Niederwall 27")).value(QStringLiteral("matches")).toList().value(0).toMap().value(QStringLiteral("exact")).toBool());
    }

    void loadsTheStore()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        QVERIFY(directory.load());
        QVERIFY(directory.errorMessage().isEmpty());
        QCOMPARE(directory.institutionCount(), m_seed.size());
        QCOMPARE(directory.matchingCount(), m_seed.size());
        QCOMPARE(directory.results()->rowCount(), m_seed.size());
        QVERIFY(directory.dataNote().contains(QStringLiteral("Demo")));
        // No markers until a view says what it shows (else: one per institution).
        QCOMPARE(directory.markers()->rowCount(), 0);
        // Over the whole city at the map's highest zoom, several institutions
        // still share the Neues Rathaus: fewer markers than institutions.
        directory.markers()->setViewport(52.12, 8.38, 51.91, 8.66, directory.maximumZoom());
        QVERIFY(directory.markers()->rowCount() > 0);
        QVERIFY(directory.markers()->rowCount() < m_seed.size());
    }

    // The bundled demo's note is said in the UI's language, like the rest of
    // the window; a note the coordinator wrote is shown as written.
    void theDemoDataNoteIsSaidInTheUiLanguage()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        directory.setLanguage(QStringLiteral("en"));
        QVERIFY(directory.load());
        const QString english = directory.dataNote();
        QVERIFY(english.startsWith(QStringLiteral("Demo data:")));
        QSignalSpy changed(&directory, &InstitutionDirectory::dataNoteChanged);
        directory.setLanguage(QStringLiteral("de"));
        QCOMPARE(changed.count(), 1);
        QVERIFY2(directory.dataNote().startsWith(QStringLiteral("Demodaten:")), qPrintable(directory.dataNote()));
        directory.setLanguage(QStringLiteral("ar"));
        QVERIFY(!directory.dataNote().isEmpty());
        QVERIFY(directory.dataNote() != english);

        const QString own = m_dir.filePath(QStringLiteral("own-note.gpkg"));
        {
            const auto store = InstitutionStore::create(own);
            store->replaceInstitutions(m_seed);
            store->setMetadata(QStringLiteral("data_note"), QStringLiteral("Stand: Liste des Integrationsrats"));
        }
        directory.setStoreLocation(own);
        QVERIFY(directory.load());
        QCOMPARE(directory.dataNote(), QStringLiteral("Stand: Liste des Integrationsrats"));
        directory.setLanguage(QStringLiteral("de"));
        QCOMPARE(directory.dataNote(), QStringLiteral("Stand: Liste des Integrationsrats"));
    }

    void togglingAFocusAreaChangesResultsMarkersAndCounts()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        directory.load();
        QAbstractItemModelTester resultsTester(directory.results());
        QAbstractItemModelTester markersTester(directory.markers());
        QAbstractItemModelTester areasTester(directory.focusAreas());
        QSignalSpy resultResets(directory.results(), &QAbstractItemModel::modelReset);
        QSignalSpy markerResets(directory.markers(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(directory.results(), &QAbstractItemModel::rowsRemoved);
        directory.markers()->setViewport(52.12, 8.38, 51.91, 8.66, 14);
        const int markersBefore = directory.markers()->rowCount();

        directory.toggleFocusArea(QStringLiteral("language_courses"));
        const int expected = expectedMatches({QStringLiteral("language_courses")});
        QVERIFY(expected > 0 && expected < m_seed.size());
        QCOMPARE(directory.matchingCount(), expected);
        QCOMPARE(directory.results()->rowCount(), expected);
        QVERIFY(directory.markers()->rowCount() < markersBefore);
        QCOMPARE(directory.focusFilter(), QStringList{QStringLiteral("language_courses")});
        QVERIFY(!removed.isEmpty());
        for (int row = 0; row < directory.results()->rowCount(); ++row) {
            // Each listed institution shows the colour of the chosen area.
            QCOMPARE(directory.results()->index(row).data(ResultModel::ColourRole).toString(),
                     QStringLiteral("#c62828"));
        }

        // The count beside each area does not fall to zero when another is chosen.
        const QModelIndex counselling = directory.focusAreas()->index(2);
        QCOMPARE(counselling.data(FocusAreaModel::IdRole).toString(),
                 QStringLiteral("counselling"));
        QCOMPARE(counselling.data(FocusAreaModel::CountRole).toInt(),
                 expectedMatches({QStringLiteral("counselling")}));
        QCOMPARE(counselling.data(FocusAreaModel::SelectedRole).toBool(), false);

        directory.toggleFocusArea(QStringLiteral("counselling"));
        QCOMPARE(directory.matchingCount(), expectedMatches({QStringLiteral("language_courses"),
                                                             QStringLiteral("counselling")}));
        directory.clearFilter();
        QCOMPARE(directory.matchingCount(), m_seed.size());
        QCOMPARE(directory.markers()->rowCount(), markersBefore);
        QCOMPARE(resultResets.count(), 0);
        QCOMPARE(markerResets.count(), 0);
    }

    void resultsAreInGermanAlphabeticalOrder()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        directory.load();
        QStringList names;
        for (int row = 0; row < directory.results()->rowCount(); ++row)
            names.append(directory.results()->index(row).data(ResultModel::NameRole).toString());
        const auto before = [&](const char *a, const char *b) {
            const qsizetype i = names.indexOf(QString::fromUtf8(a)),
                            j = names.indexOf(QString::fromUtf8(b));
            QVERIFY2(i >= 0 && j >= 0, a);
            QVERIFY2(i < j, qPrintable(QStringLiteral("%1 should come before %2")
                                           .arg(QString::fromUtf8(a), QString::fromUtf8(b))));
        };
        QCOMPARE(names.first(), QStringLiteral("Agentur für Arbeit Bielefeld"));
        // Umlauts sort as their base letter (a code-point sort puts "Jü" after "Jug")...
        before("Jüdische Kultusgemeinde Beit Tikwa", "Jugendzentrum Kamp");
        // ...and case does not count (a code-point sort puts "pro familia" after every capital).
        before("Polizeipräsidium Bielefeld – Kriminalprävention und Opferschutz",
               "pro familia Bielefeld");
        before("pro familia Bielefeld", "Stadtbibliothek Bielefeld");
    }

    void markersOnlyForTheViewport()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        directory.load();
        QAbstractItemModelTester tester(directory.markers());
        QSignalSpy resets(directory.markers(), &QAbstractItemModel::modelReset);
        // A small box around Sennestadt holds one place only.
        directory.markers()->setViewport(51.947, 8.583, 51.941, 8.591);
        QCOMPARE(directory.markers()->rowCount(), 1);
        const QModelIndex marker = directory.markers()->index(0);
        QCOMPARE(marker.data(MarkerModel::InstitutionIdsRole).toStringList(),
                 QStringList{QStringLiteral("bi-035")});
        // Around the Neues Rathaus several institutions share one marker.
        directory.markers()->setViewport(52.0202, 8.5335, 52.0195, 8.5344);
        const int row = directory.markers()->rowOfInstitution(QStringLiteral("bi-001"));
        QVERIFY(row >= 0);
        const QModelIndex townHall = directory.markers()->index(row);
        QVERIFY(townHall.data(MarkerModel::CountRole).toInt() >= 4);
        QVERIFY(townHall.data(MarkerModel::InstitutionIdsRole)
                    .toStringList()
                    .contains(QStringLiteral("bi-002")));
        QCOMPARE(resets.count(), 0);
    }

    void aLargeDirectoryFiltersAndClusters()
    {
        // 3,000 synthetic institutions over North Rhine-Westphalia: a filter
        // changes the list in many scattered places, and the map clusters.
        const QString store = m_dir.filePath(QStringLiteral("synthetic.gpkg"));
        const auto records = synthetic::institutions(
            3000, 7, Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json"))));
        InstitutionStore::create(store)->replaceInstitutions(records);
        InstitutionDirectory directory;
        directory.setStoreLocation(store);
        QVERIFY(directory.load());
        QAbstractItemModelTester resultsTester(directory.results());
        QAbstractItemModelTester markersTester(directory.markers());
        QSignalSpy markerResets(directory.markers(), &QAbstractItemModel::modelReset);
        directory.markers()->setViewport(52.6, 5.8, 50.3, 9.5, 7); // all of NRW
        const int markersAll = directory.markers()->rowCount();
        QVERIFY(markersAll > 10 && markersAll < 300);

        for (const QString &area : {QStringLiteral("language_courses"), QStringLiteral("health")}) {
            directory.setFocusFilter({area});
            Filter filter;
            filter.focusAreas = {area};
            QList<QString> expected;
            for (const Institution &i : records) {
                if (filter.matches(i))
                    expected.append(i.id);
            }
            QCOMPARE(directory.matchingCount(), int(expected.size()));
            QCOMPARE(directory.results()->rowCount(), int(expected.size()));
            QSet<QString> listed;
            for (int row = 0; row < directory.results()->rowCount(); ++row)
                listed.insert(directory.results()->idAt(row));
            QCOMPARE(listed, QSet<QString>(expected.cbegin(), expected.cend()));
            // The markers hold every matching institution once, and only those.
            int onMap = 0;
            for (int row = 0; row < directory.markers()->rowCount(); ++row) {
                const QStringList ids = directory.markers()->institutionIds(row, 100000);
                onMap += int(ids.size());
                for (const QString &id : ids)
                    QVERIFY(listed.contains(id));
            }
            QCOMPARE(onMap, int(expected.size()));
        }
        directory.clearFilter();
        QCOMPARE(directory.results()->rowCount(), directory.matchingCount());
        QCOMPARE(directory.markers()->rowCount(), markersAll);
        QCOMPARE(markerResets.count(), 0);
    }

    void theCardSaysWhatIsNotKnown()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        directory.setLanguage(QStringLiteral("de"));
        directory.load();
        const QVariantMap card = directory.institution(QStringLiteral("bi-001"));
        QCOMPARE(card.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Bürgeramt – Kommunale Ausländerbehörde"));
        QCOMPARE(card.value(QStringLiteral("address")).toString(),
                 QStringLiteral("Niederwall 23, 33602 Bielefeld"));
        QVERIFY(card.value(QStringLiteral("positionEstimated")).toBool());
        QVERIFY(card.value(QStringLiteral("lastVerified")).toString().isEmpty());
        const QVariantList services = card.value(QStringLiteral("services")).toList();
        QCOMPARE(services.size(), 1);
        const QVariantList areas =
            services.first().toMap().value(QStringLiteral("focusAreas")).toList();
        QCOMPARE(areas.first().toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Ausländerbehörde"));
        // The other institutions in the Neues Rathaus are offered from the card.
        QVERIFY(card.value(QStringLiteral("samePlace")).toList().size() >= 3);
        QVERIFY(directory.institution(QStringLiteral("no-such-id")).isEmpty());
    }

    void selectionFollowsTheFilter()
    {
        InstitutionDirectory directory;
        directory.setStoreLocation(m_store);
        directory.load();
        directory.setSelectedId(QStringLiteral("bi-001"));
        QCOMPARE(directory.results()->rowOf(QStringLiteral("bi-001")) >= 0, true);
        directory.toggleFocusArea(QStringLiteral("immigration_office"));
        QCOMPARE(directory.selectedId(), QStringLiteral("bi-001")); // still matches
        directory.setFocusFilter({QStringLiteral("youth_work")});
        QVERIFY(directory.selectedId().isEmpty()); // filtered away: the card closes
    }

    void aBrokenStoreLeavesTheAppRunning_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("corrupt") << QStringLiteral("corrupt.gpkg") << QByteArray("not a database")
                                 << QStringLiteral("cannot be read");
        QTest::newRow("missing") << QStringLiteral("missing.gpkg") << QByteArray()
                                 << QStringLiteral("No institution store");
    }

    void aBrokenStoreLeavesTheAppRunning()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(file);
        if (!content.isEmpty())
            test::writeFile(path, content);
        InstitutionDirectory directory;
        directory.setStoreLocation(path);
        QVERIFY(!directory.load());
        QVERIFY2(directory.errorMessage().contains(message), qPrintable(directory.errorMessage()));
        QVERIFY(directory.errorMessage().contains(path));
        QCOMPARE(directory.institutionCount(), 0);
        QCOMPARE(directory.results()->rowCount(), 0);
        QCOMPARE(directory.markers()->rowCount(), 0);
        QCOMPARE(directory.focusAreas()->rowCount(), 16); // the taxonomy is still there
        if (content.isEmpty())
            QVERIFY(!QFile::exists(path)); // an explicitly named store is never created
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
