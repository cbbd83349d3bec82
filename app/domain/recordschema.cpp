#include "recordschema.h"

namespace stadtplan::RecordSchema {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

Field entry(const char *key, Part part, Use use, std::initializer_list<const char *> columnWords)
{
    return {QString::fromLatin1(key), part, use, words(columnWords)};
}

} // namespace

const std::vector<Field> &fields()
{
    using enum Part;
    using enum Use;
    static const std::vector<Field> table{
        // (A GIS's OBJECTID is a fallback guess of the import: official numbers outlast it.)
        entry("id", Institution, Both, {"id", "source_id", "kennung", "nummer"}),
        entry("name", Institution, Both,
              {"name", "einrichtung", "bezeichnung", "institution", "titel", "stelle", "gen", "bezirk",
               "stadtbezirk"}),
        entry("organisation", Organisation, Both,
              {"organisation", "organization", "träger", "traegerin", "anbieter"}),
        entry("organisation_type", Organisation, Both,
              {"organisation_type", "trägerart", "art", "typ", "einrichtungsart"}),
        entry("organisation_website", Organisation, Both, {"organisation_website", "träger_webseite"}),
        entry("description", Institution, Both, {"description", "beschreibung", "info"}),
        entry("street", Address, Both, {"street", "straße", "str"}),
        entry("house_number", Address, Both, {"house_number", "hausnummer", "hnr", "hausnr"}),
        entry("postcode", Address, Both, {"postcode", "plz", "postleitzahl", "zip"}),
        entry("city", Address, Both, {"city", "ort", "stadt", "gemeinde"}),
        entry("latitude", Institution, Both, {"latitude", "lat", "breite", "breitengrad"}),
        entry("longitude", Institution, Both,
              {"longitude", "lon", "lng", "long", "länge", "längengrad"}),
        // A position in the list's own coordinate system (--s-crs).
        entry("x", Institution, ImportOnly, {"x", "rechtswert", "easting", "ost"}),
        entry("y", Institution, ImportOnly, {"y", "hochwert", "northing", "nord"}),
        entry("position_source", Institution, Both, {"position_source", "lagequelle"}),
        entry("geocoded_by", Institution, Both, {"geocoded_by", "geokodiert_mit"}),
        entry("step_free", Institution, Both, {"step_free", "barrierefrei", "rollstuhlgerecht"}),
        entry("service_id", Service, ExportOnly, {}),
        entry("service_name", Service, Both, {"service_name", "angebot_name", "dienst"}),
        entry("service_description", Service, Both, {"service_description", "angebotsbeschreibung"}),
        // JSON {"description": {"en": "..."}}, as the exports write them.
        entry("translations", Institution, Both, {"translations", "uebersetzungen"}),
        entry("service_translations", Service, Both, {"service_translations", "angebot_uebersetzungen"}),
        entry("focus_areas", Service, Both,
              {"focus_areas", "focus", "schwerpunkt", "schwerpunkte", "arbeitsschwerpunkt",
               "arbeitsschwerpunkte", "themen", "thema", "kategorie"}),
        entry("target_groups", Service, Both, {"target_groups", "zielgruppe", "zielgruppen"}),
        entry("languages", Service, Both, {"languages", "sprachen", "sprache", "beratungssprachen"}),
        // One column with the whole address ("Niederwall 23, 33602 Bielefeld"),
        // split where the list has no street column.
        entry("address", Address, ImportOnly, {"address", "adresse", "anschrift"}),
        entry("phone", Service, Both, {"phone", "telefon", "tel", "telefonnummer"}),
        entry("phone_area_code", Service, ImportOnly, {"phone_area_code", "vorwahl"}),
        entry("email", Service, Both, {"email", "e-mail", "mail"}),
        entry("website", Service, Both, {"website", "webseite", "homepage", "url", "internet"}),
        entry("opening_hours", Service, Both, {"opening_hours", "öffnungszeiten", "sprechzeiten"}),
        entry("cost", Service, Both, {"cost", "kosten", "gebühr"}),
        entry("referral_required", Service, Both, {"referral_required", "überweisung", "zuweisung_nötig"}),
        entry("status", Service, Both, {"status"}),
        entry("last_verified", Service, Both, {"last_verified", "geprüft_am", "stand"}),
        entry("verified_by", Service, Both, {"verified_by", "geprüft_von", "verifiziert_von"}),
        // Which list a record came from, and its id there.
        entry("source", Institution, ExportOnly, {}),
        entry("source_id", Institution, ExportOnly, {}),
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
    QStringList out;
    for (const Field &f : fields())
        if (f.imported())
            out.append(f.key);
    return out;
}

QStringList exportKeys()
{
    QStringList out;
    for (const Field &f : fields())
        if (f.exported())
            out.append(f.key);
    return out;
}

} // namespace stadtplan::RecordSchema
