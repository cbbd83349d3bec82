#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace stadtplan {

// The app's command line. Everything is optional; the map opens on the city
// profile's centre and zoom with all focus areas.
struct AppOptions
{
    QString store;         // OGR connection; empty: the default GeoPackage
    QString tileUrl;       // overrides the city profile and STADTPLAN_TILE_URL
    QString basemap;       // tile folder of an offline basemap; "none": none; empty: beside the store
    QString gazetteer;     // address gazetteer; empty: beside the store
    QString address;       // sort the results from this address
    bool geocodeOnline = false; // addresses not in the gazetteer may be looked up online
    QString geocoderHost;       // the geocoding server; empty: OpenStreetMap Nominatim
    QString language;      // "de", "en"
    QString screenshot;    // render offscreen to this PNG and exit
    QSize size{1280, 800}; // window size
    QStringList focus;     // focus area ids to filter by
    QString search;        // words to search for
    QString link;          // a stadtplan: link to open
    std::optional<double> nearLatitude, nearLongitude; // sort the results from here
    std::optional<double> latitude, longitude, zoom;
    QString select; // institution id whose card opens
    QString importFile; // a list to check for import at start
    QString coverage;   // focus area whose coverage the map shows at start
    QString coverageAreas = QStringLiteral("district"); // the kind of area it is shown over
    bool reportFirstFrame = false;
    bool startPage = false; // open on the residents' start page
    QString edit;           // open in editing mode on this record, or "review"; empty: not
    QString positionSource; // "nmea:SOURCE" or a plugin name; empty: the platform's

    // Parses the arguments; on a mistake prints it with the usage and exits 2.
    static AppOptions parse(const QCoreApplication &app);
    // True when argv asks for a screenshot, checked before the application
    // object exists (the offscreen platform must be chosen before it).
    static bool wantsOffscreen(int argc, char **argv);
    // True when argv asks only for text (--help, --help-all, -h, -?,
    // --version, -v): answered before any window system is touched, so it
    // works without a display.
    static bool wantsOnlyText(int argc, char **argv);
};

} // namespace stadtplan
