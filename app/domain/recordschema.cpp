#include "recordschema.h"

#include <QRegularExpression>
#include <QtGlobal>

namespace stadtplan::RecordSchema {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

Field entry(const char *key, Part part, Use use, std::initializer_list<const char *> columnWords,
            const char *column = nullptr, Type type = Type::Text, const char *label = nullptr)
{
    return {QString::fromLatin1(key), part, use, words(columnWords), column, type, label};
}

// What `pick` makes of each field, in the schema's order; empty ones left out.
template <typename Pick>
QStringList collect(Pick pick)
{
    QStringList out;
    for (const Field &f : fields())
        if (const QString picked = pick(f); !picked.isEmpty())
            out.append(picked);
    return out;
}

// A service field's value to text and back (Field::serviceText).
using Get = QString (*)(const Service &);
using Set = std::optional<QString> (*)(Service &, const QString &);

Field withText(Field field, Get get, Set set)
{
    field.serviceText = get;
    field.setServiceText = set;
    return field;
}

// A record-level field's value to text and back (Field::recordText); a
// field only written has no setter.
using RecordGet = QString (*)(const Institution &);
using RecordSet = std::optional<QString> (*)(Institution &, const QString &);

Field withRecordText(Field field, RecordGet get, RecordSet set = nullptr)
{
    field.recordText = get;
    field.setRecordText = set;
    return field;
}

Field withChoices(Field field, std::initializer_list<Choice> choices)
{
    field.choices = choices;
    return field;
}

QString coordinate(const Institution &i, bool latitude)
{
    if (!i.position.isValid())
        return {};
    return QString::number(latitude ? i.position.latitude : i.position.longitude, 'f', 7);
}

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral("; "));
}

QStringList split(const QString &text)
{
    static const QRegularExpression ends(QStringLiteral("^\\s+|\\s+$"));
    return text.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts).replaceInStrings(ends, QString());
}

} // namespace

// The labels are translated in the editor's context (i18n/*.ts).
const std::vector<Field> &fields()
{
    using enum Part;
    using enum Use;
    static const std::vector<Field> table{
        // (A GIS's OBJECTID is a fallback guess of the import: official numbers outlast it.)
        withRecordText(entry("id", Institution, Both, {"id", "source_id", "kennung", "nummer"}, "id"),
                       [](const stadtplan::Institution &i) { return i.id; }),
        withRecordText(entry("name", Institution, Both,
              {"name", "einrichtung", "bezeichnung", "institution", "titel", "stelle", "gen", "bezirk",
               "stadtbezirk"}, "name", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Name")),
                       [](const stadtplan::Institution &i) { return i.name; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.name = t.trimmed(); return std::nullopt; }),
        withRecordText(entry("organisation", Organisation, Both,
              {"organisation", "organization", "träger", "traegerin", "anbieter"}, "name", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Träger (organisation)")),
                       [](const stadtplan::Institution &i) { return i.organisation.name; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.organisation.name = t.trimmed(); return std::nullopt; }),
        withRecordText(entry("organisation_type", Organisation, Both,
              {"organisation_type", "trägerart", "art", "typ", "einrichtungsart"}, "type"),
                       [](const stadtplan::Institution &i) { return i.organisation.typeId; }),
        withRecordText(entry("organisation_website", Organisation, Both, {"organisation_website", "träger_webseite"}, "website"),
                       [](const stadtplan::Institution &i) { return i.organisation.website; }),
        withRecordText(entry("description", Institution, Both, {"description", "beschreibung", "info"}, "description", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Description")),
                       [](const stadtplan::Institution &i) { return i.description; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.description = t; return std::nullopt; }),
        withRecordText(entry("street", Address, Both, {"street", "straße", "str"}, "street", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Street")),
                       [](const stadtplan::Institution &i) { return i.address.street; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.address.street = t.trimmed(); return std::nullopt; }),
        withRecordText(entry("house_number", Address, Both, {"house_number", "hausnummer", "hnr", "hausnr"}, "house_number", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "House number")),
                       [](const stadtplan::Institution &i) { return i.address.houseNumber; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.address.houseNumber = t.trimmed(); return std::nullopt; }),
        withRecordText(entry("postcode", Address, Both, {"postcode", "plz", "postleitzahl", "zip"}, "postcode", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Postcode")),
                       [](const stadtplan::Institution &i) { return i.address.postcode; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.address.postcode = t.trimmed(); return std::nullopt; }),
        withRecordText(entry("city", Address, Both, {"city", "ort", "stadt", "gemeinde"}, "city", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "City")),
                       [](const stadtplan::Institution &i) { return i.address.city; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.address.city = t.trimmed(); return std::nullopt; }),
        withRecordText(entry("latitude", Institution, Both, {"latitude", "lat", "breite", "breitengrad"}),
                       [](const stadtplan::Institution &i) { return coordinate(i, true); }),
        withRecordText(entry("longitude", Institution, Both,
              {"longitude", "lon", "lng", "long", "länge", "längengrad"}),
                       [](const stadtplan::Institution &i) { return coordinate(i, false); }),
        // A position in the list's own coordinate system (--s-crs).
        entry("x", Institution, ImportOnly, {"x", "rechtswert", "easting", "ost"}),
        entry("y", Institution, ImportOnly, {"y", "hochwert", "northing", "nord"}),
        withChoices(withRecordText(entry("position_source", Institution, Both, {"position_source", "lagequelle"}, "position_source", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Position from")),
                       [](const stadtplan::Institution &i) { return toId(i.positionSource); },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> {
                           const auto source = positionSourceFromId(t.trimmed());
                           if (!source)
                               return QStringLiteral("'%1' is not surveyed, geocoded or estimated").arg(t.trimmed());
                           i.positionSource = *source;
                           return std::nullopt;
                       }),
                    {{"surveyed", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "surveyed on site")},
                     {"geocoded", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "geocoded from the address")},
                     {"estimated", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "estimated (shown as such)")}}),
        withRecordText(entry("geocoded_by", Institution, Both, {"geocoded_by", "geokodiert_mit"}, "geocoded_by"),
                       [](const stadtplan::Institution &i) { return i.geocodedBy; },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> { i.geocodedBy = t.trimmed(); return std::nullopt; }),
        withChoices(withRecordText(entry("step_free", Institution, Both, {"step_free", "barrierefrei", "rollstuhlgerecht"}, "step_free", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Step-free access")),
                       [](const stadtplan::Institution &i) { return toId(i.stepFree); },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> {
                           const auto stepFree = stepFreeFromId(t.trimmed());
                           if (!stepFree)
                               return QStringLiteral("'%1' is not yes, no or unknown").arg(t.trimmed());
                           i.stepFree = *stepFree;
                           return std::nullopt;
                       }),
                    {{"yes", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "yes")},
                     {"no", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "no")},
                     {"unknown", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "unknown")}}),
        entry("service_id", Service, ExportOnly, {}, "id"),
        withText(entry("service_name", Service, Both, {"service_name", "angebot_name", "dienst"}, "name", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Name")),
                 [](const stadtplan::Service &s) { return s.name; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.name = t.trimmed(); return std::nullopt; }),
        withText(entry("service_description", Service, Both, {"service_description", "angebotsbeschreibung"}, "description", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Description")),
                 [](const stadtplan::Service &s) { return s.description; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.description = t; return std::nullopt; }),
        // JSON {"description": {"en": "..."}}, as the exports write them.
        withRecordText(entry("translations", Institution, Both, {"translations", "uebersetzungen"}, "translations"),
                       [](const stadtplan::Institution &i) { return translationsToJson(i.translations); },
                       [](stadtplan::Institution &i, const QString &t) -> std::optional<QString> {
                           QString why;
                           const auto parsed = translationsFromJson(t.trimmed(), &why);
                           if (!parsed)
                               return why;
                           i.translations = *parsed;
                           return std::nullopt;
                       }),
        withText(entry("service_translations", Service, Both, {"service_translations", "angebot_uebersetzungen"}, "translations"),
                 [](const stadtplan::Service &s) { return translationsToJson(s.translations); },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> {
                     QString why;
                     const auto parsed = translationsFromJson(t.trimmed(), &why);
                     if (!parsed)
                         return why;
                     s.translations = *parsed;
                     return std::nullopt;
                 }),
        withText(entry("focus_areas", Service, Both,
              {"focus_areas", "focus", "schwerpunkt", "schwerpunkte", "arbeitsschwerpunkt",
               "arbeitsschwerpunkte", "themen", "thema", "kategorie"}, "focus_areas", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Focus areas")),
                 [](const stadtplan::Service &s) { return joined(s.focusAreas); },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.focusAreas = split(t); return std::nullopt; }),
        withText(entry("target_groups", Service, Both, {"target_groups", "zielgruppe", "zielgruppen"}, "target_groups", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Target groups")),
                 [](const stadtplan::Service &s) { return joined(s.targetGroups); },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.targetGroups = split(t); return std::nullopt; }),
        withText(entry("languages", Service, Both, {"languages", "sprachen", "sprache", "beratungssprachen"}, "languages", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Languages (codes, e.g. de; tr; ar)")),
                 [](const stadtplan::Service &s) { return joined(s.languages); },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.languages = split(t); return std::nullopt; }),
        // One column with the whole address ("Niederwall 23, 33602 Bielefeld"),
        // split where the list has no street column.
        entry("address", Address, ImportOnly, {"address", "adresse", "anschrift"}),
        withText(entry("phone", Service, Both, {"phone", "telefon", "tel", "telefonnummer"}, "phone", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Phone")),
                 [](const stadtplan::Service &s) { return s.contact.phone; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.contact.phone = t.trimmed(); return std::nullopt; }),
        entry("phone_area_code", Service, ImportOnly, {"phone_area_code", "vorwahl"}),
        withText(entry("email", Service, Both, {"email", "e-mail", "mail"}, "email", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "E-mail")),
                 [](const stadtplan::Service &s) { return s.contact.email; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.contact.email = t.trimmed(); return std::nullopt; }),
        withText(entry("website", Service, Both, {"website", "webseite", "homepage", "url", "internet"}, "website", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Website")),
                 [](const stadtplan::Service &s) { return s.contact.website; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.contact.website = t.trimmed(); return std::nullopt; }),
        withText(entry("opening_hours", Service, Both, {"opening_hours", "öffnungszeiten", "sprechzeiten"}, "opening_hours", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Opening hours (e.g. Mo-Fr 09:00-12:00)")),
                 [](const stadtplan::Service &s) { return s.openingHours; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.openingHours = t.trimmed(); return std::nullopt; }),
        withText(entry("cost", Service, Both, {"cost", "kosten", "gebühr"}, "cost", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Cost (empty: unknown, \"free\": free of charge)")),
                 [](const stadtplan::Service &s) { return s.cost; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.cost = t.trimmed(); return std::nullopt; }),
        withChoices(withText(entry("referral_required", Service, Both, {"referral_required", "überweisung", "zuweisung_nötig"}, "referral_required", Type::YesNo, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Referral required")),
                 [](const stadtplan::Service &s) {
                     return s.referralRequired ? (*s.referralRequired ? QStringLiteral("yes") : QStringLiteral("no"))
                                               : QString();
                 },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> {
                     const QString v = t.trimmed();
                     if (v.isEmpty())
                         s.referralRequired.reset();
                     else if (v == QLatin1String("yes") || v == QLatin1String("no"))
                         s.referralRequired = v == QLatin1String("yes");
                     else
                         return QStringLiteral("'%1' is not yes, no or empty").arg(v);
                     return std::nullopt;
                 }),
                    {{"yes", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "yes")},
                     {"no", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "no")},
                     {"", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "unknown")}}),
        withChoices(withText(entry("status", Service, Both, {"status"}, "status", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Status")),
                 [](const stadtplan::Service &s) { return toId(s.status); },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> {
                     const auto status = serviceStatusFromId(t.trimmed());
                     if (!status)
                         return QStringLiteral("'%1' is not a service status").arg(t.trimmed());
                     s.status = *status;
                     return std::nullopt;
                 }),
                    {{"active", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "offered")},
                     {"temporarily_closed", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "temporarily closed")},
                     {"inactive", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "no longer offered")}}),
        withText(entry("last_verified", Service, Both, {"last_verified", "geprüft_am", "stand"}, "last_verified", Type::Date, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Last verified (YYYY-MM-DD)")),
                 [](const stadtplan::Service &s) { return s.lastVerified.isValid() ? s.lastVerified.toString(Qt::ISODate) : QString(); },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> {
                     const QString v = t.trimmed();
                     const QDate date = QDate::fromString(v, Qt::ISODate);
                     if (!v.isEmpty() && !date.isValid())
                         return QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(v);
                     s.lastVerified = date;
                     return std::nullopt;
                 }),
        withText(entry("verified_by", Service, Both, {"verified_by", "geprüft_von", "verifiziert_von"}, "verified_by", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Verified by")),
                 [](const stadtplan::Service &s) { return s.verifiedBy; },
                 [](stadtplan::Service &s, const QString &t) -> std::optional<QString> { s.verifiedBy = t.trimmed(); return std::nullopt; }),
        // Which list a record came from, and its id there.
        withRecordText(entry("source", Institution, ExportOnly, {}, "source"),
                       [](const stadtplan::Institution &i) { return i.source; }),
        withRecordText(entry("source_id", Institution, ExportOnly, {}, "source_id"),
                       [](const stadtplan::Institution &i) { return i.sourceId; }),
        entry("kind", Area, ImportOnly, {"kind", "gebietsart"}),
        entry("population", Area, ImportOnly, {"population", "einwohner", "einwohnerzahl", "ewz"}),
    };
    return table;
}

const Field *field(const QString &key)
{
    for (const Field &f : fields())
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList importKeys()
{
    return collect([](const Field &f) { return f.imported() ? f.key : QString(); });
}

QStringList exportKeys()
{
    return collect([](const Field &f) { return f.exported() ? f.key : QString(); });
}

const Field *byColumn(Part part, const QString &column)
{
    for (const Field &f : fields())
        if (f.part == part && f.column && column == QLatin1String(f.column))
            return &f;
    return nullptr;
}

QStringList columns(Part part)
{
    return collect([part](const Field &f) {
        return f.part == part && f.column && qstrcmp(f.column, "id") != 0 ? QString::fromLatin1(f.column)
                                                                           : QString();
    });
}

} // namespace stadtplan::RecordSchema
