#pragma once

#include "taxonomy.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace stadtplan {

class MappingError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// How a source's fields and values become the model's. The standard mapping
// knows the usual German and English column names (Name, Träger, Straße,
// PLZ, Telefon, Öffnungszeiten, Schwerpunkt ...) and every taxonomy id and
// label; a mapping file adds to it:
//
//   { "source": "vhs-kursliste",
//     "fields":   { "name": "Kursträger", "focus_areas": ["Angebot", "Kursart"] },
//     "values":   { "focus_areas": { "Deutschkurs": "language_courses" } },
//     "defaults": { "city": "Bielefeld" } }
class FieldMapping
{
public:
    // The model fields an import row can fill.
    static const QStringList &modelFields();
    // The fields whose values are ids of a vocabulary.
    static const QStringList &vocabularyFields();

    static FieldMapping standard(const Taxonomy &taxonomy);
    // Adds a mapping file (JSON) on top; throws MappingError naming the entry at fault.
    void merge(const QByteArray &json, const Taxonomy &taxonomy);
    // The same for a mapping written in YAML, with the same sections.
    void mergeYaml(const QByteArray &yaml, const Taxonomy &taxonomy);
    // A mapping file: YAML when its name ends in .yaml or .yml, else JSON.
    // Throws MappingError when it cannot be read or names something wrong.
    void mergeFile(const QString &path, const Taxonomy &taxonomy);

    // `column` fills `field` before any other guess (--field FIELD=COLUMN).
    void setSourceField(const QString &field, const QString &column)
    {
        m_given[field].prepend(key(column));
    }
    // `value` fills `field` where the list leaves it empty (--default FIELD=VALUE).
    void setDefault(const QString &field, const QString &value) { m_defaults.insert(field, value); }

    // The source field that fills `modelField`, chosen from `available`, or empty.
    QString sourceField(const QString &modelField, const QStringList &available) const;

    // How a column was chosen for a field: named by the user (a mapping
    // file, --field), a name the field is known by ("PLZ" for the postcode),
    // or guessed from a word in the header ("Name der Einrichtung").
    enum class Sureness { Given, Known, Guessed };
    struct Choice
    {
        int index = -1; // in `available`
        Sureness sureness = Sureness::Known;
    };
    // A column for every model field that has one in `available`: first the
    // columns the user named, then the known names, then guesses from the
    // headers' words among the columns nothing else took. A column is guessed
    // for one field at most.
    QHash<QString, Choice> chooseColumns(const QStringList &available) const;
    // The id a source value stands for in a vocabulary field, or empty if none.
    QString valueId(const QString &vocabularyField, const QString &value) const;
    QString defaultValue(const QString &modelField) const { return m_defaults.value(modelField); }
    QString source() const { return m_source; }

    // Lower case, umlauts spelled out, only letters and digits: "E-Mail" and "email" meet.
    static QString key(const QString &text);

private:
    QHash<QString, QStringList> m_given;                // model field -> names the user gave (keys)
    QHash<QString, QStringList> m_fields;               // model field -> known source names (keys)
    QHash<QString, QHash<QString, QString>> m_values;   // vocabulary field -> value key -> id
    QHash<QString, QString> m_defaults;
    QString m_source;
};

} // namespace stadtplan
