#include "duplicatemodel.h"

#include <QGeoCoordinate>

namespace stadtplan {

DuplicateModel::DuplicateModel(QObject *parent) : QAbstractListModel(parent) {}

void DuplicateModel::setDirectory(InstitutionDirectory *directory)
{
    if (directory == m_directory)
        return;
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory)
        connect(m_directory, &InstitutionDirectory::storeChanged, this, &DuplicateModel::recompute);
    Q_EMIT directoryChanged();
    recompute();
}

void DuplicateModel::recompute()
{
    beginResetModel();
    m_pairs.clear();
    m_byId.clear();
    if (m_directory) {
        for (const Institution &i : m_directory->institutions())
            m_byId.insert(i.id, &i);
        m_pairs = findDuplicates(m_directory->institutions());
    }
    endResetModel();
    Q_EMIT computed();
}

int DuplicateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

QVariant DuplicateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pairs.size())
        return {};
    const DuplicatePair &pair = m_pairs[index.row()];
    const Institution *first = m_byId.value(pair.firstId);
    const Institution *second = m_byId.value(pair.secondId);
    switch (role) {
    case FirstIdRole:
        return pair.firstId;
    case SecondIdRole:
        return pair.secondId;
    case FirstNameRole:
        return first ? first->name : pair.firstId;
    case SecondNameRole:
        return second ? second->name : pair.secondId;
    case ReasonRole:
        return pair.reason;
    case CoordinatesRole: {
        QVariantList coordinates;
        for (const Institution *i : {first, second})
            if (i && i->position.isValid())
                coordinates.append(QVariant::fromValue(
                    QGeoCoordinate(i->position.latitude, i->position.longitude)));
        return coordinates;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> DuplicateModel::roleNames() const
{
    return {{FirstIdRole, "firstId"},     {SecondIdRole, "secondId"},
            {FirstNameRole, "firstName"}, {SecondNameRole, "secondName"},
            {ReasonRole, "reason"},       {CoordinatesRole, "coordinates"}};
}

} // namespace stadtplan
