#include "coveragemodel.h"

#include <QCollator>
#include <QGeoCoordinate>
#include <QLocale>

namespace stadtplan {

CoverageModel::CoverageModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &CoverageModel::settingsChanged, this, &CoverageModel::recompute);
}

void CoverageModel::setDirectory(InstitutionDirectory *directory)
{
    if (directory == m_directory)
        return;
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory) {
        connect(m_directory, &InstitutionDirectory::storeChanged, this, &CoverageModel::recompute);
        if (!m_directory->city().metricCrs.isEmpty())
            m_options.metricCrs = m_directory->city().metricCrs;
    }
    Q_EMIT directoryChanged();
    recompute();
}

void CoverageModel::setFocus(const QString &focus)
{
    if (focus != m_options.focus) {
        m_options.focus = focus;
        Q_EMIT settingsChanged();
    }
}

void CoverageModel::setTargetGroup(const QString &targetGroup)
{
    if (targetGroup != m_options.targetGroup) {
        m_options.targetGroup = targetGroup;
        Q_EMIT settingsChanged();
    }
}

void CoverageModel::setDistance(double metres)
{
    if (metres > 0 && metres != m_options.distanceMetres) {
        m_options.distanceMetres = metres;
        Q_EMIT settingsChanged();
    }
}

void CoverageModel::setAreaKind(const QString &kind)
{
    if (kind != m_areaKind) {
        m_areaKind = kind;
        Q_EMIT settingsChanged();
    }
}

void CoverageModel::setMeasure(const QString &measure)
{
    if (measure != m_measure && (measure == u"uncovered" || measure == u"perCapita")) {
        m_measure = measure;
        Q_EMIT settingsChanged();
    }
}

QStringList CoverageModel::areaKinds() const
{
    QStringList kinds;
    if (m_directory) {
        for (const Area &a : m_directory->areas())
            if (!kinds.contains(a.kind))
                kinds.append(a.kind);
    }
    return kinds;
}

const QList<QColor> &CoverageModel::palette()
{
    // Sequential, light to dark (ColorBrewer's YlOrRd, readable in grey and by
    // colour-blind readers); darker means more need.
    static const QList<QColor> colours{QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c),
                                       QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20),
                                       QColor(0xbd, 0x00, 0x26)};
    return colours;
}

double CoverageModel::value(const AreaCoverage &row) const
{
    if (m_measure == u"perCapita")
        return row.perTenThousand.value_or(-1);
    return row.uncoveredShare;
}

QColor CoverageModel::colourFor(double v) const
{
    if (v < 0)
        return QColor(0xcc, 0xcc, 0xcc); // no population: no figure
    const QList<QColor> &colours = palette();
    int k = 0;
    if (m_measure == u"perCapita") {
        // Fewer services per inhabitant is more need: the darkest class is the lowest fifth.
        const double top = m_maximumPerCapita > 0 ? m_maximumPerCapita : 1;
        k = 4 - std::clamp(int(v / top * 5), 0, 4);
    } else {
        k = std::clamp(int(v * 5), 0, 4);
    }
    return colours[k];
}

QVariantList CoverageModel::legend() const
{
    QVariantList entries;
    const QList<QColor> &colours = palette();
    const QLocale locale;
    for (int k = 0; k < 5; ++k) {
        QString label;
        if (m_measure == u"perCapita") {
            const double top = m_maximumPerCapita > 0 ? m_maximumPerCapita : 1;
            const int cls = 4 - k;
            label = tr("%1–%2 per 10,000")
                        .arg(locale.toString(top * cls / 5, 'f', 1),
                             locale.toString(top * (cls + 1) / 5, 'f', 1));
        } else {
            label = tr("%1–%2 % farther").arg(k * 20).arg((k + 1) * 20);
        }
        entries.append(
            QVariantMap{{QStringLiteral("colour"), colours[k]}, {QStringLiteral("label"), label}});
    }
    return entries;
}

void CoverageModel::recompute()
{
    beginResetModel();
    m_error.clear();
    m_report = {};
    m_chosenAreas.clear();
    m_order.clear();
    m_maximumPerCapita = 0;
    if (m_directory && !m_options.focus.isEmpty()) {
        for (const Area &a : m_directory->areas())
            if (m_areaKind.isEmpty() || a.kind == m_areaKind)
                m_chosenAreas.append(a);
        if (m_chosenAreas.isEmpty()) {
            m_error =
                m_directory->areas().isEmpty()
                    ? tr("The store holds no areas. Import districts with Import list… (areas).")
                    : tr("The store holds no areas of the kind %1.").arg(m_areaKind);
        } else {
            try {
                m_report = computeCoverage(m_directory->institutions(), m_chosenAreas, m_options);
            } catch (const AnalysisError &e) {
                m_error = QString::fromStdString(e.what());
            }
        }
    }
    for (int i = 0; i < m_report.areas.size(); ++i) {
        m_order.append(i);
        m_maximumPerCapita =
            std::max(m_maximumPerCapita, m_report.areas[i].perTenThousand.value_or(0));
    }
    sortRows(); // in the order the user chose
    endResetModel();
    Q_EMIT computed();
}

void CoverageModel::sortBy(const QString &column)
{
    m_sortDescending = column == m_sortColumn ? !m_sortDescending : column != u"name";
    m_sortColumn = column;
    beginResetModel();
    sortRows();
    endResetModel();
    Q_EMIT computed();
}

void CoverageModel::sortRows()
{
    QCollator collator{QLocale(QLocale::German, QLocale::Germany)};
    collator.setNumericMode(true);
    const QString &column = m_sortColumn;
    const auto key = [&](const AreaCoverage &a) -> double {
        if (column == u"population")
            return a.population ? double(*a.population) : -1;
        if (column == u"services")
            return a.services;
        if (column == u"perCapita")
            return a.perTenThousand.value_or(-1);
        return a.uncoveredShare;
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int x, int y) {
        const AreaCoverage &a = m_report.areas[x], &b = m_report.areas[y];
        const int order = column == u"name" ? collator.compare(a.name, b.name)
                                            : (key(a) < key(b)   ? -1
                                               : key(b) < key(a) ? 1
                                                                 : 0);
        return m_sortDescending ? order > 0 : order < 0;
    });
}

QString CoverageModel::exportTo(const QUrl &file) const
{
    if (m_report.areas.isEmpty())
        return tr("Nothing to export: choose a focus area and an area layer first.");
    try {
        writeCoverage(m_report, m_chosenAreas,
                      file.isLocalFile() ? file.toLocalFile() : file.toString());
    } catch (const AnalysisError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QVariantList CoverageModel::targetGroupChoices() const
{
    QVariantList choices{QVariantMap{{QStringLiteral("id"), QString()},
                                     {QStringLiteral("label"), tr("All target groups")}}};
    if (m_directory) {
        for (const TargetGroup &g : m_directory->taxonomy().targetGroups())
            choices.append(
                QVariantMap{{QStringLiteral("id"), g.id},
                            {QStringLiteral("label"), g.label.text(m_directory->language())}});
    }
    return choices;
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    const int i = m_order[index.row()];
    const AreaCoverage &row = m_report.areas[i];
    switch (role) {
    case AreaIdRole:
        return row.areaId;
    case NameRole:
        return row.name;
    case PopulationRole:
        return row.population ? double(*row.population) : -1.0;
    case ServicesRole:
        return row.services;
    case PerCapitaRole:
        return row.perTenThousand.value_or(-1.0);
    case SquareKilometresRole:
        return row.squareKilometres;
    case UncoveredRole:
        return row.uncoveredShare;
    case UncoveredPeopleRole:
        return row.uncoveredPeople.value_or(-1.0);
    case ColourRole:
        return colourFor(value(row));
    case PathsRole:
        return outlinePaths(m_chosenAreas[i]);
    case CentreRole: {
        const GeoPoint c = m_chosenAreas[i].boundingBox().center();
        return QVariant::fromValue(QGeoCoordinate(c.latitude, c.longitude));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CoverageModel::roleNames() const
{
    return {{AreaIdRole, "areaId"},         {NameRole, "name"},
            {PopulationRole, "population"}, {ServicesRole, "services"},
            {PerCapitaRole, "perCapita"},   {SquareKilometresRole, "squareKilometres"},
            {UncoveredRole, "uncovered"},   {UncoveredPeopleRole, "uncoveredPeople"},
            {ColourRole, "colour"},         {PathsRole, "paths"},
            {CentreRole, "centre"}};
}

} // namespace stadtplan
