#include "overlapmodel.h"

#include <QGeoCoordinate>
#include <QSaveFile>

namespace stadtplan {

OverlapModel::OverlapModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &OverlapModel::settingsChanged, this, &OverlapModel::recompute);
}

void OverlapModel::setDirectory(InstitutionDirectory *directory)
{
    if (directory == m_directory)
        return;
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory) {
        connect(m_directory, &InstitutionDirectory::storeChanged, this, &OverlapModel::recompute);
        if (!m_directory->city().region.isEmpty())
            m_options.region = m_directory->city().region;
        // Reasons name focus areas and target groups as the user reads them.
        m_options.label = [directory = m_directory](const QString &id) {
            const Taxonomy &taxonomy = directory->taxonomy();
            if (const FocusArea *f = taxonomy.focusArea(id))
                return f->label.text(directory->language());
            if (const TargetGroup *g = taxonomy.targetGroup(id))
                return g->label.text(directory->language());
            return id;
        };
    }
    Q_EMIT directoryChanged();
    recompute();
}

void OverlapModel::setFocus(const QString &focus)
{
    if (focus != this->focus()) {
        m_options.focus = focus.isEmpty() ? QStringList() : QStringList{focus};
        Q_EMIT settingsChanged();
    }
}

void OverlapModel::setDistance(double metres)
{
    if (metres > 0 && metres != m_options.distanceMetres) {
        m_options.distanceMetres = metres;
        Q_EMIT settingsChanged();
    }
}

void OverlapModel::recompute()
{
    beginResetModel();
    m_groups.clear();
    m_byId.clear();
    if (m_directory) {
        for (const Institution &i : m_directory->institutions())
            m_byId.insert(i.id, &i);
        m_groups = findOverlaps(m_directory->institutions(), m_directory->areas(), m_options);
    }
    endResetModel();
    Q_EMIT computed();
}

int OverlapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant OverlapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size() || !m_directory)
        return {};
    const OverlapGroup &group = m_groups[index.row()];
    switch (role) {
    case FocusLabelRole:
        return m_directory->focusAreaLabel(group.focus);
    case InstitutionNamesRole: {
        QStringList names;
        for (const QString &id : group.institutionIds)
            if (const Institution *i = m_byId.value(id))
                names.append(i->name);
        return names.join(QStringLiteral(", "));
    }
    case InstitutionIdsRole:
        return group.institutionIds;
    case ReasonsRole:
        return group.reasons.join(QStringLiteral("; "));
    case CoordinatesRole: {
        QVariantList coordinates;
        for (const QString &id : group.institutionIds)
            if (const Institution *i = m_byId.value(id))
                coordinates.append(QVariant::fromValue(
                    QGeoCoordinate(i->position.latitude, i->position.longitude)));
        return coordinates;
    }
    case LargestDistanceRole:
        return group.largestDistanceMetres;
    default:
        return {};
    }
}

QHash<int, QByteArray> OverlapModel::roleNames() const
{
    return {{FocusLabelRole, "focusLabel"},         {InstitutionNamesRole, "institutionNames"},
            {InstitutionIdsRole, "institutionIds"}, {ReasonsRole, "reasons"},
            {CoordinatesRole, "coordinates"},       {LargestDistanceRole, "largestDistance"}};
}

QVariantList OverlapModel::focusChoices() const
{
    QVariantList choices{QVariantMap{{QStringLiteral("focusId"), QString()},
                                     {QStringLiteral("label"), tr("All focus areas")}}};
    if (m_directory) {
        for (const FocusArea &f : m_directory->taxonomy().focusAreas())
            choices.append(
                QVariantMap{{QStringLiteral("focusId"), f.id},
                            {QStringLiteral("label"), f.label.text(m_directory->language())}});
    }
    return choices;
}

QString OverlapModel::exportTo(const QUrl &file) const
{
    QSaveFile out(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    const auto csv = [](QString text) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    QString text = QStringLiteral("rank,focus,institutions,services,largest_distance_m,reasons\n");
    for (qsizetype k = 0; k < m_groups.size(); ++k) {
        const OverlapGroup &g = m_groups[k];
        text += QStringList{QString::number(k + 1),
                            csv(g.focus),
                            csv(g.institutionIds.join(QLatin1Char(' '))),
                            csv(g.serviceIds.join(QLatin1Char(' '))),
                            QString::number(qRound(g.largestDistanceMetres)),
                            csv(g.reasons.join(QStringLiteral("; ")))}
                    .join(QLatin1Char(',')) +
                QLatin1Char('\n');
    }
    out.write(text.toUtf8());
    return out.commit() ? QString() : out.errorString();
}

} // namespace stadtplan
