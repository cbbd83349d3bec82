#pragma once

#include "institutionstore.h"

#include <QHash>
#include <functional>
#include <memory>

namespace stadtplan {

// Where the embedded store lives when none is named: a GeoPackage in the
// user's data directory (e.g. ~/.local/share/stadtplan on Linux,
// %APPDATA%\stadtplan on Windows).
QString defaultStoreLocation();

struct Seed
{
    QList<Institution> institutions;
    QHash<QString, QString> metadata;
};

// Opens the store at `connection` for reading and writing, or read-only when
// it cannot be written. When `seedIfMissing` is set and the GeoPackage file
// does not exist, it is created from `seed()` first: written to a temporary
// file beside it and moved into place only when complete, so an interrupted
// first run leaves no half-made store. An existing file is never replaced.
// Throws StoreError; `created` tells whether the store was made just now.
std::unique_ptr<InstitutionStore> openStore(const QString &connection, bool seedIfMissing,
                                            const std::function<Seed()> &seed,
                                            bool *created = nullptr);

} // namespace stadtplan

namespace stadtplan {
// The demo directory compiled into the app (geodata/demo/institutions.geojson),
// with a data note saying that it is demo data for the coordinator to verify.
// Throws DataFileError if the bundled file does not read.
Seed bundledDemoSeed();

// The `source` metadata of a store made from the bundled demo data: its data
// note is then the demo's, which the UI says in its own language.
inline constexpr auto kBundledDemoSource = "bundled demo data";
} // namespace stadtplan
