#include "onlinegeocoder.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QGeoAddress>
#include <QGeoCodeReply>
#include <QGeoCodingManager>
#include <QGeoLocation>
#include <QGeoRectangle>
#include <QGeoServiceProvider>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace stadtplan {

namespace {
// Nominatim's usage policy: at most one request a second.
constexpr qint64 PublicServiceIntervalMs = 1000;
} // namespace

OnlineGeocoder::OnlineGeocoder(Options options) : m_options(std::move(options))
{
    QVariantMap parameters{{QStringLiteral("osm.useragent"), m_options.userAgent}};
    if (!m_options.host.isEmpty())
        parameters.insert(QStringLiteral("osm.geocoding.host"), m_options.host);
    m_provider = std::make_unique<QGeoServiceProvider>(m_options.plugin, parameters);

    if (m_options.cacheFile.isEmpty())
        return;
    QFile file(m_options.cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return; // no cache yet
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject entries = root.value(QLatin1String("entries")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        Entry entry;
        entry.found = e.value(QLatin1String("found")).toBool();
        if (entry.found)
            entry.position = {e.value(QLatin1String("lat")).toDouble(qQNaN()), e.value(QLatin1String("lon")).toDouble(qQNaN())};
        if (!entry.found || entry.position.isValid())
            m_cache.insert(it.key(), entry);
    }
}

OnlineGeocoder::~OnlineGeocoder()
{
    saveCache();
}

QString OnlineGeocoder::name() const
{
    if (m_options.plugin == QLatin1String("osm"))
        return m_options.host.isEmpty() ? QStringLiteral("OpenStreetMap Nominatim")
                                        : QStringLiteral("Nominatim at %1").arg(QUrl(m_options.host).host());
    return m_options.plugin;
}

QString OnlineGeocoder::cacheKey(const Address &address) const
{
    return name() + QLatin1Char('|') + address.normalised() + QLatin1Char('|')
        + address.city.trimmed().toCaseFolded();
}

std::optional<GeoPoint> OnlineGeocoder::find(const Address &address, const GeoBox &bounds, QString *problem)
{
    const QString key = cacheKey(address);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend()) {
        ++m_hits;
        return it->found && bounds.contains(it->position) ? std::optional<GeoPoint>(it->position) : std::nullopt;
    }
    QGeoCodingManager *manager = m_provider->geocodingManager();
    if (!manager || m_provider->geocodingError() != QGeoServiceProvider::NoError) {
        if (problem)
            *problem = QStringLiteral("geocoding through '%1' is not available: %2")
                           .arg(m_options.plugin, m_provider->geocodingErrorString());
        return std::nullopt;
    }
    if (m_options.host.isEmpty()) {
        const qint64 wait = m_lastRequestMs + PublicServiceIntervalMs - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0)
            QThread::msleep(static_cast<unsigned long>(wait));
    }
    m_lastRequestMs = QDateTime::currentMSecsSinceEpoch();
    ++m_requests;

    QGeoAddress query;
    query.setStreet((address.street + QLatin1Char(' ') + address.houseNumber).trimmed());
    query.setPostalCode(address.postcode);
    query.setCity(address.postcode.isEmpty() ? address.city : address.postcode + QLatin1Char(' ') + address.city);
    const QGeoRectangle area(QGeoCoordinate(bounds.north, bounds.west), QGeoCoordinate(bounds.south, bounds.east));
    std::unique_ptr<QGeoCodeReply> reply(manager->geocode(query, area));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(reply.get(), &QGeoCodeReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply.get(), &QGeoCodeReply::errorOccurred, &loop, &QEventLoop::quit);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(m_options.timeoutMs);
        loop.exec();
        if (!reply->isFinished() && reply->error() == QGeoCodeReply::NoError) {
            reply->abort();
            if (problem)
                *problem = QStringLiteral("%1 did not answer within %2 s").arg(name()).arg(m_options.timeoutMs / 1000);
            return std::nullopt;
        }
    }
    if (reply->error() != QGeoCodeReply::NoError) {
        if (problem)
            *problem = QStringLiteral("%1 could not be asked: %2").arg(name(), reply->errorString());
        return std::nullopt;
    }
    Entry entry;
    for (const QGeoLocation &location : reply->locations()) {
        const GeoPoint p{location.coordinate().latitude(), location.coordinate().longitude()};
        if (p.isValid() && bounds.contains(p)) {
            entry = {true, p};
            break;
        }
    }
    m_cache.insert(key, entry);
    m_dirty = true;
    return entry.found ? std::optional<GeoPoint>(entry.position) : std::nullopt;
}

bool OnlineGeocoder::saveCache(QString *error)
{
    if (m_options.cacheFile.isEmpty() || !m_dirty)
        return true;
    QJsonObject entries;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        QJsonObject e{{QStringLiteral("found"), it->found}};
        if (it->found) {
            e.insert(QStringLiteral("lat"), it->position.latitude);
            e.insert(QStringLiteral("lon"), it->position.longitude);
        }
        entries.insert(it.key(), e);
    }
    QSaveFile file(m_options.cacheFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}}).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_dirty = false; // written once, not again by the destructor
    return true;
}

} // namespace stadtplan
