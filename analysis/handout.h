#pragma once

#include "institution.h"
#include "taxonomy.h"

#include <QList>
#include <QString>
#include <optional>

namespace stadtplan {

struct HandoutOptions
{
    QString output;                          // the PDF
    QString language = QStringLiteral("en"); // the client's language, printed beside German
    std::optional<GeoPoint> from;            // the client's address or point: distances from it
    QString fromLabel;                       // e.g. "Niederwall 23, 33602"
    QString city;                            // e.g. "Bielefeld"
    QString date;                            // printed as the date of the data; empty: today
    QString dataNote;                        // the store's note on its data, printed in the foot
};

struct HandoutResult
{
    int pages = 0;
    QStringList institutionIds; // in the printed order, numbered from 1
};

// The caseworker's handout for a client: A4 pages with a map excerpt
// (numbered markers, the client's address) and, per institution, its name,
// address, distance and walking time, opening hours, phone, e-mail, website,
// the languages spoken and the nearest stop (when the store has a basemap).
// Every label is printed in German and in the client's language (from the
// UI's translations; right-to-left scripts aligned and shaped as such), the
// values once. Nearest first when `from` is given, else in the order given.
// A vector PDF written to a temporary file and moved into place. Throws
// AnalysisError (nothing to print, a language without translations, a PDF
// that cannot be written).
HandoutResult printHandout(const QString &store, const QList<Institution> &institutions,
                           const Taxonomy &taxonomy, const HandoutOptions &options);

} // namespace stadtplan
