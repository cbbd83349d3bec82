// Stadtplan: the service map of integration institutions.
// The executable only wires things together: options, the directory, QML.

#include "appoptions.h"
#include "basemapsource.h"
#include "focusiconprovider.h"
#include "fonts.h"
#include "institutiondirectory.h"
#include "screenshot.h"
#include "tileset.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QNetworkInformation>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(StadtplanPlugin)
Q_IMPORT_QML_PLUGIN(Stadtplan_ModelsPlugin)

using namespace stadtplan;

namespace {
// Whether online tiles may be tried: unknown reachability counts as online,
// a platform that reports no network as offline.
bool networkLooksAvailable()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return true;
    return QNetworkInformation::instance()->reachability() !=
           QNetworkInformation::Reachability::Disconnected;
}

// The app's icon in the sizes window managers and task bars ask for, rendered
// at build time (app/shell/CMakeLists.txt); each is read when first wanted.
QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/stadtplan/icons/%1x%1.png").arg(size), QSize(size, size));
    return icon;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (AppOptions::wantsOnlyText(argc, argv)) {
        // No GUI application: its platform plugin would need a display.
        QCoreApplication text(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("stadtplan"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
        AppOptions::parse(text); // prints and exits
        return 0;
    }
    if (AppOptions::wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("stadtplan"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stadtplan"));
    QGuiApplication::setApplicationVersion(QStringLiteral(STADTPLAN_VERSION));
    // The desktop entry this window belongs to (its icon and name on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral(STADTPLAN_APP_ID));
    QGuiApplication::setWindowIcon(appIcon());
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // The bundled fonts, at the system's size: the same letters on Windows and
    // Linux, Arabic and Persian included.
    fonts::useForApplication();

    const AppOptions options = AppOptions::parse(app);

    InstitutionDirectory directory;
    directory.setStoreLocation(options.store);
    // The UI's language: as asked, else the system's when the UI has it, else English.
    QString language = options.language;
    if (language.isEmpty()) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        language = uiLanguage(system) ? system : QStringLiteral("en");
    } else if (!uiLanguage(language)) {
        QStringList known;
        for (const UiLanguage &l : uiLanguages())
            known.append(l.code);
        std::fprintf(stderr, "stadtplan: --language %s: not a language of the UI; known: %s\n",
                     qPrintable(language), qPrintable(known.join(QStringLiteral(", "))));
        return 2;
    }
    directory.setLanguage(language);
    const auto followLanguage = [&] {
        QGuiApplication::setLayoutDirection(directory.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    };
    followLanguage();
    if (!options.tileUrl.isEmpty())
        directory.setTileUrl(options.tileUrl);
    directory.setGazetteerLocation(options.gazetteer.isEmpty() ? qEnvironmentVariable("STADTPLAN_GAZETTEER")
                                                               : options.gazetteer);
    if (options.geocodeOnline) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(cache);
        directory.setOnlineGeocoding(true, options.geocoderHost, QDir(cache).filePath(QStringLiteral("geocoding.json")));
    }
    directory.load(); // problems are shown in the app and printed; the app still starts

    for (const QString &id : options.focus) {
        if (!directory.taxonomy().focusArea(id)) {
            QStringList known;
            for (const FocusArea &area : directory.taxonomy().focusAreas())
                known.append(area.id);
            std::fprintf(stderr, "stadtplan: unknown focus area '%s'; known: %s\n", qPrintable(id),
                         qPrintable(known.join(QStringLiteral(", "))));
            return 2;
        }
    }
    directory.setFocusFilter(options.focus);
    if (!options.search.isEmpty())
        directory.setSearchText(options.search);
    if (options.nearLatitude && options.nearLongitude)
        directory.setNearPoint(QGeoCoordinate(*options.nearLatitude, *options.nearLongitude));
    if (!options.address.isEmpty()) {
        const QVariantMap found = directory.findAddress(options.address);
        const QVariantList matches = found.value(QStringLiteral("matches")).toList();
        const QVariantMap first = matches.value(0).toMap();
        if (!first.value(QStringLiteral("exact")).toBool()) {
            QStringList closest;
            for (const QVariant &m : matches)
                closest.append(m.toMap().value(QStringLiteral("label")).toString());
            const QString problem = found.contains(QStringLiteral("error"))
                ? found.value(QStringLiteral("error")).toString()
                : closest.isEmpty() ? QStringLiteral("not found")
                                    : QStringLiteral("not found; closest: ") + closest.join(QStringLiteral("; "));
            std::fprintf(stderr, "stadtplan: --address %s: %s\n", qPrintable(options.address), qPrintable(problem));
            return 2;
        }
        directory.useAddress(first.value(QStringLiteral("label")).toString(),
                             QGeoCoordinate(first.value(QStringLiteral("latitude")).toDouble(),
                                            first.value(QStringLiteral("longitude")).toDouble()));
    }
    if (!options.coverage.isEmpty() && !directory.taxonomy().focusArea(options.coverage)) {
        std::fprintf(stderr, "stadtplan: --coverage: unknown focus area '%s'\n",
                     qPrintable(options.coverage));
        return 2;
    }

    if (!options.edit.isEmpty() && options.edit != u"review" && directory.isLoaded() && !directory.record(options.edit)) {
        std::fprintf(stderr, "stadtplan: --edit: no record with id '%s' in %s\n", qPrintable(options.edit),
                     qPrintable(directory.storeDisplayLocation()));
        return 2;
    }
    QGeoCoordinate center = directory.cityCenter();
    if (!options.select.isEmpty()) {
        const QVariantMap info = directory.institution(options.select);
        if (info.isEmpty()) {
            std::fprintf(stderr, "stadtplan: no institution with id '%s' in %s\n",
                         qPrintable(options.select), qPrintable(directory.storeDisplayLocation()));
            return 2;
        }
        directory.setSelectedId(options.select);
        center = info.value(QStringLiteral("coordinate")).value<QGeoCoordinate>();
    }
    double zoom = options.zoom.value_or(directory.cityZoom());
    if (!options.link.isEmpty()) {
        const QString problem = directory.applyLink(options.link, &center, &zoom);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "stadtplan: --link: %s\n", qPrintable(problem));
            return 2;
        }
    }
    if (options.latitude && options.longitude)
        center = QGeoCoordinate(*options.latitude, *options.longitude);

    // The map's ground: the offline map (the folder named, or the one beside
    // the store), the online tiles, or the bundled boundary alone.
    const bool folderNamed = !options.basemap.isEmpty() && !BasemapSource::isChoice(options.basemap);
    const QString folder = folderNamed ? options.basemap
                                       : basemap::tileFolderFor(directory.resolvedStoreLocation());
    if (folderNamed && !basemap::readTileFolder(folder))
        std::fprintf(stderr,
                     "stadtplan: %s holds no tiles made by stadtplan-basemap; the map is drawn "
                     "without a basemap\n",
                     qPrintable(QDir::toNativeSeparators(folder)));
    BasemapSource basemapSource(
        directory.city(), directory.tileUrl(),
        folderNamed ? QStringLiteral("offline") : options.basemap, folder, networkLooksAvailable(),
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("tiles")));
    basemapSource.checkReachable();
    QQmlApplicationEngine engine;
    FocusIconProvider::install(&engine);
    engine.setInitialProperties({
        {QStringLiteral("directory"), QVariant::fromValue(&directory)},
        {QStringLiteral("basemap"), QVariant::fromValue(&basemapSource)},
        {QStringLiteral("initialCenter"), QVariant::fromValue(center)},
        {QStringLiteral("initialZoom"), options.zoom.value_or(zoom)},
        {QStringLiteral("coverageAtStart"), options.coverage},
        {QStringLiteral("coverageAreaKind"), options.coverageAreas},
        {QStringLiteral("startPageShown"), options.startPage},
        {QStringLiteral("editAtStart"), options.edit},
        {QStringLiteral("positionPlugin"), options.positionSource.section(QLatin1Char(':'), 0, 0)},
        {QStringLiteral("positionNmeaSource"), options.positionSource.section(QLatin1Char(':'), 1)},
        {QStringLiteral("importAtStart"),
         QVariant(options.importFile.isEmpty()
                      ? QUrl()
                      : QUrl::fromLocalFile(QFileInfo(options.importFile).absoluteFilePath()))},
        {QStringLiteral("width"), options.size.width()},
        {QStringLiteral("height"), options.size.height()},
    });
    // A language chosen in the app takes effect at once: the directory
    // retranslates the engine it belongs to; the direction follows here.
    QQmlEngine::setContextForObject(&directory, engine.rootContext());
    QObject::connect(&directory, &InstitutionDirectory::languageChanged, &app, followLanguage);
    engine.loadFromModule("Stadtplan", "Main");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;

    if (options.reportFirstFrame) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                std::fprintf(stdout, "first-frame-ms %lld\n",
                             static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    } else if (!options.screenshot.isEmpty()) {
        const BasemapSource::Kind kind = basemapSource.kind();
        const auto shoot = [window, &options] { new Screenshot(window, options.screenshot); };
        // Online, the picture shows what the tile server's answer made of the
        // map: its tiles, or the districts and the line that says why not.
        if (kind == BasemapSource::Kind::Online && !basemapSource.reachabilityKnown())
            QObject::connect(&basemapSource, &BasemapSource::reachabilityChecked, window, shoot,
                             Qt::SingleShotConnection);
        else
            shoot();
    }
    return QGuiApplication::exec();
}
