// writestore TARGET: writes the store that tests/data/stores/ keeps of each
// schema, so a later build can be tested on a store an earlier one wrote.
// TARGET is a new GeoPackage file or "PG:... active_schema=S" (an empty
// schema). Run at the commit that last changed the schema; the folder's
// README says how the kept files were made from it.
//
// The store holds records with every field filled, a record saved through
// the editor (a change-log entry), a proposal waiting for review and a draft.
#include "institutionstore.h"
#include "storelocation.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace stadtplan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: writestore FILE.gpkg | \"PG:... active_schema=S\"\n";
        return 2;
    }
    try {
        QList<Institution> records = bundledDemoSeed().institutions.mid(0, 4);
        records.append(test::fullInstitution(QStringLiteral("full")));
        Institution draft = test::fullInstitution(QStringLiteral("draft"));
        draft.recordStatus = RecordStatus::Draft;
        records.append(draft);
        const auto store = InstitutionStore::create(app.arguments().at(1));
        store->replaceInstitutions(records);

        Institution edited = *store->institution(QStringLiteral("full"));
        edited.services[0].openingHours = QStringLiteral("Mo-Th 09:00-12:00");
        edited.name += QStringLiteral(" (geändert)");
        store->saveInstitution(edited, QStringLiteral("anna"), QStringLiteral("edit"));

        Institution proposed = *store->institution(QStringLiteral("full"));
        proposed.services[1].cost = QStringLiteral("2 € pro Termin");
        store->propose(proposed, QStringLiteral("ben"));
        store->setMetadata(QStringLiteral("data_note"), QStringLiteral("Test data of schema %1")
                                                            .arg(InstitutionStore::SchemaVersion));
    } catch (const std::exception &e) {
        QTextStream(stderr) << "writestore: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
