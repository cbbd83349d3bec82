#pragma once

#include "addresslookup.h"
#include "cityprofile.h"
#include "fieldmapping.h"
#include "importreport.h"
#include "taxonomy.h"

#include <QString>

namespace stadtplan {

struct ImportOptions
{
    QString input;       // any file OGR reads (a .zip is looked into), or a PG: table
    QString store;       // OGR connection of the target store
    QString layer = QStringLiteral("institutions"); // or "areas"
    QString sourceCrs;   // used when the data names no CRS, e.g. "EPSG:25832"
    QString sourceName;  // the list's name for stable identity; default: the mapping's, else the file's base name
    bool dryRun = false;
    // Imports the valid records of a list with errors in some rows (not in
    // the list as a whole), and writes the rows left out, with the reason
    // for each, beside it as LIST.left-out.EXT to correct and import again.
    bool acceptValid = false;
    // Creates an empty store first when there is none at `store` (no such
    // GeoPackage file, or a database without Stadtplan's tables).
    bool create = false;
    bool allowNetwork = false; // GDAL may fetch remote schemas and resources only when set
    // An address gazetteer (street, house number, optional postcode, and a
    // position in any CRS; e.g. a city's house coordinates): records without
    // a position are placed at their address and marked geocoded.
    QString gazetteer;
    // Online geocoding for records that neither have a position nor are in the
    // gazetteer; used only with allowNetwork. Not owned.
    AddressLookup *online = nullptr;
};

// The import pipeline: open the source through OGR, map fields and values,
// transform positions to WGS84 through PROJ, validate every record, merge
// with the store by the list's own ids, and write in one transaction - or
// write nothing when any record has an error (unless acceptValid). Everything found lands in the
// report; store and file problems too (as errors), never as a crash.
class InstitutionImport
{
public:
    InstitutionImport(Taxonomy taxonomy, CityProfile city, FieldMapping mapping);

    ImportReport run(const ImportOptions &options) const;

private:
    Taxonomy m_taxonomy;
    CityProfile m_city;
    FieldMapping m_mapping;
};

} // namespace stadtplan
