#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

class InstitutionDirectory;

// The focus areas of the taxonomy with their label in the current language,
// colour, icon, the number of institutions offering each (under the other
// filters) and whether it is selected.
class FocusAreaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InstitutionDirectory")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        ColourRole,
        IconRole,
        CountRole,
        SelectedRole,
        ForProfessionalsRole
    };
    Q_ENUM(Role)

    explicit FocusAreaModel(InstitutionDirectory *directory);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rows keep their order; only values change.
    void refresh(const QList<int> &roles);

private:
    InstitutionDirectory *m_directory;
};

} // namespace stadtplan
