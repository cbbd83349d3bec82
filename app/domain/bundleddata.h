#pragma once

#include <QByteArray>
#include <QString>

namespace stadtplan {

// The reviewable data files of geodata/ (taxonomy, city profile, demo
// directory), compiled into the program so it runs from anywhere.
namespace BundledData {
// The file's contents; `name` is relative to geodata/, e.g. "taxonomy.json".
// Throws std::runtime_error if the build did not include it.
QByteArray read(const QString &name);
} // namespace BundledData

} // namespace stadtplan
