#include "bundleddata.h"

#include <QFile>
#include <stdexcept>

namespace stadtplan::BundledData {

QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(":/stadtplan/geodata/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("bundled file missing from the build: " + name.toStdString());
    return file.readAll();
}

} // namespace stadtplan::BundledData
