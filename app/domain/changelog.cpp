#include "changelog.h"

#include "recordschema.h"

#include <QMap>
#include <QRegularExpression>
#include <cmath>

namespace stadtplan {

namespace {

using Fields = QMap<QString, QString>; // field -> value as text, in a stable order

const QString ServicePrefix = QStringLiteral("service ");
const QString ServiceSeparator = QStringLiteral(": ");

} // namespace

Fields recordFields(const Institution &i)
{
    // The record's own state and position, then its fields and its services'
    // fields as the record schema writes them: those the editor changes.
    Fields f{{QStringLiteral("position"), i.position.isValid()
                                              ? QStringLiteral("%1, %2")
                                                    .arg(i.position.latitude, 0, 'f', 6)
                                                    .arg(i.position.longitude, 0, 'f', 6)
                                              : QString()},
             {QStringLiteral("status"), toId(i.recordStatus)}};
    for (const RecordSchema::Field &field : RecordSchema::fields())
        if (field.recordText && field.setRecordText)
            f.insert(field.key, field.recordText(i));
    for (const Service &s : i.services)
        for (const RecordSchema::Field &field : RecordSchema::fields())
            if (field.serviceText && field.setServiceText)
                f.insert(serviceFieldName(s.id, QLatin1String(field.column)), field.serviceText(s));
    return f;
}

bool setRecordField(Institution &record, const QString &field, const QString &value, QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(field, why);
        return false;
    };
    const QString v = value.trimmed();
    if (field.startsWith(ServicePrefix)) {
        const std::optional<ServiceField> parsed = parseServiceField(field);
        if (!parsed)
            return refuse(QStringLiteral("not a service's field"));
        const QString &id = parsed->serviceId;
        const QString &name = parsed->field;
        auto it = std::find_if(record.services.begin(), record.services.end(),
                               [&](const Service &s) { return s.id == id; });
        const RecordSchema::Field *schemaField = RecordSchema::byColumn(RecordSchema::Part::Service, name);
        if (!schemaField || !schemaField->setServiceText)
            return refuse(QStringLiteral("no such field of a service"));
        if (it == record.services.end()) {
            // An offer added since: its first field makes it.
            if (id.isEmpty())
                return refuse(QStringLiteral("no service named"));
            Service added;
            added.id = id;
            record.services.append(added);
            it = record.services.end() - 1;
        }
        if (const std::optional<QString> problem = schemaField->setServiceText(*it, value))
            return refuse(*problem);
        return true;
    }
    if (field == QLatin1String("position")) {
        if (v.isEmpty()) {
            record.position = {};
            return true;
        }
        const QStringList parts = v.split(QLatin1Char(','));
        bool latOk = false, lonOk = false;
        const double lat = parts.value(0).trimmed().toDouble(&latOk);
        const double lon = parts.value(1).trimmed().toDouble(&lonOk);
        if (parts.size() != 2 || !latOk || !lonOk || std::abs(lat) > 90 || std::abs(lon) > 180)
            return refuse(QStringLiteral("'%1' is not a position (latitude, longitude)").arg(v));
        record.position = {lat, lon};
        return true;
    }
    if (field == QLatin1String("status")) {
        const auto status = recordStatusFromId(v);
        if (!status)
            return refuse(QStringLiteral("'%1' is not published, draft or archived").arg(v));
        record.recordStatus = *status;
        return true;
    }
    const RecordSchema::Field *schemaField = RecordSchema::field(field);
    if (!schemaField || !schemaField->setRecordText)
        return refuse(QStringLiteral("no such field"));
    if (const std::optional<QString> problem = schemaField->setRecordText(record, value))
        return refuse(*problem);
    return true;
}


QList<FieldChange> fieldChanges(const Institution *before, const Institution &after,
                                const QDateTime &at, const QString &who, const QString &via)
{
    QList<FieldChange> out;
    if (!before) {
        // A new record: one entry naming it. Its values at creation need no
        // copy: they are the record's now, less the later changes, each of
        // which the log holds with its old value.
        out.append({at, who, after.id, QStringLiteral("created"), QString(), after.name, via});
        return out;
    }
    const Fields now = recordFields(after);
    const Fields old = recordFields(*before);
    const auto change = [&](const QString &field, const QString &from, const QString &to) {
        out.append({at, who, after.id, field, from, to, via});
    };
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const QString previous = old.value(it.key());
        if (previous != it.value())
            change(it.key(), previous, it.value());
    }
    for (auto it = old.cbegin(); it != old.cend();
         ++it) // fields gone, e.g. a service no longer offered
        if (!now.contains(it.key()) && !it.value().isEmpty())
            change(it.key(), it.value(), QString());
    return out;
}

QString serviceFieldName(const QString &serviceId, const QString &field)
{
    return ServicePrefix + serviceId + ServiceSeparator + field;
}

std::optional<ServiceField> parseServiceField(const QString &name)
{
    if (!name.startsWith(ServicePrefix))
        return std::nullopt;
    const qsizetype separator = name.indexOf(ServiceSeparator, ServicePrefix.size());
    if (separator < 0)
        return std::nullopt;
    return ServiceField{name.mid(ServicePrefix.size(), separator - ServicePrefix.size()),
                        name.mid(separator + ServiceSeparator.size())};
}

QString currentUserName()
{
    // USERNAME on Windows, USER elsewhere.
    for (const char *variable : {"USERNAME", "USER", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QStringLiteral("unknown");
}

} // namespace stadtplan
