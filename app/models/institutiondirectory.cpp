#include "institutiondirectory.h"

#include "clock.h"
#include "recordeditor.h"

#include "bundleddata.h"
#include "cityareas.h"
#include "fieldmapping.h"
#include "focusareamodel.h"
#include "geodesy.h"
#include "institutionfile.h"
#include "markermodel.h"
#include "addresslayer.h"
#include "addresssearch.h"
#include "onlinegeocoder.h"
#include "place.h"
#include "resultmodel.h"
#include "servicefinder.h"
#include "storelocation.h"
#include "uilanguage.h"
#include "verification.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTranslator>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace stadtplan {

namespace {
QString stepFreeText(StepFree value)
{
    switch (value) {
    case StepFree::Yes:
        return InstitutionDirectory::tr("Step-free access");
    case StepFree::No:
        return InstitutionDirectory::tr("Not step-free");
    case StepFree::Unknown:
        break;
    }
    return InstitutionDirectory::tr("Step-free access unknown");
}

QString positionSourceText(PositionSource value)
{
    switch (value) {
    case PositionSource::Surveyed:
        return InstitutionDirectory::tr("Position surveyed");
    case PositionSource::Geocoded:
        return InstitutionDirectory::tr("Position geocoded from the address");
    case PositionSource::Estimated:
        break;
    }
    return InstitutionDirectory::tr("Position estimated, not exact");
}

QString statusText(ServiceStatus value)
{
    switch (value) {
    case ServiceStatus::Active:
        return {};
    case ServiceStatus::TemporarilyClosed:
        return InstitutionDirectory::tr("Temporarily closed");
    case ServiceStatus::Inactive:
        break;
    }
    return InstitutionDirectory::tr("No longer offered");
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}
} // namespace

InstitutionDirectory::InstitutionDirectory(QObject *parent)
    : QObject(parent), m_focusAreaModel(std::make_unique<FocusAreaModel>(this)),
      m_resultModel(std::make_unique<ResultModel>(this)),
      m_markerModel(std::make_unique<MarkerModel>(this))
{
    // The bundled taxonomy and city profile are part of the build; if they
    // fail to parse, that is a defect of the build, reported like a store error.
    try {
        m_taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        m_city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    } catch (const std::exception &e) {
        m_bundledError = tr("The bundled taxonomy or city profile is broken: %1")
                             .arg(QString::fromStdString(e.what()));
        setError(m_bundledError);
    }
    setTileUrl(m_city.tileUrl);
}

InstitutionDirectory::~InstitutionDirectory() = default;

void InstitutionDirectory::setError(const QString &message)
{
    m_errorMessage = message;
    if (!message.isEmpty())
        qCritical().noquote() << "stadtplan:" << message;
}

QString InstitutionDirectory::resolvedStoreLocation() const
{
    return m_storeLocation.isEmpty() ? defaultStoreLocation() : m_storeLocation;
}

bool InstitutionDirectory::load()
{
    const bool useDefault = m_storeLocation.isEmpty();
    const QString location = resolvedStoreLocation();
    m_storeDisplay = location;
    QList<Institution> institutions;
    QList<Area> areas;
    QString note;
    bool demo = false;
    std::optional<addresses::Description> stored; // the store's address gazetteer
    bool readOnly = false;
    QString error;
    try {
        bool created = false;
        const auto store = openStore(location, useDefault, bundledDemoSeed, &created);
        m_storeDisplay = store->displayLocation();
        institutions = store->institutions();
        areas = store->areas();
        note = store->metadata(QStringLiteral("data_note"));
        demo = store->metadata(QStringLiteral("source")) == QLatin1String(kBundledDemoSource);
        stored = store->addressDescription();
        readOnly = store->isReadOnly();
        if (created)
            qInfo().noquote() << "stadtplan: created" << location << "from the bundled demo data";
    } catch (const StoreError &e) {
        m_storeDisplay = e.location();
        error = e.message();
    } catch (const DataFileError &e) {
        error =
            tr("The bundled demo data cannot be read: %1").arg(QString::fromStdString(e.what()));
    }

    // On failure the directory shows nothing rather than stale data of another store.
    m_all = std::move(institutions);
    m_areas = areas;
    m_readOnly = readOnly;
    m_dataNote = note;
    m_dataNoteIsDemo = demo && !note.isEmpty();
    m_loaded = error.isEmpty();
    // The store's own gazetteer (its addresses layer), found without options;
    // read in the background from here.
    const bool storeHadAddresses = m_storeHasAddresses;
    m_storeHasAddresses = m_loaded && stored.has_value();
    // Read again only when an import or a download replaced them.
    const QString generation = stored ? stored->generation : QString();
    if (m_gazetteerRead == location && (generation.isEmpty() || generation != m_storeAddressesGeneration))
        m_gazetteer.reset();
    m_storeAddressesGeneration = generation;
    if (storeHadAddresses != m_storeHasAddresses)
        Q_EMIT gazetteerChanged();
    readGazetteerInBackground();
    setError(error.isEmpty() ? m_bundledError : error); // a broken build stays said
    rebuild();
    Q_EMIT dataNoteChanged();
    return m_loaded;
}

void InstitutionDirectory::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    m_editing = editing;
    Q_EMIT editingChanged();
    rebuild();
}

void InstitutionDirectory::replaceRecord(const Institution &record)
{
    const auto it = std::find_if(m_all.begin(), m_all.end(), [&](const Institution &i) { return i.id == record.id; });
    if (it == m_all.end())
        m_all.append(record);
    else
        *it = record;
    rebuild();
}

std::optional<Institution> InstitutionDirectory::record(const QString &id) const
{
    const auto it = std::find_if(m_all.cbegin(), m_all.cend(), [&](const Institution &i) { return i.id == id; });
    if (it == m_all.cend())
        return std::nullopt;
    return *it;
}

void InstitutionDirectory::rebuild()
{
    // The public sees published records; the coordinator editing sees drafts
    // too. Archived records stay in the store and out of the map.
    m_institutions.clear();
    m_rowsRenumbered = true;
    m_institutions.reserve(m_all.size());
    for (const Institution &i : std::as_const(m_all))
        if (i.isPublished() || (m_editing && i.recordStatus == RecordStatus::Draft))
            m_institutions.append(i);

    QCollator collator(QLocale(QLocale::German, QLocale::Germany));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    // Sort keys once per name: comparing through the collator each time costs
    // a second at 100,000 institutions.
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(m_institutions.size()));
    for (const Institution &i : std::as_const(m_institutions))
        keys.push_back(collator.sortKey(i.name));
    m_byName.resize(m_institutions.size());
    std::iota(m_byName.begin(), m_byName.end(), qsizetype(0));
    std::stable_sort(m_byName.begin(), m_byName.end(), [&](qsizetype a, qsizetype b) {
        return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0;
    });

    // The map's clusters: built once per data, recounted per filter.
    const ClusterOptions options = ClusterOptions::forMarkers(m_city.maximumZoom);
    std::vector<ClusterIndex::Point> points;
    points.reserve(std::size_t(m_institutions.size()));
    const QList<FocusArea> &focusAreaList = m_taxonomy.focusAreas();
    QHash<QString, int> bit;
    for (int k = 0; k < focusAreaList.size() && k < 32; ++k)
        bit.insert(focusAreaList[k].id, k);
    for (const Institution &i : std::as_const(m_institutions)) {
        std::uint32_t categories = 0;
        for (const QString &area : i.focusAreas()) {
            if (const auto it = bit.constFind(area); it != bit.cend())
                categories |= 1u << *it;
        }
        points.push_back({i.position, categories});
    }
    m_clusters = ClusterIndex(std::move(points), int(std::min<qsizetype>(focusAreaList.size(), 32)),
                              options);
    m_subsetClusters.reset();
    m_clustersFiltered = false; // a new index counts all
    ++m_clusterGeneration;

    m_areaOutlines.clear();
    m_search.reset(); // rebuilt for the new data at the next search
    for (const Area &area : std::as_const(m_areas)) {
        const std::optional<GeoPoint> label = area.labelPoint();
        m_areaOutlines.append(QVariantMap{
            {QStringLiteral("name"), area.name},
            {QStringLiteral("kind"), area.kind},
            {QStringLiteral("paths"), outlinePaths(area)},
            {QStringLiteral("labelAt"), QVariant::fromValue(label ? QGeoCoordinate(label->latitude, label->longitude)
                                                                  : QGeoCoordinate())}});
    }

    if (!m_selectedId.isEmpty()) {
        const bool known = std::any_of(m_institutions.cbegin(), m_institutions.cend(),
                                       [&](const Institution &i) { return i.id == m_selectedId; });
        if (!known)
            setSelectedId({});
    }
    Q_EMIT storeChanged();
    applyFilter();
}

void InstitutionDirectory::setStoreLocation(const QString &location)
{
    if (location == m_storeLocation)
        return;
    m_storeLocation = location;
    Q_EMIT storeChanged();
    Q_EMIT gazetteerChanged(); // the one beside the store may be another
}

QString InstitutionDirectory::storeDisplayLocation() const
{
    return m_storeDisplay;
}

void InstitutionDirectory::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    // The UI's own texts: the translator first, so the models' texts refreshed
    // below and the QML retranslated on languageChanged come out in it.
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = uiTranslator(language);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    m_focusAreaModel->refresh({FocusAreaModel::LabelRole});
    m_resultModel->refreshAll();
    // Every qsTr() of the pages again, in the new language.
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    Q_EMIT languageChanged();
    if (m_dataNoteIsDemo)
        Q_EMIT dataNoteChanged();
}

QString InstitutionDirectory::dataNote() const
{
    if (m_dataNoteIsDemo)
        return tr("Demo data: real institutions in Bielefeld compiled from public sources, "
                  "positions estimated, nothing verified yet. The coordinator checks every "
                  "record before publishing.");
    return m_dataNote;
}

bool InstitutionDirectory::isRightToLeft() const
{
    const UiLanguage *language = uiLanguage(m_language);
    return language && language->rightToLeft;
}

QVariantList InstitutionDirectory::languages() const
{
    QVariantList out;
    for (const UiLanguage &language : uiLanguages())
        out.append(QVariantMap{{QStringLiteral("code"), language.code},
                               {QStringLiteral("name"), language.nativeName},
                               {QStringLiteral("rightToLeft"), language.rightToLeft}});
    return out;
}

QGeoCoordinate InstitutionDirectory::cityCenter() const
{
    return {m_city.center.latitude, m_city.center.longitude};
}

QGeoRectangle InstitutionDirectory::cityBounds() const
{
    return QGeoRectangle(QGeoCoordinate(m_city.bounds.north, m_city.bounds.west),
                         QGeoCoordinate(m_city.bounds.south, m_city.bounds.east));
}

void InstitutionDirectory::setTileUrl(const QString &url)
{
    // A template ("…/{z}/{x}/{y}.png") or a base URL; see osmPluginHost().
    if (url == m_tileUrl)
        return;
    m_tileUrl = url;
    Q_EMIT tileUrlChanged();
}

QStringList InstitutionDirectory::focusFilter() const
{
    // In taxonomy order, so the value is stable whatever order it was built in.
    QStringList ids;
    for (const FocusArea &area : m_taxonomy.focusAreas()) {
        if (m_filter.focusAreas.contains(area.id))
            ids.append(area.id);
    }
    return ids;
}

void InstitutionDirectory::setFocusFilter(const QStringList &ids)
{
    QSet<QString> wanted;
    for (const QString &id : ids) {
        if (m_taxonomy.focusArea(id))
            wanted.insert(id);
        else
            qWarning().noquote() << "stadtplan: unknown focus area" << id << "ignored";
    }
    if (wanted == m_filter.focusAreas)
        return;
    m_filter.focusAreas = wanted;
    applyFilter();
}

void InstitutionDirectory::toggleFocusArea(const QString &focusAreaId)
{
    QStringList ids = focusFilter();
    if (ids.contains(focusAreaId))
        ids.removeAll(focusAreaId);
    else
        ids.append(focusAreaId);
    setFocusFilter(ids);
}

void InstitutionDirectory::clearFilter()
{
    setFocusFilter({});
}

QVariantMap InstitutionDirectory::filterOptions() const
{
    return {{QStringLiteral("stepFree"), m_filter.stepFreeOnly},
            {QStringLiteral("free"), m_filter.freeOnly},
            {QStringLiteral("noReferral"), m_filter.noReferralOnly},
            {QStringLiteral("walkIn"), m_filter.walkInOnly},
            {QStringLiteral("openNow"), m_filter.openAt.isValid() && !m_openAtChosen},
            // A chosen time, "yyyy-MM-ddTHH:mm" in the city's wall-clock time; empty: none.
            {QStringLiteral("openAt"), m_openAtChosen ? m_filter.openAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))
                                                      : QString()},
            {QStringLiteral("targetGroup"),
             m_filter.targetGroups.isEmpty() ? QString() : *m_filter.targetGroups.cbegin()},
            {QStringLiteral("language"),
             m_filter.languages.isEmpty() ? QString() : *m_filter.languages.cbegin()},
            {QStringLiteral("institutionType"), m_filter.institutionTypes.isEmpty()
                                                    ? QString()
                                                    : *m_filter.institutionTypes.cbegin()}};
}

void InstitutionDirectory::setFilterOption(const QString &name, const QVariant &value)
{
    if (setOption(name, value))
        applyFilter();
}

bool InstitutionDirectory::setOption(const QString &name, const QVariant &value)
{
    const auto one = [&](QSet<QString> &set) {
        set.clear();
        if (!value.toString().isEmpty())
            set.insert(value.toString());
    };
    if (name == u"stepFree")
        m_filter.stepFreeOnly = value.toBool();
    else if (name == u"free")
        m_filter.freeOnly = value.toBool();
    else if (name == u"noReferral")
        m_filter.noReferralOnly = value.toBool();
    else if (name == u"walkIn")
        m_filter.walkInOnly = value.toBool();
    else if (name == u"openNow") {
        m_filter.openAt =
            value.toBool() ? clock::now() : QDateTime();
        m_openAtChosen = false;
    } else if (name == u"openAt") {
        // A date and time (ISO 8601 text or a date-time): open then; empty clears it.
        QDateTime at = value.metaType().id() == QMetaType::QDateTime
            ? value.toDateTime()
            : QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!value.toString().isEmpty() && !at.isValid())
            return false;
        m_filter.openAt = at.isValid() ? QDateTime(at.date(), at.time()) : QDateTime();
        m_openAtChosen = at.isValid();
    }
    else if (name == u"targetGroup")
        one(m_filter.targetGroups);
    else if (name == u"language")
        one(m_filter.languages);
    else if (name == u"institutionType")
        one(m_filter.institutionTypes);
    else
        return false;
    if (!m_city.region.isEmpty())
        m_filter.region = m_city.region;
    return true;
}

QString InstitutionDirectory::areasAttribution() const
{
    const bool bundled = std::any_of(m_areas.cbegin(), m_areas.cend(), isBundledCityArea);
    return bundled ? m_city.dataAttribution : QString();
}

QVariantList outlinePaths(const Area &area)
{
    QVariantList paths;
    for (const Area::Polygon &polygon : area.polygons) {
        if (polygon.isEmpty())
            continue;
        QVariantList path;
        for (const GeoPoint &p : polygon.first())
            path.append(QVariant::fromValue(QGeoCoordinate(p.latitude, p.longitude)));
        paths.append(QVariant(path));
    }
    return paths;
}

QString InstitutionDirectory::shareLink(const QGeoCoordinate &center, double zoom) const
{
    QUrlQuery query;
    const auto number = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    if (!m_filter.focusAreas.isEmpty())
        query.addQueryItem(QStringLiteral("focus"), focusFilter().join(QLatin1Char(',')));
    if (!m_searchText.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), m_searchText.trimmed());
    const QVariantMap options = filterOptions();
    QStringList flags;
    for (const char *flag : {"openNow", "stepFree", "free", "noReferral", "walkIn"})
        if (options.value(QLatin1String(flag)).toBool())
            flags.append(QLatin1String(flag));
    if (!flags.isEmpty())
        query.addQueryItem(QStringLiteral("only"), flags.join(QLatin1Char(',')));
    if (const QString at = options.value(QStringLiteral("openAt")).toString(); !at.isEmpty())
        query.addQueryItem(QStringLiteral("openAt"), at);
    for (const char *key : {"targetGroup", "language", "institutionType"})
        if (const QString v = options.value(QLatin1String(key)).toString(); !v.isEmpty())
            query.addQueryItem(QLatin1String(key), v);
    if (m_nearPoint.isValid())
        query.addQueryItem(QStringLiteral("near"), number(m_nearPoint.latitude(), 6) +
                                                       QLatin1Char(',') +
                                                       number(m_nearPoint.longitude(), 6));
    if (!m_selectedId.isEmpty())
        query.addQueryItem(QStringLiteral("select"), m_selectedId);
    if (center.isValid())
        query.addQueryItem(QStringLiteral("center"), number(center.latitude(), 6) +
                                                         QLatin1Char(',') +
                                                         number(center.longitude(), 6));
    if (zoom > 0)
        query.addQueryItem(QStringLiteral("zoom"), number(zoom, 2));
    QUrl url;
    url.setScheme(QStringLiteral("stadtplan"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString InstitutionDirectory::applyLink(const QString &link, QGeoCoordinate *center, double *zoom)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"stadtplan")
        return tr("not a stadtplan: link");
    const QUrlQuery query(url);
    const auto position = [&](const QString &key, QGeoCoordinate *out) -> QString {
        if (!query.hasQueryItem(key))
            return {};
        const QStringList parts = query.queryItemValue(key).split(QLatin1Char(','));
        bool okLat = false, okLon = false;
        const double lat = parts.value(0).toDouble(&okLat), lon = parts.value(1).toDouble(&okLon);
        if (parts.size() != 2 || !okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
            return tr("%1 must be LAT,LON, not '%2'").arg(key, query.queryItemValue(key));
        *out = QGeoCoordinate(lat, lon);
        return {};
    };
    QGeoCoordinate near, mapCenter;
    if (const QString problem = position(QStringLiteral("near"), &near); !problem.isEmpty())
        return problem;
    if (const QString problem = position(QStringLiteral("center"), &mapCenter); !problem.isEmpty())
        return problem;
    const QStringList focus =
        query.queryItemValue(QStringLiteral("focus")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : focus)
        if (!m_taxonomy.focusArea(id))
            return tr("unknown focus area '%1'").arg(id);
    double mapZoom = -1;
    if (query.hasQueryItem(QStringLiteral("zoom"))) {
        bool ok = false;
        mapZoom = query.queryItemValue(QStringLiteral("zoom")).toDouble(&ok);
        if (!ok || mapZoom < 0 || mapZoom > 22)
            return tr("zoom must be a number from 0 to 22, not '%1'")
                .arg(query.queryItemValue(QStringLiteral("zoom")));
    }
    const QStringList flags =
        query.queryItemValue(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &flag : flags)
        if (!QStringList{QStringLiteral("openNow"), QStringLiteral("stepFree"),
                         QStringLiteral("free"), QStringLiteral("noReferral"), QStringLiteral("walkIn")}
                 .contains(flag))
            return tr("unknown filter '%1'").arg(flag);

    const QString openAt = query.queryItemValue(QStringLiteral("openAt"), QUrl::FullyDecoded);
    if (!openAt.isEmpty() && !QDateTime::fromString(openAt, Qt::ISODate).isValid())
        return tr("openAt must be a date and time like 2026-12-01T10:30, not '%1'").arg(openAt);

    Filter filter;
    filter.region = m_filter.region;
    filter.focusAreas = QSet<QString>(focus.cbegin(), focus.cend());
    m_filter = filter;
    m_openAtChosen = false;
    for (const QString &flag : flags)
        setOption(flag, true);
    if (!openAt.isEmpty())
        setOption(QStringLiteral("openAt"), openAt);
    for (const char *key : {"targetGroup", "language", "institutionType"})
        setOption(QLatin1String(key), query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded));
    m_searchText = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    m_nearPoint = near;
    m_nearLabel.clear();
    applyFilter(); // once, with all of it
    setSelectedId(query.queryItemValue(QStringLiteral("select"), QUrl::FullyDecoded));
    if (center && mapCenter.isValid())
        *center = mapCenter;
    if (zoom && mapZoom >= 0)
        *zoom = mapZoom;
    return {};
}

void InstitutionDirectory::clearFilterOptions()
{
    Filter cleared;
    cleared.focusAreas = m_filter.focusAreas;
    cleared.region = m_filter.region;
    if (cleared == m_filter)
        return;
    m_filter = cleared;
    m_openAtChosen = false;
    applyFilter();
}

QVariantList InstitutionDirectory::filterChoices(const QString &dimension) const
{
    QVariantList choices;
    const auto add = [&](const QString &id, const QString &label) {
        choices.append(QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}});
    };
    if (dimension == u"targetGroup") {
        add({}, tr("Any target group"));
        for (const TargetGroup &g : m_taxonomy.targetGroups())
            add(g.id, g.label.text(m_language));
    } else if (dimension == u"institutionType") {
        add({}, tr("Any kind of institution"));
        for (const InstitutionType &t : m_taxonomy.institutionTypes())
            add(t.id, t.label.text(m_language));
    } else if (dimension == u"language") {
        add({}, tr("Any language"));
        QStringList codes;
        for (const Institution &i : m_institutions)
            for (const QString &code : i.languages())
                if (!codes.contains(code))
                    codes.append(code);
        std::sort(codes.begin(), codes.end());
        for (const QString &code : std::as_const(codes)) {
            const QLocale locale(code);
            const QString name = locale.language() == QLocale::C
                                     ? code
                                     : QLocale::languageToString(locale.language());
            add(code, QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName().isEmpty()
                                                        ? name
                                                        : locale.nativeLanguageName(),
                                                    code));
        }
    }
    return choices;
}

void InstitutionDirectory::setNearPoint(const QGeoCoordinate &point)
{
    if (point == m_nearPoint || (!point.isValid() && !m_nearPoint.isValid()))
        return;
    m_nearPoint = point;
    m_nearLabel.clear();
    applyFilter();
}

void InstitutionDirectory::useAddress(const QString &label, const QGeoCoordinate &point)
{
    if (!point.isValid())
        return;
    m_nearPoint = point;
    m_nearLabel = label;
    applyFilter();
}

void InstitutionDirectory::toggleShortlist(const QString &institutionId)
{
    if (!m_shortlist.removeOne(institutionId)) {
        const bool known = std::any_of(m_institutions.cbegin(), m_institutions.cend(),
                                       [&](const Institution &i) { return i.id == institutionId; });
        if (!known)
            return;
        m_shortlist.append(institutionId);
    }
    Q_EMIT shortlistChanged();
}

QString InstitutionDirectory::today() const
{
    return clock::today().toString(Qt::ISODate);
}

QVariantList InstitutionDirectory::overdueForVerification(int months) const
{
    QVariantList out;
    const QLocale locale(m_language);
    for (const OverdueInstitution &o :
         ::stadtplan::overdueForVerification(m_institutions, clock::today(), std::max(1, months)))
        out.append(QVariantMap{{QStringLiteral("id"), o.institution->id},
                               {QStringLiteral("name"), o.institution->name},
                               {QStringLiteral("lastVerified"),
                                o.lastVerified.isValid() ? locale.toString(o.lastVerified, QLocale::ShortFormat) : QString()}});
    return out;
}

QVariantList InstitutionDirectory::history(const QString &institutionId) const
{
    QVariantList out;
    try {
        const auto store = InstitutionStore::open(resolvedStoreLocation(), InstitutionStore::Access::ReadOnly);
        const QList<FieldChange> log = store->changeLog(institutionId);
        const std::optional<Institution> record = this->record(institutionId);
        const Institution *shown = record ? &*record : nullptr; // names its offers
        const QLocale locale(m_language);
        for (auto it = log.crbegin(); it != log.crend(); ++it)
            out.append(QVariantMap{{QStringLiteral("at"), locale.toString(it->at.toLocalTime(), QLocale::ShortFormat)},
                                   {QStringLiteral("who"), it->who},
                                   {QStringLiteral("field"), it->field},
                                   {QStringLiteral("label"), it->field == u"created" ? it->field
                                                                                     : RecordEditor::fieldLabel(it->field, shown)},
                                   {QStringLiteral("oldValue"), it->oldValue},
                                   {QStringLiteral("newValue"), it->newValue},
                                   {QStringLiteral("via"), it->via}});
    } catch (const StoreError &) {
        // No history to show; the store's problem is shown where it is opened.
    }
    return out;
}

void InstitutionDirectory::clearShortlist()
{
    if (m_shortlist.isEmpty())
        return;
    m_shortlist.clear();
    Q_EMIT shortlistChanged();
}

QList<Institution> InstitutionDirectory::shortlistedInstitutions() const
{
    QList<Institution> out;
    for (const QString &id : m_shortlist)
        for (const Institution &i : m_institutions)
            if (i.id == id)
                out.append(i);
    return out;
}

QString InstitutionDirectory::gazetteerLocation() const
{
    if (!m_gazetteerLocation.isEmpty())
        return m_gazetteerLocation;
    const QString beside = AddressGazetteer::besideStore(resolvedStoreLocation());
    return !beside.isEmpty() || !m_storeHasAddresses ? beside : resolvedStoreLocation();
}

void InstitutionDirectory::setGazetteerLocation(const QString &location)
{
    if (location == m_gazetteerLocation)
        return;
    m_gazetteerLocation = location;
    Q_EMIT gazetteerChanged();
    readGazetteerInBackground();
}

void InstitutionDirectory::setOnlineGeocoding(bool allowed, const QString &host, const QString &cacheFile)
{
    m_geocodeOnline = allowed;
    m_geocoderHost = host;
    m_geocoderCache = cacheFile;
    m_geocoder.reset();
    Q_EMIT gazetteerChanged();
}

InstitutionDirectory::GazetteerRead InstitutionDirectory::readGazetteer(const QString &location)
{
    if (m_gazetteerReading.valid()) {
        GazetteerRead done = m_gazetteerReading.get(); // waits only while it is still reading
        if (m_gazetteerReadingFrom == location)
            return done;
    }
    GazetteerRead out;
    out.gazetteer = location == resolvedStoreLocation()
                        ? AddressGazetteer::fromStore(location, &out.problem)
                        : AddressGazetteer::read(location, FieldMapping::standard(m_taxonomy), {},
                                                 &out.problem);
    return out;
}

void InstitutionDirectory::readGazetteerInBackground()
{
    const QString location = gazetteerLocation();
    if (location.isEmpty() || (m_gazetteer && m_gazetteerRead == location))
        return;
    if (m_gazetteerReading.valid())
        m_gazetteerReading.wait(); // one read at a time
    m_gazetteerReadingFrom = location;
    const bool store = location == resolvedStoreLocation();
    m_gazetteerReading = std::async(
        std::launch::async, [location, store, mapping = FieldMapping::standard(m_taxonomy)] {
            GazetteerRead out;
            out.gazetteer = store ? AddressGazetteer::fromStore(location, &out.problem)
                                  : AddressGazetteer::read(location, mapping, {}, &out.problem);
            return out;
        });
}

QVariantMap InstitutionDirectory::recogniseAddress(const QString &text)
{
    const QString location = gazetteerLocation();
    if (location.isEmpty() || !text.contains(QRegularExpression(QStringLiteral("\\p{L}{3}.*\\d"))))
        return {};
    if (!m_gazetteer || m_gazetteerRead != location) {
        if (!m_gazetteerReading.valid() || m_gazetteerReadingFrom != location) {
            readGazetteerInBackground(); // ready for the next key
            return {};
        }
        if (m_gazetteerReading.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            return {};
        GazetteerRead read = readGazetteer(location);
        m_gazetteer = std::move(read.gazetteer);
        m_gazetteerRead = location;
        if (!m_gazetteer)
            return {};
    }
    const QList<AddressGazetteer::Match> found = m_gazetteer->lookup(text, 1);
    if (found.isEmpty() || !found.first().exact || found.first().street)
        return {};
    const AddressGazetteer::Match &m = found.first();
    return {{QStringLiteral("label"), m.address.oneLine()},
            {QStringLiteral("latitude"), m.position.latitude},
            {QStringLiteral("longitude"), m.position.longitude}};
}

QVariantMap InstitutionDirectory::findAddress(const QString &text)
{
    const QString location = gazetteerLocation();
    if (location.isEmpty() && !m_geocodeOnline)
        return {{QStringLiteral("error"), tr("No address gazetteer is configured.")}};
    QString gazetteerProblem;
    if (!location.isEmpty() && (!m_gazetteer || m_gazetteerRead != location)) {
        GazetteerRead read = readGazetteer(location);
        m_gazetteer = std::move(read.gazetteer);
        gazetteerProblem = read.problem;
        m_gazetteerRead = location;
        if (!m_gazetteer)
            gazetteerProblem = tr("The address gazetteer %1 cannot be used: %2")
                                   .arg(location == resolvedStoreLocation()
                                            ? m_storeDisplay
                                            : QDir::toNativeSeparators(location),
                                        gazetteerProblem);
    }
    if (m_geocodeOnline && !m_geocoder) {
        OnlineGeocoder::Options options;
        options.host = m_geocoderHost;
        options.cacheFile = m_geocoderCache;
        m_geocoder = std::make_unique<OnlineGeocoder>(options);
    }
    const AddressGazetteer *gazetteer = m_gazetteer && !location.isEmpty() ? &*m_gazetteer : nullptr;
    const AddressSearch search = searchAddress(text, gazetteer, m_geocoder.get(), m_city);
    if (search.matches.isEmpty()) {
        if (!search.problem.isEmpty())
            return {{QStringLiteral("error"), search.problem}};
        if (!gazetteerProblem.isEmpty())
            return {{QStringLiteral("error"), gazetteerProblem}};
    }
    QVariantList matches;
    for (qsizetype k = 0; k < search.matches.size(); ++k) {
        const AddressGazetteer::Match &m = search.matches.at(k);
        matches.append(QVariantMap{{QStringLiteral("label"), m.address.oneLine()},
                                   {QStringLiteral("street"), m.address.street},
                                   {QStringLiteral("houseNumber"), m.address.houseNumber},
                                   {QStringLiteral("postcode"), m.address.postcode},
                                   {QStringLiteral("city"), m.address.city},
                                   {QStringLiteral("latitude"), m.position.latitude},
                                   {QStringLiteral("longitude"), m.position.longitude},
                                   {QStringLiteral("exact"), m.exact},
                                   {QStringLiteral("streetOnly"), m.street},
                                   {QStringLiteral("typedStreet"), m.typedStreet},
                                   {QStringLiteral("wrongPostcode"), m.wrongPostcode},
                                   {QStringLiteral("wrongCity"), m.wrongCity},
                                   {QStringLiteral("source"), k == 0 && search.found() ? search.source
                                                              : gazetteer               ? gazetteer->name()
                                                                                        : QString()}});
    }
    return {{QStringLiteral("matches"), matches}};
}

QString InstitutionDirectory::distanceText(const Institution &institution) const
{
    if (!m_nearPoint.isValid() || !institution.position.isValid())
        return {};
    const double metres = Geodesy::distanceMetres({m_nearPoint.latitude(), m_nearPoint.longitude()},
                                                  institution.position);
    const QString distance = metres < 1000
                                 ? tr("%1 m").arg(qRound(metres / 10) * 10)
                                 : tr("%1 km").arg(QLocale().toString(metres / 1000, 'f', 1));
    return tr("%1 · %2 min on foot").arg(distance).arg(ServiceFinder::walkingMinutes(metres));
}

void InstitutionDirectory::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    applyFilter();
}

const SearchIndex &InstitutionDirectory::searchIndex() const
{
    if (!m_search) {
        m_search =
            std::make_unique<SearchIndex>(m_institutions, SearchIndex::taxonomyLabels(m_taxonomy));
    }
    return *m_search;
}

QStringList InstitutionDirectory::suggestions() const
{
    return SearchIndex::words(m_searchText).isEmpty() ? QStringList()
                                                      : searchIndex().suggestions(m_searchText, 5);
}

void InstitutionDirectory::applyFilter()
{
    m_matching.clear();
    m_matching.reserve(m_institutions.size());
    std::vector<bool> found;
    const bool searching = !SearchIndex::words(m_searchText).isEmpty();
    if (searching) {
        found.assign(std::size_t(m_institutions.size()), false);
        for (const SearchIndex::Hit &hit : searchIndex().search(m_searchText))
            found[std::size_t(hit.institution)] = true;
    }
    for (qsizetype index : std::as_const(m_byName)) {
        if ((!searching || found[std::size_t(index)]) && m_filter.matches(m_institutions[index]))
            m_matching.append(index);
    }
    if (m_nearPoint.isValid()) {
        // Nearest first, by the geodesic distance on the ellipsoid (PROJ).
        const GeoPoint from{m_nearPoint.latitude(), m_nearPoint.longitude()};
        std::vector<std::pair<double, qsizetype>> byDistance;
        byDistance.reserve(std::size_t(m_matching.size()));
        for (qsizetype index : std::as_const(m_matching)) {
            const GeoPoint &p = m_institutions[index].position;
            byDistance.push_back({p.isValid() ? Geodesy::distanceMetres(from, p)
                                              : std::numeric_limits<double>::infinity(),
                                  index});
        }
        std::stable_sort(byDistance.begin(), byDistance.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t k = 0; k < byDistance.size(); ++k)
            m_matching[qsizetype(k)] = byDistance[k].second;
    }
    QElapsedTimer markerTimer;
    markerTimer.start();
    std::vector<bool> matches(std::size_t(m_institutions.size()), false);
    for (qsizetype index : std::as_const(m_matching))
        matches[std::size_t(index)] = true;
    if (m_subsetClusters)
        ++m_clusterGeneration;
    m_subsetClusters.reset();
    if (std::size_t(m_matching.size()) == std::size_t(m_institutions.size())) {
        if (m_clustersFiltered)
            m_clusters.setFilter({});
        m_clustersFiltered = false;
    } else if (std::size_t(m_matching.size()) <= OwnClusteringLimit) {
        // Few enough to cluster on their own: clusters as if nothing else existed.
        m_subsetClusters.emplace(m_clusters.points(), m_clusters.categoryCount(),
                                 m_clusters.options(), std::move(matches));
        ++m_clusterGeneration;
    } else {
        m_clusters.setFilter(std::move(matches));
        m_clustersFiltered = true;
    }
    m_markerModel->update();
    m_lastMarkerUpdateMs = double(markerTimer.nsecsElapsed()) / 1e6;
    // The counts beside the focus areas follow the search.
    m_focusCounts = m_filter.countByFocusArea(m_institutions, searching ? &found : nullptr);
    m_focusAreaModel->refresh({FocusAreaModel::CountRole, FocusAreaModel::SelectedRole});
    // New data (a reload, a record saved, drafts shown) renumbers the rows:
    // the old list is no subsequence of the new one, so it is reset.
    const bool newOrder = m_rowsRenumbered || m_nearPoint.isValid() != m_orderedFrom.isValid() ||
                          (m_nearPoint.isValid() && m_nearPoint != m_orderedFrom);
    m_rowsRenumbered = false;
    m_orderedFrom = m_nearPoint;
    m_resultModel->update(m_matching, newOrder);
    if (!m_selectedId.isEmpty() && m_resultModel->rowOf(m_selectedId) < 0)
        setSelectedId({});
    Q_EMIT filterChanged();
}

void InstitutionDirectory::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    Q_EMIT selectedIdChanged();
}

QString InstitutionDirectory::primaryFocusArea(const Institution &institution) const
{
    for (const Service &service : institution.services) {
        if (!m_filter.matches(service))
            continue;
        for (const QString &area : service.focusAreas) {
            if (m_filter.focusAreas.isEmpty() || m_filter.focusAreas.contains(area))
                return area;
        }
    }
    const QStringList all = institution.focusAreas();
    return all.isEmpty() ? QString() : all.first();
}

QString InstitutionDirectory::focusAreaLabel(const QString &focusAreaId) const
{
    const FocusArea *area = m_taxonomy.focusArea(focusAreaId);
    return area ? area->label.text(m_language) : focusAreaId;
}

QVariantMap InstitutionDirectory::institution(const QString &id) const
{
    const auto it = std::find_if(m_institutions.cbegin(), m_institutions.cend(),
                                 [&](const Institution &i) { return i.id == id; });
    if (it == m_institutions.cend())
        return {};
    const Institution &institution = *it;

    QVariantList services;
    for (const Service &s : institution.services) {
        if (!s.isShown())
            continue;
        QVariantList areas;
        for (const QString &a : s.focusAreas) {
            const FocusArea *area = m_taxonomy.focusArea(a);
            areas.append(QVariantMap{
                {QStringLiteral("id"), a},
                {QStringLiteral("label"), area ? area->label.text(m_language) : a},
                {QStringLiteral("colour"), area ? area->colour : QStringLiteral("#555555")},
                {QStringLiteral("icon"), area ? area->icon : QString()},
            });
        }
        QStringList groups;
        for (const QString &g : s.targetGroups) {
            const TargetGroup *group = m_taxonomy.targetGroup(g);
            groups.append(group ? group->label.text(m_language) : g);
        }
        QStringList languages;
        for (const QString &l : s.languages)
            languages.append(languageName(l));
        QString referral;
        if (s.referralRequired)
            referral = *s.referralRequired ? tr("Referral required") : tr("No referral needed");
        QString appointment;
        if (s.appointment == Appointment::Needed)
            appointment = tr("By appointment");
        else if (s.appointment == Appointment::WalkIn)
            appointment = tr("Walk-in, no appointment needed");
        const LocalizedText serviceName = localizedField(s.name, s.translations, QStringLiteral("name"));
        const LocalizedText serviceText = localizedField(s.description, s.translations, QStringLiteral("description"));
        services.append(QVariantMap{
            {QStringLiteral("name"), serviceName.text(m_language)},
            {QStringLiteral("description"), serviceText.text(m_language)},
            // Shown in German (the source) because this language has no translation.
            {QStringLiteral("inGerman"), m_language != u"de" && ((!serviceName.isEmpty() && serviceName.isFallback(m_language))
                                                                  || (!serviceText.isEmpty() && serviceText.isFallback(m_language)))},
            {QStringLiteral("focusAreas"), areas},
            {QStringLiteral("targetGroups"), groups},
            {QStringLiteral("languages"), languages},
            {QStringLiteral("phone"), s.contact.phone},
            {QStringLiteral("email"), s.contact.email},
            {QStringLiteral("website"), s.contact.website},
            {QStringLiteral("openingHours"), s.openingHours},
            {QStringLiteral("cost"), s.cost},
            {QStringLiteral("appointment"), appointment},
            {QStringLiteral("referral"), referral},
            {QStringLiteral("status"), statusText(s.status)},
            {QStringLiteral("lastVerified"),
             s.lastVerified.isValid()
                 ? QLocale(m_language).toString(s.lastVerified, QLocale::ShortFormat)
                 : QString()},
        });
    }

    // The other institutions at the same address share the marker; the card lists them.
    QVariantList neighbours;
    const QString key = placeKey(institution);
    for (qsizetype index : m_matching) {
        const Institution &other = m_institutions[index];
        if (other.id != institution.id && placeKey(other) == key)
            neighbours.append(QVariantMap{{QStringLiteral("id"), other.id},
                                          {QStringLiteral("name"), other.name}});
    }

    const InstitutionType *type = m_taxonomy.institutionType(institution.organisation.typeId);
    const QDate verified = institution.lastVerified();
    QString verifiedBy; // who confirmed the oldest verification
    for (const Service &s : institution.services)
        if (s.isShown() && verified.isValid() && s.lastVerified == verified && verifiedBy.isEmpty())
            verifiedBy = s.verifiedBy;
    const LocalizedText name = localizedField(institution.name, institution.translations, QStringLiteral("name"));
    const LocalizedText description =
        localizedField(institution.description, institution.translations, QStringLiteral("description"));
    return QVariantMap{
        {QStringLiteral("id"), institution.id},
        {QStringLiteral("name"), name.text(m_language)},
        {QStringLiteral("description"), description.text(m_language)},
        {QStringLiteral("descriptionInGerman"),
         m_language != u"de" && !description.isEmpty() && description.isFallback(m_language)},
        {QStringLiteral("organisation"), institution.organisation.name},
        {QStringLiteral("organisationType"), type ? type->label.text(m_language) : QString()},
        {QStringLiteral("organisationWebsite"), institution.organisation.website},
        {QStringLiteral("address"), institution.address.oneLine()},
        {QStringLiteral("coordinate"),
         QVariant::fromValue(
             QGeoCoordinate(institution.position.latitude, institution.position.longitude))},
        {QStringLiteral("positionEstimated"),
         institution.positionSource == PositionSource::Estimated},
        {QStringLiteral("draft"), institution.recordStatus == RecordStatus::Draft},
        {QStringLiteral("positionSource"),
         institution.positionSource == PositionSource::Geocoded && !institution.geocodedBy.isEmpty()
             ? tr("Position geocoded from the address (%1)").arg(institution.geocodedBy)
             : positionSourceText(institution.positionSource)},
        {QStringLiteral("stepFree"), stepFreeText(institution.stepFree)},
        {QStringLiteral("lastVerified"),
         verified.isValid() ? QLocale(m_language).toString(verified, QLocale::ShortFormat)
                            : QString()},
        {QStringLiteral("verifiedBy"), verifiedBy},
        {QStringLiteral("services"), services},
        {QStringLiteral("samePlace"), neighbours},
    };
}

} // namespace stadtplan
