#include "offlinemapjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace stadtplan {

OfflineMapJob::OfflineMapJob(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &OfflineMapJob::readLines);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Only the end matters: the tool's one-line error comes last.
        m_errors += m_process.readAllStandardError();
        if (m_errors.size() > 65536)
            m_errors = m_errors.right(16384);
    });
    connect(&m_process, &QProcess::finished, this, &OfflineMapJob::ended);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_errorKind = QStringLiteral("tool");
            m_errorDetail = QStringLiteral("cannot start %1: %2")
                                .arg(QDir::toNativeSeparators(m_program), m_process.errorString());
            Q_EMIT changed();
            Q_EMIT finished(false);
        }
    });
}

OfflineMapJob::~OfflineMapJob()
{
    // The tool does not outlive the app; what it downloaded stays for later.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void OfflineMapJob::setStore(const QString &store)
{
    if (store == m_store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void OfflineMapJob::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT storeChanged();
}

void OfflineMapJob::start()
{
    if (running())
        return;
    if (m_program.isEmpty()) {
        QString name = QStringLiteral("stadtplan-basemap");
#ifdef Q_OS_WIN
        name += QStringLiteral(".exe");
#endif
        m_program = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    }
    reset();
    m_lastError.clear();
    m_errors.clear();
    m_pending.clear();
    m_cancelled = false;
    QStringList arguments{QStringLiteral("download"), QStringLiteral("--progress")};
    if (!m_store.isEmpty())
        arguments << QStringLiteral("--into") << m_store;
    if (!m_source.isEmpty())
        arguments << QStringLiteral("--source") << m_source;
    arguments << m_extra;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The tool draws tiles and needs no window.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(environment);
    m_process.start(m_program, arguments);
    Q_EMIT changed();
}

void OfflineMapJob::cancel()
{
    if (!running())
        return;
    m_cancelled = true;
    m_process.kill();
}

void OfflineMapJob::reset()
{
    if (running())
        return;
    m_phase.clear();
    m_received = m_rate = m_resumedFrom = 0;
    m_total = -1;
    m_tilesDone = m_tilesTotal = 0;
    m_errorKind.clear();
    m_errorDetail.clear();
    m_dataDate.clear();
    Q_EMIT changed();
}

void OfflineMapJob::restartApp()
{
    if (running())
        return;
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1)))
        QCoreApplication::quit();
}

void OfflineMapJob::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    bool any = false;
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        if (!line.startsWith("progress "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        const QByteArray what = f.value(1);
        if (what == "phase") {
            // Each phase is told, even when the tool's lines of two phases
            // arrive in one read.
            m_phase = QString::fromLatin1(f.value(2));
            Q_EMIT changed();
            any = false;
            continue;
        } else if (what == "download" && f.size() >= 6) {
            m_received = f[2].toDouble();
            m_total = f[3].toDouble();
            m_rate = f[4].toDouble();
            m_resumedFrom = f[5].toDouble();
        } else if (what == "tiles" && f.size() >= 4) {
            m_tilesDone = f[2].toInt();
            m_tilesTotal = f[3].toInt();
        } else if (what == "done") {
            m_dataDate = f.value(2) == "-" ? QString() : QString::fromLatin1(f.value(2));
        } else if (what == "error") {
            m_errorKind = QString::fromLatin1(f.value(2));
        } else {
            continue;
        }
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

void OfflineMapJob::ended()
{
    readLines();
    m_errors += m_process.readAllStandardError();
    for (const QByteArray &line : m_errors.split('\n'))
        if (line.startsWith("stadtplan-basemap: "))
            m_lastError = QString::fromUtf8(line.mid(19)).trimmed();
    const bool succeeded = !m_cancelled && m_process.exitStatus() == QProcess::NormalExit &&
                           m_process.exitCode() == 0;
    if (succeeded) {
        m_phase = QStringLiteral("done");
    } else if (m_cancelled) {
        m_errorKind = QStringLiteral("cancelled");
        m_errorDetail.clear();
    } else {
        if (m_errorKind.isEmpty())
            m_errorKind = QStringLiteral("tool");
        m_errorDetail = !m_lastError.isEmpty()
                            ? m_lastError
                            : QStringLiteral("stadtplan-basemap ended with status %1")
                                  .arg(m_process.exitCode());
    }
    Q_EMIT changed();
    Q_EMIT finished(succeeded);
}

} // namespace stadtplan
