// One editor for the concurrency test: makes N random edits to the given
// records of a store, each read fresh, changed in one field and saved
// against the revision read. A refused save (ConflictError) is counted and
// the same change made again on the stored revision, as a person choosing
// "keep mine" would. Prints one line per save ("saved ID BASE NEW", or
// "unchanged ID BASE STORED" when the store held the change already) and a
// summary line ("summary saves=.. conflicts=.. seconds=..").
//
//   editor-process CONNECTION NAME SEED COUNT ID...
#include "changelog.h"
#include "institutionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>

using namespace stadtplan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: editor-process CONNECTION NAME SEED COUNT ID...\n");
        return 2;
    }
    const QString connection = args[1];
    const QString name = args[2];
    QRandomGenerator random(args[3].toUInt());
    const int count = args[4].toInt();
    const QStringList ids = args.mid(5);
    try {
        auto store = InstitutionStore::open(connection, InstitutionStore::Access::ReadWrite);
        int conflicts = 0;
        QElapsedTimer timer;
        timer.start();
        for (int n = 0; n < count; ++n) {
            const QString id = ids[int(random.bounded(qsizetype(ids.size())))];
            const int kind = int(random.bounded(4));
            const QString stamp = QStringLiteral("%1 %2").arg(name).arg(n);
            const auto change = [&](Institution &r) {
                switch (kind) {
                case 0:
                    r.name = QStringLiteral("Stelle ") + stamp;
                    break;
                case 1:
                    r.services[0].contact.phone =
                        QStringLiteral("+49 521 %1-%2").arg(args[3]).arg(n);
                    break;
                // Every value unique to this editor and edit: an identical value
                // saved by the other editor would count as this save done.
                case 2:
                    r.position = {52.0 + (n + 1) / 1e5, 8.5 + args[3].toInt() / 1e5};
                    break;
                default:
                    r.services[0].openingHours =
                        QStringLiteral("Mo-Fr 08:00-12:00 \"%1\"").arg(stamp);
                }
            };
            Institution record = *store->institution(id);
            change(record);
            // A person takes a moment between reading and saving, here spent
            // reading other records from the server (no sleep); the other
            // editor saves meanwhile.
            for (int k = int(random.bounded(3)); k > 0; --k)
                store->institution(ids[int(random.bounded(qsizetype(ids.size())))]);
            for (;;) {
                const qint64 base = record.version;
                try {
                    const Institution saved =
                        store->saveInstitution(record, name, QStringLiteral("edit"));
                    std::printf("%s %s %lld %lld\n",
                                saved.version == base + 1 ? "saved" : "unchanged", qPrintable(id),
                                static_cast<long long>(base),
                                static_cast<long long>(saved.version));
                    break;
                } catch (const ConflictError &e) {
                    ++conflicts;
                    record = e.stored();
                    change(record);
                }
            }
        }
        std::printf("summary saves=%d conflicts=%d seconds=%.3f\n", count, conflicts,
                    timer.elapsed() / 1000.0);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "editor-process: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
