#include "gdalsupport.h"

#include <QRegularExpression>
#include <cpl_conv.h>
#include <gdal.h>
#include <mutex>

namespace stadtplan::gdal {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // A writer holding the GeoPackage gets two seconds before the reader
        // reports the store as locked.
        if (!CPLGetConfigOption("OGR_SQLITE_PRAGMA", nullptr))
            CPLSetConfigOption("OGR_SQLITE_PRAGMA", "busy_timeout=2000");
    });
}

ErrorCollector::ErrorCollector()
{
    CPLPushErrorHandlerEx(&ErrorCollector::handle, this);
}

ErrorCollector::~ErrorCollector()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL ErrorCollector::handle(CPLErr level, CPLErrorNum, const char *message)
{
    auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (level >= CE_Failure)
        self->m_failures.append(text);
    else if (level == CE_Warning)
        self->m_warnings.append(text);
}

QString ErrorCollector::lastFailure(const QString &fallback) const
{
    return m_failures.isEmpty() ? fallback : m_failures.constLast();
}

bool ErrorCollector::mentions(const char *text) const
{
    const QString needle = QString::fromLatin1(text);
    for (const QString &m : m_failures) {
        if (m.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString displayLocation(const QString &connection)
{
    static const QRegularExpression password(QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString shown = connection;
    shown.replace(password, QStringLiteral("\\1***"));
    return shown;
}

} // namespace stadtplan::gdal
