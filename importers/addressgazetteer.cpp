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

// Whether b is a with one letter left out, added or replaced, or two
// neighbours swapped ("Niderwall", "Niederwalll", "Niedervall", "Nieedrwall").
bool oneLetterOff(const QString &a, const QString &b)
{
    if (std::abs(a.size() - b.size()) > 1 || a == b)
        return false;
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    if (a.size() == b.size()) {
        if (QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1))
            return true; // replaced
        return i + 1 < a.size() && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) &&
               QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2); // swapped
    }
    const QString &longer = a.size() > b.size() ? a : b, &shorter = a.size() > b.size() ? b : a;
    return QStringView(longer).mid(i + 1) == QStringView(shorter).mid(i); // left out or added
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

QString AddressGazetteer::writtenKey(const QString &street)
{
    QString key;
    for (const QChar c : street)
        if (c.isLetterOrNumber())
            key += c.toLower();
    return key;
}

std::array<quint8, 32> AddressGazetteer::letterCounts(const QString &key)
{
    std::array<quint8, 32> counts{};
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const std::size_t bin = u >= u'a' && u <= u'z'   ? std::size_t(u - u'a')
                                : u >= u'0' && u <= u'9' ? 26 + std::size_t(u - u'0') % 5
                                                         : 31;
        if (counts[bin] < 255)
            ++counts[bin];
    }
    return counts;
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
    const QString street = streetKey(address.street);
    Street &onStreet = m_streets[street];
    if (onStreet.entries.isEmpty()) {
        onStreet.spelled = Validation::foldedWords(address.street).remove(QLatin1Char(' '));
        onStreet.letters = letterCounts(street);
        onStreet.written = writtenKey(address.street);
    }
    onStreet.entries.append(index);
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
    // "Str.29" and "Straße29": the number glued to the street.
    static const QRegularExpression glued(QStringLiteral("([.\\p{L}])(\\d)"));
    rest.replace(glued, QStringLiteral("\\1 \\2"));
    // "Nr. 29", "Hausnr. 29", "No 29": the word says nothing the number does not.
    static const QRegularExpression numberWord(
        QStringLiteral("\\b(?:hausnummer|hausnr|nr|no)\\.?\\s*(?=\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    rest.remove(numberWord);
    // A German postcode stands alone as five digits; the words after it up to
    // the next comma are the town.
    static const QRegularExpression postcode(QStringLiteral("\\b(\\d{5})\\b\\s*([^,]*)"));
    if (const auto m = postcode.match(rest); m.hasMatch()) {
        a.postcode = m.captured(1);
        a.city = m.captured(2).trimmed();
        rest.remove(m.capturedStart(), m.capturedLength());
    }
    QStringList parts;
    for (const QString &part : rest.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    const QString streetPart = parts.value(0);
    // The house number ends the street ("Straße des 17. Juni 5", "Niederwall
    // 23a", "Am Bach 3-5"); words after it are the town ("Niederwall 25
    // Bielefeld"). A letter after the number is its suffix only when no
    // letter follows it.
    static const QRegularExpression streetNumber(QStringLiteral(
        "^(.*?\\D)\\s+(\\d+(?:\\s*[a-zA-Z](?![\\p{L}]))?(?:\\s*[-/]\\s*\\d+(?:\\s*[a-zA-Z](?![\\p{L}]))?)?)"
        "(?:\\s+(\\D.*))?$"));
    if (const auto m = streetNumber.match(streetPart); m.hasMatch()) {
        a.street = m.captured(1).trimmed();
        a.houseNumber = m.captured(2).remove(QLatin1Char(' '));
        if (a.city.isEmpty())
            a.city = m.captured(3).trimmed();
    } else {
        a.street = streetPart;
    }
    // "Niederwall 25, Bielefeld": the town after a comma.
    if (a.city.isEmpty() && parts.size() > 1)
        a.city = parts.at(1);
    return a;
}

bool AddressGazetteer::sameTown(const QString &a, const QString &b)
{
    const QString x = Validation::foldedWords(a), y = Validation::foldedWords(b);
    return !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x));
}

std::optional<AddressGazetteer::Match> AddressGazetteer::exactMatch(const Address &asked,
                                                                   const QString &town) const
{
    if (asked.houseNumber.isEmpty())
        return std::nullopt;
    QStringList numbers{asked.houseNumber};
    // "29-31", "12/1": the whole, else the first number of it.
    if (const qsizetype cut = asked.houseNumber.indexOf(QRegularExpression(QStringLiteral("[-/]"))); cut > 0)
        numbers.append(asked.houseNumber.left(cut));
    for (const QString &number : std::as_const(numbers)) {
        Address a = asked;
        a.houseNumber = number;
        // Not in the postcode typed, the address may still be found in another.
        const std::optional<qsizetype> index = findIndex(a);
        if (!index)
            continue;
        const Entry &e = m_entries.at(*index);
        Match m{.address = e.address, .position = e.position, .exact = true};
        if (!asked.postcode.isEmpty() && !e.address.postcode.isEmpty() &&
            e.address.postcode != asked.postcode) {
            m.exact = false;
            m.wrongPostcode = asked.postcode;
        }
        // A town typed that is not the address's ("Bielefeld-Mitte" is Bielefeld).
        const QString entryTown = e.address.city.isEmpty() ? town : e.address.city;
        if (!asked.city.isEmpty() && !entryTown.isEmpty() && !sameTown(asked.city, entryTown)) {
            m.exact = false;
            m.wrongCity = asked.city;
        }
        return m;
    }
    return std::nullopt;
}

AddressGazetteer::Match AddressGazetteer::streetMiddle(const QString &key) const
{
    QList<qsizetype> entries = m_streets.value(key).entries;
    std::sort(entries.begin(), entries.end(), [&](qsizetype x, qsizetype y) {
        const Entry &a = m_entries.at(x), &b = m_entries.at(y);
        return a.number != b.number ? a.number < b.number
                                    : a.address.houseNumber < b.address.houseNumber;
    });
    const Entry &middle = m_entries.at(entries.at(entries.size() / 2));
    Match m{.address = Address{middle.address.street, {}, {}, middle.address.city},
            .position = middle.position,
            .exact = true};
    m.street = true;
    return m;
}

QList<AddressGazetteer::Match> AddressGazetteer::lookup(const QString &text, int limit,
                                                        const QString &town) const
{
    const Address asked = parse(text);
    const QString key = streetKey(asked.street);
    if (key.isEmpty() || limit < 1)
        return {};
    if (const auto found = exactMatch(asked, town))
        return {*found};
    if (asked.houseNumber.isEmpty() && m_streets.contains(key))
        return {streetMiddle(key)};

    // One letter off (left out, added, another, or two swapped): resolved when
    // this street alone is that close.
    if (key.size() >= 4) {
        QString only;
        int close = 0;
        const QString spelled = Validation::foldedWords(asked.street).remove(QLatin1Char(' '));
        const QString written = writtenKey(asked.street);
        for (auto it = m_streets.cbegin(); it != m_streets.cend() && close < 2; ++it) {
            const QString &street = it.key();
            if (oneLetterOff(key, street) || oneLetterOff(spelled, it->spelled) ||
                oneLetterOff(written, it->written)) {
                only = street;
                ++close;
            }
        }
        if (close == 1) {
            Address corrected = asked;
            corrected.street = m_entries.at(m_streets.value(only).entries.first()).address.street;
            std::optional<Match> found;
            if (asked.houseNumber.isEmpty())
                found = streetMiddle(only);
            else
                found = exactMatch(corrected, town);
            if (found) {
                found->typedStreet = asked.street;
                return {*found};
            }
        }
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
    const std::array<quint8, 32> letters = letterCounts(key);
    for (auto it = m_streets.cbegin(); it != m_streets.cend(); ++it) {
        const QString &street = it.key();
        qsizetype score = 0;
        if (street != key && key.size() >= 3 && street.startsWith(key)) {
            score = 1;
        } else {
            if (std::abs(street.size() - key.size()) > tolerance)
                continue; // at least that many letters apart
            int differ = 0;
            for (std::size_t b = 0; b < letters.size(); ++b)
                differ += std::abs(int(letters[b]) - int(it->letters[b]));
            if ((differ + 1) / 2 > tolerance)
                continue;
            score = 2 * Validation::editDistanceWithin(key, street, tolerance);
        }
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
        QList<qsizetype> entries = m_streets.value(candidate.street).entries;
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
            out.append({.address = m_entries.at(entries.at(i)).address,
                        .position = m_entries.at(entries.at(i)).position});
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
    ListDetails details;
    auto gazetteer = readList(path, mapping, sourceCrs, nullptr, problem, &details);
    if (gazetteer && unusable)
        *unusable = details.unusable;
    return gazetteer;
}

namespace {

// The names official house-coordinates lists give their columns (keys as
// FieldMapping::key() makes them), after the ones the mapping knows.
const QHash<QString, QStringList> &listColumns()
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("street"),
         {QStringLiteral("stn"), QStringLiteral("strassenname"), QStringLiteral("strname"),
          QStringLiteral("strasse"), QStringLiteral("str"), QStringLiteral("streetname"),
          QStringLiteral("strassenbezeichnung"), QStringLiteral("strbez"), QStringLiteral("lagebezeichnung")}},
        {QStringLiteral("house_number"),
         {QStringLiteral("hnr"), QStringLiteral("hsnr"), QStringLiteral("hausnummer"),
          QStringLiteral("hausnr"), QStringLiteral("housenumber"), QStringLiteral("hausnummerzahl"),
          QStringLiteral("nr")}},
        {QStringLiteral("suffix"),
         {QStringLiteral("adz"), QStringLiteral("hausnummerzusatz"), QStringLiteral("hnrzusatz"),
          QStringLiteral("hsnrzusatz"), QStringLiteral("hnrzus"), QStringLiteral("hsnrzus"),
          QStringLiteral("hnrz"), QStringLiteral("zusatz"), QStringLiteral("adressierungszusatz"),
          QStringLiteral("housenumbersuffix"), QStringLiteral("suffix"), QStringLiteral("buchstabe")}},
        {QStringLiteral("postcode"),
         {QStringLiteral("plz"), QStringLiteral("postleitzahl"), QStringLiteral("postcode"),
          QStringLiteral("zip")}},
        {QStringLiteral("city"),
         {QStringLiteral("onm"), QStringLiteral("ortsname"), QStringLiteral("ort"),
          QStringLiteral("gemeindename"), QStringLiteral("gemeinde"), QStringLiteral("gmdname"),
          QStringLiteral("stadt"), QStringLiteral("city")}},
        {QStringLiteral("x"),
         {QStringLiteral("east"), QStringLiteral("easting"), QStringLiteral("ostwert"),
          QStringLiteral("rechtswert"), QStringLiteral("rw"), QStringLiteral("ost"),
          QStringLiteral("x"), QStringLiteral("utmost"), QStringLiteral("utme")}},
        {QStringLiteral("y"),
         {QStringLiteral("north"), QStringLiteral("northing"), QStringLiteral("nordwert"),
          QStringLiteral("hochwert"), QStringLiteral("hw"), QStringLiteral("nord"),
          QStringLiteral("y"), QStringLiteral("utmnord"), QStringLiteral("utmn")}},
        {QStringLiteral("latitude"),
         {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("breite")}},
        {QStringLiteral("longitude"),
         {QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("longitude"),
          QStringLiteral("laenge")}},
    };
    return columns;
}

std::unique_ptr<OGRCoordinateTransformation> toWgs84From(const OGRSpatialReference &crs)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRSpatialReference> source(crs.Clone());
    source->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return std::unique_ptr<OGRCoordinateTransformation>(
        OGRCreateCoordinateTransformation(source.get(), &wgs84));
}

} // namespace

std::vector<std::pair<double, double>> firstPositions(OGRLayer &layer, int x, int y)
{
    std::vector<std::pair<double, double>> sample;
    const bool xy = x >= 0 && y >= 0;
    if (!xy && layer.GetGeomType() == wkbNone)
        return sample; // latitude/longitude, or no position at all
    layer.ResetReading();
    int looked = 0;
    for (const auto &f : layer) {
        if (++looked > 50) // the first records only, not the list once more
            break;
        if (const OGRGeometry *g = f->GetGeometryRef(); g && !g->IsEmpty()) {
            if (wkbFlatten(g->getGeometryType()) == wkbPoint)
                sample.emplace_back(g->toPoint()->getX(), g->toPoint()->getY());
        } else if (xy) {
            const auto vx = number(fieldText(*f, x)), vy = number(fieldText(*f, y));
            if (vx && vy)
                sample.emplace_back(*vx, *vy);
        }
        if (sample.size() >= 20)
            break;
    }
    layer.ResetReading();
    return sample;
}

QString likelyCrs(const std::vector<std::pair<double, double>> &sample, const CityProfile &city, QStringList *tried)
{
    QStringList candidates{city.metricCrs};
    for (const char *code : {"EPSG:25832", "EPSG:4647", "EPSG:25833", "EPSG:5650", "EPSG:31467",
                             "EPSG:31466", "EPSG:31468"})
        if (!candidates.contains(QLatin1String(code)))
            candidates.append(QLatin1String(code));
    candidates.removeAll(QString());
    if (tried)
        *tried = candidates;
    // What PROJ says of positions outside a system tried is no problem of the list.
    const gdal::ErrorCollector quiet;
    for (const QString &candidate : std::as_const(candidates)) {
        OGRSpatialReference crs;
        if (sample.empty() || crs.SetFromUserInput(candidate.toUtf8().constData()) != OGRERR_NONE)
            continue;
        const auto transform = toWgs84From(crs);
        if (!transform)
            continue;
        // Most of them: a list may hold a few addresses beyond the city.
        const auto inCity = std::count_if(sample.cbegin(), sample.cend(), [&](const auto &p) {
            double px = p.first, py = p.second;
            return transform->Transform(1, &px, &py) && city.bounds.contains(GeoPoint{py, px});
        });
        if (2 * std::size_t(inCity) > sample.size())
            return candidate;
    }
    return {};
}

std::optional<AddressGazetteer> AddressGazetteer::readList(const QString &path,
                                                           const FieldMapping &mapping,
                                                           const QString &sourceCrs,
                                                           const CityProfile *city,
                                                           QString *problem, ListDetails *details)
{
    const auto fail = [&](const QString &message) {
        if (problem)
            *problem = message;
        return std::nullopt;
    };
    ListDetails own;
    ListDetails &info = details ? *details : own;
    info = {};
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
        const QString name = QString::fromLatin1(field);
        QString found = mapping.sourceField(name, available);
        if (found.isEmpty())
            for (const QString &wanted : listColumns().value(name)) {
                for (const QString &c : available)
                    if (FieldMapping::key(c) == wanted) {
                        found = c;
                        break;
                    }
                if (!found.isEmpty())
                    break;
            }
        if (!found.isEmpty())
            info.columns.append({name, found});
        return found.isEmpty() ? -1 : int(available.indexOf(found));
    };
    const int street = column("street"), houseNumber = column("house_number");
    const int suffix = column("suffix"), postcode = column("postcode"), town = column("city");
    const bool pointGeometry = wkbFlatten(layer->GetGeomType()) == wkbPoint;
    const int x = pointGeometry ? -1 : column("x"), y = pointGeometry ? -1 : column("y");
    const int lat = pointGeometry ? -1 : column("latitude"), lon = pointGeometry ? -1 : column("longitude");
    if (street < 0 || houseNumber < 0)
        return fail(QStringLiteral("needs street and house number columns (it has %1)")
                        .arg(available.join(QStringLiteral(", "))));

    // The positions' coordinate system: the list's own, else the one given,
    // else the one in which its first positions lie in the city.
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    const auto describeCrs = [](const OGRSpatialReference &crs) {
        const char *authority = crs.GetAuthorityName(nullptr);
        const char *code = crs.GetAuthorityCode(nullptr);
        return authority && code ? QStringLiteral("%1:%2").arg(QLatin1String(authority), QLatin1String(code))
                                 : QString::fromUtf8(crs.GetName());
    };
    if (const OGRSpatialReference *ownCrs = layer->GetSpatialRef()) {
        toWgs84 = toWgs84From(*ownCrs);
        info.crs = describeCrs(*ownCrs);
    } else if (!sourceCrs.isEmpty()) {
        OGRSpatialReference given;
        if (given.SetFromUserInput(sourceCrs.toUtf8().constData()) != OGRERR_NONE)
            return fail(QStringLiteral("%1 is not a coordinate system PROJ knows").arg(sourceCrs));
        toWgs84 = toWgs84From(given);
        info.crs = sourceCrs;
    } else if (x >= 0 && y >= 0 && city && city->bounds.isValid()) {
        QStringList candidates;
        const QString likely = likelyCrs(firstPositions(*layer, x, y), *city, &candidates);
        OGRSpatialReference crs;
        if (!likely.isEmpty() && crs.SetFromUserInput(likely.toUtf8().constData()) == OGRERR_NONE) {
            toWgs84 = toWgs84From(crs);
            info.crs = likely;
            info.crsGuessed = true;
        }
        if (!toWgs84)
            return fail(QStringLiteral("names no coordinate system, and most of its first positions "
                                       "lie in %1 in none of %2: give it (--s-crs)")
                            .arg(city->name, candidates.join(QStringLiteral(", "))));
    } else if (pointGeometry || (x >= 0 && y >= 0)) {
        return fail(QStringLiteral("names no coordinate system: give --s-crs"));
    }
    if (info.crs.isEmpty() && lat >= 0 && lon >= 0)
        info.crs = QStringLiteral("EPSG:4326");

    AddressGazetteer gazetteer;
    gazetteer.m_name = QFileInfo(path).fileName();
    layer->ResetReading();
    for (const auto &f : *layer) {
        ++info.rows;
        double px = 0, py = 0;
        bool projected = true;
        if (const OGRGeometry *g = f->GetGeometryRef();
            g && wkbFlatten(g->getGeometryType()) == wkbPoint) {
            px = g->toPoint()->getX();
            py = g->toPoint()->getY();
        } else if (x >= 0 && y >= 0) {
            const auto vx = number(fieldText(*f, x)), vy = number(fieldText(*f, y));
            if (!vx || !vy) {
                ++info.unusable;
                continue;
            }
            px = *vx;
            py = *vy;
        } else if (lat >= 0 && lon >= 0) {
            const auto vlat = number(fieldText(*f, lat)), vlon = number(fieldText(*f, lon));
            if (!vlat || !vlon) {
                ++info.unusable;
                continue;
            }
            px = *vlon;
            py = *vlat;
            projected = false;
        } else {
            ++info.unusable;
            continue;
        }
        if (projected) {
            if (!toWgs84)
                return fail(QStringLiteral("names no coordinate system: give --s-crs"));
            if (!toWgs84->Transform(1, &px, &py)) {
                ++info.unusable;
                continue;
            }
        }
        QString number = fieldText(*f, houseNumber);
        if (suffix >= 0)
            number += fieldText(*f, suffix); // "12" and "a": "12a"
        const Address address{fieldText(*f, street), number,
                              postcode >= 0 ? fieldText(*f, postcode) : QString(),
                              town >= 0 ? fieldText(*f, town) : QString()};
        const GeoPoint at{py, px};
        if (address.street.isEmpty() || !at.isValid()) {
            ++info.unusable;
            continue;
        }
        if (city && city->bounds.isValid() && !city->bounds.contains(at)) {
            ++info.outside;
            continue;
        }
        gazetteer.insert(address, at);
    }
    if (gazetteer.m_entries.isEmpty())
        return fail(info.outside > 0
                        ? QStringLiteral("holds no address in %1 (%L2 lie outside it: is the "
                                         "coordinate system right?)")
                              .arg(city->name)
                              .arg(info.outside)
                        : QStringLiteral("holds no usable addresses"));
    return gazetteer;
}

std::vector<addresses::Entry> AddressGazetteer::entries() const
{
    std::vector<addresses::Entry> out;
    out.reserve(std::size_t(m_entries.size()));
    for (const Entry &e : m_entries)
        out.push_back({e.address, e.position, {}});
    return out;
}

} // namespace stadtplan
