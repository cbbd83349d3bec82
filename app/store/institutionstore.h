#pragma once

#include "area.h"
#include "changelog.h"
#include "institution.h"
#include "storeerror.h"

#include <QList>
#include <QString>
#include <memory>

class GDALDataset;

namespace stadtplan {

// The institution layer, read and written through GDAL/OGR. The location is
// an OGR connection: a GeoPackage file path (the embedded default) or a
// "PG:" connection string for a shared PostgreSQL/PostGIS database; both go
// through the same code. Every write is one transaction: it commits completely
// or leaves the store as it was. Failures throw StoreError.
//
// Layers: institutions (points, WGS84), organisations, services, areas
// (multipolygons, WGS84) and stadtplan_metadata (key/value).
class InstitutionStore
{
public:
    enum class Access { ReadOnly, ReadWrite };
    // 2: institutions carry source and source_id; 3: and geocoded_by. Older
    // stores are upgraded when opened for writing, and read as they are when
    // opened read-only.
    static constexpr int SchemaVersion = 6; // 4: translations of names and descriptions; 5: the change log; 6: verified_by

    // Opens an existing store; never creates or changes anything on failure.
    static std::unique_ptr<InstitutionStore> open(const QString &connection, Access access);
    // Creates an empty store with the schema. A GeoPackage file that already
    // exists is refused, never overwritten.
    static std::unique_ptr<InstitutionStore> create(const QString &connection);

    ~InstitutionStore();
    InstitutionStore(const InstitutionStore &) = delete;
    InstitutionStore &operator=(const InstitutionStore &) = delete;

    QString connection() const { return m_connection; }
    QString displayLocation() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    static bool isDatabaseConnection(const QString &connection);

    QList<Institution> institutions() const;
    QList<Area> areas() const;
    QString metadata(const QString &key) const;

    // Replaces every institution (with its organisation and services) and
    // appends `changes` to the change log, in one transaction.
    void replaceInstitutions(const QList<Institution> &institutions, const QList<FieldChange> &changes = {});
    // The change log, oldest first; of one record when `recordId` is given.
    QList<FieldChange> changeLog(const QString &recordId = {}) const;
    // Replaces every area in one transaction.
    void replaceAreas(const QList<Area> &areas);
    void setMetadata(const QString &key, const QString &value);

private:
    InstitutionStore(GDALDataset *dataset, QString connection, Access access);
    template <typename Write> void inTransaction(const char *what, Write &&write);
    [[noreturn]] void fail(StoreError::Kind kind, const QString &detail) const;
    void migrate(int fromVersion);
    // Opens the connection again, e.g. after a rollback GDAL's own state did not follow.
    void reopen();

    struct Deleter
    {
        void operator()(GDALDataset *) const;
    };
    std::unique_ptr<GDALDataset, Deleter> m_dataset;
    QString m_connection;
    Access m_access;
};

} // namespace stadtplan
