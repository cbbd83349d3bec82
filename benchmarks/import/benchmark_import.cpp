// Imports a generated CSV of institutions into a fresh GeoPackage with
// stadtplan-import, and the same file with ogr2ogr, in the same run, and
// prints both times and their ratio (goal: at most 1.5).
//
//   scripts/run benchmark-import [ROWS] [RUNS]

#include "institutionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
qint64 timed(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const qint64 ms = timer.elapsed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (%d): %s\n", qPrintable(program), process.exitCode(),
                     process.readAllStandardOutput().right(2000).constData());
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
    file.write("ID;Name;Straße;Hausnummer;PLZ;Ort;Lat;Lon;Schwerpunkt;E-Mail\n");
    for (int k = 0; k < rows; ++k) {
        const double lat = 51.93 + random.bounded(0.17);
        const double lon = 8.40 + random.bounded(0.24);
        file.write(QStringLiteral("%1;Einrichtung %1;Teststraße;%2;336%3;Bielefeld;%4;%5;%6;kontakt%1@example.org\n")
                       .arg(k)
                       .arg(1 + k % 200)
                       .arg(10 + k % 90)
                       .arg(lat, 0, 'f', 6)
                       .arg(lon, 0, 'f', 6)
                       .arg(focus[k % focus.size()])
                       .toUtf8());
    }
    file.close();

    QList<qint64> ours, theirs;
    for (int run = 0; run < runs; ++run) {
        const QString store = dir.filePath(QStringLiteral("store-%1.gpkg").arg(run));
        stadtplan::InstitutionStore::create(store); // an empty store, not timed
        ours.append(timed(QStringLiteral(STADTPLAN_IMPORT_TOOL), {csv, QStringLiteral("--into"), store}));
        const QString plain = dir.filePath(QStringLiteral("ogr-%1.gpkg").arg(run));
        theirs.append(timed(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("GPKG"), plain, csv,
                                      QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=Lon"),
                                      QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=Lat"),
                                      QStringLiteral("-a_srs"), QStringLiteral("EPSG:4326")}));
        if (ours.last() < 0 || theirs.last() < 0)
            return 1;
    }
    const qint64 a = median(ours), b = median(theirs);
    std::printf("Import of a %d-row CSV into a fresh GeoPackage, median of %d runs:\n", rows, runs);
    std::printf("  %-52s %7lld ms\n", "stadtplan-import (mapping, CRS, validation, store)", static_cast<long long>(a));
    std::printf("  %-52s %7lld ms\n", "reference: ogr2ogr -f GPKG (plain copy)", static_cast<long long>(b));
    const double ratio = double(a) / double(std::max<qint64>(b, 1));
    std::printf("  %-52s %7.2f x  -> %s (goal: at most 1.5 x)\n", "ratio", ratio, ratio <= 1.5 ? "met" : "NOT met");
    return 0;
}
