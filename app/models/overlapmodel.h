#pragma once

#include "institutiondirectory.h"
#include "overlaps.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

// Overlapping offers, ranked, for the coordinator's table and the map's
// highlight: one row per group of services doing the same for the same
// people close together, with the reasons.
class OverlapModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stadtplan::InstitutionDirectory *directory READ directory WRITE setDirectory NOTIFY
                   directoryChanged)
    // Only this focus area; empty: every focus area.
    Q_PROPERTY(QString focus READ focus WRITE setFocus NOTIFY settingsChanged)
    Q_PROPERTY(double distance READ distance WRITE setDistance NOTIFY settingsChanged)
    Q_PROPERTY(int count READ count NOTIFY computed)

public:
    enum Role {
        FocusLabelRole = Qt::UserRole + 1,
        InstitutionNamesRole, // "A, B, C"
        InstitutionIdsRole,
        ReasonsRole,     // one sentence per reason, joined
        CoordinatesRole, // the institutions' positions
        LargestDistanceRole,
    };

    explicit OverlapModel(QObject *parent = nullptr);
    InstitutionDirectory *directory() const { return m_directory; }
    void setDirectory(InstitutionDirectory *directory);
    QString focus() const { return m_options.focus.value(0); }
    void setFocus(const QString &focus);
    double distance() const { return m_options.distanceMetres; }
    void setDistance(double metres);
    int count() const { return int(m_groups.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Writes the groups as CSV; an empty string on success, else the problem.
    Q_INVOKABLE QString exportTo(const QUrl &file) const;
    // The focus areas to choose from: {focusId, label}, the first "all".
    Q_INVOKABLE QVariantList focusChoices() const;

Q_SIGNALS:
    void directoryChanged();
    void settingsChanged();
    void computed();

private:
    void recompute();
    InstitutionDirectory *m_directory = nullptr;
    OverlapOptions m_options;
    QList<OverlapGroup> m_groups;
    QHash<QString, const Institution *> m_byId;
};

} // namespace stadtplan
