#include "dataexchange.h"

#include "coverage.h"
#include "institutiondirectory.h"
#include "institutionexport.h"
#include "institutionimport.h"
#include "pdfoutput.h"
#include "handout.h"
#include "stadtplanprint.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace stadtplan {

struct DataExchange::Job
{
    ImportOptions options;
    Taxonomy taxonomy;
    CityProfile city;
    bool valid = false;
};

DataExchange::DataExchange(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QVariantMap>::finished, this, [this] {
        const QVariantMap result = m_watcher.result();
        // The directory is a GUI-thread object: it reloads here, not in the worker.
        if (result.value(QStringLiteral("written")).toBool() && m_directory)
            m_directory->load();
        Q_EMIT busyChanged();
        Q_EMIT finished(result);
    });
}

void DataExchange::setDirectory(InstitutionDirectory *directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    Q_EMIT directoryChanged();
}

DataExchange::Job DataExchange::job(const QUrl &file, const QString &layer, bool dryRun) const
{
    Job j;
    if (!m_directory)
        return j;
    j.options.input = file.isLocalFile() ? file.toLocalFile() : file.toString();
    j.options.store = m_directory->resolvedStoreLocation();
    j.options.layer = layer;
    j.options.dryRun = dryRun;
    j.taxonomy = m_directory->taxonomy();
    j.city = m_directory->city();
    j.valid = true;
    return j;
}

QVariantMap DataExchange::run(const Job &job)
{
    if (!job.valid)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("report"), tr("No directory to import into.")}};
    const ImportReport report =
        InstitutionImport(job.taxonomy, job.city, FieldMapping::standard(job.taxonomy))
            .run(job.options);
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
    return run(job(file, layer, true));
}

QVariantMap DataExchange::importFile(const QUrl &file, const QString &layer)
{
    QVariantMap result = run(job(file, layer, false));
    if (result.value(QStringLiteral("written")).toBool())
        m_directory->load();
    return result;
}

bool DataExchange::start(const Job &j)
{
    if (m_watcher.isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run([j] { return run(j); }));
    Q_EMIT busyChanged();
    return true;
}

bool DataExchange::checkInBackground(const QUrl &file, const QString &layer)
{
    return start(job(file, layer, true));
}

bool DataExchange::importInBackground(const QUrl &file, const QString &layer)
{
    return start(job(file, layer, false));
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

namespace stadtplan {

QString DataExchange::exportOverdue(const QUrl &file, int months) const
{
    if (!m_directory)
        return tr("No directory to export.");
    ExportOptions options;
    options.store = m_directory->resolvedStoreLocation();
    options.output = file.isLocalFile() ? file.toLocalFile() : file.toString();
    options.format = QStringLiteral("csv");
    options.layer = QStringLiteral("overdue");
    options.months = months;
    try {
        exportStore(options);
    } catch (const ExportError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

void DataExchange::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

QString DataExchange::printHandout(const QUrl &file, const QString &language) const
{
    if (!m_directory)
        return tr("No directory to print.");
    HandoutOptions options;
    options.output = file.isLocalFile() ? file.toLocalFile() : file.toString();
    options.language = language;
    if (const QGeoCoordinate near = m_directory->nearPoint(); near.isValid()) {
        options.from = GeoPoint{near.latitude(), near.longitude()};
        options.fromLabel = m_directory->nearLabel().isEmpty()
                                ? tr("the point chosen on the map")
                                : m_directory->nearLabel();
    }
    options.city = m_directory->cityName();
    options.dataNote = m_directory->dataNote();
    try {
        ::stadtplan::printHandout(m_directory->resolvedStoreLocation(),
                                  m_directory->shortlistedInstitutions(), m_directory->taxonomy(),
                                  options);
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QString DataExchange::printStadtplan(const QUrl &file, const QString &paper, bool landscape) const
{
    if (!m_directory)
        return tr("No directory to print.");
    StadtplanOptions options;
    options.output = file.isLocalFile() ? file.toLocalFile() : file.toString();
    options.paper = basemap::paperSize(paper).value_or(QPageSize::A3);
    options.landscape = landscape;
    options.focus = m_directory->focusFilter();
    options.title = tr("Stadtplan %1").arg(m_directory->cityName());
    options.language =
        m_directory->language() == u"de" ? QStringLiteral("de") : QStringLiteral("en");
    options.dataNote = m_directory->dataNote();
    try {
        ::stadtplan::printStadtplan(m_directory->resolvedStoreLocation(),
                                    m_directory->institutions(), m_directory->areas(),
                                    m_directory->taxonomy(), options);
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace stadtplan
