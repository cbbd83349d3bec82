#include "addressgazetteer.h"

#include "addresslayer.h"
#include "storeerror.h"

#include "gdalsupport.h"
#include "geodesy.h"
#include "sourcereading.h"
#include "validation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace stadtplan {

namespace {

int leadingNumber(const QString &houseNumber)
{
    int n = 0;
    for (const QChar c : houseNumber) {
        if (!c.isDigit())
            break;
        n = n * 10 + c.digitValue();
        if (n > 100000)
            break;
    }
    return n;
}

} // namespace

QString AddressGazetteer::streetKey(const QString &street)
{
    // "Detmolder Str." and "detmolder strasse" meet; so do "Jöllenbecker" and "Joellenbecker".
    QString key = Validation::foldedWords(street);
    key.remove(QLatin1Char(' '));
    key.replace(QLatin1String("strasse"), QLatin1String("str"));
    return key;
}

void AddressGazetteer::insert(const Address &address, const GeoPoint &position)
{
    const qsizetype index = m_entries.size();
    m_entries.append({address, position, leadingNumber(address.houseNumber)});
    const QString key = addressKey(address, false);
    if (const auto known = m_withoutPostcode.constFind(key);
        known != m_withoutPostcode.cend() &&
        Geodesy::distanceMetres(m_entries.at(*known).position, position) > 50.0)
        m_ambiguous.insert(key);
    m_withoutPostcode.insert(key, index);
    if (!address.postcode.isEmpty())
        m_withPostcode.insert(addressKey(address, true), index);
    m_streets[streetKey(address.street)].append(index);
}

QString AddressGazetteer::addressKey(const Address &a, bool withPostcode)
{
    // The street folded as streetKey() folds it; "5 a" and "5a" alike.
    QString key = streetKey(a.street) + QLatin1Char('|');
    for (const QChar c : a.houseNumber)
        if (c.isLetterOrNumber())
            key += c.toLower();
    if (withPostcode)
        key += QLatin1Char('|') + a.postcode.trimmed();
    return key;
}

bool AddressGazetteer::isAmbiguous(const Address &address) const
{
    return m_ambiguous.contains(addressKey(address, false));
}

std::optional<qsizetype> AddressGazetteer::findIndex(const Address &address) const
{
    if (!address.postcode.isEmpty())
        if (const auto it = m_withPostcode.constFind(addressKey(address, true));
            it != m_withPostcode.cend())
            return *it;
    const QString key = addressKey(address, false);
    if (const auto it = m_withoutPostcode.constFind(key);
        it != m_withoutPostcode.cend() && !m_ambiguous.contains(key))
        return *it;
    return std::nullopt;
}

std::optional<GeoPoint> AddressGazetteer::find(const Address &address) const
{
    const auto index = findIndex(address);
    return index ? std::optional<GeoPoint>(m_entries.at(*index).position) : std::nullopt;
}

Address AddressGazetteer::parse(const QString &text)
{
    Address a;
    QString rest = text.simplified();
    // A German postcode stands alone as five digits; the words after it up to
    // the next comma are the town.
    static const QRegularExpression postcode(QStringLiteral("\\b(\\d{5})\\b\\s*([^,]*)"));
    if (const auto m = postcode.match(rest); m.hasMatch()) {
        a.postcode = m.captured(1);
        a.city = m.captured(2).trimmed();
        rest.remove(m.capturedStart(), m.capturedLength());
    }
    QString streetPart;
    for (const QString &part : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            streetPart = part.trimmed();
            break;
        }
    }
    // The house number ends the street part: "Straße des 17. Juni 5", "Niederwall 23a", "Am Bach
    // 3-5".
    static const QRegularExpression streetNumber(
        QStringLiteral("^(.*?\\D)\\s+(\\d+\\s*[a-zA-Z]?(?:\\s*[-/]\\s*\\d+\\s*[a-zA-Z]?)?)$"));
    if (const auto m = streetNumber.match(streetPart); m.hasMatch()) {
        a.street = m.captured(1).trimmed();
        a.houseNumber = m.captured(2).remove(QLatin1Char(' '));
    } else {
        a.street = streetPart;
    }
    return a;
}

QList<AddressGazetteer::Match> AddressGazetteer::lookup(const QString &text, int limit) const
{
    const Address asked = parse(text);
    const QString key = streetKey(asked.street);
    if (key.isEmpty() || limit < 1)
        return {};
    if (!asked.houseNumber.isEmpty()) {
        // The entry itself, spelled as the gazetteer spells it.
        if (const auto index = findIndex(asked))
            return {Match{m_entries.at(*index).address, m_entries.at(*index).position, true}};
    }

    // Streets spelled like the one asked for: the same, typed with a few
    // mistakes (about one in four letters), or begun.
    struct Candidate
    {
        qsizetype score;
        QString street;
    };
    QList<Candidate> streets;
    const qsizetype tolerance = std::max<qsizetype>(1, key.size() / 4);
    for (auto it = m_streets.cbegin(); it != m_streets.cend(); ++it) {
        const QString &street = it.key();
        qsizetype score = 2 * Validation::editDistance(key, street);
        if (street != key && key.size() >= 3 && street.startsWith(key))
            score = 1;
        if (score <= 2 * tolerance)
            streets.append({score, street});
    }
    std::sort(streets.begin(), streets.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score < b.score : a.street < b.street;
    });

    // On each street the nearest house numbers (the middle of the street when
    // none was asked for); in the postcode asked for first. Several on the
    // best street, one on each further one.
    const int askedNumber = leadingNumber(asked.houseNumber);
    QList<Match> out;
    for (const Candidate &candidate : std::as_const(streets)) {
        QList<qsizetype> entries = m_streets.value(candidate.street);
        std::sort(entries.begin(), entries.end(), [&](qsizetype x, qsizetype y) {
            const Entry &a = m_entries.at(x), &b = m_entries.at(y);
            return a.number != b.number ? a.number < b.number
                                        : a.address.houseNumber < b.address.houseNumber;
        });
        if (asked.houseNumber.isEmpty()) {
            entries = {entries.at(entries.size() / 2)};
        } else {
            std::stable_sort(entries.begin(), entries.end(), [&](qsizetype x, qsizetype y) {
                const Entry &a = m_entries.at(x), &b = m_entries.at(y);
                const bool aPostcode =
                    !asked.postcode.isEmpty() && a.address.postcode == asked.postcode;
                const bool bPostcode =
                    !asked.postcode.isEmpty() && b.address.postcode == asked.postcode;
                if (aPostcode != bPostcode)
                    return aPostcode;
                return std::abs(a.number - askedNumber) < std::abs(b.number - askedNumber);
            });
        }
        const qsizetype take = out.isEmpty() ? 3 : 1;
        for (qsizetype i = 0; i < std::min(take, entries.size()) && out.size() < limit; ++i)
            out.append(
                {m_entries.at(entries.at(i)).address, m_entries.at(entries.at(i)).position, false});
        if (out.size() >= limit)
            break;
    }
    return out;
}

QString AddressGazetteer::besideStore(const QString &store)
{
    if (const QString configured = qEnvironmentVariable("STADTPLAN_GAZETTEER"); !configured.isEmpty())
        return configured;
    if (store.isEmpty() || store.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive))
        return {};
    const QFileInfo info(store);
    for (const char *suffix : {"-addresses.csv", "-addresses.gpkg", "-addresses.geojson"}) {
        const QString candidate = info.dir().filePath(info.completeBaseName() + QLatin1String(suffix));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

std::optional<AddressGazetteer> AddressGazetteer::fromStore(const QString &store, QString *problem)
{
    if (problem)
        problem->clear();
    if (store.isEmpty())
        return std::nullopt;
    QString unreadable;
    const auto description = addresses::describe(store, &unreadable);
    if (!description) {
        if (problem)
            *problem = unreadable;
        return std::nullopt;
    }
    try {
        addresses::Description about;
        const std::vector<addresses::Entry> entries = addresses::read(store, &about);
        AddressGazetteer gazetteer;
        gazetteer.m_entries.reserve(qsizetype(entries.size()));
        for (const addresses::Entry &e : entries)
            gazetteer.insert(e.address, e.position);
        gazetteer.m_name = about.source;
        gazetteer.m_dataDate = about.dataDate;
        return gazetteer;
    } catch (const StoreError &e) {
        if (problem)
            *problem = e.message();
        return std::nullopt;
    }
}

std::optional<AddressGazetteer> AddressGazetteer::forStore(const QString &store, const QString &file,
                                                           const FieldMapping &mapping,
                                                           QString *problem, QString *from)
{
    const QString path = file.isEmpty() ? besideStore(store) : file;
    if (from)
        *from = path.isEmpty() ? store : path;
    if (!path.isEmpty())
        return read(path, mapping, {}, problem);
    return fromStore(store, problem);
}

std::optional<AddressGazetteer> AddressGazetteer::read(const QString &path,
                                                       const FieldMapping &mapping,
                                                       const QString &sourceCrs, QString *problem,
                                                       int *unusable)
{
    const auto fail = [&](const QString &message) {
        if (problem)
            *problem = message;
        return std::nullopt;
    };
    gdal::ensureInitialised();
    ImportOptions source;
    source.input = path;
    ImportReport problems;
    problems.file = path;
    const GDALDatasetUniquePtr dataset = openSource(source, problems);
    if (!dataset)
        return fail(problems.problems().value(0).message);
    OGRLayer *layer = dataset->GetLayer(0);
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    const QStringList available = columnNames(*definition);
    const auto column = [&](const char *field) {
        const QString name = mapping.sourceField(QString::fromLatin1(field), available);
        return name.isEmpty() ? -1 : int(available.indexOf(name));
    };
    const int street = column("street"), houseNumber = column("house_number"),
              postcode = column("postcode");
    const int city = column("city");
    const int x = column("x"), y = column("y"), lat = column("latitude"), lon = column("longitude");
    if (street < 0 || houseNumber < 0)
        return fail(QStringLiteral("needs street and house number columns"));

    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRSpatialReference> crs;
    if (const OGRSpatialReference *own = layer->GetSpatialRef()) {
        crs.reset(own->Clone());
    } else if (!sourceCrs.isEmpty()) {
        crs = std::make_unique<OGRSpatialReference>();
        if (crs->SetFromUserInput(sourceCrs.toUtf8().constData()) != OGRERR_NONE)
            return fail(QStringLiteral("--s-crs is not a coordinate system PROJ knows"));
    }
    if (crs)
        crs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toWgs84(
        crs ? OGRCreateCoordinateTransformation(crs.get(), &wgs84) : nullptr);

    AddressGazetteer gazetteer;
    gazetteer.m_name = QFileInfo(path).fileName();
    int skipped = 0;
    for (const auto &f : *layer) {
        double px = 0, py = 0;
        bool projected = true;
        if (const OGRGeometry *g = f->GetGeometryRef();
            g && wkbFlatten(g->getGeometryType()) == wkbPoint) {
            px = g->toPoint()->getX();
            py = g->toPoint()->getY();
        } else if (x >= 0 && y >= 0) {
            const auto vx = number(fieldText(*f, x)), vy = number(fieldText(*f, y));
            if (!vx || !vy) {
                ++skipped;
                continue;
            }
            px = *vx;
            py = *vy;
        } else if (lat >= 0 && lon >= 0) {
            const auto vlat = number(fieldText(*f, lat)), vlon = number(fieldText(*f, lon));
            if (!vlat || !vlon) {
                ++skipped;
                continue;
            }
            px = *vlon;
            py = *vlat;
            projected = false;
        } else {
            ++skipped;
            continue;
        }
        if (projected) {
            if (!toWgs84)
                return fail(QStringLiteral("names no coordinate system: give --s-crs"));
            if (!toWgs84->Transform(1, &px, &py)) {
                ++skipped;
                continue;
            }
        }
        const Address address{fieldText(*f, street), fieldText(*f, houseNumber),
                              postcode >= 0 ? fieldText(*f, postcode) : QString(),
                              city >= 0 ? fieldText(*f, city) : QString()};
        if (address.street.isEmpty()) {
            ++skipped;
            continue;
        }
        gazetteer.insert(address, GeoPoint{py, px});
    }
    if (gazetteer.m_entries.isEmpty())
        return fail(QStringLiteral("holds no usable addresses"));
    if (unusable)
        *unusable = skipped;
    return gazetteer;
}

} // namespace stadtplan
