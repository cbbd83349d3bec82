#include "changelog.h"

#include <QMap>

namespace stadtplan {

namespace {

using Fields = QMap<QString, QString>; // field -> value as text, in a stable order

QString yesNo(const std::optional<bool> &value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
}

Fields fieldsOf(const Institution &i)
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
             {QStringLiteral("geocoded_by"), i.geocodedBy},
             {QStringLiteral("translations"), translationsToJson(i.translations)}};
    for (const Service &s : i.services) {
        const QString prefix = QStringLiteral("service %1: ").arg(s.id);
        const auto add = [&](const char *field, const QString &value) {
            f.insert(prefix + QLatin1String(field), value);
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

} // namespace

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
    const Fields now = fieldsOf(after);
    const Fields old = fieldsOf(*before);
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

QString currentUserName()
{
    // USERNAME on Windows, USER elsewhere.
    for (const char *variable : {"USERNAME", "USER", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QStringLiteral("unknown");
}

} // namespace stadtplan
