#include "recordschema.h"

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

} // namespace

// The labels are translated in the editor's context (i18n/*.ts).
const std::vector<Field> &fields()
{
    using enum Part;
    using enum Use;
    static const std::vector<Field> table{
        // (A GIS's OBJECTID is a fallback guess of the import: official numbers outlast it.)
        entry("id", Institution, Both, {"id", "source_id", "kennung", "nummer"}, "id"),
        entry("name", Institution, Both,
              {"name", "einrichtung", "bezeichnung", "institution", "titel", "stelle", "gen", "bezirk",
               "stadtbezirk"}, "name", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Name")),
        entry("organisation", Organisation, Both,
              {"organisation", "organization", "träger", "traegerin", "anbieter"}, "name", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Träger (organisation)")),
        entry("organisation_type", Organisation, Both,
              {"organisation_type", "trägerart", "art", "typ", "einrichtungsart"}, "type"),
        entry("organisation_website", Organisation, Both, {"organisation_website", "träger_webseite"}, "website"),
        entry("description", Institution, Both, {"description", "beschreibung", "info"}, "description", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Description")),
        entry("street", Address, Both, {"street", "straße", "str"}, "street", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Street")),
        entry("house_number", Address, Both, {"house_number", "hausnummer", "hnr", "hausnr"}, "house_number", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "House number")),
        entry("postcode", Address, Both, {"postcode", "plz", "postleitzahl", "zip"}, "postcode", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Postcode")),
        entry("city", Address, Both, {"city", "ort", "stadt", "gemeinde"}, "city", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "City")),
        entry("latitude", Institution, Both, {"latitude", "lat", "breite", "breitengrad"}),
        entry("longitude", Institution, Both,
              {"longitude", "lon", "lng", "long", "länge", "längengrad"}),
        // A position in the list's own coordinate system (--s-crs).
        entry("x", Institution, ImportOnly, {"x", "rechtswert", "easting", "ost"}),
        entry("y", Institution, ImportOnly, {"y", "hochwert", "northing", "nord"}),
        entry("position_source", Institution, Both, {"position_source", "lagequelle"}, "position_source", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Position from")),
        entry("geocoded_by", Institution, Both, {"geocoded_by", "geokodiert_mit"}, "geocoded_by"),
        entry("step_free", Institution, Both, {"step_free", "barrierefrei", "rollstuhlgerecht"}, "step_free", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Step-free access")),
        entry("service_id", Service, ExportOnly, {}, "id"),
        entry("service_name", Service, Both, {"service_name", "angebot_name", "dienst"}, "name", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Name")),
        entry("service_description", Service, Both, {"service_description", "angebotsbeschreibung"}, "description", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Description")),
        // JSON {"description": {"en": "..."}}, as the exports write them.
        entry("translations", Institution, Both, {"translations", "uebersetzungen"}, "translations"),
        entry("service_translations", Service, Both, {"service_translations", "angebot_uebersetzungen"}, "translations"),
        entry("focus_areas", Service, Both,
              {"focus_areas", "focus", "schwerpunkt", "schwerpunkte", "arbeitsschwerpunkt",
               "arbeitsschwerpunkte", "themen", "thema", "kategorie"}, "focus_areas", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Focus areas")),
        entry("target_groups", Service, Both, {"target_groups", "zielgruppe", "zielgruppen"}, "target_groups", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Target groups")),
        entry("languages", Service, Both, {"languages", "sprachen", "sprache", "beratungssprachen"}, "languages", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Languages (codes, e.g. de; tr; ar)")),
        // One column with the whole address ("Niederwall 23, 33602 Bielefeld"),
        // split where the list has no street column.
        entry("address", Address, ImportOnly, {"address", "adresse", "anschrift"}),
        entry("phone", Service, Both, {"phone", "telefon", "tel", "telefonnummer"}, "phone", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Phone")),
        entry("phone_area_code", Service, ImportOnly, {"phone_area_code", "vorwahl"}),
        entry("email", Service, Both, {"email", "e-mail", "mail"}, "email", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "E-mail")),
        entry("website", Service, Both, {"website", "webseite", "homepage", "url", "internet"}, "website", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Website")),
        entry("opening_hours", Service, Both, {"opening_hours", "öffnungszeiten", "sprechzeiten"}, "opening_hours", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Opening hours (e.g. Mo-Fr 09:00-12:00)")),
        entry("cost", Service, Both, {"cost", "kosten", "gebühr"}, "cost", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Cost (empty: unknown, \"free\": free of charge)")),
        entry("referral_required", Service, Both, {"referral_required", "überweisung", "zuweisung_nötig"}, "referral_required", Type::YesNo, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Referral required")),
        entry("status", Service, Both, {"status"}, "status", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Status")),
        entry("last_verified", Service, Both, {"last_verified", "geprüft_am", "stand"}, "last_verified", Type::Date, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Last verified (YYYY-MM-DD)")),
        entry("verified_by", Service, Both, {"verified_by", "geprüft_von", "verifiziert_von"}, "verified_by", Type::Text, QT_TRANSLATE_NOOP("stadtplan::RecordEditor", "Verified by")),
        // Which list a record came from, and its id there.
        entry("source", Institution, ExportOnly, {}, "source"),
        entry("source_id", Institution, ExportOnly, {}, "source_id"),
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
