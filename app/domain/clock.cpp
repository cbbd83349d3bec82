#include "clock.h"

#include <QtGlobal>

#include <mutex>

namespace stadtplan::clock {
namespace {

std::mutex &mutex()
{
    static std::mutex m;
    return m;
}

// The fixed instant, or invalid for the system clock. Read from STADTPLAN_NOW
// once, at first use.
QDateTime &fixed()
{
    static QDateTime at = [] {
        const QString text = qEnvironmentVariable("STADTPLAN_NOW");
        if (text.isEmpty())
            return QDateTime();
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            qWarning("STADTPLAN_NOW=%s is not an ISO 8601 date and time; the system clock is used",
                     qPrintable(text));
        return parsed;
    }();
    return at;
}

} // namespace

QDateTime now()
{
    {
        const std::lock_guard lock(mutex());
        if (fixed().isValid())
            return fixed().toLocalTime();
    }
    return QDateTime::currentDateTime();
}

QDateTime nowUtc()
{
    return now().toUTC();
}

QDate today()
{
    return now().date();
}

void set(const QDateTime &at)
{
    const std::lock_guard lock(mutex());
    fixed() = at;
}

Fixed::Fixed(const QDateTime &at)
{
    {
        const std::lock_guard lock(mutex());
        m_before = fixed();
    }
    set(at);
}

Fixed::~Fixed()
{
    set(m_before);
}

} // namespace stadtplan::clock
