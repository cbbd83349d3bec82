#pragma once

#include <QDate>
#include <QDateTime>

// The one clock of the domain: the current date and time for everything that
// depends on the day it runs on (opening hours "now", verification reminders,
// how old data is, the change log, the date printed on a page). Tests set it,
// so they pass on every day of the year; the environment variable
// STADTPLAN_NOW (ISO 8601, e.g. "2026-12-31T23:59:00") sets it for a whole
// process, for tests that run the app or a tool.
namespace stadtplan::clock {

// The current local date and time (the system's, unless set).
QDateTime now();
// The same instant in UTC (the change log, the build stamps).
QDateTime nowUtc();
// The current local date.
QDate today();

// Fixes the clock at `at` (its time zone as given; a time without one is local
// time); an invalid date-time returns to the system clock.
void set(const QDateTime &at);

// Fixes the clock for one scope (a test) and restores what was before.
class Fixed
{
public:
    explicit Fixed(const QDateTime &at);
    ~Fixed();
    Fixed(const Fixed &) = delete;
    Fixed &operator=(const Fixed &) = delete;

private:
    QDateTime m_before;
};

} // namespace stadtplan::clock
