#pragma once

#include "addressgazetteer.h"
#include "area.h"
#include "cityprofile.h"
#include "clusterindex.h"
#include "filter.h"
#include "focusareamodel.h"
#include "institution.h"
#include "markermodel.h"
#include "resultmodel.h"
#include "search.h"
#include "taxonomy.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QObject>
#include <QTranslator>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <future>
#include <memory>
#include <optional>

namespace stadtplan {

class OnlineGeocoder;

// An area's outer rings as lists of coordinates, for MapPolygon paths.
QVariantList outlinePaths(const Area &area);

// The app's view of the institution layer: loads it from the store, holds the
// taxonomy, the city profile, the filter and the selection, and feeds the
// models the QML pages show. It opens no files itself beyond asking the store.
class InstitutionDirectory : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // The store's OGR connection (file path or "PG:..."); empty means the
    // default GeoPackage in the user's data folder, made from the demo data
    // on first use.
    Q_PROPERTY(QString storeLocation READ storeLocation WRITE setStoreLocation NOTIFY storeChanged)
    Q_PROPERTY(QString storeDisplayLocation READ storeDisplayLocation NOTIFY storeChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY storeChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY storeChanged)
    // The coordinator's editing mode: drafts are shown beside the published records.
    Q_PROPERTY(bool editing READ isEditing WRITE setEditing NOTIFY editingChanged)
    // Empty, or what went wrong opening the store, for a banner.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY storeChanged)
    // The store's note about its data, e.g. that it is a demo to be verified.
    Q_PROPERTY(QString dataNote READ dataNote NOTIFY dataNoteChanged)
    // The UI's language (ISO 639-1): the taxonomy's labels, institutions'
    // texts where translated, and the UI's own texts through a translator.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY languageChanged)
    // [{code, name (in itself), rightToLeft}] of the UI's languages.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

    Q_PROPERTY(QString cityName READ cityName CONSTANT)
    Q_PROPERTY(QGeoCoordinate cityCenter READ cityCenter CONSTANT)
    Q_PROPERTY(double cityZoom READ cityZoom CONSTANT)
    Q_PROPERTY(double minimumZoom READ minimumZoom CONSTANT)
    Q_PROPERTY(double maximumZoom READ maximumZoom CONSTANT)
    Q_PROPERTY(QGeoRectangle cityBounds READ cityBounds CONSTANT)
    Q_PROPERTY(QString tileUrl READ tileUrl WRITE setTileUrl NOTIFY tileUrlChanged)
    Q_PROPERTY(QString tileAttribution READ tileAttribution CONSTANT)
    // Area polygons from the store (districts, the city outline), for the map
    // without a basemap: a list of {name, kind, paths: [[coordinate...]...]}.
    Q_PROPERTY(QVariantList areaOutlines READ areaOutlines NOTIFY storeChanged)
    // The credit of the bundled boundary, districts and population (About).
    Q_PROPERTY(QString cityDataAttribution READ cityDataAttribution CONSTANT)
    // The same while the store's areas include the bundled ones (the
    // coverage view's source line); empty when its areas came from elsewhere.
    Q_PROPERTY(QString areasAttribution READ areasAttribution NOTIFY storeChanged)

    Q_PROPERTY(int institutionCount READ institutionCount NOTIFY storeChanged)
    Q_PROPERTY(int matchingCount READ matchingCount NOTIFY filterChanged)
    Q_PROPERTY(QStringList focusFilter READ focusFilter WRITE setFocusFilter NOTIFY filterChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)
    // Words to search for in names, Träger, descriptions and offers (spelling-
    // and typo-tolerant); they narrow the focus-area filter further.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    // The point results are sorted from (a client's address, a place chosen on
    // the map); invalid: none, the list is in name order.
    Q_PROPERTY(QGeoCoordinate nearPoint READ nearPoint WRITE setNearPoint NOTIFY filterChanged)
    // What the near point is: an address found, or empty for a point chosen on the map.
    Q_PROPERTY(QString nearLabel READ nearLabel NOTIFY filterChanged)
    // An address gazetteer to find clients' addresses in: as configured, else a
    // file beside the store (AddressGazetteer::besideStore), else the store's own.
    Q_PROPERTY(QString gazetteerLocation READ gazetteerLocation WRITE setGazetteerLocation NOTIFY gazetteerChanged)
    Q_PROPERTY(bool hasGazetteer READ hasGazetteer NOTIFY gazetteerChanged)
    // Addresses can be looked up: in a gazetteer, or online where allowed.
    Q_PROPERTY(bool canFindAddresses READ canFindAddresses NOTIFY gazetteerChanged)
    // The caseworker's shortlist for a client: institution ids, in the order added.
    Q_PROPERTY(QStringList shortlist READ shortlist NOTIFY shortlistChanged)
    // The further filters: stepFree, free, noReferral, walkIn, openNow (bools),
    // targetGroup, language, institutionType (ids; empty: any).
    Q_PROPERTY(QVariantMap filterOptions READ filterOptions NOTIFY filterChanged)
    // Completions of the search's last word, most frequent first.
    Q_PROPERTY(QStringList suggestions READ suggestions NOTIFY filterChanged)

    Q_PROPERTY(stadtplan::FocusAreaModel *focusAreas READ focusAreas CONSTANT)
    Q_PROPERTY(stadtplan::ResultModel *results READ results CONSTANT)
    Q_PROPERTY(stadtplan::MarkerModel *markers READ markers CONSTANT)

public:
    explicit InstitutionDirectory(QObject *parent = nullptr);
    ~InstitutionDirectory() override;

    // Opens the store and loads the institutions. Problems do not throw: they
    // end up in errorMessage (and on stderr), and the directory stays usable
    // (empty) so the app keeps running.
    Q_INVOKABLE bool load();

    // Everything the card shows about one institution, in the current language.
    Q_INVOKABLE QVariantMap institution(const QString &id) const;
    Q_INVOKABLE void toggleFocusArea(const QString &focusAreaId);
    Q_INVOKABLE void clearFilter();
    Q_INVOKABLE QString focusAreaLabel(const QString &focusAreaId) const;

    QString storeLocation() const { return m_storeLocation; }
    void setStoreLocation(const QString &location);
    QString storeDisplayLocation() const;
    bool isLoaded() const { return m_loaded; }
    bool isReadOnly() const { return m_readOnly; }
    bool isEditing() const { return m_editing; }
    void setEditing(bool editing);
    // Every record of the store, archived and drafts included, as last read or saved.
    const QList<Institution> &allRecords() const { return m_all; }
    std::optional<Institution> record(const QString &id) const;
    // A record as just saved: shown at once, without reading the store again.
    void replaceRecord(const Institution &record);
    QString errorMessage() const { return m_errorMessage; }
    // The store's note on its data; the bundled demo's in the UI language.
    QString dataNote() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    QString cityName() const { return m_city.name; }
    QGeoCoordinate cityCenter() const;
    double cityZoom() const { return m_city.zoom; }
    double minimumZoom() const { return m_city.minimumZoom; }
    double maximumZoom() const { return m_city.maximumZoom; }
    QGeoRectangle cityBounds() const;
    QString tileUrl() const { return m_tileUrl; }
    void setTileUrl(const QString &url);
    QString tileAttribution() const { return m_city.tileAttribution; }
    QVariantList areaOutlines() const { return m_areaOutlines; }
    QString cityDataAttribution() const { return m_city.dataAttribution; }
    QString areasAttribution() const;
    // The store's areas (districts, city outline), for the analyses and the print.
    const QList<Area> &areas() const { return m_areas; }

    int institutionCount() const { return static_cast<int>(m_institutions.size()); }
    int matchingCount() const { return static_cast<int>(m_matching.size()); }
    QStringList focusFilter() const;
    void setFocusFilter(const QStringList &ids);
    QVariantMap filterOptions() const;
    // Sets one of filterOptions; "openNow" takes the wall-clock time of the call.
    Q_INVOKABLE void setFilterOption(const QString &name, const QVariant &value);
    Q_INVOKABLE void clearFilterOptions();
    // What the user sees as a "stadtplan:" link: focus areas, search, further
    // filters, the near point, the selection and the map's centre and zoom,
    // so a colleague opening it (stadtplan --link LINK) sees the same.
    Q_INVOKABLE QString shareLink(const QGeoCoordinate &center, double zoom) const;
    // Applies a link's filters, search, near point and selection; returns
    // what is wrong with it (nothing applied then), or an empty string. The
    // map's centre and zoom are handed back through the pointers.
    QString applyLink(const QString &link, QGeoCoordinate *center = nullptr,
                      double *zoom = nullptr);
    // What a filter can be set to: {id, label} with "" (any) first, for
    // "targetGroup", "language" (the languages offered in the data) and "institutionType".
    Q_INVOKABLE QVariantList filterChoices(const QString &dimension) const;
    QGeoCoordinate nearPoint() const { return m_nearPoint; }
    QString nearLabel() const { return m_nearLabel; }
    bool isRightToLeft() const;
    QVariantList languages() const;
    QString gazetteerLocation() const;
    void setGazetteerLocation(const QString &location);
    bool hasGazetteer() const { return !gazetteerLocation().isEmpty(); }
    bool canFindAddresses() const { return hasGazetteer() || m_geocodeOnline; }
    // Lets findAddress() ask an online geocoding service (Nominatim at `host`,
    // empty: the public one) for addresses the gazetteer does not have. Off
    // unless allowed: a client's address leaves the machine.
    void setOnlineGeocoding(bool allowed, const QString &host = {}, const QString &cacheFile = {});
    // The address typed, looked up in the gazetteer: {"matches": [{"label",
    // "latitude", "longitude", "exact", "streetOnly" (a street's middle),
    // "typedStreet" (the street as typed, one letter off), "wrongPostcode",
    // "wrongCity" (typed, and not this address's)}], "error": text when the
    // gazetteer cannot be read}. One exact match, or the closest entries.
    Q_INVOKABLE QVariantMap findAddress(const QString &text);
    // The address typed into the search box, when the text is one the
    // gazetteer has exactly (a street with a house number): {"label",
    // "latitude", "longitude"}; else empty. Never waits for a gazetteer
    // still being read.
    Q_INVOKABLE QVariantMap recogniseAddress(const QString &text);
    // Sorts from an address found: the point, and its label for the banner.
    Q_INVOKABLE void useAddress(const QString &label, const QGeoCoordinate &point);
    QStringList shortlist() const { return m_shortlist; }
    // Adds the institution to the shortlist, or takes it off when it is on it.
    Q_INVOKABLE void toggleShortlist(const QString &institutionId);
    Q_INVOKABLE void clearShortlist();
    // The institutions not verified for `months` months, never verified first:
    // [{id, name, lastVerified (a date, or empty for never)}].
    Q_INVOKABLE QVariantList overdueForVerification(int months) const;
    // Today's date, "yyyy-MM-dd", from the domain's clock (tests set it): the
    // day the "open at" choices count from.
    Q_INVOKABLE QString today() const;
    // A record's change log, newest first: [{at, who, field, oldValue, newValue, via}].
    Q_INVOKABLE QVariantList history(const QString &institutionId) const;
    // The shortlisted institutions, in the shortlist's order (unknown ids skipped).
    QList<Institution> shortlistedInstitutions() const;
    void setNearPoint(const QGeoCoordinate &point);
    // "420 m · 7 min on foot" from the near point; empty without one.
    QString distanceText(const Institution &institution) const;
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QStringList suggestions() const;
    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);

    FocusAreaModel *focusAreas() const { return m_focusAreaModel.get(); }
    ResultModel *results() const { return m_resultModel.get(); }
    MarkerModel *markers() const { return m_markerModel.get(); }

    // The store's connection, with the default filled in.
    QString resolvedStoreLocation() const;
    const CityProfile &city() const { return m_city; }

    // For the models.
    const Taxonomy &taxonomy() const { return m_taxonomy; }
    const QList<Institution> &institutions() const { return m_institutions; }
    const Filter &filter() const { return m_filter; }
    // The matching institutions' clusters for the map; point ids are indices
    // into institutions(), categories are the taxonomy's focus areas in order.
    const ClusterIndex &clusters() const
    {
        return m_subsetClusters ? *m_subsetClusters : m_clusters;
    }
    // A filter that leaves at most this many institutions gets a clustering
    // of its own (built in a few milliseconds); larger ones recount the
    // clustering of all institutions, which is instant at any size.
    static constexpr std::size_t OwnClusteringLimit = 10000;
    // How long the last filter change took to re-cluster and update the map's
    // markers (for benchmarks/).
    double lastMarkerUpdateMs() const { return m_lastMarkerUpdateMs; }
    // Changes whenever clusters() is another index, whose cluster ids mean
    // other clusters; a filter's recount keeps it.
    quint64 clusterGeneration() const { return m_clusterGeneration; }
    int focusAreaCount(const QString &id) const { return m_focusCounts.value(id); }
    // The focus area a marker or list entry shows for an institution: the
    // first of its matching services' areas that the filter asks for.
    QString primaryFocusArea(const Institution &) const;
    const FocusArea *focusArea(const QString &id) const { return m_taxonomy.focusArea(id); }

Q_SIGNALS:
    void storeChanged();
    void dataNoteChanged();
    void editingChanged();
    void languageChanged();
    void tileUrlChanged();
    void filterChanged();
    void selectedIdChanged();
    void gazetteerChanged();
    void shortlistChanged();

private:
    void applyFilter();
    void rebuild();
    void setError(const QString &message);

    Taxonomy m_taxonomy;
    CityProfile m_city;
    QString m_storeLocation;
    QString m_storeDisplay;
    QString m_tileUrl;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_editing = false;
    QList<Institution> m_all; // m_institutions are those shown of these
    QString m_errorMessage;
    QString m_bundledError; // the bundled taxonomy or city profile cannot be read
    QString m_dataNote;
    bool m_dataNoteIsDemo = false;
    QString m_language = QStringLiteral("en");
    QList<Institution> m_institutions;
    QList<qsizetype> m_byName; // indices of m_institutions in name order
    QVariantList m_areaOutlines;
    QList<Area> m_areas;
    QString m_searchText;
    QGeoCoordinate m_nearPoint;
    QString m_nearLabel;
    QStringList m_shortlist;
    std::unique_ptr<QTranslator> m_translator; // of m_language's UI texts, installed
    QString m_gazetteerLocation; // as configured; empty: beside the store, else the store's own
    bool m_storeHasAddresses = false; // the store holds a gazetteer (its addresses layer)
    QString m_storeAddressesGeneration; // which addresses were read: again only when replaced
    std::optional<AddressGazetteer> m_gazetteer; // read at the first lookup
    QString m_gazetteerRead;                     // the file m_gazetteer was read from
    // The gazetteer being read off the GUI thread since the store was loaded,
    // so the first lookup need not wait for 100,000 addresses.
    struct GazetteerRead
    {
        std::optional<AddressGazetteer> gazetteer;
        QString problem;
    };
    std::future<GazetteerRead> m_gazetteerReading;
    QString m_gazetteerReadingFrom;
    void readGazetteerInBackground();
    // The gazetteer at `location`, read now or taken from the background read.
    GazetteerRead readGazetteer(const QString &location);
    bool m_geocodeOnline = false;
    QString m_geocoderHost, m_geocoderCache;
    std::unique_ptr<OnlineGeocoder> m_geocoder; // made at the first online lookup
    QGeoCoordinate m_orderedFrom; // the near point the result list was last ordered from
    bool m_rowsRenumbered = false; // m_institutions replaced since the result list was last updated
    // Built at the first search, so a large directory starts without it.
    mutable std::unique_ptr<SearchIndex> m_search;
    const SearchIndex &searchIndex() const;
    // Sets one of filterOptions without applying it; false for an unknown name.
    bool setOption(const QString &name, const QVariant &value);
    Filter m_filter;
    bool m_openAtChosen = false; // m_filter.openAt is a chosen time, not "now"
    QList<qsizetype> m_matching;                  // in name order, or nearest first from m_nearPoint
    ClusterIndex m_clusters;                      // of all institutions
    std::optional<ClusterIndex> m_subsetClusters; // of the matching ones, when few enough
    double m_lastMarkerUpdateMs = 0;
    bool m_clustersFiltered = false; // m_clusters holds a filter's recount
    quint64 m_clusterGeneration = 0;
    QHash<QString, int> m_focusCounts;
    QString m_selectedId;

    std::unique_ptr<FocusAreaModel> m_focusAreaModel;
    std::unique_ptr<ResultModel> m_resultModel;
    std::unique_ptr<MarkerModel> m_markerModel;
};

} // namespace stadtplan
