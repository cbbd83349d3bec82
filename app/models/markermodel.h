#pragma once

#include "clusterindex.h"
#include "institution.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

class InstitutionDirectory;

// The map's markers: the clusters and single institutions of the matching
// institutions in the viewport, at the map's zoom, from the directory's
// ClusterIndex. The model holds only what is in view (and a margin around
// it) and changes by row insertions, removals and data changes, never by
// resets, so whatever draws it only redraws what changed.
class MarkerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InstitutionDirectory")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        CoordinateRole,
        CountRole,
        ColourRole,
        IconRole,
        InstitutionIdsRole,
        TitleRole,
        ClusterRole,       // true for a cluster of several institutions
        ExpansionZoomRole, // the zoom at which a cluster splits; beyond the map's: one address
        ColoursRole,       // a cluster's largest focus areas' colours, largest first (at most 3)
    };
    Q_ENUM(Role)

    // What a marker shows; the layer that draws markers reads these directly.
    struct Marker
    {
        QString key; // stable while the marker stays: "i:<institution id>" or "c:<generation>:<cluster id>"
        ClusterIndex::Item item;
        quint64 generation = 0; // of the directory's clusters the item came from
        QString colour;
        QString icon;
        QStringList colours;
        QString title;
        int expansionZoom = -1;
    };

    explicit MarkerModel(InstitutionDirectory *directory);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The visible box in degrees and the map's zoom level; markers a little
    // outside the box are kept too, so they do not pop in at the edges while
    // panning. Without a zoom, the highest (only one address clusters).
    Q_INVOKABLE void setViewport(double north, double west, double south, double east, double zoom = -1);
    Q_INVOKABLE int rowOfInstitution(const QString &institutionId) const;
    // The institutions a marker stands for (a cluster's, at most `limit`).
    Q_INVOKABLE QStringList institutionIds(int row, int limit = 500) const;
    Q_INVOKABLE QGeoCoordinate coordinate(int row) const;
    // Recomputes the markers, e.g. after a filter or data change.
    void update();

    const QList<Marker> &markers() const { return m_markers; }
    double zoom() const { return m_zoom; }

Q_SIGNALS:
    void countChanged();

private:
    Marker makeMarker(const ClusterIndex::Item &item) const;
    double effectiveZoom() const;
    QString clusterKey(ClusterIndex::Id cluster) const;

    InstitutionDirectory *m_directory;
    QList<Marker> m_markers;
    // Nothing is shown until a view reports its viewport: the whole world at
    // the highest zoom would be a marker per institution.
    bool m_hasViewport = false;
    double m_north = 90, m_west = -180, m_south = -90, m_east = 180;
    double m_zoom = -1;
    // The last institution looked up by id, while the directory's data is the same.
    struct Lookup
    {
        QString id;
        const Institution *data = nullptr;
        qsizetype index = -1;
    };
    mutable Lookup m_lookup;
};

} // namespace stadtplan
