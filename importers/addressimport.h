#pragma once

#include "addressgazetteer.h"
#include "cityprofile.h"
#include "fieldmapping.h"
#include "importreport.h"
#include "institutionimport.h"

namespace stadtplan {

// A city's house-coordinates list as published becomes the store's address
// gazetteer (AddressGazetteer::readList for the columns and the coordinate
// system), replacing the one it had in one transaction; with `dryRun`
// nothing is written. The report names the columns taken, the coordinate
// system (and whether it was guessed), the rows left out and why; a list
// that cannot be used is an error, and the store stays as it was.
// Uses `options.input`, `store`, `sourceCrs`, `dryRun` and `create`.
ImportReport importAddressList(const ImportOptions &options, const FieldMapping &mapping,
                               const CityProfile &city);

} // namespace stadtplan
