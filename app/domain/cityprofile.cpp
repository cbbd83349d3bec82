#include "cityprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    city.tileUrl = basemap.value(QLatin1String("tile_url")).toString();
    city.tileAttribution = basemap.value(QLatin1String("attribution")).toString();
    return city;
}

} // namespace stadtplan
