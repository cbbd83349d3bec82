#include "storeerror.h"

namespace stadtplan {

namespace {
QString describe(StoreError::Kind kind, const QString &location, const QString &detail)
{
    QString what;
    switch (kind) {
    case StoreError::Kind::Missing:
        what = QStringLiteral("No institution store at %1.");
        break;
    case StoreError::Kind::Locked:
        what = QStringLiteral("The institution store %1 is locked by another program.");
        break;
    case StoreError::Kind::Corrupt:
        what = QStringLiteral("The institution store %1 cannot be read; it may be damaged. "
                              "It was left untouched.");
        break;
    case StoreError::Kind::NotAStore:
        what = QStringLiteral("%1 is not a Stadtplan institution store. It was left untouched.");
        break;
    case StoreError::Kind::ReadOnly:
        what = QStringLiteral("The institution store %1 is read-only.");
        break;
    case StoreError::Kind::WriteFailed:
        what = QStringLiteral("Saving to %1 failed; nothing was changed.");
        break;
    case StoreError::Kind::Unreachable:
        what = QStringLiteral("The database server of %1 cannot be reached; nothing was saved.");
        break;
    case StoreError::Kind::Conflict:
        what = QStringLiteral("Someone else changed this record in %1 since you opened it; nothing was saved.");
        break;
    }
    QString text = what.arg(location);
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}
} // namespace

StoreError::StoreError(Kind kind, QString location, QString detail)
    : std::runtime_error(describe(kind, location, detail).toStdString()), m_kind(kind),
      m_location(std::move(location)), m_detail(std::move(detail))
{
}

ConflictError::ConflictError(QString location, Institution stored)
    : StoreError(Kind::Conflict, std::move(location),
                 QStringLiteral("%1 is at revision %2").arg(stored.id).arg(stored.version)),
      m_stored(std::move(stored))
{
}

QString StoreError::message() const
{
    return QString::fromStdString(what());
}

} // namespace stadtplan
