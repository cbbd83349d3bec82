#include "cityprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace stadtplan {

namespace {
[[noreturn]] void fail(const QString &message)
{
    throw CityProfileError(message.toStdString());
}

double number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        fail(QStringLiteral("'%1' must be a number").arg(QLatin1String(key)));
    return v.toDouble();
}
} // namespace

CityProfile CityProfile::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        fail(QStringLiteral("not valid JSON: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    CityProfile city;
    city.id = o.value(QLatin1String("id")).toString();
    city.name = o.value(QLatin1String("name")).toString();
    if (city.id.isEmpty() || city.name.isEmpty())
        fail(QStringLiteral("'id' and 'name' are required"));
    const QJsonObject center = o.value(QLatin1String("center")).toObject();
    city.center = {number(center, "lat"), number(center, "lon")};
    city.zoom = number(o, "zoom");
    city.minimumZoom = o.value(QLatin1String("minimum_zoom")).toDouble(city.minimumZoom);
    city.maximumZoom = o.value(QLatin1String("maximum_zoom")).toDouble(city.maximumZoom);
    const QJsonObject b = o.value(QLatin1String("bounds")).toObject();
    city.bounds = {number(b, "west"), number(b, "south"), number(b, "east"), number(b, "north")};
    if (!city.bounds.isValid() || !city.bounds.contains(city.center))
        fail(QStringLiteral("'bounds' must be west < east, south < north and contain 'center'"));
    city.metricCrs = o.value(QLatin1String("metric_crs")).toString();
    city.region = o.value(QLatin1String("region")).toString();
    const QJsonObject basemap = o.value(QLatin1String("basemap")).toObject();
    const QJsonObject tiles = basemap.value(QLatin1String("tiles")).toObject();
    city.tileUrl = tiles.value(QLatin1String("url")).toString();
    city.tileAttribution = tiles.value(QLatin1String("attribution")).toString();
    city.tileAttributionUrl = tiles.value(QLatin1String("attribution_url")).toString();
    city.tileMaximumZoom = tiles.value(QLatin1String("maximum_zoom")).toInt(city.tileMaximumZoom);
    city.tileProblem = tileUrlProblem(city.tileUrl);
    // A provider's tiles are shown with its credit, or not at all.
    if (!city.tileUrl.isEmpty() && city.tileProblem.isEmpty() && city.tileAttribution.isEmpty())
        city.tileProblem = QStringLiteral("'basemap.tiles.attribution' is required with a tile URL");
    const QJsonObject offline = basemap.value(QLatin1String("offline")).toObject();
    city.extractUrl = offline.value(QLatin1String("extract")).toString();
    city.extractChecksumUrl = offline.value(QLatin1String("checksum")).toString();
    city.extractMarginMetres =
        offline.value(QLatin1String("margin_m")).toDouble(city.extractMarginMetres);
    if (!city.extractUrl.isEmpty()) {
        const QUrl url(city.extractUrl);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
            url.host().isEmpty())
            fail(QStringLiteral("'basemap.offline.extract' must be an http(s) URL"));
    }
    if (city.extractMarginMetres < 0 || city.extractMarginMetres > 50000)
        fail(QStringLiteral("'basemap.offline.margin_m' must lie between 0 and 50000 metres"));
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    const auto file = [&data](const char *key) { return data.value(QLatin1String(key)).toString(); };
    city.outlineFile = file("outline");
    city.districtsFile = file("districts");
    city.districtIdProperty = file("district_id");
    city.districtNameProperty = file("district_name");
    city.populationFile = file("population");
    city.dataAttribution = file("attribution");
    city.dataAttributionShort = file("attribution_short");
    if (city.dataAttributionShort.isEmpty())
        city.dataAttributionShort = city.dataAttribution;
    if (!city.districtsFile.isEmpty() && city.districtNameProperty.isEmpty())
        fail(QStringLiteral("'data.district_name' names the districts' name property"));
    if (!city.populationFile.isEmpty() && city.districtIdProperty.isEmpty())
        fail(QStringLiteral("'data.district_id' joins the population to the districts"));
    return city;
}

QString tileUrlProblem(const QString &tileUrl)
{
    if (tileUrl.isEmpty())
        return {};
    const QUrl url(tileUrl);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https"))
        return QStringLiteral("'%1' is not an http or https address").arg(tileUrl);
    if (osmPluginHost(tileUrl).isEmpty())
        return QStringLiteral("'%1' does not end in {z}/{x}/{y}.png").arg(tileUrl);
    return {};
}

QString osmPluginHost(const QString &tileUrl)
{
    static const QLatin1String xyz("{z}/{x}/{y}.png");
    if (tileUrl.endsWith(xyz))
        return tileUrl.chopped(xyz.size());
    if (tileUrl.isEmpty() || tileUrl.contains(QLatin1Char('{')))
        return {};
    return tileUrl.endsWith(QLatin1Char('/')) ? tileUrl : tileUrl + QLatin1Char('/');
}

} // namespace stadtplan
