#pragma once

#include "place.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

class InstitutionDirectory;

// The map's markers: one per place (address) with matching institutions,
// only those inside the viewport the map reports. Qt Location makes a
// delegate per row, so the model holds what is visible and changes by row
// insertions, removals and data changes, never by resets.
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
    };
    Q_ENUM(Role)

    explicit MarkerModel(InstitutionDirectory *directory);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The visible box in degrees; markers a little outside it are kept too,
    // so they do not pop in at the edges while panning.
    Q_INVOKABLE void setViewport(double north, double west, double south, double east);
    Q_INVOKABLE int rowOfInstitution(const QString &institutionId) const;
    // Recomputes the visible places, e.g. after a filter change.
    void update();

Q_SIGNALS:
    void countChanged();

private:
    struct Marker
    {
        Place place;
        QString colour;
        QString icon;
    };
    Marker makeMarker(const Place &place) const;

    InstitutionDirectory *m_directory;
    QList<Marker> m_markers;
    double m_north = 90, m_west = -180, m_south = -90, m_east = 180;
};

} // namespace stadtplan
