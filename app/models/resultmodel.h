#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

class InstitutionDirectory;

// The institutions that match the filter, sorted by name. Filter changes
// arrive as row removals and insertions, so views keep their place.
class ResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InstitutionDirectory")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        OrganisationRole,
        AddressRole,
        ColourRole,
        IconRole,
        FocusLabelsRole,
        PositionEstimatedRole,
        DistanceRole, // "420 m · 7 min on foot" from the chosen point; empty without one
        HoursUnknownRole, // no shown service has opening hours
    };
    Q_ENUM(Role)

    explicit ResultModel(InstitutionDirectory *directory);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int rowOf(const QString &institutionId) const;
    // The institution id in `row`, or empty.
    Q_INVOKABLE QString idAt(int row) const;
    // `rows` are indices into the directory's institutions, in the list's order.
    // `newOrder`: the rows follow another order than before (nearest first
    // from another point, or back to names), so they cannot be merged.
    void update(const QList<qsizetype> &rows, bool newOrder = false);
    void refreshAll();

Q_SIGNALS:
    void countChanged();

private:
    InstitutionDirectory *m_directory;
    QList<qsizetype> m_rows;
};

} // namespace stadtplan
