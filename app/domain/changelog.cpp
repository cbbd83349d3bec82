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

QString yesNo(const std::optional<bool> &value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
}

} // namespace

Fields recordFields(const Institution &i)
{
    Fields f{{QStringLiteral("name"), i.name},
             {QStringLiteral("description"), i.description},
             {QStringLiteral("organisation"), i.organisation.name},
             {QStringLiteral("street"), i.address.street},
             {QStringLiteral("house_number"), i.address.houseNumber},
             {QStringLiteral("postcode"), i.address.postcode},
             {QStringLiteral("city"), i.address.city},
             {QStringLiteral("position"), i.position.isValid()
                                              ? QStringLiteral("%1, %2")
                                                    .arg(i.position.latitude, 0, 'f', 6)
                                                    .arg(i.position.longitude, 0, 'f', 6)
                                              : QString()},
             {QStringLiteral("position_source"), toId(i.positionSource)},
             {QStringLiteral("step_free"), toId(i.stepFree)},
             {QStringLiteral("status"), toId(i.recordStatus)},
             {QStringLiteral("geocoded_by"), i.geocodedBy},
             {QStringLiteral("translations"), translationsToJson(i.translations)}};
    for (const Service &s : i.services) {
        const auto add = [&](const char *field, const QString &value) {
            f.insert(serviceFieldName(s.id, QLatin1String(field)), value);
        };
        add("name", s.name);
        add("description", s.description);
        add("focus_areas", s.focusAreas.join(QStringLiteral("; ")));
        add("target_groups", s.targetGroups.join(QStringLiteral("; ")));
        add("languages", s.languages.join(QStringLiteral("; ")));
        add("phone", s.contact.phone);
        add("email", s.contact.email);
        add("website", s.contact.website);
        add("opening_hours", s.openingHours);
        add("cost", s.cost);
        add("referral_required", yesNo(s.referralRequired));
        add("status", toId(s.status));
        add("last_verified",
            s.lastVerified.isValid() ? s.lastVerified.toString(Qt::ISODate) : QString());
        add("verified_by", s.verifiedBy);
        add("translations", translationsToJson(s.translations));
    }
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
    const auto list = [&] { return v.split(QLatin1Char(';'), Qt::SkipEmptyParts).replaceInStrings(QRegularExpression(QStringLiteral("^\\s+|\\s+$")), QString()); };
    const auto translations = [&](FieldTranslations &target) {
        QString why;
        const auto parsed = translationsFromJson(v, &why);
        if (!parsed)
            return refuse(why);
        target = *parsed;
        return true;
    };
    if (field.startsWith(ServicePrefix)) {
        const std::optional<ServiceField> parsed = parseServiceField(field);
        if (!parsed)
            return refuse(QStringLiteral("not a service's field"));
        const QString &id = parsed->serviceId;
        const QString &name = parsed->field;
        auto it = std::find_if(record.services.begin(), record.services.end(),
                               [&](const Service &s) { return s.id == id; });
        static const QStringList serviceFields = RecordSchema::columns(RecordSchema::Part::Service);
        if (!serviceFields.contains(name))
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
        Service &s = *it;
        if (name == QLatin1String("name"))
            s.name = v;
        else if (name == QLatin1String("description"))
            s.description = value;
        else if (name == QLatin1String("focus_areas"))
            s.focusAreas = list();
        else if (name == QLatin1String("target_groups"))
            s.targetGroups = list();
        else if (name == QLatin1String("languages"))
            s.languages = list();
        else if (name == QLatin1String("phone"))
            s.contact.phone = v;
        else if (name == QLatin1String("email"))
            s.contact.email = v;
        else if (name == QLatin1String("website"))
            s.contact.website = v;
        else if (name == QLatin1String("opening_hours"))
            s.openingHours = v;
        else if (name == QLatin1String("cost"))
            s.cost = v;
        else if (name == QLatin1String("verified_by"))
            s.verifiedBy = v;
        else if (name == QLatin1String("translations"))
            return translations(s.translations);
        else if (name == QLatin1String("referral_required")) {
            if (v.isEmpty())
                s.referralRequired.reset();
            else if (v == QLatin1String("yes") || v == QLatin1String("no"))
                s.referralRequired = v == QLatin1String("yes");
            else
                return refuse(QStringLiteral("'%1' is not yes, no or empty").arg(v));
        } else if (name == QLatin1String("status")) {
            const auto status = serviceStatusFromId(v);
            if (!status)
                return refuse(QStringLiteral("'%1' is not a service status").arg(v));
            s.status = *status;
        } else if (name == QLatin1String("last_verified")) {
            const QDate date = QDate::fromString(v, Qt::ISODate);
            if (!v.isEmpty() && !date.isValid())
                return refuse(QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(v));
            s.lastVerified = date;
        } else
            return refuse(QStringLiteral("no such field of a service"));
        return true;
    }
    if (field == QLatin1String("name"))
        record.name = v;
    else if (field == QLatin1String("description"))
        record.description = value;
    else if (field == QLatin1String("organisation"))
        record.organisation.name = v;
    else if (field == QLatin1String("street"))
        record.address.street = v;
    else if (field == QLatin1String("house_number"))
        record.address.houseNumber = v;
    else if (field == QLatin1String("postcode"))
        record.address.postcode = v;
    else if (field == QLatin1String("city"))
        record.address.city = v;
    else if (field == QLatin1String("geocoded_by"))
        record.geocodedBy = v;
    else if (field == QLatin1String("translations"))
        return translations(record.translations);
    else if (field == QLatin1String("position")) {
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
    } else if (field == QLatin1String("position_source")) {
        const auto source = positionSourceFromId(v);
        if (!source)
            return refuse(QStringLiteral("'%1' is not surveyed, geocoded or estimated").arg(v));
        record.positionSource = *source;
    } else if (field == QLatin1String("step_free")) {
        const auto stepFree = stepFreeFromId(v);
        if (!stepFree)
            return refuse(QStringLiteral("'%1' is not yes, no or unknown").arg(v));
        record.stepFree = *stepFree;
    } else if (field == QLatin1String("status")) {
        const auto status = recordStatusFromId(v);
        if (!status)
            return refuse(QStringLiteral("'%1' is not published, draft or archived").arg(v));
        record.recordStatus = *status;
    } else
        return refuse(QStringLiteral("no such field"));
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
