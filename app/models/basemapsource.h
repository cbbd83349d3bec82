#pragma once

#include "cityprofile.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkAccessManager;

namespace stadtplan {

namespace basemap {
struct TileFolder;
}

// What the map is drawn on, decided once at start (Qt Location's map plugin
// cannot be changed once the map has it):
// - the offline city map (tiles rendered by stadtplan-basemap beside the
//   store) when there is one: it is calmer under the markers;
// - else the city profile's online tiles, when the network is there;
// - else nothing but the bundled city boundary, with a message saying what to do.
// The user's choice (automatic, online, offline, none) is kept in the
// settings and applies from the next start; --basemap chooses for one start.
// An update of the offline map shown is shown at once (refreshOffline()).
class BasemapSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the basemap source")

public:
    enum class Kind { Online, Offline, None };
    Q_ENUM(Kind)

    // The user's choice: "automatic", "online", "offline" or "none".
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY choiceChanged)
    // The choice was changed in this run: it applies at the next start.
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY choiceChanged)
    // What the map shows in this run.
    Q_PROPERTY(Kind kind READ kind NOTIFY offlineChanged)
    // Online tiles: the base URL for Qt Location's osm plugin, and the User-Agent.
    Q_PROPERTY(QString tileHost READ tileHost CONSTANT)
    Q_PROPERTY(QString userAgent READ userAgent CONSTANT)
    // The project's address (About, and the User-Agent).
    Q_PROPERTY(QString projectAddress READ projectAddress CONSTANT)
    // The tile provider's copyright page, whether or not its tiles show now.
    Q_PROPERTY(QString tileAttributionUrl READ tileAttributionUrl CONSTANT)
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory CONSTANT)
    // Offline tiles: their folder and what they were made from.
    Q_PROPERTY(QString offlineDirectory READ offlineDirectory NOTIFY offlineChanged)
    // The osm plugin's host for the offline tiles: a folder inside the tile
    // folder that does not exist, so a tile outside the rendered set fails at
    // once instead of going to the network.
    Q_PROPERTY(QString offlineHost READ offlineHost NOTIFY offlineChanged)
    // The deepest zoom the tiles shown have.
    Q_PROPERTY(int maximumZoom READ maximumZoom NOTIFY offlineChanged)
    // The credit of what the map shows, for its corner, and where it links
    // to (the tile provider's copyright page; empty: nowhere).
    Q_PROPERTY(QString attribution READ attribution NOTIFY statusChanged)
    Q_PROPERTY(QString attributionUrl READ attributionUrl NOTIFY statusChanged)
    // Empty while tiles show; else why not and what to do, for the map.
    Q_PROPERTY(QString message READ message NOTIFY statusChanged)
    // The bundled city boundary is the map's ground (no tiles show).
    Q_PROPERTY(bool boundaryOnly READ boundaryOnly NOTIFY statusChanged)
    // When the offline map's data was taken from OpenStreetMap (ISO date;
    // empty: unknown or no offline map), and whether that is over
    // OfflineMapOldAfterDays ago (the app then offers an update).
    Q_PROPERTY(QString offlineDataDate READ offlineDataDate NOTIFY offlineChanged)
    Q_PROPERTY(bool offlineMapOld READ offlineMapOld NOTIFY offlineChanged)

    // The settings key of the choice.
    static constexpr const char *SettingsKey = "map/basemap";
    static constexpr int OfflineMapOldAfterDays = 30;
    static bool isChoice(const QString &text);

    // `choiceForThisStart`: --basemap's none/online/offline, or empty for the
    // saved choice. `offlineFolder`: the tile folder to use (empty: none).
    // `networkAvailable`: what the platform says of the network.
    BasemapSource(const CityProfile &city, const QString &tileUrl, const QString &choiceForThisStart,
                  const QString &offlineFolder, bool networkAvailable, const QString &cacheDirectory,
                  QObject *parent = nullptr);
    ~BasemapSource() override;

    QString choice() const { return m_choice; }
    QString offlineDataDate() const { return m_offlineDataDate; }
    bool offlineMapOld() const;
    void setChoice(const QString &choice);
    bool restartNeeded() const;
    Kind kind() const { return m_kind; }
    QString tileHost() const { return m_tileHost; }
    QString userAgent() const;
    static QString projectAddress();
    QString tileAttributionUrl() const { return m_city.tileAttributionUrl; }
    QString cacheDirectory() const { return m_cacheDirectory; }
    QString offlineDirectory() const { return m_offlineDirectory; }
    QString offlineHost() const;
    int maximumZoom() const { return m_maximumZoom; }
    QString attribution() const;
    QString message() const;
    QString attributionUrl() const;
    bool boundaryOnly() const { return m_kind == Kind::None || m_problem != Problem::None; }

    // Asks the tile server for the tile at the city's centre once, as the map
    // does, so that a machine without a way to it, a server that refuses or
    // fails, or one that sends no image, is said instead of a grey map.
    // Returns at once; statusChanged() tells of a problem.
    Q_INVOKABLE void checkReachable();
    // checkReachable() has had its answer.
    bool reachabilityKnown() const { return m_reachabilityKnown; }

    // The offline map beside `store` (empty: the app's own store) was built
    // anew (stadtplan-basemap download): when that is the offline map shown, reads what its manifest
    // says now (date, credit, deepest zoom); the map then shows the new tiles
    // once it drops those it holds (Map.clearData()). False when the map
    // shows no offline map (online tiles or none: the plugin cannot change in
    // this run, so the new map shows from the next start) or another folder
    // (--basemap FOLDER), or the folder holds no readable manifest.
    Q_INVOKABLE bool refreshOffline(const QString &store);
    // A first offline map was built beside `store` (empty: the app's own)
    // while the map shows online tiles or none: takes it as what the map
    // shows, unless this run was told online or none (--basemap, or that
    // choice saved). The map must then be made anew (its plugin cannot
    // change). False when it is not taken or the folder holds no manifest.
    Q_INVOKABLE bool switchToOffline(const QString &store);

Q_SIGNALS:
    void choiceChanged();
    void statusChanged();
    // checkReachable() has its answer (statusChanged() came first if it was a problem).
    void reachabilityChecked();
    // refreshOffline() read a new offline map.
    void offlineChanged();

private:
    // The offline map shown from now on: its folder and what its manifest says.
    void show(const basemap::TileFolder &folder);
    static std::optional<basemap::TileFolder> builtBeside(const QString &store);

    CityProfile m_city;
    QString m_choice;       // saved
    QString m_savedAtStart; // the saved choice when the app started
    QString m_startChoice;  // what this start went by (--basemap, or the saved choice)
    Kind m_kind = Kind::None;
    QString m_tileHost;
    QString m_urlProblem; // why the tile address cannot be used; empty: it can
    QString m_cacheDirectory;
    QString m_offlineDirectory;
    QString m_offlineAttribution;
    QString m_offlineDataDate;
    int m_maximumZoom = 0;
    // What went wrong with the online tiles.
    enum class Problem { None, Offline, NoAnswer, Refused, Busy, NotAnImage };
    Problem m_problem = Problem::None;
    QString m_detail; // the HTTP status, when the server answered one
    bool m_reachabilityKnown = false;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace stadtplan
