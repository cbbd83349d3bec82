#include "dataexchange.h"

#include "addressimport.h"
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

#include <optional>

namespace stadtplan {

struct DataExchange::Job
{
    ImportOptions options;
    Taxonomy taxonomy;
    CityProfile city;
    std::optional<FieldMapping> mapping; // none: the mapping file could not be used
    QString problem;                     // why not
    bool valid = false;
};

namespace {
QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}
} // namespace

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

DataExchange::Job DataExchange::job(const QUrl &file, const QString &layer, const QString &sourceCrs,
                                    const QUrl &mapping, bool dryRun, bool acceptValid) const
{
    Job j;
    if (!m_directory)
        return j;
    j.options.input = localPath(file);
    j.options.store = m_directory->resolvedStoreLocation();
    j.options.layer = layer;
    j.options.sourceCrs = sourceCrs.trimmed();
    j.options.dryRun = dryRun;
    j.options.acceptValid = acceptValid;
    // The gazetteer the app finds addresses in places records that have an
    // address but no position, as --gazetteer does.
    // The store's own addresses are found by the import without being named.
    if (m_directory->hasGazetteer() &&
        m_directory->gazetteerLocation() != m_directory->resolvedStoreLocation())
        j.options.gazetteer = m_directory->gazetteerLocation();
    j.taxonomy = m_directory->taxonomy();
    j.city = m_directory->city();
    j.mapping = FieldMapping::standard(j.taxonomy);
    if (!mapping.isEmpty()) {
        try {
            j.mapping->mergeFile(localPath(mapping), j.taxonomy);
        } catch (const MappingError &e) {
            j.mapping.reset();
            j.problem = QString::fromStdString(e.what());
        }
    }
    j.valid = true;
    return j;
}

QVariantMap DataExchange::run(const Job &job)
{
    if (!job.valid)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("errors"), 1},
                {QStringLiteral("report"), tr("No directory to import into.")}};
    if (!job.mapping)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("errors"), 1},
                {QStringLiteral("report"), job.problem}};
    // A list of addresses with positions becomes the store's gazetteer.
    const ImportReport report =
        job.options.layer == QLatin1String("addresses")
            ? importAddressList(job.options, *job.mapping, job.city)
            : InstitutionImport(job.taxonomy, job.city, *job.mapping).run(job.options);
    return {{QStringLiteral("ok"), !report.hasErrors()},
            {QStringLiteral("added"), report.added},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("errors"), report.count(ImportReport::Severity::Error)},
            {QStringLiteral("warnings"), report.count(ImportReport::Severity::Warning)},
            {QStringLiteral("listErrors"), report.listErrors()},
            {QStringLiteral("rowsWithErrors"), report.rowsWithErrors},
            {QStringLiteral("leftOut"), report.leftOut},
            {QStringLiteral("leftOutFile"),
             report.leftOutFile.isEmpty() ? QUrl() : QUrl::fromLocalFile(report.leftOutFile)},
            {QStringLiteral("written"), report.written},
            {QStringLiteral("report"), report.toText(ImportReport::Reader::App)}};
}

QVariantMap DataExchange::check(const QUrl &file, const QString &layer, const QString &sourceCrs,
                                const QUrl &mapping) const
{
    return run(job(file, layer, sourceCrs, mapping, true));
}

QVariantMap DataExchange::importFile(const QUrl &file, const QString &layer, const QString &sourceCrs,
                                     const QUrl &mapping, bool acceptValid)
{
    QVariantMap result = run(job(file, layer, sourceCrs, mapping, false, acceptValid));
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

bool DataExchange::checkInBackground(const QUrl &file, const QString &layer, const QString &sourceCrs,
                                     const QUrl &mapping)
{
    return start(job(file, layer, sourceCrs, mapping, true));
}

bool DataExchange::importInBackground(const QUrl &file, const QString &layer, const QString &sourceCrs,
                                      const QUrl &mapping, bool acceptValid)
{
    return start(job(file, layer, sourceCrs, mapping, false, acceptValid));
}

QString DataExchange::exportView(const QUrl &file) const
{
    if (!m_directory)
        return tr("No directory to export.");
    ExportOptions options;
    options.store = m_directory->resolvedStoreLocation();
    options.output = localPath(file);
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
    options.output = localPath(file);
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
    options.output = localPath(file);
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
    options.output = localPath(file);
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
