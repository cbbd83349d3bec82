#pragma once

#include <QGeoCoordinate>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QGeoPositionInfoSource;

namespace stadtplan {

// The user's position, asked for one fix at a time: from the platform's
// source, or from a named Qt Positioning plugin (e.g. "nmea" with the serial
// port, socket or log file of a GPS receiver, for kiosks).
class UserPosition : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Empty: the platform's source. Else a plugin name; "nmea" takes nmeaSource.
    Q_PROPERTY(QString plugin READ plugin WRITE setPlugin NOTIFY sourceChanged)
    Q_PROPERTY(QString nmeaSource READ nmeaSource WRITE setNmeaSource NOTIFY sourceChanged)
    // True when there is a source to ask (a plugin for it is installed; once
    // asked, whether it could be made).
    Q_PROPERTY(bool available READ isAvailable NOTIFY sourceChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    // Why the last request gave no position; empty when it did or runs.
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)

public:
    explicit UserPosition(QObject *parent = nullptr);
    ~UserPosition() override;

    QString plugin() const { return m_plugin; }
    void setPlugin(const QString &plugin);
    QString nmeaSource() const { return m_nmeaSource; }
    void setNmeaSource(const QString &source);
    bool isAvailable() const;
    bool isBusy() const { return m_busy; }
    QString problem() const { return m_problem; }

    // One position within `timeoutMs`: found() or a problem.
    Q_INVOKABLE void request(int timeoutMs = 15000);

Q_SIGNALS:
    void sourceChanged();
    void stateChanged();
    void found(const QGeoCoordinate &coordinate);

private:
    void createSource() const;
    void finish(const QString &problem);

    QString m_plugin, m_nmeaSource;
    mutable std::unique_ptr<QGeoPositionInfoSource> m_source;
    mutable bool m_sourceTried = false;
    bool m_busy = false;
    QString m_problem;
};

} // namespace stadtplan
