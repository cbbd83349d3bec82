#pragma once

#include "institutiondirectory.h"
#include "overlaps.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

// Pairs of records that are likely one institution (the importer's rule),
// for the coordinator to merge.
class DuplicateModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stadtplan::InstitutionDirectory *directory READ directory WRITE setDirectory NOTIFY
                   directoryChanged)
    Q_PROPERTY(int count READ count NOTIFY computed)

public:
    enum Role {
        FirstIdRole = Qt::UserRole + 1,
        SecondIdRole,
        FirstNameRole,
        SecondNameRole,
        ReasonRole,
        CoordinatesRole
    };

    explicit DuplicateModel(QObject *parent = nullptr);
    InstitutionDirectory *directory() const { return m_directory; }
    void setDirectory(InstitutionDirectory *directory);
    int count() const { return int(m_pairs.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void directoryChanged();
    void computed();

private:
    void recompute();
    InstitutionDirectory *m_directory = nullptr;
    QList<DuplicatePair> m_pairs;
    QHash<QString, const Institution *> m_byId;
};

} // namespace stadtplan
