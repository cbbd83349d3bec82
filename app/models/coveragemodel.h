#pragma once

#include "coverage.h"
#include "institutiondirectory.h"

#include <QAbstractListModel>
#include <QColor>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

// Coverage of one focus area over one kind of area, for the map's choropleth
// and its table: one row per area with its figures, its colour class and its
// outline. Recomputed when the focus area, target group, distance or area
// kind changes, or the directory reloads.
class CoverageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stadtplan::InstitutionDirectory *directory READ directory WRITE setDirectory NOTIFY
                   directoryChanged)
    Q_PROPERTY(QString focus READ focus WRITE setFocus NOTIFY settingsChanged)
    Q_PROPERTY(QString targetGroup READ targetGroup WRITE setTargetGroup NOTIFY settingsChanged)
    Q_PROPERTY(double distance READ distance WRITE setDistance NOTIFY settingsChanged)
    Q_PROPERTY(QString areaKind READ areaKind WRITE setAreaKind NOTIFY settingsChanged)
    // "uncovered" (share farther than the distance) or "perCapita" (services per 10,000).
    Q_PROPERTY(QString measure READ measure WRITE setMeasure NOTIFY settingsChanged)
    Q_PROPERTY(int count READ rowCountProperty NOTIFY computed)
    Q_PROPERTY(QStringList areaKinds READ areaKinds NOTIFY computed)
    Q_PROPERTY(QVariantList legend READ legend NOTIFY computed)
    Q_PROPERTY(int servicesConsidered READ servicesConsidered NOTIFY computed)
    Q_PROPERTY(QString error READ error NOTIFY computed)
    Q_PROPERTY(QString sortColumn READ sortColumn NOTIFY computed)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY computed)

public:
    enum Role {
        AreaIdRole = Qt::UserRole + 1,
        NameRole,
        PopulationRole, // -1 when unknown
        ServicesRole,
        PerCapitaRole, // services per 10,000; -1 when the population is unknown
        SquareKilometresRole,
        UncoveredRole,       // share 0..1
        UncoveredPeopleRole, // -1 when the population is unknown
        ColourRole,
        PathsRole, // list of coordinate lists (outer rings)
        CentreRole,
    };
    Q_ENUM(Role)

    explicit CoverageModel(QObject *parent = nullptr);

    InstitutionDirectory *directory() const { return m_directory; }
    void setDirectory(InstitutionDirectory *directory);
    QString focus() const { return m_options.focus; }
    void setFocus(const QString &focus);
    QString targetGroup() const { return m_options.targetGroup; }
    void setTargetGroup(const QString &targetGroup);
    double distance() const { return m_options.distanceMetres; }
    void setDistance(double metres);
    QString areaKind() const { return m_areaKind; }
    void setAreaKind(const QString &kind);
    QString measure() const { return m_measure; }
    void setMeasure(const QString &measure);
    QStringList areaKinds() const;
    QVariantList legend() const;
    int servicesConsidered() const { return m_report.servicesConsidered; }
    QString error() const { return m_error; }
    QString sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_sortDescending; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int rowCountProperty() const { return rowCount(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Sorts the table by a column ("name", "population", "services",
    // "perCapita", "uncovered"); the same column again reverses the order.
    Q_INVOKABLE void sortBy(const QString &column);
    // Writes the table as CSV or, for .gpkg, a GeoPackage layer; an empty
    // string on success, else what went wrong.
    Q_INVOKABLE QString exportTo(const QUrl &file) const;
    // The target groups to choose from: {id, label}, the first "all".
    Q_INVOKABLE QVariantList targetGroupChoices() const;

    // The colour class of a value of the measure (for tests and the legend).
    QColor colourFor(double value) const;
    static const QList<QColor> &palette();

Q_SIGNALS:
    void directoryChanged();
    void settingsChanged();
    void computed();

private:
    void recompute();
    void sortRows(); // m_order by m_sortColumn, m_sortDescending
    double value(const AreaCoverage &row) const;
    InstitutionDirectory *m_directory = nullptr;
    CoverageOptions m_options;
    QString m_areaKind = QStringLiteral("district");
    QString m_measure = QStringLiteral("uncovered");
    QList<Area> m_chosenAreas;
    CoverageReport m_report;
    QList<int> m_order; // rows in table order
    QString m_sortColumn = QStringLiteral("uncovered");
    bool m_sortDescending = true;
    double m_maximumPerCapita = 0;
    QString m_error;
};

} // namespace stadtplan
