#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace stadtplan {

class ExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct ExportOptions
{
    QString store;  // OGR connection of the store
    QString output; // the file to write
    QString format; // geojson, gpkg, csv, kml, xlsx; empty: from the output's suffix
    QString layer = QStringLiteral("institutions"); // or "areas", or "changes" (the change log, csv)
    QStringList focus; // only services with one of these focus areas; empty: all
    // layer "overdue": institutions not verified for `months` months before `asOf` (null: today)
    int months = 12;
    QDate asOf;
};

// Writes the store's published institutions (one row per service, institution fields
// repeated, as stadtplan-import reads them back) or areas to a file through
// OGR. The file appears complete or not at all: it is written beside the
// target and moved into place. Returns the number of rows written; throws
// ExportError saying what went wrong.
int exportStore(const ExportOptions &options);

// The formats by name, and the one a file name's suffix implies (or empty).
QStringList exportFormats();
QString exportFormatFor(const QString &fileName);

} // namespace stadtplan
