// Start-up to the first rendered frame with the bundled data, measured from
// outside (process start to the frame's report) and compared in the same run
// with a bare Qt Location map window and with the goal of 2 seconds; and the
// start with a tile server that cannot be reached (a name that does not
// resolve, a loopback port where nothing listens) against the start without
// tiles, with the goal of at most 50 ms more.
//
//   scripts/run benchmark-startup [RUNS]

#include "storelocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {
struct Timing
{
    qint64 wallMs = -1;   // process start to the first-frame line, seen from outside
    qint64 insideMs = -1; // main() to the first frame, as the program reports it
};

// `dataHome` is the user's data folder for this run (XDG_DATA_HOME on Linux):
// empty there means a first start, which creates the default store.
Timing runOnce(const QString &program, const QStringList &arguments, const QString &dataHome = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!dataHome.isEmpty()) {
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        // The map choice and the tile cache of this run, not the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("-config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dataHome + QStringLiteral("-cache"));
    }
    process.setProcessEnvironment(env);
    QElapsedTimer wall;
    wall.start();
    process.start(program, arguments);
    Timing t;
    static const QRegularExpression line(QStringLiteral("first-frame-ms (\\d+)"));
    QString out;
    while (process.waitForReadyRead(30000)) {
        out += QString::fromUtf8(process.readAllStandardOutput());
        const auto match = line.match(out);
        if (match.hasMatch()) {
            t.wallMs = wall.elapsed();
            t.insideMs = match.captured(1).toLongLong();
            break;
        }
    }
    process.waitForFinished(30000);
    if (t.wallMs < 0)
        std::fprintf(stderr, "%s gave no first-frame line: %s\n", qPrintable(program),
                     qPrintable(QString::fromUtf8(process.readAllStandardError())));
    return t;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

struct Series
{
    QList<qint64> wall, inside;
    void add(const Timing &t)
    {
        wall.append(t.wallMs);
        inside.append(t.insideMs);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    const QString app_ = QStringLiteral(STADTPLAN_APP);
    const QString reference = QStringLiteral(STARTUP_REFERENCE);

    const QStringList report{QStringLiteral("--report-first-frame")};
    // One warm-up each, so the file cache is equally warm for all.
    runOnce(reference, {});
    runOnce(app_, report, dir.filePath(QStringLiteral("warmup")));

    // Tile servers out of reach: ".invalid" never resolves; port 9 (discard)
    // on loopback has nothing listening on these machines.
    const QStringList noTiles = report + QStringList{QStringLiteral("--basemap"), QStringLiteral("none")};
    const QStringList unresolvable =
        report + QStringList{QStringLiteral("--tile-url"), QStringLiteral("http://tiles.stadtplan.invalid/{z}/{x}/{y}.png")};
    const QStringList refused =
        report + QStringList{QStringLiteral("--tile-url"), QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png")};

    Series first, later, bare, without, unresolved, closed;
    for (int i = 0; i < runs; ++i) {
        // The first start creates the default store from the bundled demo data...
        const QString home = dir.filePath(QStringLiteral("home-%1").arg(i));
        first.add(runOnce(app_, noTiles, home));
        // ...every later start opens the existing one.
        later.add(runOnce(app_, noTiles, home));
        bare.add(runOnce(reference, {}));
        // Interleaved, so that a slow moment of the machine hits each alike.
        without.add(runOnce(app_, noTiles, home));
        unresolved.add(runOnce(app_, unresolvable, home));
        closed.add(runOnce(app_, refused, home));
    }

    std::printf("Start-up to the first rendered frame, offscreen, %d runs each, median (wall / "
                "in-process):\n",
                runs);
    const auto row = [](const char *what, const Series &s) {
        std::printf("  %-58s %6lld ms  / %6lld ms\n", what, static_cast<long long>(median(s.wall)),
                    static_cast<long long>(median(s.inside)));
    };
    const QByteArray firstLabel =
        QStringLiteral("stadtplan, first start (creates the store, %1 institutions)")
            .arg(stadtplan::bundledDemoSeed().institutions.size())
            .toUtf8();
    row(firstLabel.constData(), first);
    row("stadtplan, later starts (opens the store)", later);
    row("reference: bare Qt Location map window", bare);
    const qint64 worst = std::max(median(first.wall), median(later.wall));
    std::printf("  %-58s %6d ms  -> %s\n", "goal", 2000,
                worst >= 0 && worst < 2000 ? "met" : "NOT met");

    std::printf("\nLater starts by map tiles (the tile check never holds up the first frame):\n");
    row("reference: no tiles (--basemap none)", without);
    row("tile server name does not resolve (.invalid)", unresolved);
    row("tile server port refuses (127.0.0.1:9)", closed);
    const qint64 slower = std::max(median(unresolved.wall), median(closed.wall)) - median(without.wall);
    std::printf("  %-58s %6lld ms  -> %s (goal: at most 50 ms)\n", "unreachable tiles, slower by",
                static_cast<long long>(slower), slower <= 50 ? "met" : "NOT met");
    return worst >= 0 && median(unresolved.wall) >= 0 && median(closed.wall) >= 0 ? 0 : 1;
}
