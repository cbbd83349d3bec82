#include "focusareamodel.h"

#include "institutiondirectory.h"

namespace stadtplan {

FocusAreaModel::FocusAreaModel(InstitutionDirectory *directory) : m_directory(directory) {}

int FocusAreaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_directory->taxonomy().focusAreas().size());
}

QVariant FocusAreaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FocusArea &area = m_directory->taxonomy().focusAreas().at(index.row());
    switch (role) {
    case IdRole:
        return area.id;
    case Qt::DisplayRole:
    case LabelRole:
        return area.label.text(m_directory->language());
    case ColourRole:
        return area.colour;
    case IconRole:
        return area.icon;
    case CountRole:
        return m_directory->focusAreaCount(area.id);
    case SelectedRole:
        return m_directory->filter().focusAreas.contains(area.id);
    case ForProfessionalsRole:
        return area.forProfessionals;
    }
    return {};
}

QHash<int, QByteArray> FocusAreaModel::roleNames() const
{
    return {{IdRole, "focusId"},    {LabelRole, "label"}, {ColourRole, "colour"},
            {IconRole, "iconPath"}, {CountRole, "count"}, {SelectedRole, "selected"},
            {ForProfessionalsRole, "forProfessionals"}};
}

void FocusAreaModel::refresh(const QList<int> &roles)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), roles);
}

} // namespace stadtplan
