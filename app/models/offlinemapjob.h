#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

// Tools → Offline city map: runs `stadtplan-basemap download --progress` for
// the app's store as a child process, so the app stays usable meanwhile and
// a crash or a Cancel there leaves the app and the previous offline map as
// they were; reads its progress lines for the dialog.
class OfflineMapJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The store whose offline map is made; the tool is found beside the app.
    Q_PROPERTY(QString store READ store WRITE setStore NOTIFY storeChanged)
    // Empty: the extract the city profile names.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY storeChanged)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    // "download", "clip", "build", "tiles", "switch"; "done" after success; empty before.
    Q_PROPERTY(QString phase READ phase NOTIFY changed)
    Q_PROPERTY(double received READ received NOTIFY changed)
    Q_PROPERTY(double total READ total NOTIFY changed) // -1 while unknown
    Q_PROPERTY(double bytesPerSecond READ bytesPerSecond NOTIFY changed)
    Q_PROPERTY(double resumedFrom READ resumedFrom NOTIFY changed)
    Q_PROPERTY(int tilesDone READ tilesDone NOTIFY changed)
    Q_PROPERTY(int tilesTotal READ tilesTotal NOTIFY changed)
    // What went wrong, for the dialog to say in the UI language: "network",
    // "server", "disk", "checksum", "cancelled", "data" (the extract cannot be
    // used), "tool" (the tool is missing or failed otherwise); empty: nothing.
    Q_PROPERTY(QString errorKind READ errorKind NOTIFY changed)
    // The tool's own line about it (English, with file and server), for the details.
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY changed)
    // The date of the map data once done (ISO), empty when unknown.
    Q_PROPERTY(QString dataDate READ dataDate NOTIFY changed)

public:
    explicit OfflineMapJob(QObject *parent = nullptr);
    ~OfflineMapJob() override;

    QString store() const { return m_store; }
    void setStore(const QString &store);
    QString source() const { return m_source; }
    void setSource(const QString &source);
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    QString phase() const { return m_phase; }
    double received() const { return m_received; }
    double total() const { return m_total; }
    double bytesPerSecond() const { return m_rate; }
    double resumedFrom() const { return m_resumedFrom; }
    int tilesDone() const { return m_tilesDone; }
    int tilesTotal() const { return m_tilesTotal; }
    QString errorKind() const { return m_errorKind; }
    QString errorDetail() const { return m_errorDetail; }
    QString dataDate() const { return m_dataDate; }

    // The command-line tool it runs (beside the app unless set, for tests).
    void setProgram(const QString &program) { m_program = program; }
    // More arguments for the tool (tests: --zooms, --no-checksum).
    Q_INVOKABLE void setExtraArguments(const QStringList &arguments) { m_extra = arguments; }

    Q_INVOKABLE void start();
    // Stops the tool; the downloaded part stays for the next start.
    Q_INVOKABLE void cancel();
    // Starts the app anew with the arguments it was started with, then ends
    // this one: the map plugin reads the new tiles at its start.
    Q_INVOKABLE void restartApp();
    // Forgets the last run's end (done, or what went wrong), unless it runs.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void storeChanged();
    void changed();
    void finished(bool succeeded);

private:
    void readLines();
    void ended();

    QProcess m_process;
    QString m_store, m_source, m_program;
    QStringList m_extra;
    QByteArray m_pending;
    QString m_phase;
    double m_received = 0, m_total = -1, m_rate = 0, m_resumedFrom = 0;
    int m_tilesDone = 0, m_tilesTotal = 0;
    QString m_errorKind, m_errorDetail, m_dataDate;
    QByteArray m_errors;  // what the tool wrote on standard error, its end
    QString m_lastError; // its one-line error
    bool m_cancelled = false;
};

} // namespace stadtplan
