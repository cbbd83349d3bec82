#include "userposition.h"

#include <QGeoPositionInfoSource>
#include <QVariantMap>

namespace stadtplan {

UserPosition::UserPosition(QObject *parent) : QObject(parent) {}

UserPosition::~UserPosition() = default;

void UserPosition::setPlugin(const QString &plugin)
{
    if (plugin == m_plugin)
        return;
    m_plugin = plugin;
    m_source.reset();
    m_sourceTried = false;
    Q_EMIT sourceChanged();
}

void UserPosition::setNmeaSource(const QString &source)
{
    if (source == m_nmeaSource)
        return;
    m_nmeaSource = source;
    m_source.reset();
    m_sourceTried = false;
    Q_EMIT sourceChanged();
}

void UserPosition::createSource() const
{
    // Made when first needed, so a machine without positioning starts as fast.
    if (m_sourceTried)
        return;
    m_sourceTried = true;
    QVariantMap parameters;
    if (!m_nmeaSource.isEmpty())
        parameters.insert(QStringLiteral("nmea.source"), m_nmeaSource);
    m_source.reset(m_plugin.isEmpty()
                       ? QGeoPositionInfoSource::createDefaultSource(parameters, nullptr)
                       : QGeoPositionInfoSource::createSource(m_plugin, parameters, nullptr));
    if (!m_source)
        return;
    auto *self = const_cast<UserPosition *>(this);
    connect(m_source.get(), &QGeoPositionInfoSource::positionUpdated, self,
            [self](const QGeoPositionInfo &info) {
                if (!self->m_busy || !info.coordinate().isValid())
                    return;
                self->finish({});
                Q_EMIT self->found(info.coordinate());
            });
    connect(m_source.get(), &QGeoPositionInfoSource::errorOccurred, self,
            [self](QGeoPositionInfoSource::Error error) {
                if (!self->m_busy)
                    return;
                switch (error) {
                case QGeoPositionInfoSource::AccessError:
                    self->finish(
                        tr("The position may not be used (see the system's privacy settings)."));
                    break;
                case QGeoPositionInfoSource::UpdateTimeoutError:
                    self->finish(tr("No position found in time."));
                    break;
                default:
                    self->finish(tr("No position available."));
                    break;
                }
            });
}

bool UserPosition::isAvailable() const
{
    // From the plugins' metadata, without making a source: making one may
    // talk to a location service, which start-up should not wait for.
    if (m_sourceTried)
        return m_source != nullptr;
    const QStringList sources = QGeoPositionInfoSource::availableSources();
    return m_plugin.isEmpty() ? !sources.isEmpty() : sources.contains(m_plugin);
}

void UserPosition::request(int timeoutMs)
{
    createSource();
    if (!m_source) {
        finish(tr("No position available."));
        return;
    }
    m_busy = true;
    m_problem.clear();
    Q_EMIT stateChanged();
    m_source->requestUpdate(timeoutMs);
}

void UserPosition::finish(const QString &problem)
{
    m_busy = false;
    m_problem = problem;
    Q_EMIT stateChanged();
}

} // namespace stadtplan
