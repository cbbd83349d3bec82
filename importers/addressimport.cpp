#include "addressimport.h"

#include "addresslayer.h"
#include "institutionstore.h"
#include "storeerror.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace stadtplan {

ImportReport importAddressList(const ImportOptions &options, const FieldMapping &mapping,
                               const CityProfile &city)
{
    ImportReport report;
    report.file = options.input;
    report.dryRun = options.dryRun;
    QElapsedTimer timer;
    timer.start();
    QString problem;
    AddressGazetteer::ListDetails details;
    const auto list =
        AddressGazetteer::readList(options.input, mapping, options.sourceCrs, &city, &problem, &details);
    report.records = int(details.rows);
    report.phase(QStringLiteral("read"), timer.restart());
    QStringList columns;
    for (const auto &[field, column] : std::as_const(details.columns))
        columns.append(QStringLiteral("%1 from '%2'").arg(field, column));
    if (!columns.isEmpty())
        report.note({}, {}, QStringLiteral("columns: %1").arg(columns.join(QStringLiteral(", "))));
    if (!list) {
        report.error({}, {}, problem);
        return report;
    }
    if (details.crsGuessed)
        report.note({}, {}, QStringLiteral("the list names no coordinate system; its positions lie "
                                           "in %1 as %2, so they were read as that (give --s-crs "
                                           "if that is wrong)")
                                .arg(city.name, details.crs));
    else if (!details.crs.isEmpty())
        report.note({}, {}, QStringLiteral("positions in %1").arg(details.crs));
    if (details.unusable > 0)
        report.warning({}, {}, QStringLiteral("%L1 rows without a street, a house number's street or "
                                              "a usable position were left out")
                                   .arg(details.unusable));
    if (details.outside > 0)
        report.warning({}, {}, QStringLiteral("%L1 addresses outside %2 were left out")
                                   .arg(details.outside)
                                   .arg(city.name));
    report.added = int(list->size());
    if (options.dryRun)
        return report;
    try {
        if (!InstitutionStore::isDatabaseConnection(options.store) &&
            !QFileInfo::exists(options.store)) {
            if (!options.create) {
                report.error({}, {}, QStringLiteral("the store %1 does not exist (create it with --create)")
                                         .arg(options.store));
                return report;
            }
            InstitutionStore::create(options.store);
        }
        addresses::Description description;
        description.source = QFileInfo(options.input).fileName();
        description.kind = QStringLiteral("list");
        description.dataDate = QFileInfo(options.input).lastModified().date().toString(Qt::ISODate);
        addresses::replace(options.store, list->entries(), description);
        report.written = true;
        report.phase(QStringLiteral("write"), timer.restart());
    } catch (const StoreError &e) {
        report.error({}, {}, e.message());
    }
    return report;
}

} // namespace stadtplan
