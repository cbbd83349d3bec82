#include "markermodel.h"

#include "institutiondirectory.h"

#include <QSet>

namespace stadtplan {

MarkerModel::MarkerModel(InstitutionDirectory *directory) : m_directory(directory) {}

int MarkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_markers.size());
}

QVariant MarkerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Marker &marker = m_markers.at(index.row());
    const auto &institutions = m_directory->institutions();
    switch (role) {
    case KeyRole:
        return marker.place.key;
    case CoordinateRole:
        return QVariant::fromValue(
            QGeoCoordinate(marker.place.position.latitude, marker.place.position.longitude));
    case CountRole:
        return static_cast<int>(marker.place.members.size());
    case ColourRole:
        return marker.colour;
    case IconRole:
        return marker.icon;
    case InstitutionIdsRole: {
        QStringList ids;
        for (qsizetype member : marker.place.members)
            ids.append(institutions.at(member).id);
        return ids;
    }
    case Qt::DisplayRole:
    case TitleRole: {
        const Institution &first = institutions.at(marker.place.members.first());
        if (marker.place.members.size() == 1)
            return first.name;
        return tr("%n institutions at %1", nullptr, static_cast<int>(marker.place.members.size()))
            .arg(first.address.oneLine());
    }
    }
    return {};
}

QHash<int, QByteArray> MarkerModel::roleNames() const
{
    return {{KeyRole, "placeKey"},  {CoordinateRole, "placeCoordinate"},
            {CountRole, "count"},   {ColourRole, "colour"},
            {IconRole, "iconPath"}, {InstitutionIdsRole, "institutionIds"},
            {TitleRole, "title"}};
}

void MarkerModel::setViewport(double north, double west, double south, double east)
{
    // A quarter of the view's size around it, so markers at the edge are there before they show.
    const double marginLat = (north - south) * 0.25;
    const double marginLon = (east - west) * 0.25;
    m_north = north + marginLat;
    m_south = south - marginLat;
    m_west = west - marginLon;
    m_east = east + marginLon;
    update();
}

int MarkerModel::rowOfInstitution(const QString &institutionId) const
{
    const auto &institutions = m_directory->institutions();
    for (int row = 0; row < m_markers.size(); ++row) {
        for (qsizetype member : m_markers[row].place.members) {
            if (institutions.at(member).id == institutionId)
                return row;
        }
    }
    return -1;
}

MarkerModel::Marker MarkerModel::makeMarker(const Place &place) const
{
    const Institution &first = m_directory->institutions().at(place.members.first());
    const FocusArea *area = m_directory->focusArea(m_directory->primaryFocusArea(first));
    return Marker{place, area ? area->colour : QStringLiteral("#555555"),
                  area ? area->icon : QString()};
}

void MarkerModel::update()
{
    const GeoBox box{m_west, m_south, m_east, m_north};
    const QList<Place> places = groupIntoPlaces(m_directory->institutions(), [&](qsizetype index) {
        return m_directory->isMatching(index) &&
               box.contains(m_directory->institutions().at(index).position);
    });
    QHash<QString, qsizetype> wanted;
    for (qsizetype i = 0; i < places.size(); ++i)
        wanted.insert(places[i].key, i);

    const qsizetype before = m_markers.size();
    // Remove what left the view or the filter, from the end so rows stay valid.
    for (qsizetype row = m_markers.size() - 1; row >= 0; --row) {
        if (!wanted.contains(m_markers[row].place.key)) {
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
            m_markers.removeAt(row);
            endRemoveRows();
        }
    }
    // Update what stays, where its members, colour or icon changed.
    QSet<QString> present;
    for (qsizetype row = 0; row < m_markers.size(); ++row) {
        Marker &marker = m_markers[row];
        present.insert(marker.place.key);
        const Marker fresh = makeMarker(places[wanted.value(marker.place.key)]);
        if (fresh.place.members != marker.place.members || fresh.colour != marker.colour ||
            fresh.icon != marker.icon) {
            marker = fresh;
            const QModelIndex changed = index(static_cast<int>(row));
            Q_EMIT dataChanged(changed, changed);
        }
    }
    // Append what entered.
    QList<Marker> added;
    for (const Place &place : places) {
        if (!present.contains(place.key))
            added.append(makeMarker(place));
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_markers.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_markers.append(added);
        endInsertRows();
    }
    if (before != m_markers.size())
        Q_EMIT countChanged();
}

} // namespace stadtplan
