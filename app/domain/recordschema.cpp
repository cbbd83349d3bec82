#include "recordschema.h"

#include "validation.h"

#include <QRegularExpression>
#include <QtGlobal>

namespace stadtplan::RecordSchema {

namespace {

using Problem = std::optional<QString>; // what is wrong with a text, or nothing

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

// A field's value to text and back: a service's (Field::serviceText) or the
// record's own (Field::recordText); a field only written has no setter.
Field withText(Field field, QString (*get)(const Service &), Problem (*set)(Service &, const QString &))
{
    field.serviceText = get;
    field.setServiceText = set;
    return field;
}

Field withText(Field field, QString (*get)(const Institution &),
               Problem (*set)(Institution &, const QString &) = nullptr)
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

// A text given in other languages too, under this key of its translations.
Field translated(const char *key, Field field)
{
    field.translated = key;
    return field;
}

// Its column in an HSDS package's service table, with its value there when
// that is not its text form.
Field inHsds(const char *column, QString (*text)(const Service &), Field field)
{
    field.hsds = column;
    field.hsdsText = text;
    return field;
}

Field inHsds(const char *column, Field field)
{
    return inHsds(column, nullptr, std::move(field));
}

// Plain text kept at a member path of the record or the service, e.g.
// &Service::contact, &Contact::phone; set trimmed (descriptions as written).
template <typename Record, auto... Path>
QString textAt(const Record &r)
{
    return (r .* ... .* Path);
}

template <typename Record, auto... Path>
Problem setTrimmedAt(Record &r, const QString &text)
{
    (r .* ... .* Path) = text.trimmed();
    return std::nullopt;
}

template <typename Record, auto... Path>
Problem setAsWrittenAt(Record &r, const QString &text)
{
    (r .* ... .* Path) = text;
    return std::nullopt;
}

// A text field of the service, or of the record, edited and logged.
template <auto... Path>
Field serviceTextAt(Field field)
{
    return withText(std::move(field), textAt<Service, Path...>, setTrimmedAt<Service, Path...>);
}

template <auto... Path>
Field recordTextAt(Field field)
{
    return withText(std::move(field), textAt<Institution, Path...>, setTrimmedAt<Institution, Path...>);
}

// A list of ids: "a; b" as text; split at ';' with the spaces around dropped.
template <QStringList Service::*List>
QString listText(const Service &s)
{
    return (s.*List).join(QStringLiteral("; "));
}

template <QStringList Service::*List>
Problem setList(Service &s, const QString &text)
{
    static const QRegularExpression ends(QStringLiteral("^\\s+|\\s+$"));
    s.*List = text.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts).replaceInStrings(ends, QString());
    return std::nullopt;
}

// Translations of the record's or the service's texts, as JSON.
template <typename Record>
QString translationsText(const Record &r)
{
    return translationsToJson(r.translations);
}

template <typename Record>
Problem setTranslations(Record &r, const QString &text)
{
    QString why;
    const std::optional<FieldTranslations> parsed = translationsFromJson(text.trimmed(), &why);
    if (!parsed)
        return why;
    r.translations = *parsed;
    return std::nullopt;
}

QString coordinate(const Institution &i, bool latitude)
{
    if (!i.position.isValid())
        return {};
    return QString::number(latitude ? i.position.latitude : i.position.longitude, 'f', 7);
}

// A service's status and how one comes to it, in HSDS's words.
QString hsdsStatus(const Service &s)
{
    switch (s.status) {
    case ServiceStatus::Active:
        return QStringLiteral("active");
    case ServiceStatus::TemporarilyClosed:
        return QStringLiteral("temporarily closed");
    case ServiceStatus::Inactive:
        break;
    }
    return QStringLiteral("inactive");
}

QString hsdsApplicationProcess(const Service &s)
{
    switch (s.appointment) {
    case Appointment::Needed:
        return QStringLiteral("By appointment only.");
    case Appointment::WalkIn:
        return QStringLiteral("Walk-in: no appointment needed.");
    case Appointment::Unknown:
        break;
    }
    return {};
}

} // namespace

// The labels and choices are texts of the editor's translation context
// (i18n/*.ts); lupdate reads them here.
const std::vector<Field> &fields()
{
    using S = stadtplan::Service;
    using I = stadtplan::Institution;
    using Org = stadtplan::Organisation;
    using Addr = stadtplan::Address;
    using enum Part;
    using enum Use;
    static const std::vector<Field> table{
        // (A GIS's OBJECTID is a fallback guess of the import: official numbers outlast it.)
        withText(entry("id", Institution, Both, {"id", "source_id", "kennung", "nummer"}, "id"),
                 textAt<I, &I::id>),
        translated("name",
                   recordTextAt<&I::name>(entry("name", Institution, Both,
                                                {"name", "einrichtung", "bezeichnung", "institution", "titel",
                                                 "stelle", "gen", "bezirk", "stadtbezirk"},
                                                "name", Type::Text,
                                                QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Name")))),
        recordTextAt<&I::organisation, &Org::name>(
            entry("organisation", Organisation, Both,
                  {"organisation", "organization", "träger", "traegerin", "anbieter"}, "name", Type::Text,
                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Träger (organisation)"))),
        withText(entry("organisation_type", Organisation, Both,
                       {"organisation_type", "trägerart", "art", "typ", "einrichtungsart"}, "type"),
                 textAt<I, &I::organisation, &Org::typeId>),
        withText(entry("organisation_website", Organisation, Both, {"organisation_website", "träger_webseite"},
                       "website"),
                 textAt<I, &I::organisation, &Org::website>),
        translated("description",
                   withText(entry("description", Institution, Both, {"description", "beschreibung", "info"},
                                  "description", Type::Text,
                                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Description")),
                            textAt<I, &I::description>, setAsWrittenAt<I, &I::description>)),
        recordTextAt<&I::address, &Addr::street>(
            entry("street", Address, Both, {"street", "straße", "str"}, "street", Type::Text,
                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Street"))),
        recordTextAt<&I::address, &Addr::houseNumber>(
            entry("house_number", Address, Both, {"house_number", "hausnummer", "hnr", "hausnr"}, "house_number",
                  Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "House number"))),
        recordTextAt<&I::address, &Addr::postcode>(
            entry("postcode", Address, Both, {"postcode", "plz", "postleitzahl", "zip"}, "postcode", Type::Text,
                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Postcode"))),
        recordTextAt<&I::address, &Addr::city>(
            entry("city", Address, Both, {"city", "ort", "stadt", "gemeinde"}, "city", Type::Text,
                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "City"))),
        withText(entry("latitude", Institution, Both, {"latitude", "lat", "breite", "breitengrad"}),
                 [](const I &i) { return coordinate(i, true); }),
        withText(entry("longitude", Institution, Both, {"longitude", "lon", "lng", "long", "länge", "längengrad"}),
                 [](const I &i) { return coordinate(i, false); }),
        // A position in the list's own coordinate system (--s-crs).
        entry("x", Institution, ImportOnly, {"x", "rechtswert", "easting", "ost"}),
        entry("y", Institution, ImportOnly, {"y", "hochwert", "northing", "nord"}),
        withChoices(
            withText(entry("position_source", Institution, Both, {"position_source", "lagequelle"},
                           "position_source", Type::Text,
                           QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Position from")),
                     [](const I &i) { return toId(i.positionSource); },
                     [](I &i, const QString &t) -> Problem {
                         const auto source = positionSourceFromId(t.trimmed());
                         if (!source)
                             return QStringLiteral("'%1' is not surveyed, geocoded or estimated").arg(t.trimmed());
                         i.positionSource = *source;
                         return std::nullopt;
                     }),
            {{"surveyed", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "surveyed on site")},
             {"geocoded", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "geocoded from the address")},
             {"estimated", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "estimated (shown as such)")}}),
        recordTextAt<&I::geocodedBy>(
            entry("geocoded_by", Institution, Both, {"geocoded_by", "geokodiert_mit"}, "geocoded_by")),
        withChoices(
            withText(entry("step_free", Institution, Both, {"step_free", "barrierefrei", "rollstuhlgerecht"},
                           "step_free", Type::Text,
                           QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Step-free access")),
                     [](const I &i) { return toId(i.stepFree); },
                     [](I &i, const QString &t) -> Problem {
                         const auto stepFree = stepFreeFromId(t.trimmed());
                         if (!stepFree)
                             return QStringLiteral("'%1' is not yes, no or unknown").arg(t.trimmed());
                         i.stepFree = *stepFree;
                         return std::nullopt;
                     }),
            {{"yes", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "yes")},
             {"no", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "no")},
             {"unknown", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "unknown")}}),
        // Written by the exports, never edited: the offer's own id.
        withText(entry("service_id", Service, ExportOnly, {}, "id"), textAt<S, &S::id>, nullptr),
        inHsds("name",
               translated("name",
                          serviceTextAt<&S::name>(entry("service_name", Service, Both,
                                                        {"service_name", "angebot_name", "dienst"}, "name",
                                                        Type::Text,
                                                        QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Name"))))),
        inHsds("description",
               translated("description",
                          withText(entry("service_description", Service, Both,
                                         {"service_description", "angebotsbeschreibung"}, "description",
                                         Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Description")),
                                   textAt<S, &S::description>, setAsWrittenAt<S, &S::description>))),
        // JSON {"description": {"en": "..."}}, as the exports write them.
        withText(entry("translations", Institution, Both, {"translations", "uebersetzungen"}, "translations"),
                 translationsText<I>, setTranslations<I>),
        withText(entry("service_translations", Service, Both, {"service_translations", "angebot_uebersetzungen"},
                       "translations"),
                 translationsText<S>, setTranslations<S>),
        withText(entry("focus_areas", Service, Both,
                       {"focus_areas", "focus", "schwerpunkt", "schwerpunkte", "arbeitsschwerpunkt",
                        "arbeitsschwerpunkte", "themen", "thema", "kategorie"},
                       "focus_areas", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Focus areas")),
                 listText<&S::focusAreas>, setList<&S::focusAreas>),
        withText(entry("target_groups", Service, Both, {"target_groups", "zielgruppe", "zielgruppen"},
                       "target_groups", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Target groups")),
                 listText<&S::targetGroups>, setList<&S::targetGroups>),
        withText(entry("languages", Service, Both, {"languages", "sprachen", "sprache", "beratungssprachen"},
                       "languages", Type::Text,
                       QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Languages (codes, e.g. de; tr; ar)")),
                 listText<&S::languages>, setList<&S::languages>),
        // One column with the whole address ("Niederwall 23, 33602 Bielefeld"),
        // split where the list has no street column.
        entry("address", Address, ImportOnly, {"address", "adresse", "anschrift"}),
        serviceTextAt<&S::contact, &Contact::phone>(
            entry("phone", Service, Both, {"phone", "telefon", "tel", "telefonnummer"}, "phone", Type::Text,
                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Phone"))),
        entry("phone_area_code", Service, ImportOnly, {"phone_area_code", "vorwahl"}),
        inHsds("email",
               serviceTextAt<&S::contact, &Contact::email>(
                   entry("email", Service, Both, {"email", "e-mail", "mail"}, "email", Type::Text,
                         QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "E-mail")))),
        // "www.example.org" is taken with https, as the import takes it.
        inHsds("url",
               withText(entry("website", Service, Both, {"website", "webseite", "homepage", "url", "internet"},
                              "website", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Website")),
                        textAt<S, &S::contact, &Contact::website>,
                        [](S &s, const QString &t) -> Problem {
                            s.contact.website = Validation::website(t).value_or(t.trimmed());
                            return std::nullopt;
                        })),
        serviceTextAt<&S::openingHours>(
            entry("opening_hours", Service, Both, {"opening_hours", "öffnungszeiten", "sprechzeiten"},
                  "opening_hours", Type::Text,
                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Opening hours (e.g. Mo-Fr 09:00-12:00)"))),
        inHsds("fees_description",
               serviceTextAt<&S::cost>(entry(
                   "cost", Service, Both, {"cost", "kosten", "gebühr"}, "cost", Type::Text,
                   QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Cost (empty: unknown, \"free\": free of charge)")))),
        withChoices(
            withText(entry("referral_required", Service, Both,
                           {"referral_required", "überweisung", "zuweisung_nötig"}, "referral_required",
                           Type::YesNo, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Referral required")),
                     [](const S &s) {
                         return s.referralRequired ? QLatin1String(*s.referralRequired ? "yes" : "no") : QString();
                     },
                     [](S &s, const QString &t) -> Problem {
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
        // Whether one comes by appointment or walks in; "walk_in" below is the
        // same question asked the other way round, as some lists ask it.
        inHsds("application_process", hsdsApplicationProcess,
               withChoices(
                   withText(entry("appointment", Service, Both,
                                  {"appointment", "appointment_needed", "appointment_required", "termin_nötig",
                                   "termin_erforderlich", "terminvereinbarung", "nur_mit_termin", "terminpflicht"},
                                  "appointment", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Appointment")),
                            [](const S &s) { return toId(s.appointment); },
                            [](S &s, const QString &t) -> Problem {
                                const auto appointment =
                                    t.trimmed().isEmpty() ? Appointment::Unknown : appointmentFromId(t.trimmed());
                                if (!appointment)
                                    return QStringLiteral("'%1' is not needed, walk_in, unknown or empty").arg(t.trimmed());
                                s.appointment = *appointment;
                                return std::nullopt;
                            }),
                   {{"needed", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "appointment needed")},
                    {"walk_in", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "walk-in, no appointment needed")},
                    {"unknown", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "unknown")}})),
        entry("walk_in", Service, ImportOnly,
              {"walk_in", "offene_sprechstunde", "ohne_termin", "offene_beratung",
               "sprechstunde_ohne_termin"}),
        inHsds("status", hsdsStatus,
               withChoices(
                   withText(entry("status", Service, Both, {"status"}, "status", Type::Text,
                                  QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Status")),
                            [](const S &s) { return toId(s.status); },
                            [](S &s, const QString &t) -> Problem {
                                const auto status = serviceStatusFromId(t.trimmed());
                                if (!status)
                                    return QStringLiteral("'%1' is not a service status").arg(t.trimmed());
                                s.status = *status;
                                return std::nullopt;
                            }),
                   {{"active", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "offered")},
                    {"temporarily_closed", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "temporarily closed")},
                    {"inactive", QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "no longer offered")}})),
        inHsds("assured_date",
               withText(entry("last_verified", Service, Both, {"last_verified", "geprüft_am", "stand"},
                              "last_verified", Type::Date,
                              QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Last verified (YYYY-MM-DD)")),
                        [](const S &s) {
                            return s.lastVerified.isValid() ? s.lastVerified.toString(Qt::ISODate) : QString();
                        },
                        [](S &s, const QString &t) -> Problem {
                            const QString v = t.trimmed();
                            const QDate date = QDate::fromString(v, Qt::ISODate);
                            if (!v.isEmpty() && !date.isValid())
                                return QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(v);
                            s.lastVerified = date;
                            return std::nullopt;
                        })),
        serviceTextAt<&S::verifiedBy>(
            entry("verified_by", Service, Both, {"verified_by", "geprüft_von", "verifiziert_von"}, "verified_by",
                  Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Verified by"))),
        // Which list a record came from, and its id there.
        withText(entry("source", Institution, ExportOnly, {}, "source"), textAt<I, &I::source>),
        withText(entry("source_id", Institution, ExportOnly, {}, "source_id"), textAt<I, &I::sourceId>),
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

std::vector<const Field *> hsdsServiceFields()
{
    std::vector<const Field *> out;
    for (const Field &f : fields())
        if (f.part == Part::Service && f.hsds)
            out.push_back(&f);
    return out;
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
