#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace stadtplan {

// The checks a record's fields must pass, shared by the importer and the
// editor, so that both apply the same rules.
namespace Validation {

bool isEmail(const QString &text);
// An absolute http or https URL with a host.
bool isWebsite(const QString &text);
// A web address as people and lists write it: an absolute http or https URL,
// or one without its scheme ("www.example.org", "example.org/beratung"),
// taken with https. Nothing when it is no web address.
std::optional<QString> website(const QString &text);
// Whether `date` lies after today (the domain's clock): a verification cannot.
bool isInTheFuture(const QDate &date);
// Why `expression` is not valid OSM opening_hours syntax, or nothing when it
// is. Public holidays are those of `region` (ISO 3166-2, e.g. "DE-NW").
std::optional<QString> openingHoursProblem(const QString &expression, const QString &region);

// Text reduced to its words for comparing and searching: lower case, umlauts
// and ß spelled out ("ä" → "ae"), other accents dropped, anything but letters
// and digits one space: "Große Straße, Café" → "grosse strasse cafe".
QString foldedWords(const QString &text);
// A name reduced for comparison: lower case, umlauts and ß spelled out,
// punctuation and legal forms ("e.V.", "gGmbH") dropped, spaces collapsed.
QString normalisedName(const QString &name);
// How alike two names are, from 0 (nothing shared) to 1 (the same once
// normalised): one minus the edit distance over the longer length.
double nameSimilarity(const QString &a, const QString &b);
// The Levenshtein distance: insertions, deletions and substitutions, one each.
qsizetype editDistance(const QString &a, const QString &b);
// The same when it is at most `bound`, else bound + 1 (found sooner: the
// table is given up as soon as a row exceeds the bound).
qsizetype editDistanceWithin(const QString &a, const QString &b, qsizetype bound);

} // namespace Validation
} // namespace stadtplan
