#pragma once

// A small OpenStreetMap XML extract written by the tests: a few streets in
// Bielefeld's centre (names with umlauts), a river, a park, a building (with
// an address), a
// district name, a bus stop, a café the map leaves out, and one street far
// away in Munich.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace stadtplan::test {

struct OsmFixture
{
    // Where "Teststraße" runs east–west (from 8.5200 to 8.5450 east);
    // moving it is a change of the data.
    double teststrasseLatitude = 52.0200;
    // Everything shifted by this many degrees (to put the city elsewhere).
    double shiftLatitude = 0, shiftLongitude = 0;
    // Nodes of a region around the city that the map does not need: this
    // many, scattered over the Teutoburg Forest 15 km south-east (makes the
    // file region-sized for a download test).
    int regionNodes = 0;

    QByteArray xml() const
    {
        QStringList nodes, ways;
        qint64 next = 1;
        const auto node = [&](double lat, double lon, const QString &tags = {}) {
            const qint64 id = next++;
            nodes.append(
                QStringLiteral("  <node id=\"%1\" version=\"1\" lat=\"%2\" lon=\"%3\">%4</node>")
                    .arg(id)
                    .arg(lat + shiftLatitude, 0, 'f', 7)
                    .arg(lon + shiftLongitude, 0, 'f', 7)
                    .arg(tags));
            return id;
        };
        const auto tag = [](const QString &k, const QString &v) {
            return QStringLiteral("<tag k=\"%1\" v=\"%2\"/>").arg(k, v);
        };
        const auto way = [&](qint64 id, const QList<QPair<double, double>> &points, bool closed,
                             const QString &tags) {
            QString refs;
            qint64 first = 0;
            for (const auto &[lat, lon] : points) {
                const qint64 n = node(lat, lon);
                if (!first)
                    first = n;
                refs += QStringLiteral("<nd ref=\"%1\"/>").arg(n);
            }
            if (closed)
                refs += QStringLiteral("<nd ref=\"%1\"/>").arg(first);
            ways.append(QStringLiteral("  <way id=\"%1\" version=\"1\">%2%3</way>")
                            .arg(id)
                            .arg(refs, tags));
        };
        const double t = teststrasseLatitude;
        way(100, {{t, 8.5200}, {t, 8.5325}, {t, 8.5450}}, false,
            tag(QStringLiteral("highway"), QStringLiteral("residential")) +
                tag(QStringLiteral("name"), QStringLiteral("Teststraße")));
        way(101, {{52.0120, 8.5325}, {52.0290, 8.5325}}, false,
            tag(QStringLiteral("highway"), QStringLiteral("residential")) +
                tag(QStringLiteral("name"), QStringLiteral("Jöllenbecker Straße")));
        way(102, {{52.0160, 8.5150}, {52.0160, 8.5480}}, false,
            tag(QStringLiteral("highway"), QStringLiteral("tertiary")) +
                tag(QStringLiteral("name"), QStringLiteral("Große Kurfürstenstraße")));
        way(103, {{52.0100, 8.5100}, {52.0130, 8.5300}, {52.0110, 8.5500}}, false,
            tag(QStringLiteral("waterway"), QStringLiteral("river")) +
                tag(QStringLiteral("name"), QStringLiteral("Lutter")));
        way(104, {{52.0230, 8.5220}, {52.0230, 8.5260}, {52.0250, 8.5260}, {52.0250, 8.5220}}, true,
            tag(QStringLiteral("leisure"), QStringLiteral("park")) +
                tag(QStringLiteral("name"), QStringLiteral("Bürgerpark")));
        way(105, {{52.0190, 8.5400}, {52.0190, 8.5406}, {52.0194, 8.5406}, {52.0194, 8.5400}}, true,
            tag(QStringLiteral("building"), QStringLiteral("yes")) +
                tag(QStringLiteral("addr:street"), QStringLiteral("Teststraße")) +
                tag(QStringLiteral("addr:housenumber"), QStringLiteral("10")) +
                tag(QStringLiteral("addr:postcode"), QStringLiteral("33602")));
        way(106, {{52.0080, 8.5000}, {52.0300, 8.5600}}, false,
            tag(QStringLiteral("railway"), QStringLiteral("rail")));
        // Far away: Munich.
        way(107, {{48.1370, 11.5750}, {48.1380, 11.5800}}, false,
            tag(QStringLiteral("highway"), QStringLiteral("residential")) +
                tag(QStringLiteral("name"), QStringLiteral("Außenweg")));
        node(52.0215, 8.5350,
             tag(QStringLiteral("place"), QStringLiteral("suburb")) +
                 tag(QStringLiteral("name"), QStringLiteral("Mitte")));
        node(52.0205, 8.5300,
             tag(QStringLiteral("highway"), QStringLiteral("bus_stop")) +
                 tag(QStringLiteral("name"), QStringLiteral("Jahnplatz")));
        node(52.0210, 8.5310,
             tag(QStringLiteral("amenity"), QStringLiteral("cafe")) +
                 tag(QStringLiteral("name"), QStringLiteral("Café Übersee")));
        QRandomGenerator random(2026); // the same file every run
        for (int i = 0; i < regionNodes; ++i)
            node(51.90 + random.bounded(0.05), 8.70 + random.bounded(0.10));
        return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" "
                               "generator=\"stadtplan tests\">\n") +
                nodes.join(QLatin1Char('\n')) + QLatin1Char('\n') + ways.join(QLatin1Char('\n')) +
                QStringLiteral("\n</osm>\n"))
            .toUtf8();
    }

    void write(const QString &path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(xml());
    }
};

// The fixture as the .osm.pbf people download: written as OSM XML into
// `directory` and converted by osmium (osmium-tool), with the replication
// timestamp a Geofabrik extract carries when one is given. Empty when osmium
// is missing or fails (its message on standard error).
inline QByteArray osmPbf(const OsmFixture &fixture, const QString &directory, const QString &name,
                         const QString &replicationTimestamp = {})
{
    const QString osmium = QStandardPaths::findExecutable(QStringLiteral("osmium"));
    if (osmium.isEmpty()) {
        qWarning("osmium (osmium-tool) is needed; see scripts/packages.txt");
        return {};
    }
    const QString xml = QDir(directory).filePath(name + QStringLiteral(".osm"));
    const QString pbf = QDir(directory).filePath(name + QStringLiteral(".osm.pbf"));
    fixture.write(xml);
    QStringList arguments{QStringLiteral("cat"), xml, QStringLiteral("-o"), pbf,
                          QStringLiteral("--overwrite")};
    if (!replicationTimestamp.isEmpty())
        arguments.append(QStringLiteral("--output-header=osmosis_replication_timestamp=") +
                         replicationTimestamp);
    QProcess process;
    process.start(osmium, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("osmium failed: %s", process.readAllStandardError().constData());
        return {};
    }
    QFile file(pbf);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace stadtplan::test
