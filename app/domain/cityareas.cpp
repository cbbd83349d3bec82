#include "cityareas.h"

#include "bundleddata.h"
#include "geojsonarea.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace stadtplan {

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw CityProfileError(message.toStdString());
}

QByteArray bundled(const QString &file)
{
    try {
        return BundledData::read(file);
    } catch (const std::runtime_error &) {
        fail(QStringLiteral("the bundled file %1 is missing").arg(file));
    }
}

// The property as text, whether the file has it as a number or a string.
QString propertyText(const QJsonObject &properties, const QString &name)
{
    const QJsonValue v = properties.value(name);
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
}

// One line of CSV, its fields unquoted ("a ""b"", c" is one field).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"')
                field += line.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

QList<PopulationRow> readPopulationTable(const QByteArray &csv, const QString &file)
{
    // Comma separated, UTF-8, a field with a comma in quotes; no line breaks inside fields.
    QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty())
        fail(QStringLiteral("%1 is empty").arg(file));
    const QStringList header = csvFields(QString::fromUtf8(lines.takeFirst()).trimmed());
    const auto column = [&](const char *name) {
        const qsizetype i = header.indexOf(QLatin1String(name));
        if (i < 0)
            fail(QStringLiteral("%1 has no column '%2'").arg(file, QLatin1String(name)));
        return i;
    };
    const qsizetype id = column("stadtbezirk_id"), name = column("stadtbezirk"),
                    total = column("einwohner");
    const std::array<qsizetype, 4> ages = {column("unter_18"), column("von_18_bis_64"),
                                           column("von_65_bis_79"), column("ab_80")};
    QList<PopulationRow> rows;
    int lineNumber = 1;
    for (const QByteArray &line : std::as_const(lines)) {
        ++lineNumber;
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList cells = csvFields(text);
        const auto count = [&](qsizetype i) {
            bool ok = false;
            const qint64 n = i < cells.size() ? cells.at(i).toLongLong(&ok) : 0;
            if (!ok || n < 0)
                fail(QStringLiteral("%1, row %2, column '%3': '%4' is not a number of inhabitants")
                         .arg(file)
                         .arg(lineNumber)
                         .arg(header.at(i), i < cells.size() ? cells.at(i) : QString()));
            return n;
        };
        PopulationRow row;
        row.districtId = cells.value(id);
        row.districtName = cells.value(name);
        row.total = count(total);
        for (size_t k = 0; k < ages.size(); ++k)
            row.byAge[k] = count(ages[k]);
        rows.append(row);
    }
    return rows;
}

QList<Area> bundledCityAreas(const CityProfile &city)
{
    QList<PopulationRow> population;
    if (!city.populationFile.isEmpty())
        population = readPopulationTable(bundled(city.populationFile), city.populationFile);
    const auto add = [](Area &area, const PopulationRow &row) {
        area.population = area.population.value_or(0) + row.total;
        for (size_t k = 0; k < row.byAge.size(); ++k)
            area.populationByAge[k] = area.populationByAge[k].value_or(0) + row.byAge[k];
    };

    QList<Area> areas;
    if (!city.outlineFile.isEmpty()) {
        Area boundary;
        boundary.id = city.id + QStringLiteral("-boundary");
        boundary.name = city.name;
        boundary.kind = QStringLiteral("city");
        boundary.polygons = polygonsFromGeoJson(bundled(city.outlineFile));
        if (boundary.polygons.isEmpty())
            fail(QStringLiteral("%1 holds no polygon").arg(city.outlineFile));
        for (const PopulationRow &row : std::as_const(population))
            add(boundary, row);
        areas.append(boundary);
    }
    if (!city.districtsFile.isEmpty()) {
        QHash<QString, qsizetype> byId;
        const QList<GeoJsonFeature> features = featuresFromGeoJson(bundled(city.districtsFile));
        if (features.isEmpty())
            fail(QStringLiteral("%1 holds no districts").arg(city.districtsFile));
        for (const GeoJsonFeature &f : features) {
            Area district;
            const QString id = propertyText(f.properties, city.districtIdProperty);
            district.name = propertyText(f.properties, city.districtNameProperty);
            district.kind = QStringLiteral("district");
            district.polygons = f.polygons;
            if (district.name.isEmpty() || district.polygons.isEmpty() ||
                (!city.districtIdProperty.isEmpty() && id.isEmpty()))
                fail(QStringLiteral("%1: a district without %2, %3 or a polygon")
                         .arg(city.districtsFile, city.districtIdProperty, city.districtNameProperty));
            district.id = city.id + QStringLiteral("-district-") + (id.isEmpty() ? district.name : id);
            byId.insert(id, areas.size());
            areas.append(district);
        }
        for (const PopulationRow &row : std::as_const(population)) {
            const auto it = byId.constFind(row.districtId);
            if (it == byId.cend())
                fail(QStringLiteral("%1: district %2 (%3) is not in %4")
                         .arg(city.populationFile, row.districtId, row.districtName,
                              city.districtsFile));
            add(areas[*it], row);
        }
    }
    return areas;
}

const QList<Area> &bundledCityAreas()
{
    static const QList<Area> areas =
        bundledCityAreas(CityProfile::fromJson(BundledData::read(QStringLiteral("city.json"))));
    return areas;
}

bool isBundledCityArea(const Area &area)
{
    static const QSet<QString> ids = [] {
        QSet<QString> out;
        for (const Area &a : bundledCityAreas())
            out.insert(a.id);
        return out;
    }();
    return ids.contains(area.id);
}

} // namespace stadtplan
