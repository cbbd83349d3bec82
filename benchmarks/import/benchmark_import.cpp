// Imports a generated CSV of institutions into a fresh GeoPackage with
// stadtplan-import, and the same file with ogr2ogr, in the same run, and
// prints both times and their ratio (goal: at most 1.5). Given another
// build's stadtplan-import (e.g. the commit before a change), it imports the
// same list with that too, in the same runs, for a before/after figure.
//
//   scripts/run benchmark-import [ROWS] [RUNS] [BASELINE_IMPORT_TOOL]

#include "institutionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
qint64 timed(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const qint64 ms = timer.elapsed();
    const QByteArray said = process.readAllStandardOutput();
    if (output)
        *output = said;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (%d): %s\n", qPrintable(program), process.exitCode(),
                     said.right(2000).constData());
        return -1;
    }
    return ms;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 3;
    const QString baselineTool = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    if (ogr2ogr.isEmpty()) {
        std::fprintf(stderr, "ogr2ogr not found (gdal-bin)\n");
        return 1;
    }
    QTemporaryDir dir;

    // Seeded, so every run measures the same list: points spread over Bielefeld.
    QRandomGenerator random(20261124);
    const QStringList focus{QStringLiteral("Beratung"), QStringLiteral("Sprachkurse"),
                            QStringLiteral("Jugendarbeit"), QStringLiteral("Gesundheit")};
    const QString csv = dir.filePath(QStringLiteral("liste.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    // "Termin nötig": a build before the field notes the column and passes it over.
    const QByteArray header = "ID;Name;Straße;Hausnummer;PLZ;Ort;Lat;Lon;Schwerpunkt;E-Mail;Termin nötig\n";
    const QStringList appointment{QStringLiteral("ja"), QStringLiteral("nein"), QStringLiteral("nach Vereinbarung"),
                                  QString()};
    file.write(header);
    for (int k = 0; k < rows; ++k) {
        const double lat = 51.93 + random.bounded(0.17);
        const double lon = 8.40 + random.bounded(0.24);
        file.write(QStringLiteral("%1;Einrichtung %1;Teststraße;%2;336%3;Bielefeld;%4;%5;%6;kontakt%1@example.org;%7\n")
                       .arg(k)
                       .arg(1 + k % 200)
                       .arg(10 + k % 90)
                       .arg(lat, 0, 'f', 6)
                       .arg(lon, 0, 'f', 6)
                       .arg(focus[k % focus.size()])
                       .arg(appointment[k % appointment.size()])
                       .toUtf8());
    }
    file.close();
    const QString emptyCsv = dir.filePath(QStringLiteral("empty.csv"));
    {
        QFile empty(emptyCsv);
        if (!empty.open(QIODevice::WriteOnly) || empty.write(header) < 0)
            return 1;
    }

    QList<qint64> ours, theirs, scale, baseline;
    QStringList steps;                       // the import's own steps, in order
    QHash<QString, QList<qint64>> stepTimes; // step -> ms of each run
    QHash<QString, QList<qint64>> baselineSteps; // the same, of the baseline build
    for (int run = 0; run < runs; ++run) {
        const QString store = dir.filePath(QStringLiteral("store-%1.gpkg").arg(run));
        stadtplan::InstitutionStore::create(store); // an empty store, not timed
        QByteArray report;
        ours.append(timed(QStringLiteral(STADTPLAN_IMPORT_TOOL),
                          {csv, QStringLiteral("--into"), store, QStringLiteral("--report"),
                           QStringLiteral("json")},
                          &report));
        const auto collectSteps = [&](const QByteArray &json, qint64 total, QHash<QString, QList<qint64>> &times) {
            const QJsonObject phases =
                QJsonDocument::fromJson(json).object().value(QStringLiteral("phases_ms")).toObject();
            qint64 inside = 0;
            for (const QJsonValue &step : phases.value(QStringLiteral("order")).toArray()) {
                const qint64 ms =
                    phases.value(QStringLiteral("times")).toObject().value(step.toString()).toInteger();
                if (!steps.contains(step.toString()))
                    steps.append(step.toString());
                times[step.toString()].append(ms);
                inside += ms;
            }
            if (total >= 0)
                times[QStringLiteral("start-up and exit")].append(total - inside);
        };
        collectSteps(report, ours.last(), stepTimes);
        if (!baselineTool.isEmpty()) {
            // An empty store of the baseline's own schema (an older build
            // refuses a newer store), made by it from a list of no records:
            // it says the list is empty and keeps the store it made. Not timed.
            const QString before = dir.filePath(QStringLiteral("before-%1.gpkg").arg(run));
            {
                QProcess create;
                create.start(baselineTool, {emptyCsv, QStringLiteral("--into"), before, QStringLiteral("--create")});
                create.waitForFinished(-1);
                if (!QFile::exists(before)) {
                    std::fprintf(stderr, "%s made no store from an empty list\n", qPrintable(baselineTool));
                    return 1;
                }
            }
            QByteArray beforeReport;
            baseline.append(timed(baselineTool, {csv, QStringLiteral("--into"), before, QStringLiteral("--report"),
                                                 QStringLiteral("json")},
                                  &beforeReport));
            if (baseline.last() < 0)
                return 1;
            collectSteps(beforeReport, baseline.last(), baselineSteps);
        }
        const QString plain = dir.filePath(QStringLiteral("ogr-%1.gpkg").arg(run));
        theirs.append(timed(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("GPKG"), plain, csv,
                                      QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=Lon"),
                                      QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=Lat"),
                                      QStringLiteral("-a_srs"), QStringLiteral("EPSG:4326")}));
        // For scale, not the goal: GDAL writing as many rows as the store
        // holds after the import (institutions, services, change log: three
        // tables of the list's rows), one ogr2ogr run a table.
        const QString three = dir.filePath(QStringLiteral("ogr3-%1.gpkg").arg(run));
        qint64 threeTables = 0;
        for (const char *table : {"institutions", "services", "change_log"}) {
            QStringList arguments{QStringLiteral("-f"), QStringLiteral("GPKG"), three, csv,
                                  QStringLiteral("-nln"), QString::fromLatin1(table)};
            if (qstrcmp(table, "institutions") == 0)
                arguments << QStringLiteral("-oo") << QStringLiteral("X_POSSIBLE_NAMES=Lon")
                          << QStringLiteral("-oo") << QStringLiteral("Y_POSSIBLE_NAMES=Lat")
                          << QStringLiteral("-a_srs") << QStringLiteral("EPSG:4326");
            else
                arguments << QStringLiteral("-update");
            const qint64 ms = timed(ogr2ogr, arguments);
            threeTables = ms < 0 || threeTables < 0 ? -1 : threeTables + ms;
        }
        scale.append(threeTables);
        if (ours.last() < 0 || theirs.last() < 0 || scale.last() < 0)
            return 1;
    }
    const qint64 a = median(ours), b = median(theirs);
    std::printf("Import of a %d-row CSV into a fresh GeoPackage, median of %d runs:\n", rows, runs);
    std::printf("  %-52s %7lld ms\n", "stadtplan-import (mapping, CRS, validation, store)", static_cast<long long>(a));
    std::printf("  %-52s %7lld ms\n", "reference: ogr2ogr -f GPKG (plain copy)", static_cast<long long>(b));
    if (!baseline.isEmpty())
        std::printf("  %-52s %7lld ms  (this build %+.1f %%)\n", "baseline: the other build's stadtplan-import",
                    static_cast<long long>(median(baseline)),
                    100.0 * double(a - median(baseline)) / double(std::max<qint64>(median(baseline), 1)));
    const double ratio = double(a) / double(std::max<qint64>(b, 1));
    std::printf("  %-52s %7.2f x  -> %s (goal: at most 1.5 x)\n", "ratio", ratio, ratio <= 1.5 ? "met" : "NOT met");
    std::printf("  %-52s %7lld ms  (%.2f x; for scale: as many rows as the store writes)\n",
                "ogr2ogr three times, one table each", static_cast<long long>(median(scale)),
                double(a) / double(std::max<qint64>(median(scale), 1)));
    // Where stadtplan-import's time goes (medians of the runs; as the tool reports them).
    std::printf("stadtplan-import by step, median of %d runs%s:\n", runs,
                baseline.isEmpty() ? "" : " (baseline beside it)");
    steps.append(QStringLiteral("start-up and exit"));
    for (const QString &step : std::as_const(steps)) {
        if (!stepTimes.contains(step))
            continue;
        std::printf("  %-52s %7lld ms", qPrintable(step), static_cast<long long>(median(stepTimes.value(step))));
        if (baselineSteps.contains(step))
            std::printf("  %7lld ms", static_cast<long long>(median(baselineSteps.value(step))));
        std::printf("\n");
    }
    return 0;
}
