#include "resultmodel.h"

#include "institutiondirectory.h"

#include <QSet>
#include <algorithm>

namespace stadtplan {

ResultModel::ResultModel(InstitutionDirectory *directory) : m_directory(directory) {}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Institution &institution = m_directory->institutions().at(m_rows.at(index.row()));
    switch (role) {
    case IdRole:
        return institution.id;
    case Qt::DisplayRole:
    case NameRole:
        return institution.name;
    case OrganisationRole:
        return institution.organisation.name;
    case AddressRole:
        return institution.address.oneLine();
    case ColourRole:
    case IconRole: {
        const FocusArea *area = m_directory->focusArea(m_directory->primaryFocusArea(institution));
        if (!area)
            return role == ColourRole ? QStringLiteral("#555555") : QString();
        return role == ColourRole ? area->colour : area->icon;
    }
    case FocusLabelsRole: {
        QStringList labels;
        for (const QString &id : institution.focusAreas())
            labels.append(m_directory->focusAreaLabel(id));
        return labels.join(QStringLiteral(" · "));
    }
    case PositionEstimatedRole:
        return institution.positionSource == PositionSource::Estimated;
    case DistanceRole:
        return m_directory->distanceText(institution);
    case HoursUnknownRole:
        return std::none_of(
            institution.services.cbegin(), institution.services.cend(),
            [](const Service &s) { return s.isShown() && !s.openingHours.trimmed().isEmpty(); });
    }
    return {};
}

QHash<int, QByteArray> ResultModel::roleNames() const
{
    return {{IdRole, "institutionId"},
            {NameRole, "name"},
            {OrganisationRole, "organisation"},
            {AddressRole, "address"},
            {ColourRole, "colour"},
            {IconRole, "iconPath"},
            {FocusLabelsRole, "focusLabels"},
            {PositionEstimatedRole, "positionEstimated"},
            {DistanceRole, "distance"},
            {HoursUnknownRole, "hoursUnknown"}};
}

int ResultModel::rowOf(const QString &institutionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_directory->institutions().at(m_rows[row]).id == institutionId)
            return row;
    }
    return -1;
}

QString ResultModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_directory->institutions().at(m_rows.at(row)).id;
}

void ResultModel::update(const QList<qsizetype> &rows, bool newOrder)
{
    // Old and new rows are both subsequences of one order (the directory's
    // name order, or nearest first from one point), so one merge pass turns the change into runs of
    // removals and insertions. A change of many scattered runs (a filter over a large directory) is
    // one reset instead: each run would move the rest of the list, and a view would relayout once
    // per run. Rows that stay may show another colour under the new filter: refreshed after.
    const qsizetype before = m_rows.size();
    // A new order (nearest first from another point, or back to names) is
    // not a merge of the old list: one reset.
    if (newOrder) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (before != m_rows.size())
            Q_EMIT countChanged();
        return;
    }
    const QSet<qsizetype> wanted(rows.cbegin(), rows.cend());
    constexpr int MaxRuns = 64;
    int runs = 0;
    bool inRun = false;
    for (qsizetype row = 0, next = 0; row < m_rows.size() || next < rows.size();) {
        bool same = false;
        if (row < m_rows.size() && next < rows.size() && m_rows[row] == rows[next]) {
            same = true;
            ++row;
            ++next;
        } else if (row < m_rows.size() && !wanted.contains(m_rows[row])) {
            ++row;
        } else {
            ++next;
        }
        runs += !same && !inRun ? 1 : 0;
        inRun = !same;
        if (runs > MaxRuns)
            break;
    }
    if (runs > MaxRuns) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        qsizetype row = 0;
        qsizetype next = 0;
        while (row < m_rows.size() || next < rows.size()) {
            if (row < m_rows.size() && next < rows.size() && m_rows[row] == rows[next]) {
                ++row;
                ++next;
            } else if (row < m_rows.size() && !wanted.contains(m_rows[row])) {
                qsizetype last = row;
                while (last + 1 < m_rows.size() && !wanted.contains(m_rows[last + 1]))
                    ++last;
                beginRemoveRows({}, static_cast<int>(row), static_cast<int>(last));
                m_rows.remove(row, last - row + 1);
                endRemoveRows();
            } else {
                // New rows up to the next one that is already shown.
                qsizetype end = next;
                while (end < rows.size() && (row >= m_rows.size() || rows[end] != m_rows[row]))
                    ++end;
                beginInsertRows({}, static_cast<int>(row), static_cast<int>(row + end - next - 1));
                m_rows.insert(row, end - next, 0);
                std::copy(rows.cbegin() + next, rows.cbegin() + end, m_rows.begin() + row);
                endInsertRows();
                row += end - next;
                next = end;
            }
        }
    }
    refreshAll();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

void ResultModel::refreshAll()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {ColourRole, IconRole, FocusLabelsRole});
}

} // namespace stadtplan
