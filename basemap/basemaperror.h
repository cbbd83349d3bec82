#pragma once

#include <QString>
#include <stdexcept>

namespace stadtplan::basemap {

// A basemap step that could not be done; the message says what and where, and
// that nothing was changed.
class BasemapError : public std::runtime_error
{
public:
    explicit BasemapError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace stadtplan::basemap
