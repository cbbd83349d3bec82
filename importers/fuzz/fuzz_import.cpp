// A libFuzzer target over the import pipeline's input: the first byte picks
// what the rest is read as (a list in one of several formats, or a mapping
// file); the import runs as a dry run against a store made once. Whatever
// the bytes, the pipeline must answer with a report, never crash or hang.
//
// Built with libFuzzer by scripts/fuzz; built into a corpus replay with the
// normal toolchain (fuzz-import-replay), which scripts/test runs.

#include "bundleddata.h"
#include "cityprofile.h"
#include "fieldmapping.h"
#include "institutionimport.h"
#include "storelocation.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_conv.h>

#include <cstddef>
#include <cstdint>

using namespace stadtplan;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    QString store;
    Taxonomy taxonomy;
    CityProfile city;

    Fixture()
    {
        // GDAL must not go to the network, whatever a fuzzed file names.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        store = dir.filePath(QStringLiteral("fuzz.gpkg"));
        openStore(store, true, bundledDemoSeed);
        taxonomy = Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        city = CityProfile::fromJson(BundledData::read(QStringLiteral("city.json")));
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    Fixture &f = fixture();
    static const char *const suffixes[] = {"csv", "geojson", "gml", "kml", "json"};
    const int kind = data[0] % 5;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    FieldMapping mapping = FieldMapping::standard(f.taxonomy);
    if (kind == 4) {
        try {
            mapping.merge(bytes, f.taxonomy);
        } catch (const MappingError &) {
            return 0; // a clear refusal is the right answer
        }
        return 0;
    }
    const QString input = f.dir.filePath(QStringLiteral("input.") + QLatin1String(suffixes[kind]));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(bytes);
    file.close();
    ImportOptions options;
    options.input = input;
    options.store = f.store;
    options.dryRun = true;
    const ImportReport report = InstitutionImport(f.taxonomy, f.city, mapping).run(options);
    (void)report.toText();
    (void)report.toJson();
    return 0;
}
