#include "markermodel.h"

#include "institutiondirectory.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace stadtplan {

MarkerModel::MarkerModel(InstitutionDirectory *directory) : m_directory(directory) {}

int MarkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_markers.size());
}

QStringList MarkerModel::institutionIds(int row, int limit) const
{
    QStringList ids;
    if (row < 0 || row >= m_markers.size())
        return ids;
    const auto &institutions = m_directory->institutions();
    const Marker &marker = m_markers.at(row);
    const ClusterIndex::Item &item = marker.item;
    if (!item.isCluster())
        return {marker.key.mid(2)}; // "i:<id>": right also while the model catches up with a reload
    // A row left from another clustering (while the model catches up with it)
    // no longer knows its institutions.
    if (marker.generation != m_directory->clusterGeneration())
        return ids;
    for (ClusterIndex::Id point : m_directory->clusters().leaves(item.id, std::size_t(std::max(0, limit))))
        ids.append(institutions.at(point).id);
    return ids;
}

QGeoCoordinate MarkerModel::coordinate(int row) const
{
    if (row < 0 || row >= m_markers.size())
        return {};
    const GeoPoint &p = m_markers.at(row).item.position;
    return QGeoCoordinate(p.latitude, p.longitude);
}

QVariant MarkerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Marker &marker = m_markers.at(index.row());
    switch (role) {
    case KeyRole:
        return marker.key;
    case CoordinateRole:
        return QVariant::fromValue(coordinate(index.row()));
    case CountRole:
        return static_cast<int>(marker.item.count);
    case ColourRole:
        return marker.colour;
    case IconRole:
        return marker.icon;
    case InstitutionIdsRole:
        return institutionIds(index.row());
    case ClusterRole:
        return marker.item.isCluster();
    case ExpansionZoomRole:
        return marker.expansionZoom;
    case ColoursRole:
        return marker.colours;
    case Qt::DisplayRole:
    case TitleRole:
        return marker.title;
    }
    return {};
}

QHash<int, QByteArray> MarkerModel::roleNames() const
{
    return {{KeyRole, "placeKey"},         {CoordinateRole, "placeCoordinate"},
            {CountRole, "count"},          {ColourRole, "colour"},
            {IconRole, "iconPath"},        {InstitutionIdsRole, "institutionIds"},
            {TitleRole, "title"},          {ClusterRole, "cluster"},
            {ExpansionZoomRole, "expansionZoom"}, {ColoursRole, "colours"}};
}

void MarkerModel::setViewport(double north, double west, double south, double east, double zoom)
{
    // A quarter of the view's size around it, so markers at the edge are there before they show.
    const double marginLat = (north - south) * 0.25;
    const double marginLon = (east - west) * 0.25;
    m_north = north + marginLat;
    m_south = south - marginLat;
    m_west = west - marginLon;
    m_east = east + marginLon;
    m_zoom = zoom;
    m_hasViewport = true;
    update();
}

int MarkerModel::rowOfInstitution(const QString &institutionId) const
{
    // The clustering says which item shows the institution at this zoom; only
    // the rows (a few hundred) are then searched, never a cluster's members.
    const auto &institutions = m_directory->institutions();
    if (m_lookup.id != institutionId || m_lookup.data != institutions.constData()) {
        const auto it = std::find_if(institutions.cbegin(), institutions.cend(),
                                     [&](const Institution &i) { return i.id == institutionId; });
        m_lookup = {institutionId, institutions.constData(), it == institutions.cend() ? -1 : qsizetype(it - institutions.cbegin())};
    }
    if (m_lookup.index < 0)
        return -1;
    const auto item = m_directory->clusters().itemHolding(ClusterIndex::Id(m_lookup.index), effectiveZoom());
    if (!item)
        return -1;
    const QString key = item->isCluster() ? clusterKey(item->id) : QStringLiteral("i:") + institutions.at(item->id).id;
    for (int row = 0; row < m_markers.size(); ++row) {
        if (m_markers[row].key == key)
            return row;
    }
    return -1;
}

double MarkerModel::effectiveZoom() const
{
    return m_zoom < 0 ? m_directory->clusters().options().maxZoom : m_zoom;
}

QString MarkerModel::clusterKey(ClusterIndex::Id cluster) const
{
    return QStringLiteral("c:%1:%2").arg(m_directory->clusterGeneration()).arg(cluster);
}

MarkerModel::Marker MarkerModel::makeMarker(const ClusterIndex::Item &item) const
{
    const auto &institutions = m_directory->institutions();
    const ClusterIndex &clusters = m_directory->clusters();
    Marker marker;
    marker.item = item;
    marker.generation = m_directory->clusterGeneration();
    QString focus;
    if (!item.isCluster()) {
        const Institution &institution = institutions.at(item.id);
        marker.key = QStringLiteral("i:") + institution.id;
        marker.title = institution.name;
        focus = m_directory->primaryFocusArea(institution);
    } else {
        marker.key = clusterKey(item.id);
        marker.expansionZoom = clusters.expansionZoom(item.id);
        const int count = static_cast<int>(item.count);
        if (marker.expansionZoom > clusters.options().maxZoom) {
            const Institution &first = institutions.at(clusters.leaves(item.id, 1).front());
            marker.title = tr("%n institutions at %1", nullptr, count).arg(first.address.oneLine());
        } else {
            marker.title = tr("%n institutions", nullptr, count);
        }
        // The focus areas it holds most of (of those the filter asks for, if any).
        const std::vector<std::uint32_t> counts = clusters.categoryCounts(item.id);
        const QList<FocusArea> &areas = m_directory->taxonomy().focusAreas();
        const QSet<QString> &wanted = m_directory->filter().focusAreas;
        std::vector<int> order(counts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[a] > counts[b]; });
        for (int k : order) {
            if (counts[k] == 0 || k >= areas.size() || (!wanted.isEmpty() && !wanted.contains(areas[k].id)))
                continue;
            if (focus.isEmpty())
                focus = areas[k].id;
            marker.colours.append(areas[k].colour);
            if (marker.colours.size() == 3)
                break;
        }
    }
    const FocusArea *area = m_directory->focusArea(focus);
    marker.colour = area ? area->colour : QStringLiteral("#555555");
    marker.icon = area ? area->icon : QString();
    return marker;
}

void MarkerModel::update()
{
    const std::vector<ClusterIndex::Item> items = m_hasViewport
        ? m_directory->clusters().items(GeoBox{m_west, m_south, m_east, m_north}, effectiveZoom())
        : std::vector<ClusterIndex::Item>{};
    QList<Marker> fresh;
    fresh.reserve(qsizetype(items.size()));
    QHash<QString, qsizetype> wanted;
    wanted.reserve(qsizetype(items.size()));
    for (const ClusterIndex::Item &item : items) {
        fresh.append(makeMarker(item));
        wanted.insert(fresh.constLast().key, fresh.size() - 1);
    }

    const qsizetype before = m_markers.size();
    // Remove what left the view or the filter, a run of rows at a time, from
    // the end so rows stay valid.
    for (qsizetype row = m_markers.size() - 1; row >= 0;) {
        if (wanted.contains(m_markers[row].key)) {
            --row;
            continue;
        }
        qsizetype first = row;
        while (first > 0 && !wanted.contains(m_markers[first - 1].key))
            --first;
        beginRemoveRows({}, static_cast<int>(first), static_cast<int>(row));
        m_markers.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Update what stays, where its count, place or look changed.
    QSet<QString> present;
    present.reserve(m_markers.size());
    for (qsizetype row = 0; row < m_markers.size(); ++row) {
        Marker &marker = m_markers[row];
        present.insert(marker.key);
        const Marker &now = fresh[wanted.value(marker.key)];
        if (now.item != marker.item || now.colour != marker.colour || now.icon != marker.icon
            || now.colours != marker.colours || now.title != marker.title || now.expansionZoom != marker.expansionZoom) {
            marker = now;
            const QModelIndex changed = index(static_cast<int>(row));
            Q_EMIT dataChanged(changed, changed);
        }
    }
    // Append what entered.
    QList<Marker> added;
    for (const Marker &marker : std::as_const(fresh)) {
        if (!present.contains(marker.key))
            added.append(marker);
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
