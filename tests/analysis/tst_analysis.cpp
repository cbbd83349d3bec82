#include "bundleddata.h"
#include "coverage.h"
#include "geodesy.h"
#include "handout.h"
#include "institutionstore.h"
#include "overlaps.h"
#include "stadtplanprint.h"
#include "taxonomy.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <gdal_priv.h>
#include <numbers>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

using namespace stadtplan;

namespace {

// Positions are constructed in ETRS89 / UTM 32N (metres) and handed to the
// code in WGS84; the expected figures are computed here in UTM by sampling,
// without GEOS.
class Utm
{
public:
    Utm()
    {
        m_utm.importFromEPSG(25832);
        m_utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_wgs84.importFromEPSG(4326);
        m_wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_toWgs84.reset(OGRCreateCoordinateTransformation(&m_utm, &m_wgs84));
    }
    GeoPoint toGeo(double x, double y) const
    {
        m_toWgs84->Transform(1, &x, &y);
        return {y, x};
    }
    Area square(const QString &id, double x0, double y0, double side,
                std::optional<qint64> population) const
    {
        Area a;
        a.id = id;
        a.name = QStringLiteral("Bezirk ") + id;
        a.kind = QStringLiteral("district");
        a.population = population;
        // Densified edges, so the square stays a square after projection.
        Area::Ring ring;
        const int steps = 50;
        const auto edge = [&](double ax, double ay, double bx, double by) {
            for (int i = 0; i < steps; ++i)
                ring.append(toGeo(ax + (bx - ax) * i / steps, ay + (by - ay) * i / steps));
        };
        edge(x0, y0, x0 + side, y0);
        edge(x0 + side, y0, x0 + side, y0 + side);
        edge(x0 + side, y0 + side, x0, y0 + side);
        edge(x0, y0 + side, x0, y0);
        ring.append(ring.first());
        a.polygons = {{ring}};
        return a;
    }

private:
    OGRSpatialReference m_utm, m_wgs84;
    std::unique_ptr<OGRCoordinateTransformation> m_toWgs84;
};

Institution offering(const QString &id, const GeoPoint &at, const QStringList &focus,
                     const QStringList &targetGroups = {}, const QString &hours = {})
{
    Institution i;
    i.id = id;
    i.name = QStringLiteral("Einrichtung ") + id;
    i.position = at;
    i.positionSource = PositionSource::Surveyed;
    i.address = {QStringLiteral("Teststraße"), id, QStringLiteral("33602"),
                 QStringLiteral("Bielefeld")};
    Service s;
    s.id = id + QStringLiteral("-1");
    s.name = QStringLiteral("Angebot");
    s.focusAreas = focus;
    s.targetGroups = targetGroups;
    s.openingHours = hours;
    i.services = {s};
    return i;
}

// Share of the square [x0, x0+side]² farther than `d` from every point, by
// sampling a fine grid of cell centres.
double sampledUncovered(double x0, double y0, double side, const QList<QPointF> &services, double d)
{
    const int n = 400;
    int far = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double x = x0 + (i + 0.5) * side / n, y = y0 + (j + 0.5) * side / n;
            bool reached = false;
            for (const QPointF &s : services)
                reached = reached || std::hypot(x - s.x(), y - s.y()) <= d;
            far += reached ? 0 : 1;
        }
    }
    return double(far) / (n * n);
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Utm m_utm;

private Q_SLOTS:
    void coverageCountsServicesAndTheUncoveredShare()
    {
        // Two 2 km squares side by side near Bielefeld (UTM 32N).
        const double x0 = 466000, y0 = 5763000, side = 2000;
        const QList<Area> areas{
            m_utm.square(QStringLiteral("a"), x0, y0, side, 5000),
            m_utm.square(QStringLiteral("b"), x0 + side, y0, side, std::nullopt)};
        const QList<Institution> institutions{
            // In A's centre: counts for A.
            offering(QStringLiteral("centre"), m_utm.toGeo(x0 + 1000, y0 + 1000),
                     {QStringLiteral("language_courses")}),
            // Also in A, for refugees only.
            offering(QStringLiteral("refugees"), m_utm.toGeo(x0 + 300, y0 + 1700),
                     {QStringLiteral("language_courses")}, {QStringLiteral("refugees")}),
            // Just outside B's north-east corner: counts for no area, reaches into B.
            offering(QStringLiteral("corner"), m_utm.toGeo(x0 + 2 * side + 1, y0 + side + 1),
                     {QStringLiteral("language_courses")}),
            // Another focus area in B: does not count.
            offering(QStringLiteral("other"), m_utm.toGeo(x0 + side + 1000, y0 + 1000),
                     {QStringLiteral("counselling")}),
        };
        CoverageOptions options;
        options.focus = QStringLiteral("language_courses");
        const CoverageReport all = computeCoverage(institutions, areas, options);
        QCOMPARE(all.servicesConsidered, 3);
        QCOMPARE(all.areas.size(), 2);
        const AreaCoverage &a = all.areas[0], &b = all.areas[1];
        QCOMPARE(a.services, 2);
        QCOMPARE(b.services, 0);
        QVERIFY(a.perTenThousand && qFuzzyCompare(*a.perTenThousand, 4.0)); // 2 per 5,000
        QVERIFY(!b.perTenThousand && !b.uncoveredPeople);
        QVERIFY(std::abs(a.squareKilometres - 4.0) < 0.001);

        const QList<QPointF> servicesA{
            {x0 + 1000, y0 + 1000}, {x0 + 300, y0 + 1700}, {x0 + 2 * side + 1, y0 + side + 1}};
        const double expectedA = sampledUncovered(x0, y0, side, servicesA, 1000);
        const double expectedB = sampledUncovered(x0 + side, y0, side, servicesA, 1000);
        QVERIFY2(std::abs(a.uncoveredShare - expectedA) < 0.005,
                 qPrintable(QStringLiteral("%1 vs %2").arg(a.uncoveredShare).arg(expectedA)));
        QVERIFY2(std::abs(b.uncoveredShare - expectedB) < 0.005,
                 qPrintable(QStringLiteral("%1 vs %2").arg(b.uncoveredShare).arg(expectedB)));
        QVERIFY(a.uncoveredPeople && std::abs(*a.uncoveredPeople - expectedA * 5000) < 30);

        // For women only: the refugees-only course drops out, the others are for everyone.
        options.targetGroup = QStringLiteral("women");
        const CoverageReport women = computeCoverage(institutions, areas, options);
        QCOMPARE(women.areas[0].services, 1);
        const double womenA = sampledUncovered(
            x0, y0, side, {{x0 + 1000, y0 + 1000}, {x0 + 2 * side + 1, y0 + side + 1}}, 1000);
        QVERIFY(std::abs(women.areas[0].uncoveredShare - womenA) < 0.005);
        // The circle in A's centre touches its edges: 1 - pi/4 of A is farther.
        QVERIFY(std::abs(women.areas[0].uncoveredShare - (1 - std::numbers::pi / 4)) < 0.005);

        // An inactive service does not count; a farther distance covers more.
        QList<Institution> closed = institutions;
        closed[0].services[0].status = ServiceStatus::Inactive;
        QCOMPARE(computeCoverage(closed, areas, options).areas[0].services, 0);
        options.targetGroup.clear();
        options.distanceMetres = 3000;
        QCOMPARE(computeCoverage(institutions, areas, options).areas[0].uncoveredShare, 0.0);

        // Written as CSV and as a GeoPackage layer.
        writeCoverage(all, areas, m_dir.filePath(QStringLiteral("coverage.csv")));
        QFile csv(m_dir.filePath(QStringLiteral("coverage.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith(QStringLiteral("a,Bezirk a,5000,2,4.00,4.000,")));
        const QString gpkg = m_dir.filePath(QStringLiteral("coverage.gpkg"));
        writeCoverage(all, areas, gpkg);
        GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds && ds->GetLayerByName("coverage"));
        QCOMPARE(ds->GetLayerByName("coverage")->GetFeatureCount(), 2);

        options.metricCrs = QStringLiteral("EPSG:4326");
        QVERIFY_THROWS_EXCEPTION(AnalysisError, computeCoverage(institutions, areas, options));
    }

    void overlapsAreFoundAndNotFound()
    {
        const double x = 467000, y = 5764000;
        const QString lang = QStringLiteral("language_courses");
        const QStringList refugees{QStringLiteral("refugees")};
        const QList<Institution> institutions{
            offering(QStringLiteral("s1"), m_utm.toGeo(x, y), {lang}, refugees,
                     QStringLiteral("Mo-Fr 09:00-12:00")),
            // 200 m away, same people, open Monday 10-11 too: overlaps s1.
            offering(QStringLiteral("s2"), m_utm.toGeo(x + 200, y), {lang},
                     {QStringLiteral("refugees"), QStringLiteral("women")},
                     QStringLiteral("Mo 10:00-11:00")),
            // 2 km away: too far.
            offering(QStringLiteral("far"), m_utm.toGeo(x + 2000, y), {lang}, refugees,
                     QStringLiteral("Mo-Fr 09:00-12:00")),
            // Near, but for other people.
            offering(QStringLiteral("others"), m_utm.toGeo(x, y + 150), {lang},
                     {QStringLiteral("eu_citizens")}, QStringLiteral("Mo-Fr 09:00-12:00")),
            // Near, same people, but only on Saturdays: complements s1.
            offering(QStringLiteral("saturday"), m_utm.toGeo(x - 150, y), {lang}, refugees,
                     QStringLiteral("Sa 10:00-12:00")),
            // Near, no hours known and for everyone: joins the group.
            offering(QStringLiteral("unknown"), m_utm.toGeo(x, y - 300), {lang}),
            // Near, but another focus area.
            offering(QStringLiteral("counsel"), m_utm.toGeo(x + 50, y),
                     {QStringLiteral("counselling")}, refugees,
                     QStringLiteral("Mo-Fr 09:00-12:00")),
        };
        OverlapOptions options;
        options.distanceMetres = 500;
        QList<OverlapGroup> groups = findOverlaps(institutions, {}, options);
        // "unknown" is for everyone at unknown hours: it overlaps every nearby
        // language course, so they form one group through it, while "far"
        // and "counsel" stay out.
        QCOMPARE(groups.size(), 1);
        QStringList members = groups[0].institutionIds;
        members.sort();
        QCOMPARE(members,
                 (QStringList{QStringLiteral("others"), QStringLiteral("s1"), QStringLiteral("s2"),
                              QStringLiteral("saturday"), QStringLiteral("unknown")}));
        QCOMPARE(groups[0].focus, lang);
        QVERIFY(
            groups[0].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("hours not known")));

        // Without the everyone-service: only s1 and s2, open together on Monday 10-11.
        QList<Institution> known = institutions;
        known.removeAt(5);
        groups = findOverlaps(known, {}, options);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].institutionIds,
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(groups[0].targetGroups, refugees);
        QVERIFY2(
            groups[0].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("Mo 10:00-11:00")),
            qPrintable(groups[0].reasons.join(QLatin1Char('|'))));
        QVERIFY(std::abs(groups[0].largestDistanceMetres - 200) < 1);

        // The far one joins when both lie in the same area.
        const Area district = m_utm.square(QStringLiteral("d"), x - 1000, y - 1000, 4000, 20000);
        groups = findOverlaps(known, {district}, options);
        QCOMPARE(groups.size(), 1);
        QVERIFY(groups[0].institutionIds.contains(QStringLiteral("far")));
        QCOMPARE(groups[0].areaName, district.name);
        options.sameAreaCounts = false;
        QVERIFY(!findOverlaps(known, {district}, options)[0].institutionIds.contains(
            QStringLiteral("far")));
    }

    void likelyDuplicatesFollowTheImportersRule()
    {
        const double x = 467000, y = 5764000;
        Institution a =
            offering(QStringLiteral("a"), m_utm.toGeo(x, y), {QStringLiteral("counselling")});
        a.name = QStringLiteral("AWO Migrationsberatung e.V.");
        Institution sameAddress = a;
        sameAddress.id = QStringLiteral("a2");
        sameAddress.name = QStringLiteral("AWO Migrationsberatung");
        sameAddress.position = m_utm.toGeo(x + 300, y); // mis-placed, but same name and address
        Institution near = a;
        near.id = QStringLiteral("near");
        near.name = QStringLiteral("AWO Migrationsberatungen");
        near.address.houseNumber = QStringLiteral("99");
        near.position = m_utm.toGeo(x + 10, y);
        Institution other = a;
        other.id = QStringLiteral("other");
        other.name = QStringLiteral("Jugendzentrum Kamp");
        other.address.houseNumber = QStringLiteral("7");
        other.position = m_utm.toGeo(x + 5, y);
        const QList<DuplicatePair> pairs = findDuplicates({a, sameAddress, near, other});
        QStringList found;
        for (const DuplicatePair &p : pairs)
            found.append(p.firstId + QLatin1Char('+') + p.secondId);
        found.sort();
        // a2 lies 290 m from "near" at another address: not a pair; "other" has another name.
        QCOMPARE(found, (QStringList{QStringLiteral("a+a2"), QStringLiteral("a+near")}));
    }

    void printsEveryInstitutionWithItsNumberAndGridCell()
    {
        const Taxonomy taxonomy =
            Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        const double x = 466000, y = 5762000;
        QList<Institution> institutions;
        const QStringList focus{QStringLiteral("counselling"), QStringLiteral("language_courses"),
                                QStringLiteral("youth_work")};
        for (int i = 0; i < 24; ++i) {
            Institution inst = offering(
                QStringLiteral("p%1").arg(i),
                m_utm.toGeo(x + (i % 6) * 900 + (i * 37 % 100), y + (i / 6) * 1100), {focus[i % 3]},
                {}, i % 2 ? QStringLiteral("Mo-Fr 09:00-12:00") : QString());
            inst.name = QStringLiteral("Beratungsstelle Nr. %1").arg(i);
            inst.services[0].contact.phone = QStringLiteral("+49 521 %1").arg(1000 + i);
            institutions.append(inst);
        }
        institutions[5].name = QStringLiteral("مركز الإرشاد"); // right to left
        const QString store = m_dir.filePath(QStringLiteral("print.gpkg"));
        InstitutionStore::create(store)->replaceInstitutions(institutions);
        StadtplanOptions options;
        options.output = m_dir.filePath(QStringLiteral("stadtplan.pdf"));
        options.paper = QPageSize::A4;
        options.title = QStringLiteral("Stadtplan Teststadt");
        options.dataNote = QStringLiteral("Testdaten");
        const StadtplanResult result = printStadtplan(store, institutions, {}, taxonomy, options);
        QCOMPARE(result.institutions.size(), 24);
        QVERIFY(result.pages >= 2);

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("the PDF's text is not checked: pdftotext (poppler-utils) is not installed; "
                  "see scripts/packages.txt");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), options.output,
                            QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Stadtplan Teststadt")));
        QVERIFY(text.contains(QStringLiteral("Testdaten")));
        // The right-to-left name comes back in reading order; pdftotext gives
        // Arabic in its shaped presentation forms, which NFKC folds back.
        QString folded = text.normalized(QString::NormalizationForm_KC);
        folded.remove(QChar(0x202B)).remove(QChar(0x202C)).remove(QChar(0x202A));
        QVERIFY(folded.contains(
            QStringLiteral("مركز الإرشاد").normalized(QString::NormalizationForm_KC)));
        for (const PrintedInstitution &printed : result.institutions) {
            // The directory line: number, grid cell, name.
            const QString line =
                QStringLiteral("%1  %2  %3").arg(printed.number).arg(printed.cell, printed.name);
            const QRegularExpression pattern(
                QStringLiteral("(^|\\n)%1\\s+%2\\s+").arg(printed.number).arg(printed.cell));
            QVERIFY2(pattern.match(text).hasMatch(), qPrintable(line));
            QVERIFY(folded.contains(printed.name.normalized(QString::NormalizationForm_KC)));
        }

        // Each marker's number on the map page lies in the grid cell the directory names.
        QProcess bbox;
        bbox.start(pdftotext, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), QStringLiteral("-bbox"), options.output,
                               QStringLiteral("-")});
        QVERIFY(bbox.waitForFinished(60000) && bbox.exitCode() == 0);
        const QString html = QString::fromUtf8(bbox.readAllStandardOutput());
        const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                           "yMax=\"([\\d.]+)\">(\\d+)</word>"));
        QHash<int, QPointF> numbers; // inside the map frame only (grid labels lie outside it)
        const double toMm = 25.4 / 72.0;
        const QRectF frame = result.mapFrameMm;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QPointF centre((m.captured(1).toDouble() + m.captured(3).toDouble()) / 2 * toMm,
                                 (m.captured(2).toDouble() + m.captured(4).toDouble()) / 2 * toMm);
            if (frame.contains(centre))
                numbers.insert(m.captured(5).toInt(), centre);
        }
        QCOMPARE(numbers.size(), 24);
        for (const PrintedInstitution &printed : result.institutions) {
            const QPointF at = numbers.value(printed.number);
            const int column = int((at.x() - frame.left()) / (frame.width() / result.grid.columns));
            const int row = int((at.y() - frame.top()) / (frame.height() / result.grid.rows));
            QCOMPARE(result.grid.cellName(column, row), printed.cell);
            QVERIFY(QLineF(at, printed.markerMm).length() < 1.0);
        }

        // An unknown area is an error naming it; nothing is written.
        options.area = QStringLiteral("Nirgendwo");
        options.output = m_dir.filePath(QStringLiteral("none.pdf"));
        QVERIFY_THROWS_EXCEPTION(AnalysisError,
                                 printStadtplan(store, institutions, {}, taxonomy, options));
        QVERIFY(!QFile::exists(options.output));
    }

    void handoutInGermanAndTheClientsLanguage()
    {
        const Taxonomy taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        const double x = 466000, y = 5762000;
        const GeoPoint client = m_utm.toGeo(x, y);
        QList<Institution> chosen;
        // Chosen far ones first: the handout puts the nearest first.
        for (int i = 0; i < 5; ++i) {
            Institution inst = offering(QStringLiteral("h%1").arg(i), m_utm.toGeo(x + (4 - i) * 700 + 150, y + 90),
                                        {QStringLiteral("counselling")}, {},
                                        i == 2 ? QString() : QStringLiteral("Mo-Fr 09:00-12:00"));
            inst.name = QStringLiteral("Beratungsstelle %1").arg(QChar(u'A' + i));
            inst.address = {QStringLiteral("Teststraße"), QString::number(10 + i), QStringLiteral("33602"),
                            QStringLiteral("Bielefeld")};
            inst.services[0].contact.phone = QStringLiteral("+49 521 55%1").arg(i);
            inst.services[0].languages = {QStringLiteral("de"), QStringLiteral("ar")};
            // One takes walk-ins, one needs an appointment, the rest do not say.
            inst.services[0].appointment = i == 0 ? Appointment::WalkIn : i == 1 ? Appointment::Needed : Appointment::Unknown;
            chosen.append(inst);
        }
        const QString store = m_dir.filePath(QStringLiteral("handout.gpkg"));
        InstitutionStore::create(store)->replaceInstitutions(chosen);
        HandoutOptions options;
        options.output = m_dir.filePath(QStringLiteral("handout.pdf"));
        options.language = QStringLiteral("ar");
        options.from = client;
        options.fromLabel = QStringLiteral("Niederwall 23, 33602");
        options.city = QStringLiteral("Teststadt");
        const HandoutResult result = printHandout(store, chosen, taxonomy, options);
        QCOMPARE(result.pages, 1);
        QCOMPARE(result.institutionIds, (QStringList{QStringLiteral("h4"), QStringLiteral("h3"), QStringLiteral("h2"),
                                                     QStringLiteral("h1"), QStringLiteral("h0")}));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("the handout's text is not checked: pdftotext (poppler-utils) is not installed; "
                  "see scripts/packages.txt");
        const auto run = [&](const QStringList &arguments) {
            QProcess p;
            p.start(pdftotext, arguments);
            [&] { QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0); }();
            // Arabic comes back in presentation forms, which NFKC folds back.
            QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
            return text.remove(QChar(0x202B)).remove(QChar(0x202C)).remove(QChar(0x202A));
        };
        const QString text = run({QStringLiteral("-enc"), QStringLiteral("UTF-8"), options.output, QStringLiteral("-")});
        for (const Institution &i : std::as_const(chosen)) {
            QVERIFY2(text.contains(i.name), qPrintable(i.name));
            QVERIFY2(text.contains(i.address.oneLine()), qPrintable(i.address.oneLine()));
            QVERIFY(text.contains(i.services[0].contact.phone));
            // Distance as printed, from the same geodesic distance.
            const double metres = Geodesy::distanceMetres(client, i.position);
            const QString distance = metres < 1000 ? QStringLiteral("%1 m").arg(qRound(metres / 10) * 10)
                                                   : QStringLiteral("%1 km").arg(QLocale(QLocale::German).toString(metres / 1000.0, 'f', 1));
            QVERIFY2(text.contains(distance), qPrintable(distance));
        }
        // Both languages: German and Arabic labels, and the title in both.
        for (const QString &label : {QStringLiteral("Adresse"), QStringLiteral("Öffnungszeiten"), QStringLiteral("Telefon"),
                                     QStringLiteral("Entfernung"), QStringLiteral("unbekannt")})
            QVERIFY2(text.contains(label), qPrintable(label));
        for (const QString &label : {QStringLiteral("العنوان"), QStringLiteral("أوقات العمل"), QStringLiteral("الهاتف"),
                                     QStringLiteral("المسافة")})
            QVERIFY2(text.contains(label.normalized(QString::NormalizationForm_KC)), qPrintable(label));
        QVERIFY(text.contains(QStringLiteral("العربية").normalized(QString::NormalizationForm_KC))); // languages spoken
        QVERIFY(text.contains(QStringLiteral("Niederwall 23, 33602")));
        // Whether to book first, in both languages, for the two that say it.
        QCOMPARE(text.count(QStringLiteral("Termin")), 3); // the label twice, "ohne Termin" once
        QVERIFY(text.contains(QStringLiteral("nötig")));
        QVERIFY(text.contains(QStringLiteral("ohne Termin")));
        QCOMPARE(text.count(QStringLiteral("الموعد").normalized(QString::NormalizationForm_KC)), 2);

        // The Arabic labels stand on the right, ending at the right margin;
        // the German ones start on the left, on the same lines. (pdftotext
        // gives Arabic glyph by glyph in -bbox mode.)
        const QString html = run({QStringLiteral("-bbox"), options.output, QStringLiteral("-")});
        const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                                     "yMax=\"[\\d.]+\">([^<]+)</word>"));
        const double toMm = 25.4 / 72.0;
        QList<double> germanLines;
        QHash<QString, double> arabicEnd; // line (yMin) -> right end of its Arabic glyphs
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QString line = m.captured(2);
            if (m.captured(4) == u"Adresse") {
                QVERIFY2(std::abs(m.captured(1).toDouble() * toMm - 21) < 2.0, qPrintable(m.captured(1)));
                germanLines.append(line.toDouble());
            }
            const QChar c = m.captured(4).at(0);
            if (c.script() == QChar::Script_Arabic)
                arabicEnd[line] = std::max(arabicEnd.value(line), m.captured(3).toDouble());
        }
        QCOMPARE(germanLines.size(), 5);
        for (const double line : std::as_const(germanLines)) {
            const double end = arabicEnd.value(QString::number(line, 'f', 6), -1);
            QVERIFY2(end > 0, "an Arabic label on the line of the German one");
            QVERIFY2(std::abs(end * toMm - (210 - 14)) < 2.0, qPrintable(QString::number(end * toMm)));
        }

        // Every letter and sign comes from the bundled fonts (Noto Sans, Noto Sans
        // Arabic UI), none from whatever the system has.
        QProcess fontList;
        fontList.start(QFileInfo(pdftotext).dir().filePath(QStringLiteral("pdffonts")), {options.output});
        QVERIFY(fontList.waitForFinished(60000) && fontList.exitCode() == 0);
        const QStringList fontLines =
            QString::fromUtf8(fontList.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        // (A subset's name starts with six letters and a plus.)
        const QRegularExpression bundled(QStringLiteral("^([A-Z]{6}\\+)?(NotoSans|NotoSansArabicUI)-"));
        for (const QString &fontLine : fontLines)
            QVERIFY2(bundled.match(fontLine).hasMatch(), qPrintable(fontLine));

        // A language without translations, or nothing to print: an error, no file.
        options.output = m_dir.filePath(QStringLiteral("none.pdf"));
        options.language = QStringLiteral("xx");
        QVERIFY_THROWS_EXCEPTION(AnalysisError, printHandout(store, chosen, taxonomy, options));
        options.language = QStringLiteral("tr");
        QVERIFY_THROWS_EXCEPTION(AnalysisError, printHandout(store, {}, taxonomy, options));
        QVERIFY(!QFile::exists(options.output));
    }
};

QTEST_MAIN(TestAnalysis)
#include "tst_analysis.moc"
