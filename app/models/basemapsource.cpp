#include "basemapsource.h"

#include "clock.h"
#include "extractdownload.h"
#include "storelocation.h"
#include "tileset.h"

#include <QDate>
#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QUrl>
#include <cmath>

namespace stadtplan {

namespace {

QSettings settings()
{
    // Explicit names, so the file is stadtplan's wherever the app is started from.
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("stadtplan"),
                     QStringLiteral("stadtplan"));
}

} // namespace

bool BasemapSource::isChoice(const QString &text)
{
    return text == u"automatic" || text == u"online" || text == u"offline" || text == u"none";
}

BasemapSource::BasemapSource(const CityProfile &city, const QString &tileUrl,
                             const QString &choiceForThisStart, const QString &offlineFolder,
                             bool networkAvailable, const QString &cacheDirectory, QObject *parent)
    : QObject(parent), m_city(city), m_cacheDirectory(cacheDirectory)
{
    // A tile address the map cannot use is said, and no tiles are fetched.
    m_urlProblem = tileUrlProblem(tileUrl);
    if (m_urlProblem.isEmpty() && tileUrl == city.tileUrl)
        m_urlProblem = city.tileProblem;
    if (m_urlProblem.isEmpty())
        m_tileHost = osmPluginHost(tileUrl);
    m_choice = settings().value(QLatin1String(SettingsKey), QStringLiteral("automatic")).toString();
    if (!isChoice(m_choice))
        m_choice = QStringLiteral("automatic");
    m_savedAtStart = m_choice;
    m_startChoice = choiceForThisStart.isEmpty() ? m_choice : choiceForThisStart;

    std::optional<basemap::TileFolder> folder;
    if (!offlineFolder.isEmpty() && m_startChoice != u"none" && m_startChoice != u"online")
        folder = basemap::readTileFolder(offlineFolder);
    const bool online = !m_tileHost.isEmpty() && m_startChoice != u"none" &&
                        m_startChoice != u"offline" && (m_startChoice == u"online" || networkAvailable);
    if (folder && m_startChoice != u"online") {
        show(*folder);
    } else if (online) {
        m_kind = Kind::Online;
        m_maximumZoom = city.tileMaximumZoom;
    }
}

BasemapSource::~BasemapSource() = default;

void BasemapSource::setChoice(const QString &choice)
{
    if (!isChoice(choice) || choice == m_choice)
        return;
    m_choice = choice;
    settings().setValue(QLatin1String(SettingsKey), choice);
    Q_EMIT choiceChanged();
}

bool BasemapSource::offlineMapOld() const
{
    const QDate date = QDate::fromString(m_offlineDataDate, Qt::ISODate);
    return m_kind == Kind::Offline && date.isValid() &&
           date.daysTo(clock::today()) > OfflineMapOldAfterDays;
}

void BasemapSource::show(const basemap::TileFolder &folder)
{
    m_kind = Kind::Offline;
    m_offlineDirectory = folder.directory;
    m_offlineAttribution = folder.attribution;
    m_offlineDataDate = folder.dataDate;
    m_maximumZoom = folder.maximumZoom;
}

// The offline map built beside `store`; no store named: the app's own, as for the tool.
std::optional<basemap::TileFolder> BasemapSource::builtBeside(const QString &store)
{
    return basemap::readTileFolder(basemap::tileFolderFor(store.isEmpty() ? defaultStoreLocation() : store));
}

bool BasemapSource::refreshOffline(const QString &store)
{
    if (m_kind != Kind::Offline)
        return false;
    const std::optional<basemap::TileFolder> folder = builtBeside(store);
    if (!folder || folder->directory != QDir(m_offlineDirectory).absolutePath())
        return false;
    show(*folder);
    Q_EMIT offlineChanged();
    Q_EMIT statusChanged(); // the credit carries the date
    return true;
}

bool BasemapSource::switchToOffline(const QString &store)
{
    if (m_kind == Kind::Offline || m_startChoice == u"online" || m_startChoice == u"none")
        return false;
    const std::optional<basemap::TileFolder> folder = builtBeside(store);
    if (!folder)
        return false;
    show(*folder);
    m_problem = Problem::None; // what the online tiles had is no longer the map's
    Q_EMIT offlineChanged();
    Q_EMIT statusChanged();
    return true;
}

bool BasemapSource::restartNeeded() const
{
    return m_choice != m_savedAtStart;
}

QString BasemapSource::offlineHost() const
{
    if (m_offlineDirectory.isEmpty())
        return {};
    return QUrl::fromLocalFile(QDir(m_offlineDirectory).filePath(QStringLiteral("missing")) +
                               QLatin1Char('/'))
        .toString();
}

QString BasemapSource::projectAddress()
{
    return QStringLiteral(STADTPLAN_HOMEPAGE);
}

QString BasemapSource::userAgent() const
{
    // The tile usage policy asks for a User-Agent that says which app it is.
    return basemap::userAgent(QStringLiteral("service map of integration institutions"));
}

QString BasemapSource::attribution() const
{
    switch (m_kind) {
    case Kind::Online:
        if (m_problem == Problem::None)
            return m_city.tileAttribution;
        break;
    case Kind::Offline:
        // With the date of the data, as OpenStreetMap's extracts are dated.
        return m_offlineDataDate.isEmpty()
                   ? m_offlineAttribution
                   : QStringLiteral("%1, %2").arg(m_offlineAttribution, m_offlineDataDate);
    case Kind::None:
        break;
    }
    // The map's ground is then the bundled boundary and districts (their
    // sources in full: About).
    return m_city.dataAttributionShort;
}

QString BasemapSource::attributionUrl() const
{
    return m_kind == Kind::Online && m_problem == Problem::None ? m_city.tileAttributionUrl
                                                                 : QString();
}

QString BasemapSource::message() const
{
    // Each says what is wrong, then that the rest of the app works.
    const QString rest = tr("The map shows the city's districts; markers, list and search work as usual.");
    const QString host = QUrl(m_tileHost).host();
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::Offline:
        return tr("No map tiles: this computer seems to be offline.") + QLatin1Char(' ') + rest;
    case Problem::NoAnswer:
        return tr("No map tiles: the tile server %1 does not answer.").arg(host) + QLatin1Char(' ') + rest;
    case Problem::Refused:
        return tr("No map tiles: the tile server %1 refused them (%2).").arg(host, m_detail) +
               QLatin1Char(' ') + rest;
    case Problem::Busy:
        return tr("No map tiles: the tile server %1 is busy or failing (%2); try again later.")
                   .arg(host, m_detail) +
               QLatin1Char(' ') + rest;
    case Problem::NotAnImage:
        return tr("No map tiles: the tile server %1 sent something that is not a map image.").arg(host) +
               QLatin1Char(' ') + rest;
    }
    if (m_kind != Kind::None)
        return {};
    if (m_startChoice == u"none")
        return tr("Map tiles are switched off (Tools → Map tiles chooses them).");
    if (m_startChoice == u"offline")
        return tr("No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).");
    if (!m_urlProblem.isEmpty())
        return tr("No map tiles: the tile address cannot be used: %1.").arg(m_urlProblem) +
               QLatin1Char(' ') + rest;
    if (m_tileHost.isEmpty())
        return tr("No map tiles: the city profile names no tile server.") + QLatin1Char(' ') + rest;
    return tr("No map tiles: this computer seems to be offline.") + QLatin1Char(' ') + rest;
}

void BasemapSource::checkReachable()
{
    if (m_kind != Kind::Online || m_network)
        return;
    // The tile at the city's centre at its start zoom: the first one the map
    // asks for anyway (the usual XYZ scheme), so the server sees no request it
    // would not have had, and the answer lands in no other host's logs.
    const basemap::TileKey tile = basemap::tileAt(m_city.center, int(std::floor(m_city.zoom)));
    QNetworkRequest request(
        QUrl(m_tileHost + QStringLiteral("%1/%2/%3.png").arg(tile.z).arg(tile.x).arg(tile.y)));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferNetwork);
    request.setTransferTimeout(15000);
    m_network = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reachabilityKnown = true;
        if (m_kind != Kind::Online) { // an offline map was taken meanwhile
            Q_EMIT reachabilityChecked();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_detail = QStringLiteral("%1 %2").arg(status).arg(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()).trimmed();
        if (status >= 500 || status == 429)
            m_problem = Problem::Busy;
        else if (status >= 400)
            m_problem = Problem::Refused;
        else if (reply->error() == QNetworkReply::ConnectionRefusedError ||
                 reply->error() == QNetworkReply::RemoteHostClosedError ||
                 reply->error() == QNetworkReply::OperationCanceledError) // the transfer timed out
            m_problem = Problem::NoAnswer;
        else if (reply->error() != QNetworkReply::NoError)
            m_problem = Problem::Offline; // no route, no name resolution, no network
        else if (QImage::fromData(reply->readAll()).isNull())
            m_problem = Problem::NotAnImage;
        m_reachabilityKnown = true;
        if (m_problem != Problem::None)
            Q_EMIT statusChanged();
        Q_EMIT reachabilityChecked();
    });
}

} // namespace stadtplan
