#pragma once

#include "institutiondirectory.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

// The import and export of the command-line tools, for the app: a list is
// first checked (a dry run whose report the user reads), then imported into
// the directory's store in one transaction, and the directory reloads.
// Records with an address but no position are placed from the directory's
// address gazetteer, when it has one. The
// current view (the focus areas chosen) exports to any of the export formats.
class DataExchange : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stadtplan::InstitutionDirectory *directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    // True while a check or an import runs in the background.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit DataExchange(QObject *parent = nullptr);

    InstitutionDirectory *directory() const { return m_directory; }
    void setDirectory(InstitutionDirectory *directory);

    // Checks a list without writing. `sourceCrs` is the list's coordinate
    // system when the data names none (e.g. "EPSG:25832"; empty: none given),
    // `mapping` a mapping file (JSON or YAML) of fields and values, as
    // stadtplan-import's --s-crs and --mapping. The map holds: ok (no
    // errors), added, updated, unchanged, errors, warnings, listErrors (errors
    // of the list as a whole), rowsWithErrors (rows with an error of their
    // own), written and report (the text report).
    Q_INVOKABLE QVariantMap check(const QUrl &file, const QString &layer = QStringLiteral("institutions"),
                                  const QString &sourceCrs = {}, const QUrl &mapping = {}) const;
    // Imports a list (all or nothing) and reloads the directory; the same map as check().
    // With `acceptValid`, as --accept-valid: the valid records, unless the list
    // as a whole has an error; the rows left out are written beside the list
    // (the map adds leftOut, their number, and leftOutFile, a file URL).
    Q_INVOKABLE QVariantMap importFile(const QUrl &file, const QString &layer = QStringLiteral("institutions"),
                                       const QString &sourceCrs = {}, const QUrl &mapping = {},
                                       bool acceptValid = false);
    // Writes the institutions of the current focus filter; an empty string
    // on success, else what went wrong.
    Q_INVOKABLE QString exportView(const QUrl &file) const;
    // Prints the Stadtplan of the current focus filter (all institutions
    // when none) as a PDF on the paper (A4..A0); an empty string on
    // success, else what went wrong.
    // Puts text on the system clipboard (a link to share).
    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    Q_INVOKABLE QString printStadtplan(const QUrl &file, const QString &paper, bool landscape) const;
    // The shortlist as the client's handout (A4 PDF), labelled in German and
    // `language`, distances from the directory's near point when it has one.
    // Empty on success, else what went wrong.
    Q_INVOKABLE QString printHandout(const QUrl &file, const QString &language) const;
    // The institutions not verified for `months` months, with their contacts, as CSV.
    Q_INVOKABLE QString exportOverdue(const QUrl &file, int months) const;

    // The same as check() and importFile(), on a worker thread, so a long
    // list does not freeze the window; the result arrives as finished().
    // Returns false (and does nothing) while another is running.
    Q_INVOKABLE bool checkInBackground(const QUrl &file, const QString &layer = QStringLiteral("institutions"),
                                       const QString &sourceCrs = {}, const QUrl &mapping = {});
    Q_INVOKABLE bool importInBackground(const QUrl &file, const QString &layer = QStringLiteral("institutions"),
                                        const QString &sourceCrs = {}, const QUrl &mapping = {},
                                        bool acceptValid = false);
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void directoryChanged();
    void busyChanged();
    void finished(const QVariantMap &result);

private:
    struct Job; // what a run needs, copied off the directory
    Job job(const QUrl &file, const QString &layer, const QString &sourceCrs, const QUrl &mapping,
            bool dryRun, bool acceptValid = false) const;
    static QVariantMap run(const Job &job);
    bool start(const Job &job);
    InstitutionDirectory *m_directory = nullptr;
    QFutureWatcher<QVariantMap> m_watcher;
};

} // namespace stadtplan
