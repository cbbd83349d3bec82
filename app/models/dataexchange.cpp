#include "dataexchange.h"

#include "institutiondirectory.h"
#include "institutionexport.h"
#include "institutionimport.h"

namespace stadtplan {

DataExchange::DataExchange(QObject *parent)
    : QObject(parent)
{
}

void DataExchange::setDirectory(InstitutionDirectory *directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    Q_EMIT directoryChanged();
}

QVariantMap DataExchange::run(const QUrl &file, const QString &layer, bool dryRun) const
{
    if (!m_directory)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("report"), tr("No directory to import into.")}};
    ImportOptions options;
    options.input = file.isLocalFile() ? file.toLocalFile() : file.toString();
    options.store = m_directory->resolvedStoreLocation();
    options.layer = layer;
    options.dryRun = dryRun;
    const ImportReport report =
        InstitutionImport(m_directory->taxonomy(), m_directory->city(), FieldMapping::standard(m_directory->taxonomy()))
            .run(options);
    return {{QStringLiteral("ok"), !report.hasErrors()},
            {QStringLiteral("added"), report.added},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("errors"), report.count(ImportReport::Severity::Error)},
            {QStringLiteral("warnings"), report.count(ImportReport::Severity::Warning)},
            {QStringLiteral("written"), report.written},
            {QStringLiteral("report"), report.toText()}};
}

QVariantMap DataExchange::check(const QUrl &file, const QString &layer) const
{
    return run(file, layer, true);
}

QVariantMap DataExchange::importFile(const QUrl &file, const QString &layer)
{
    QVariantMap result = run(file, layer, false);
    if (result.value(QStringLiteral("written")).toBool())
        m_directory->load();
    return result;
}

QString DataExchange::exportView(const QUrl &file) const
{
    if (!m_directory)
        return tr("No directory to export.");
    ExportOptions options;
    options.store = m_directory->resolvedStoreLocation();
    options.output = file.isLocalFile() ? file.toLocalFile() : file.toString();
    options.focus = m_directory->focusFilter();
    try {
        exportStore(options);
    } catch (const ExportError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace stadtplan
