#pragma once

#include "addresslookup.h"

#include <QHash>
#include <QString>
#include <QVariantMap>
#include <memory>

class QGeoServiceProvider;

namespace stadtplan {

// Geocodes addresses through a Qt Location geocoding plugin ("osm":
// Nominatim, at osm.geocoding.host), one request at a time, with a cache on
// disk, so a list imported again asks the service only for new addresses.
// Found and not-found answers are cached; failures (no network, a server
// error) are not. Against the public Nominatim server it keeps to one
// request a second, as its usage policy asks.
class OnlineGeocoder : public AddressLookup
{
public:
    struct Options
    {
        QString plugin = QStringLiteral("osm");
        QString host;      // empty: the plugin's default (nominatim.openstreetmap.org for osm)
        QString cacheFile; // empty: no cache
        QString userAgent = QStringLiteral("Stadtplan (service map of integration institutions)");
        int timeoutMs = 15000;
    };

    explicit OnlineGeocoder(Options options);
    ~OnlineGeocoder() override;

    QString name() const override;
    std::optional<GeoPoint> find(const Address &address, const GeoBox &bounds, QString *problem) override;

    // Writes the cache (atomically) when it has news; false with `error` when it cannot.
    bool saveCache(QString *error = nullptr);
    int requestsMade() const { return m_requests; }
    int cacheHits() const { return m_hits; }

private:
    QString cacheKey(const Address &address) const;

    Options m_options;
    std::unique_ptr<QGeoServiceProvider> m_provider;
    struct Entry
    {
        bool found = false;
        GeoPoint position;
    };
    QHash<QString, Entry> m_cache;
    bool m_dirty = false;
    int m_requests = 0;
    int m_hits = 0;
    qint64 m_lastRequestMs = 0;
};

} // namespace stadtplan
