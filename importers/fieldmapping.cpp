#include "fieldmapping.h"

#include "importreport.h"
#include "recordschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

#include <yaml-cpp/yaml.h>

namespace stadtplan {

namespace {
[[noreturn]] void fail(const QString &message)
{
    throw MappingError(message.toStdString());
}

} // namespace

const QStringList &FieldMapping::modelFields()
{
    static const QStringList fields = RecordSchema::importKeys();
    return fields;
}

const QStringList &FieldMapping::vocabularyFields()
{
    static const QStringList fields{QStringLiteral("focus_areas"), QStringLiteral("target_groups"),
                                    QStringLiteral("organisation_type"),
                                    QStringLiteral("languages")};
    return fields;
}

QString FieldMapping::key(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(QStringLiteral("ä"), QStringLiteral("ae"));
    s.replace(QStringLiteral("ö"), QStringLiteral("oe"));
    s.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    s.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

FieldMapping FieldMapping::standard(const Taxonomy &taxonomy)
{
    FieldMapping m;
    // The column words of the record schema, folded as columns are.
    for (const RecordSchema::Field &field : RecordSchema::fields()) {
        if (!field.imported())
            continue;
        QStringList &names = m.m_fields[field.key];
        for (const QString &word : field.columnWords)
            names.append(key(word));
    }
    // Every taxonomy id and label stands for itself.
    const auto addVocabulary = [&](const QString &field, const auto &entries) {
        for (const auto &entry : entries) {
            m.m_values[field].insert(key(entry.id), entry.id);
            for (const QString &language : taxonomy.languages())
                if (entry.label.has(language))
                    m.m_values[field].insert(key(entry.label.text(language)), entry.id);
        }
    };
    addVocabulary(QStringLiteral("focus_areas"), taxonomy.focusAreas());
    addVocabulary(QStringLiteral("target_groups"), taxonomy.targetGroups());
    addVocabulary(QStringLiteral("organisation_type"), taxonomy.institutionTypes());
    // The words lists actually use.
    const QList<std::pair<const char *, const char *>> focusWords{
        {"Sprachkurs", "language_courses"}, {"Sprachkurse", "language_courses"},
        {"Deutschkurs", "language_courses"}, {"Deutschkurse", "language_courses"},
        {"Integrationskurs", "integration_courses"}, {"Beratung", "counselling"},
        {"Migrationsberatung", "counselling"}, {"Bildung", "education"}, {"Weiterbildung", "education"},
        {"Jugendarbeit", "youth_work"}, {"Jugendmigrationsdienst", "youth_work"},
        {"Flüchtlingsberatung", "refugee_counselling"}, {"Gesundheit", "health"},
        {"Sport", "sport"}, {"Ausländerbehörde", "immigration_office"}, {"Jobcenter", "jobcenter"},
        {"ALG II", "jobcenter"}, {"Bürgergeld", "jobcenter"}, {"Frauenberatung", "womens_counselling"},
        {"Fortbildung", "education"}};
    const QList<std::pair<const char *, const char *>> groupWords{
        {"Frauen", "women"}, {"Mädchen", "women"}, {"Kinder", "children"},
        {"Jugendliche", "young_people"}, {"junge Erwachsene", "young_people"},
        {"Familien", "families"}, {"Eltern", "families"}, {"Geflüchtete", "refugees"},
        {"Flüchtlinge", "refugees"}, {"Asylsuchende", "refugees"}, {"Aussiedler", "resettlers"},
        {"Spätaussiedler", "resettlers"}, {"EU-Bürger", "eu_citizens"},
        {"Arbeitsmigranten", "labour_migrants"}, {"Alle", "all_migrants"},
        {"Zugewanderte", "all_migrants"}, {"Migranten", "all_migrants"},
        {"Fachkräfte", "professionals"}};
    // How lists say a Träger's kind.
    const QList<std::pair<const char *, const char *>> typeWords{
        {"kommunal", "municipal"}, {"städtisch", "municipal"}, {"Stadt", "municipal"},
        {"frei", "welfare_service"}, {"freier Träger", "welfare_service"},
        {"frei-gemeinnützig", "welfare_service"}, {"gemeinnützig", "welfare_service"},
        {"Wohlfahrtsverband", "welfare_service"}, {"freie Wohlfahrtspflege", "welfare_service"},
        {"kirchlich", "welfare_service"}, {"privat", "non_municipal"}, {"privatwirtschaftlich", "non_municipal"},
        {"Migrantenorganisation", "migrant_organisation"}, {"Migrantenselbstorganisation", "migrant_organisation"},
        {"MSO", "migrant_organisation"}, {"Behörde", "authority"}, {"Bundesbehörde", "authority"},
        {"Landesbehörde", "authority"}};
    for (const auto &[word, id] : typeWords)
        m.m_values[QStringLiteral("organisation_type")].insert(key(QString::fromUtf8(word)), QString::fromLatin1(id));
    for (const auto &[word, id] : groupWords)
        m.m_values[QStringLiteral("target_groups")].insert(key(QString::fromUtf8(word)), QString::fromLatin1(id));
    for (const auto &[word, id] : focusWords)
        m.m_values[QStringLiteral("focus_areas")].insert(key(QString::fromUtf8(word)), QString::fromLatin1(id));
    // Languages: ISO 639-1 codes and their German and English names.
    const QList<std::pair<const char *, const char *>> languageNames{
        {"deutsch", "de"},    {"german", "de"},     {"englisch", "en"},   {"english", "en"},
        {"türkisch", "tr"},   {"turkish", "tr"},    {"arabisch", "ar"},   {"arabic", "ar"},
        {"persisch", "fa"},   {"farsi", "fa"},      {"persian", "fa"},    {"dari", "fa"},
        {"russisch", "ru"},   {"russian", "ru"},    {"ukrainisch", "uk"}, {"ukrainian", "uk"},
        {"polnisch", "pl"},   {"polish", "pl"},     {"rumänisch", "ro"},  {"romanian", "ro"},
        {"bulgarisch", "bg"}, {"bulgarian", "bg"},  {"französisch", "fr"}, {"french", "fr"},
        {"spanisch", "es"},   {"spanish", "es"},    {"italienisch", "it"}, {"italian", "it"},
        {"kurdisch", "ku"},   {"kurdish", "ku"},    {"griechisch", "el"}, {"greek", "el"},
        {"serbisch", "sr"},   {"kroatisch", "hr"},  {"bosnisch", "bs"},   {"albanisch", "sq"},
        {"tigrinya", "ti"},   {"somali", "so"},     {"paschtu", "ps"},    {"pashto", "ps"}};
    for (const auto &[name, code] : languageNames)
        m.m_values[QStringLiteral("languages")].insert(key(QString::fromUtf8(name)), QString::fromLatin1(code));
    return m;
}

void FieldMapping::merge(const QByteArray &json, const Taxonomy &taxonomy)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        fail(ImportReport::tr("the mapping is not a JSON object (%1 at offset %2)")
                 .arg(error.errorString())
                 .arg(error.offset));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!QStringList{QStringLiteral("source"), QStringLiteral("fields"), QStringLiteral("values"),
                         QStringLiteral("defaults"), QStringLiteral("about")}
                 .contains(it.key()))
            fail(ImportReport::tr("unknown section '%1'").arg(it.key()));
    }
    if (root.contains(QLatin1String("source")))
        m_source = root.value(QLatin1String("source")).toString();

    const QJsonObject fields = root.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!modelFields().contains(it.key()))
            fail(ImportReport::tr("fields: '%1' is not a field of the model (known: %2)")
                     .arg(it.key(), modelFields().join(QStringLiteral(", "))));
        QStringList names;
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                names.append(key(v.toString()));
        } else {
            names.append(key(it.value().toString()));
        }
        // Named sources come first, then the standard names as a fallback.
        m_given[it.key()] = names + m_given.value(it.key());
    }

    const QJsonObject values = root.value(QLatin1String("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!vocabularyFields().contains(it.key()))
            fail(ImportReport::tr("values: '%1' has no vocabulary (these do: %2)")
                     .arg(it.key(), vocabularyFields().join(QStringLiteral(", "))));
        const QJsonObject map = it.value().toObject();
        for (auto v = map.begin(); v != map.end(); ++v) {
            const QString id = v.value().toString();
            const bool known = it.key() == QLatin1String("focus_areas") ? taxonomy.focusArea(id) != nullptr
                : it.key() == QLatin1String("target_groups")            ? taxonomy.targetGroup(id) != nullptr
                : it.key() == QLatin1String("organisation_type")        ? taxonomy.institutionType(id) != nullptr
                                                                        : QLocale(id).language() != QLocale::C;
            if (!known)
                fail(ImportReport::tr("values: %1: '%2' maps to '%3', which is not in the taxonomy")
                         .arg(it.key(), v.key(), id));
            m_values[it.key()].insert(key(v.key()), id);
        }
    }

    const QJsonObject defaults = root.value(QLatin1String("defaults")).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!modelFields().contains(it.key()))
            fail(ImportReport::tr("defaults: '%1' is not a field of the model").arg(it.key()));
        m_defaults.insert(it.key(), it.value().toVariant().toString());
    }
}

namespace {
// YAML's scalars, sequences and maps as JSON values (scalars stay strings:
// the mapping's values are names and ids).
QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()), toJson(entry.second));
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue();
}
} // namespace

void FieldMapping::mergeYaml(const QByteArray &yaml, const Taxonomy &taxonomy)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        fail(ImportReport::tr("the mapping is not valid YAML (line %1: %2)")
                 .arg(e.mark.line + 1)
                 .arg(QString::fromStdString(e.msg)));
    }
    if (!root.IsMap())
        fail(ImportReport::tr("the mapping is not a YAML map of sections"));
    merge(QJsonDocument(toJson(root).toObject()).toJson(), taxonomy);
}

void FieldMapping::mergeFile(const QString &path, const Taxonomy &taxonomy)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw MappingError(QStringLiteral("cannot read the mapping %1: %2").arg(path, file.errorString()).toStdString());
    const QByteArray text = file.readAll();
    try {
        if (path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
            mergeYaml(text, taxonomy);
        else
            merge(text, taxonomy);
    } catch (const MappingError &e) {
        throw MappingError(QStringLiteral("%1: %2").arg(path, QString::fromStdString(e.what())).toStdString());
    }
}

QString FieldMapping::sourceField(const QString &modelField, const QStringList &available) const
{
    for (const QHash<QString, QStringList> *names : {&m_given, &m_fields}) {
        for (const QString &wanted : names->value(modelField)) {
            for (const QString &field : available) {
                if (key(field) == wanted)
                    return field;
            }
        }
    }
    return {};
}

namespace {
// A field's column guessed from the words in real lists' headers: a header
// whose key contains one of `words` and none of `unless`, and does not end in
// one of `unlessEnding`. In order: the first guess that takes a column wins
// it ("Vorwahl" is the area code before "Telefon" can be the phone).
struct HeaderGuess
{
    const char *field;
    std::initializer_list<const char *> words;
    std::initializer_list<const char *> unless;
    std::initializer_list<const char *> unlessEnding = {};
    bool atStart = false; // the word begins the header ("Ort", not "Standort")
};

const std::initializer_list<HeaderGuess> &headerGuesses()
{
    static const std::initializer_list<HeaderGuess> guesses{
        {"phone_area_code", {"vorwahl", "areacode"}, {}},
        // One column with the whole address, or street and number together.
        {"address", {"adresse", "anschrift", "address", "strasseundhausnummer", "strassehausnummer",
                     "strasseundnr", "strassenr"},
         {"mail", "web", "internet", "zusatz", "traeger"}},
        {"house_number", {"hausnummer", "hausnr"}, {"strasse", "zusatz"}},
        {"street", {"strasse"}, {"traeger"}},
        {"postcode", {"plz", "postleitzahl", "postcode", "zipcode"}, {}},
        {"city", {"ort", "stadt", "gemeinde", "city", "town"}, {"teil", "bezirk", "viertel"}, {}, true},
        {"organisation_website", {"traegerwebseite", "traegerwebsite", "traegerhomepage", "traegerurl"}, {}},
        {"organisation", {"traeger", "anbieter", "betreiber", "organisation", "organization"}, {},
         {"art", "typ", "form", "webseite", "website", "homepage", "url"}},
        {"service_name", {"angebot", "kursname", "massnahme", "leistung", "dienst"},
         {"beschreibung", "traeger", "zeit"}, {"art", "typ", "form", "nummer", "nr", "id"}},
        // Positions in a projected CRS, as official lists head them ("UTMRechtswert").
        {"x", {"rechtswert", "easting", "ostwert"}, {}},
        {"y", {"hochwert", "northing", "nordwert"}, {}},
        {"name", {"name", "bezeichnung", "einrichtung", "schule", "titel", "institution", "stelle"},
         {"traeger", "anbieter", "ansprech", "kontakt", "person", "vorname", "nachname", "strasse",
          "ortsname", "ortsteil", "stadtteil", "bezirk", "kurs", "leitung", "datei", "kurz"},
         {"art", "typ", "form", "nummer", "nr", "id", "kennung"}},
        {"id", {"nummer", "kennung", "kennziffer", "schluessel"},
         {"haus", "telefon", "ruf", "fax", "post", "steuer"}},
        // A row number a GIS gives each export: the id only when the list has no other.
        {"id", {"objectid", "objektid", "fid"}, {}, {}, true},
        {"phone", {"telefon", "rufnummer", "phone", "fon"}, {"fax"}},
        {"email", {"mail"}, {}},
        {"website", {"homepage", "internet", "web", "www", "url"}, {}},
        {"opening_hours", {"oeffnungszeit", "sprechzeit", "sprechstunde", "openinghours", "geoeffnet"}, {}},
        {"focus_areas", {"focus", "schwerpunkt", "thema", "themen", "kategorie", "handlungsfeld",
                         "angebotsart", "bereich"}, {}},
        {"target_groups", {"zielgruppe", "targetgroup", "fuerwen", "adressaten"}, {}},
        {"languages", {"sprache", "language"}, {"kurs"}},
        {"description", {"beschreibung", "bemerkung", "hinweis", "info", "description"}, {}},
        {"step_free", {"barriere", "rollstuhl", "wheelchair"}, {}},
    };
    return guesses;
}

// What a column's header is guessed from. A nested property or a heading
// over a group of columns comes as "adresse.strasse": the last part says what
// it is, unless that part says only "name" or "id", when the group says whose
// ("traeger.name" is the organisation, "einrichtung.name" the name).
QString guessKey(const QString &column)
{
    const qsizetype dot = column.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == column.size() - 1)
        return FieldMapping::key(column);
    const QString last = FieldMapping::key(column.mid(dot + 1));
    static const QStringList generic{QStringLiteral("name"), QStringLiteral("bezeichnung"), QStringLiteral("titel"),
                                     QStringLiteral("id"), QStringLiteral("nr"), QStringLiteral("nummer"),
                                     QStringLiteral("kennung"), QStringLiteral("art"), QStringLiteral("typ"),
                                     QStringLiteral("text"), QStringLiteral("wert"), QStringLiteral("value"),
                                     QStringLiteral("label"), QStringLiteral("title")};
    return generic.contains(last) ? FieldMapping::key(column) : last;
}

bool guessMatches(const HeaderGuess &guess, const QString &header)
{
    const auto has = [&](const char *word) { return header.contains(QLatin1String(word)); };
    const bool word = std::any_of(guess.words.begin(), guess.words.end(), [&](const char *w) {
        return guess.atStart ? header.startsWith(QLatin1String(w)) : has(w);
    });
    return word && std::none_of(guess.unless.begin(), guess.unless.end(), has)
        && std::none_of(guess.unlessEnding.begin(), guess.unlessEnding.end(),
                        [&](const char *w) { return header.endsWith(QLatin1String(w)); });
}
} // namespace

QHash<QString, FieldMapping::Choice> FieldMapping::chooseColumns(const QStringList &available) const
{
    QStringList keys;
    keys.reserve(available.size());
    for (const QString &name : available)
        keys.append(key(name));
    QStringList guessKeys;
    guessKeys.reserve(available.size());
    for (const QString &name : available)
        guessKeys.append(guessKey(name));
    QHash<QString, Choice> chosen;
    QSet<int> taken;
    for (const auto &[names, sureness] : {std::pair{&m_given, Sureness::Given}, std::pair{&m_fields, Sureness::Known}}) {
        for (const QString &field : modelFields()) {
            if (chosen.contains(field))
                continue;
            for (const QString &wanted : names->value(field)) {
                if (const int index = int(keys.indexOf(wanted)); index >= 0) {
                    chosen.insert(field, {index, sureness});
                    taken.insert(index);
                    break;
                }
            }
        }
    }
    for (const HeaderGuess &guess : headerGuesses()) {
        const QString field = QString::fromLatin1(guess.field);
        if (chosen.contains(field))
            continue;
        for (int index = 0; index < keys.size(); ++index) {
            if (!taken.contains(index) && guessMatches(guess, guessKeys[index])) {
                chosen.insert(field, {index, Sureness::Guessed});
                taken.insert(index);
                break;
            }
        }
    }
    return chosen;
}

QString FieldMapping::valueId(const QString &vocabularyField, const QString &value) const
{
    const QString k = key(value);
    const QString id = m_values.value(vocabularyField).value(k);
    if (!id.isEmpty())
        return id;
    // A language may come as its ISO 639-1 code.
    if (vocabularyField == QLatin1String("languages") && k.size() == 2
        && QLocale(k).language() != QLocale::C)
        return k;
    return {};
}

} // namespace stadtplan
