#include "storelocation.h"

#include "bundleddata.h"
#include "institutionfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace stadtplan {

QString defaultStoreLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("stadtplan.gpkg"));
}

std::unique_ptr<InstitutionStore> openStore(const QString &connection, bool seedIfMissing,
                                            const std::function<Seed()> &seed, bool *created)
{
    if (created)
        *created = false;
    const bool file = !InstitutionStore::isDatabaseConnection(connection);
    if (file && seedIfMissing && !QFileInfo::exists(connection)) {
        const QFileInfo target(connection);
        if (!QDir().mkpath(target.absolutePath()))
            throw StoreError(
                StoreError::Kind::WriteFailed, connection,
                QStringLiteral("cannot create the folder %1").arg(target.absolutePath()));
        const QString partial = connection + QStringLiteral(".part");
        QFile::remove(partial); // a leftover of an interrupted first run, never the store itself
        try {
            const Seed data = seed();
            auto store = InstitutionStore::create(partial);
            store->replaceInstitutions(data.institutions);
            for (auto it = data.metadata.cbegin(); it != data.metadata.cend(); ++it)
                store->setMetadata(it.key(), it.value());
        } catch (...) {
            QFile::remove(partial);
            throw;
        }
        // rename() refuses to replace an existing file: if another instance
        // made the store meanwhile, that one is kept and ours is dropped.
        if (!QFile::rename(partial, connection)) {
            QFile::remove(partial);
            if (!QFileInfo::exists(connection))
                throw StoreError(StoreError::Kind::WriteFailed, connection,
                                 QStringLiteral("cannot move the new store into place"));
        } else if (created) {
            *created = true;
        }
    }
    if (file && QFileInfo::exists(connection) && !QFileInfo(connection).isWritable())
        return InstitutionStore::open(connection, InstitutionStore::Access::ReadOnly);
    return InstitutionStore::open(connection, InstitutionStore::Access::ReadWrite);
}

} // namespace stadtplan

namespace stadtplan {
Seed bundledDemoSeed()
{
    const QString name = QStringLiteral("demo/institutions.geojson");
    Seed seed;
    seed.institutions = readInstitutionCollection(BundledData::read(name), name);
    seed.metadata.insert(
        QStringLiteral("data_note"),
        QStringLiteral("Demo data: real institutions in Bielefeld compiled from "
                       "public sources, positions estimated, nothing verified yet. "
                       "The coordinator checks every record before publishing."));
    seed.metadata.insert(QStringLiteral("source"), QString::fromLatin1(kBundledDemoSource));
    return seed;
}
} // namespace stadtplan
