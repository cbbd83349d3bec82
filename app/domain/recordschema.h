#pragma once

#include "institution.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stadtplan {

// The fields of the records lists and exports carry, defined once: their
// flat name (the import's mapping target, the export's column), which part
// of the record they belong to, whether an import may map a column to them
// and whether the exports write them, and the words lists use for them as
// column names. The import's mapping targets and column words and the
// exports' columns are made from this table, in its order.
//
// The store's layers take their record columns from it, the change log and
// the exports the fields with their values as text, and the editor its form,
// labels and choices. Started with issue 32: the store's and the import's
// reading and writing of values follow.
namespace RecordSchema {

enum class Part {
    Institution,  // the place: name, description, its position and flags
    Organisation, // the Träger that runs it
    Address,      // the institution's address
    Service,      // one offer of the institution
    Area,         // a district or other area (the areas layer)
};

enum class Use {
    Both,       // mapped by imports and written by exports
    ImportOnly, // a form lists come in (x/y, a whole address, an area code)
    ExportOnly, // bookkeeping the exports write for a re-import to recognise
};

// One of the values a field may take, with its label in the editor (English
// source text of the context "stadtplan::RecordEditor").
struct Choice
{
    const char *id;
    const char *label;
};

// What the store keeps a value as (text unless said otherwise).
enum class Type { Text, YesNo, Date };

struct Field
{
    QString key;
    Part part;
    Use use;
    // Column names lists use for it, English and German, as written (the
    // mapping compares them in its folded form, FieldMapping::key()).
    QStringList columnWords;
    // Its column in the store's layer of its part (institutions with their
    // address, organisations, services), or null when the store keeps it
    // otherwise (the position as the geometry) or not at all.
    const char *column = nullptr;
    Type type = Type::Text;
    // Its name in the editor, the history and the review queue: English
    // source text of the context "stadtplan::RecordEditor", translated there.
    // A field with a label is in the editor's form, in this table's order.
    const char *label = nullptr;
    // A service field's value as text (as the change log, the proposals and
    // the editor write it: lists joined by "; ", yes/no/empty, ISO dates,
    // ids of states, translations as JSON), and the value set back from such
    // a text, which returns the problem when the text is none.
    QString (*serviceText)(const Service &) = nullptr;
    std::optional<QString> (*setServiceText)(Service &, const QString &text) = nullptr;
    // The same for a field of the record itself (institution, organisation,
    // address). The fields with a setter are those the editor changes and
    // the change log records; the others are only written (exports).
    QString (*recordText)(const Institution &) = nullptr;
    std::optional<QString> (*setRecordText)(Institution &, const QString &text) = nullptr;
    // The values the editor offers for it, in order; none for free text and
    // for the taxonomy's lists.
    std::vector<Choice> choices = {};
    // Its key in the translations of its record or service ("name",
    // "description") when its text is given in other languages; null when
    // not. The import takes such columns with a language suffix ("Name_en",
    // "Beschreibung (ar)") as its translations.
    const char *translated = nullptr;
    // Its column in the service table of an HSDS package (Open Referral's
    // Human Services Data Specification 3), and its value there when that
    // is not its text form; null when the package has none for it.
    const char *hsds = nullptr;
    QString (*hsdsText)(const Service &) = nullptr;

    bool imported() const { return use != Use::ExportOnly; }
    bool exported() const { return use != Use::ImportOnly && part != Part::Area; }
};

// Every field, in the order of the export's columns.
const std::vector<Field> &fields();
// The field of that key, or null.
const Field *field(const QString &key);
// The keys of the fields an import may map columns to, in order.
QStringList importKeys();
// The columns of a flat export (CSV, XLSX, GeoJSON properties), in order.
QStringList exportKeys();
// The service fields an HSDS package's service table has columns for, in order.
std::vector<const Field *> hsdsServiceFields();
// The field a part keeps in this store column, or null.
const Field *byColumn(Part part, const QString &column);
// The store columns of a part's fields, in order, without the key column
// ("id"): a service's fields as the change log and proposals name them.
QStringList columns(Part part);

} // namespace RecordSchema
} // namespace stadtplan
