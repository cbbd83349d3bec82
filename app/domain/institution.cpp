#include "institution.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <array>

namespace stadtplan {

namespace {
template <typename Enum, std::size_t N> struct Names
{
    std::array<std::pair<Enum, const char *>, N> entries;

    QString name(Enum value) const
    {
        for (const auto &[e, n] : entries) {
            if (e == value)
                return QString::fromLatin1(n);
        }
        return {};
    }
    std::optional<Enum> parse(const QString &text) const
    {
        // Compared in place: stores read this for every record.
        const QStringView t = QStringView(text).trimmed();
        for (const auto &[e, n] : entries) {
            if (t.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
                return e;
        }
        return std::nullopt;
    }
};

constexpr Names<RecordStatus, 3> recordStatusNames{{{
    {RecordStatus::Published, "published"},
    {RecordStatus::Draft, "draft"},
    {RecordStatus::Archived, "archived"},
}}};
constexpr Names<PositionSource, 3> positionSources{{{
    {PositionSource::Surveyed, "surveyed"},
    {PositionSource::Geocoded, "geocoded"},
    {PositionSource::Estimated, "estimated"},
}}};
constexpr Names<StepFree, 3> stepFreeNames{{{
    {StepFree::Yes, "yes"},
    {StepFree::No, "no"},
    {StepFree::Unknown, "unknown"},
}}};
constexpr Names<Appointment, 3> appointmentNames{{{
    {Appointment::Needed, "needed"},
    {Appointment::WalkIn, "walk_in"},
    {Appointment::Unknown, "unknown"},
}}};
constexpr Names<ServiceStatus, 3> statusNames{{{
    {ServiceStatus::Active, "active"},
    {ServiceStatus::TemporarilyClosed, "temporarily_closed"},
    {ServiceStatus::Inactive, "inactive"},
}}};

template <typename Getter> QStringList collect(const QList<Service> &services, Getter get)
{
    QStringList out;
    QSet<QString> seen;
    for (const Service &s : services) {
        if (!s.isShown())
            continue;
        for (const QString &v : get(s)) {
            if (!seen.contains(v)) {
                seen.insert(v);
                out.append(v);
            }
        }
    }
    return out;
}
} // namespace

QString toId(RecordStatus v)
{
    return recordStatusNames.name(v);
}
std::optional<RecordStatus> recordStatusFromId(const QString &s)
{
    return recordStatusNames.parse(s);
}
QString toId(PositionSource v)
{
    return positionSources.name(v);
}
QString toId(StepFree v)
{
    return stepFreeNames.name(v);
}
QString toId(ServiceStatus v)
{
    return statusNames.name(v);
}
std::optional<PositionSource> positionSourceFromId(const QString &s)
{
    return positionSources.parse(s);
}
std::optional<StepFree> stepFreeFromId(const QString &s)
{
    return stepFreeNames.parse(s);
}
std::optional<ServiceStatus> serviceStatusFromId(const QString &s)
{
    return statusNames.parse(s);
}
QString toId(Appointment v)
{
    return appointmentNames.name(v);
}
std::optional<Appointment> appointmentFromId(const QString &s)
{
    return appointmentNames.parse(s);
}

LocalizedText localizedField(const QString &german, const FieldTranslations &translations, const QString &field)
{
    LocalizedText text;
    if (!german.isEmpty())
        text.set(QStringLiteral("de"), german);
    const auto it = translations.constFind(field);
    if (it != translations.cend())
        for (auto t = it->cbegin(); t != it->cend(); ++t)
            if (!t.value().isEmpty())
                text.set(t.key(), t.value());
    return text;
}

QString translationsToJson(const FieldTranslations &translations)
{
    if (translations.isEmpty())
        return {};
    QJsonObject root;
    for (auto field = translations.cbegin(); field != translations.cend(); ++field) {
        QJsonObject languages;
        for (auto t = field->cbegin(); t != field->cend(); ++t)
            if (!t.value().isEmpty())
                languages.insert(t.key(), t.value());
        if (!languages.isEmpty())
            root.insert(field.key(), languages);
    }
    return root.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<FieldTranslations> translationsFromJson(const QString &json, QString *error)
{
    FieldTranslations out;
    if (json.trimmed().isEmpty())
        return out;
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parse);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!document.isObject())
        return fail(parse.error != QJsonParseError::NoError ? parse.errorString()
                                                            : QStringLiteral("not a JSON object"));
    const QJsonObject root = document.object();
    for (auto field = root.begin(); field != root.end(); ++field) {
        if (!field.value().isObject())
            return fail(QStringLiteral("'%1' must map languages to texts").arg(field.key()));
        const QJsonObject languages = field.value().toObject();
        for (auto t = languages.begin(); t != languages.end(); ++t) {
            if (!t.value().isString())
                return fail(QStringLiteral("'%1'/'%2' must be a text").arg(field.key(), t.key()));
            if (!t.value().toString().isEmpty())
                out[field.key()].insert(t.key(), t.value().toString());
        }
    }
    return out;
}

QString Address::oneLine() const
{
    QString first = street;
    if (!houseNumber.isEmpty())
        first += QLatin1Char(' ') + houseNumber;
    QString second = postcode;
    if (!city.isEmpty())
        second += (second.isEmpty() ? QString() : QStringLiteral(" ")) + city;
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QStringLiteral(", ") + second;
}

QString Address::normalised() const
{
    // Lower case, without spaces and hyphens, "straße", "strasse" and "str."
    // alike: "Detmolder Str. 280" and "detmolder strasse 280" meet.
    QString s;
    s.reserve(street.size() + houseNumber.size() + postcode.size());
    for (const QString &part : {street, houseNumber, postcode}) {
        for (const QChar c : part) {
            if (c.isLetterOrNumber())
                s += c.toLower();
        }
    }
    s.replace(QStringLiteral("straße"), QLatin1String("str"));
    s.replace(QLatin1String("strasse"), QLatin1String("str"));
    return s;
}

QStringList Institution::focusAreas() const
{
    return collect(services, [](const Service &s) { return s.focusAreas; });
}
QStringList Institution::targetGroups() const
{
    return collect(services, [](const Service &s) { return s.targetGroups; });
}
QStringList Institution::languages() const
{
    return collect(services, [](const Service &s) { return s.languages; });
}

QDate Institution::lastVerified() const
{
    QDate oldest;
    for (const Service &s : services) {
        if (!s.isShown())
            continue;
        if (s.lastVerified.isNull())
            return {};
        if (oldest.isNull() || s.lastVerified < oldest)
            oldest = s.lastVerified;
    }
    return oldest;
}

QList<Institution> publishedOnly(QList<Institution> records)
{
    records.removeIf([](const Institution &i) { return !i.isPublished(); });
    return records;
}

} // namespace stadtplan
